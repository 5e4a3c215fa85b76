// "Perlu tindakan Anda": the actor's work queue, built from the sources its role is given
// (policies/work-queue.ts), each section most urgent first, with counts for the navigation.
import type { Ctx } from '../../context.js';
import { workQueuePlan, type WorkQueuePlan, type WorkQueueSourceKey } from '../../policies/work-queue.js';
import { authorize } from '../../policies/index.js';
import { yearOf } from '../calendar/dates.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { addWorkingDays } from '../calendar/working-days.js';
import { serviceHours } from '../requests/deadlines.js';
import { DUE_SOON_WORKING_DAYS } from '../requests/inbox.js';
import { dateInZone } from '../calendar/dates.js';
import { sourceOf } from './sources.js';
import { byUrgency, type QueueEnv, type QueueItem } from './types.js';

export type WorkQueueSection = { key: WorkQueueSourceKey; listHref: string; navHref: string; count: number; items: QueueItem[] };

export type WorkQueue = {
  plan: WorkQueuePlan;
  today: string;
  dueSoonWorkingDays: number;
  sections: WorkQueueSection[];
  /** Distinct things to act on (an overdue request and its open disposition are one). */
  total: number;
  /** Per navigation link: distinct things to act on behind it; '/admin' (the home) has the total. */
  nav: Record<string, number>;
};

export type WorkQueueOptions = { dueSoonWorkingDays?: number };

export async function buildWorkQueue(ctx: Ctx, opts: WorkQueueOptions = {}): Promise<WorkQueue> {
  authorize(ctx.actor, 'backoffice.view');
  const plan = workQueuePlan(ctx.actor);
  const dueSoonWorkingDays = opts.dueSoonWorkingDays ?? DUE_SOON_WORKING_DAYS;
  const { timeZone } = await serviceHours(ctx);
  const today = dateInZone(ctx.clock.now(), timeZone).date;
  if (!plan.sources.length) return { plan, today, dueSoonWorkingDays, sections: [], total: 0, nav: {} };
  // A year back for deadlines already past, a year ahead for the due-soon window.
  const cal = await loadCalendar(ctx, { fromYear: yearOf(today) - 1, toYear: yearOf(today) + 1 });
  const env: QueueEnv = {
    ctx,
    today,
    timeZone,
    cal,
    soonLimit: addWorkingDays(cal, today, dueSoonWorkingDays).due,
    dueSoonWorkingDays,
    unitId: plan.unitId,
  };
  // One after another: PGlite has one connection, and a pool gains little for a handful of indexed reads.
  const sections: WorkQueueSection[] = [];
  for (const key of plan.sources) {
    const source = sourceOf(key);
    const items = (await source.collect(env)).sort(byUrgency);
    sections.push({ key, listHref: source.listHref, navHref: source.navHref, count: items.length, items });
  }
  const all = new Set<string>();
  const perNav = new Map<string, Set<string>>();
  for (const s of sections) {
    for (const i of s.items) {
      const subject = i.subject ?? `${s.key}:${i.id}`;
      all.add(subject);
      if (!perNav.has(s.navHref)) perNav.set(s.navHref, new Set());
      perNav.get(s.navHref)!.add(subject);
    }
  }
  const nav: Record<string, number> = Object.fromEntries([...perNav].map(([href, set]) => [href, set.size]));
  // The home link counts everything once.
  if (all.size) nav['/admin'] = all.size;
  return { plan, today, dueSoonWorkingDays, sections, total: all.size, nav };
}
