// The DIP workflow, what is left here while the use cases live one per file (create-dip-draft.ts, submit-dip-entries.ts,
// …; shared helpers in workflow-shared.ts): the entry types, slugify and the public search row of an entry.
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { dipDocuments, dipEntries, dipSearch, dipVersions, searchTerms } from '../../db/schema/index.js';
import { searchWords } from './text.js';

export type DipEntry = typeof dipEntries.$inferSelect;
export type DipVersion = typeof dipVersions.$inferSelect;

/** Slug from a title: lower-case ASCII words, at most 80 characters. */
export function slugify(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return s || 'informasi';
}

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
