// The official copy of each letter issued with an electronic signature: signed once, then served as stored,
// so that every download gives the same bytes (src/letters/official.ts).
import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { informationRequests } from './requests.js';

export const signedLetters = pgTable(
  'signed_letters',
  {
    /** Which letter: pemberitahuan, penolakan, perpanjangan, tanggapan-keberatan, penetapan-uji, … */
    kind: text('kind').notNull(),
    /** The id of the case or record the letter belongs to (request, objection, consequence test). */
    ref: text('ref').notNull(),
    /** The signed PDF in the blob store. */
    pdfSha256: text('pdf_sha256').notNull(),
    size: integer('size').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    /** The certificate's subject common name and serial number, for the record. */
    certificateName: text('certificate_name').notNull(),
    certificateSerial: text('certificate_serial').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.ref] })],
);

/**
 * A letter printed and signed by hand, scanned and attached to its request by the officer (when no
 * certificate signs letters): shown in the case history, downloadable by the staff who may see the case's
 * letters.
 */
export const letterScans = pgTable('letter_scans', {
  id: uuid('id').primaryKey().defaultRandom(),
  requestId: uuid('request_id')
    .notNull()
    .references(() => informationRequests.id, { onDelete: 'cascade' }),
  /** Which letter was signed: pemberitahuan, penolakan, perpanjangan, tanggapan-keberatan or lain. */
  letterKind: text('letter_kind').notNull(),
  scanSha256: text('scan_sha256').notNull(),
  mime: text('mime').notNull(),
  filename: text('filename').notNull(),
  size: integer('size').notNull(),
  uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
});
