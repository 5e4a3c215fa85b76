// What citizens search for, per month, without anyone's data: the normalised query text and counts. No IP,
// no session, no user; queries that look like personal data are cut before they get here
// (src/domain/search-log/query-log.ts). Not read by the portal, so not under the public generation.
import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { units } from './org.js';

export const searchQueryStats = pgTable(
  'search_query_stats',
  {
    /** YYYY-MM in the body's time zone. */
    month: text('month').notNull(),
    /** Normalised query (lower case, single spaces, personal-data-like parts removed), at most 100 characters. */
    query: text('query').notNull(),
    searches: integer('searches').notNull().default(0),
    /** Searches that found nothing (a spelling suggestion's hits do not count as found). */
    zeroResults: integer('zero_results').notNull().default(0),
    /** Result links opened from the first page of this query (the ping of the link), never more than searches. */
    clicks: integer('clicks').notNull().default(0),
    /** The result count of the latest search. */
    lastTotal: integer('last_total').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.query] })],
);

/** A note from the PPID Utama to the unit that should publish what a query looked for (mailed to its PPID Pembantu). */
export const searchQueryNotes = pgTable(
  'search_query_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    month: text('month').notNull(),
    query: text('query').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    note: text('note').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** How many officers of the unit the note was mailed to. */
    recipients: integer('recipients').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('search_query_notes_query_idx').on(t.month, t.query)],
);
