// The public read model of the DIP: only published versions of entries that are not withdrawn, and
// only the documents of those versions. Every public page, export, feed and API reads through here.
import { and, asc, desc, eq, inArray, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { dipDocuments, dipEntries, dipVersions, units, type DipCategory } from '../../db/schema/index.js';
import { isUuid } from '../../shared/ids.js';

export type PublicEntry = {
  id: string;
  number: string;
  slug: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  title: string;
  summary: string;
  category: DipCategory;
  subtype: string;
  holder: string;
  responsible: string;
  madeWhen: string;
  madePlace: string;
  forms: string[];
  formats: string[];
  retention: string;
  year: number | null;
  periodLabel: string;
  tags: string[];
  links: { label: string; url: string }[];
  versionNo: number;
  firstPublishedAt: Date;
  updatedAt: Date;
  /**
   * The types (file extensions, upper case: PDF, XLSX) of the documents of the published version: what can
   * really be downloaded. Empty when the entry has no file, whatever its `forms` and `formats` claim.
   */
  fileTypes: string[];
};

export type PublicDocument = { id: string; filename: string; mime: string; size: number; sha256: string; textStatus: string };

/** The one condition that makes an entry public. */
export const isPublic: SQL = and(isNotNull(dipEntries.publishedVersionId), ne(dipEntries.status, 'unpublished'))!;

const columns = {
  id: dipEntries.id,
  number: dipEntries.number,
  slug: dipEntries.slug,
  unitId: dipEntries.unitId,
  unitCode: units.code,
  unitName: units.name,
  title: dipVersions.title,
  summary: dipVersions.summary,
  category: dipVersions.category,
  subtype: dipVersions.subtype,
  holder: dipVersions.holder,
  responsible: dipVersions.responsible,
  madeWhen: dipVersions.madeWhen,
  madePlace: dipVersions.madePlace,
  forms: dipVersions.forms,
  formats: dipVersions.formats,
  retention: dipVersions.retention,
  year: dipVersions.year,
  periodLabel: dipVersions.periodLabel,
  tags: dipVersions.tags,
  links: dipVersions.links,
  versionNo: dipVersions.versionNo,
  firstPublishedAt: sql<Date>`coalesce(${dipEntries.firstPublishedAt}, ${dipEntries.publishedAt})`.mapWith(dipEntries.publishedAt),
  updatedAt: sql<Date>`${dipEntries.publishedAt}`.mapWith(dipEntries.publishedAt),
  fileTypes: sql<string[]>`array(select distinct upper(substring(d.filename from '\.([A-Za-z0-9]{1,5})$')) from ${dipDocuments} d
    where d.version_id = ${dipEntries.publishedVersionId} and d.filename ~ '\.[A-Za-z0-9]{1,5}$' order by 1)`,
};

function base(db: DbOrTx) {
  return db
    .select(columns)
    .from(dipEntries)
    .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.publishedVersionId))
    .innerJoin(units, eq(units.id, dipEntries.unitId));
}

export async function publishedBySlug(db: DbOrTx, slug: string): Promise<PublicEntry | null> {
  const [row] = await base(db).where(and(isPublic, eq(dipEntries.slug, slug)));
  return (row as PublicEntry | undefined) ?? null;
}

/**
 * A public entry by its register number (DIP/DINKES/2026/0007), e.g. to name it in a request form: an
 * entry that is not published, or withdrawn, is not found.
 */
export async function publishedByNumber(db: DbOrTx, number: string): Promise<PublicEntry | null> {
  if (!number || number.length > 100) return null;
  const [row] = await base(db).where(and(isPublic, eq(dipEntries.number, number)));
  return (row as PublicEntry | undefined) ?? null;
}

export async function publishedByIds(db: DbOrTx, ids: string[]): Promise<PublicEntry[]> {
  const valid = ids.filter((id) => isUuid(id));
  if (!valid.length) return [];
  return (await base(db).where(and(isPublic, inArray(dipEntries.id, valid)))) as PublicEntry[];
}

export const ZPublicListFilter = z.object({
  unitId: z.uuid().optional(),
  unitCode: z.string().max(60).optional(),
  category: z.enum(['berkala', 'serta_merta', 'setiap_saat']).optional(),
  year: z.number().int().optional(),
  /**
   * Every order is total (ends on a unique column), so that pages of one listing never overlap or skip:
   * `newest` publication time then id; `number` the DIP table's order, unit name then register number;
   * `register` the register number alone (the order of allPublished(), so the CKAN package_list is the
   * same paged and unpaged); `title` then register number.
   */
  order: z.enum(['newest', 'number', 'register', 'title']).default('newest'),
  limit: z.number().int().min(1).max(5000).default(50),
  offset: z.number().int().min(0).default(0),
});
export type PublicListFilter = z.input<typeof ZPublicListFilter>;

export async function listPublished(db: DbOrTx, raw: PublicListFilter): Promise<{ items: PublicEntry[]; total: number }> {
  const f = ZPublicListFilter.parse(raw);
  const where: SQL[] = [isPublic];
  if (f.unitId) where.push(eq(dipEntries.unitId, f.unitId));
  if (f.unitCode) where.push(eq(units.code, f.unitCode));
  if (f.category) where.push(eq(dipVersions.category, f.category));
  if (f.year) where.push(eq(dipVersions.year, f.year));
  const cond = and(...where);
  const order =
    f.order === 'number'
      ? [asc(units.name), asc(dipEntries.number)]
      : f.order === 'register'
        ? [asc(dipEntries.number)]
        : f.order === 'title'
          ? [asc(dipVersions.title), asc(dipEntries.number)]
          : [desc(dipEntries.publishedAt), desc(dipEntries.id)];
  const items = (await base(db)
    .where(cond)
    .orderBy(...order)
    .limit(f.limit)
    .offset(f.offset)) as PublicEntry[];
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(dipEntries)
    .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.publishedVersionId))
    .innerJoin(units, eq(units.id, dipEntries.unitId))
    .where(cond);
  return { items, total: Number(count?.n ?? 0) };
}

/**
 * Iterates over every public entry in pages (by register number, as listPublished's `register` order), for
 * sitemaps and whole-catalogue exports without loading it all.
 */
export async function* allPublished(db: DbOrTx, pageSize = 1000): AsyncGenerator<PublicEntry[]> {
  let lastNumber = '';
  for (;;) {
    const page = (await base(db)
      .where(and(isPublic, sql`${dipEntries.number} > ${lastNumber}`))
      .orderBy(asc(dipEntries.number))
      .limit(pageSize)) as PublicEntry[];
    if (!page.length) return;
    yield page;
    lastNumber = page[page.length - 1]!.number;
  }
}

/** Documents of the published version of a public entry. */
export async function publishedDocuments(db: DbOrTx, entryId: string): Promise<PublicDocument[]> {
  const [e] = await db
    .select({ v: dipEntries.publishedVersionId })
    .from(dipEntries)
    .where(and(isPublic, eq(dipEntries.id, entryId)));
  if (!e?.v) return [];
  return db
    .select({
      id: dipDocuments.id,
      filename: dipDocuments.filename,
      mime: dipDocuments.mime,
      size: dipDocuments.size,
      sha256: dipDocuments.sha256,
      textStatus: dipDocuments.textStatus,
    })
    .from(dipDocuments)
    .where(eq(dipDocuments.versionId, e.v))
    .orderBy(asc(dipDocuments.createdAt));
}

/** A document is public when it belongs to the published version of a public entry. */
export async function publicDocument(db: DbOrTx, documentId: string) {
  if (!isUuid(documentId)) return null;
  const [row] = await db
    .select({ d: dipDocuments, slug: dipEntries.slug })
    .from(dipDocuments)
    .innerJoin(dipEntries, and(eq(dipEntries.id, dipDocuments.entryId), eq(dipEntries.publishedVersionId, dipDocuments.versionId)))
    .where(and(isPublic, eq(dipDocuments.id, documentId)));
  return row ?? null;
}

/** Counts of public entries per unit and per category, for the portal's browse pages. */
export async function publicCounts(db: DbOrTx) {
  const rows = await db
    .select({ unitId: dipEntries.unitId, category: dipVersions.category, n: sql<number>`count(*)::int` })
    .from(dipEntries)
    .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.publishedVersionId))
    .where(isPublic)
    .groupBy(dipEntries.unitId, dipVersions.category);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
