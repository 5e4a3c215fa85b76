// Helpers of the portal routes: list query, base URL, unit summaries, an entry's JSON-LD, sitemap tags.
import type { Context } from 'hono';
import { z } from 'zod';
import { DIP_FORMS, type DipCategory } from '../../../db/schema/dip.js';
import { publicCounts, type PublicDocument, type PublicEntry } from '../../../domain/dip/public.js';
import { listPublicUnits } from '../../../domain/units/units.js';
import type { View } from '../../components/layout.js';
import { type Crumb } from '../../components/page-header.js';
import { view } from '../../forms.js';
import { breadcrumbJsonLd } from '../../pages/portal/navigation.js';
import { documentHref } from '../../pages/portal/shared.js';
import type { UnitSummary } from '../../pages/portal/unit.js';
import type { Env } from '../../types.js';
import { localizedPath } from '../../locale-url.js';

// Query parameters are read leniently: a value that makes no sense is ignored, never an error page.
const ZListQuery = z.object({
  unit: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,59}$/)
    .optional()
    .catch(undefined),
  kategori: z.enum(['berkala', 'serta-merta', 'setiap-saat']).optional().catch(undefined),
  tahun: z.coerce.number().int().min(1000).max(9999).optional().catch(undefined),
  bentuk: z.enum(DIP_FORMS).optional().catch(undefined),
  unduh: z.literal('1').optional().catch(undefined),
  hal: z.coerce.number().int().min(1).max(1000).catch(1),
});

export function listQuery(c: Context<Env>) {
  const raw = c.req.query();
  return ZListQuery.parse({ ...raw, tahun: raw.tahun || undefined, hal: raw.hal || 1 });
}

export function baseUrl(c: Context<Env>): string {
  return c.get('deps').config.baseUrl.replace(/\/+$/, '');
}

/** The view with the query string kept in the path, so that the language switch returns to the same list. */
/** The view of a page whose query matters (filters, search): view(c) carries it in `search`. */
export function viewWithQuery(c: Context<Env>): View {
  return view(c);
}

export async function unitSummaries(c: Context<Env>): Promise<{ units: UnitSummary[]; byCategory: Record<DipCategory, number>; total: number }> {
  const ctx = c.get('ctx');
  const [units, counts] = await Promise.all([listPublicUnits(ctx), publicCounts(ctx.db)]);
  const byCategory: Record<DipCategory, number> = { berkala: 0, serta_merta: 0, setiap_saat: 0 };
  let total = 0;
  for (const r of counts) {
    byCategory[r.category] += r.n;
    total += r.n;
  }
  return {
    units: units.map((u) => {
      const mine = counts.filter((r) => r.unitId === u.id);
      return { ...u, count: mine.reduce((s, r) => s + r.n, 0), byCategory: Object.fromEntries(mine.map((r) => [r.category, r.n])) };
    }),
    byCategory,
    total,
  };
}

// --- one entry --------------------------------------------------------------------------------------

const TABULAR = /^(csv|xlsx?|ods|json|xml|tsv)$/i;

export function entryJsonLd(base: string, e: PublicEntry, docs: PublicDocument[], bodyName: string, canonical: string, crumbs: Crumb[]) {
  const isDataset = e.subtype === 'statistik' || e.formats.some((f) => TABULAR.test(f)) || docs.some((d) => TABULAR.test(d.filename.split('.').pop() ?? ''));
  const files = docs.map((d) => ({
    '@type': isDataset ? 'DataDownload' : 'MediaObject',
    name: d.filename,
    contentUrl: base + documentHref(d),
    encodingFormat: d.mime,
    contentSize: `${d.size} B`,
  }));
  const publisher = { '@type': 'GovernmentOrganization', name: bodyName, url: `${base}/` };
  const main = {
    '@type': isDataset ? 'Dataset' : 'DigitalDocument',
    '@id': `${canonical}#informasi`,
    name: e.title,
    description: e.summary,
    url: canonical,
    identifier: e.number,
    inLanguage: 'id',
    isAccessibleForFree: true,
    datePublished: e.firstPublishedAt.toISOString(),
    dateModified: e.updatedAt.toISOString(),
    version: String(e.versionNo),
    ...(e.tags.length ? { keywords: e.tags } : {}),
    ...(e.year ? { temporalCoverage: String(e.year) } : {}),
    publisher,
    creator: { '@type': 'GovernmentOrganization', name: e.unitName, url: `${base}/unit/${e.unitCode}`, parentOrganization: publisher },
    ...(files.length ? (isDataset ? { distribution: files } : { associatedMedia: files }) : {}),
  };
  return { '@context': 'https://schema.org', '@graph': [main, breadcrumbJsonLd(base, crumbs, canonical)] };
}

// --- sitemap and robots -----------------------------------------------------------------------------

const xmlEscape = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);

/** A page in both languages, each naming the other (and the Indonesian one as the default) as its alternates. */
export const urlTag = (loc: string, lastmod?: Date) => {
  const u = new URL(loc);
  const id = xmlEscape(loc);
  const en = xmlEscape(u.origin + localizedPath('en', u.pathname + u.search));
  const alt = `<xhtml:link rel="alternate" hreflang="id" href="${id}"/><xhtml:link rel="alternate" hreflang="en" href="${en}"/><xhtml:link rel="alternate" hreflang="x-default" href="${id}"/>`;
  const mod = lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : '';
  return `<url><loc>${id}</loc>${mod}${alt}</url>\n<url><loc>${en}</loc>${mod}${alt}</url>\n`;
};
