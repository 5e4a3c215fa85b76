// The working-day calendar: dates on which the KIP clock does not run (kip-domain.md §8).
import { sql } from 'drizzle-orm';
import { boolean, check, date, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const NON_WORKING_DAY_KINDS = ['libur_nasional', 'cuti_bersama', 'libur_lokal'] as const;
export type NonWorkingDayKind = (typeof NON_WORKING_DAY_KINDS)[number];

// One row per (date, name): a local holiday may fall on a national one and both stay on record.
// The unique index also serves range reads by date.
export const nonWorkingDays = pgTable(
  'non_working_days',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: NON_WORKING_DAY_KINDS }).notNull(),
    name: text('name').notNull(),
    /** Legal basis, e.g. the SKB number. */
    source: text('source').notNull().default(''),
    /** False keeps the date on record without stopping the clock (kip-domain.md §8.1; default: it stops). */
    stopsClock: boolean('stops_clock').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('non_working_days_date_name_idx').on(t.date, t.name),
    check('non_working_days_kind_check', sql`${t.kind} in ('libur_nasional', 'cuti_bersama', 'libur_lokal')`),
  ],
);
