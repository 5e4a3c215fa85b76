// What the dispute registration form needs: the request, its objection, the default commission and the window.
import type { Ctx } from '../../context.js';
import { authorize } from '../../policies/index.js';
import { computeDeadline } from '../calendar/load-calendar.js';
import { DISPUTE_FILING_WORKING_DAYS } from '../calendar/periods.js';
import { getPublicBody } from '../org/public-body.js';
import { loadRequest, todayInBody } from '../requests/case.js';
import type { InformationRequest } from '../requests/submit-request.js';
import { disputeWindowEnd } from './check-dispute-filing.js';
import { type Objection, disputeOfRequest, objectionFor, suggestedCommission } from './shared.js';

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
