// Requests for information (permohonan informasi, UU KIP Ps 22): the request with the applicant's
// details, its registration counter per year, and the steps of its case history.
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { encryptedFiles } from './encrypted-files.js';
import { units } from './org.js';

export const APPLICANT_TYPES = ['perorangan', 'badan_hukum', 'kelompok'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];
/** Cara memperoleh informasi (Perki 1/2010 form). */
export const OBTAIN_METHODS = ['melihat', 'salinan'] as const;
export type ObtainMethod = (typeof OBTAIN_METHODS)[number];
export const COPY_FORMATS = ['softcopy', 'hardcopy'] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];
/** Cara mendapatkan salinan informasi. */
export const DELIVERY_METHODS = ['email', 'ambil_langsung', 'pos', 'kurir', 'faksimili'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
/** How a request reached the body: the citizen's web form, or entered by staff (walk-in, email, letter, phone, fax). */
export const REQUEST_CHANNELS = ['web', 'langsung', 'email', 'surat', 'telepon', 'faks'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
export const REQUEST_STATUSES = ['received', 'in_progress', 'extended', 'answered', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const informationRequests = pgTable(
  'information_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Registration number as shown, e.g. 001/PPID/XI/2026; unique. */
    number: text('number').notNull().unique(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    /** sha256 of the secret tracking token; the token itself is only in the applicant's receipt and email. */
    trackingTokenHash: text('tracking_token_hash').notNull(),
    status: text('status').$type<RequestStatus>().notNull().default('received'),
    channel: text('channel').$type<RequestChannel>().notNull().default('web'),
    applicantType: text('applicant_type').$type<ApplicantType>().notNull(),
    name: text('name').notNull(),
    /** NIK (individuals) or the SK pengesahan number (legal entities); the group's coordinator's NIK. */
    idNumber: text('id_number').notNull(),
    address: text('address').notNull(),
    occupation: text('occupation').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    /** Kuasa (proxy) filing for the applicant, if any. */
    proxyName: text('proxy_name').notNull().default(''),
    details: text('details').notNull(),
    purpose: text('purpose').notNull(),
    obtainMethod: text('obtain_method').$type<ObtainMethod>().notNull(),
    copyFormat: text('copy_format').$type<CopyFormat>(),
    deliveryMethod: text('delivery_method').$type<DeliveryMethod>(),
    /** The unit the applicant addressed, if they chose one; the PPID Utama routes it otherwise. */
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    locale: text('locale').notNull().default('id'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** The working day the clock starts from (day 0), in the body's time zone. */
    startDate: date('start_date', { mode: 'string' }).notNull(),
    /** Written notice due: 10 working days after startDate (UU KIP Ps 22(7)). */
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    /** Extension (UU KIP Ps 22(8)): when, why, its letter, and the due date it replaced. */
    extendedAt: timestamp('extended_at', { withTimezone: true }),
    extensionReason: text('extension_reason'),
    extensionNumber: text('extension_number'),
    dueDateBeforeExtension: date('due_date_before_extension', { mode: 'string' }),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    /** Optional scan of the identity document: personal data, encrypted at rest (encrypted_files.id). */
    identityFileId: uuid('identity_file_id').references((): AnyPgColumn => encryptedFiles.id, { onDelete: 'set null' }),
    /** Scan of the letter (or fax, or printed email) a request entered by staff came in, encrypted like the identity scan. */
    letterScanFileId: uuid('letter_scan_file_id').references((): AnyPgColumn => encryptedFiles.id, { onDelete: 'set null' }),
    /** The proxy's surat kuasa (power of attorney), encrypted; kept with proxyName. */
    proxyLetterFileId: uuid('proxy_letter_file_id').references((): AnyPgColumn => encryptedFiles.id, { onDelete: 'set null' }),
    /** The officer who entered a request received other than through the web form (null: the applicant did). */
    enteredBy: uuid('entered_by').references(() => users.id, { onDelete: 'set null' }),
    /** When the case was closed (written notice given, no objection pending), for retention. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** When the applicant's personal data was removed under the retention setting. */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    /** Keyed hash of the submitter's IP, for the per-address rate limit only. */
    ipHash: text('ip_hash').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('information_requests_year_seq').on(t.year, t.seq),
    index('information_requests_received').on(t.receivedAt),
    index('information_requests_email').on(sql`lower(${t.email})`, t.receivedAt),
    index('information_requests_ip').on(t.ipHash, t.receivedAt),
    // The officers' inbox: open requests by due date.
    index('information_requests_status_due').on(t.status, t.dueDate),
  ],
);

/** Last registration number used per year: one row per year, updated in the registering transaction. */
export const requestCounters = pgTable('request_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

export const REQUEST_EVENT_KINDS = [
  'received',
  'disposed',
  'unit_answered',
  'extended',
  'answered',
  'objection_filed',
  'note',
  // A dispute at the Komisi Informasi (disputes.ts): registered, each stage, the outcome, the case closed.
  'dispute_registered',
  'dispute_stage',
  'dispute_decided',
  'dispute_closed',
  // case-docs (issue 13 item 2): files released with the written notice; the information handed over.
  'files_released',
  'handed_over',
] as const;
export type RequestEventKind = (typeof REQUEST_EVENT_KINDS)[number];

/** The case history. Only `publicNote` (never personal data) is shown on the tracking page. */
export const requestEvents = pgTable(
  'request_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => informationRequests.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    kind: text('kind').$type<RequestEventKind>().notNull(),
    publicNote: text('public_note').notNull().default(''),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('request_events_request').on(t.requestId, t.at)],
);
