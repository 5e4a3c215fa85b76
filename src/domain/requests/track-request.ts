// The applicant's view of a request, opened with its number and secret code: the steps and the deadlines
// on the public tracking page (no personal data there), and the full request for the applicant's receipt.
import { messageRef } from '../../i18n/catalogue.js';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import { requestEvents, requestResponses, units, type RequestEventKind, type RequestOutcome, type RequestStatus } from '../../db/schema/index.js';
import { disputeOfRequest, type Dispute } from '../disputes/shared.js';
import { objectionsOf, objectionWindow, type Objection } from '../objections/objections.js';
import type { InformationRequest } from './submit-request.js';
import { openRequest } from './open-request.js';
import { releasedFiles, type ReleasedFile } from './case-files.js';

export { openRequest, openRequestWithCode } from './open-request.js';

export const ZTrackQuery = z.object({
  nomor: z
    .string()
    .trim()
    .min(1, { message: messageRef('validation.enter_registration_number') })
    .max(100, { message: messageRef('dip.most_100_characters') }),
  kode: z
    .string()
    .trim()
    .min(1, { message: messageRef('validation.enter_tracking_code') })
    .max(100, { message: messageRef('dip.most_100_characters') }),
});

export type TrackedRequest = {
  number: string;
  status: RequestStatus;
  receivedAt: Date;
  startDate: string;
  dueDate: string;
  unitName: string | null;
  /** The first due date, when the period was extended. */
  dueDateBeforeExtension: string | null;
  /** The written notice: its outcome and date, never the officers' notes. */
  notice: { outcome: RequestOutcome; date: string; refusal: boolean } | null;
  steps: { kind: RequestEventKind; at: Date; note: string }[];
  objections: Pick<Objection, 'id' | 'number' | 'status' | 'receivedAt' | 'dueDate' | 'decision' | 'decidedAt'>[];
  /** When an objection may be filed (null: not yet); closed when one is being decided. */
  objectionWindow: { opensOn: string; lastDay: string } | null;
  /** The dispute at the Komisi Informasi: what the commission itself publishes, no notes, no representative. */
  dispute: (Pick<Dispute, 'commission' | 'caseNumber' | 'filedOn' | 'stage' | 'outcome' | 'decidedOn'> & { closed: boolean; decisionFile: boolean }) | null;
  /** case-docs: files released to the applicant with the written notice. */
  files: ReleasedFile[];
};

export async function trackRequest(ctx: Ctx, number: string, code: string): Promise<TrackedRequest> {
  return describeTracked(ctx, await openRequest(ctx, number, code));
}

/** The tracking view of a request the caller has already opened (by its code, or for the signed-in applicant). */
export async function describeTracked(ctx: Ctx, r: InformationRequest): Promise<TrackedRequest> {
  const steps = await ctx.db
    .select({ kind: requestEvents.kind, at: requestEvents.at, note: requestEvents.publicNote })
    .from(requestEvents)
    .where(eq(requestEvents.requestId, r.id))
    .orderBy(asc(requestEvents.at));
  const [unit] = r.unitId ? await ctx.db.select({ name: units.name }).from(units).where(eq(units.id, r.unitId)) : [];
  const filed = (await objectionsOf(ctx, r.id)).map(({ id, number, status, receivedAt, dueDate, decision, decidedAt }) => ({
    id,
    number,
    status,
    receivedAt,
    dueDate,
    decision,
    decidedAt,
  }));
  const dispute = await disputeOfRequest(ctx.db, r.id);
  // Once the case is at the Komisi Informasi, the objection stage is over.
  const window = dispute || filed.some((o) => o.status === 'received') ? null : await objectionWindow(ctx, r);
  const [resp] = await ctx.db
    .select({ outcome: requestResponses.outcome, date: requestResponses.noticeDate, refusalNumber: requestResponses.refusalNumber })
    .from(requestResponses)
    .where(eq(requestResponses.requestId, r.id));
  return {
    number: r.number,
    status: r.status,
    receivedAt: r.receivedAt,
    startDate: r.startDate,
    dueDate: r.dueDate,
    unitName: unit?.name ?? null,
    dueDateBeforeExtension: r.extendedAt ? r.dueDateBeforeExtension : null,
    notice: resp ? { outcome: resp.outcome, date: resp.date, refusal: !!resp.refusalNumber } : null,
    steps,
    objections: filed,
    objectionWindow: window,
    dispute: dispute
      ? {
          commission: dispute.commission,
          caseNumber: dispute.caseNumber,
          filedOn: dispute.filedOn,
          stage: dispute.stage,
          outcome: dispute.outcome,
          decidedOn: dispute.decidedOn,
          closed: !!dispute.closedAt,
          decisionFile: !!dispute.decisionSha256,
        }
      : null,
    files: await releasedFiles(ctx, r.id),
  };
}
