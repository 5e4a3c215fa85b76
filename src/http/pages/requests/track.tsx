// The citizen's tracking page of a request: steps and deadlines, letters, dispute; no personal data.
import { ReleasedFiles } from './files.js';
import type { FC } from 'hono/jsx';
import { DISPUTE_OUTCOME_LABELS, STAGE_LABELS } from '../../../domain/disputes/labels.js';
import { DECISION_LABELS } from '../../../domain/objections/objections.js';
import { OUTCOME_LABELS } from '../../../domain/requests/labels.js';
import type { TrackedRequest } from '../../../domain/requests/track-request.js';
import { Actions, ErrorSummary, Input, type FieldErrors } from '../../components/form.js';
import { PublicLayout, tx, type View, tm } from '../../components/layout.js';
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
    ...(tracked.dueDateBeforeExtension ? [['perpanjangan', tm(v, 'requests-case.facts.extension_letter_pdf')]] : []),
    ...(tracked.notice ? [['pemberitahuan', tm(v, 'requests-tracking.citizen.written_notice_pdf')]] : []),
    ...(tracked.notice?.refusal ? [['penolakan', tm(v, 'requests-case.summary.refusal_decision_pdf')]] : []),
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
    <h3>{tm(v, 'requests-case.case-history.dispute_information_commission')}</h3>
    <dl class="facts">
      <dt>{tm(v, 'requests-case.case-history.commission')}</dt>
      <dd>{d.commission}</dd>
      <dt>{tm(v, 'requests-case.case-history.case_number')}</dt>
      <dd>{d.caseNumber}</dd>
      <dt>{tm(v, 'requests-case.case-history.filed')}</dt>
      <dd>{longDate(v, d.filedOn)}</dd>
      <dt>{tm(v, 'requests-case.case-history.stage')}</dt>
      <dd>{STAGE_LABELS[d.stage][v.locale]}</dd>
      {d.outcome ? (
        <>
          <dt>{tm(v, 'requests-case.case-history.outcome')}</dt>
          <dd>
            {DISPUTE_OUTCOME_LABELS[d.outcome][v.locale]}
            {d.decidedOn ? ` (${longDate(v, d.decidedOn)})` : ''}
          </dd>
        </>
      ) : null}
    </dl>
    {d.decisionFile ? (
      <p>
        <a href={`/permohonan/sengketa/putusan.pdf?${q}`}>{tm(v, 'requests-tracking.track.download_decision_pdf')}</a>
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
  const title = tm(v, 'requests-tracking.track.track_request');
  const fmtTime = (d: Date) => dateTime(v, d, 'long');
  return (
    <PublicLayout v={v} title={tracked ? `${title} ${tracked.number}` : title}>
      <h1>{title}</h1>
      {tracked ? (
        <section aria-labelledby="t-status">
          <h2 id="t-status">
            {tm(v, 'requests-case.page.request')} {tracked.number}
          </h2>
          <dl class="facts">
            <dt>Status</dt>
            <dd>{tx(v, ...STATUS_LABEL[tracked.status])}</dd>
            <dt>{tm(v, 'requests-case.summary.received')}</dt>
            <dd>{fmtTime(tracked.receivedAt)}</dd>
            <dt>{tm(v, 'requests-tracking.citizen.written_answer_due_2')}</dt>
            <dd>
              {longDate(v, tracked.dueDate)}{' '}
              <span class="muted small">
                (
                {tracked.dueDateBeforeExtension
                  ? tm(v, 'requests-tracking.track.10_7_working_days_extended')
                  : tm(v, 'requests-tracking.track.10_working_days_from')}{' '}
                {longDate(v, tracked.startDate)};{' '}
                <a href={`/kalkulator-tenggat?start=${tracked.startDate}&days=${tracked.dueDateBeforeExtension ? 17 : 10}`}>
                  {tm(v, 'requests-tracking.track.see_how_counted')}
                </a>
                )
              </span>
            </dd>
            {tracked.unitName ? (
              <>
                <dt>{tm(v, 'requests-case.answer-form.agency')}</dt>
                <dd>{tracked.unitName}</dd>
              </>
            ) : null}
            {tracked.notice ? (
              <>
                <dt>{tm(v, 'requests-case.facts.decision')}</dt>
                <dd>{OUTCOME_LABELS[tracked.notice.outcome][v.locale === 'en' ? 'en' : 'id']}</dd>
                <dt>{tm(v, 'requests-tracking.track.date_written_notice')}</dt>
                <dd>{longDate(v, tracked.notice.date)}</dd>
              </>
            ) : null}
          </dl>
          <h3>{tm(v, 'requests-tracking.citizen.steps')}</h3>
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
              {tm(v, 'requests-form.sent.download_request_receipt_pdf')}
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
              {tm(v, 'requests-tracking.track.my_data_everything_held_about')}
            </a>
          </p>
          <h3>{tm(v, 'requests-tracking.citizen.objections')}</h3>
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
                        {tm(v, 'requests-tracking.track.download_response_letter_pdf')}
                      </a>
                    </>
                  ) : (
                    <>
                      {tm(v, 'requests-tracking.citizen.ppid_s_superior_answer_due')} {longDate(v, o.dueDate)}
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
              {tm(v, 'requests-tracking.track.not_satisfied_no_answer_you')} {longDate(v, tracked.objectionWindow.lastDay)}.{' '}
              <a href={`/permohonan/keberatan?nomor=${encodeURIComponent(values.nomor)}&kode=${encodeURIComponent(values.kode)}`}>
                {tm(v, 'requests-objections.objection-entry.file_objection')}
              </a>
            </p>
          ) : !tracked.objections.length ? (
            <p class="muted">{tm(v, 'requests-tracking.track.objection_can_filed_once_ppid')}</p>
          ) : null}
        </section>
      ) : (
        <>
          <p>{tm(v, 'requests-tracking.track.enter_registration_number_tracking_code')}</p>
          <ErrorSummary v={v} errors={errors} message={message} />
          <form method="get" action="/permohonan/lacak" novalidate class="form">
            <Input
              name="nomor"
              label={tm(v, 'requests-intake.intake.registration_number')}
              value={values.nomor}
              errors={errors}
              required
              autocomplete="off"
              autocapitalize="none"
              spellcheck={false}
            />
            <Input
              name="kode"
              label={tm(v, 'requests-intake.intake.tracking_code')}
              value={values.kode}
              errors={errors}
              required
              autocomplete="off"
              autocapitalize="none"
              spellcheck={false}
            />
            <Actions>
              <button type="submit">{tm(v, 'requests-tracking.track.show')}</button>
            </Actions>
          </form>
          <p>
            {tm(v, 'requests-tracking.track.filed_several_requests_one_email')} <a href="/akun">{tm(v, 'requests-tracking.track.see_them_all_my_requests')}</a>
            {tm(v, 'requests-tracking.track.not_satisfied_answer_no_answer')}
            <a href="/permohonan/keberatan">{tm(v, 'requests-tracking.track.file_objection_ppid_s_superior')}</a>
          </p>
        </>
      )}
    </PublicLayout>
  );
};
