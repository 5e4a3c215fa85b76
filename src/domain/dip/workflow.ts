// The DIP workflow, what is left here while the use cases live one per file (create-dip-draft.ts, submit-dip-entries.ts,
// …; shared helpers in workflow-shared.ts): the entry types and slugify. The public search row of an entry is
// written by search-row.ts.
import { dipEntries, dipVersions } from '../../db/schema/index.js';

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
