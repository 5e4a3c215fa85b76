// When the Atasan PPID grants an objection (in full or in part), the PPID must carry the decision out: give the
// information. UU KIP sets no period for this (kip-domain.md §6.5 only names "a delivery deadline" in the
// response letter), so the deadline is the number of working days the decision names, or else the body's
// configured number (public_body.objection_follow_up_working_days, default 10 as in Ps 22(7)), counted on the
// working-day calendar from the day of the decision. On ground b without a request (Ps 35(1)b), the task is to
// publish the information that was not published.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { objectionFollowUps, publicBody, type ObjectionDecision } from '../../db/schema/index.js';
import { computeDeadline } from '../calendar/load-calendar.js';

export type ObjectionFollowUp = typeof objectionFollowUps.$inferSelect;

/** Decisions that order the PPID to give information. */
export const ORDERS_INFORMATION: readonly ObjectionDecision[] = ['dikabulkan', 'dikabulkan_sebagian'];

/** The working days and due date of the follow-up of a decision made on `decidedOn`. */
export async function followUpDeadline(
  ctx: Pick<Ctx, 'db'>,
  decidedOn: string,
  fromDecision: number | undefined,
): Promise<{ workingDays: number; fromDecision: boolean; due: string }> {
  let workingDays = fromDecision;
  if (!workingDays) {
    const [b] = await ctx.db.select({ n: publicBody.objectionFollowUpWorkingDays }).from(publicBody).limit(1);
    workingDays = b?.n ?? 10;
  }
  const d = await computeDeadline(ctx, decidedOn, workingDays);
  return { workingDays, fromDecision: !!fromDecision, due: d.due };
}

/** Opens the follow-up task inside the deciding transaction. */
export async function openFollowUp(
  t: Ctx,
  o: { id: string; requestId: string | null },
  deadline: { workingDays: number; fromDecision: boolean; due: string },
): Promise<ObjectionFollowUp> {
  const [f] = await t.db
    .insert(objectionFollowUps)
    .values({
      objectionId: o.id,
      requestId: o.requestId,
      workingDays: deadline.workingDays,
      fromDecision: deadline.fromDecision,
      dueDate: deadline.due,
      openedAt: t.clock.now(),
    })
    .returning();
  return f!;
}

export async function followUpOfObjection(ctx: Pick<Ctx, 'db'>, objectionId: string): Promise<ObjectionFollowUp | null> {
  const [f] = await ctx.db.select().from(objectionFollowUps).where(eq(objectionFollowUps.objectionId, objectionId));
  return f ?? null;
}
