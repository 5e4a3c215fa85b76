// Back-office overview (dashboard): the work queue, pending mail and reminders.
import type { Child, FC } from 'hono/jsx';
import { can } from '../../../policies/index.js';
import { BackofficeLayout, tx, type View } from '../../components/layout.js';
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
            {tx(
              v,
              `Kalender hari libur tahun ${missingCalendarYear} belum dimuat. Tenggat yang melewati 1 Januari ${missingCalendarYear} dapat terlalu awal.`,
              `The holiday calendar for ${missingCalendarYear} has not been loaded. Deadlines that cross 1 January ${missingCalendarYear} may be too early.`,
            )}{' '}
            {can(v.actor, 'calendar.manage') ? (
              <a href="/admin/kalender/impor">{tx(v, 'Impor dari berkas', 'Import from a file')}</a>
            ) : (
              tx(v, 'Minta administrator memuatnya.', 'Ask the administrator to load it.')
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
