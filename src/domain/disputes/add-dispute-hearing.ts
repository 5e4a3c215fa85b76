// Adds a hearing (sidang) to a dispute, with its date and the officer's note.
import { messageRef } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { disputes } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { ZHearing, type HearingInput } from './input.js';
import { type Dispute, allIssues, closedCase, dateIssues, loadDispute } from './shared.js';

/** Adds a hearing (sidang) with its date and the officer's note; hearings are kept in date order. */
export async function addHearing(ctx: Ctx, id: string, raw: HearingInput): Promise<Dispute> {
  authorize(ctx.actor, 'dispute.manage');
  const parsed = ZHearing.safeParse(raw);
  return inTransaction(ctx, async (t) => {
    const d = await loadDispute(t.db, id, true);
    if (d.closedAt) throw closedCase();
    const bad = allIssues(
      parsed.error?.issues,
      await dateIssues(t, 'date', raw.date, d.filedOn, messageRef('disputes.hearing_cannot_before_dispute_filed'), null),
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
