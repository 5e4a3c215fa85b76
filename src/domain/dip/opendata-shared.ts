// Open data: public DIP entries as CKAN packages (Satu Data Indonesia harvests CKAN) and as DCAT-AP
// datasets. Everything is read through the public read model (public.ts): what is not public there
// cannot appear here. What the open-data use cases share: links, documents of many entries, packages of entries.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { dipDocuments, dipEntries } from '../../db/schema/index.js';
import { isPublic, publicCounts, publishedByIds, publishedBySlug, type PublicDocument, type PublicEntry } from './public.js';
import { isUuid } from '../../shared/ids.js';

export type OpenDataCtx = Pick<Ctx, 'db' | 'settings'>;

export const landingPageUrl = (baseUrl: string, slug: string): string => `${baseUrl}/informasi/${encodeURIComponent(slug)}`;
export const documentUrl = (baseUrl: string, d: Pick<PublicDocument, 'id' | 'filename'>): string =>
  `${baseUrl}/dokumen/${d.id}/${encodeURIComponent(d.filename)}`;

/**
 * Documents of the published versions of many public entries in one query (a catalogue page of 1000
 * entries would otherwise take 1000 queries). Same rule as publicDocument() in public.ts: a document is
 * public when it belongs to the published version of an entry that `isPublic`.
 * TODO(public.ts owner): move next to publishedDocuments() as publishedDocumentsOf().
 */
export async function publicDocumentsOf(db: DbOrTx, entryIds: string[]): Promise<Map<string, PublicDocument[]>> {
  const out = new Map<string, PublicDocument[]>();
  const ids = entryIds.filter((id) => z.uuid().safeParse(id).success);
  if (!ids.length) return out;
  const rows = await db
    .select({
      entryId: dipDocuments.entryId,
      id: dipDocuments.id,
      filename: dipDocuments.filename,
      mime: dipDocuments.mime,
      size: dipDocuments.size,
      sha256: dipDocuments.sha256,
      textStatus: dipDocuments.textStatus,
    })
    .from(dipDocuments)
    .innerJoin(dipEntries, and(eq(dipEntries.id, dipDocuments.entryId), eq(dipEntries.publishedVersionId, dipDocuments.versionId)))
    // Filtering on the entry (primary key), then its published version's documents (version index).
    .where(and(isPublic, inArray(dipEntries.id, ids)))
    .orderBy(asc(dipDocuments.createdAt), asc(dipDocuments.id));
  for (const { entryId, ...d } of rows) {
    const list = out.get(entryId);
    if (list) list.push(d);
    else out.set(entryId, [d]);
  }
  return out;
}

export async function publicEntryByIdOrSlug(db: DbOrTx, idOrSlug: string): Promise<PublicEntry | null> {
  if (isUuid(idOrSlug)) {
    const [e] = await publishedByIds(db, [idOrSlug]);
    if (e) return e;
  }
  return publishedBySlug(db, idOrSlug);
}

export async function unitCounts(ctx: OpenDataCtx): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const r of await publicCounts(ctx.db)) counts.set(r.unitId, (counts.get(r.unitId) ?? 0) + r.n);
  return counts;
}
