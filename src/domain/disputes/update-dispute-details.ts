// Corrects a dispute's commission, case number, filing date or the body's representative.
import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { disputes } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadRequest } from '../requests/case.js';
import { ZDisputeDetails, type DisputeDetailsInput } from './input.js';
import { type Dispute, addEvent, allIssues, closedCase, filedOnIssues, loadDispute, registeredNote } from './shared.js';

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
