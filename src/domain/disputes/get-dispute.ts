// One dispute for the back office, with its request, objection, deadlines and what may be done next.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { consequenceTests, requestResponses } from '../../db/schema/index.js';
import { authorize, can } from '../../policies/index.js';
import { yearOf } from '../calendar/dates.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { stageDeadline, type StageDeadline } from './stage-periods.js';
import { loadRequest, todayInBody } from '../requests/case.js';
import type { InformationRequest } from '../requests/submit-request.js';
import { OPENING_OUTCOMES } from './labels.js';
import { type FilingCheck, filingCheck } from './check-dispute-filing.js';
import { type Dispute, type Finality, type Objection, finality, loadDispute, mediationAllowed, objectionFor } from './shared.js';

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
