// Daftar Informasi Publik (DIP): entries, their versions, review steps, attached documents,
// the mandatory "berkala" checklist, and the public search index (published content only).
import { sql } from 'drizzle-orm';
import { bigint, boolean, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { units } from './org.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const DIP_CATEGORIES = ['berkala', 'serta_merta', 'setiap_saat'] as const;
export type DipCategory = (typeof DIP_CATEGORIES)[number];
export const DIP_FORMS = ['tercetak', 'terekam'] as const;
export const DIP_STATUSES = ['draft', 'submitted', 'returned', 'published', 'unpublished'] as const;
export type DipStatus = (typeof DIP_STATUSES)[number];

export type DipLink = { label: string; url: string };

/** One DIP entry: its workflow state and pointers to the version being worked on and the one on the portal. */
export const dipEntries = pgTable(
  'dip_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    /** Register number, e.g. DIP/DINKES/2026/0007; unique across the body. */
    number: text('number').notNull(),
    /** Readable, stable part of the public URL. */
    slug: text('slug').notNull(),
    status: text('status').$type<DipStatus>().notNull().default('draft'),
    /** The version being edited or reviewed (may equal publishedVersionId). */
    workingVersionId: uuid('working_version_id'),
    /** The version the portal shows; null when never published or unpublished. */
    publishedVersionId: uuid('published_version_id'),
    returnNote: text('return_note'),
    unpublishReason: text('unpublish_reason'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    firstPublishedAt: timestamp('first_published_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('dip_entries_number_uq').on(t.number),
    uniqueIndex('dip_entries_slug_uq').on(t.slug),
    index('dip_entries_unit_status_idx').on(t.unitId, t.status),
    index('dip_entries_status_idx').on(t.status),
  ],
);

/** The content of an entry at one point in time; never updated once published. */
export const dipVersions = pgTable(
  'dip_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => dipEntries.id, { onDelete: 'cascade' }),
    versionNo: integer('version_no').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    category: text('category').$type<DipCategory>().notNull(),
    /** Sub-type from the Pasal 9 / Pasal 11 lists (see src/domain/dip/subtypes.ts). */
    subtype: text('subtype').notNull(),
    /** Pejabat/unit yang menguasai informasi. */
    holder: text('holder').notNull().default(''),
    /** Penanggung jawab pembuatan/penerbitan informasi. */
    responsible: text('responsible').notNull(),
    /** Waktu dan tempat pembuatan informasi. */
    madeWhen: text('made_when').notNull().default(''),
    madePlace: text('made_place').notNull().default(''),
    forms: text('forms')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    formats: text('formats')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    retention: text('retention').notNull().default(''),
    year: integer('year'),
    periodLabel: text('period_label').notNull().default(''),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    links: jsonb('links').$type<DipLink[]>().notNull().default([]),
    /** The confirmation that the personal data found in this version's documents may be published, and why. */
    personalDataReason: text('personal_data_reason'),
    personalDataAckBy: uuid('personal_data_ack_by').references(() => users.id, { onDelete: 'set null' }),
    personalDataAckAt: timestamp('personal_data_ack_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('dip_versions_entry_no_uq').on(t.entryId, t.versionNo)],
);

/** Every workflow step with its note: submit, return, approve, unpublish, republish. */
export const dipReviews = pgTable(
  'dip_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => dipEntries.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id').references(() => dipVersions.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    note: text('note'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('dip_reviews_entry_idx').on(t.entryId, t.at)],
);

export const TEXT_STATUSES = ['pending', 'done', 'not_searchable', 'failed'] as const;
export type TextStatus = (typeof TEXT_STATUSES)[number];

/**
 * A document attached to one version of an entry (a new version carries copies of the rows), so that
 * a file added to a published entry stays out of the portal until that version is approved.
 * Bytes live in the blob store under their sha256.
 */
export const dipDocuments = pgTable(
  'dip_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => dipEntries.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => dipVersions.id, { onDelete: 'cascade' }),
    sha256: text('sha256').notNull(),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    textStatus: text('text_status').$type<TextStatus>().notNull().default('pending'),
    text: text('text'),
    /** Why the text is missing: the reason of a 'failed' or 'not_searchable' document; null otherwise. */
    textError: text('text_error'),
    /** Extraction attempts made so far (the job gives up after MAX_TEXT_ATTEMPTS, src/jobs/text-extraction.ts). */
    textAttempts: integer('text_attempts').notNull().default(0),
    /** While pending: when the next attempt is due (a retry's backoff), or when the current claim's lease ends. */
    textNextAttemptAt: timestamp('text_next_attempt_at', { withTimezone: true }),
    /** The worker holding the claim until textNextAttemptAt; null between attempts. */
    textClaimedBy: text('text_claimed_by'),
    /** The error of the last failed attempt of a pending document (shown to staff while it waits for a retry). */
    textLastError: text('text_last_error'),
    /**
     * Personal data found in the extracted text (UU KIP Ps 17 h; UU 27/2022): counts per kind and masked samples,
     * never the values themselves. Null when none was found (or the text is not extracted yet).
     */
    personalData: jsonb('personal_data').$type<PersonalDataFindings>(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('dip_documents_version_idx').on(t.versionId),
    index('dip_documents_sha_idx').on(t.sha256),
    index('dip_documents_text_status_idx').on(t.textStatus),
  ],
);

/** The mandatory "berkala" headings (Pasal 9); editable by the PPID Utama. */
export const berkalaChecklist = pgTable('berkala_checklist', {
  code: text('code').primaryKey(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  /** DIP sub-types that satisfy this heading. */
  subtypes: text('subtypes')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  position: integer('position').notNull().default(0),
  active: boolean('active').notNull().default(true),
});

/**
 * What the public may search: one row per published entry, written at publish time from the
 * published version and its documents' text, deleted at unpublish. Drafts, returned entries and
 * anything not published never reach this table.
 */
export const dipSearch = pgTable(
  'dip_search',
  {
    entryId: uuid('entry_id')
      .primaryKey()
      .references(() => dipEntries.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').notNull(),
    category: text('category').notNull(),
    year: integer('year'),
    forms: text('forms').array().notNull(),
    /** The published version has at least one document (a file the public can download). */
    hasFile: boolean('has_file').notNull().default(false),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    tags: text('tags').notNull().default(''),
    docText: text('doc_text').notNull().default(''),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    tsv: tsvector('tsv')
      .notNull()
      .generatedAlwaysAs(
        // qgesy_search_text (migration 0018): barang/jasa as two words, covid-19 as covid 19, and every
        // hyphenated word also joined (e-KTP adds ektp), so that all written forms meet.
        sql`setweight(to_tsvector('indonesian', qgesy_search_text(coalesce(title, ''))), 'A') || setweight(to_tsvector('indonesian', qgesy_search_text(coalesce(summary, '') || ' ' || coalesce(tags, ''))), 'B') || setweight(to_tsvector('indonesian', qgesy_search_text(left(coalesce(doc_text, ''), 500000))), 'C')`,
      ),
    // The title (A) and title-and-summary (A, B) parts of tsv, stored (migration 0029): equal to
    // ts_filter(tsv, '{a}') and ts_filter(tsv, '{a,b}'), positions included (the title comes first in tsv,
    // so its positions are the same). Stored, a search that walks the published order checks a few hundred
    // bytes per row instead of unpacking the whole vector, document text and all (10 µs a row at 1,000,000 entries).
    titleTsv: tsvector('title_tsv')
      .notNull()
      .generatedAlwaysAs(sql`setweight(to_tsvector('indonesian', qgesy_search_text(coalesce(title, ''))), 'A')`),
    headTsv: tsvector('head_tsv')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('indonesian', qgesy_search_text(coalesce(title, ''))), 'A') || setweight(to_tsvector('indonesian', qgesy_search_text(coalesce(summary, '') || ' ' || coalesce(tags, ''))), 'B')`,
      ),
    /** The unstemmed words of the title, summary and tags (see search-page.ts: words the stemmer maps onto stop words). */
    wordsTsv: tsvector('words_tsv')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('simple', title || ' ' || summary || ' ' || tags)`),
  },
  (t) => [
    index('dip_search_tsv_idx').using('gin', t.tsv).with({ fastupdate: false }),
    index('dip_search_title_tsv_idx').using('gin', t.titleTsv).with({ fastupdate: false }),
    index('dip_search_head_tsv_idx').using('gin', t.headTsv).with({ fastupdate: false }),
    index('dip_search_words_idx').using('gin', t.wordsTsv).with({ fastupdate: false }),
    index('dip_search_unit_idx').on(t.unitId),
    index('dip_search_category_idx').on(t.category),
    index('dip_search_year_idx').on(t.year),
    index('dip_search_published_idx').on(t.publishedAt, t.entryId),
    // The "dapat diunduh" filter without search words: newest downloadable entries first.
    index('dip_search_has_file_idx')
      .on(t.publishedAt, t.entryId)
      .where(sql`${t.hasFile}`),
  ],
);

/** Words of published titles, summaries and tags, one row per word and entry (see searchWords). */
/**
 * The title's words in published order (migration 0033): one row per stemmed word of dip_search.title_tsv,
 * with the entry's publication time and its filter columns, kept by a trigger on dip_search. The ordered
 * index gives a word's newest titles as a range of the index, and several words' newest common titles by
 * walking their ranges side by side, where the GIN index must first find every hit and sort them (see
 * search-title-postings.ts). Derived data: not backed up, rebuilt after a restore.
 */
export const searchTitlePostings = pgTable(
  'search_title_postings',
  {
    lexeme: text('lexeme').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    entryId: uuid('entry_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    year: integer('year'),
    category: text('category').notNull(),
    hasFile: boolean('has_file').notNull(),
  },
  (t) => [
    index('search_title_postings_order_idx').on(
      t.lexeme,
      t.publishedAt.desc().nullsFirst(),
      t.entryId.desc().nullsFirst(),
      t.unitId,
      t.year,
      t.category,
      t.hasFile,
    ),
    index('search_title_postings_entry_idx').on(t.entryId),
  ],
);

export const searchTerms = pgTable(
  'search_terms',
  {
    term: text('term').notNull(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => dipEntries.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.term, t.entryId] })],
);

/**
 * The distinct words of search_terms with the number of published entries using each: the vocabulary
 * for suggestions and known-word checks. Maintained by statement triggers on search_terms (migration 0004).
 */
export const searchWords = pgTable(
  'search_words',
  {
    word: text('word').primaryKey(),
    entries: integer('entries').notNull(),
  },
  (t) => [index('search_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)],
);

export const SYNONYM_KINDS = ['singkatan', 'sinonim'] as const;
export type SynonymKind = (typeof SYNONYM_KINDS)[number];

/**
 * The search dictionary: abbreviations (RKPD ↔ rencana kerja pemerintah daerah, always both ways) and
 * synonyms, two-way (IMB ↔ PBG) or one-way (lelang → tender: an everyday word to the official terms).
 * Kept by the PPID Utama (/admin/pencarian/kamus); seeded with defaults by migration 0018. Changes bump
 * the public generation (trigger), which also tells every instance's search to reload it.
 */
export const searchSynonyms = pgTable(
  'search_synonyms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    term: text('term').notNull(),
    expansions: text('expansions').array().notNull(),
    kind: text('kind', { enum: SYNONYM_KINDS }).notNull(),
    twoWay: boolean('two_way').notNull().default(true),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('search_synonyms_term_idx').on(sql`lower(${t.term})`)],
);

/**
 * Penetapan DIP (Perki 1/2021 Ps 23(2)(d)): the PPID Utama's numbered decision of the Daftar Informasi Publik,
 * one row per version, with the list as it stood at that moment (the published public entries and their fields).
 * The letter (PDF) and the xlsx are rendered from this snapshot, never from the live catalogue.
 */
export const dipPenetapan = pgTable('dip_penetapan', {
  id: uuid('id').primaryKey().defaultRandom(),
  versionNo: integer('version_no').notNull().unique(),
  number: text('number').notNull().unique(),
  /** The date on the letter (YYYY-MM-DD, in the body's time zone). */
  decidedOn: text('decided_on').notNull(),
  issuedBy: uuid('issued_by').references(() => users.id, { onDelete: 'set null' }),
  signerName: text('signer_name').notNull(),
  signerNip: text('signer_nip'),
  signerPosition: text('signer_position').notNull(),
  entryCount: integer('entry_count').notNull(),
  entries: jsonb('entries').$type<PenetapanEntry[]>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export type PenetapanEntry = {
  number: string;
  unitName: string;
  title: string;
  summary: string;
  category: DipCategory;
  holder: string;
  responsible: string;
  madeWhen: string;
  madePlace: string;
  forms: string[];
  formats: string[];
  retention: string;
  year: number | null;
  versionNo: number;
  publishedAt: string;
};

export type PersonalDataFindings = { counts: { nik: number; phone: number; email: number; address: number }; samples: string[] };
