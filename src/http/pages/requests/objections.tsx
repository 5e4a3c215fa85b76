// Back-office pages of objections: the register (the §6.4 columns, per year) and one objection with the
// Atasan PPID's decision form.
import type { FC } from 'hono/jsx';
import { OBJECTION_DECISIONS } from '../../../db/schema/objections.js';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import { DECISION_LABELS, GROUND_LABELS, type Objection } from '../../../domain/objections/objections.js';
import { OBJECTION_REGISTER_COLUMNS, type ObjectionRegisterRow } from '../../../domain/objections/register.js';
import type { InformationRequest } from '../../../domain/requests/submit-request.js';
import { can } from '../../../policies/index.js';
import { CALENDAR_CONFIRM_FIELD } from '../../../domain/calendar/calendar-gaps.js';
import { CalendarConfirm } from '../../components/calendar-confirm.js';
import { Actions, ErrorSummary, Input, Radios, TextArea, type FieldErrors } from '../../components/form.js';
import type { RequestFollowUp } from '../../../domain/objections/list-follow-ups.js';
import { FollowUpPanel } from './case/follow-up.js';
import type { IntakeFacts } from '../../../domain/requests/open-intake-scan.js';
import { IntakeChannelFacts, IntakeScanFacts } from './intake-facts.js';
import { RegisterTable, RegisterYear } from '../../components/register-table.js';
import { BackofficeLayout, Csrf, tx, type View, tm } from '../../components/layout.js';
import { dateOnly } from '../../dates.js';

const day = (v: View, d: string) => formatLongDate(d, v.locale === 'en' ? 'en' : 'id');
const when = (v: View, d: Date) => dateOnly(v, d, 'medium');
const decisionText = (v: View, o: Pick<Objection, 'decision'>) => (o.decision ? tx(v, DECISION_LABELS[o.decision].id, DECISION_LABELS[o.decision].en) : '–');

export const ObjectionRegisterPage: FC<{ v: View; year: number; rows: ObjectionRegisterRow[] }> = ({ v, year, rows }) => {
  const title = `${tm(v, 'requests-objections.objections.objection_register')} ${year}`;
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>{tm(v, 'requests-objections.objections.every_objection_request_columns_objection')}</p>
      {can(v.actor, 'objection.intake') ? (
        <p>
          <a class="button" href="/admin/keberatan/baru">
            {tm(v, 'requests-objections.objections.record_objection')}
          </a>{' '}
          <span class="muted small">{tm(v, 'requests-intake.list.received_person_letter_email_phone')}</span>
        </p>
      ) : null}
      <RegisterYear
        v={v}
        action="/admin/keberatan"
        year={year}
        xlsx="/admin/keberatan/register.xlsx"
        download={tm(v, 'requests-objections.objections.download_objection_register_xlsx')}
      />
      {rows.length === 0 ? (
        <p class="muted">{tm(v, 'requests-objections.objections.no_objections_year')}</p>
      ) : (
        <RegisterTable title={title} heads={OBJECTION_REGISTER_COLUMNS.map((c) => c.head)}>
          {rows.map((r) => (
            <tr>
              {OBJECTION_REGISTER_COLUMNS.map((c) =>
                c.key === 'number' ? (
                  <td data-label={c.head}>
                    <a href={`/admin/keberatan/${r.id}`}>{r.number}</a>
                  </td>
                ) : (
                  <td data-label={c.head} class={c.key === 'applicant' || c.key === 'grounds' ? 'pre' : undefined}>
                    {c.key === 'receivedAt' ? when(v, r.receivedAt) : String(r[c.key]) || '–'}
                  </td>
                ),
              )}
            </tr>
          ))}
        </RegisterTable>
      )}
    </BackofficeLayout>
  );
};

export const ObjectionPage: FC<{
  v: View;
  objection: Objection;
  /** Null for ground b filed without a request (the applicant is then the objection's own). */
  request: InformationRequest | null;
  values?: Record<string, string>;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  followUps?: RequestFollowUp[];
  today?: string;
  /** Errors of the follow-up form (shown in its own section). */
  followUpErrors?: FieldErrors | undefined;
  /** intake-gaps: how the objection came in, and its scans (shown only when allowed). */
  intake?: IntakeFacts | undefined;
}> = ({ v, objection: o, request: r, values = {}, errors, message, followUps = [], today = '', followUpErrors, intake }) => {
  const title = `${tm(v, 'requests-tracking.citizen.objection')} ${o.number}`;
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>{tm(v, 'requests-case.summary.received')}</dt>
        <dd>{when(v, o.receivedAt)}</dd>
        {intake ? <IntakeChannelFacts v={v} intake={intake} /> : null}
        <dt>{tm(v, 'requests-objections.objections.answer_due')}</dt>
        <dd>{day(v, o.dueDate)}</dd>
        <dt>{tm(v, 'requests-case.page.request')}</dt>
        {r ? (
          <dd>
            {r.number} – {r.details}
          </dd>
        ) : (
          <>
            <dd>{tm(v, 'requests-objections.objections.no_request_art_35_1')}</dd>
            <dt>{tm(v, 'requests-intake.intake.information_must_published_but_was')}</dt>
            <dd class="pre">{o.unpublishedInformation}</dd>
          </>
        )}
        <dt>{tm(v, 'requests-case.facts.applicant')}</dt>
        <dd>
          {r
            ? r.name
            : [o.applicantName, o.applicantIdNumber ? `NIK ${o.applicantIdNumber}` : '', o.applicantAddress, o.applicantPhone, o.applicantEmail]
                .filter(Boolean)
                .join(' · ')}
          {o.proxyName ? ` (${tm(v, 'requests-objections.objections.proxy')}: ${o.proxyName})` : ''}
        </dd>
        <dt>{tm(v, 'requests-objections.objections.grounds')}</dt>
        <dd>
          <ul>
            {o.grounds.map((g) => (
              <li>
                {GROUND_LABELS[g].letter}. {tx(v, GROUND_LABELS[g].id, GROUND_LABELS[g].en)}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{tm(v, 'requests-intake.intake.what_happened')}</dt>
        <dd class="pre">{o.caseSummary}</dd>
        {intake ? <IntakeScanFacts v={v} intake={intake} base={`/admin/keberatan/${o.id}`} /> : null}
      </dl>
      {o.status === 'decided' ? (
        <section aria-labelledby="d-h">
          <h2 id="d-h">{tm(v, 'requests-case.facts.decision')}</h2>
          <p>
            <strong>{decisionText(v, o)}</strong> · {o.decidedByName} · {o.decidedAt ? when(v, o.decidedAt) : ''}
          </p>
          <p class="pre">{o.reasons}</p>
          <p>
            <a href={`/admin/keberatan/${o.id}/surat.pdf`}>{tm(v, 'requests-objections.objections.response_letter_pdf')}</a>
          </p>
          <FollowUpPanel
            v={v}
            followUps={followUps.filter((f) => f.objectionId === o.id)}
            from="keberatan"
            today={today}
            values={values}
            publish={!o.requestId}
            errors={followUpErrors}
            message={followUpErrors ? undefined : message}
          />
        </section>
      ) : can(v.actor, 'objection.decide') ? (
        <section aria-labelledby="d-h">
          <h2 id="d-h">{tm(v, 'requests-objections.objections.decide_objection')}</h2>
          <ErrorSummary v={v} errors={errors} message={message} />
          <form method="post" action={`/admin/keberatan/${o.id}/putusan`} novalidate class="form">
            <Csrf v={v} />
            <Radios
              name="decision"
              legend={tm(v, 'requests-case.facts.decision')}
              value={values.decision}
              errors={errors}
              options={OBJECTION_DECISIONS.map((d) => ({ value: d, label: tx(v, DECISION_LABELS[d].id, DECISION_LABELS[d].en) }))}
            />
            <TextArea
              name="reasons"
              label={tm(v, 'requests-objections.objections.reasons')}
              hint={tm(v, 'requests-objections.objections.required_when_ppid_s_decision')}
              value={values.reasons}
              errors={errors}
              rows={6}
              required
            />
            <TextArea
              name="followUp"
              label={`${tm(v, 'requests-objections.objections.order_ppid')} ${v.t('common.optional')}`}
              value={values.followUp}
              errors={errors}
              rows={3}
            />
            <Input
              name="followUpWorkingDays"
              type="number"
              inputmode="numeric"
              label={`${tm(v, 'requests-objections.objections.working_days_ppid_give_information')} ${v.t('common.optional')}`}
              hint={tm(v, 'requests-objections.objections.upheld_objections_law_sets_no', {
                bodyObjectionFollowUpWorkingDays: v.body?.objectionFollowUpWorkingDays ?? 10,
              })}
              value={values.followUpWorkingDays}
              errors={errors}
            />
            <CalendarConfirm v={v} form="decide" error={errors?.[CALENDAR_CONFIRM_FIELD]} checked={values.calendarGapConfirmed === '1'} />
            <Actions>
              <button type="submit">{tm(v, 'requests-objections.objections.save_decision_send_letter')}</button>
            </Actions>
          </form>
        </section>
      ) : (
        <p class="muted">{tm(v, 'requests-objections.objections.awaiting_decision_ppid_s_superior')}</p>
      )}
    </BackofficeLayout>
  );
};
