// Exempt and classified information (kip-domain.md §4): the internal register of classified items and
// their encrypted documents, clearance grants and the read log, consequence tests (uji konsekuensi) with
// the Atasan PPID's decision, expiry reviews (UU KIP Ps 20) and redactions for partial release.
// See docs/exemptions.md for the design.
import { bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { dipEntries } from './dip.js';
import { units } from './org.js';
import { encryptedFiles } from './encrypted-files.js';
import { informationRequests } from './requests.js';

/** Security levels (klasifikasi keamanan, kip-domain.md §4.5), lowest first. Separate from the KIP category. */
export const SECURITY_LEVELS = ['biasa', 'terbatas', 'rahasia', 'sangat_rahasia'] as const;
export type SecurityLevel = (typeof SECURITY_LEVELS)[number];
/** A user's clearance: one of the levels, or none at all (an administrator's default). */
export const CLEARANCES = ['none', ...SECURITY_LEVELS] as const;
export type Clearance = (typeof CLEARANCES)[number];

export const ITEM_ORIGINS = ['baru', 'dip', 'permohonan'] as const;
export type ItemOrigin = (typeof ITEM_ORIGINS)[number];
export const ITEM_STATUSES = ['active', 'released'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * An item of information a unit holds that is not (or not yet) public: classified, exempt, or under a
 * consequence test. Its title and description are protected content: they are shown only to readers
 * the policies allow (clearance and need-to-know) and never leave the back office. They are stored sealed
 * (`enc1:…`, AES-256-GCM) under the item's own data key, which is kept wrapped by a master key like a
 * file's; the internals of the item's consequence tests are sealed under the same key.
 */
export const classifiedItems = pgTable(
  'classified_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    /** Internal register number, e.g. INF/DINKES/2026/0003 (carries no content). */
    number: text('number').notNull().unique(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    securityLevel: text('security_level').$type<SecurityLevel>().notNull(),
    origin: text('origin').$type<ItemOrigin>().notNull().default('baru'),
    /** The DIP entry the item came from (origin 'dip'), or the one made when it was released. */
    dipEntryId: uuid('dip_entry_id').references(() => dipEntries.id, { onDelete: 'set null' }),
    /** The request whose subject it is (origin 'permohonan'). */
    requestId: uuid('request_id').references(() => informationRequests.id, { onDelete: 'set null' }),
    status: text('status').$type<ItemStatus>().notNull().default('active'),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    /** Why it was released: expiry review, objection or dispute decision (Ps 11(2)). */
    releaseReason: text('release_reason'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /**
     * The item's data key (base64 of `iv ‖ wrapped key ‖ tag`) under the master key `keyId`; null only for
     * an item recorded before sealing existed, until the start-up step seals it. `qgesy keys rotate`
     * re-wraps it like a file's key.
     */
    wrappedKey: text('wrapped_key'),
    keyId: text('key_id'),
  },
  (t) => [
    index('classified_items_unit_idx').on(t.unitId, t.securityLevel),
    index('classified_items_request_idx').on(t.requestId),
    index('classified_items_key_idx').on(t.keyId),
  ],
);

/**
 * The penetapan of an item's security level (keputusan penetapan tingkat klasifikasi): who decided, on
 * which legal basis, when, for how long, and when the level is to be lowered or the information opened.
 * A change of level is a new decision; the item's decisions are its history (newest in force).
 */
export const classifiedLevelDecisions = pgTable(
  'classified_level_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => classifiedItems.id, { onDelete: 'cascade' }),
    /** Letter number, e.g. 004/PTK/PPID/XII/2026 (carries no content). */
    number: text('number').notNull().unique(),
    level: text('level').$type<SecurityLevel>().notNull(),
    previousLevel: text('previous_level').$type<SecurityLevel>(),
    legalBasis: text('legal_basis').notNull(),
    decisionDate: date('decision_date', { mode: 'string' }).notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }),
    /** The day the level is to be lowered (to `nextLevel`) or the information opened (`nextLevel` null). */
    reviewOn: date('review_on', { mode: 'string' }),
    nextLevel: text('next_level').$type<SecurityLevel>(),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    signerName: text('signer_name').notNull(),
    signerPosition: text('signer_position').notNull().default(''),
    signerNip: text('signer_nip').notNull().default(''),
    onBehalfOf: text('on_behalf_of').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('classified_level_decisions_item_idx').on(t.itemId, t.createdAt)],
);

/** Per-unit, per-year counter of item numbers. */
export const classifiedItemCounters = pgTable('classified_item_counters', {
  key: text('key').primaryKey(),
  last: integer('last').notNull(),
});

/** A document of a classified item. Its file name is protected content too: sealed under the file's own data key. */
export const classifiedDocuments = pgTable(
  'classified_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => classifiedItems.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => encryptedFiles.id, { onDelete: 'restrict' }),
    filename: text('filename').notNull(),
    /** At least the item's level; a document may be classified higher than its item. */
    securityLevel: text('security_level').$type<SecurityLevel>().notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('classified_documents_item_idx').on(t.itemId)],
);

/** Need-to-know for a reader outside the item's unit: explicit, with a reason and an end. */
export const accessGrants = pgTable(
  'access_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => classifiedItems.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    grantedBy: uuid('granted_by').references(() => users.id, { onDelete: 'set null' }),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
    /** The grant holds until this instant (exclusive). */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('access_grants_user_item_idx').on(t.userId, t.itemId), index('access_grants_item_idx').on(t.itemId)],
);

export const ACCESS_LOG_ACTIONS = ['view', 'download', 'denied'] as const;
export type AccessLogAction = (typeof ACCESS_LOG_ACTIONS)[number];

/** Every read of a classified item or document, with the reader and their stated reason. Append-only. */
export const classifiedAccessLog = pgTable(
  'classified_access_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    itemId: uuid('item_id').notNull(),
    documentId: uuid('document_id'),
    userId: uuid('user_id'),
    userName: text('user_name').notNull(),
    action: text('action').$type<AccessLogAction>().notNull(),
    /** The level of what was read, at the time it was read. */
    securityLevel: text('security_level').$type<SecurityLevel>().notNull(),
    reason: text('reason').notNull().default(''),
    /** The grant that gave need-to-know, when it was not the reader's own unit. */
    grantId: uuid('grant_id'),
    ip: text('ip'),
  },
  (t) => [index('classified_access_log_item_idx').on(t.itemId, t.at), index('classified_access_log_user_idx').on(t.userId, t.at)],
);

/** When the test is made (Perki 1/2017 Ps 4(2)). */
export const TEST_MOMENTS = ['proaktif', 'saat_permohonan', 'perintah_majelis'] as const;
export type TestMoment = (typeof TEST_MOMENTS)[number];
/**
 * draft → submitted (to the PPID Utama) → reviewed (forwarded to the Atasan PPID) → approved | rejected;
 * the PPID Utama or the Atasan may return it (→ returned, editable again). An approved test ends as
 * expired (period over, released by review), released (opened by an objection or dispute decision),
 * or superseded (extended by a new test).
 */
export const TEST_STATUSES = ['draft', 'submitted', 'returned', 'reviewed', 'approved', 'rejected', 'superseded', 'released', 'expired'] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

/** Uji konsekuensi (UU KIP Ps 19, Perki 1/2017 Ps 4) and, once approved, its penetapan by the Atasan PPID. */
export const consequenceTests = pgTable(
  'consequence_tests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => classifiedItems.id, { onDelete: 'restrict' }),
    /** The unit proposing the exemption (usually the item's unit). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    moment: text('moment').$type<TestMoment>().notNull().default('proaktif'),
    /** The request that prompted the test (moment saat_permohonan). */
    requestId: uuid('request_id').references(() => informationRequests.id, { onDelete: 'set null' }),
    /** UU KIP Ps 17 letter a–j and, where the letter has them, the sub-point number. */
    ground: text('ground').notNull(),
    subpoint: integer('subpoint'),
    /** Legal basis beyond Ps 17: regulation and article, e.g. "UU 36/2009 tentang Kesehatan Pasal 57". */
    legalBasis: text('legal_basis').notNull(),
    /** Internal: precisely what is withheld (may itself be sensitive). */
    withheldInformation: text('withheld_information').notNull(),
    /** Konsekuensi apabila dibuka: the harm. Internal. */
    harm: text('harm').notNull(),
    /** Pertimbangan kepentingan publik (Ps 19, Ps 2(4)): why closing serves the greater interest. Internal. */
    publicInterest: text('public_interest').notNull(),
    partial: boolean('partial').notNull().default(false),
    /** For a partial exemption: what is released. */
    releasedPart: text('released_part').notNull().default(''),
    /** Public: the title in the DIK, written for the public, naming no secret. */
    publicTitle: text('public_title').notNull(),
    /** Public: the summary of the consequence shown in the DIK. */
    publicSummary: text('public_summary').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    /** Null: no end (allowed for grounds g and h only). */
    periodEnd: date('period_end', { mode: 'string' }),
    status: text('status').$type<TestStatus>().notNull().default('draft'),
    /** The last return or review note. */
    note: text('note').notNull().default(''),
    /** Set at approval: e.g. 001/PENETAPAN-PPID/XII/2026; unique. */
    number: text('number').unique(),
    year: integer('year'),
    seq: integer('seq'),
    decisionDate: date('decision_date', { mode: 'string' }),
    decisionReasons: text('decision_reasons').notNull().default(''),
    /** Who signs the penetapan, and on whose behalf (kip-domain.md §4.4 Q-Gesy decision). */
    signerName: text('signer_name').notNull().default(''),
    signerPosition: text('signer_position').notNull().default(''),
    signerNip: text('signer_nip').notNull().default(''),
    onBehalfOf: text('on_behalf_of').notNull().default(''),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The test this one extends (review by the Atasan PPID with a new test). */
    supersedesId: uuid('supersedes_id'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('consequence_tests_year_seq').on(t.year, t.seq),
    index('consequence_tests_item_idx').on(t.itemId),
    index('consequence_tests_status_idx').on(t.status, t.periodEnd),
    index('consequence_tests_unit_idx').on(t.unitId, t.status),
  ],
);

export const consequenceTestCounters = pgTable('consequence_test_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

/** Every step of a test with its note: created, submitted, returned, reviewed, approved, rejected, … */
export const consequenceTestSteps = pgTable(
  'consequence_test_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    testId: uuid('test_id')
      .notNull()
      .references(() => consequenceTests.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    note: text('note').notNull().default(''),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('consequence_test_steps_test_idx').on(t.testId, t.at)],
);

export const REVIEW_STATUSES = ['open', 'extended', 'released'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** An expiry review (UU KIP Ps 20), opened a set number of days before an approved test's period ends. */
export const exemptionReviews = pgTable(
  'exemption_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    testId: uuid('test_id')
      .notNull()
      .unique()
      .references(() => consequenceTests.id, { onDelete: 'cascade' }),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    /** The period's end: the decision is due by then. */
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status').$type<ReviewStatus>().notNull().default('open'),
    note: text('note').notNull().default(''),
    /** Extended: the new consequence test. Released: the DIP entry drafted from the item. */
    newTestId: uuid('new_test_id'),
    dipEntryId: uuid('dip_entry_id').references(() => dipEntries.id, { onDelete: 'set null' }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    lastReminderOn: date('last_reminder_on', { mode: 'string' }),
  },
  (t) => [index('exemption_reviews_status_idx').on(t.status, t.dueDate)],
);

/** An area to remove from a PDF page, in page fractions (0–1, origin top left), with its Ps 17 ground. */
export type RedactionArea = { page: number; x: number; y: number; w: number; h: number; ground: string };
/**
 * A text pattern to remove (no-JavaScript path), on one page or every page (page null). `kind` (absent =
 * 'phrase'): a phrase of whole words, or personal data found by its shape (pattern empty); see
 * documents/redact/patterns.ts.
 */
export type RedactionPattern = { page: number | null; pattern: string; ground: string; kind?: 'phrase' | 'nik' | 'nip' | 'email' | 'phone' };

export const REDACTION_STATUSES = ['draft', 'produced'] as const;
export type RedactionStatus = (typeof REDACTION_STATUSES)[number];

/**
 * A redaction of a classified PDF for partial release. The released copy is re-rendered from page
 * images with the marked areas blacked out (nothing of the withheld text survives) plus a log page listing
 * the grounds; it is an ordinary, unencrypted blob meant to be given out. The original stays protected.
 */
export const redactions = pgTable(
  'redactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => classifiedDocuments.id, { onDelete: 'cascade' }),
    /** The consequence test (partial) it implements, if any. */
    testId: uuid('test_id').references(() => consequenceTests.id, { onDelete: 'set null' }),
    requestId: uuid('request_id').references(() => informationRequests.id, { onDelete: 'set null' }),
    status: text('status').$type<RedactionStatus>().notNull().default('draft'),
    areas: jsonb('areas').$type<RedactionArea[]>().notNull().default([]),
    patterns: jsonb('patterns').$type<RedactionPattern[]>().notNull().default([]),
    /** The released copy in the blob store, and its file name. */
    outputSha256: text('output_sha256'),
    outputSize: bigint('output_size', { mode: 'number' }),
    outputFilename: text('output_filename'),
    pageCount: integer('page_count'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    producedBy: uuid('produced_by').references(() => users.id, { onDelete: 'set null' }),
    producedAt: timestamp('produced_at', { withTimezone: true }),
  },
  (t) => [index('redactions_document_idx').on(t.documentId)],
);
