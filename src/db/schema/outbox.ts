// Transactional outbox for email: written in the same transaction as the change that causes it.
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: text('message_id').notNull().unique(),
    toAddress: text('to_address').notNull(),
    toName: text('to_name').notNull().default(''),
    locale: text('locale').notNull().default('id'),
    template: text('template').notNull(),
    subject: text('subject').notNull(),
    // Holds SECRET_PLACEHOLDER where a secret (tracking code, reset / sign-in / invitation token) goes.
    textBody: text('text_body').notNull(),
    // That secret, encrypted with the envelope keys (src/mail/secret.ts); filled in at send time only.
    secret: text('secret'),
    // pending -> sent | failed (after the last retry; an administrator can queue it again)
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lockedBy: text('locked_by'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('outbox_due_idx').on(t.status, t.nextAttemptAt)],
);
