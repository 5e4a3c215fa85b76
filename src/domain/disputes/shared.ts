// Disputes (sengketa informasi) at the Komisi Informasi (UU KIP Ps 37–38, kip-domain.md §6.6): what the use cases of
// this folder share (loading, the objection a dispute follows, mediation, date checks, finality of a ruling). Each step
// is a step of the request's case history (and, without personal data, of its public tracking page); every change is
// audited in its transaction.
import { messageRef, catalogueMessages } from '../../i18n/catalogue.js';
import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { disputes, objections, requestEvents, requestResponses } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { dateInZone, formatLongDate, parseIsoDate } from '../calendar/dates.js';
import { getPublicBody } from '../org/public-body.js';
import { invalid, todayInBody } from '../requests/case.js';
import { actorId } from '../../shared/ids.js';
import { serviceHours } from '../requests/deadlines.js';
import type { InformationRequest } from '../requests/submit-request.js';
import { defaultCommission } from './commission.js';
import { DISPUTE_OUTCOME_LABELS, OPENING_OUTCOMES } from './labels.js';
import { releaseByDecision } from '../exemptions/release-information.js';

export type Dispute = typeof disputes.$inferSelect;
export type Objection = typeof objections.$inferSelect;

/** A KI decision is a court-like ruling, often scanned: more room than a form, less than a DIP document. */
export const MAX_DECISION_BYTES = 20 * 1024 * 1024;

export const closedCase = () => errors.conflict(catalogueMessages('disputes.record-court-ruling.dispute_has_been_closed'));

export async function disputeOfRequest(db: DbOrTx, requestId: string): Promise<Dispute | null> {
  const [d] = await db.select().from(disputes).where(eq(disputes.requestId, requestId)).orderBy(asc(disputes.createdAt)).limit(1);
  return d ?? null;
}

export async function loadDispute(db: DbOrTx, id: string, lock = false): Promise<Dispute> {
  if (!z.uuid().safeParse(id).success) throw errors.notFound();
  const q = db.select().from(disputes).where(eq(disputes.id, id));
  const [d] = lock ? await q.for('update') : await q;
  if (!d) throw errors.notFound();
  return d;
}

/** The objection the dispute follows: the one named on it, else the request's latest. */
export async function objectionFor(db: DbOrTx, requestId: string, objectionId: string | null): Promise<Objection | null> {
  const q = objectionId
    ? db.select().from(objections).where(eq(objections.id, objectionId))
    : db.select().from(objections).where(eq(objections.requestId, requestId)).orderBy(desc(objections.receivedAt)).limit(1);
  const [o] = await q;
  return o ?? null;
}

/** The default name of the Komisi Informasi: the province of the body's address, else the last one used. */
export async function suggestedCommission(ctx: Pick<Ctx, 'db'>): Promise<string> {
  const fromAddress = defaultCommission((await getPublicBody(ctx.db))?.address);
  if (fromAddress) return fromAddress;
  const [last] = await ctx.db.select({ commission: disputes.commission }).from(disputes).orderBy(desc(disputes.createdAt)).limit(1);
  return last?.commission ?? 'Komisi Informasi Provinsi';
}

/**
 * The objection grounds (UU KIP Ps 35(1)) the dispute is about: its objection's, or, when no objection was
 * recorded, ground a for a request refused under Ps 17.
 */
async function disputeGrounds(db: DbOrTx, d: Pick<Dispute, 'requestId' | 'objectionId'>): Promise<string[]> {
  const o = await objectionFor(db, d.requestId, d.objectionId);
  if (o) return o.grounds;
  const [resp] = await db.select({ outcome: requestResponses.outcome }).from(requestResponses).where(eq(requestResponses.requestId, d.requestId));
  return resp?.outcome === 'ditolak_dikecualikan' ? ['penolakan_pasal17'] : [];
}

/**
 * Whether the Komisi Informasi may settle the dispute by mediation: only for grounds b–g of Ps 35(1)
 * (UU KIP Ps 40(2)); a dispute over a refusal under Ps 17 alone (ground a) goes to adjudication. With
 * ground a among others, mediation can still settle the other grounds.
 */
export async function mediationAllowed(db: DbOrTx, d: Pick<Dispute, 'requestId' | 'objectionId'>): Promise<boolean> {
  const grounds = await disputeGrounds(db, d);
  return grounds.length === 0 || grounds.some((g) => g !== 'penolakan_pasal17');
}

/**
 * A date that needs the database to check: not after today, not before the case began. Checked even when
 * other fields are wrong, so that every problem of the form shows at once; nothing when it is no date.
 */
export async function dateIssues(
  ctx: Pick<Ctx, 'db' | 'clock'>,
  field: string,
  raw: unknown,
  floor: string | null,
  floorMessage: string,
  futureMessage: string | null,
) {
  const date = typeof raw === 'string' ? parseIsoDate(raw) : null;
  const out: Record<string, string> = {};
  if (!date) return out;
  if (futureMessage && date > (await todayInBody(ctx))) out[field] = futureMessage;
  else if (floor && date < floor) out[field] = floorMessage;
  return out;
}

/** The zod issues and the database's date checks together, or nothing. */
export function allIssues(issues: z.core.$ZodIssue[] | undefined, extra: Record<string, string>) {
  return issues?.length || Object.keys(extra).length ? invalid(issues ?? [], extra) : null;
}

export async function filedOnIssues(ctx: Pick<Ctx, 'db' | 'clock'>, r: InformationRequest, filedOn: unknown) {
  const received = dateInZone(r.receivedAt, (await serviceHours(ctx)).timeZone).date;
  return dateIssues(
    ctx,
    'filedOn',
    filedOn,
    received,
    messageRef('disputes.filing_date_dispute_cannot_before_request'),
    messageRef('disputes.filing_date_dispute_cannot_after_today'),
  );
}

export async function addEvent(ctx: Ctx, requestId: string, kind: 'dispute_registered' | 'dispute_stage' | 'dispute_decided' | 'dispute_closed', note: string) {
  await ctx.db.insert(requestEvents).values({ requestId, at: ctx.clock.now(), kind, publicNote: note, actorId: actorId(ctx) });
}

export const registeredNote = (d: Pick<Dispute, 'commission' | 'caseNumber' | 'filedOn'>) =>
  `Sengketa informasi didaftarkan di ${d.commission} dengan nomor register ${d.caseNumber}, tanggal ${formatLongDate(d.filedOn)}.`;

export type OutcomeRecorded = {
  dispute: Dispute;
  /**
   * Set when the outcome opens information whose refusal rested on a consequence test: that test's item
   * must be released (UU KIP Ps 11(2)).
   */
  release: { consequenceTestId: string; dipEntryId: string | null } | null;
};

/** The parties may bring a Komisi Informasi ruling to the PTUN or the PN within 14 working days of receipt. */
export const APPEAL_WORKING_DAYS = 14;

export type Finality = 'final' | 'appealed' | 'open_window' | 'unknown';

/**
 * Whether the ruling is final: the case is recorded as final and binding, the body recorded that it will
 * not appeal, or the appeal window passed without an appeal. Otherwise the exemption stands.
 */
export function finality(d: Pick<Dispute, 'stage' | 'appeal' | 'appealLastDay'>, today: string): Finality {
  if (d.stage === 'berkekuatan_hukum_tetap' || d.appeal === 'waived') return 'final';
  if (d.appeal === 'appealed') return 'appealed';
  if (!d.appealLastDay) return 'unknown';
  return today > d.appealLastDay ? 'final' : 'open_window';
}

/**
 * Ends the exemption of the information the dispute's outcome opened, once the ruling is final: opened in
 * full, the test is released, the item leaves the DIK and a DIP draft is made (UU KIP Ps 11(2)); opened in
 * part, the PPID decides what stays exempt with a new test. Runs in the caller's transaction; idempotent.
 */
export async function releaseIfFinal(t: Ctx, d: Dispute): Promise<OutcomeRecorded['release']> {
  if (!d.outcome || !OPENING_OUTCOMES.includes(d.outcome)) return null;
  const [resp] = await t.db
    .select({ consequenceTestId: requestResponses.consequenceTestId })
    .from(requestResponses)
    .where(eq(requestResponses.requestId, d.requestId));
  if (!resp?.consequenceTestId) return null;
  if (d.outcome !== 'dibuka' || finality(d, await todayInBody(t)) !== 'final') return { consequenceTestId: resp.consequenceTestId, dipEntryId: null };
  const opened = await releaseByDecision(t, {
    consequenceTestId: resp.consequenceTestId,
    source: 'sengketa',
    reason: `${DISPUTE_OUTCOME_LABELS[d.outcome].id}: ${d.commission} nomor ${d.caseNumber}, ${formatLongDate(d.decidedOn!)}, berkekuatan hukum tetap (UU No. 14 Tahun 2008 Pasal 11 ayat (2), Pasal 47–48).`,
  });
  return { consequenceTestId: resp.consequenceTestId, dipEntryId: opened?.dipEntryId ?? null };
}
