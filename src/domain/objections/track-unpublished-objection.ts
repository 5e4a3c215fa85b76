// The public tracking of an objection filed without a request (ground b): found by its number and tracking
// code, read as forgivingly as a request's (tracking-input.ts). Only the status steps leave this file: no
// applicant data, no case summary, no reasons (the decision letter goes to the applicant by email or by hand).
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { objections } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { dateInZone } from '../calendar/dates.js';
import { serviceHours } from '../requests/deadlines.js';
import { tokenMatches } from '../requests/submit-request.js';
import { codeCandidates, numberKey } from '../requests/tracking-input.js';
import { DECISION_LABELS, type Objection } from './objections.js';

export type TrackedObjection = {
  number: string;
  /** The day received, in the body's time zone. */
  receivedOn: string;
  dueDate: string;
  status: 'received' | 'decided';
  decidedAt: Date | null;
  decision: { id: string; en: string } | null;
};

/**
 * The objection itself, for whoever holds its number and code (the receipt PDF): the same 404 for an unknown
 * number, a wrong code and an objection on a request (tracked with its request).
 */
export async function openUnpublishedObjection(ctx: Ctx, number: string, code: string): Promise<Objection> {
  const key = numberKey(number);
  if (!key || !code.trim()) throw errors.notFound();
  const rows = await ctx.db
    .select()
    .from(objections)
    .where(
      sql`${objections.requestId} is null and regexp_replace(regexp_replace(upper(${objections.number}), '\\s+', '', 'g'), '(^|[^0-9])0+([0-9])', '\\1\\2', 'g') = ${key}`,
    )
    .limit(5);
  const tries = codeCandidates(code);
  const o = rows.find((x) => x.trackingTokenHash && tries.some((c) => tokenMatches(c, x.trackingTokenHash!)));
  if (!o) throw errors.notFound();
  return o;
}

/** The status steps only (the tracking page). */
export async function trackUnpublishedObjection(ctx: Ctx, number: string, code: string): Promise<TrackedObjection> {
  const o = await openUnpublishedObjection(ctx, number, code);
  return {
    number: o.number,
    receivedOn: dateInZone(o.receivedAt, (await serviceHours(ctx)).timeZone).date,
    dueDate: o.dueDate,
    status: o.status,
    decidedAt: o.decidedAt,
    decision: o.decision ? DECISION_LABELS[o.decision] : null,
  };
}
