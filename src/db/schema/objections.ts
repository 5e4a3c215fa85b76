// Objections (keberatan, UU KIP Ps 35–36) to the Atasan PPID: filed on a request, with the Ps 35(1)
// grounds, their own registration number per year, and the Atasan PPID's written decision.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { encryptedFiles } from './encrypted-files.js';
import { users } from './accounts.js';
import { units } from './org.js';
import { informationRequests, type RequestChannel } from './requests.js';

/** UU KIP Ps 35(1) a–g (kip-domain.md §6.1). */
export const OBJECTION_GROUNDS = [
  'penolakan_pasal17',
  'berkala_tidak_disediakan',
  'tidak_ditanggapi',
  'tidak_sesuai_permintaan',
  'tidak_dipenuhi',
  'biaya_tidak_wajar',
  'melebihi_jangka_waktu',
] as const;
export type ObjectionGround = (typeof OBJECTION_GROUNDS)[number];
export const OBJECTION_DECISIONS = ['dikabulkan', 'dikabulkan_sebagian', 'ditolak_menguatkan_ppid'] as const;
export type ObjectionDecision = (typeof OBJECTION_DECISIONS)[number];
export const OBJECTION_STATUSES = ['received', 'decided'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

export const objections = pgTable(
  'objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** e.g. 001/KEB/XI/2026; unique. */
    number: text('number').notNull().unique(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    /** The request objected to; null only for ground b (Ps 35(1)b: information that must be published was not), which needs none. */
    requestId: uuid('request_id').references(() => informationRequests.id, { onDelete: 'restrict' }),
    grounds: text('grounds').array().$type<ObjectionGround[]>().notNull(),
    /** Kasus posisi: what happened, in the applicant's words. */
    caseSummary: text('case_summary').notNull(),
    /** Kuasa filing for the applicant, if any. */
    proxyName: text('proxy_name').notNull().default(''),
    status: text('status').$type<ObjectionStatus>().notNull().default('received'),
    /** How the objection reached the body (as for requests); staff enter the non-web ones. */
    channel: text('channel').$type<RequestChannel>().notNull().default('web'),
    letterScanFileId: uuid('letter_scan_file_id').references((): AnyPgColumn => encryptedFiles.id, { onDelete: 'set null' }),
    proxyLetterFileId: uuid('proxy_letter_file_id').references((): AnyPgColumn => encryptedFiles.id, { onDelete: 'set null' }),
    enteredBy: uuid('entered_by').references(() => users.id, { onDelete: 'set null' }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** Atasan PPID's written answer due: 30 working days after receipt (UU KIP Ps 36(2)). */
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    decision: text('decision').$type<ObjectionDecision>(),
    /** The reasons; required, and attached to the answer when the PPID's decision is upheld (Ps 36(3)). */
    reasons: text('reasons').notNull().default(''),
    /** Order to the PPID (e.g. give the information by a date). */
    followUp: text('follow_up').notNull().default(''),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedByName: text('decided_by_name').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    // Ground b without a request: the objection carries its own applicant (as the request form asks) and
    // what was not published; the tracking code's hash lets the applicant follow it (as for requests).
    applicantName: text('applicant_name').notNull().default(''),
    applicantIdNumber: text('applicant_id_number').notNull().default(''),
    applicantAddress: text('applicant_address').notNull().default(''),
    applicantPhone: text('applicant_phone').notNull().default(''),
    applicantEmail: text('applicant_email').notNull().default(''),
    locale: text('locale').notNull().default('id'),
    /** The information that must be published (Ps 9, 10 or 11) and was not. */
    unpublishedInformation: text('unpublished_information').notNull().default(''),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    trackingTokenHash: text('tracking_token_hash'),
    /** Keyed hash of the web submitter's IP, for the per-address rate limit of the ground-b form only ('' otherwise). */
    ipHash: text('ip_hash').notNull().default(''),
    /** When the retention run removed the ground-b applicant's personal data (src/domain/privacy/retention.ts); null otherwise. */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('objections_year_seq').on(t.year, t.seq),
    index('objections_request').on(t.requestId),
    index('objections_received').on(t.receivedAt),
    check(
      'objections_request_unless_ground_b',
      sql`${t.requestId} is not null or (${t.grounds} = array['berkala_tidak_disediakan']::text[] and ${t.applicantName} <> '' and ${t.unpublishedInformation} <> '')`,
    ),
  ],
);

export const objectionCounters = pgTable('objection_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

export const FOLLOW_UP_STATUSES = ['open', 'done'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/**
 * The PPID's task of carrying out an objection the Atasan PPID granted (in full or in part): give the
 * information by its own deadline (kip-domain.md §6.5 "follow-up order to the PPID"). One per objection.
 */
export const objectionFollowUps = pgTable(
  'objection_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    objectionId: uuid('objection_id')
      .notNull()
      .unique()
      .references(() => objections.id, { onDelete: 'restrict' }),
    /** The request whose information is to be given; null for ground b without a request (the information is to be published). */
    requestId: uuid('request_id').references(() => informationRequests.id, { onDelete: 'restrict' }),
    status: text('status').$type<FollowUpStatus>().notNull().default('open'),
    /** The working days given, and whether they came from the decision or the body's default. */
    workingDays: integer('working_days').notNull(),
    fromDecision: boolean('from_decision').notNull().default(false),
    /** Counted from the day of the decision on the working-day calendar. */
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    /** The day the information was given, the written notice it went with (if any), and a note. */
    doneOn: date('done_on', { mode: 'string' }),
    noticeId: uuid('notice_id'),
    doneNote: text('done_note').notNull().default(''),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by').references(() => users.id, { onDelete: 'set null' }),
    doneByName: text('done_by_name').notNull().default(''),
  },
  (t) => [index('objection_follow_ups_request').on(t.requestId), index('objection_follow_ups_open').on(t.status, t.dueDate)],
);
