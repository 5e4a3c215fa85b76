// The official copy of each letter issued with an electronic signature: signed once, then served as stored,
// so that every download gives the same bytes (src/letters/official.ts).
import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

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
