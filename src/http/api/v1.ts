// JSON API v1: public DIP entries, units and search, read-only, described by the OpenAPI document.
import { markedHtml } from '../components/highlighted.js';
import { plainOf } from '../../domain/dip/search-highlight.js';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Ctx } from '../../context.js';
import { documentUrl, landingPageUrl } from '../../domain/dip/opendata-shared.js';
import { searchWindow } from '../../domain/dip/search-window.js';
import { listPublished, publicCounts, publishedBySlug, publishedDocuments, type PublicDocument, type PublicEntry } from '../../domain/dip/public.js';
import { CATEGORY_LABELS, subtypeLabel } from '../../domain/dip/subtypes.js';
import { listPublicUnits } from '../../domain/units/units.js';
import { errors } from '../../errors.js';
import { markSearch } from '../search-log.js';
import type { Env } from '../types.js';
import { EntryDetailSchema, EntryListSchema, problemContent, SearchResultSchema, UnitListSchema, ZListQuery, ZSearchQuery, ZSlugParam } from './schemas.js';

type ApiEntry = ReturnType<typeof toApiEntry>;

export function toApiEntry(e: PublicEntry, baseUrl: string) {
  const cat = CATEGORY_LABELS[e.category];
  return {
    id: e.id,
    number: e.number,
    slug: e.slug,
    url: landingPageUrl(baseUrl, e.slug),
    title: e.title,
    summary: e.summary,
    category: e.category,
    categoryLabel: { id: cat?.id ?? e.category, en: cat?.en ?? e.category },
    subtype: e.subtype,
    subtypeLabel: { id: subtypeLabel(e.subtype, 'id'), en: subtypeLabel(e.subtype, 'en') },
    unit: { code: e.unitCode, name: e.unitName },
    holder: e.holder,
    responsible: e.responsible,
    madeWhen: e.madeWhen,
    madePlace: e.madePlace,
    forms: e.forms as ('tercetak' | 'terekam')[],
    formats: e.formats,
    retention: e.retention,
    year: e.year,
    periodLabel: e.periodLabel,
    tags: e.tags,
    links: e.links,
    version: e.versionNo,
    firstPublishedAt: e.firstPublishedAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

export function toApiDocument(d: PublicDocument, baseUrl: string) {
  return { id: d.id, filename: d.filename, mime: d.mime, size: d.size, sha256: d.sha256, url: documentUrl(baseUrl, d) };
}

/** The search snippet is escaped HTML with <mark>; API clients get plain text too. */
const TAG = 'Daftar Informasi Publik';

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/dip',
  operationId: 'listDip',
  tags: [TAG],
  summary: 'Daftar informasi publik',
  description: 'Entri Daftar Informasi Publik yang diterbitkan, terbaru lebih dahulu, dengan penyaring dan halaman.',
  'x-summary-en': 'List public information',
  'x-description-en': 'Published entries of the public information register, newest first, with filters and paging.',
  request: { query: ZListQuery },
  responses: {
    200: { description: 'Satu halaman entri.', content: { 'application/json': { schema: EntryListSchema } } },
    400: { description: 'Parameter tidak valid.', content: problemContent },
  },
});

const showRoute = createRoute({
  method: 'get',
  path: '/api/v1/dip/{slug}',
  operationId: 'getDip',
  tags: [TAG],
  summary: 'Satu informasi publik',
  description: 'Satu entri yang diterbitkan beserta dokumennya.',
  'x-summary-en': 'One public information entry',
  'x-description-en': 'One published entry with its documents.',
  request: { params: ZSlugParam },
  responses: {
    200: { description: 'Entri dan dokumennya.', content: { 'application/json': { schema: EntryDetailSchema } } },
    400: { description: 'Slug tidak valid.', content: problemContent },
    404: { description: 'Tidak ada entri terbit dengan slug ini.', content: problemContent },
  },
});

const unitsRoute = createRoute({
  method: 'get',
  path: '/api/v1/units',
  operationId: 'listUnits',
  tags: ['Unit kerja'],
  summary: 'Daftar unit kerja',
  description: 'Unit kerja (SOPD) yang aktif, dengan jumlah informasi publik yang diterbitkan masing-masing.',
  'x-summary-en': 'List units',
  'x-description-en': 'Active units of the public body, with the number of entries each has published.',
  responses: { 200: { description: 'Semua unit kerja aktif.', content: { 'application/json': { schema: UnitListSchema } } } },
});

const searchRoute = createRoute({
  method: 'get',
  path: '/api/v1/search',
  operationId: 'searchDip',
  tags: [TAG],
  summary: 'Cari informasi publik',
  description: 'Pencarian teks penuh berbahasa Indonesia pada judul, ringkasan, kata kunci dan isi dokumen yang diterbitkan.',
  'x-summary-en': 'Search public information',
  'x-description-en': 'Indonesian full-text search over titles, summaries, keywords and the text of published documents.',
  request: { query: ZSearchQuery },
  responses: {
    200: { description: 'Hasil pencarian, paling relevan lebih dahulu.', content: { 'application/json': { schema: SearchResultSchema } } },
    400: { description: 'Parameter tidak valid.', content: problemContent },
  },
});

/** The id of a public unit by its code, or null when there is none (then nothing can match). */
async function unitIdOf(ctx: Ctx, code: string | undefined): Promise<string | null | undefined> {
  if (!code) return undefined;
  return (await listPublicUnits(ctx)).find((u) => u.code === code)?.id ?? null;
}

export function registerV1(app: OpenAPIHono<Env>): void {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const baseUrl = c.get('deps').config.baseUrl;
    const { items, total } = await listPublished(c.get('ctx').db, {
      unitCode: q.unit,
      category: q.category,
      year: q.year,
      order: 'newest',
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    return c.json({ total, page: q.page, pageSize: q.pageSize, items: items.map((e): ApiEntry => toApiEntry(e, baseUrl)) }, 200);
  });

  app.openapi(showRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const db = c.get('ctx').db;
    const e = await publishedBySlug(db, slug);
    if (!e) throw errors.notFound();
    const baseUrl = c.get('deps').config.baseUrl;
    const docs = await publishedDocuments(db, e.id);
    return c.json({ ...toApiEntry(e, baseUrl), documents: docs.map((d) => toApiDocument(d, baseUrl)) }, 200);
  });

  app.openapi(unitsRoute, async (c) => {
    const ctx = c.get('ctx');
    const [units, counts] = await Promise.all([listPublicUnits(ctx), publicCounts(ctx.db)]);
    const perUnit = new Map<string, number>();
    for (const r of counts) perUnit.set(r.unitId, (perUnit.get(r.unitId) ?? 0) + r.n);
    const items = units.map((u) => ({
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      isPpidUtama: u.isPpidUtama,
      address: u.address,
      email: u.email,
      phone: u.phone,
      entryCount: perUnit.get(u.id) ?? 0,
    }));
    return c.json({ total: items.length, items }, 200);
  });

  app.openapi(searchRoute, async (c) => {
    const q = c.req.valid('query');
    const baseUrl = c.get('deps').config.baseUrl;
    const unitId = await unitIdOf(c.get('ctx'), q.unit);
    const empty = { q: q.q, total: 0, page: q.page, pageSize: q.pageSize, suggestion: null, suggestionApplied: false, items: [] };
    if (unitId === null) return c.json(empty, 200);
    const r = await searchWindow(c.get('ctx').db, {
      q: q.q,
      unitId,
      category: q.category,
      year: q.year,
      downloadable: q.downloadable || undefined,
      offset: (q.page - 1) * q.pageSize,
      limit: q.pageSize,
    });
    if (q.q.trim()) markSearch(c, r.suggestionApplied ? 0 : r.total, q.page);
    const items = r.hits.map((h) => ({
      id: h.id,
      slug: h.slug,
      number: h.number,
      title: h.title,
      unitCode: h.unitCode,
      unitName: h.unitName,
      category: h.category,
      year: h.year,
      snippet: plainOf(h.snippetParts),
      snippetHtml: markedHtml(h.snippetParts),
      rank: h.rank,
      hasFile: h.hasFile,
      url: landingPageUrl(baseUrl, h.slug),
    }));
    return c.json({ ...empty, total: r.total, suggestion: r.suggestion, suggestionApplied: r.suggestionApplied, items }, 200);
  });
}
