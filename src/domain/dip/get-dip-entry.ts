// One DIP entry for the back office: working and published versions, history, documents.
import { asc, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { dipDocuments, dipReviews, dipVersions, units, users } from '../../db/schema/index.js';
import { authorize, can } from '../../policies/index.js';
import { loadEntry } from './workflow-shared.js';

/** One entry for the back office: working and published versions, history, documents. */
export async function getEntry(ctx: Ctx, id: string) {
  const entry = await loadEntry(ctx, id);
  authorize(ctx.actor, 'dip.view', { unitId: entry.unitId });
  const [unit] = await ctx.db.select().from(units).where(eq(units.id, entry.unitId));
  const versions = await ctx.db.select().from(dipVersions).where(eq(dipVersions.entryId, id)).orderBy(desc(dipVersions.versionNo));
  const reviews = await ctx.db
    .select({ r: dipReviews, actorName: users.name })
    .from(dipReviews)
    .leftJoin(users, eq(users.id, dipReviews.actorId))
    .where(eq(dipReviews.entryId, id))
    .orderBy(desc(dipReviews.at));
  const working = versions.find((v) => v.id === entry.workingVersionId)!;
  const documents = await ctx.db.select().from(dipDocuments).where(eq(dipDocuments.versionId, working.id)).orderBy(asc(dipDocuments.createdAt));
  return {
    entry,
    unit: unit!,
    working,
    published: versions.find((v) => v.id === entry.publishedVersionId) ?? null,
    versions,
    reviews: reviews.map((r) => ({ ...r.r, actorName: r.actorName })),
    documents,
    canEdit: can(ctx.actor, 'dip.edit', { unitId: entry.unitId }) && entry.status !== 'submitted',
    canReview: can(ctx.actor, 'dip.review') && entry.status === 'submitted',
    canUnpublish: can(ctx.actor, 'dip.review') && !!entry.publishedVersionId && entry.status !== 'unpublished',
  };
}
