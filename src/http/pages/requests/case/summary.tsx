// The top of the request case page: number, status, the deadline with the working days left, and (once
// answered) the decision with its letters.
import type { FC } from 'hono/jsx';
import { OUTCOME_LABELS } from '../../../../domain/requests/labels.js';
import type { RequestCase } from '../../../../domain/requests/request-case.js';
import { dateTime } from '../../../dates.js';
import { tx, type View } from '../../../components/layout.js';
import { PageHeader } from '../../../components/page-header.js';
import { casePath, DeadlineBadgeView, longDate, STATUS } from './shared.js';
import { FollowUpDueNote } from './follow-up.js'; // objections: follow-up status

function daysLeft(v: View, c: RequestCase): string {
  const n = c.workingDaysLeft;
  if (c.badge === 'done') return '';
  if (n > 0) return tx(v, `sisa ${n} hari kerja`, `${n} working day${n === 1 ? '' : 's'} left`);
  if (n === 0) return tx(v, 'hari ini hari terakhir', 'today is the last day');
  return tx(v, `terlambat ${-n} hari kerja`, `${-n} working day${n === -1 ? '' : 's'} late`);
}

export const CaseSummary: FC<{ v: View; c: RequestCase; title: string }> = ({ v, c, title }) => {
  const r = c.request;
  const left = daysLeft(v, c);
  return (
    <div class="case-summary">
      <PageHeader v={v} back={{ href: '/admin/permohonan', label: tx(v, '← Semua permohonan', '← All requests') }} title={title} />
      <div class="dip-status-line">
        <span class="dip-status dip-status-submitted">{tx(v, ...STATUS[r.status])}</span>
        <DeadlineBadgeView v={v} badge={c.badge} />
        {/* objections: follow-up status */ <FollowUpDueNote v={v} followUps={c.followUps} />}
      </div>
      <dl class="facts">
        <dt>{tx(v, 'Batas waktu pemberitahuan tertulis', 'Written notice due')}</dt>
        <dd>
          <strong>{longDate(v, r.dueDate)}</strong>
          {left ? ` (${left})` : ''}
          {r.dueDateBeforeExtension ? (
            <span class="muted small block">
              {tx(v, 'Diperpanjang 7 hari kerja dari', 'Extended by 7 working days from')} {longDate(v, r.dueDateBeforeExtension)}
            </span>
          ) : null}
        </dd>
        {c.response ? (
          <>
            <dt>{tx(v, 'Keputusan', 'Decision')}</dt>
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
        {tx(v, 'Diterima', 'Received')} {dateTime(v, r.receivedAt)} · {tx(v, 'hari ke-0', 'day 0')}: {longDate(v, r.startDate)} · {tx(v, 'kanal', 'channel')}:{' '}
        {r.channel} · {tx(v, 'ditujukan kepada', 'addressed to')}{' '}
        {c.addressedUnit ?? tx(v, 'PPID Utama (unit tidak dipilih pemohon)', 'Lead PPID (no agency chosen)')}
      </p>
      {c.response && c.may.letters ? (
        <ul class="inline-list">
          <li>
            <a href={`${casePath(c)}/surat/pemberitahuan.pdf`}>{tx(v, 'Pemberitahuan tertulis (PDF)', 'Written notice (PDF)')}</a>
          </li>
          {c.response.refusalNumber ? (
            <li>
              <a href={`${casePath(c)}/surat/penolakan.pdf`}>{tx(v, 'Surat keputusan penolakan (PDF)', 'Refusal decision (PDF)')}</a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
};
