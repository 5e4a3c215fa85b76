// Disputes (sengketa informasi) at the Komisi Informasi (UU KIP Ps 37–38, kip-domain.md §6.6): the PPID
// Utama or the Atasan PPID records that the applicant took the case to the commission, then its stages,
// hearings, outcome, decision file and follow-up. Each step is a step of the request's case history (and,
// without personal data, of its public tracking page); every change is audited in its transaction.
import { and, asc, desc, eq, isNull, lt } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import {
  blobs,
  consequenceTests,
  disputes,
  DISPUTE_STAGES,
  informationRequests,
  objections,
  requestEvents,
  requestResponses,
  type DisputeStage,
} from '../../db/schema/index.js';
import { sniffBytes } from '../../documents/sniff.js';
import { AppError, errors, type Messages } from '../../errors.js';
import { authorize, can } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { dateInZone, formatLongDate, parseIsoDate, yearOf } from '../calendar/dates.js';
import { computeDeadline, loadCalendar } from '../calendar/load-calendar.js';
import { stageDeadline, type StageDeadline } from './stage-periods.js';
import { DISPUTE_FILING_WORKING_DAYS } from '../calendar/periods.js';
import { getPublicBody } from '../org/public-body.js';
import { actorId, invalid, loadRequest, todayInBody } from '../requests/case.js';
import { serviceHours } from '../requests/deadlines.js';
import type { InformationRequest } from '../requests/submit-request.js';
import { defaultCommission } from './commission.js';
import {
  ZDisputeDetails,
  ZDisputeStage,
  ZFollowUp,
  ZHearing,
  ZOutcome,
  ZAppeal,
  MEDIATION_NOT_ALLOWED,
  outcomeIssues,
  type DisputeDetailsInput,
  type DisputeStageInput,
  type AppealInput,
  type FollowUpInput,
  type HearingInput,
  type OutcomeInput,
} from './input.js';
import { DISPUTE_OUTCOME_LABELS, OPENING_OUTCOMES, RULING_OUTCOMES, STAGE_LABELS } from './labels.js';
import { releaseByDecision } from '../exemptions/reviews.js';

export type Dispute = typeof disputes.$inferSelect;
type Objection = typeof objections.$inferSelect;

/** A KI decision is a court-like ruling, often scanned: more room than a form, less than a DIP document. */
export const MAX_DECISION_BYTES = 20 * 1024 * 1024;

const closedCase = () => errors.conflict({ id: 'Perkara sengketa ini sudah ditutup.', en: 'This dispute has been closed.' });

export async function disputeOfRequest(db: DbOrTx, requestId: string): Promise<Dispute | null> {
  const [d] = await db.select().from(disputes).where(eq(disputes.requestId, requestId)).orderBy(asc(disputes.createdAt)).limit(1);
  return d ?? null;
}

async function loadDispute(db: DbOrTx, id: string, lock = false): Promise<Dispute> {
  if (!z.uuid().safeParse(id).success) throw errors.notFound();
  const q = db.select().from(disputes).where(eq(disputes.id, id));
  const [d] = lock ? await q.for('update') : await q;
  if (!d) throw errors.notFound();
  return d;
}

/** The objection the dispute follows: the one named on it, else the request's latest. */
async function objectionFor(db: DbOrTx, requestId: string, objectionId: string | null): Promise<Objection | null> {
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

// --- mediation: UU KIP Ps 40(2) -----------------------------------------------------------------------

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

// --- the 14 working days of UU KIP Ps 37(2) --------------------------------------------------------------

export type FilingCheck = {
  status: 'within' | 'late' | 'early' | 'no_objection';
  /** The last day for filing, when the period has started. */
  lastDay: string | null;
  message: Messages;
};

/**
 * Whether the dispute was filed within 14 working days of the Atasan PPID's written answer, or of the lapse
 * of the 30 working days the Atasan had (UU KIP Ps 37(2); Perki 1/2013). A warning only: the commission
 * decides whether it takes the case. The answer's date is the day it was decided, in the body's time zone:
 * the applicant receives it later, so this errs towards warning.
 */
export async function filingCheck(ctx: Pick<Ctx, 'db'>, filedOn: string, objection: Objection | null): Promise<FilingCheck> {
  if (!objection) {
    return {
      status: 'no_objection',
      lastDay: null,
      message: {
        id: 'Tidak ada keberatan yang tercatat atas permohonan ini. Komisi Informasi umumnya hanya menerima sengketa setelah keberatan kepada Atasan PPID (UU KIP Pasal 35–37).',
        en: 'No objection is recorded for this request. The Information Commission usually takes a dispute only after an objection to the Atasan PPID (Law 14/2008 Art. 35–37).',
      },
    };
  }
  const hours = await serviceHours(ctx);
  let from: string;
  let basis: Messages;
  if (objection.decidedAt) {
    from = dateInZone(objection.decidedAt, hours.timeZone).date;
    basis = { id: 'tanggapan Atasan PPID', en: "the Atasan PPID's answer" };
  } else if (filedOn > objection.dueDate) {
    from = objection.dueDate;
    basis = { id: 'lewatnya batas waktu tanggapan Atasan PPID tanpa tanggapan', en: "the lapse of the Atasan PPID's time to answer" };
  } else {
    return {
      status: 'early',
      lastDay: null,
      message: {
        id: `Diajukan sebelum Atasan PPID menanggapi keberatan ${objection.number} dan sebelum batas waktunya (${formatLongDate(objection.dueDate)}) lewat.`,
        en: `Filed before the Atasan PPID answered objection ${objection.number} and before its deadline (${formatLongDate(objection.dueDate, 'en')}) passed.`,
      },
    };
  }
  const lastDay = (await computeDeadline(ctx, from, DISPUTE_FILING_WORKING_DAYS)).due;
  if (filedOn <= lastDay) {
    return {
      status: 'within',
      lastDay,
      message: {
        id: `Diajukan dalam 14 hari kerja sejak ${basis.id} (batas ${formatLongDate(lastDay)}).`,
        en: `Filed within 14 working days of ${basis.en} (last day ${formatLongDate(lastDay, 'en')}).`,
      },
    };
  }
  return {
    status: 'late',
    lastDay,
    message: {
      id: `Diajukan melewati 14 hari kerja sejak ${basis.id} (batas ${formatLongDate(lastDay)}; UU KIP Pasal 37 ayat (2)). Ini hanya peringatan: Komisi Informasi yang menentukan apakah permohonan sengketa diterima.`,
      en: `Filed after the 14 working days from ${basis.en} (last day ${formatLongDate(lastDay, 'en')}; Law 14/2008 Art. 37(2)). A warning only: the Information Commission decides whether it takes the case.`,
    },
  };
}

// --- recording ----------------------------------------------------------------------------------------------

/**
 * A date that needs the database to check: not after today, not before the case began. Checked even when
 * other fields are wrong, so that every problem of the form shows at once; nothing when it is no date.
 */
async function dateIssues(
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
function allIssues(issues: z.core.$ZodIssue[] | undefined, extra: Record<string, string>) {
  return issues?.length || Object.keys(extra).length ? invalid(issues ?? [], extra) : null;
}

async function filedOnIssues(ctx: Pick<Ctx, 'db' | 'clock'>, r: InformationRequest, filedOn: unknown) {
  const received = dateInZone(r.receivedAt, (await serviceHours(ctx)).timeZone).date;
  return dateIssues(
    ctx,
    'filedOn',
    filedOn,
    received,
    'Tanggal pendaftaran sengketa tidak boleh sebelum permohonan diterima.',
    'Tanggal pendaftaran sengketa tidak boleh setelah hari ini.',
  );
}

async function addEvent(ctx: Ctx, requestId: string, kind: 'dispute_registered' | 'dispute_stage' | 'dispute_decided' | 'dispute_closed', note: string) {
  await ctx.db.insert(requestEvents).values({ requestId, at: ctx.clock.now(), kind, publicNote: note, actorId: actorId(ctx) });
}

const registeredNote = (d: Pick<Dispute, 'commission' | 'caseNumber' | 'filedOn'>) =>
  `Sengketa informasi didaftarkan di ${d.commission} dengan nomor register ${d.caseNumber}, tanggal ${formatLongDate(d.filedOn)}.`;

/** Records that the applicant took the request (and its objection) to the Komisi Informasi. One per request. */
export async function registerDispute(ctx: Ctx, requestId: string, raw: DisputeDetailsInput): Promise<Dispute> {
  authorize(ctx.actor, 'dispute.manage');
  const parsed = ZDisputeDetails.safeParse(raw);
  return inTransaction(ctx, async (t) => {
    const r = await loadRequest(t.db, requestId, true);
    const bad = allIssues(parsed.error?.issues, await filedOnIssues(t, r, raw.filedOn));
    if (bad || !parsed.success) throw bad!;
    const input = parsed.data;
    if (await disputeOfRequest(t.db, r.id)) {
      throw errors.conflict({
        id: 'Sengketa atas permohonan ini sudah dicatat; perbarui perkara yang ada.',
        en: 'A dispute on this request has already been recorded; update that case.',
      });
    }
    const objection = await objectionFor(t.db, r.id, null);
    const now = t.clock.now();
    const [d] = await t.db
      .insert(disputes)
      .values({ requestId: r.id, objectionId: objection?.id ?? null, ...input, createdBy: actorId(t), createdAt: now, updatedAt: now })
      .returning();
    await addEvent(t, r.id, 'dispute_registered', registeredNote(d!));
    await recordAudit(t, {
      action: 'dispute.registered',
      entityType: 'dispute',
      entityId: d!.id,
      after: { request: r.number, objection: objection?.number ?? null, commission: input.commission, caseNumber: input.caseNumber, filedOn: input.filedOn },
    });
    return d!;
  });
}

/** Corrects the commission, the case number, the filing date or the body's representative. */
export async function updateDisputeDetails(ctx: Ctx, id: string, raw: DisputeDetailsInput): Promise<Dispute> {
  authorize(ctx.actor, 'dispute.manage');
  const parsed = ZDisputeDetails.safeParse(raw);
  return inTransaction(ctx, async (t) => {
    const d = await loadDispute(t.db, id, true);
    if (d.closedAt) throw closedCase();
    const r = await loadRequest(t.db, d.requestId);
    const bad = allIssues(parsed.error?.issues, await filedOnIssues(t, r, raw.filedOn));
    if (bad || !parsed.success) throw bad!;
    const input = parsed.data;
    const [u] = await t.db
      .update(disputes)
      .set({ ...input, updatedAt: t.clock.now() })
      .where(eq(disputes.id, id))
      .returning();
    if (d.commission !== input.commission || d.caseNumber !== input.caseNumber || d.filedOn !== input.filedOn) {
      await addEvent(t, d.requestId, 'dispute_registered', `Data perkara diperbarui. ${registeredNote(u!)}`);
    }
    await recordAudit(t, {
      action: 'dispute.updated',
      entityType: 'dispute',
      entityId: id,
      before: { commission: d.commission, caseNumber: d.caseNumber, filedOn: d.filedOn, respondentRep: d.respondentRep },
      after: { commission: input.commission, caseNumber: input.caseNumber, filedOn: input.filedOn, respondentRep: input.respondentRep },
    });
    return u!;
  });
}

/** Moves the case to a later stage (kip-domain.md §6.6); stages are never undone. */
export async function changeStage(ctx: Ctx, id: string, raw: DisputeStageInput): Promise<Dispute> {
  authorize(ctx.actor, 'dispute.manage');
  const parsed = ZDisputeStage.safeParse(raw);
  return inTransaction(ctx, async (t) => {
    const d = await loadDispute(t.db, id, true);
    if (d.closedAt) throw closedCase();
    if (!parsed.success) throw invalid(parsed.error.issues);
    const { stage } = parsed.data;
    const from = DISPUTE_STAGES.indexOf(d.stage);
    const to = DISPUTE_STAGES.indexOf(stage);
    if (to === from) throw invalid([], { stage: 'Sengketa sudah pada tahap ini.' });
    if (to < from) throw invalid([], { stage: 'Tahap sengketa hanya dapat maju; tahap ini sudah dilewati.' });
    if (stage === 'mediasi' && !(await mediationAllowed(t.db, d))) throw invalid([], { stage: MEDIATION_NOT_ALLOWED });
    const [u] = await t.db.update(disputes).set({ stage, updatedAt: t.clock.now() }).where(eq(disputes.id, id)).returning();
    await addEvent(t, d.requestId, 'dispute_stage', `Tahap sengketa: ${STAGE_LABELS[stage].id}.`);
    if (stage === 'berkekuatan_hukum_tetap') await releaseIfFinal(t, u!);
    await recordAudit(t, {
      action: 'dispute.stage',
      entityType: 'dispute',
      entityId: id,
      before: { stage: d.stage },
      after: { stage, caseNumber: d.caseNumber },
    });
    return u!;
  });
}

/** Adds a hearing (sidang) with its date and the officer's note; hearings are kept in date order. */
export async function addHearing(ctx: Ctx, id: string, raw: HearingInput): Promise<Dispute> {
  authorize(ctx.actor, 'dispute.manage');
  const parsed = ZHearing.safeParse(raw);
  return inTransaction(ctx, async (t) => {
    const d = await loadDispute(t.db, id, true);
    if (d.closedAt) throw closedCase();
    const bad = allIssues(
      parsed.error?.issues,
      await dateIssues(t, 'date', raw.date, d.filedOn, 'Tanggal sidang tidak boleh sebelum sengketa didaftarkan.', null),
    );
    if (bad || !parsed.success) throw bad!;
    const h = parsed.data;
    const hearings = [...d.hearings, { date: h.date, note: h.note }].sort((a, b) => a.date.localeCompare(b.date));
    const [u] = await t.db.update(disputes).set({ hearings, updatedAt: t.clock.now() }).where(eq(disputes.id, id)).returning();
    await recordAudit(t, {
      action: 'dispute.hearing',
      entityType: 'dispute',
      entityId: id,
      after: { caseNumber: d.caseNumber, date: h.date, hearings: hearings.length },
    });
    return u!;
  });
}

export type OutcomeRecorded = {
  dispute: Dispute;
  /**
   * Set when the outcome opens information whose refusal rested on a consequence test: that test's item
   * must be released (UU KIP Ps 11(2)).
   */
  release: { consequenceTestId: string; dipEntryId: string | null } | null;
};

/**
 * The outcome: a mediation agreement, a ruling of the commission (or of a court on appeal: it may be
 * recorded again until the case is closed), or a withdrawal. A ruling moves the case to the ruling stage.
 */
export async function recordOutcome(ctx: Ctx, id: string, raw: OutcomeInput): Promise<OutcomeRecorded> {
  authorize(ctx.actor, 'dispute.manage');
  const parsed = ZOutcome.safeParse(raw);
  return inTransaction(ctx, async (t) => {
    const d = await loadDispute(t.db, id, true);
    if (d.closedAt) throw closedCase();
    const dates = await dateIssues(
      t,
      'decidedOn',
      raw.decidedOn,
      d.filedOn,
      'Tanggal putusan tidak boleh sebelum sengketa didaftarkan.',
      'Tanggal putusan tidak boleh setelah hari ini.',
    );
    const mediation: Record<string, string> = raw.outcome === 'mediasi_sepakat' && !(await mediationAllowed(t.db, d)) ? { outcome: MEDIATION_NOT_ALLOWED } : {};
    const received = typeof raw.rulingReceivedOn === 'string' ? parseIsoDate(raw.rulingReceivedOn) : null;
    const decidedOn = typeof raw.decidedOn === 'string' ? parseIsoDate(raw.decidedOn) : null;
    const receipt: Record<string, string> =
      received && ((decidedOn && received < decidedOn) || received > (await todayInBody(t)))
        ? { rulingReceivedOn: 'Tanggal diterimanya putusan tidak boleh sebelum tanggal putusan atau setelah hari ini.' }
        : {};
    const bad = allIssues(parsed.error?.issues, { ...(parsed.success ? {} : outcomeIssues(raw)), ...dates, ...mediation, ...receipt });
    if (bad || !parsed.success) throw bad!;
    const input = parsed.data;
    const at = DISPUTE_STAGES.indexOf(d.stage);
    let stage: DisputeStage = d.stage;
    if (input.outcome === 'mediasi_sepakat' && at < DISPUTE_STAGES.indexOf('mediasi')) stage = 'mediasi';
    if (['dibuka', 'dibuka_sebagian', 'tertutup'].includes(input.outcome) && at < DISPUTE_STAGES.indexOf('putusan')) stage = 'putusan';
    const [u] = await t.db
      .update(disputes)
      .set({
        outcome: input.outcome,
        decidedOn: input.decidedOn,
        ruling: input.ruling,
        mediationResult: input.mediationResult,
        stage,
        // A new ruling (of the commission, or of a court after an appeal) starts its own appeal window.
        rulingReceivedOn: input.rulingReceivedOn || null,
        appealLastDay: input.rulingReceivedOn ? (await computeDeadline(t, input.rulingReceivedOn, APPEAL_WORKING_DAYS)).due : null,
        appeal: null,
        appealRecordedOn: null,
        updatedAt: t.clock.now(),
      })
      .where(eq(disputes.id, id))
      .returning();
    await addEvent(t, d.requestId, 'dispute_decided', `${DISPUTE_OUTCOME_LABELS[input.outcome].id} (tanggal ${formatLongDate(input.decidedOn)}).`);
    await recordAudit(t, {
      action: 'dispute.outcome',
      entityType: 'dispute',
      entityId: id,
      before: { outcome: d.outcome, decidedOn: d.decidedOn, stage: d.stage },
      after: { outcome: input.outcome, decidedOn: input.decidedOn, stage, caseNumber: d.caseNumber },
    });
    // UU KIP Ps 11(2): information opened by the dispute's outcome becomes public, but only once the ruling is
    // final (UU KIP Ps 47–48): until then the exemption stands (releaseIfFinal).
    const release = await releaseIfFinal(t, u!);
    return { dispute: u!, release };
  });
}

// --- a ruling that opens information is carried out once it is final (UU KIP Ps 47–48) -------------------

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
async function releaseIfFinal(t: Ctx, d: Dispute): Promise<OutcomeRecorded['release']> {
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

/** Records whether the body brings the ruling to the court (PTUN/PN) or will not; the latter makes it final. */
export async function recordAppeal(ctx: Ctx, id: string, raw: AppealInput): Promise<OutcomeRecorded> {
  authorize(ctx.actor, 'dispute.manage');
  const parsed = ZAppeal.safeParse(raw);
  return inTransaction(ctx, async (t) => {
    const d = await loadDispute(t.db, id, true);
    if (d.closedAt) throw closedCase();
    const dates = await dateIssues(
      t,
      'recordedOn',
      raw.recordedOn,
      d.decidedOn,
      'Tanggal putusan tidak boleh sebelum sengketa didaftarkan.',
      'Tanggal putusan tidak boleh setelah hari ini.',
    );
    const bad = allIssues(parsed.error?.issues, dates);
    if (bad || !parsed.success) throw bad!;
    if (!d.outcome || !RULING_OUTCOMES.includes(d.outcome)) throw invalid([], { appeal: 'Catat dahulu putusan yang membuka informasi.' });
    const { appeal, recordedOn } = parsed.data;
    const stage: DisputeStage =
      appeal === 'appealed' && DISPUTE_STAGES.indexOf(d.stage) < DISPUTE_STAGES.indexOf('keberatan_pengadilan') ? 'keberatan_pengadilan' : d.stage;
    const [u] = await t.db
      .update(disputes)
      .set({ appeal, appealRecordedOn: recordedOn, stage, updatedAt: t.clock.now() })
      .where(eq(disputes.id, id))
      .returning();
    await addEvent(
      t,
      d.requestId,
      'dispute_stage',
      appeal === 'appealed'
        ? `Putusan diajukan keberatan ke pengadilan (tanggal ${formatLongDate(recordedOn)}).`
        : `Badan publik tidak mengajukan keberatan atas putusan (tanggal ${formatLongDate(recordedOn)}); putusan berkekuatan hukum tetap.`,
    );
    await recordAudit(t, {
      action: 'dispute.appeal',
      entityType: 'dispute',
      entityId: id,
      before: { appeal: d.appeal, stage: d.stage },
      after: { appeal, recordedOn, stage, caseNumber: d.caseNumber },
    });
    return { dispute: u!, release: await releaseIfFinal(t, u!) };
  });
}

/**
 * The daily sweep: rulings that opened information and whose appeal window passed without an appeal are
 * final now; their exemptions end. Returns how many were released.
 */
export async function releaseFinalRulings(ctx: Ctx): Promise<number> {
  const today = await todayInBody(ctx);
  const due = await ctx.db
    .select({ id: disputes.id })
    .from(disputes)
    .where(and(eq(disputes.outcome, 'dibuka'), isNull(disputes.appeal), isNull(disputes.closedAt), lt(disputes.appealLastDay, today)));
  let released = 0;
  for (const { id } of due) {
    const r = await inTransaction(ctx, async (t) => releaseIfFinal(t, await loadDispute(t.db, id, true)));
    if (r?.dipEntryId) released++;
  }
  return released;
}

export type DecisionUpload = { bytes: Uint8Array; filename: string };

/** A clean, short file name for the decision, always ending in .pdf. */
function decisionFilename(raw: string, caseNumber: string): string {
  const base = (raw.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f"<>|:*?]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/\.pdf$/i, '')
    .slice(0, 150);
  return `${base || `putusan-${caseNumber.replace(/[^A-Za-z0-9]+/g, '-')}`}.pdf`;
}

/** Attaches the decision (putusan) as a PDF, checked by its content. KI decisions are public: an ordinary blob. */
export async function attachDecision(ctx: Ctx, id: string, upload: DecisionUpload): Promise<Dispute> {
  authorize(ctx.actor, 'dispute.manage');
  const d0 = await loadDispute(ctx.db, id);
  if (d0.closedAt) throw closedCase();
  const max = Math.min(MAX_DECISION_BYTES, ctx.settings.maxUploadBytes);
  if (upload.bytes.byteLength > max) throw errors.tooLarge(Math.round((max / (1024 * 1024)) * 10) / 10);
  const kind = await sniffBytes(upload.bytes).catch((err: unknown) => {
    if (err instanceof AppError && (err.status === 422 || err.status >= 500)) throw err;
    return null;
  });
  if (kind?.kind !== 'pdf') {
    throw new AppError('decision_not_pdf', 415, {
      id: 'Berkas putusan harus berupa PDF. Jenis berkas diperiksa dari isinya, bukan dari nama atau ekstensinya; pindai atau simpan putusan sebagai PDF lalu unggah lagi.',
      en: 'The decision must be a PDF file. Files are checked by their content, not by their name or extension; scan or save the decision as PDF and upload it again.',
    });
  }
  const { sha256, size } = await ctx.blobs.put(upload.bytes);
  return inTransaction(ctx, async (t) => {
    const d = await loadDispute(t.db, id, true);
    if (d.closedAt) throw closedCase();
    await t.db.insert(blobs).values({ sha256, size, mime: 'application/pdf' }).onConflictDoNothing();
    const [u] = await t.db
      .update(disputes)
      .set({ decisionSha256: sha256, decisionFilename: decisionFilename(upload.filename, d.caseNumber), updatedAt: t.clock.now() })
      .where(eq(disputes.id, id))
      .returning();
    await recordAudit(t, {
      action: 'dispute.decision_file',
      entityType: 'dispute',
      entityId: id,
      before: { decision: d.decisionSha256 },
      after: { decision: sha256, size, caseNumber: d.caseNumber },
    });
    return u!;
  });
}

/** The follow-up (tindak lanjut): carrying out the agreement or the final ruling; optionally closes the case. */
export async function recordFollowUp(ctx: Ctx, id: string, raw: FollowUpInput): Promise<Dispute> {
  authorize(ctx.actor, 'dispute.manage');
  const parsed = ZFollowUp.safeParse(raw);
  return inTransaction(ctx, async (t) => {
    const d = await loadDispute(t.db, id, true);
    if (d.closedAt) throw closedCase();
    if (!parsed.success) throw invalid(parsed.error.issues);
    const { followUp, close } = parsed.data;
    if (close && !d.outcome) throw invalid([], { close: 'Catat hasil penyelesaian sengketa sebelum menutup perkara.' });
    const now = t.clock.now();
    const [u] = await t.db
      .update(disputes)
      .set({ followUp, closedAt: close ? now : null, updatedAt: now })
      .where(eq(disputes.id, id))
      .returning();
    if (close) await addEvent(t, d.requestId, 'dispute_closed', 'Perkara sengketa selesai.');
    await recordAudit(t, {
      action: close ? 'dispute.closed' : 'dispute.follow_up',
      entityType: 'dispute',
      entityId: id,
      after: { caseNumber: d.caseNumber, outcome: d.outcome, closed: close },
    });
    return u!;
  });
}

// --- reading --------------------------------------------------------------------------------------------------

export type DisputeView = {
  dispute: Dispute;
  request: Pick<InformationRequest, 'id' | 'number' | 'details' | 'status' | 'receivedAt'>;
  objection: Pick<Objection, 'id' | 'number' | 'status' | 'decision' | 'decidedAt' | 'dueDate'> | null;
  filing: FilingCheck;
  /** The approved consequence test the refusal rested on, when the outcome opens the information. */
  /** The cited consequence test, and whether the outcome already ended it (opened in full). */
  release: { consequenceTestId: string; released: boolean; finality: Finality } | null;
  /** Whether mediation is open to this dispute (UU KIP Ps 40(2)): the form offers it only then. */
  mediation: boolean;
  /** The statutory deadline of the stage the case is in (stage-periods.ts). */
  stageDeadline: StageDeadline;
  may: { manage: boolean };
};

export async function getDispute(ctx: Ctx, id: string): Promise<DisputeView> {
  authorize(ctx.actor, 'dispute.view');
  const d = await loadDispute(ctx.db, id);
  const r = await loadRequest(ctx.db, d.requestId);
  const o = await objectionFor(ctx.db, d.requestId, d.objectionId);
  let release: DisputeView['release'] = null;
  if (d.outcome && OPENING_OUTCOMES.includes(d.outcome)) {
    const [resp] = await ctx.db
      .select({ id: requestResponses.consequenceTestId, status: consequenceTests.status })
      .from(requestResponses)
      .leftJoin(consequenceTests, eq(consequenceTests.id, requestResponses.consequenceTestId))
      .where(eq(requestResponses.requestId, r.id));
    if (resp?.id) release = { consequenceTestId: resp.id, released: resp.status === 'released', finality: finality(d, await todayInBody(ctx)) };
  }
  return {
    dispute: d,
    request: { id: r.id, number: r.number, details: r.details, status: r.status, receivedAt: r.receivedAt },
    objection: o ? { id: o.id, number: o.number, status: o.status, decision: o.decision, decidedAt: o.decidedAt, dueDate: o.dueDate } : null,
    filing: await filingCheck(ctx, d.filedOn, o),
    release,
    mediation: await mediationAllowed(ctx.db, d),
    stageDeadline: stageDeadline(await loadCalendar(ctx, { fromYear: yearOf(d.filedOn), toYear: yearOf(d.rulingReceivedOn ?? d.filedOn) + 1 }), d),
    may: { manage: !d.closedAt && can(ctx.actor, 'dispute.manage') },
  };
}

export type DisputeListItem = Pick<Dispute, 'id' | 'commission' | 'caseNumber' | 'filedOn' | 'stage' | 'outcome' | 'decidedOn' | 'closedAt'> & {
  requestId: string;
  requestNumber: string;
};

/** Every dispute, open ones first, newest first. */
export async function listDisputes(ctx: Ctx): Promise<DisputeListItem[]> {
  authorize(ctx.actor, 'dispute.view');
  const rows = await ctx.db
    .select({
      id: disputes.id,
      commission: disputes.commission,
      caseNumber: disputes.caseNumber,
      filedOn: disputes.filedOn,
      stage: disputes.stage,
      outcome: disputes.outcome,
      decidedOn: disputes.decidedOn,
      closedAt: disputes.closedAt,
      requestId: disputes.requestId,
      requestNumber: informationRequests.number,
    })
    .from(disputes)
    .innerJoin(informationRequests, eq(informationRequests.id, disputes.requestId))
    .orderBy(desc(disputes.filedOn), desc(disputes.createdAt));
  return rows.sort((a, b) => Number(!!a.closedAt) - Number(!!b.closedAt));
}

/** The decision file for the back office. */
export async function decisionFile(ctx: Ctx, id: string): Promise<{ bytes: Buffer; filename: string }> {
  authorize(ctx.actor, 'dispute.view');
  return fileOf(ctx, await loadDispute(ctx.db, id));
}

/** The decision file of a request's dispute, for the applicant (the caller checked the number and code). */
export async function decisionFileOfRequest(ctx: Ctx, requestId: string): Promise<{ bytes: Buffer; filename: string }> {
  const d = await disputeOfRequest(ctx.db, requestId);
  if (!d) throw errors.notFound();
  return fileOf(ctx, d);
}

async function fileOf(ctx: Ctx, d: Dispute) {
  if (!d.decisionSha256) throw errors.notFound();
  const bytes = await ctx.blobs.get(d.decisionSha256);
  if (!bytes) throw errors.notFound();
  return { bytes, filename: d.decisionFilename ?? 'putusan.pdf' };
}

export type DisputeRegistration = {
  request: Pick<InformationRequest, 'id' | 'number' | 'details'>;
  objection: Pick<Objection, 'id' | 'number' | 'status' | 'decision' | 'dueDate'> | null;
  /** The last day of the 14 working days, when they have started (from the Atasan's answer or its lapse). */
  lastDay: string | null;
  suggested: { commission: string; filedOn: string; respondentRep: string };
  /** The dispute already recorded on this request, if any. */
  existing: string | null;
};

/** What the registration form needs: the request, its objection, the default commission and the window. */
export async function disputeRegistration(ctx: Ctx, requestId: string): Promise<DisputeRegistration> {
  authorize(ctx.actor, 'dispute.manage');
  const r = await loadRequest(ctx.db, requestId);
  const o = await objectionFor(ctx.db, r.id, null);
  const today = await todayInBody(ctx);
  let lastDay: string | null = null;
  if (o?.decidedAt) lastDay = await disputeWindowEnd(ctx, o.decidedAt);
  else if (o && o.dueDate < today) lastDay = (await computeDeadline(ctx, o.dueDate, DISPUTE_FILING_WORKING_DAYS)).due;
  const body = await getPublicBody(ctx.db);
  return {
    request: { id: r.id, number: r.number, details: r.details },
    objection: o ? { id: o.id, number: o.number, status: o.status, decision: o.decision, dueDate: o.dueDate } : null,
    lastDay,
    suggested: {
      commission: await suggestedCommission(ctx),
      filedOn: today,
      respondentRep: body?.atasanPpidPosition ? `Atasan PPID (${body.atasanPpidPosition})` : 'Atasan PPID',
    },
    existing: (await disputeOfRequest(ctx.db, r.id))?.id ?? null,
  };
}

/** Where a decided objection's 14 days for a dispute end (for the objection register). */
export async function disputeWindowEnd(ctx: Pick<Ctx, 'db'>, decidedAt: Date): Promise<string> {
  const hours = await serviceHours(ctx);
  return (await computeDeadline(ctx, dateInZone(decidedAt, hours.timeZone).date, DISPUTE_FILING_WORKING_DAYS)).due;
}
