// Disputes (sengketa informasi) at the Komisi Informasi (kip-domain.md §6.6), part of one case history
// with the request and the objection.
import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { objections } from './objections.js';
import { informationRequests } from './requests.js';

export const DISPUTE_STAGES = ['pemeriksaan_awal', 'mediasi', 'ajudikasi', 'putusan', 'keberatan_pengadilan', 'berkekuatan_hukum_tetap'] as const;
export type DisputeStage = (typeof DISPUTE_STAGES)[number];
export const DISPUTE_OUTCOMES = ['dibuka', 'dibuka_sebagian', 'tertutup', 'dicabut', 'mediasi_sepakat'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];
export const DISPUTE_APPEALS = ['appealed', 'waived'] as const;
export type DisputeAppeal = (typeof DISPUTE_APPEALS)[number];

/** A dispute (sengketa informasi) the applicant took to the Komisi Informasi (kip-domain.md §6.6). */
export const disputes = pgTable(
  'disputes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => informationRequests.id, { onDelete: 'restrict' }),
    objectionId: uuid('objection_id').references(() => objections.id, { onDelete: 'set null' }),
    /** Which Komisi Informasi (e.g. Komisi Informasi Provinsi Kalimantan Tengah). */
    commission: text('commission').notNull(),
    /** The KI's registration number of the case. */
    caseNumber: text('case_number').notNull(),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    stage: text('stage').$type<DisputeStage>().notNull().default('pemeriksaan_awal'),
    hearings: jsonb('hearings').$type<{ date: string; note: string }[]>().notNull().default([]),
    /** The body's representative (kuasa termohon), usually the Atasan PPID. */
    respondentRep: text('respondent_rep').notNull().default(''),
    mediationResult: text('mediation_result').notNull().default(''),
    /** Amar putusan. */
    ruling: text('ruling').notNull().default(''),
    outcome: text('outcome').$type<DisputeOutcome>(),
    decidedOn: date('decided_on', { mode: 'string' }),
    /** The decision file, as an ordinary blob (a KI decision is public). */
    decisionSha256: text('decision_sha256'),
    decisionFilename: text('decision_filename'),
    /**
     * The day the body received the ruling: the parties may bring it to the PTUN or the PN within 14 working
     * days of receipt (UU KIP Ps 47–48). A ruling that opens information is carried out only when final.
     */
    rulingReceivedOn: date('ruling_received_on', { mode: 'string' }),
    /** The last day of that appeal window (14 working days after receipt). */
    appealLastDay: date('appeal_last_day', { mode: 'string' }),
    /** The body's answer to the ruling: appealed to the court, or it will not appeal (the ruling is then final). */
    appeal: text('appeal').$type<DisputeAppeal>(),
    appealRecordedOn: date('appeal_recorded_on', { mode: 'string' }),
    /** The day the body received the court's (PTUN/PN) judgment: cassation within 14 days of it (UU KIP Ps 50). */
    courtRulingReceivedOn: date('court_ruling_received_on', { mode: 'string' }),
    followUp: text('follow_up').notNull().default(''),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('disputes_request_idx').on(t.requestId), index('disputes_filed_idx').on(t.filedOn)],
);
