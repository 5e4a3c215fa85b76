// Reads the working-day calendar from the database for a range of years, and computes deadlines with it.
import { and, asc, gte, lte } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { nonWorkingDays } from '../../db/schema/index.js';
import { addWorkingDays, buildCalendar, yearsToLoad, type CountingOptions, type Deadline, type WorkingCalendar } from './working-days.js';

export async function loadCalendar(ctx: Pick<Ctx, 'db'>, range: { fromYear: number; toYear: number }): Promise<WorkingCalendar> {
  const rows = await ctx.db
    .select({
      date: nonWorkingDays.date,
      kind: nonWorkingDays.kind,
      name: nonWorkingDays.name,
      source: nonWorkingDays.source,
      stopsClock: nonWorkingDays.stopsClock,
    })
    .from(nonWorkingDays)
    .where(and(gte(nonWorkingDays.date, `${range.fromYear}-01-01`), lte(nonWorkingDays.date, `${range.toYear}-12-31`)))
    .orderBy(asc(nonWorkingDays.date), asc(nonWorkingDays.name));
  return buildCalendar(rows, range);
}

/** The due date of `workingDays` working days from `start`, on the calendar as it is in the database now. */
export async function computeDeadline(ctx: Pick<Ctx, 'db'>, start: string, workingDays: number, opts: CountingOptions = {}): Promise<Deadline> {
  const cal = await loadCalendar(ctx, yearsToLoad(start, workingDays));
  return addWorkingDays(cal, start, workingDays, opts);
}
