// The one place a change of the working-day calendar reaches deadlines that are already running.
import type { Ctx } from '../../context.js';

export type CalendarChange = { action: 'created' | 'updated' | 'deleted'; dates: string[] };

/**
 * Called inside the transaction of every calendar change (manage-calendar.ts).
 *
 * Not implemented yet, because no request, objection or dispute exists in the system yet. When they do,
 * kip-domain.md §8.1 asks for this: find the open cases whose running period covers one of `change.dates`,
 * recompute their deadlines with computeDeadline(), store the new date with the calendar version it came
 * from, and record both dates in the audit log (one row per case, in this same transaction).
 */
export async function recomputeOpenDeadlines(_ctx: Ctx, _change: CalendarChange): Promise<void> {
  // Intentionally empty until open cases exist.
}
