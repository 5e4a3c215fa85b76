// Submitted DIP entries waiting for the PPID Utama, oldest first.
import { asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { dipDocuments, dipEntries, dipVersions, units } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';

/** Submitted entries waiting for the PPID Utama, oldest first. */
export async function reviewQueue(ctx: Ctx) {
  authorize(ctx.actor, 'dip.review');
  return ctx.db
    .select({
      id: dipEntries.id,
      number: dipEntries.number,
      title: dipVersions.title,
      unitName: units.name,
      submittedAt: dipEntries.submittedAt,
      category: dipVersions.category,
      isUpdate: isNotNull(dipEntries.publishedVersionId),
      // Documents of the version with personal data found, not yet confirmed (UU KIP Ps 17 h; UU 27/2022).
      personalDataDocs: sql<number>`case when ${dipVersions.personalDataAckAt} is null then (select count(*)::int from ${dipDocuments} d
        where d.version_id = ${dipVersions.id} and d.personal_data is not null) else 0 end`.mapWith(Number),
    })
    .from(dipEntries)
    .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.workingVersionId))
    .innerJoin(units, eq(units.id, dipEntries.unitId))
    .where(eq(dipEntries.status, 'submitted'))
    .orderBy(asc(dipEntries.submittedAt));
}
