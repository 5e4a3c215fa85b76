// Records the outcome of a dispute (mediation agreement or ruling) and, for a final ruling that opens
// information, carries it out.
import { messageRef } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { disputes, DISPUTE_STAGES, type DisputeStage } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { formatLongDate, parseIsoDate } from '../calendar/dates.js';
import { computeDeadline } from '../calendar/load-calendar.js';
import { todayInBody } from '../requests/case.js';
import { ZOutcome, MEDIATION_NOT_ALLOWED, outcomeIssues, type OutcomeInput } from './input.js';
import { DISPUTE_OUTCOME_LABELS } from './labels.js';
import {
  APPEAL_WORKING_DAYS,
  type OutcomeRecorded,
  addEvent,
  allIssues,
  closedCase,
  dateIssues,
  loadDispute,
  mediationAllowed,
  releaseIfFinal,
} from './shared.js';

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
      messageRef('disputes.decision_date_cannot_before_dispute_filed'),
      messageRef('disputes.decision_date_cannot_after_today'),
    );
    const mediation: Record<string, string> = raw.outcome === 'mediasi_sepakat' && !(await mediationAllowed(t.db, d)) ? { outcome: MEDIATION_NOT_ALLOWED } : {};
    const received = typeof raw.rulingReceivedOn === 'string' ? parseIsoDate(raw.rulingReceivedOn) : null;
    const decidedOn = typeof raw.decidedOn === 'string' ? parseIsoDate(raw.decidedOn) : null;
    const receipt: Record<string, string> =
      received && ((decidedOn && received < decidedOn) || received > (await todayInBody(t)))
        ? { rulingReceivedOn: messageRef('disputes.day_ruling_received_cannot_before_ruling') }
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
