// The officers' side of a request: dispositions to units (with each unit's answer) and the written notice
// (pemberitahuan tertulis, UU KIP Ps 22(7)) with the content of kip-domain.md §5.5.
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { consequenceTests } from './classification.js';
import { users } from './accounts.js';
import { units } from './org.js';
import { informationRequests, type CopyFormat, type DeliveryMethod } from './requests.js';

/** A request passed by the PPID Utama to a unit (SOPD) that holds the information; the unit answers on it. */
export const requestDispositions = pgTable(
  'request_dispositions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => informationRequests.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    /** Internal: never on the tracking page. */
    instruction: text('instruction').notNull(),
    /** The unit's own deadline, at the latest the statutory one. */
    internalDueDate: date('internal_due_date', { mode: 'string' }).notNull(),
    disposedAt: timestamp('disposed_at', { withTimezone: true }).notNull(),
    disposedBy: uuid('disposed_by').references(() => users.id, { onDelete: 'set null' }),
    answer: text('answer'),
    answerNote: text('answer_note').notNull().default(''),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('request_dispositions_request_unit').on(t.requestId, t.unitId), index('request_dispositions_unit').on(t.unitId)],
);

/** Outcomes of a request (kip-domain.md §5.6); `diperpanjang` is a status, not an outcome. */
export const REQUEST_OUTCOMES = ['diberikan_seluruhnya', 'diberikan_sebagian', 'ditolak_dikecualikan', 'tidak_dikuasai', 'belum_didokumentasikan'] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];

/** UU KIP Ps 17 letters (kip-domain.md §4.1). */
export const EXEMPTION_GROUNDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export type ExemptionGround = (typeof EXEMPTION_GROUNDS)[number];

/** The written notice: one per request. Costs in whole rupiah. */
export const requestResponses = pgTable('request_responses', {
  id: uuid('id').primaryKey().defaultRandom(),
  requestId: uuid('request_id')
    .notNull()
    .unique()
    .references(() => informationRequests.id, { onDelete: 'cascade' }),
  outcome: text('outcome').$type<RequestOutcome>().notNull(),
  /** Ps 22(7)(a): whether the information is under the body's control. */
  held: boolean('held').notNull(),
  /** Ps 22(7)(b): the body that holds it, when known. */
  holderBody: text('holder_body').notNull().default(''),
  /** Ps 22(7)(d): the material that will be given. */
  materialGiven: text('material_given').notNull().default(''),
  /** Ps 22(7)(e): material withheld or blacked out, and why. */
  materialWithheld: text('material_withheld').notNull().default(''),
  reason: text('reason').notNull().default(''),
  /** Ps 17 letter, for refusals and partial grants. */
  exemptionGround: text('exemption_ground').$type<ExemptionGround>(),
  /** Summary of the consequence test (uji konsekuensi), for the refusal letter. */
  consequence: text('consequence').notNull().default(''),
  /** The approved consequence test a refusal or partial grant rests on (consequence_tests.id). */
  consequenceTestId: uuid('consequence_test_id').references((): AnyPgColumn => consequenceTests.id, { onDelete: 'restrict' }),
  format: text('format').$type<CopyFormat>(),
  delivery: text('delivery').$type<DeliveryMethod>(),
  sheets: integer('sheets').notNull().default(0),
  tariff: integer('tariff').notNull().default(0),
  deliveryCost: integer('delivery_cost').notNull().default(0),
  totalCost: integer('total_cost').notNull().default(0),
  paymentMethod: text('payment_method').notNull().default(''),
  /** Working days to provide the information after the notice. */
  provideWorkingDays: integer('provide_working_days'),
  /** Internal: never on the tracking page or in a letter. */
  internalNote: text('internal_note').notNull().default(''),
  noticeNumber: text('notice_number').notNull(),
  /** Date of the notice in the body's time zone; for a refusal also the refusal date (§5.3). */
  noticeDate: date('notice_date', { mode: 'string' }).notNull(),
  refusalNumber: text('refusal_number'),
  signerName: text('signer_name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
});
