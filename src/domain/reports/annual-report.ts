// Laporan Layanan Informasi Publik (Perki 1/2021 Ps 56, kip-domain.md §7.1) for one year: the figures of
// part c (requests) and d (objections and disputes), city-wide and per unit, counted by the same code as
// the public statistics, and the parts a, b, e and f that the PPID Utama writes. Due by 31 March of the
// following year. Figures only: no applicant, no request text.
import { messageRef } from '../../i18n/catalogue.js';
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import {
  annualReportNarratives,
  disputes,
  DISPUTE_OUTCOMES,
  DISPUTE_STAGES,
  informationRequests,
  OBJECTION_DECISIONS,
  OBJECTION_GROUNDS,
  objections,
  units,
  type DisputeOutcome,
  type DisputeStage,
  type ObjectionDecision,
  type ObjectionGround,
} from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { dateInZone, parseIsoDate } from '../calendar/dates.js';
import { getPublicBody, type PublicBody } from '../org/public-body.js';
import { invalid } from '../requests/case.js';
import { serviceHours } from '../requests/deadlines.js';
import { byUnit, requestFacts, summarise, type RequestSummary } from '../requests/statistics.js';
import { actorId } from '../../shared/ids.js';

export type ObjectionSummary = {
  total: number;
  /** An objection may cite several grounds: the counts add up to more than the total. */
  byGround: Record<ObjectionGround, number>;
  byDecision: Record<ObjectionDecision | 'pending', number>;
  /** Decided within the Atasan PPID's 30 working days (UU KIP Ps 36(2)). */
  decidedInTime: number;
  /** Decisions that ordered the PPID to act (tindak lanjut). */
  withFollowUp: number;
};

export type DisputeSummary = {
  total: number;
  byStage: Record<DisputeStage, number>;
  byOutcome: Record<DisputeOutcome | 'none', number>;
  closed: number;
};

export type UnitFigures = { unitId: string | null; name: string | null; summary: RequestSummary; objections: number };

export type Narrative = Omit<typeof annualReportNarratives.$inferSelect, 'updatedAt' | 'updatedBy' | 'year'>;
export const NARRATIVE_FIELDS = [
  'policy',
  'facilities',
  'staffing',
  'budget',
  'obstaclesInternal',
  'obstaclesExternal',
  'recommendations',
  'followUpPlan',
] as const satisfies readonly (keyof Narrative)[];

export type AnnualReport = {
  year: number;
  body: PublicBody | undefined;
  /** Perki 1/2021 Ps 56: at the latest three months after the budget year, i.e. 31 March. */
  dueBy: string;
  today: string;
  city: RequestSummary;
  units: UnitFigures[];
  objections: ObjectionSummary;
  disputes: DisputeSummary;
  narrative: Narrative;
  narrativeUpdatedAt: Date | null;
};

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export const ZReportYear = z.coerce
  .number({ message: messageRef('validation.year_between_2000_2100') })
  .int()
  .min(2000)
  .max(2100);

/** The report's year from a query string: the one asked for, else the previous year (the one being reported). */
export function reportYear(raw: string | undefined, today: string): number {
  const y = ZReportYear.safeParse(raw);
  return y.success && raw ? y.data : Number(today.slice(0, 4)) - 1;
}

export async function annualReport(ctx: Ctx, year: number): Promise<AnnualReport> {
  authorize(ctx.actor, 'report.annual');
  if (!ZReportYear.safeParse(year).success) throw errors.notFound();
  const body = await getPublicBody(ctx.db);
  const tz = (await serviceHours(ctx)).timeZone;
  const today = dateInZone(ctx.clock.now(), tz).date;
  const facts = await requestFacts(ctx, year);

  // Objections of the year, each with the unit its request is counted under.
  const objectionRows = await ctx.db
    .select({
      requestId: objections.requestId,
      grounds: objections.grounds,
      status: objections.status,
      decision: objections.decision,
      dueDate: objections.dueDate,
      decidedAt: objections.decidedAt,
      followUp: sql<boolean>`${objections.followUp} <> ''`,
      ownUnitId: objections.unitId,
    })
    .from(objections)
    .where(eq(objections.year, year));
  const unitOfRequest = new Map(facts.map((f) => [f.id, f.unitId]));
  // An objection of this year may concern a request of last year.
  const missing = objectionRows.flatMap((o) => (o.requestId && !unitOfRequest.has(o.requestId) ? [o.requestId] : []));
  if (missing.length) {
    const rows = await ctx.db
      .select({
        id: informationRequests.id,
        unitId: sql<
          string | null
        >`coalesce(${informationRequests.unitId}, (select d.unit_id from request_dispositions d where d.request_id = ${informationRequests.id} order by d.disposed_at, d.id limit 1))`,
      })
      .from(informationRequests)
      .where(inArray(informationRequests.id, missing));
    for (const r of rows) unitOfRequest.set(r.id, r.unitId);
  }
  const objectionSummary: ObjectionSummary = {
    total: objectionRows.length,
    byGround: zeros(OBJECTION_GROUNDS),
    byDecision: zeros([...OBJECTION_DECISIONS, 'pending'] as const),
    decidedInTime: 0,
    withFollowUp: 0,
  };
  const objectionsPerUnit = new Map<string, number>();
  for (const o of objectionRows) {
    for (const g of o.grounds) if (g in objectionSummary.byGround) objectionSummary.byGround[g]++;
    if (o.status === 'decided' && o.decision) {
      objectionSummary.byDecision[o.decision]++;
      if (o.decidedAt && dateInZone(o.decidedAt, tz).date <= o.dueDate) objectionSummary.decidedInTime++;
      if (o.followUp) objectionSummary.withFollowUp++;
    } else objectionSummary.byDecision.pending++;
    // Ground b without a request (Ps 35(1)b): the unit the applicant named, if any.
    const key = (o.requestId ? unitOfRequest.get(o.requestId) : o.ownUnitId) ?? '';
    objectionsPerUnit.set(key, (objectionsPerUnit.get(key) ?? 0) + 1);
  }

  const disputeRows = await ctx.db
    .select({ stage: disputes.stage, outcome: disputes.outcome, closedAt: disputes.closedAt })
    .from(disputes)
    .where(and(gte(disputes.filedOn, `${year}-01-01`), lte(disputes.filedOn, `${year}-12-31`)));
  const disputeSummary: DisputeSummary = {
    total: disputeRows.length,
    byStage: zeros(DISPUTE_STAGES),
    byOutcome: zeros([...DISPUTE_OUTCOMES, 'none'] as const),
    closed: disputeRows.filter((d) => d.closedAt).length,
  };
  for (const d of disputeRows) {
    disputeSummary.byStage[d.stage]++;
    disputeSummary.byOutcome[d.outcome ?? 'none']++;
  }

  // Every active unit has a row, also with no request: the report accounts for each SOPD.
  const groups = byUnit(facts);
  const allUnits = await ctx.db.select({ id: units.id, name: units.name, active: units.active }).from(units);
  const unitFigures: UnitFigures[] = groups.map((g) => ({
    unitId: g.unitId,
    name: g.name,
    summary: summarise(g.facts, today),
    objections: objectionsPerUnit.get(g.unitId ?? '') ?? 0,
  }));
  for (const u of allUnits.filter((x) => x.active && !groups.some((g) => g.unitId === x.id)).sort((a, b) => a.name.localeCompare(b.name, 'id'))) {
    unitFigures.push({ unitId: u.id, name: u.name, summary: summarise([], today), objections: objectionsPerUnit.get(u.id) ?? 0 });
  }

  const { narrative, updatedAt } = await loadNarrative(ctx, year, body);
  return {
    year,
    body,
    dueBy: `${year + 1}-03-31`,
    today,
    city: summarise(facts, today),
    units: unitFigures,
    objections: objectionSummary,
    disputes: disputeSummary,
    narrative,
    narrativeUpdatedAt: updatedAt,
  };
}

async function loadNarrative(ctx: Pick<Ctx, 'db'>, year: number, body: PublicBody | undefined): Promise<{ narrative: Narrative; updatedAt: Date | null }> {
  const [row] = await ctx.db.select().from(annualReportNarratives).where(eq(annualReportNarratives.year, year));
  if (row) {
    const { year: _y, updatedAt, updatedBy: _u, ...narrative } = row;
    return { narrative, updatedAt };
  }
  const empty = Object.fromEntries(NARRATIVE_FIELDS.map((k) => [k, ''])) as Record<(typeof NARRATIVE_FIELDS)[number], string>;
  return { narrative: { ...empty, ppidName: body?.ppidContactName ?? '', ppidNip: '', atasanName: '', atasanNip: '', signedOn: null }, updatedAt: null };
}

const long = z
  .string()
  .trim()
  .max(8000, { message: messageRef('disputes.most_8000_characters') })
  .default('');
const nip = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.union([z.literal(''), z.string().regex(/^\d{18}$/, { message: messageRef('validation.nip_has_18_digits_left_empty') })]))
  .default('');
const name = z
  .string()
  .trim()
  .max(200, { message: messageRef('validation.most_200_characters') })
  .default('');

export const ZNarrative = z.object({
  policy: long,
  facilities: long,
  staffing: long,
  budget: long,
  obstaclesInternal: long,
  obstaclesExternal: long,
  recommendations: long,
  followUpPlan: long,
  ppidName: name,
  ppidNip: nip,
  atasanName: name,
  atasanNip: nip,
  signedOn: z
    .string()
    .trim()
    .default('')
    .refine((s) => s === '' || parseIsoDate(s) !== null, { message: messageRef('validation.not_valid_date_use_form_yyyy') })
    .transform((s) => s || null),
});
export type NarrativeInput = z.input<typeof ZNarrative>;

/** Saves the written parts of a year's report and its signers; audited with what changed. */
export async function saveNarrative(ctx: Ctx, year: number, raw: NarrativeInput): Promise<void> {
  authorize(ctx.actor, 'report.annual_edit');
  if (!ZReportYear.safeParse(year).success) throw errors.notFound();
  const parsed = ZNarrative.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const input = parsed.data;
  await inTransaction(ctx, async (t) => {
    const [before] = await t.db.select().from(annualReportNarratives).where(eq(annualReportNarratives.year, year)).for('update');
    const now = t.clock.now();
    await t.db
      .insert(annualReportNarratives)
      .values({ year, ...input, updatedAt: now, updatedBy: actorId(t) })
      .onConflictDoUpdate({ target: annualReportNarratives.year, set: { ...input, updatedAt: now, updatedBy: actorId(t) } });
    const strip = (r: typeof before) => (r ? Object.fromEntries(Object.entries(r).filter(([k]) => !['year', 'updatedAt', 'updatedBy'].includes(k))) : null);
    await recordAudit(t, { action: 'report.narrative_saved', entityType: 'annual_report', entityId: String(year), before: strip(before), after: input });
  });
}
