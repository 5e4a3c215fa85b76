// The follow-up tasks of granted objections: the open ones with their deadlines for a work queue, and those of
// one request (or one objection on ground b without a request) for its case page.
import { and, asc, eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../../context.js';
import { informationRequests, objectionFollowUps, objections } from '../../db/schema/index.js';
import { can } from '../../policies/index.js';
import { todayInBody } from '../requests/case.js';
import type { ObjectionFollowUp } from './open-follow-up.js';
import type { FollowUpState } from '../requests/inbox.js';

export type FollowUpTask = {
  id: string;
  objectionId: string;
  objectionNumber: string;
  /** Null on ground b without a request: the task is to publish the information (unpublishedInformation). */
  requestId: string | null;
  requestNumber: string | null;
  unpublishedInformation: string;
  dueDate: string;
  workingDays: number;
  overdue: boolean;
};

/**
 * The open follow-ups the actor is to carry out or oversee (the PPID Utama and the Atasan PPID), by deadline;
 * nothing for other roles. For the work queue ("Perlu tindakan Anda").
 */
export async function openFollowUpTasks(ctx: Pick<Ctx, 'db' | 'clock'>, actor: Actor): Promise<FollowUpTask[]> {
  if (!can(actor, 'objection.follow_up') && !can(actor, 'objection.view')) return [];
  const today = await todayInBody(ctx);
  const rows = await ctx.db
    .select({
      id: objectionFollowUps.id,
      objectionId: objectionFollowUps.objectionId,
      objectionNumber: objections.number,
      requestId: objectionFollowUps.requestId,
      requestNumber: informationRequests.number,
      unpublishedInformation: objections.unpublishedInformation,
      dueDate: objectionFollowUps.dueDate,
      workingDays: objectionFollowUps.workingDays,
    })
    .from(objectionFollowUps)
    .innerJoin(objections, eq(objections.id, objectionFollowUps.objectionId))
    .leftJoin(informationRequests, eq(informationRequests.id, objectionFollowUps.requestId))
    .where(eq(objectionFollowUps.status, 'open'))
    .orderBy(asc(objectionFollowUps.dueDate), asc(objections.number));
  return rows.map((r) => ({ ...r, overdue: r.dueDate < today }));
}

export type RequestFollowUp = ObjectionFollowUp & { objectionNumber: string; overdue: boolean };

/** The follow-ups of one request's objections (the case page); the caller has checked the request view. */
export async function followUpsOfRequest(ctx: Pick<Ctx, 'db' | 'clock'>, requestId: string): Promise<RequestFollowUp[]> {
  const today = await todayInBody(ctx);
  const rows = await ctx.db
    .select({ f: objectionFollowUps, number: objections.number })
    .from(objectionFollowUps)
    .innerJoin(objections, eq(objections.id, objectionFollowUps.objectionId))
    .where(and(eq(objectionFollowUps.requestId, requestId)))
    .orderBy(asc(objectionFollowUps.openedAt));
  return rows.map(({ f, number }) => ({ ...f, objectionNumber: number, overdue: f.status === 'open' && f.dueDate < today }));
}

/** The follow-up of one objection (ground b without a request has no request to list it under). */
export async function followUpsOfObjection(ctx: Pick<Ctx, 'db' | 'clock'>, objectionId: string): Promise<RequestFollowUp[]> {
  const today = await todayInBody(ctx);
  const rows = await ctx.db
    .select({ f: objectionFollowUps, number: objections.number })
    .from(objectionFollowUps)
    .innerJoin(objections, eq(objections.id, objectionFollowUps.objectionId))
    .where(eq(objectionFollowUps.objectionId, objectionId));
  return rows.map(({ f, number }) => ({ ...f, objectionNumber: number, overdue: f.status === 'open' && f.dueDate < today }));
}

/** The follow-up state that governs a request's deadline: the earliest open task, else done when all are. */
export function governingFollowUp(followUps: readonly Pick<ObjectionFollowUp, 'status' | 'dueDate'>[]): FollowUpState {
  const open = followUps.filter((f) => f.status === 'open').sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
  if (open.length) return { status: 'open', dueDate: open[0]!.dueDate };
  return followUps.length ? { status: 'done', dueDate: followUps[followUps.length - 1]!.dueDate } : null;
}
