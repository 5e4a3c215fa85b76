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
import { BackofficeLayout, Csrf, tx, type View, tm } from '../../components/layout.js';

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
          <th scope="col">{tm(v, 'reports.annual-report.number')}</th>
          {of !== undefined ? <th scope="col">{tm(v, 'reports.annual-report.share')}</th> : null}
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
  const title = `${tm(v, 'reports.annual-report.public_information_service_report')} ${r.year}`;
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
        {tm(v, 'reports.annual-report.minimum_content_under_perki_1')} <strong>{formatLongDate(r.dueBy, en ? 'en' : 'id')}</strong>.
      </p>
      <form method="get" action="/admin/laporan-tahunan" class="inline-form">
        <label for="f-tahun">{tm(v, 'reports.annual-report.year')}</label>{' '}
        <input id="f-tahun" name="tahun" type="number" inputmode="numeric" min={2000} max={2100} value={String(r.year)} />{' '}
        <button type="submit">{tm(v, 'reports.annual-report.show')}</button>
      </form>
      <ul class="link-list">
        <li>
          <a href={`/admin/laporan-tahunan/unduh.pdf?tahun=${r.year}`}>{tm(v, 'reports.annual-report.download_report_pdf_cover_charts')}</a>
        </li>
        <li>
          <a href={`/admin/laporan-tahunan/unduh.xlsx?tahun=${r.year}`}>{tm(v, 'reports.annual-report.download_figures_xlsx_one_sheet')}</a>
        </li>
        {mayEdit ? (
          <li>
            <a href="#narasi">{tm(v, 'reports.annual-report.write_parts_b_e_f')}</a>
          </li>
        ) : null}
      </ul>

      <h2>{tm(v, 'reports.annual-report.c_service_figures')}</h2>
      <dl class="facts">
        <dt>{tm(v, 'reports.annual-report.requests_received')}</dt>
        <dd>{num(v, c.received)}</dd>
        <dt>{tm(v, 'reports.annual-report.answered_writing')}</dt>
        <dd>{num(v, c.answered)}</dd>
        <dt>{tm(v, 'reports.annual-report.still_open')}</dt>
        <dd>{num(v, c.open)}</dd>
        <dt>{tm(v, 'reports.annual-report.time_answer_working_days')}</dt>
        <dd>
          {tm(v, 'reports.annual-report.mean')} {num(v, c.days.mean)} · median {num(v, c.days.median)} · {tm(v, 'reports.annual-report.longest')}{' '}
          {num(v, c.days.max)}
        </dd>
        <dt>{tm(v, 'reports.annual-report.within_10_working_days')}</dt>
        <dd>
          {num(v, c.within10)} ({pct(c.within10, c.answered)})
        </dd>
        <dt>{tm(v, 'reports.annual-report.within_17_working_days')}</dt>
        <dd>
          {num(v, c.within17)} ({pct(c.within17, c.answered)})
        </dd>
        <dt>{tm(v, 'reports.annual-report.within_their_deadline')}</dt>
        <dd>
          {num(v, c.withinDeadline)} ({pct(c.withinDeadline, c.answered)})
        </dd>
        <dt>{tm(v, 'reports.annual-report.answered_late')}</dt>
        <dd>{num(v, c.late)}</dd>
        <dt>{tm(v, 'reports.annual-report.extended')}</dt>
        <dd>{num(v, c.extended)}</dd>
        <dt>{tm(v, 'reports.annual-report.unanswered_past_deadline')}</dt>
        <dd>{num(v, c.overdueOpen)}</dd>
      </dl>
      <div class="two-col">
        <CountTable
          v={v}
          id="t-channel"
          caption={tm(v, 'reports.annual-report.channel')}
          head={tm(v, 'reports.annual-report.channel_2')}
          rows={REQUEST_CHANNELS.map((k) => [lbl(v, CHANNEL_LABELS[k]), c.byChannel[k]])}
        />
        <CountTable
          v={v}
          id="t-applicant"
          caption={tm(v, 'reports.annual-report.type_applicant')}
          head={tm(v, 'reports.annual-report.applicant')}
          rows={APPLICANT_TYPES.map((k) => [lbl(v, APPLICANT_LABELS[k]), c.byApplicantType[k]])}
        />
      </div>
      <CountTable
        v={v}
        id="t-outcome"
        caption={tm(v, 'reports.annual-report.decisions_requests')}
        head={tm(v, 'reports.annual-report.decision')}
        rows={REQUEST_OUTCOMES.map((k) => [lbl(v, OUTCOME_LABELS[k]), c.byOutcome[k]])}
        of={c.answered}
      />
      <Chart
        svg={pieChartSvg(
          REQUEST_OUTCOMES.map((k) => ({ label: lbl(v, OUTCOME_LABELS[k]), value: c.byOutcome[k] })),
          { title: tm(v, 'reports.annual-report.decisions_requests'), emptyText: tm(v, 'reports.annual-report.no_decisions_yet'), ...lang },
        )}
      />
      <div class="table-wrap report-wrap" tabindex={0} role="region" aria-labelledby="t-ground">
        <table class="report-table">
          <caption id="t-ground">{tm(v, 'reports.annual-report.exemptions_art_17_law_14')}</caption>
          <thead>
            <tr>
              <th scope="col">{tm(v, 'reports.annual-report.ground')}</th>
              <th scope="col">{tm(v, 'reports.annual-report.refused')}</th>
              <th scope="col">{tm(v, 'reports.annual-report.part')}</th>
            </tr>
          </thead>
          <tbody>
            {grounds.length === 0 ? (
              <tr>
                <td colspan={3}>{tm(v, 'reports.annual-report.no_refusal_partial_grant_exemption')}</td>
              </tr>
            ) : null}
            {grounds.map((g) => (
              <tr>
                <td>
                  {tm(v, 'reports.annual-report.letter')} {g}: {EXEMPTION_LABELS[g]}
                </td>
                <td class="num">{num(v, c.exemptionsByGround[g].refused)}</td>
                <td class="num">{num(v, c.exemptionsByGround[g].partial)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{tm(v, 'reports.annual-report.agency')}</h3>
      <div class="table-wrap report-wrap" tabindex={0} role="region" aria-labelledby="t-units">
        <table class="small report-table wide">
          <caption id="t-units">{tm(v, 'reports.annual-report.requests_agency')}</caption>
          <thead>
            <tr>
              <th scope="col">{tm(v, 'reports.annual-report.agency_2')}</th>
              <th scope="col">{tm(v, 'reports.annual-report.received')}</th>
              <th scope="col">{tm(v, 'reports.annual-report.answered')}</th>
              <th scope="col">{tm(v, 'reports.annual-report.full')}</th>
              <th scope="col">{tm(v, 'reports.annual-report.part')}</th>
              <th scope="col">{tm(v, 'reports.annual-report.refused')}</th>
              <th scope="col">{tm(v, 'reports.annual-report.not_held')}</th>
              <th scope="col">{tm(v, 'reports.annual-report.not_documented')}</th>
              <th scope="col">{tm(v, 'reports.annual-report.mean_working_days')}</th>
              <th scope="col">{tm(v, 'reports.annual-report.10_working_days')}</th>
              <th scope="col">{tm(v, 'reports.annual-report.late')}</th>
              <th scope="col">{tm(v, 'reports.annual-report.objections')}</th>
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
          { title: tm(v, 'reports.annual-report.requests_agency_2'), emptyText: tm(v, 'reports.annual-report.no_requests_yet'), ...lang },
        )}
      />

      <h2>{tm(v, 'reports.annual-report.d_objections_disputes')}</h2>
      <p>
        {tm(v, 'reports.annual-report.objections')}: <strong>{num(v, o.total)}</strong>; {tm(v, 'reports.annual-report.answered_2')}{' '}
        {num(v, o.total - o.byDecision.pending)}, {tm(v, 'reports.annual-report.within_30_working_days')} {num(v, o.decidedInTime)},{' '}
        {tm(v, 'reports.annual-report.follow_up_order')} {num(v, o.withFollowUp)}. {tm(v, 'reports.annual-report.disputes_information_commission')}:{' '}
        <strong>{num(v, d.total)}</strong> ({tm(v, 'reports.annual-report.closed')} {num(v, d.closed)}).
      </p>
      <CountTable
        v={v}
        id="t-obj-ground"
        caption={tm(v, 'reports.annual-report.objections_ground_art_35_1')}
        head={tm(v, 'reports.annual-report.ground')}
        rows={OBJECTION_GROUNDS.map((g) => [`${GROUND_LABELS[g].letter}. ${lbl(v, GROUND_LABELS[g])}`, o.byGround[g]])}
      />
      <Chart
        svg={barChartSvg(
          OBJECTION_GROUNDS.map((g) => ({ label: `${GROUND_LABELS[g].letter}. ${lbl(v, GROUND_LABELS[g])}`, value: o.byGround[g] })),
          { title: tm(v, 'reports.annual-report.objections_ground'), emptyText: tm(v, 'reports.annual-report.no_objections'), ...lang },
        )}
      />
      <div class="two-col">
        <CountTable
          v={v}
          id="t-obj-decision"
          caption={tm(v, 'reports.annual-report.decisions_ppid_s_superior')}
          head={tm(v, 'reports.annual-report.decision_2')}
          rows={[
            ...OBJECTION_DECISIONS.map((k): [string, number] => [lbl(v, DECISION_LABELS[k]), o.byDecision[k]]),
            [tm(v, 'reports.annual-report.not_yet_decided'), o.byDecision.pending],
          ]}
        />
        <CountTable
          v={v}
          id="t-dis-stage"
          caption={tm(v, 'reports.annual-report.disputes_stage')}
          head={tm(v, 'reports.annual-report.stage')}
          rows={DISPUTE_STAGES.map((k) => [lbl(v, DISPUTE_STAGE_LABELS[k]), d.byStage[k]])}
        />
        <CountTable
          v={v}
          id="t-dis-outcome"
          caption={tm(v, 'reports.annual-report.disputes_result')}
          head={tm(v, 'reports.annual-report.result')}
          rows={[...DISPUTE_OUTCOMES, 'none' as const].map((k) => [lbl(v, DISPUTE_OUTCOME_LABELS[k]), d.byOutcome[k]])}
        />
      </div>

      <h2 id="narasi">{tm(v, 'reports.annual-report.parts_written_lead_ppid_b')}</h2>
      {r.narrativeUpdatedAt ? null : <p class="warn-box">{tm(v, 'reports.annual-report.not_yet_written_year_report')}</p>}
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
              <legend>{tm(v, 'reports.annual-report.signers')}</legend>
              <Input name="ppidName" label={tm(v, 'reports.annual-report.name_lead_ppid')} value={val('ppidName')} errors={errors} autocomplete="off" />
              <Input name="ppidNip" label={`NIP PPID Utama ${v.t('common.optional')}`} value={val('ppidNip')} errors={errors} inputmode="numeric" />
              <Input
                name="atasanName"
                label={`${tm(v, 'reports.annual-report.name_ppid_s_superior')} (${v.body?.atasanPpidPosition ?? 'Atasan PPID'})`}
                value={val('atasanName')}
                errors={errors}
                autocomplete="off"
              />
              <Input name="atasanNip" label={`NIP Atasan PPID ${v.t('common.optional')}`} value={val('atasanNip')} errors={errors} inputmode="numeric" />
              <Input
                name="signedOn"
                type="date"
                label={`${tm(v, 'reports.annual-report.date_report')} ${v.t('common.optional')}`}
                hint={tm(v, 'reports.annual-report.leave_empty_use_day_download')}
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
