// The follow-up (tindak lanjut) of a dispute: carrying out the agreement or the final ruling; optionally closes it.
import { messageRef } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { disputes } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { invalid } from '../requests/case.js';
import { ZFollowUp, type FollowUpInput } from './input.js';
import { type Dispute, addEvent, closedCase, loadDispute } from './shared.js';

/** The follow-up (tindak lanjut): carrying out the agreement or the final ruling; optionally closes the case. */
export async function recordFollowUp(ctx: Ctx, id: string, raw: FollowUpInput): Promise<Dispute> {
  authorize(ctx.actor, 'dispute.manage');
  const parsed = ZFollowUp.safeParse(raw);
  return inTransaction(ctx, async (t) => {
    const d = await loadDispute(t.db, id, true);
    if (d.closedAt) throw closedCase();
    if (!parsed.success) throw invalid(parsed.error.issues);
    const { followUp, close } = parsed.data;
    if (close && !d.outcome) throw invalid([], { close: messageRef('disputes.record_outcome_dispute_before_closing_case') });
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
