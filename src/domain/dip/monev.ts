// Monitoring and evaluation (monev) of the DIP per unit for the PPID Utama: entries by category and
// status, returns, completeness against the berkala checklist, out-of-date berkala information, a score.
// The figures come from a pure function over a few aggregate queries, with "now" from ctx.clock.
import { and, asc, eq, isNotNull, max, or, sql, type SQL } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import {
  DIP_CATEGORIES,
  DIP_STATUSES,
  berkalaChecklist,
  dipEntries,
  dipReviews,
  dipVersions,
  units,
  type DipCategory,
  type DipStatus,
} from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { dateInZone, wallClock, yearInZone, zoneLabel, zoneOf } from '../calendar/dates.js';
import { authorize, can } from '../../policies/index.js';
import type { ChecklistHeading } from './checklist.js';
import { isPublic } from './public.js';
import { isUuid } from '../../shared/ids.js';
import { getPublicBody } from '../org/public-body.js';

/** Berkala information must be published at least every six months (UU KIP Ps 9 ayat 3). */
export const FRESH_MONTHS = 6;

export type MonevFacts = {
  units: { id: string; code: string; name: string; shortName: string }[];
  /** Entries per unit, status and category of the working version. */
  counts: { unitId: string; status: DipStatus; category: DipCategory; n: number }[];
  lastSubmitted: { unitId: string; at: Date | null }[];
  /** Entries that were returned at least once, per unit. */
  returnedEver: { unitId: string; n: number }[];
  /** Every public (published, not withdrawn) entry whose published version is berkala. */
  publicBerkala: { unitId: string; entryId: string; number: string; title: string; subtype: string; year: number | null; publishedAt: Date }[];
  /** Active checklist headings in order. */
  checklist: Pick<ChecklistHeading, 'code' | 'title' | 'subtypes'>[];
};

export type HeadingStatus = { code: string; title: string; satisfied: boolean; fresh: boolean };
export type OutdatedEntry = { entryId: string; number: string; title: string; year: number | null; publishedAt: Date; reason: 'year' | 'age' | 'both' };

export type UnitMonev = {
  unitId: string;
  code: string;
  name: string;
  shortName: string;
  total: number;
  byCategory: Record<DipCategory, number>;
  byStatus: Record<DipStatus, number>;
  lastSubmittedAt: Date | null;
  returnedEver: number;
  returnedNow: number;
  berkalaPublic: number;
  headings: HeadingStatus[];
  /** Headings with at least one public berkala entry of a matching sub-type. */
  satisfied: number;
  /** Of those, headings with at least one such entry that is not out of date. */
  satisfiedFresh: number;
  missing: { code: string; title: string }[];
  /** satisfied / active headings, in percent with one decimal; null without active headings. */
  completeness: number | null;
  outdated: OutdatedEntry[];
  /** See SCORE_RULE; null without active headings. */
  score: number | null;
};

export type MonevReport = {
  now: Date;
  /** Public berkala entries published before this moment are out of date. */
  cutoff: Date;
  /** Berkala entries about a year before this one are out of date. */
  minYear: number;
  headingCount: number;
  units: UnitMonev[];
  totals: {
    total: number;
    byCategory: Record<DipCategory, number>;
    byStatus: Record<DipStatus, number>;
    returnedEver: number;
    returnedNow: number;
    outdated: number;
    averageScore: number | null;
  };
};

export const OUTDATED_RULE = {
  id: `Informasi berkala dianggap kedaluwarsa bila tahun informasinya lebih lama dari tahun lalu (tahun < tahun ini − 1), atau bila versi yang tampil di portal diterbitkan lebih dari ${FRESH_MONTHS} bulan lalu. Dasar: UU 14/2008 Pasal 9 ayat (3), informasi berkala disampaikan paling singkat 6 bulan sekali.`,
  en: `Periodic information is out of date when its year is older than last year (year < this year − 1), or when the version on the portal was published more than ${FRESH_MONTHS} months ago. Basis: Law 14/2008 Art. 9(3), periodic information is published at least every 6 months.`,
};

export const SCORE_RULE = {
  id: 'Skor (0–100): setiap butir wajib daftar periksa berkala bernilai sama. Butir yang dipenuhi informasi berkala yang terbit dan mutakhir dihitung penuh; butir yang hanya dipenuhi informasi kedaluwarsa dihitung setengah; butir yang belum dipenuhi bernilai nol. Kelengkapan (%) menghitung semua butir yang dipenuhi, mutakhir atau tidak.',
  en: 'Score (0–100): each mandatory heading of the periodic checklist counts the same. A heading met by published, up-to-date periodic information counts in full; a heading met only by out-of-date information counts half; a heading not met counts zero. Completeness (%) counts every heading that is met, up to date or not.',
};

const zeroCategories = (): Record<DipCategory, number> => Object.fromEntries(DIP_CATEGORIES.map((c) => [c, 0])) as Record<DipCategory, number>;
const zeroStatuses = (): Record<DipStatus, number> => Object.fromEntries(DIP_STATUSES.map((s) => [s, 0])) as Record<DipStatus, number>;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** `months` calendar months before d (the day is clamped to the end of a shorter month). */
export function monthsBefore(d: Date, months: number): Date {
  const r = new Date(d.getTime());
  const day = r.getUTCDate();
  r.setUTCDate(1);
  r.setUTCMonth(r.getUTCMonth() - months);
  const last = new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0)).getUTCDate();
  r.setUTCDate(Math.min(day, last));
  return r;
}

/** The monev figures from the facts; deterministic for a given `now`. */
export function computeMonev(facts: MonevFacts, now: Date, timeZone: string): MonevReport {
  const cutoff = monthsBefore(now, FRESH_MONTHS);
  const minYear = yearInZone(now, timeZone) - 1;
  const headingCount = facts.checklist.length;
  const out: UnitMonev[] = facts.units.map((u) => {
    const byCategory = zeroCategories();
    const byStatus = zeroStatuses();
    let total = 0;
    for (const c of facts.counts) {
      if (c.unitId !== u.id) continue;
      byCategory[c.category] = (byCategory[c.category] ?? 0) + c.n;
      byStatus[c.status] = (byStatus[c.status] ?? 0) + c.n;
      total += c.n;
    }
    const mine = facts.publicBerkala.filter((e) => e.unitId === u.id);
    const outdated: OutdatedEntry[] = [];
    const freshSubtypes = new Set<string>();
    const anySubtypes = new Set<string>();
    for (const e of mine) {
      const oldYear = e.year !== null && e.year < minYear;
      const oldPublication = e.publishedAt.getTime() < cutoff.getTime();
      anySubtypes.add(e.subtype);
      if (oldYear || oldPublication) {
        outdated.push({
          entryId: e.entryId,
          number: e.number,
          title: e.title,
          year: e.year,
          publishedAt: e.publishedAt,
          reason: oldYear && oldPublication ? 'both' : oldYear ? 'year' : 'age',
        });
      } else freshSubtypes.add(e.subtype);
    }
    const headings: HeadingStatus[] = facts.checklist.map((h) => ({
      code: h.code,
      title: h.title,
      satisfied: h.subtypes.some((s) => anySubtypes.has(s)),
      fresh: h.subtypes.some((s) => freshSubtypes.has(s)),
    }));
    const satisfied = headings.filter((h) => h.satisfied).length;
    const satisfiedFresh = headings.filter((h) => h.fresh).length;
    return {
      unitId: u.id,
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      total,
      byCategory,
      byStatus,
      lastSubmittedAt: facts.lastSubmitted.find((l) => l.unitId === u.id)?.at ?? null,
      returnedEver: facts.returnedEver.find((r) => r.unitId === u.id)?.n ?? 0,
      returnedNow: byStatus.returned,
      berkalaPublic: mine.length,
      headings,
      satisfied,
      satisfiedFresh,
      missing: headings.filter((h) => !h.satisfied).map(({ code, title }) => ({ code, title })),
      completeness: headingCount ? round1((100 * satisfied) / headingCount) : null,
      outdated: outdated.sort((a, b) => a.number.localeCompare(b.number)),
      score: headingCount ? round1((100 * (satisfiedFresh + 0.5 * (satisfied - satisfiedFresh))) / headingCount) : null,
    };
  });
  const totals = {
    total: 0,
    byCategory: zeroCategories(),
    byStatus: zeroStatuses(),
    returnedEver: 0,
    returnedNow: 0,
    outdated: 0,
    averageScore: null as number | null,
  };
  for (const u of out) {
    totals.total += u.total;
    for (const c of DIP_CATEGORIES) totals.byCategory[c] += u.byCategory[c];
    for (const s of DIP_STATUSES) totals.byStatus[s] += u.byStatus[s];
    totals.returnedEver += u.returnedEver;
    totals.returnedNow += u.returnedNow;
    totals.outdated += u.outdated.length;
  }
  const scored = out.filter((u) => u.score !== null);
  if (scored.length) totals.averageScore = round1(scored.reduce((s, u) => s + u.score!, 0) / scored.length);
  return { now, cutoff, minYear, headingCount, units: out, totals };
}

// --- loading ----------------------------------------------------------------------------------------------

export type MonevScope = { kind: 'all' } | { kind: 'unit'; unitId: string };

/**
 * Who sees what: monitoring roles (dip.monitor) see every unit or the one they ask for; a PPID Pembantu
 * sees only its own unit.
 */
export function monevScope(ctx: Ctx, unitId?: string): MonevScope {
  authorize(ctx.actor, 'backoffice.view');
  if (unitId !== undefined && !isUuid(unitId)) throw errors.notFound();
  if (can(ctx.actor, 'dip.monitor')) return unitId ? { kind: 'unit', unitId } : { kind: 'all' };
  const own = ctx.actor.kind === 'user' ? ctx.actor.unitId : null;
  if (!own || (unitId && unitId !== own)) throw errors.forbidden();
  authorize(ctx.actor, 'dip.view', { unitId: own });
  return { kind: 'unit', unitId: own };
}

export async function loadMonevFacts(ctx: Ctx, scope: MonevScope): Promise<MonevFacts> {
  const db = ctx.db;
  const inScope = (col: typeof dipEntries.unitId | typeof units.id): SQL | undefined => (scope.kind === 'unit' ? eq(col, scope.unitId) : undefined);
  const hasEntries = sql`exists (select 1 from ${dipEntries} where ${dipEntries.unitId} = ${units.id})`;
  const unitRows = await db
    .select({ id: units.id, code: units.code, name: units.name, shortName: units.shortName })
    .from(units)
    .where(scope.kind === 'unit' ? eq(units.id, scope.unitId) : or(eq(units.active, true), hasEntries))
    .orderBy(asc(units.name));
  if (scope.kind === 'unit' && !unitRows.length) throw errors.notFound();
  const counts = await db
    .select({ unitId: dipEntries.unitId, status: dipEntries.status, category: dipVersions.category, n: sql<number>`count(*)::int` })
    .from(dipEntries)
    .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.workingVersionId))
    .where(inScope(dipEntries.unitId))
    .groupBy(dipEntries.unitId, dipEntries.status, dipVersions.category);
  const lastSubmitted = await db
    .select({ unitId: dipEntries.unitId, at: max(dipEntries.submittedAt) })
    .from(dipEntries)
    .where(inScope(dipEntries.unitId))
    .groupBy(dipEntries.unitId);
  const returnedEver = await db
    .select({ unitId: dipEntries.unitId, n: sql<number>`count(distinct ${dipReviews.entryId})::int` })
    .from(dipReviews)
    .innerJoin(dipEntries, eq(dipEntries.id, dipReviews.entryId))
    .where(and(eq(dipReviews.action, 'return'), inScope(dipEntries.unitId)))
    .groupBy(dipEntries.unitId);
  const publicBerkala = await db
    .select({
      unitId: dipEntries.unitId,
      entryId: dipEntries.id,
      number: dipEntries.number,
      title: dipVersions.title,
      subtype: dipVersions.subtype,
      year: dipVersions.year,
      publishedAt: dipEntries.publishedAt,
    })
    .from(dipEntries)
    .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.publishedVersionId))
    .where(and(isPublic, eq(dipVersions.category, 'berkala'), isNotNull(dipEntries.publishedAt), inScope(dipEntries.unitId)));
  const checklist = await db
    .select({ code: berkalaChecklist.code, title: berkalaChecklist.title, subtypes: berkalaChecklist.subtypes })
    .from(berkalaChecklist)
    .where(eq(berkalaChecklist.active, true))
    .orderBy(asc(berkalaChecklist.position), asc(berkalaChecklist.code));
  return {
    units: unitRows,
    counts: counts.map((c) => ({ ...c, n: Number(c.n) })),
    lastSubmitted: lastSubmitted.map((l) => ({ unitId: l.unitId, at: l.at ? new Date(l.at) : null })),
    returnedEver: returnedEver.map((r) => ({ ...r, n: Number(r.n) })),
    publicBerkala: publicBerkala.map((p) => ({ ...p, publishedAt: p.publishedAt! })),
    checklist,
  };
}

/** The monev report for the actor: every unit for monitoring roles, the own unit for a PPID Pembantu. */
export async function monevReport(ctx: Ctx, unitId?: string): Promise<MonevReport & { scope: MonevScope }> {
  const scope = monevScope(ctx, unitId);
  const facts = await loadMonevFacts(ctx, scope);
  return { ...computeMonev(facts, ctx.clock.now(), zoneOf(await getPublicBody(ctx.db))), scope };
}

// --- sorting ----------------------------------------------------------------------------------------------

export const MONEV_SORTS = ['unit', 'total', 'published', 'returned', 'last', 'completeness', 'outdated', 'score'] as const;
export type MonevSort = (typeof MONEV_SORTS)[number];
export const ZMonevSort = z.object({
  sort: z.enum(MONEV_SORTS).catch('score'),
  dir: z.enum(['asc', 'desc']).catch('desc'),
});

const sortValue = (u: UnitMonev, key: MonevSort): number | string => {
  switch (key) {
    case 'unit':
      return u.name.toLocaleLowerCase('id');
    case 'total':
      return u.total;
    case 'published':
      return u.byStatus.published;
    case 'returned':
      return u.returnedEver;
    case 'last':
      return u.lastSubmittedAt?.getTime() ?? -Infinity;
    case 'completeness':
      return u.completeness ?? -Infinity;
    case 'outdated':
      return u.outdated.length;
    case 'score':
      return u.score ?? -Infinity;
  }
};

/** Sorted copy; ties keep the unit-name order. */
export function sortUnits(list: UnitMonev[], key: MonevSort, dir: 'asc' | 'desc'): UnitMonev[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    const c = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, 'id') : (x as number) - (y as number);
    return c !== 0 && !Number.isNaN(c) ? sign * c : a.name.localeCompare(b.name, 'id');
  });
}

// --- xlsx -------------------------------------------------------------------------------------------------

const CATEGORY_HEAD: Record<DipCategory, string> = { berkala: 'Berkala', serta_merta: 'Serta-merta', setiap_saat: 'Setiap saat' };
const STATUS_HEAD: Record<DipStatus, string> = { draft: 'Draf', submitted: 'Diajukan', returned: 'Dikembalikan', published: 'Terbit', unpublished: 'Ditarik' };

/** The report as a workbook: one row per unit, the checklist matrix, the outdated entries and the rules. */
export async function monevXlsx(report: MonevReport, bodyName: string, timeZone: string): Promise<Buffer> {
  // Times as the pages show them: in the body's time zone (a plain Date would be written in UTC).
  const local = (d: Date) => wallClock(d, timeZone);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Q-Gesy';
  wb.created = report.now;
  const ws = wb.addWorksheet('Monev', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const headers = [
    'Unit Kerja',
    'Kode',
    'Jumlah Entri',
    ...DIP_CATEGORIES.map((c) => `Kategori: ${CATEGORY_HEAD[c]}`),
    ...DIP_STATUSES.map((s) => `Status: ${STATUS_HEAD[s]}`),
    'Pengajuan Terakhir',
    'Pernah Dikembalikan',
    'Sedang Dikembalikan',
    'Berkala Terbit',
    'Butir Terpenuhi',
    'Butir Wajib',
    'Kelengkapan (%)',
    'Berkala Kedaluwarsa',
    'Skor',
    'Butir Belum Terpenuhi',
  ];
  ws.columns = headers.map((h, i) => ({ header: h, width: i === 0 ? 36 : i === headers.length - 1 ? 60 : 12 }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  for (const u of report.units) {
    ws.addRow([
      u.name,
      u.code,
      u.total,
      ...DIP_CATEGORIES.map((c) => u.byCategory[c]),
      ...DIP_STATUSES.map((s) => u.byStatus[s]),
      u.lastSubmittedAt ? local(u.lastSubmittedAt) : '',
      u.returnedEver,
      u.returnedNow,
      u.berkalaPublic,
      u.satisfied,
      report.headingCount,
      u.completeness ?? '',
      u.outdated.length,
      u.score ?? '',
      u.missing.map((m) => m.title).join('; '),
    ]);
  }
  ws.getColumn(headers.indexOf('Pengajuan Terakhir') + 1).numFmt = `yyyy-mm-dd hh:mm "${zoneLabel(timeZone)}"`;
  ws.getColumn(headers.length).alignment = { wrapText: true, vertical: 'top' };

  const matrix = wb.addWorksheet('Daftar Periksa', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const headingTitles = report.units[0]?.headings.map((h) => h.title) ?? [];
  matrix.columns = [{ header: 'Unit Kerja', width: 36 }, ...headingTitles.map((t) => ({ header: t, width: 18 }))];
  matrix.getRow(1).font = { bold: true };
  matrix.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  for (const u of report.units) matrix.addRow([u.name, ...u.headings.map((h) => (h.fresh ? 'Ya' : h.satisfied ? 'Ya (kedaluwarsa)' : 'Belum'))]);

  const old = wb.addWorksheet('Kedaluwarsa');
  old.columns = [
    { header: 'Unit Kerja', width: 36 },
    { header: 'Nomor DIP', width: 24 },
    { header: 'Judul Informasi', width: 50 },
    { header: 'Tahun', width: 8 },
    { header: 'Terbit', width: 18 },
    { header: 'Alasan', width: 30 },
  ];
  old.getRow(1).font = { bold: true };
  const reason = { year: 'tahun informasi lama', age: `terbit > ${FRESH_MONTHS} bulan lalu`, both: `tahun lama dan terbit > ${FRESH_MONTHS} bulan lalu` };
  for (const u of report.units)
    for (const e of u.outdated)
      old.addRow([u.name, e.number, e.title, e.year ?? '', new Date(`${dateInZone(e.publishedAt, timeZone).date}T00:00:00Z`), reason[e.reason]]);
  old.getColumn(5).numFmt = 'yyyy-mm-dd';

  const about = wb.addWorksheet('Keterangan');
  about.columns = [{ width: 24 }, { width: 110 }];
  for (const [k, v] of [
    ['Judul', `Monitoring Daftar Informasi Publik ${bodyName}`.trim()],
    ['Dibuat', local(report.now)],
    ['Kedaluwarsa', OUTDATED_RULE.id],
    ['Skor', SCORE_RULE.id],
    ['Rata-rata skor', report.totals.averageScore ?? '–'],
  ] as [string, unknown][]) {
    const r = about.addRow([k, v]);
    r.getCell(1).font = { bold: true };
    r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  about.getCell('B2').numFmt = `yyyy-mm-dd hh:mm "${zoneLabel(timeZone)}"`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
