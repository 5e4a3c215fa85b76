// Public statistics of the information service for one year: how many requests, what was decided, how
// long answers took in working days and how many came within the deadline, objections. Counts only: no
// applicant, no request text, nothing that names a person.
import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import {
  consequenceTests,
  EXEMPTION_GROUNDS,
  informationRequests,
  objections,
  REQUEST_OUTCOMES,
  requestResponses,
  units,
  type ExemptionGround,
  type RequestOutcome,
} from '../../db/schema/index.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { countWorkingDays } from '../calendar/working-days.js';

export type ServiceStatistics = {
  year: number;
  received: number;
  answered: number;
  open: number;
  byOutcome: Record<RequestOutcome, number>;
  /** Refusals as exempt by UU KIP Ps 17 letter: the cited consequence test's ground, else the recorded one. */
  refusalsByGround: Record<ExemptionGround, number>;
  byUnit: { name: string; received: number; answered: number }[];
  /** Working days from the day the clock started to the written notice, over answered requests. */
  days: { mean: number | null; median: number | null; max: number | null };
  /** Answered by the statutory deadline (10 working days, or 17 when extended with notice). */
  withinDeadline: number;
  extended: number;
  objections: number;
  objectionsDecided: number;
};

export async function serviceStatistics(ctx: Pick<Ctx, 'db'>, year: number): Promise<ServiceStatistics> {
  const rows = await ctx.db
    .select({
      startDate: informationRequests.startDate,
      dueDate: informationRequests.dueDate,
      extended: sql<boolean>`${informationRequests.extendedAt} is not null`,
      unit: units.name,
      outcome: requestResponses.outcome,
      noticeDate: requestResponses.noticeDate,
      ground: sql<string | null>`coalesce(${consequenceTests.ground}, ${requestResponses.exemptionGround})`,
    })
    .from(informationRequests)
    .leftJoin(requestResponses, eq(requestResponses.requestId, informationRequests.id))
    .leftJoin(consequenceTests, eq(consequenceTests.id, requestResponses.consequenceTestId))
    .leftJoin(units, eq(units.id, informationRequests.unitId))
    .where(eq(informationRequests.year, year));
  const cal = await loadCalendar(ctx, { fromYear: year, toYear: year + 1 });
  const byOutcome = Object.fromEntries(REQUEST_OUTCOMES.map((o) => [o, 0])) as Record<RequestOutcome, number>;
  const refusalsByGround = Object.fromEntries(EXEMPTION_GROUNDS.map((g) => [g, 0])) as Record<ExemptionGround, number>;
  const perUnit = new Map<string, { received: number; answered: number }>();
  const days: number[] = [];
  let withinDeadline = 0;
  for (const r of rows) {
    const key = r.unit ?? 'Belum ditentukan unitnya';
    const u = perUnit.get(key) ?? { received: 0, answered: 0 };
    u.received++;
    if (r.outcome && r.noticeDate) {
      u.answered++;
      byOutcome[r.outcome]++;
      if (r.outcome === 'ditolak_dikecualikan' && r.ground && r.ground in refusalsByGround) refusalsByGround[r.ground as ExemptionGround]++;
      days.push(countWorkingDays(cal, r.startDate, r.noticeDate));
      if (r.noticeDate <= r.dueDate) withinDeadline++;
    }
    perUnit.set(key, u);
  }
  days.sort((a, b) => a - b);
  const mid = Math.floor(days.length / 2);
  const [obj] = await ctx.db
    .select({ n: sql<number>`count(*)::int`, decided: sql<number>`count(*) filter (where ${objections.status} = 'decided')::int` })
    .from(objections)
    .where(eq(objections.year, year));
  return {
    year,
    received: rows.length,
    answered: days.length,
    open: rows.length - days.length,
    byOutcome,
    refusalsByGround,
    byUnit: [...perUnit].map(([name, v]) => ({ name, ...v })).sort((a, b) => b.received - a.received || a.name.localeCompare(b.name)),
    days: days.length
      ? {
          mean: Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10,
          median: days.length % 2 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2,
          max: days[days.length - 1]!,
        }
      : { mean: null, median: null, max: null },
    withinDeadline,
    extended: rows.filter((r) => r.extended).length,
    objections: Number(obj?.n ?? 0),
    objectionsDecided: Number(obj?.decided ?? 0),
  };
}
