// The citizen's optional account: sign in by an emailed link, the list of one's requests and of one's
// objections on ground b filed without a request, one request.
// No JavaScript.
import { ReleasedFiles } from './files.js';
import type { FC } from 'hono/jsx';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import type { OwnRequestRow, OwnUnpublishedObjectionRow } from '../../../domain/citizen/account.js';
import { DECISION_LABELS } from '../../../domain/objections/objections.js';
import { OUTCOME_LABELS } from '../../../domain/requests/labels.js';
import type { TrackedRequest } from '../../../domain/requests/track-request.js';
import { Actions, ErrorSummary, Input, type FieldErrors } from '../../components/form.js';
import { Csrf, PublicLayout, tx, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { STATUS_LABEL, STEP_LABEL } from './track.js';
import { dateTime } from '../../dates.js';

export const en = (v: View) => v.locale === 'en';

export const longDate = (v: View, d: string) => formatLongDate(d, en(v) ? 'en' : 'id');

export const when = (v: View, d: Date | string) => dateTime(v, new Date(d), 'long');

export const AccountSignInPage: FC<{
  v: View;
  email?: string;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  sent?: boolean;
  signedOut?: boolean;
}> = ({ v, email, errors, message, sent, signedOut }) => {
  const title = tm(v, 'requests-tracking.citizen.my_requests');
  return (
    <PublicLayout v={v} title={title}>
      <h1>{title}</h1>
      {sent ? (
        <div class="notice success" role="status">
          <p>{tm(v, 'requests-tracking.citizen.if_email_address_was_used')}</p>
        </div>
      ) : null}
      {signedOut ? (
        <div class="notice" role="status">
          <p>{tm(v, 'requests-tracking.citizen.you_are_signed_out')}</p>
        </div>
      ) : null}
      <p class="lead">{tm(v, 'requests-tracking.citizen.see_every_information_request_you')}</p>
      <ErrorSummary v={v} errors={errors} message={message} />
      <form method="post" action="/akun/masuk" novalidate class="form">
        <Csrf v={v} />
        <Input
          name="email"
          type="email"
          label={tm(v, 'requests-tracking.citizen.email_address_you_used_your')}
          value={email}
          errors={errors}
          required
          autocomplete="email"
          inputmode="email"
        />
        <Actions>
          <button type="submit">{tm(v, 'requests-tracking.citizen.send_me_sign_link')}</button>
        </Actions>
      </form>
      <p>
        <a href="/permohonan/lacak">{tm(v, 'requests-tracking.citizen.track_registration_number_tracking_code')}</a>
      </p>
    </PublicLayout>
  );
};

export const AccountConfirmPage: FC<{ v: View; token: string; usable: boolean }> = ({ v, token, usable }) => {
  const title = tm(v, 'requests-tracking.citizen.sign_my_requests');
  return (
    <PublicLayout v={v} title={title}>
      <h1>{title}</h1>
      {usable ? (
        <>
          <p>{tm(v, 'requests-tracking.citizen.press_button_below_sign_link')}</p>
          <form method="post" action={`/akun/masuk/${encodeURIComponent(token)}`} class="form">
            <Csrf v={v} />
            <Actions>
              <button type="submit">{tm(v, 'requests-tracking.citizen.sign')}</button>
            </Actions>
          </form>
        </>
      ) : (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>{tm(v, 'requests-tracking.citizen.sign_link_no_longer_valid')}</h2>
          <p>
            <a href="/akun">{tm(v, 'requests-tracking.citizen.ask_new_link')}</a>
          </p>
        </div>
      )}
    </PublicLayout>
  );
};

const SignOut: FC<{ v: View }> = ({ v }) => (
  <form method="post" action="/akun/keluar" class="inline">
    <Csrf v={v} />
    <button type="submit" class="secondary">
      {tm(v, 'requests-tracking.citizen.sign_out')}
    </button>
  </form>
);

/** The objections on ground b filed without a request with this email: status, the answer's date, the letter once decided. */
const OwnUnpublishedObjections: FC<{ v: View; rows: OwnUnpublishedObjectionRow[]; today: string }> = ({ v, rows, today }) => (
  <section aria-labelledby="own-obj-h">
    <h2 id="own-obj-h">{tm(v, 'requests-tracking.citizen.objections_without_request_information_must')}</h2>
    <ul class="card-list own-objections">
      {rows.map((o) => (
        <li class="card">
          <h3>{o.number}</h3>
          <dl class="facts">
            <dt>{tm(v, 'requests-case.summary.received')}</dt>
            <dd>{when(v, o.receivedAt)}</dd>
            {o.status === 'decided' && o.decision ? (
              <>
                <dt>{tm(v, 'requests-tracking.citizen.superior_s_decision')}</dt>
                <dd>{tx(v, DECISION_LABELS[o.decision].id, DECISION_LABELS[o.decision].en)}</dd>
              </>
            ) : (
              <>
                <dt>Status</dt>
                <dd>{tm(v, 'requests-tracking.citizen.ppid_s_superior')}</dd>
                <dt>{tm(v, 'requests-tracking.citizen.written_answer_due')}</dt>
                <dd>
                  {longDate(v, o.dueDate)}
                  {o.dueDate < today ? <strong class="warn"> {tm(v, 'requests-tracking.citizen.passed')}</strong> : null}
                </dd>
              </>
            )}
          </dl>
          {o.status === 'decided' ? (
            <p>
              <a href={`/akun/keberatan/${o.id}.pdf`}>
                {tm(v, 'requests-tracking.citizen.superior_s_answer_pdf')}
                <span class="vh"> {o.number}</span>
              </a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  </section>
);

export const AccountRequestsPage: FC<{ v: View; email: string; rows: OwnRequestRow[]; objections?: OwnUnpublishedObjectionRow[]; today: string }> = ({
  v,
  email,
  rows,
  objections = [],
  today,
}) => {
  const title = tm(v, 'requests-tracking.citizen.my_requests');
  return (
    <PublicLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>
        {tm(v, 'requests-tracking.citizen.signed')} <strong>{email}</strong>
      </p>
      <SignOut v={v} />
      {rows.length === 0 ? (
        <p>{tm(v, 'requests-tracking.citizen.no_request_has_been_filed')}</p>
      ) : (
        <ul class="card-list own-requests">
          {rows.map((r) => {
            const overdue = !r.outcome && r.dueDate < today;
            return (
              <li class="card">
                <h2 class="h3">
                  <a href={`/akun/permohonan/${r.id}`}>{r.number}</a>
                </h2>
                <dl class="facts">
                  <dt>Status</dt>
                  <dd>{tx(v, ...STATUS_LABEL[r.status])}</dd>
                  <dt>{tm(v, 'requests-case.summary.received')}</dt>
                  <dd>{when(v, r.receivedAt)}</dd>
                  {r.outcome && r.noticeDate ? (
                    <>
                      <dt>{tm(v, 'requests-case.facts.decision')}</dt>
                      <dd>
                        {tx(v, OUTCOME_LABELS[r.outcome].id, OUTCOME_LABELS[r.outcome].en)} ({longDate(v, r.noticeDate)})
                      </dd>
                    </>
                  ) : (
                    <>
                      <dt>{tm(v, 'requests-tracking.citizen.written_answer_due_2')}</dt>
                      <dd>
                        {longDate(v, r.dueDate)}
                        {r.extended ? ` (${tm(v, 'requests-tracking.citizen.extended')})` : ''}
                        {overdue ? <strong class="warn"> {tm(v, 'requests-tracking.citizen.passed')}</strong> : null}
                      </dd>
                    </>
                  )}
                  {r.openObjections ? (
                    <>
                      <dt>{tm(v, 'requests-tracking.citizen.objection')}</dt>
                      <dd>{tm(v, 'requests-tracking.citizen.ppid_s_superior_2')}</dd>
                    </>
                  ) : null}
                </dl>
                <ul class="inline-list">
                  <li>
                    <a href={`/akun/permohonan/${r.id}`}>
                      {tm(v, 'requests-tracking.citizen.follow')}
                      <span class="vh"> {r.number}</span>
                    </a>
                  </li>
                  <li>
                    <a href={`/akun/permohonan/${r.id}/data`}>
                      {tm(v, 'requests-tracking.citizen.my_data')}
                      <span class="vh"> {r.number}</span>
                    </a>
                  </li>
                  <li>
                    <a href={`/akun/permohonan/${r.id}/data.json`}>
                      {tm(v, 'requests-tracking.citizen.download_data_json')}
                      <span class="vh"> {r.number}</span>
                    </a>
                  </li>
                </ul>
              </li>
            );
          })}
        </ul>
      )}
      {objections.length ? <OwnUnpublishedObjections v={v} rows={objections} today={today} /> : null}
      <p class="muted small">{tm(v, 'requests-tracking.citizen.file_objection_open_tracking_link')}</p>
    </PublicLayout>
  );
};

/** One request in the account: the tracking view, with the letters served from the account. */
export const AccountRequestPage: FC<{ v: View; id: string; tracked: TrackedRequest }> = ({ v, id, tracked }) => {
  const title = `${tm(v, 'requests-case.page.request')} ${tracked.number}`;
  const base = `/akun/permohonan/${id}`;
  const letters = [
    ...(tracked.dueDateBeforeExtension ? [['perpanjangan', tm(v, 'requests-case.facts.extension_letter_pdf')]] : []),
    ...(tracked.notice ? [['pemberitahuan', tm(v, 'requests-tracking.citizen.written_notice_pdf')]] : []),
    ...(tracked.notice?.refusal ? [['penolakan', tm(v, 'requests-case.summary.refusal_decision_pdf')]] : []),
  ];
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader v={v} back={{ href: '/akun', label: tm(v, 'requests-tracking.citizen.all_my_requests') }} title={title} />
      <dl class="facts">
        <dt>Status</dt>
        <dd>{tx(v, ...STATUS_LABEL[tracked.status])}</dd>
        <dt>{tm(v, 'requests-case.summary.received')}</dt>
        <dd>{when(v, tracked.receivedAt)}</dd>
        <dt>{tm(v, 'requests-tracking.citizen.written_answer_due_2')}</dt>
        <dd>
          {longDate(v, tracked.dueDate)}
          {tracked.dueDateBeforeExtension ? ` (${tm(v, 'requests-tracking.citizen.extended_from')} ${longDate(v, tracked.dueDateBeforeExtension)})` : ''}
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
            <dd>
              {tx(v, OUTCOME_LABELS[tracked.notice.outcome].id, OUTCOME_LABELS[tracked.notice.outcome].en)} ({longDate(v, tracked.notice.date)})
            </dd>
          </>
        ) : null}
      </dl>
      <h2>{tm(v, 'requests-tracking.citizen.steps')}</h2>
      <ol class="steps timeline">
        {tracked.steps.map((s) => (
          <li>
            <strong>{tx(v, ...STEP_LABEL[s.kind])}</strong>
            <span class="muted small block">
              <time datetime={s.at.toISOString()}>{when(v, s.at)}</time>
            </span>
            {s.note ? <p>{s.note}</p> : null}
          </li>
        ))}
      </ol>
      {/* case-docs: released files */}
      <ReleasedFiles v={v} files={tracked.files} href={(f) => `${base}/berkas/${f.id}`} />
      {letters.length || tracked.objections.some((o) => o.status === 'decided') ? (
        <>
          <h2>{tm(v, 'requests-tracking.citizen.letters')}</h2>
          <ul class="link-list">
            {letters.map(([file, label]) => (
              <li>
                <a href={`${base}/surat/${file}.pdf`}>{label}</a>
              </li>
            ))}
            {tracked.objections
              .filter((o) => o.status === 'decided')
              .map((o) => (
                <li>
                  <a href={`${base}/keberatan/${o.id}.pdf`}>
                    {tm(v, 'requests-tracking.citizen.answer_objection')} {o.number} (PDF)
                  </a>
                </li>
              ))}
          </ul>
        </>
      ) : null}
      {tracked.objections.length ? (
        <>
          <h2>{tm(v, 'requests-tracking.citizen.objections')}</h2>
          <ul class="plain-list">
            {tracked.objections.map((o) => (
              <li>
                <strong>{o.number}</strong> –{' '}
                {o.status === 'decided' && o.decision
                  ? tx(v, DECISION_LABELS[o.decision].id, DECISION_LABELS[o.decision].en)
                  : `${tm(v, 'requests-tracking.citizen.ppid_s_superior_answer_due')} ${longDate(v, o.dueDate)}`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{tm(v, 'requests-tracking.citizen.my_data')}</h2>
      <ul class="link-list">
        <li>
          <a href={`${base}/data`}>{tm(v, 'requests-tracking.citizen.all_my_data_request')}</a>
        </li>
        <li>
          <a href={`${base}/data.json`}>{tm(v, 'requests-tracking.citizen.download_json')}</a>
        </li>
      </ul>
    </PublicLayout>
  );
};
