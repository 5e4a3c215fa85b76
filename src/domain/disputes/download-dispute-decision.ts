// The decision file of a dispute: for the back office, and for the applicant of its request.
import type { Ctx } from '../../context.js';
import { errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { type Dispute, disputeOfRequest, loadDispute } from './shared.js';

/** The decision file for the back office. */
export async function decisionFile(ctx: Ctx, id: string): Promise<{ bytes: Buffer; filename: string }> {
  authorize(ctx.actor, 'dispute.view');
  return fileOf(ctx, await loadDispute(ctx.db, id));
}

/** The decision file of a request's dispute, for the applicant (the caller checked the number and code). */
export async function decisionFileOfRequest(ctx: Ctx, requestId: string): Promise<{ bytes: Buffer; filename: string }> {
  const d = await disputeOfRequest(ctx.db, requestId);
  if (!d) throw errors.notFound();
  return fileOf(ctx, d);
}

async function fileOf(ctx: Ctx, d: Dispute) {
  if (!d.decisionSha256) throw errors.notFound();
  const bytes = await ctx.blobs.get(d.decisionSha256);
  if (!bytes) throw errors.notFound();
  return { bytes, filename: d.decisionFilename ?? 'putusan.pdf' };
}
