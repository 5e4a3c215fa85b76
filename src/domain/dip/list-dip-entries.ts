// DIP entries visible to the actor in the back office, filtered and paged; and entries by id.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import { dipEntries, dipVersions, units, type DipStatus } from '../../db/schema/index.js';
import { authorize, can } from '../../policies/index.js';
import { isUuid } from '../../shared/ids.js';

export type EntryListItem = {
  id: string;
  number: string;
  slug: string;
  status: DipStatus;
  unitId: string;
  unitName: string;
  title: string;
  category: string;
  subtype: string;
  year: number | null;
  updatedAt: Date;
  isPublic: boolean;
  hasDraftChange: boolean;
  returnNote: string | null;
};

export const ZEntryFilter = z.object({
  unitId: z.uuid().optional().catch(undefined),
  status: z.enum(['draft', 'submitted', 'returned', 'published', 'unpublished']).optional().catch(undefined),
  category: z.enum(['berkala', 'serta_merta', 'setiap_saat']).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1).default(1),
});
export type EntryFilter = z.infer<typeof ZEntryFilter>;

/** Entries visible to the actor in the back office, filtered and paged. */
export async function listEntries(ctx: Ctx, filter: EntryFilter, pageSize = 50): Promise<{ items: EntryListItem[]; total: number }> {
  authorize(ctx.actor, 'backoffice.view');
  if (filter.unitId) authorize(ctx.actor, 'dip.view', { unitId: filter.unitId });
  const where = [];
  if (filter.unitId) where.push(eq(dipEntries.unitId, filter.unitId));
  else if (!can(ctx.actor, 'dip.view', { unitId: '00000000-0000-0000-0000-000000000000' })) {
    // A PPID Pembantu without a filter sees its own unit only.
    const own = ctx.actor.kind === 'user' ? ctx.actor.unitId : null;
    if (!own) return { items: [], total: 0 };
    where.push(eq(dipEntries.unitId, own));
  }
  if (filter.status) where.push(eq(dipEntries.status, filter.status));
  if (filter.category) where.push(eq(dipVersions.category, filter.category));
  if (filter.q)
    where.push(
      sql`(${dipVersions.title} ilike ${'%' + filter.q.replace(/[\\%_]/g, '\\$&') + '%'} or ${dipEntries.number} ilike ${'%' + filter.q.replace(/[\\%_]/g, '\\$&') + '%'})`,
    );
  const cond = where.length ? and(...where) : undefined;
  const base = ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(dipEntries)
    .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.workingVersionId))
    .where(cond);
  const [{ n } = { n: 0 }] = await base;
  const rows = await ctx.db
    .select({ e: dipEntries, v: dipVersions, unitName: units.name })
    .from(dipEntries)
    .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.workingVersionId))
    .innerJoin(units, eq(units.id, dipEntries.unitId))
    .where(cond)
    .orderBy(desc(dipEntries.updatedAt), desc(dipEntries.id))
    .limit(pageSize)
    .offset((filter.page - 1) * pageSize);
  return {
    total: Number(n),
    items: rows.map(({ e, v, unitName }) => ({
      id: e.id,
      number: e.number,
      slug: e.slug,
      status: e.status,
      unitId: e.unitId,
      unitName,
      title: v.title,
      category: v.category,
      subtype: v.subtype,
      year: v.year,
      updatedAt: e.updatedAt,
      isPublic: !!e.publishedVersionId && e.status !== 'unpublished',
      hasDraftChange: !!e.publishedVersionId && e.workingVersionId !== e.publishedVersionId,
      returnNote: e.returnNote,
    })),
  };
}

export async function entriesByIds(ctx: Ctx, ids: string[]) {
  const valid = ids.filter(isUuid);
  return valid.length ? ctx.db.select().from(dipEntries).where(inArray(dipEntries.id, valid)) : [];
}
