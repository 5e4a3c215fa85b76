// Every dispute, open ones first, newest first.
import { desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { disputes, informationRequests } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';
import type { Dispute } from './shared.js';

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
