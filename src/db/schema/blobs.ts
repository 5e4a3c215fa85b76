// Metadata of content-addressed files kept in the blob store.
import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const blobs = pgTable('blobs', {
  sha256: text('sha256').primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  mime: text('mime').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
