// From 1 October, the administrators are reminded that next year's holiday calendar is not loaded: a notice
// on the back-office dashboard, and an email through the outbox at most once every 7 days (run by the daily
// reminders, domain/reminders/reminders.ts). What was sent is kept in `reminders_sent`.
import { and, eq, gt, isNull, like, sql } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { remindersSent, users } from '../../db/schema/index.js';
import { enqueueMail } from '../../mail/enqueue.js';
import { recordAudit } from '../audit/record-audit.js';
import { getPublicBody } from '../org/public-body.js';
import { yearsWithCalendar } from './calendar-gaps.js';
import { addDays, yearOf } from './dates.js';

export const REMIND_FROM_MONTH_DAY = '10-01';
export const REMIND_EVERY_DAYS = 7;

/** The next year when `today` is on or after 1 October and that year has no calendar entry; else null. */
export async function missingNextYear(ctx: Pick<Ctx, 'db'>, today: string): Promise<number | null> {
  if (today.slice(5) < REMIND_FROM_MONTH_DAY) return null;
  const next = yearOf(today) + 1;
  return (await yearsWithCalendar(ctx, [next])).has(next) ? null : next;
}

/** Queues the reminder email to each unlocked administrator not reminded in the last 7 days; the count sent. */
export async function remindMissingCalendar(ctx: Ctx, today: string): Promise<{ year: number | null; sent: number }> {
  const year = await missingNextYear(ctx, today);
  if (year === null) return { year, sent: 0 };
  const admins = await ctx.db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(and(isNull(users.lockedAt), sql`'admin' = any(${users.roles})`));
  if (!admins.length) return { year, sent: 0 };
  const base = ctx.settings.baseUrl.replace(/\/+$/, '');
  const body = (await getPublicBody(ctx.db))?.name ?? 'PPID';
  let sent = 0;
  for (const u of admins) {
    await inTransaction(ctx, async (t) => {
      const [recent] = await t.db
        .select({ day: remindersSent.day })
        .from(remindersSent)
        .where(
          and(
            eq(remindersSent.userId, u.id),
            eq(remindersSent.kind, 'calendar_missing'),
            like(remindersSent.caseKey, `calendar:${year}:%`),
            gt(remindersSent.day, addDays(today, -REMIND_EVERY_DAYS)),
          ),
        )
        .limit(1);
      if (recent) return;
      const [fresh] = await t.db
        .insert(remindersSent)
        .values({ userId: u.id, kind: 'calendar_missing', caseKey: `calendar:${year}:${today}`, day: today, sentAt: t.clock.now() })
        .onConflictDoNothing()
        .returning({ userId: remindersSent.userId });
      if (!fresh) return;
      await enqueueMail(t, {
        to: u.email,
        toName: u.name,
        locale: u.locale,
        template: 'calendar_missing',
        params: { name: u.name, year, link: `${base}/admin/kalender/impor`, body },
      });
      await recordAudit(t, { action: 'calendar.missing_reminded', entityType: 'user', entityId: u.id, after: { year, day: today } });
      sent++;
    });
  }
  return { year, sent };
}
