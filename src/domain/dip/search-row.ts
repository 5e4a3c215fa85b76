// The public search row of a DIP entry (dip_search and search_terms), rewritten from its published version
// and that version's read documents: by the workflow when an entry is published or withdrawn, and by the
// text-extraction job when a document's text arrives.
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { dipDocuments, dipEntries, dipSearch, dipVersions, searchTerms } from '../../db/schema/index.js';
import { searchWords } from './text.js';

type DipEntry = typeof dipEntries.$inferSelect;

/** Rewrites the public search row of an entry from its published version (and that version's documents). */
export async function refreshSearchRow(tx: Tx, entry: DipEntry, now: Date): Promise<void> {
  await tx.delete(searchTerms).where(eq(searchTerms.entryId, entry.id));
  if (!entry.publishedVersionId || entry.status === 'unpublished') {
    await tx.delete(dipSearch).where(eq(dipSearch.entryId, entry.id));
    return;
  }
  const [v] = await tx.select().from(dipVersions).where(eq(dipVersions.id, entry.publishedVersionId));
  // Every document of the published version is downloadable (see publicDocument); only read ones give text.
  const all = await tx
    .select({ text: dipDocuments.text, textStatus: dipDocuments.textStatus })
    .from(dipDocuments)
    .where(eq(dipDocuments.versionId, entry.publishedVersionId))
    .orderBy(asc(dipDocuments.createdAt));
  const docs = all.filter((d) => d.textStatus === 'done' && d.text !== null);
  const row = {
    entryId: entry.id,
    unitId: entry.unitId,
    category: v!.category,
    year: v!.year,
    forms: v!.forms,
    hasFile: all.length > 0,
    title: v!.title,
    summary: v!.summary,
    tags: v!.tags.join(', '),
    docText: docs.map((d) => d.text ?? '').join('\n\n'),
    publishedAt: entry.publishedAt ?? now,
  };
  await tx.insert(dipSearch).values(row).onConflictDoUpdate({ target: dipSearch.entryId, set: row });
  const words = searchWords(`${v!.title} ${v!.summary} ${v!.tags.join(' ')}`);
  if (words.length)
    await tx
      .insert(searchTerms)
      .values(words.map((term) => ({ term, entryId: entry.id })))
      .onConflictDoNothing();
}
