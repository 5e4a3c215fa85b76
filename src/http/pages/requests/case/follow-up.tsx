// The follow-up of a granted objection (the PPID gives the information by its own deadline): shown on the
// request's case page and on the objection page, with the "carried out" form for the PPID Utama.
import type { FC } from 'hono/jsx';
import { formatLongDate } from '../../../../domain/calendar/dates.js';
import type { RequestFollowUp } from '../../../../domain/objections/list-follow-ups.js';
import { can } from '../../../../policies/index.js';
import { Actions, ErrorSummary, Input, TextArea, type FieldErrors } from '../../../components/form.js';
import { Csrf, tx, type View, tm } from '../../../components/layout.js';

const day = (v: View, d: string) => formatLongDate(d, v.locale === 'en' ? 'en' : 'id');

export const FollowUpPanel: FC<{
  v: View;
  followUps: RequestFollowUp[];
  /** Where the form came from, so that the answer returns there. */
  from: 'permohonan' | 'keberatan';
  today: string;
  values?: Record<string, string>;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  /** Ground b without a request: the decision orders the information published, not given to an applicant. */
  publish?: boolean;
}> = ({ v, followUps, from, today, values = {}, errors, message, publish = false }) => {
  if (!followUps.length) return null;
  return (
    <section aria-labelledby="fu-h" class="follow-up">
      <h2 id="fu-h">{tm(v, 'requests-case.follow-up.carrying_out_objection_decision')}</h2>
      {followUps.map((f) => (
        <div>
          <p>
            {publish
              ? tm(v, 'requests-case.follow-up.objection_ppid_publishes_information_was', { fObjectionNumber: f.objectionNumber })
              : tm(v, 'requests-case.follow-up.objection_ppid_gives_information', { fObjectionNumber: f.objectionNumber })}
            <strong>{day(v, f.dueDate)}</strong>
            {tx(
              v,
              ` (${f.workingDays} hari kerja sejak keputusan, ${f.fromDecision ? 'menurut keputusan Atasan PPID' : 'ketentuan badan publik'}).`,
              ` (${f.workingDays} working days from the decision, ${f.fromDecision ? "as the Atasan PPID's decision set" : "the body's default"}).`,
            )}{' '}
            {f.status === 'done' ? (
              <span class="dip-status dip-status-published">{tm(v, 'requests-case.follow-up.done')}</span>
            ) : f.overdue ? (
              <span class="dip-status dip-status-unpublished">{tm(v, 'requests-case.follow-up.overdue')}</span>
            ) : (
              <span class="dip-status dip-status-returned">{tm(v, 'requests-case.follow-up.not_yet_carried_out')}</span>
            )}
          </p>
          {f.status === 'done' ? (
            <p>
              {publish ? tm(v, 'requests-case.follow-up.information_published') : tm(v, 'requests-case.follow-up.information_given')}
              {day(v, f.doneOn!)}
              {f.doneByName ? ` · ${f.doneByName}` : ''}
              {f.noticeId ? tm(v, 'requests-case.follow-up.written_notice_request') : ''}
              {f.doneNote ? <span class="pre">{` – ${f.doneNote}`}</span> : null}
            </p>
          ) : can(v.actor, 'objection.follow_up') ? (
            <form method="post" action={`/admin/keberatan/${f.objectionId}/tindak-lanjut`} novalidate class="form">
              <Csrf v={v} />
              <input type="hidden" name="dari" value={from} />
              <ErrorSummary v={v} errors={errors} message={message} />
              <Input
                name="givenOn"
                type="date"
                label={publish ? tm(v, 'requests-case.follow-up.date_information_was_published') : tm(v, 'requests-case.follow-up.date_information_was_given')}
                value={values.givenOn ?? today}
                errors={errors}
                required
              />
              <TextArea
                name="note"
                label={`${
                  publish ? tm(v, 'requests-case.follow-up.note_where_was_published_e') : tm(v, 'requests-case.follow-up.note_how_what_form_was')
                } ${v.t('common.optional')}`}
                value={values.note}
                errors={errors}
                rows={2}
              />
              <Actions>
                <button type="submit">{tm(v, 'requests-case.follow-up.record_decision_carried_out')}</button>
              </Actions>
            </form>
          ) : null}
        </div>
      ))}
    </section>
  );
};

/** Next to a request's deadline: the follow-up's date, which governs once an objection was granted. */
export const FollowUpDueNote: FC<{ v: View; due?: string | null; followUps?: RequestFollowUp[] }> = ({ v, due, followUps }) => {
  const open =
    due ??
    followUps
      ?.filter((f) => f.status === 'open')
      .map((f) => f.dueDate)
      .sort()[0];
  if (open) return <span class="small">{tm(v, 'requests-case.follow-up.objection_follow_up_due', { dayOpen: day(v, open) })}</span>;
  if (followUps?.length) return <span class="small">{tm(v, 'requests-case.follow-up.objection_decision_carried_out')}</span>;
  return null;
};
