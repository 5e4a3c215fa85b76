// Writes imported DIP rows as drafts, all in one transaction (or nothing at all), numbered like createDraft does.
import { messages, catalogueMessages } from '../../i18n/catalogue.js';
import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { dipEntries, dipVersions, units } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAuditBatch } from '../audit/record-audit.js';
import { ZDipInput, type DipInput } from './input.js';
import { slugify } from './workflow.js';
import { LOCK_KEYS } from '../../db/lock-keys.js';
import { actorId } from '../../shared/ids.js';
import { yearInZone, zoneOf } from '../calendar/dates.js';
import { getPublicBody } from '../org/public-body.js';

const BATCH = 500;

export type ImportResult = { count: number; unitId: string; unitName: string; firstNumber: string; lastNumber: string; ids: string[] };

/** Many audit rows at once, exactly as that many recordAudit calls would (record-audit.ts). */
const recordAudits = recordAuditBatch;

/**
 * Creates one draft per row for a unit, like createDraft does for one: the same numbering (under the
 * same lock), slugs, version 1, and a `dip.created` audit row per entry, plus one `dip.imported` row.
 * All rows are written in one transaction, in batches; if anything fails, nothing is written.
 */
export async function importDrafts(ctx: Ctx, unitId: string, raw: DipInput[], meta: { filename?: string } = {}): Promise<ImportResult> {
  authorize(ctx.actor, 'dip.edit', { unitId });
  const inputs = raw.map((r) => ZDipInput.parse(r));
  if (!inputs.length) throw errors.validation({ file: catalogueMessages('dip-import.import-drafts.there_are_no_rows_import') });
  return inTransaction(ctx, (t) => writeDrafts(t, unitId, inputs, meta));
}

/**
 * Drafts for several units from one file, in one transaction: every unit is authorised first (a PPID
 * Pembantu only its own), and if anything fails nothing is written.
 */
export async function importDraftsForUnits(
  ctx: Ctx,
  groups: { unitId: string; inputs: DipInput[] }[],
  meta: { filename?: string; skipExisting?: boolean } = {},
): Promise<ImportResult[]> {
  for (const g of groups) authorize(ctx.actor, 'dip.edit', { unitId: g.unitId });
  const parsed = groups.filter((g) => g.inputs.length).map((g) => ({ unitId: g.unitId, inputs: g.inputs.map((r) => ZDipInput.parse(r)) }));
  if (!parsed.length) return [];
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const out: ImportResult[] = [];
    if (meta.skipExisting) await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEYS.dipNumber})`);
    for (const g of parsed) {
      let inputs = g.inputs;
      if (meta.skipExisting) {
        // A confirm sent twice (double click, back button) creates nothing the second time: under the
        // numbering lock, rows whose title is already an entry of the unit are left out.
        const found = await tx
          .select({ title: sql<string>`lower(${dipVersions.title})` })
          .from(dipEntries)
          .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.workingVersionId))
          .where(sql`${dipEntries.unitId} = ${g.unitId}`);
        const there = new Set(found.map((f) => f.title));
        inputs = inputs.filter((i) => !there.has(i.title.toLowerCase()));
      }
      if (inputs.length) out.push(await writeDrafts(t, g.unitId, inputs, meta));
    }
    return out;
  });
}

async function writeDrafts(t: Ctx, unitId: string, inputs: DipInput[], meta: { filename?: string }): Promise<ImportResult> {
  const tx = t.db as Tx;
  const [unit] = z.uuid().safeParse(unitId).success ? await tx.select().from(units).where(eq(units.id, unitId)) : [];
  if (!unit) throw errors.validation({ unitId: messages('validation.unknown_agency') });
  const now = t.clock.now();
  const year = yearInZone(now, zoneOf(await getPublicBody(tx)));
  await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEYS.dipNumber})`);
  const prefix = `DIP/${unit.code.toUpperCase()}/${year}/`;
  const existing = await tx
    .select({ number: dipEntries.number })
    .from(dipEntries)
    .where(sql`starts_with(${dipEntries.number}, ${prefix})`);
  const start = existing.reduce((m, r) => Math.max(m, Number(r.number.slice(prefix.length)) || 0), 0) + 1;
  const numbers = inputs.map((_, i) => `${prefix}${String(start + i).padStart(4, '0')}`);

  // Slugs as uniqueSlug makes them: the title's slug, or title + number when that is taken.
  const bases = inputs.map((i) => slugify(i.title));
  const fallbacks = numbers.map((n, i) => `${bases[i]}-${n.split('/').slice(1).join('-').toLowerCase()}`);
  const taken = new Set<string>();
  const candidates = [...new Set([...bases, ...fallbacks])];
  for (let i = 0; i < candidates.length; i += 1000) {
    const found = await tx
      .select({ slug: dipEntries.slug })
      .from(dipEntries)
      .where(inArray(dipEntries.slug, candidates.slice(i, i + 1000)));
    for (const f of found) taken.add(f.slug);
  }
  const slugs = inputs.map((_, i) => {
    let slug = taken.has(bases[i]!) ? fallbacks[i]! : bases[i]!;
    for (let n = 2; taken.has(slug); n++) slug = `${fallbacks[i]}-${n}`;
    taken.add(slug);
    return slug;
  });

  const who = actorId(t);
  const ids = inputs.map(() => randomUUID());
  const versionIds = inputs.map(() => randomUUID());
  for (let i = 0; i < inputs.length; i += BATCH) {
    const idx = [...Array(Math.min(BATCH, inputs.length - i)).keys()].map((k) => i + k);
    await tx.insert(dipEntries).values(
      idx.map((k) => ({
        id: ids[k]!,
        unitId,
        number: numbers[k]!,
        slug: slugs[k]!,
        status: 'draft' as const,
        workingVersionId: versionIds[k]!,
        createdBy: who,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await tx
      .insert(dipVersions)
      .values(idx.map((k) => ({ ...inputs[k]!, id: versionIds[k]!, entryId: ids[k]!, versionNo: 1, createdBy: who, createdAt: now })));
  }
  await recordAudits(t, [
    ...inputs.map((input, k) => ({
      action: 'dip.created',
      entityType: 'dip_entry',
      entityId: ids[k]!,
      after: { number: numbers[k]!, title: input.title, unitId },
      details: { via: 'import' },
    })),
    {
      action: 'dip.imported',
      entityType: 'unit',
      entityId: unitId,
      details: { count: inputs.length, firstNumber: numbers[0]!, lastNumber: numbers[numbers.length - 1]!, filename: meta.filename ?? null },
    },
  ]);
  return { count: inputs.length, unitId, unitName: unit.name, firstNumber: numbers[0]!, lastNumber: numbers[numbers.length - 1]!, ids };
}
