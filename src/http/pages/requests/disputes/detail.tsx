// One dispute with its stages, hearings, outcome, decision file and follow-up. No JavaScript needed.
import type { FC } from 'hono/jsx';
import type { StageDeadline } from '../../../../domain/disputes/stage-periods.js';
import { formatLongDate } from '../../../../domain/calendar/dates.js';
import type { DisputeView } from '../../../../domain/disputes/get-dispute.js';
import { DISPUTE_OUTCOME_LABELS, STAGE_LABELS } from '../../../../domain/disputes/labels.js';
import { DECISION_LABELS } from '../../../../domain/objections/objections.js';
import { ErrorSummary, type FieldErrors } from '../../../components/form.js';
import { BackofficeLayout, type View, tm } from '../../../components/layout.js';
import type { Values } from './register.js';
import { day } from './list.js';
import { DisputeActions } from './detail-actions.js';

/** Which form of the dispute page the errors and typed values belong to. */
export type DisputeForm = 'data' | 'stage' | 'hearing' | 'outcome' | 'appeal' | 'decision' | 'followup' | 'court';

export const DisputePage: FC<{
  v: View;
  dv: DisputeView;
  form?: DisputeForm | undefined;
  errors?: FieldErrors | undefined;
  typed?: Values | undefined;
  message?: string | undefined;
}> = ({ v, dv, form, errors, typed, message }) => {
  const d = dv.dispute;
  const title = `${tm(v, 'requests-disputes.detail.dispute')} ${d.caseNumber}`;
  const q = `/admin/sengketa/${d.id}`;
  const warn = dv.filing.status !== 'within';
  return (
    <BackofficeLayout v={v} title={title}>
      <p>
        <a href={`/admin/permohonan/${dv.request.id}`}>
          {tm(v, 'requests-disputes.detail.request')} {dv.request.number}
        </a>
      </p>
      <h1>{title}</h1>
      <div class="dip-status-line">
        <span class="dip-status dip-status-submitted">{STAGE_LABELS[d.stage][v.locale]}</span>
        {d.closedAt ? <span class="dip-status dip-status-draft">{tm(v, 'requests-disputes.detail.closed')}</span> : null}
      </div>
      {d.closedAt ? null : <StageDeadlineNote v={v} s={dv.stageDeadline} />}
      <ErrorSummary v={v} errors={errors} message={message} />
      <p class={warn ? 'warn-box' : 'notice-plain'}>{dv.filing.message[v.locale]}</p>
      {dv.release ? (
        <p class="warn-box">
          {!dv.release.released && d.outcome === 'dibuka'
            ? dv.release.finality === 'appealed'
              ? tm(v, 'requests-disputes.detail.ruling_opens_information_whose_refusal')
              : `${tm(v, 'requests-disputes.detail.ruling_opens_information_whose_refusal_2')} ${
                  d.appealLastDay
                    ? `${tm(v, 'requests-disputes.detail.last_day_appeal')} ${day(v, d.appealLastDay)}.`
                    : tm(v, 'requests-disputes.detail.record_day_ruling_was_received')
                }`
            : dv.release.released
              ? tm(v, 'requests-disputes.detail.outcome_opens_information_whose_refusal')
              : tm(v, 'requests-disputes.detail.outcome_opens_part_information_whose')}{' '}
          <a href={`/admin/uji-konsekuensi/${dv.release.consequenceTestId}`}>{tm(v, 'requests-case.facts.consequence_test')}</a>
        </p>
      ) : null}
      <dl class="facts">
        <dt>{tm(v, 'requests-case.page.request')}</dt>
        <dd>
          <a href={`/admin/permohonan/${dv.request.id}`}>{dv.request.number}</a> – {dv.request.details}
        </dd>
        <dt>{tm(v, 'requests-tracking.citizen.objection')}</dt>
        <dd>
          {dv.objection ? (
            <>
              <a href={`/admin/keberatan/${dv.objection.id}`}>{dv.objection.number}</a>
              {dv.objection.decision ? ` – ${DECISION_LABELS[dv.objection.decision][v.locale]}` : ` – ${tm(v, 'requests-disputes.detail.not_answered')}`}
            </>
          ) : (
            '–'
          )}
        </dd>
        <dt>{tm(v, 'requests-case.case-history.commission')}</dt>
        <dd>{d.commission}</dd>
        <dt>{tm(v, 'requests-case.case-history.case_number')}</dt>
        <dd>{d.caseNumber}</dd>
        <dt>{tm(v, 'requests-case.case-history.filed')}</dt>
        <dd>{day(v, d.filedOn)}</dd>
        <dt>{tm(v, 'requests-disputes.detail.body_s_representative')}</dt>
        <dd>{d.respondentRep || '–'}</dd>
        <dt>{tm(v, 'requests-case.case-history.outcome')}</dt>
        <dd>
          {d.outcome ? DISPUTE_OUTCOME_LABELS[d.outcome][v.locale] : tm(v, 'requests-case.case-history.none_yet')}
          {d.decidedOn ? ` (${day(v, d.decidedOn)})` : ''}
        </dd>
        {d.mediationResult ? (
          <>
            <dt>{tm(v, 'requests-disputes.detail.mediation_result')}</dt>
            <dd class="pre">{d.mediationResult}</dd>
          </>
        ) : null}
        {d.ruling ? (
          <>
            <dt>{tm(v, 'requests-disputes.detail.ruling')}</dt>
            <dd class="pre">{d.ruling}</dd>
          </>
        ) : null}
        <dt>{tm(v, 'requests-disputes.detail.decision_file')}</dt>
        <dd>{d.decisionSha256 ? <a href={`${q}/putusan.pdf`}>{d.decisionFilename ?? 'putusan.pdf'}</a> : '–'}</dd>
        {d.followUp ? (
          <>
            <dt>{tm(v, 'requests-disputes.detail-actions.follow_up')}</dt>
            <dd class="pre">{d.followUp}</dd>
          </>
        ) : null}
      </dl>

      <h2>{tm(v, 'requests-disputes.detail.hearings')}</h2>
      {d.hearings.length ? (
        <ul class="plain-list">
          {d.hearings.map((h) => (
            <li>
              <strong>{day(v, h.date)}</strong>
              {h.note ? <p class="pre">{h.note}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{tm(v, 'requests-disputes.detail.no_hearings_recorded_yet')}</p>
      )}

      {dv.may.manage ? <DisputeActions v={v} dv={dv} form={form} errors={errors} typed={typed} /> : null}
    </BackofficeLayout>
  );
};

/** The statutory deadline of the current stage (stage-periods.ts), with its unit and article. */
const StageDeadlineNote: FC<{ v: View; s: StageDeadline }> = ({ v, s }) => {
  const period = s.days
    ? s.unit === 'calendar'
      ? tm(v, 'requests-disputes.detail.calendar_days', { sDays: s.days })
      : tm(v, 'requests-disputes.detail.working_days', { sDays: s.days })
    : '';
  return (
    <p class="notice-plain" id="stage-deadline">
      <strong>{tm(v, 'requests-disputes.detail.deadline_stage')}</strong>
      {s.due
        ? formatLongDate(s.due, v.locale === 'en' ? 'en' : 'id')
        : s.days
          ? tm(v, 'requests-disputes.detail.not_yet_known_date_counted')
          : tm(v, 'requests-disputes.detail.none')}
      {' – '}
      {s.what[v.locale]}
      {period ? ` (${period}, ${s.basis})` : ` (${s.basis})`}.
    </p>
  );
};
