// The top of the request case page: number, status, the deadline with the working days left, and (once
// answered) the decision with its letters.
import type { FC } from 'hono/jsx';
import { OUTCOME_LABELS } from '../../../../domain/requests/labels.js';
import type { RequestCase } from '../../../../domain/requests/request-case.js';
import { dateTime } from '../../../dates.js';
import { tx, type View, tm } from '../../../components/layout.js';
import { PageHeader } from '../../../components/page-header.js';
import { casePath, DeadlineBadgeView, longDate, STATUS } from './shared.js';
import { FollowUpDueNote } from './follow-up.js'; // objections: follow-up status

function daysLeft(v: View, c: RequestCase): string {
  const n = c.workingDaysLeft;
  if (c.badge === 'done') return '';
  if (n > 0) return tx(v, `sisa ${n} hari kerja`, `${n} working day${n === 1 ? '' : 's'} left`);
  if (n === 0) return tm(v, 'requests-case.summary.today_last_day');
  return tx(v, `terlambat ${-n} hari kerja`, `${-n} working day${n === -1 ? '' : 's'} late`);
}

export const CaseSummary: FC<{ v: View; c: RequestCase; title: string }> = ({ v, c, title }) => {
  const r = c.request;
  const left = daysLeft(v, c);
  return (
    <div class="case-summary">
      <PageHeader v={v} back={{ href: '/admin/permohonan', label: tm(v, 'requests-case.summary.all_requests') }} title={title} />
      <div class="dip-status-line">
        <span class="dip-status dip-status-submitted">{tx(v, ...STATUS[r.status])}</span>
        <DeadlineBadgeView v={v} badge={c.badge} />
        {/* objections: follow-up status */ <FollowUpDueNote v={v} followUps={c.followUps} />}
      </div>
      <dl class="facts">
        <dt>{tm(v, 'requests-case.summary.written_notice_due')}</dt>
        <dd>
          <strong>{longDate(v, r.dueDate)}</strong>
          {left ? ` (${left})` : ''}
          {r.dueDateBeforeExtension ? (
            <span class="muted small block">
              {tm(v, 'requests-case.summary.extended_7_working_days_from')} {longDate(v, r.dueDateBeforeExtension)}
            </span>
          ) : null}
        </dd>
        {c.response ? (
          <>
            <dt>{tm(v, 'requests-case.facts.decision')}</dt>
            <dd>
              {OUTCOME_LABELS[c.response.outcome][v.locale]}
              <span class="muted small block">
                {c.response.noticeNumber}, {longDate(v, c.response.noticeDate)}
              </span>
            </dd>
          </>
        ) : null}
      </dl>
      <p class="muted small">
        {tm(v, 'requests-case.summary.received')} {dateTime(v, r.receivedAt)} · {tm(v, 'requests-case.summary.day_0')}: {longDate(v, r.startDate)} ·{' '}
        {tm(v, 'requests-case.summary.channel')}: {r.channel} · {tm(v, 'requests-case.summary.addressed')}{' '}
        {c.addressedUnit ?? tm(v, 'requests-case.summary.lead_ppid_no_agency_chosen')}
      </p>
      {c.response && c.may.letters ? (
        <ul class="inline-list">
          <li>
            <a href={`${casePath(c)}/surat/pemberitahuan.pdf`}>{tm(v, 'requests-case.summary.written_notice_pdf')}</a>
          </li>
          {c.response.refusalNumber ? (
            <li>
              <a href={`${casePath(c)}/surat/penolakan.pdf`}>{tm(v, 'requests-case.summary.refusal_decision_pdf')}</a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
};
