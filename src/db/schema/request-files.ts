// Files that travel through a request case (issue 13 item 2): the unit's answer and the written notice
// carry files — chosen from a published DIP entry, uploaded, or a redacted copy from the redaction tool.
// A file reaches the applicant only once the PPID releases it with the written notice; every download by
// the applicant is logged, and the handover of copies given in person or sent is recorded. Published DIP
// entries made from an answered request are linked back to it (issue 13 item 3: "pernah dimohon").
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { dipDocuments, dipEntries } from './dip.js';
import { redactions } from './classification.js';
import { requestDispositions } from './request-handling.js';
import { informationRequests } from './requests.js';

export const REQUEST_FILE_SOURCES = ['upload', 'dip', 'redaction'] as const;
export type RequestFileSource = (typeof REQUEST_FILE_SOURCES)[number];

export const requestFiles = pgTable(
  'request_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => informationRequests.id, { onDelete: 'cascade' }),
    /** The unit's answer the file came with; null when the PPID attached it to the notice directly. */
    dispositionId: uuid('disposition_id').references(() => requestDispositions.id, { onDelete: 'set null' }),
    source: text('source').$type<RequestFileSource>().notNull(),
    dipDocumentId: uuid('dip_document_id').references(() => dipDocuments.id, { onDelete: 'set null' }),
    redactionId: uuid('redaction_id').references(() => redactions.id, { onDelete: 'set null' }),
    sha256: text('sha256').notNull(),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    /** Declared by whoever attached it: holds exempt or classified content, so it may only go out redacted. */
    exempt: boolean('exempt').notNull().default(false),
    attachedBy: uuid('attached_by').references(() => users.id, { onDelete: 'set null' }),
    attachedAt: timestamp('attached_at', { withTimezone: true }).notNull(),
    /** Released to the applicant with the written notice (policy request.file_release). */
    releasedAt: timestamp('released_at', { withTimezone: true }),
    releasedBy: uuid('released_by').references(() => users.id, { onDelete: 'set null' }),
    /**
     * Removed before release, as attached by mistake (remove-request-file.ts): the row stays for the case
     * history, its bytes go (sha256 emptied, so that garbage collection frees the blob no other row uses).
     */
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedBy: uuid('removed_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('request_files_request').on(t.requestId, t.attachedAt), index('request_files_sha').on(t.sha256)],
);

export const DOWNLOAD_VIAS = ['tracking', 'account'] as const;
export type DownloadVia = (typeof DOWNLOAD_VIAS)[number];

/** Every download of a released file by the applicant. */
export const requestFileDownloads = pgTable(
  'request_file_downloads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => requestFiles.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id')
      .notNull()
      .references(() => informationRequests.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    via: text('via').$type<DownloadVia>().notNull(),
  },
  (t) => [index('request_file_downloads_request').on(t.requestId, t.at)],
);

/** How the information was handed over (UU KIP Ps 22(7)(c)–(d); Perki 1/2021 register). */
export const HANDOVER_METHODS = ['langsung', 'pos', 'email', 'unduh'] as const;
export type HandoverMethod = (typeof HANDOVER_METHODS)[number];

export const requestHandovers = pgTable(
  'request_handovers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => informationRequests.id, { onDelete: 'cascade' }),
    method: text('method').$type<HandoverMethod>().notNull(),
    handedOn: date('handed_on', { mode: 'string' }).notNull(),
    /** Who received it (in person) or the addressee (post): personal data, staff only. */
    recipient: text('recipient').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('request_handovers_request').on(t.requestId)],
);

/** A DIP entry made from an answered request ("Terbitkan ke DIP"); counted for "informasi yang pernah dimohon". */
export const dipEntryRequests = pgTable(
  'dip_entry_requests',
  {
    entryId: uuid('entry_id')
      .notNull()
      .references(() => dipEntries.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id')
      .notNull()
      .references(() => informationRequests.id, { onDelete: 'cascade' }),
    linkedAt: timestamp('linked_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.requestId] }), index('dip_entry_requests_request').on(t.requestId)],
);
