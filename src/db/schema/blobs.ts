// Metadata of content-addressed files kept in the blob store.
import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const blobs = pgTable('blobs', {
  sha256: text('sha256').primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  mime: text('mime').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Blob garbage collection (src/domain/blobs/gc.ts): a stored file that no row refers to is noted here the
 * first time a run sees it so, and deleted only when it is still unreferenced a grace period later. A file
 * referred to again loses its mark. Left out of backups: a restore starts the grace period afresh.
 */
export const blobGcMarks = pgTable('blob_gc_marks', {
  key: text('key').primaryKey(),
  firstSeenUnreferencedAt: timestamp('first_seen_unreferenced_at', { withTimezone: true }).notNull(),
});
