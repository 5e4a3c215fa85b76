// Retention of the personal data of objections on ground b filed without a request (UU KIP Ps 35(1)b,
// kip-domain.md §6.1): such an objection carries its own applicant, so the requests' retention run
// (retention.ts) never reached it. The same period, the same marker, the same lock and batches: a decided
// objection whose last step is older than the period loses the applicant's name, NIK, address, phone,
// email, proxy, IP hash and the free text that may hold personal data (what happened, the information
// described, the Atasan PPID's reasons and order), and the emails sent to the applicant. What the register
// and the annual report count stays: number, dates, channel, ground, unit, decision, the decision letter.
//
// Closed means: decided by the Atasan PPID and no follow-up task (publish the information) still open; the
// last step is the latest of its receipt, its decision and its follow-up (opened or done). Like a request's
// letter scan and power of attorney, the objection's own stay (architecture-notes.md §10).
import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { objections, outbox } from '../../db/schema/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { ANONYMISED } from './anonymised.js';

/** The latest moment anything happened on the objection (see the file's comment). */
const lastStep = sql<Date>`greatest(
  ${objections.receivedAt},
  ${objections.decidedAt},
  (select max(greatest(f.opened_at, f.done_at)) from objection_follow_ups f where f.objection_id = ${objections.id})
)`;

/** Decided ground-b objections without a request, not yet anonymised, whose last step is before the cutoff. */
export function unpublishedObjectionsClosedBefore(cutoff: Date): SQL {
  return and(
    isNull(objections.requestId),
    isNull(objections.anonymisedAt),
    eq(objections.status, 'decided'),
    sql`not exists (select 1 from objection_follow_ups f where f.objection_id = ${objections.id} and f.status = 'open')`,
    sql`${lastStep} < ${cutoff.toISOString()}::timestamptz`,
  )!;
}

/** Numbers of the ground-b objections a run would anonymise (the dry run and the retention page). */
export async function unpublishedObjectionsDue(ctx: Ctx, cutoff: Date): Promise<string[]> {
  const rows = await ctx.db
    .select({ number: objections.number })
    .from(objections)
    .where(unpublishedObjectionsClosedBefore(cutoff))
    .orderBy(objections.receivedAt);
  return rows.map((r) => r.number);
}

/**
 * One batch, inside the caller's transaction, which already holds the retention lock (LOCK_KEYS.anonymise):
 * the same once-across-instances guard as the requests', and rows skipped when another transaction has them.
 */
export async function anonymiseUnpublishedObjectionBatch(
  t: Ctx,
  cutoff: Date,
  years: number,
  limit: number,
): Promise<{ numbers: string[]; emailsDeleted: number }> {
  const rows = await t.db
    .select({ id: objections.id, number: objections.number, email: objections.applicantEmail })
    .from(objections)
    .where(unpublishedObjectionsClosedBefore(cutoff))
    .orderBy(objections.receivedAt)
    .limit(limit)
    .for('update', { of: objections, skipLocked: true });
  if (!rows.length) return { numbers: [], emailsDeleted: 0 };
  const ids = rows.map((r) => r.id);
  const now = t.clock.now();
  const M = ANONYMISED;
  const ifSet = (col: SQL | unknown) => sql`case when ${col} <> '' then ${M} else '' end`;
  await t.db
    .update(objections)
    .set({
      applicantName: M,
      applicantIdNumber: ifSet(objections.applicantIdNumber),
      applicantAddress: M,
      applicantPhone: ifSet(objections.applicantPhone),
      // Empty, not a marker: code that mails the applicant (and the citizen account) looks for an address.
      applicantEmail: '',
      proxyName: ifSet(objections.proxyName),
      caseSummary: M,
      unpublishedInformation: M,
      reasons: ifSet(objections.reasons),
      followUp: ifSet(objections.followUp),
      ipHash: '',
      anonymisedAt: now,
      updatedAt: now,
    })
    .where(inArray(objections.id, ids));
  // The copies of the emails sent to the applicant about this objection (name, number, tracking link).
  let emailsDeleted = 0;
  for (const r of rows.filter((x) => x.email)) {
    const gone = await t.db
      .delete(outbox)
      .where(and(sql`lower(${outbox.toAddress}) = ${r.email.toLowerCase()}`, sql`position(${r.number} in ${outbox.textBody}) > 0`))
      .returning({ id: outbox.id });
    emailsDeleted += gone.length;
  }
  // Numbers and counts only: the log must not keep what was just removed.
  await recordAudit(t, {
    action: 'objection.anonymised',
    entityType: 'objection',
    entityId: null,
    details: { olderThanYears: years, cutoff: cutoff.toISOString(), count: rows.length, numbers: rows.map((r) => r.number), emailsDeleted },
  });
  return { numbers: rows.map((r) => r.number), emailsDeleted };
}
