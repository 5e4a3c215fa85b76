// The table of files encrypted at rest (classified documents, identity scans, letters signed by hand): its
// own module, since both the request and the classification tables refer to it.
import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A file encrypted at rest (AES-256-GCM with its own data key). The blob store holds only the ciphertext
 * (`iv ‖ ciphertext ‖ tag`) under the sha256 of those bytes; the data key is kept here wrapped by the
 * master key `keyId`. `qgesy keys rotate` rewrites `wrappedKey` and `keyId` and never touches the blob.
 */
export const encryptedFiles = pgTable(
  'encrypted_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** sha256 of the ciphertext: the blob-store key. */
    blobSha256: text('blob_sha256').notNull(),
    /** base64 of `iv ‖ wrapped data key ‖ tag`, AES-256-GCM under the master key. */
    wrappedKey: text('wrapped_key').notNull(),
    /** Which master key wrapped it (first 16 hex digits of the sha256 of the key). */
    keyId: text('key_id').notNull(),
    /** Size of the plaintext in bytes. */
    size: bigint('size', { mode: 'number' }).notNull(),
    mime: text('mime').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('encrypted_files_key_idx').on(t.keyId)],
);
