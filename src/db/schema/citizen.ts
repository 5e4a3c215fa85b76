// The optional citizen account: no password, a one-time sign-in link sent by email, and a session of its
// own (separate from the staff's) that lists the requests filed with that email address.
import { boolean, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per link asked for, also when the address has no request (then nothing is mailed): the rate
 * limits count rows, and must count the same whether or not the address is known.
 */
export const citizenSignInLinks = pgTable(
  'citizen_sign_in_links',
  {
    /** sha256 of the token in the link; the token itself is only in the email. */
    tokenHash: text('token_hash').primaryKey(),
    /** Lower-cased. */
    email: text('email').notNull(),
    /** Keyed hash of the asker's address, for the per-address limit. */
    ipHash: text('ip_hash').notNull().default(''),
    mailed: boolean('mailed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('citizen_links_email_idx').on(t.email, t.createdAt), index('citizen_links_ip_idx').on(t.ipHash, t.createdAt)],
);

export const citizenSessions = pgTable(
  'citizen_sessions',
  {
    /** sha256 of the cookie token. */
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('citizen_sessions_expires_idx').on(t.expiresAt)],
);
