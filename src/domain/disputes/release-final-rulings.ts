// Carries out the rulings that opened information once their appeal window has passed (UU KIP Ps 47–48).
import { and, eq, isNull, lt } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { disputes } from '../../db/schema/index.js';
import { todayInBody } from '../requests/case.js';
import { loadDispute, releaseIfFinal } from './shared.js';

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
