// What an import would do, before anything is written: each row's unit (from a unit column, a unit
// section row, or the unit chosen on the form), whether the officer may import for it, and whether the
// entry is already there (matched by register number, or by unit and title): the preview shows this,
// and only the new rows become drafts.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { dipEntries, dipVersions, units } from '../../db/schema/index.js';
import { can } from '../../policies/index.js';
import type { ImportIssue, ImportKey, ParsedImport, ParsedRow } from './import-format.js';
import { issueText } from './import-format.js';
import type { DipInput } from './input.js';

export type PlanRow = {
  sheet: string;
  row: number;
  unitId: string;
  unitName: string;
  /** new: becomes a draft; same: already there with the same content; differs: already there, content differs (not changed). */
  status: 'new' | 'same' | 'differs';
  /** The register number of the entry already there. */
  existingNumber: string | null;
  input: DipInput;
};

export type UnitPlan = {
  unitId: string;
  unitName: string;
  create: number;
  same: number;
  differs: number;
  byCategory: Record<DipInput['category'], number>;
};

export type ImportPlan = {
  rows: PlanRow[];
  rejected: ImportIssue[];
  perUnit: UnitPlan[];
  /** Rows that name no unit when none was chosen on the form. */
  unitless: number;
  headings: ParsedImport['headings'];
  ignored: string[];
};

const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

type UnitRow = { id: string; code: string; name: string; shortName: string; active: boolean };

/** Finds a unit by its name, code or short name (without case, spaces or punctuation), or one whose name the text contains. */
export function unitMatcher(all: UnitRow[]): (text: string) => UnitRow | null {
  const exact = new Map<string, UnitRow>();
  for (const u of all) for (const k of [u.name, u.code, u.shortName]) if (norm(k)) exact.set(norm(k), u);
  return (text) => {
    const n = norm(text);
    if (!n) return null;
    const hit = exact.get(n);
    if (hit) return hit;
    const containing = all.filter((u) => norm(u.name).length >= 6 && (n.includes(norm(u.name)) || norm(u.name).includes(n)));
    return containing.length === 1 ? containing[0]! : null;
  };
}

/** The fields a sheet's columns carry, as DipInput keys: a row is compared with the entry on these only. */
function comparedFields(keys: ImportKey[] | undefined): (keyof DipInput)[] {
  const set = new Set<string>(keys ?? []);
  const out = new Set<keyof DipInput>();
  for (const k of set) {
    if (k === 'whenWhere') {
      out.add('madeWhen');
      out.add('madePlace');
    } else if (k === 'formPrinted' || k === 'formRecorded') out.add('forms');
    else if (k !== 'number' && k !== 'unit' && k !== 'seq' && k !== 'portalUrl') out.add(k as keyof DipInput);
  }
  if (!set.has('title')) out.delete('title');
  return [...out];
}

const canon = (v: unknown): string => {
  if (Array.isArray(v))
    return JSON.stringify(
      v
        .map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x)))
        .map((x) => x.toLowerCase())
        .sort(),
    );
  if (v === null || v === undefined) return '';
  return String(v).replace(/\s+/g, ' ').trim();
};

export async function planImport(ctx: Ctx, parsed: ParsedImport, opts: { chosenUnitId: string | null }): Promise<ImportPlan> {
  const all = await ctx.db.select({ id: units.id, code: units.code, name: units.name, shortName: units.shortName, active: units.active }).from(units);
  const match = unitMatcher(all);
  const chosen = opts.chosenUnitId ? (all.find((u) => u.id === opts.chosenUnitId) ?? null) : null;
  const rejected: ImportIssue[] = [];
  const placed: { r: ParsedRow; unit: UnitRow }[] = [];
  let unitless = 0;
  const manySheets = (parsed.sheets?.length ?? 0) > 1;
  const reject = (r: ParsedRow, column: string | null, message: string) => {
    const text = issueText(r.row, column, message);
    rejected.push({ sheet: r.sheet, row: r.row, column, message: manySheets ? `Lembar "${r.sheet}", ${text[0]!.toLowerCase()}${text.slice(1)}` : text });
  };
  for (const r of parsed.rows) {
    let unit: UnitRow | null = null;
    if (r.unit) {
      unit = match(r.unit.text);
      if (!unit && r.unit.source !== 'heading') {
        reject(
          r,
          r.unit.source === 'column' ? 'Unit Kerja' : null,
          `Unit "${r.unit.text}" tidak dikenal. Tulis nama atau kode unit seperti pada menu Unit Kerja (mis. "${all[0]?.name ?? 'Dinas Kesehatan'}").`,
        );
        continue;
      }
    }
    unit ??= chosen;
    if (!unit) {
      unitless++;
      continue;
    }
    if (!unit.active) {
      reject(r, null, `Unit "${unit.name}" tidak aktif.`);
      continue;
    }
    if (!can(ctx.actor, 'dip.edit', { unitId: unit.id })) {
      reject(r, null, `Anda tidak berwenang mengimpor untuk unit "${unit.name}": PPID Pembantu hanya dapat mengimpor untuk unitnya sendiri.`);
      continue;
    }
    // The public tables write the holder as "holder, unit" (or the unit alone when none was given).
    const holder = r.input.holder;
    const publicTable = parsed.carried?.[r.sheet]?.includes('portalUrl');
    const input = !publicTable
      ? r.input
      : holder === unit.name
        ? { ...r.input, holder: '' }
        : holder.endsWith(`, ${unit.name}`)
          ? { ...r.input, holder: holder.slice(0, -unit.name.length - 2) }
          : r.input;
    placed.push({ r: { ...r, input }, unit });
  }

  // Entries already there: by register number, else by unit and title.
  const numbers = [...new Set(placed.map((p) => p.r.number).filter((n): n is string => !!n))];
  type Version = typeof dipVersions.$inferSelect;
  // An entry is there in its working version and, when it differs, its published one (the public tables show that).
  const byNumber = new Map<string, { number: string; unitId: string; v: Version; versions: Version[] }>();
  for (let i = 0; i < numbers.length; i += 1000) {
    const found = await ctx.db
      .select({ number: dipEntries.number, unitId: dipEntries.unitId, v: dipVersions })
      .from(dipEntries)
      .innerJoin(dipVersions, or(eq(dipVersions.id, dipEntries.workingVersionId), eq(dipVersions.id, dipEntries.publishedVersionId)))
      .where(inArray(dipEntries.number, numbers.slice(i, i + 1000)));
    for (const f of found) {
      const had = byNumber.get(f.number);
      if (had) had.versions.push(f.v);
      else byNumber.set(f.number, { ...f, versions: [f.v] });
    }
  }
  const byTitle = new Map<string, { number: string; v: Version; versions?: Version[] }>();
  const unitIds = [...new Set(placed.filter((p) => !p.r.number || !byNumber.has(p.r.number)).map((p) => p.unit.id))];
  const titles = [...new Set(placed.map((p) => p.r.input.title.toLowerCase()))];
  if (unitIds.length && titles.length) {
    for (let i = 0; i < titles.length; i += 1000) {
      const found = await ctx.db
        .select({ number: dipEntries.number, unitId: dipEntries.unitId, v: dipVersions })
        .from(dipEntries)
        .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.workingVersionId))
        .where(and(inArray(dipEntries.unitId, unitIds), inArray(sql`lower(${dipVersions.title})`, titles.slice(i, i + 1000))));
      for (const f of found) byTitle.set(`${f.unitId}|${f.v.title.toLowerCase()}`, f);
    }
  }

  const rows: PlanRow[] = [];
  const seen = new Set<string>();
  for (const { r, unit } of placed) {
    const hit = (r.number ? byNumber.get(r.number) : undefined) ?? byTitle.get(`${unit.id}|${r.input.title.toLowerCase()}`);
    let status: PlanRow['status'] = 'new';
    if (hit) {
      const fields = comparedFields(parsed.carried?.[r.sheet]);
      // An empty holder is the unit itself (the public tables write the unit's name).
      const value = (f: keyof DipInput, v: unknown) => (f === 'holder' && v === unit.name ? '' : v);
      const equal = (v: Version) => fields.every((f) => canon(value(f, r.input[f])) === canon(value(f, v[f])));
      status = (hit.versions ?? [hit.v]).some(equal) ? 'same' : 'differs';
    } else {
      // The same row twice in one file is created once.
      const key = `${unit.id}|${r.input.title.toLowerCase()}|${r.input.summary.toLowerCase()}`;
      if (seen.has(key)) status = 'same';
      seen.add(key);
    }
    rows.push({ sheet: r.sheet, row: r.row, unitId: unit.id, unitName: unit.name, status, existingNumber: hit?.number ?? null, input: r.input });
  }

  const perUnit = new Map<string, UnitPlan>();
  for (const r of rows) {
    let p = perUnit.get(r.unitId);
    if (!p)
      perUnit.set(
        r.unitId,
        (p = { unitId: r.unitId, unitName: r.unitName, create: 0, same: 0, differs: 0, byCategory: { berkala: 0, serta_merta: 0, setiap_saat: 0 } }),
      );
    if (r.status === 'new') {
      p.create++;
      p.byCategory[r.input.category]++;
    } else p[r.status]++;
  }
  return {
    rows,
    rejected: [...parsed.issues, ...rejected].sort((a, b) => (a.sheet ?? '').localeCompare(b.sheet ?? '') || a.row - b.row),
    perUnit: [...perUnit.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, 'id')),
    unitless,
    headings: parsed.headings,
    ignored: parsed.ignored,
  };
}

/** The drafts a plan creates, grouped by unit in the order of the file. */
export function planGroups(plan: ImportPlan): { unitId: string; inputs: DipInput[] }[] {
  const groups = new Map<string, DipInput[]>();
  for (const r of plan.rows) if (r.status === 'new') (groups.get(r.unitId) ?? groups.set(r.unitId, []).get(r.unitId)!).push(r.input);
  return [...groups].map(([unitId, inputs]) => ({ unitId, inputs }));
}
