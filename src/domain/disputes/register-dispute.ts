// Records that the applicant took the request (and its objection) to the Komisi Informasi. One per request.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { inTransaction, type Ctx } from '../../context.js';
import { disputes } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadRequest } from '../requests/case.js';
import { actorId } from '../../shared/ids.js';
import { ZDisputeDetails, type DisputeDetailsInput } from './input.js';
import { type Dispute, addEvent, allIssues, disputeOfRequest, filedOnIssues, objectionFor, registeredNote } from './shared.js';

/** Records that the applicant took the request (and its objection) to the Komisi Informasi. One per request. */
export async function registerDispute(ctx: Ctx, requestId: string, raw: DisputeDetailsInput): Promise<Dispute> {
  authorize(ctx.actor, 'dispute.manage');
  const parsed = ZDisputeDetails.safeParse(raw);
  return inTransaction(ctx, async (t) => {
    const r = await loadRequest(t.db, requestId, true);
    const bad = allIssues(parsed.error?.issues, await filedOnIssues(t, r, raw.filedOn));
    if (bad || !parsed.success) throw bad!;
    const input = parsed.data;
    if (await disputeOfRequest(t.db, r.id)) {
      throw errors.conflict(catalogueMessages('disputes.register-dispute.dispute_request_has_already_been'));
    }
    const objection = await objectionFor(t.db, r.id, null);
    const now = t.clock.now();
    const [d] = await t.db
      .insert(disputes)
      .values({ requestId: r.id, objectionId: objection?.id ?? null, ...input, createdBy: actorId(t), createdAt: now, updatedAt: now })
      .returning();
    await addEvent(t, r.id, 'dispute_registered', registeredNote(d!));
    await recordAudit(t, {
      action: 'dispute.registered',
      entityType: 'dispute',
      entityId: d!.id,
      after: { request: r.number, objection: objection?.number ?? null, commission: input.commission, caseNumber: input.caseNumber, filedOn: input.filedOn },
    });
    return d!;
  });
}
