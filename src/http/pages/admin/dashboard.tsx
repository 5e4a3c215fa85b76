// Back-office overview (dashboard): the work queue, pending mail and reminders.
import type { Child, FC } from 'hono/jsx';
import { can } from '../../../policies/index.js';
import { BackofficeLayout, type View, tm } from '../../components/layout.js';
import { roleLabel } from './users.js';

export const DashboardPage: FC<{
  v: View;
  unitName: string | null;
  pendingMail: number | null;
  smtpConfigured: boolean;
  /** From 1 October: next year, when its holiday calendar is not loaded. */
  missingCalendarYear?: number | null;
  extra?: Child;
  /** work-queue: "Perlu tindakan Anda" (pages/admin/work-queue.tsx). */
  queue?: Child;
}> = ({ v, unitName, pendingMail, smtpConfigured, missingCalendarYear, extra, queue }) => {
  const a = v.actor.kind === 'user' ? v.actor : null;
  return (
    <BackofficeLayout v={v} title={v.t('bo.dashboard')}>
      <h1>{v.t('bo.dashboard')}</h1>
      {missingCalendarYear ? (
        <div class="warn-box calendar-missing" role="note">
          <p>
            {tm(v, 'admin.dashboard.holiday_calendar_has_not_been', { missingCalendarYear })}{' '}
            {can(v.actor, 'calendar.manage') ? (
              <a href="/admin/kalender/impor">{tm(v, 'admin.dashboard.import_from_file')}</a>
            ) : (
              tm(v, 'admin.dashboard.ask_administrator_load')
            )}
          </p>
        </div>
      ) : null}
      <p class="lead">{v.t('bo.welcome', { name: a?.name ?? '' })}</p>
      {queue}
      <dl class="facts">
        <dt>{v.t('bo.roles')}</dt>
        <dd>{a?.roles.map((r) => roleLabel(v, r)).join(', ')}</dd>
        <dt>{v.t('bo.unit')}</dt>
        <dd>{unitName ?? v.t('bo.no_unit')}</dd>
      </dl>
      {pendingMail !== null ? (
        <div class="card">
          <p>{v.t('bo.outbox_pending', { n: pendingMail })}</p>
          {!smtpConfigured ? <p class="warn">{v.t('bo.smtp_off')}</p> : null}
          <p>
            <a href="/admin/kotak-keluar">{v.t('bo.outbox')}</a>
          </p>
        </div>
      ) : null}
      {extra}
    </BackofficeLayout>
  );
};
