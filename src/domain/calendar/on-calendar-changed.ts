// The one place a change of the working-day calendar reaches deadlines that are already running.
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { informationRequests, objections } from '../../db/schema/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { responseDeadline, serviceHours } from '../requests/deadlines.js';
import { addDays } from './dates.js';
import { computeDeadline } from './load-calendar.js';
import { EXTENSION_WORKING_DAYS, SUPERIOR_RESPONSE_WORKING_DAYS } from './periods.js';
import { receiptDate } from './working-days.js';

export type CalendarChange = { action: 'created' | 'updated' | 'deleted' | 'imported'; dates: string[] };

/** Requests whose response period is still running (an extended one: 10 + 7 working days). */
const OPEN = ['received', 'in_progress', 'extended'] as const;

/**
 * Called inside the transaction of every calendar change (manage-calendar.ts): the open requests whose
 * running period covers a changed date get their deadline computed again from the date of receipt, and
 * every deadline that moves is written with both dates to the audit log (kip-domain.md §8.1).
 */
export async function recomputeOpenDeadlines(ctx: Ctx, change: CalendarChange): Promise<void> {
  if (!change.dates.length) return;
  const sorted = [...change.dates].sort();
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  // A superset: day 0 may lie a few days before the stored start (a receipt on a holiday or weekend).
  const candidates = await ctx.db
    .select()
    .from(informationRequests)
    .where(and(inArray(informationRequests.status, [...OPEN]), lte(informationRequests.startDate, addDays(last, 14)), gte(informationRequests.dueDate, first)));
  await recomputeOpenObjections(ctx, change, first);
  if (!candidates.length) return;
  for (const r of candidates) {
    const d = await responseDeadline(ctx, r.receivedAt);
    // An extension adds 7 working days to the first deadline (UU KIP Ps 22(8)); both move with the calendar.
    const extended = r.status === 'extended' ? await computeDeadline(ctx, d.due, EXTENSION_WORKING_DAYS) : null;
    const due = extended?.due ?? d.due;
    const firstDue = extended ? d.due : r.dueDateBeforeExtension;
    if (due === r.dueDate && d.countFrom === r.startDate && firstDue === r.dueDateBeforeExtension) continue;
    await ctx.db
      .update(informationRequests)
      .set({ startDate: d.countFrom, dueDate: due, dueDateBeforeExtension: firstDue, updatedAt: ctx.clock.now() })
      .where(eq(informationRequests.id, r.id));
    await recordAudit(ctx, {
      action: 'request.deadline_recomputed',
      entityType: 'information_request',
      entityId: r.id,
      before: { number: r.number, startDate: r.startDate, dueDate: r.dueDate },
      after: { number: r.number, startDate: d.countFrom, dueDate: due, calendarChange: change },
    });
  }
}

/**
 * Objections awaiting the Atasan PPID's answer: 30 working days from the day of receipt (UU KIP Ps 36(2)),
 * computed again when a changed date lies in their period; each move is audited with both dates.
 */
async function recomputeOpenObjections(ctx: Ctx, change: CalendarChange, first: string): Promise<void> {
  const open = await ctx.db
    .select()
    .from(objections)
    .where(and(eq(objections.status, 'received'), gte(objections.dueDate, first)));
  if (!open.length) return;
  const hours = await serviceHours(ctx);
  for (const o of open) {
    const d = await computeDeadline(ctx, receiptDate(o.receivedAt, hours), SUPERIOR_RESPONSE_WORKING_DAYS);
    if (d.due === o.dueDate) continue;
    await ctx.db.update(objections).set({ dueDate: d.due, updatedAt: ctx.clock.now() }).where(eq(objections.id, o.id));
    await recordAudit(ctx, {
      action: 'objection.deadline_recomputed',
      entityType: 'objection',
      entityId: o.id,
      before: { number: o.number, dueDate: o.dueDate },
      after: { number: o.number, dueDate: d.due, calendarChange: change },
    });
  }
}
