// What the daily reminder job has sent, so that running it twice on a day sends nothing new: one row per
// recipient and key (a digest per day, an escalation per overdue case).
import { date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';

/** `calendar_missing`: next year's holiday calendar is not loaded (from 1 October, to the administrators). */
export const REMINDER_KINDS = ['digest', 'escalation', 'calendar_missing'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const remindersSent = pgTable(
  'reminders_sent',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ReminderKind>().notNull(),
    /** A digest: the working day (YYYY-MM-DD). An escalation: the case, e.g. `request:<uuid>`. */
    caseKey: text('case_key').notNull(),
    /** The working day of the run that sent it, in the body's time zone. */
    day: date('day', { mode: 'string' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind, t.caseKey] })],
);
