// Statistics of the information service for one year: how many requests and through which channel, what
// was decided and on which Ps 17 ground, how long answers took in working days and how many came within
// the deadline. Counts only: no applicant, no request text, nothing that names a person. The public page
// (/statistik-layanan) and the annual report (domain/reports) both count through requestFacts + summarise.
import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import {
  APPLICANT_TYPES,
  consequenceTests,
  EXEMPTION_GROUNDS,
  informationRequests,
  objections,
  REQUEST_CHANNELS,
  REQUEST_OUTCOMES,
  requestResponses,
  units,
  type ApplicantType,
  type ExemptionGround,
  type RequestChannel,
  type RequestOutcome,
  type RequestStatus,
} from '../../db/schema/index.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { countWorkingDays } from '../calendar/working-days.js';
import { refusalGround } from '../reports/refusal-ground.js';

export const NO_UNIT = { id: 'Belum ditentukan unitnya', en: 'Agency not yet decided' };

/** One request of the year as the statistics see it: no personal data, no text. */
export type RequestFact = {
  id: string;
  channel: RequestChannel;
  applicantType: ApplicantType;
  status: RequestStatus;
  /** The unit that holds the information: the one addressed, else the first one it was disposed to. */
  unitId: string | null;
  unitName: string | null;
  startDate: string;
  dueDate: string;
  extended: boolean;
  outcome: RequestOutcome | null;
  noticeDate: string | null;
  ground: ExemptionGround | null;
  /** Working days from the day the clock started (day 0) to the written notice. */
  days: number | null;
};

export async function requestFacts(ctx: Pick<Ctx, 'db'>, year: number): Promise<RequestFact[]> {
  const firstDisposedUnit = sql<
    string | null
  >`(select d.unit_id from request_dispositions d where d.request_id = ${informationRequests.id} order by d.disposed_at, d.id limit 1)`;
  const unitOf = sql<string | null>`coalesce(${informationRequests.unitId}, ${firstDisposedUnit})`;
  const rows = await ctx.db
    .select({
      id: informationRequests.id,
      channel: informationRequests.channel,
      applicantType: informationRequests.applicantType,
      status: informationRequests.status,
      unitId: unitOf,
      unitName: units.name,
      startDate: informationRequests.startDate,
      dueDate: informationRequests.dueDate,
      extended: sql<boolean>`${informationRequests.extendedAt} is not null`,
      outcome: requestResponses.outcome,
      noticeDate: requestResponses.noticeDate,
      noticeGround: requestResponses.exemptionGround,
      testGround: consequenceTests.ground,
    })
    .from(informationRequests)
    .leftJoin(requestResponses, eq(requestResponses.requestId, informationRequests.id))
    .leftJoin(consequenceTests, eq(consequenceTests.id, requestResponses.consequenceTestId))
    .leftJoin(units, sql`${units.id} = ${unitOf}`)
    .where(eq(informationRequests.year, year))
    .orderBy(informationRequests.seq);
  // A December request may be answered in January.
  const cal = await loadCalendar(ctx, { fromYear: year, toYear: year + 1 });
  return rows.map(({ noticeGround, testGround, ...r }) => ({
    ...r,
    extended: !!r.extended,
    ground: r.outcome ? refusalGround({ testGround, noticeGround }) : null,
    days: r.noticeDate ? countWorkingDays(cal, r.startDate, r.noticeDate) : null,
  }));
}

export type RequestSummary = {
  received: number;
  answered: number;
  open: number;
  byChannel: Record<RequestChannel, number>;
  byApplicantType: Record<ApplicantType, number>;
  byOutcome: Record<RequestOutcome, number>;
  /** Working days from day 0 to the written notice, over answered requests. */
  days: { mean: number | null; median: number | null; max: number | null };
  /** Answered within 10 and within 17 working days (whatever the request's own deadline). */
  within10: number;
  within17: number;
  /** Answered by the request's own deadline (10 working days, or 17 when extended with notice). */
  withinDeadline: number;
  /** Answered after the request's own deadline. */
  late: number;
  /** Not answered and past the deadline on `today`. */
  overdueOpen: number;
  extended: number;
  /** Per Ps 17 letter: refusals, and partial grants that withheld material. */
  exemptionsByGround: Record<ExemptionGround, { refused: number; partial: number }>;
};

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The median of sorted numbers: the middle one, or the mean of the middle two. */
export function median(sorted: readonly number[]): number | null {
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarise(facts: readonly RequestFact[], today: string): RequestSummary {
  const byOutcome = zeros(REQUEST_OUTCOMES);
  const byChannel = zeros(REQUEST_CHANNELS);
  const byApplicantType = zeros(APPLICANT_TYPES);
  const exemptionsByGround = Object.fromEntries(EXEMPTION_GROUNDS.map((g) => [g, { refused: 0, partial: 0 }])) as RequestSummary['exemptionsByGround'];
  const days: number[] = [];
  let within10 = 0;
  let within17 = 0;
  let withinDeadline = 0;
  let late = 0;
  let overdueOpen = 0;
  for (const f of facts) {
    byChannel[f.channel]++;
    byApplicantType[f.applicantType]++;
    if (f.outcome && f.noticeDate && f.days !== null) {
      byOutcome[f.outcome]++;
      days.push(f.days);
      if (f.days <= 10) within10++;
      if (f.days <= 17) within17++;
      if (f.noticeDate <= f.dueDate) withinDeadline++;
      else late++;
      if (f.ground && f.outcome === 'ditolak_dikecualikan') exemptionsByGround[f.ground].refused++;
      if (f.ground && f.outcome === 'diberikan_sebagian') exemptionsByGround[f.ground].partial++;
    } else if (f.dueDate < today) overdueOpen++;
  }
  days.sort((a, b) => a - b);
  return {
    received: facts.length,
    answered: days.length,
    open: facts.length - days.length,
    byChannel,
    byApplicantType,
    byOutcome,
    days: days.length
      ? { mean: Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10, median: median(days), max: days[days.length - 1]! }
      : { mean: null, median: null, max: null },
    within10,
    within17,
    withinDeadline,
    late,
    overdueOpen,
    extended: facts.filter((f) => f.extended).length,
    exemptionsByGround,
  };
}

/** The facts grouped by unit, the units with most requests first. */
export function byUnit(facts: readonly RequestFact[]): { unitId: string | null; name: string | null; facts: RequestFact[] }[] {
  const groups = new Map<string, { unitId: string | null; name: string | null; facts: RequestFact[] }>();
  for (const f of facts) {
    const key = f.unitId ?? '';
    const g = groups.get(key) ?? { unitId: f.unitId, name: f.unitName, facts: [] };
    g.facts.push(f);
    groups.set(key, g);
  }
  return [...groups.values()].sort(
    (a, b) => b.facts.length - a.facts.length || (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name, 'id')),
  );
}

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

/** The public statistics page's figures. `today` only matters for overdue counts, which it does not show. */
export async function serviceStatistics(ctx: Pick<Ctx, 'db'>, year: number): Promise<ServiceStatistics> {
  const facts = await requestFacts(ctx, year);
  const s = summarise(facts, '9999-12-31');
  const [obj] = await ctx.db
    .select({ n: sql<number>`count(*)::int`, decided: sql<number>`count(*) filter (where ${objections.status} = 'decided')::int` })
    .from(objections)
    .where(eq(objections.year, year));
  return {
    year,
    received: s.received,
    answered: s.answered,
    open: s.open,
    byOutcome: s.byOutcome,
    refusalsByGround: Object.fromEntries(EXEMPTION_GROUNDS.map((g) => [g, s.exemptionsByGround[g].refused])) as Record<ExemptionGround, number>,
    byUnit: byUnit(facts).map((g) => ({ name: g.name ?? NO_UNIT.id, received: g.facts.length, answered: g.facts.filter((f) => f.outcome).length })),
    days: s.days,
    withinDeadline: s.withinDeadline,
    extended: s.extended,
    objections: Number(obj?.n ?? 0),
    objectionsDecided: Number(obj?.decided ?? 0),
  };
}
