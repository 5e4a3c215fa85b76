// The shapes shared by the work queue's sources: what a source is given, what an item says, and how "when"
// (late, due, waiting) is worked out on the body's working-day calendar.
import type { Ctx } from '../../context.js';
import type { WorkQueueSourceKey } from '../../policies/work-queue.js';
import { addDays } from '../calendar/dates.js';
import { countWorkingDays, type WorkingCalendar } from '../calendar/working-days.js';

/** How pressing an item is: past its deadline, before it, or (no deadline) waiting since a day. */
export type QueueWhen =
  | { kind: 'overdue'; dueDate: string; workingDays: number }
  | { kind: 'due'; dueDate: string; workingDays: number }
  | { kind: 'waiting'; since: string; days: number };

export type QueueItem = {
  /** Unique within its source. */
  id: string;
  /** What the officer recognises the item by (a number, a DIP title); never classified text it may not read. */
  title: string;
  /** A second line: the unit, the request it belongs to. */
  detail: string;
  /** The page where the action is done. */
  href: string;
  when: QueueWhen;
  /** What the item is about, when other sources may list it too (an overdue request and its open disposition). */
  subject?: string;
};

/** What every source is given: the actor's context, today in the body's time zone and the calendar. */
export type QueueEnv = {
  ctx: Ctx;
  today: string;
  timeZone: string;
  cal: WorkingCalendar;
  /** The last day that is still "due soon". */
  soonLimit: string;
  dueSoonWorkingDays: number;
  /** null: every unit; otherwise only this unit's items (policies/work-queue.ts). */
  unitId: string | null;
};

export type WorkQueueSource = {
  key: WorkQueueSourceKey;
  /** The list page where all of this source's work is (the section's "see all"). */
  listHref: string;
  /** The navigation link whose badge counts this source's items. */
  navHref: string;
  collect(env: QueueEnv): Promise<QueueItem[]>;
};

/** Rows a source reads at most; a queue longer than this is shown as this many (the list page has all). */
export const SOURCE_LIMIT = 500;

export function whenDue(env: Pick<QueueEnv, 'cal' | 'today'>, dueDate: string): QueueWhen {
  if (dueDate < env.today) {
    // Due on a Friday and seen on Saturday is late all the same: at least one working day.
    return { kind: 'overdue', dueDate, workingDays: Math.max(1, countWorkingDays(env.cal, dueDate, env.today)) };
  }
  return { kind: 'due', dueDate, workingDays: countWorkingDays(env.cal, env.today, dueDate) };
}

export function whenWaiting(env: Pick<QueueEnv, 'today'>, since: string): QueueWhen {
  let days = 0;
  for (let d = since; d < env.today && days < 10_000; d = addDays(d, 1)) days++;
  return { kind: 'waiting', since, days };
}

const RANK = { overdue: 0, due: 1, waiting: 2 } as const;
const dateOf = (w: QueueWhen) => (w.kind === 'waiting' ? w.since : w.dueDate);

/** Most urgent first: late before due before waiting; within each, the oldest date first. */
export function byUrgency(a: QueueItem, b: QueueItem): number {
  return RANK[a.when.kind] - RANK[b.when.kind] || dateOf(a.when).localeCompare(dateOf(b.when)) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}
