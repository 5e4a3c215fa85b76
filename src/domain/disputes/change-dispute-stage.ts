// Moves a dispute to a later stage; stages are never undone.
import { messageRef } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { disputes, DISPUTE_STAGES } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { invalid } from '../requests/case.js';
import { ZDisputeStage, MEDIATION_NOT_ALLOWED, type DisputeStageInput } from './input.js';
import { STAGE_LABELS } from './labels.js';
import { type Dispute, addEvent, closedCase, loadDispute, mediationAllowed, releaseIfFinal } from './shared.js';

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
    if (to === from) throw invalid([], { stage: messageRef('disputes.dispute_already_stage') });
    if (to < from) throw invalid([], { stage: messageRef('disputes.dispute_only_move_forward_stage_has') });
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
