// The citizen's tracking page of a request: steps and deadlines, letters, dispute; no personal data.
import { ReleasedFiles } from './files.js';
import type { FC } from 'hono/jsx';
import { DISPUTE_OUTCOME_LABELS, STAGE_LABELS } from '../../../domain/disputes/labels.js';
import { DECISION_LABELS } from '../../../domain/objections/objections.js';
import { OUTCOME_LABELS } from '../../../domain/requests/labels.js';
import type { TrackedRequest } from '../../../domain/requests/track-request.js';
import { Actions, ErrorSummary, Input, type FieldErrors } from '../../components/form.js';
import { PublicLayout, tx, type View } from '../../components/layout.js';
import { longDate } from './form.js';
import { dateTime } from '../../dates.js';

export const STEP_LABEL: Record<TrackedRequest['steps'][number]['kind'], [string, string]> = {
  received: ['Permohonan diterima dan terdaftar', 'Request received and registered'],
  disposed: ['Diteruskan ke unit kerja yang menguasai informasi', 'Passed to the agency that holds the information'],
  unit_answered: ['Unit kerja telah menyiapkan jawaban', 'The agency has prepared its answer'],
  extended: ['Jangka waktu diperpanjang 7 hari kerja', 'Time limit extended by 7 working days'],
  answered: ['Pemberitahuan tertulis dikirim', 'Written notice sent'],
  objection_filed: ['Keberatan diajukan', 'Objection filed'],
  note: ['Catatan', 'Note'],
  dispute_registered: ['Sengketa didaftarkan di Komisi Informasi', 'Dispute filed with the Information Commission'],
  dispute_stage: ['Tahap sengketa', 'Dispute stage'],
  dispute_decided: ['Hasil penyelesaian sengketa', 'Outcome of the dispute'],
  dispute_closed: ['Perkara sengketa selesai', 'Dispute closed'],
  files_released: ['Berkas informasi dapat diunduh', 'Information files can be downloaded'],
  handed_over: ['Informasi diserahkan', 'Information handed over'],
};

export const STATUS_LABEL: Record<TrackedRequest['status'], [string, string]> = {
  received: ['Diterima', 'Received'],
  in_progress: ['Sedang diproses', 'Being handled'],
  extended: ['Diperpanjang', 'Extended'],
  answered: ['Sudah dijawab', 'Answered'],
  closed: ['Selesai', 'Closed'],
};

const TrackLetters: FC<{ v: View; tracked: TrackedRequest; q: string }> = ({ v, tracked, q }) => {
  const links = [
    ...(tracked.dueDateBeforeExtension ? [['perpanjangan', tx(v, 'Surat pemberitahuan perpanjangan (PDF)', 'Extension letter (PDF)')]] : []),
    ...(tracked.notice ? [['pemberitahuan', tx(v, 'Surat pemberitahuan tertulis (PDF)', 'Written notice (PDF)')]] : []),
    ...(tracked.notice?.refusal ? [['penolakan', tx(v, 'Surat keputusan penolakan (PDF)', 'Refusal decision (PDF)')]] : []),
  ];
  if (!links.length) return null;
  return (
    <ul class="link-list">
      {links.map(([file, label]) => (
        <li>
          <a href={`/permohonan/surat/${file}.pdf?${q}`}>{label}</a>
        </li>
      ))}
    </ul>
  );
};

const TrackDispute: FC<{ v: View; d: NonNullable<TrackedRequest['dispute']>; q: string }> = ({ v, d, q }) => (
  <>
    <h3>{tx(v, 'Sengketa di Komisi Informasi', 'Dispute at the Information Commission')}</h3>
    <dl class="facts">
      <dt>{tx(v, 'Komisi Informasi', 'Commission')}</dt>
      <dd>{d.commission}</dd>
      <dt>{tx(v, 'Nomor register', 'Case number')}</dt>
      <dd>{d.caseNumber}</dd>
      <dt>{tx(v, 'Didaftarkan', 'Filed on')}</dt>
      <dd>{longDate(v, d.filedOn)}</dd>
      <dt>{tx(v, 'Tahap', 'Stage')}</dt>
      <dd>{STAGE_LABELS[d.stage][v.locale]}</dd>
      {d.outcome ? (
        <>
          <dt>{tx(v, 'Hasil', 'Outcome')}</dt>
          <dd>
            {DISPUTE_OUTCOME_LABELS[d.outcome][v.locale]}
            {d.decidedOn ? ` (${longDate(v, d.decidedOn)})` : ''}
          </dd>
        </>
      ) : null}
    </dl>
    {d.decisionFile ? (
      <p>
        <a href={`/permohonan/sengketa/putusan.pdf?${q}`}>{tx(v, 'Unduh putusan Komisi Informasi (PDF)', 'Download the decision (PDF)')}</a>
      </p>
    ) : null}
  </>
);

export const TrackPage: FC<{
  v: View;
  values: { nomor: string; kode: string };
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  tracked?: TrackedRequest | undefined;
  today?: string;
}> = ({ v, values, errors, message, tracked, today = '' }) => {
  const title = tx(v, 'Lacak permohonan', 'Track a request');
  const fmtTime = (d: Date) => dateTime(v, d, 'long');
  return (
    <PublicLayout v={v} title={tracked ? `${title} ${tracked.number}` : title}>
      <h1>{title}</h1>
      {tracked ? (
        <section aria-labelledby="t-status">
          <h2 id="t-status">
            {tx(v, 'Permohonan', 'Request')} {tracked.number}
          </h2>
          <dl class="facts">
            <dt>Status</dt>
            <dd>{tx(v, ...STATUS_LABEL[tracked.status])}</dd>
            <dt>{tx(v, 'Diterima', 'Received')}</dt>
            <dd>{fmtTime(tracked.receivedAt)}</dd>
            <dt>{tx(v, 'Jawaban tertulis paling lambat', 'Written answer due by')}</dt>
            <dd>
              {longDate(v, tracked.dueDate)}{' '}
              <span class="muted small">
                (
                {tracked.dueDateBeforeExtension
                  ? tx(v, '10 + 7 hari kerja (diperpanjang) sejak', '10 + 7 working days (extended) from')
                  : tx(v, '10 hari kerja sejak', '10 working days from')}{' '}
                {longDate(v, tracked.startDate)};{' '}
                <a href={`/kalkulator-tenggat?start=${tracked.startDate}&days=${tracked.dueDateBeforeExtension ? 17 : 10}`}>
                  {tx(v, 'lihat perhitungannya', 'see how it is counted')}
                </a>
                )
              </span>
            </dd>
            {tracked.unitName ? (
              <>
                <dt>{tx(v, 'Unit kerja', 'Agency')}</dt>
                <dd>{tracked.unitName}</dd>
              </>
            ) : null}
            {tracked.notice ? (
              <>
                <dt>{tx(v, 'Keputusan', 'Decision')}</dt>
                <dd>{OUTCOME_LABELS[tracked.notice.outcome][v.locale === 'en' ? 'en' : 'id']}</dd>
                <dt>{tx(v, 'Tanggal pemberitahuan tertulis', 'Date of the written notice')}</dt>
                <dd>{longDate(v, tracked.notice.date)}</dd>
              </>
            ) : null}
          </dl>
          <h3>{tx(v, 'Langkah', 'Steps')}</h3>
          <ol class="steps timeline">
            {tracked.steps.map((s) => (
              <li>
                <strong>{tx(v, ...STEP_LABEL[s.kind])}</strong>
                <span class="muted small block">
                  <time datetime={s.at.toISOString()}>{fmtTime(s.at)}</time>
                </span>
                {s.note ? <p>{s.note}</p> : null}
              </li>
            ))}
          </ol>
          <p>
            <a href={`/permohonan/tanda-bukti.pdf?nomor=${encodeURIComponent(values.nomor)}&kode=${encodeURIComponent(values.kode)}`}>
              {tx(v, 'Unduh tanda bukti permohonan (PDF)', 'Download the request receipt (PDF)')}
            </a>
          </p>
          <TrackLetters v={v} tracked={tracked} q={`nomor=${encodeURIComponent(values.nomor)}&kode=${encodeURIComponent(values.kode)}`} />
          {/* case-docs: released files */}
          <ReleasedFiles
            v={v}
            files={tracked.files}
            href={(f) => `/permohonan/berkas/${f.id}?nomor=${encodeURIComponent(values.nomor)}&kode=${encodeURIComponent(values.kode)}`}
          />
          <p>
            <a href={`/permohonan/data-saya?nomor=${encodeURIComponent(values.nomor)}&kode=${encodeURIComponent(values.kode)}`}>
              {tx(v, 'Data saya: semua yang disimpan tentang saya dalam permohonan ini', 'My data: everything held about me in this request')}
            </a>
          </p>
          <h3>{tx(v, 'Keberatan', 'Objections')}</h3>
          {tracked.objections.length ? (
            <ul class="link-list">
              {tracked.objections.map((o) => (
                <li>
                  <strong>{o.number}</strong>
                  {' – '}
                  {o.status === 'decided' && o.decision ? (
                    <>
                      {tx(v, DECISION_LABELS[o.decision].id, DECISION_LABELS[o.decision].en)}.{' '}
                      <a
                        href={`/permohonan/keberatan/surat.pdf?nomor=${encodeURIComponent(values.nomor)}&kode=${encodeURIComponent(values.kode)}&keberatan=${o.id}`}
                      >
                        {tx(v, 'Unduh surat tanggapan (PDF)', 'Download the response letter (PDF)')}
                      </a>
                    </>
                  ) : (
                    <>
                      {tx(v, 'sedang diperiksa Atasan PPID; tanggapan paling lambat', 'with the PPID’s superior; answer due by')} {longDate(v, o.dueDate)}
                    </>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          {tracked.dispute ? (
            <TrackDispute v={v} d={tracked.dispute} q={`nomor=${encodeURIComponent(values.nomor)}&kode=${encodeURIComponent(values.kode)}`} />
          ) : null}
          {tracked.objectionWindow && tracked.objectionWindow.lastDay >= today ? (
            <p>
              {tx(
                v,
                'Tidak puas dengan jawaban, atau belum dijawab? Anda dapat mengajukan keberatan kepada Atasan PPID sampai',
                'Not satisfied, or no answer? You may object to the PPID’s superior until',
              )}{' '}
              {longDate(v, tracked.objectionWindow.lastDay)}.{' '}
              <a href={`/permohonan/keberatan?nomor=${encodeURIComponent(values.nomor)}&kode=${encodeURIComponent(values.kode)}`}>
                {tx(v, 'Ajukan keberatan', 'File an objection')}
              </a>
            </p>
          ) : !tracked.objections.length ? (
            <p class="muted">
              {tx(
                v,
                'Keberatan dapat diajukan setelah PPID memberi jawaban tertulis, atau bila batas waktu lewat tanpa jawaban.',
                'An objection can be filed once the PPID has answered in writing, or when the deadline passes without an answer.',
              )}
            </p>
          ) : null}
        </section>
      ) : (
        <>
          <p>
            {tx(
              v,
              'Masukkan nomor pendaftaran dan kode pelacakan dari tanda bukti atau email Anda.',
              'Enter the registration number and tracking code from your receipt or email.',
            )}
          </p>
          <ErrorSummary v={v} errors={errors} message={message} />
          <form method="get" action="/permohonan/lacak" novalidate class="form">
            <Input
              name="nomor"
              label={tx(v, 'Nomor pendaftaran', 'Registration number')}
              value={values.nomor}
              errors={errors}
              required
              autocomplete="off"
              autocapitalize="none"
              spellcheck={false}
            />
            <Input
              name="kode"
              label={tx(v, 'Kode pelacakan', 'Tracking code')}
              value={values.kode}
              errors={errors}
              required
              autocomplete="off"
              autocapitalize="none"
              spellcheck={false}
            />
            <Actions>
              <button type="submit">{tx(v, 'Lihat', 'Show')}</button>
            </Actions>
          </form>
          <p>
            {tx(v, 'Mengajukan beberapa permohonan dengan satu email?', 'Filed several requests with one email?')}{' '}
            <a href="/akun">{tx(v, 'Lihat semuanya di Permohonan saya', 'See them all in My requests')}</a>
            {tx(v, 'Tidak puas dengan jawaban PPID, atau belum dijawab? ', 'Not satisfied with the answer, or no answer? ')}
            <a href="/permohonan/keberatan">{tx(v, 'Ajukan keberatan kepada Atasan PPID', 'File an objection with the PPID’s superior')}</a>
          </p>
        </>
      )}
    </PublicLayout>
  );
};
