// "Informasi yang pernah dimohon" (issue 13 item 3): the published DIP entries made from (or linked to)
// answered requests, most requested first. Only what the portal shows anyway — published entries, their
// title, unit and number of requests — never which request or who asked.
import { count, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { dipEntries, dipEntryRequests } from '../../db/schema/index.js';
import { isPublic, publishedByIds, type PublicEntry } from './public.js';

export async function frequentlyRequested(db: DbOrTx, limit = 100): Promise<(PublicEntry & { requests: number })[]> {
  const rows = await db
    .select({ id: dipEntries.id, n: count(dipEntryRequests.requestId) })
    .from(dipEntryRequests)
    .innerJoin(dipEntries, eq(dipEntries.id, dipEntryRequests.entryId))
    .where(isPublic)
    .groupBy(dipEntries.id, dipEntries.number)
    .orderBy(desc(count(dipEntryRequests.requestId)), dipEntries.number)
    .limit(limit);
  const entries = new Map(
    (
      await publishedByIds(
        db,
        rows.map((r) => r.id),
      )
    ).map((e) => [e.id, e] as const),
  );
  return rows.flatMap((r) => {
    const e = entries.get(r.id);
    return e ? [{ ...e, requests: r.n }] : [];
  });
}
