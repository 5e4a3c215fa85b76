// What the public forms' limits keep: the anti-bot form tokens already used (each form served once).
import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per form token that was used for an accepted submission; a second submission with the same token
 * finds the row and is refused. Rows are kept until the token could no longer be used anyway (expiresAt),
 * then pruned. Not in backups: transient, and worthless after a day.
 */
export const spentFormTokens = pgTable(
  'spent_form_tokens',
  {
    /** sha256 of the token (the token itself is a signed timestamp with a random part). */
    tokenHash: text('token_hash').primaryKey(),
    spentAt: timestamp('spent_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('spent_form_tokens_expires_idx').on(t.expiresAt)],
);
