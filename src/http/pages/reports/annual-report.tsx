// The annual report page (Laporan Layanan Informasi Publik): the year's figures with charts, the parts the
// PPID Utama writes (editable here by the PPID Utama), and the PDF and xlsx downloads.
import type { FC } from 'hono/jsx';
import { raw } from 'hono/html';
import { DISPUTE_OUTCOMES, DISPUTE_STAGES } from '../../../db/schema/disputes.js';
import { OBJECTION_DECISIONS, OBJECTION_GROUNDS } from '../../../db/schema/objections.js';
import { EXEMPTION_GROUNDS, REQUEST_OUTCOMES } from '../../../db/schema/request-handling.js';
import { APPLICANT_TYPES, REQUEST_CHANNELS } from '../../../db/schema/requests.js';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import { DECISION_LABELS, GROUND_LABELS } from '../../../domain/objections/objections.js';
import type { AnnualReport, Narrative } from '../../../domain/reports/annual-report.js';
import { APPLICANT_LABELS, CHANNEL_LABELS, DISPUTE_OUTCOME_LABELS, DISPUTE_STAGE_LABELS } from '../../../domain/reports/labels.js';
import { EXEMPTION_LABELS, OUTCOME_LABELS } from '../../../domain/requests/labels.js';
import { NO_UNIT } from '../../../domain/requests/statistics.js';
import { barChartSvg, pieChartSvg } from '../../../letters/svg-charts.js';
import { can } from '../../../policies/index.js';
import { Actions, ErrorSummary, Input, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';

type L = { id: string; en: string };
const lbl = (v: View, l: L) => tx(v, l.id, l.en);
const num = (v: View, n: number | null) => (n === null ? '–' : n.toLocaleString(v.locale === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }));
const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '–');

/** A small table of label → count (→ share); `id` names it for the region's label. */
const CountTable: FC<{ v: View; id: string; caption: string; head: string; rows: [string, number][]; of?: number }> = ({ v, id, caption, head, rows, of }) => (
  <div class="table-wrap report-wrap" tabindex={0} role="region" aria-labelledby={id}>
    <table class="report-table">
      <caption id={id}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{tx(v, 'Jumlah', 'Number')}</th>
          {of !== undefined ? <th scope="col">{tx(v, 'Bagian', 'Share')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, n]) => (
          <tr>
            <td>{label}</td>
            <td class="num">{num(v, n)}</td>
            {of !== undefined ? <td class="num">{pct(n, of)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

/** An SVG chart; the table before it carries the same figures for screen readers. */
const Chart: FC<{ svg: string }> = ({ svg }) => <figure class="chart">{raw(svg)}</figure>;

const NARRATIVE_PARTS: { key: keyof Narrative; part: string; label: L; hint: L }[] = [
  {
    key: 'policy',
    part: 'a',
    label: { id: 'a. Gambaran umum kebijakan layanan informasi publik', en: 'a. Overview of the information service policy' },
    hint: { id: 'Dasar hukum, SK PPID, SOP, maklumat pelayanan, standar biaya.', en: 'Legal basis, PPID decree, SOPs, service charter, fee standard.' },
  },
  {
    key: 'facilities',
    part: 'b',
    label: { id: 'b.1 Sarana dan prasarana', en: 'b.1 Facilities' },
    hint: {
      id: 'Meja layanan, ruang baca, laman dan aplikasi, sarana bagi penyandang disabilitas.',
      en: 'Service desk, reading room, website and apps, facilities for people with disabilities.',
    },
  },
  {
    key: 'staffing',
    part: 'b',
    label: { id: 'b.2 Sumber daya manusia', en: 'b.2 Staff' },
    hint: { id: 'Jumlah petugas PPID Utama dan Pelaksana, pelatihan.', en: 'Number of lead and agency officers, training.' },
  },
  {
    key: 'budget',
    part: 'b',
    label: { id: 'b.3 Anggaran', en: 'b.3 Budget' },
    hint: { id: 'Anggaran layanan informasi dan realisasinya.', en: 'Budget of the information service and its use.' },
  },
  { key: 'obstaclesInternal', part: 'e', label: { id: 'e.1 Kendala internal', en: 'e.1 Internal obstacles' }, hint: { id: '', en: '' } },
  { key: 'obstaclesExternal', part: 'e', label: { id: 'e.2 Kendala eksternal', en: 'e.2 External obstacles' }, hint: { id: '', en: '' } },
  { key: 'recommendations', part: 'f', label: { id: 'f.1 Rekomendasi', en: 'f.1 Recommendations' }, hint: { id: '', en: '' } },
  { key: 'followUpPlan', part: 'f', label: { id: 'f.2 Rencana tindak lanjut', en: 'f.2 Follow-up plan' }, hint: { id: '', en: '' } },
];

export const AnnualReportPage: FC<{
  v: View;
  r: AnnualReport;
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
}> = ({ v, r, values, errors, message }) => {
  const title = `${tx(v, 'Laporan layanan informasi publik', 'Public information service report')} ${r.year}`;
  const c = r.city;
  const o = r.objections;
  const d = r.disputes;
  const en = v.locale === 'en';
  const mayEdit = can(v.actor, 'report.annual_edit');
  const n = r.narrative;
  const val = (k: keyof Narrative) => values?.[k] ?? String(n[k] ?? '');
  const unitName = (name: string | null) => name ?? lbl(v, NO_UNIT);
  // Only the letters used this year: ten rows of zeros say nothing.
  const grounds = EXEMPTION_GROUNDS.filter((g) => c.exemptionsByGround[g].refused || c.exemptionsByGround[g].partial);
  // Narrow drawings with large text: on a 360 px phone the text stays readable.
  const lang = { width: 340, fontSize: 14, font: 'inherit' };
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>
        {tx(
          v,
          'Isi minimum menurut Perki 1/2021 Pasal 56: a. kebijakan, b. pelaksanaan, c. rincian layanan, d. keberatan dan sengketa, e. kendala, f. rekomendasi. Disampaikan paling lambat',
          'Minimum content under Perki 1/2021 Art. 56: a. policy, b. how the service ran, c. service figures, d. objections and disputes, e. obstacles, f. recommendations. Due by',
        )}{' '}
        <strong>{formatLongDate(r.dueBy, en ? 'en' : 'id')}</strong>.
      </p>
      <form method="get" action="/admin/laporan-tahunan" class="inline-form">
        <label for="f-tahun">{tx(v, 'Tahun', 'Year')}</label>{' '}
        <input id="f-tahun" name="tahun" type="number" inputmode="numeric" min={2000} max={2100} value={String(r.year)} />{' '}
        <button type="submit">{tx(v, 'Tampilkan', 'Show')}</button>
      </form>
      <ul class="link-list">
        <li>
          <a href={`/admin/laporan-tahunan/unduh.pdf?tahun=${r.year}`}>
            {tx(v, 'Unduh laporan (PDF, dengan sampul, grafik dan tanda tangan)', 'Download the report (PDF, with cover, charts and signatures)')}
          </a>
        </li>
        <li>
          <a href={`/admin/laporan-tahunan/unduh.xlsx?tahun=${r.year}`}>
            {tx(v, 'Unduh angka laporan (xlsx, satu lembar per bagian, dengan grafik)', 'Download the figures (xlsx, one sheet per part, with charts)')}
          </a>
        </li>
        {mayEdit ? (
          <li>
            <a href="#narasi">{tx(v, 'Tulis bagian a, b, e dan f serta penanda tangan', 'Write parts a, b, e and f and the signers')}</a>
          </li>
        ) : null}
      </ul>

      <h2>{tx(v, 'c. Rincian layanan informasi publik', 'c. Service figures')}</h2>
      <dl class="facts">
        <dt>{tx(v, 'Permohonan diterima', 'Requests received')}</dt>
        <dd>{num(v, c.received)}</dd>
        <dt>{tx(v, 'Dijawab tertulis', 'Answered in writing')}</dt>
        <dd>{num(v, c.answered)}</dd>
        <dt>{tx(v, 'Masih diproses', 'Still open')}</dt>
        <dd>{num(v, c.open)}</dd>
        <dt>{tx(v, 'Lama penyelesaian (hari kerja)', 'Time to answer (working days)')}</dt>
        <dd>
          {tx(v, 'rata-rata', 'mean')} {num(v, c.days.mean)} · median {num(v, c.days.median)} · {tx(v, 'paling lama', 'longest')} {num(v, c.days.max)}
        </dd>
        <dt>{tx(v, 'Dalam 10 hari kerja', 'Within 10 working days')}</dt>
        <dd>
          {num(v, c.within10)} ({pct(c.within10, c.answered)})
        </dd>
        <dt>{tx(v, 'Dalam 17 hari kerja', 'Within 17 working days')}</dt>
        <dd>
          {num(v, c.within17)} ({pct(c.within17, c.answered)})
        </dd>
        <dt>{tx(v, 'Dalam batas waktunya', 'Within their deadline')}</dt>
        <dd>
          {num(v, c.withinDeadline)} ({pct(c.withinDeadline, c.answered)})
        </dd>
        <dt>{tx(v, 'Dijawab terlambat', 'Answered late')}</dt>
        <dd>{num(v, c.late)}</dd>
        <dt>{tx(v, 'Diperpanjang', 'Extended')}</dt>
        <dd>{num(v, c.extended)}</dd>
        <dt>{tx(v, 'Belum dijawab, lewat batas waktu', 'Unanswered past the deadline')}</dt>
        <dd>{num(v, c.overdueOpen)}</dd>
      </dl>
      <div class="two-col">
        <CountTable
          v={v}
          id="t-channel"
          caption={tx(v, 'Menurut saluran', 'By channel')}
          head={tx(v, 'Saluran', 'Channel')}
          rows={REQUEST_CHANNELS.map((k) => [lbl(v, CHANNEL_LABELS[k]), c.byChannel[k]])}
        />
        <CountTable
          v={v}
          id="t-applicant"
          caption={tx(v, 'Menurut jenis pemohon', 'By type of applicant')}
          head={tx(v, 'Jenis pemohon', 'Applicant')}
          rows={APPLICANT_TYPES.map((k) => [lbl(v, APPLICANT_LABELS[k]), c.byApplicantType[k]])}
        />
      </div>
      <CountTable
        v={v}
        id="t-outcome"
        caption={tx(v, 'Keputusan atas permohonan', 'Decisions on requests')}
        head={tx(v, 'Keputusan', 'Decision')}
        rows={REQUEST_OUTCOMES.map((k) => [lbl(v, OUTCOME_LABELS[k]), c.byOutcome[k]])}
        of={c.answered}
      />
      <Chart
        svg={pieChartSvg(
          REQUEST_OUTCOMES.map((k) => ({ label: lbl(v, OUTCOME_LABELS[k]), value: c.byOutcome[k] })),
          { title: tx(v, 'Keputusan atas permohonan', 'Decisions on requests'), emptyText: tx(v, 'Belum ada keputusan.', 'No decisions yet.'), ...lang },
        )}
      />
      <div class="table-wrap report-wrap" tabindex={0} role="region" aria-labelledby="t-ground">
        <table class="report-table">
          <caption id="t-ground">{tx(v, 'Pengecualian menurut UU 14/2008 Pasal 17', 'Exemptions by Art. 17 of Law 14/2008')}</caption>
          <thead>
            <tr>
              <th scope="col">{tx(v, 'Alasan', 'Ground')}</th>
              <th scope="col">{tx(v, 'Ditolak', 'Refused')}</th>
              <th scope="col">{tx(v, 'Sebagian', 'In part')}</th>
            </tr>
          </thead>
          <tbody>
            {grounds.length === 0 ? (
              <tr>
                <td colspan={3}>
                  {tx(v, 'Tidak ada penolakan atau pengabulan sebagian dengan alasan pengecualian.', 'No refusal or partial grant on an exemption ground.')}
                </td>
              </tr>
            ) : null}
            {grounds.map((g) => (
              <tr>
                <td>
                  {tx(v, 'Huruf', 'Letter')} {g}: {EXEMPTION_LABELS[g]}
                </td>
                <td class="num">{num(v, c.exemptionsByGround[g].refused)}</td>
                <td class="num">{num(v, c.exemptionsByGround[g].partial)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{tx(v, 'Per unit kerja', 'By agency')}</h3>
      <div class="table-wrap report-wrap" tabindex={0} role="region" aria-labelledby="t-units">
        <table class="small report-table wide">
          <caption id="t-units">{tx(v, 'Permohonan per unit kerja', 'Requests by agency')}</caption>
          <thead>
            <tr>
              <th scope="col">{tx(v, 'Unit kerja', 'Agency')}</th>
              <th scope="col">{tx(v, 'Diterima', 'Received')}</th>
              <th scope="col">{tx(v, 'Dijawab', 'Answered')}</th>
              <th scope="col">{tx(v, 'Seluruhnya', 'In full')}</th>
              <th scope="col">{tx(v, 'Sebagian', 'In part')}</th>
              <th scope="col">{tx(v, 'Ditolak', 'Refused')}</th>
              <th scope="col">{tx(v, 'Tidak dikuasai', 'Not held')}</th>
              <th scope="col">{tx(v, 'Belum didok.', 'Not documented')}</th>
              <th scope="col">{tx(v, 'Rata-rata hari kerja', 'Mean working days')}</th>
              <th scope="col">{tx(v, '≤ 10 hari kerja', '≤ 10 working days')}</th>
              <th scope="col">{tx(v, 'Terlambat', 'Late')}</th>
              <th scope="col">{tx(v, 'Keberatan', 'Objections')}</th>
            </tr>
          </thead>
          <tbody>
            {r.units.map((u) => (
              <tr>
                <th scope="row">{unitName(u.name)}</th>
                <td class="num">{num(v, u.summary.received)}</td>
                <td class="num">{num(v, u.summary.answered)}</td>
                <td class="num">{num(v, u.summary.byOutcome.diberikan_seluruhnya)}</td>
                <td class="num">{num(v, u.summary.byOutcome.diberikan_sebagian)}</td>
                <td class="num">{num(v, u.summary.byOutcome.ditolak_dikecualikan)}</td>
                <td class="num">{num(v, u.summary.byOutcome.tidak_dikuasai)}</td>
                <td class="num">{num(v, u.summary.byOutcome.belum_didokumentasikan)}</td>
                <td class="num">{num(v, u.summary.days.mean)}</td>
                <td class="num">{pct(u.summary.within10, u.summary.answered)}</td>
                <td class="num">{num(v, u.summary.late)}</td>
                <td class="num">{num(v, u.objections)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Chart
        svg={barChartSvg(
          r.units.filter((u) => u.summary.received > 0).map((u) => ({ label: unitName(u.name), value: u.summary.received })),
          { title: tx(v, 'Permohonan menurut unit kerja', 'Requests by agency'), emptyText: tx(v, 'Belum ada permohonan.', 'No requests yet.'), ...lang },
        )}
      />

      <h2>{tx(v, 'd. Keberatan dan sengketa informasi', 'd. Objections and disputes')}</h2>
      <p>
        {tx(v, 'Keberatan', 'Objections')}: <strong>{num(v, o.total)}</strong>; {tx(v, 'ditanggapi', 'answered')} {num(v, o.total - o.byDecision.pending)},{' '}
        {tx(v, 'dalam 30 hari kerja', 'within 30 working days')} {num(v, o.decidedInTime)}, {tx(v, 'dengan perintah tindak lanjut', 'with a follow-up order')}{' '}
        {num(v, o.withFollowUp)}. {tx(v, 'Sengketa di Komisi Informasi', 'Disputes at the Information Commission')}: <strong>{num(v, d.total)}</strong> (
        {tx(v, 'selesai', 'closed')} {num(v, d.closed)}).
      </p>
      <CountTable
        v={v}
        id="t-obj-ground"
        caption={tx(
          v,
          'Keberatan menurut alasan (Pasal 35 ayat (1)); satu keberatan dapat memuat beberapa alasan',
          'Objections by ground (Art. 35(1)); one objection may cite several',
        )}
        head={tx(v, 'Alasan', 'Ground')}
        rows={OBJECTION_GROUNDS.map((g) => [`${GROUND_LABELS[g].letter}. ${lbl(v, GROUND_LABELS[g])}`, o.byGround[g]])}
      />
      <Chart
        svg={barChartSvg(
          OBJECTION_GROUNDS.map((g) => ({ label: `${GROUND_LABELS[g].letter}. ${lbl(v, GROUND_LABELS[g])}`, value: o.byGround[g] })),
          { title: tx(v, 'Keberatan menurut alasan', 'Objections by ground'), emptyText: tx(v, 'Tidak ada keberatan.', 'No objections.'), ...lang },
        )}
      />
      <div class="two-col">
        <CountTable
          v={v}
          id="t-obj-decision"
          caption={tx(v, 'Tanggapan Atasan PPID', 'Decisions of the PPID’s superior')}
          head={tx(v, 'Tanggapan', 'Decision')}
          rows={[
            ...OBJECTION_DECISIONS.map((k): [string, number] => [lbl(v, DECISION_LABELS[k]), o.byDecision[k]]),
            [tx(v, 'Belum ditanggapi', 'Not yet decided'), o.byDecision.pending],
          ]}
        />
        <CountTable
          v={v}
          id="t-dis-stage"
          caption={tx(v, 'Sengketa menurut tahap', 'Disputes by stage')}
          head={tx(v, 'Tahap', 'Stage')}
          rows={DISPUTE_STAGES.map((k) => [lbl(v, DISPUTE_STAGE_LABELS[k]), d.byStage[k]])}
        />
        <CountTable
          v={v}
          id="t-dis-outcome"
          caption={tx(v, 'Sengketa menurut hasil', 'Disputes by result')}
          head={tx(v, 'Hasil', 'Result')}
          rows={[...DISPUTE_OUTCOMES, 'none' as const].map((k) => [lbl(v, DISPUTE_OUTCOME_LABELS[k]), d.byOutcome[k]])}
        />
      </div>

      <h2 id="narasi">{tx(v, 'Bagian yang ditulis PPID Utama (a, b, e, f) dan penanda tangan', 'Parts written by the lead PPID (a, b, e, f) and signers')}</h2>
      {r.narrativeUpdatedAt ? null : (
        <p class="warn-box">
          {tx(
            v,
            'Belum diisi untuk tahun ini: laporan akan memuat "(Belum diisi.)" di bagian ini.',
            'Not yet written for this year: the report will say "(Belum diisi.)" in these parts.',
          )}
        </p>
      )}
      {mayEdit ? (
        <>
          <ErrorSummary v={v} errors={errors} message={message} />
          <form method="post" action="/admin/laporan-tahunan/narasi" novalidate class="form">
            <Csrf v={v} />
            <input type="hidden" name="tahun" value={String(r.year)} />
            {NARRATIVE_PARTS.map((p) => (
              <TextArea name={p.key} label={lbl(v, p.label)} hint={p.hint.id ? lbl(v, p.hint) : undefined} value={val(p.key)} errors={errors} rows={5} />
            ))}
            <fieldset>
              <legend>{tx(v, 'Penanda tangan', 'Signers')}</legend>
              <Input name="ppidName" label={tx(v, 'Nama PPID Utama', 'Name of the lead PPID')} value={val('ppidName')} errors={errors} autocomplete="off" />
              <Input name="ppidNip" label={`NIP PPID Utama ${v.t('common.optional')}`} value={val('ppidNip')} errors={errors} inputmode="numeric" />
              <Input
                name="atasanName"
                label={`${tx(v, 'Nama Atasan PPID', 'Name of the PPID’s superior')} (${v.body?.atasanPpidPosition ?? 'Atasan PPID'})`}
                value={val('atasanName')}
                errors={errors}
                autocomplete="off"
              />
              <Input name="atasanNip" label={`NIP Atasan PPID ${v.t('common.optional')}`} value={val('atasanNip')} errors={errors} inputmode="numeric" />
              <Input
                name="signedOn"
                type="date"
                label={`${tx(v, 'Tanggal laporan', 'Date of the report')} ${v.t('common.optional')}`}
                hint={tx(v, 'Kosongkan untuk memakai tanggal pengunduhan.', 'Leave empty to use the day of the download.')}
                value={val('signedOn')}
                errors={errors}
              />
            </fieldset>
            <Actions>
              <button type="submit">{v.t('common.save')}</button>
            </Actions>
          </form>
        </>
      ) : (
        <dl class="facts">
          {NARRATIVE_PARTS.map((p) => (
            <>
              <dt>{lbl(v, p.label)}</dt>
              <dd class="pre">{String(n[p.key] ?? '') || '–'}</dd>
            </>
          ))}
        </dl>
      )}
    </BackofficeLayout>
  );
};
