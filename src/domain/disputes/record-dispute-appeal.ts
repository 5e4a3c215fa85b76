// Records whether the body brings a Komisi Informasi ruling to the court (PTUN/PN) or will not (UU KIP Ps 47–48).
import { messageRef } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { disputes, DISPUTE_STAGES, type DisputeStage } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { formatLongDate } from '../calendar/dates.js';
import { invalid } from '../requests/case.js';
import { ZAppeal, type AppealInput } from './input.js';
import { RULING_OUTCOMES } from './labels.js';
import { type OutcomeRecorded, addEvent, allIssues, closedCase, dateIssues, loadDispute, releaseIfFinal } from './shared.js';

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
      messageRef('disputes.decision_date_cannot_before_dispute_filed'),
      messageRef('disputes.decision_date_cannot_after_today'),
    );
    const bad = allIssues(parsed.error?.issues, dates);
    if (bad || !parsed.success) throw bad!;
    if (!d.outcome || !RULING_OUTCOMES.includes(d.outcome)) throw invalid([], { appeal: messageRef('disputes.first_record_ruling_opens_information') });
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
