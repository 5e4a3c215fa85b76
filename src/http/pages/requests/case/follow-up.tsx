// The follow-up of a granted objection (the PPID gives the information by its own deadline): shown on the
// request's case page and on the objection page, with the "carried out" form for the PPID Utama.
import type { FC } from 'hono/jsx';
import { formatLongDate } from '../../../../domain/calendar/dates.js';
import type { RequestFollowUp } from '../../../../domain/objections/list-follow-ups.js';
import { can } from '../../../../policies/index.js';
import { Actions, ErrorSummary, Input, TextArea, type FieldErrors } from '../../../components/form.js';
import { Csrf, tx, type View } from '../../../components/layout.js';

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
      <h2 id="fu-h">{tx(v, 'Tindak lanjut putusan keberatan', 'Carrying out the objection decision')}</h2>
      {followUps.map((f) => (
        <div>
          <p>
            {publish
              ? tx(
                  v,
                  `Keberatan ${f.objectionNumber}: PPID mengumumkan informasi yang belum diumumkan paling lambat `,
                  `Objection ${f.objectionNumber}: the PPID publishes the information that was not published by `,
                )
              : tx(
                  v,
                  `Keberatan ${f.objectionNumber}: PPID memberikan informasi paling lambat `,
                  `Objection ${f.objectionNumber}: the PPID gives the information by `,
                )}
            <strong>{day(v, f.dueDate)}</strong>
            {tx(
              v,
              ` (${f.workingDays} hari kerja sejak keputusan, ${f.fromDecision ? 'menurut keputusan Atasan PPID' : 'ketentuan badan publik'}).`,
              ` (${f.workingDays} working days from the decision, ${f.fromDecision ? "as the Atasan PPID's decision set" : "the body's default"}).`,
            )}{' '}
            {f.status === 'done' ? (
              <span class="dip-status dip-status-published">{tx(v, 'Selesai', 'Done')}</span>
            ) : f.overdue ? (
              <span class="dip-status dip-status-unpublished">{tx(v, 'Terlambat', 'Overdue')}</span>
            ) : (
              <span class="dip-status dip-status-returned">{tx(v, 'Belum dilaksanakan', 'Not yet carried out')}</span>
            )}
          </p>
          {f.status === 'done' ? (
            <p>
              {publish ? tx(v, 'Informasi diumumkan pada ', 'Information published on ') : tx(v, 'Informasi diberikan pada ', 'Information given on ')}
              {day(v, f.doneOn!)}
              {f.doneByName ? ` · ${f.doneByName}` : ''}
              {f.noticeId ? tx(v, ' · bersama pemberitahuan tertulis permohonan', ' · with the written notice of the request') : ''}
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
                label={
                  publish
                    ? tx(v, 'Tanggal informasi diumumkan', 'Date the information was published')
                    : tx(v, 'Tanggal informasi diberikan', 'Date the information was given')
                }
                value={values.givenOn ?? today}
                errors={errors}
                required
              />
              <TextArea
                name="note"
                label={`${
                  publish
                    ? tx(v, 'Catatan (di mana diumumkan, misalnya alamat laman)', 'Note (where it was published, e.g. the web address)')
                    : tx(v, 'Catatan (cara dan bentuk penyerahan)', 'Note (how and in what form it was handed over)')
                } ${v.t('common.optional')}`}
                value={values.note}
                errors={errors}
                rows={2}
              />
              <Actions>
                <button type="submit">{tx(v, 'Catat: putusan dilaksanakan', 'Record: decision carried out')}</button>
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
  if (open) return <span class="small">{tx(v, ` · tindak lanjut keberatan s.d. ${day(v, open)}`, ` · objection follow-up due ${day(v, open)}`)}</span>;
  if (followUps?.length) return <span class="small">{tx(v, ' · putusan keberatan telah dilaksanakan', ' · objection decision carried out')}</span>;
  return null;
};
