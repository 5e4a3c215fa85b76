// Open data: public DIP entries as CKAN packages (Satu Data Indonesia harvests CKAN) and as DCAT-AP
// datasets. Everything is read through the public read model (public.ts): what is not public there
// cannot appear here.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { DIP_CATEGORIES, dipDocuments, dipEntries, type DipCategory } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { getPublicBody, type PublicBody } from '../org/public-body.js';
import { listPublicUnits, type Unit } from '../units/units.js';
import { allPublished, isPublic, listPublished, publicCounts, publishedByIds, publishedBySlug, type PublicDocument, type PublicEntry } from './public.js';
import { searchPublished, type SearchHit } from './search.js';
import { CATEGORY_LABELS, SUBTYPES, subtypeLabel } from './subtypes.js';

type OpenDataCtx = Pick<Ctx, 'db' | 'settings'>;

// --- links --------------------------------------------------------------------------------------------

export const landingPageUrl = (baseUrl: string, slug: string): string => `${baseUrl}/informasi/${encodeURIComponent(slug)}`;
export const documentUrl = (baseUrl: string, d: Pick<PublicDocument, 'id' | 'filename'>): string =>
  `${baseUrl}/dokumen/${d.id}/${encodeURIComponent(d.filename)}`;

// --- documents of many entries -------------------------------------------------------------------------

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

// --- full-text search -----------------------------------------------------------------------------------

/** searchPublished() serves pages of at most this many hits, and at most this many pages. */
const SEARCH_PAGE_MAX = 100;
const SEARCH_PAGES_MAX = 1000;

export type SearchWindow = { total: number; hits: SearchHit[]; suggestion: string | null; suggestionApplied: boolean };

/**
 * Search hits from `offset` to `offset + limit` (CKAN's start/rows), whatever pages of searchPublished()
 * that takes: one page when the window is aligned, otherwise consecutive pages of 100.
 */
export async function searchWindow(
  db: DbOrTx,
  p: {
    q: string;
    unitId?: string | undefined;
    category?: DipCategory | undefined;
    year?: number | undefined;
    downloadable?: boolean | undefined;
    offset: number;
    limit: number;
  },
  /** `matchAll`: every word must match (CKAN's q), instead of ranking partial matches after full ones. */
  opts: { matchAll?: boolean } = {},
): Promise<SearchWindow> {
  const { offset, limit, ...filters } = p;
  const matchAll = opts.matchAll ?? false;
  const aligned = limit >= 1 && limit <= SEARCH_PAGE_MAX && offset % limit === 0;
  const size = aligned ? limit : SEARCH_PAGE_MAX;
  const firstPage = Math.floor(offset / size) + 1;
  const lastPage = limit === 0 ? firstPage : Math.floor((offset + limit - 1) / size) + 1;
  if (firstPage > SEARCH_PAGES_MAX) {
    const r = await searchPublished(db, { ...filters, page: 1, pageSize: 1 }, { exactTotal: true, matchAll });
    return { total: r.total, hits: [], suggestion: r.suggestion, suggestionApplied: r.suggestionApplied };
  }
  // The API reports exact totals (CKAN clients page by them); the portal's search counts up to a cap.
  const first = await searchPublished(db, { ...filters, page: firstPage, pageSize: size }, { exactTotal: true, matchAll });
  let hits = first.items;
  for (let page = firstPage + 1; page <= Math.min(lastPage, SEARCH_PAGES_MAX) && hits.length === (page - firstPage) * size; page++) {
    hits = hits.concat((await searchPublished(db, { ...filters, page, pageSize: size }, { matchAll })).items);
  }
  const skip = offset - (firstPage - 1) * size;
  return { total: first.total, hits: hits.slice(skip, skip + limit), suggestion: first.suggestion, suggestionApplied: first.suggestionApplied };
}

// --- CKAN -------------------------------------------------------------------------------------------------

export type CkanTag = { name: string; display_name: string; state: 'active'; vocabulary_id: null };
export type CkanResource = {
  id: string;
  package_id: string;
  name: string;
  description: string;
  url: string;
  format: string;
  mimetype: string;
  size: number;
  hash: string;
  position: number;
  created: string;
  last_modified: string;
  state: 'active';
  url_type: null;
  resource_type: null;
};
export type CkanOrganization = {
  id: string;
  name: string;
  title: string;
  display_name: string;
  description: string;
  image_url: string;
  type: 'organization';
  is_organization: true;
  state: 'active';
  approval_status: 'approved';
  created: string;
  package_count?: number;
};
export type CkanPackage = {
  id: string;
  name: string;
  title: string;
  notes: string;
  url: string;
  type: 'dataset';
  state: 'active';
  private: false;
  version: string;
  author: string;
  author_email: null;
  maintainer: string;
  maintainer_email: null;
  license_id: string;
  license_title: string;
  metadata_created: string;
  metadata_modified: string;
  owner_org: string;
  organization: CkanOrganization;
  num_tags: number;
  num_resources: number;
  tags: CkanTag[];
  groups: never[];
  resources: CkanResource[];
  extras: { key: string; value: string }[];
};

/**
 * CKAN's own timestamp form: UTC without a zone designator (CKAN's date parser rejects a trailing "Z",
 * and harvesters compare these strings).
 */
export const ckanTime = (d: Date): string => d.toISOString().replace(/Z$/, '');

/** CKAN accepts tags of letters, digits, space, "-", "_" and "." (2–100 characters); anything else would fail a harvest. */
export function ckanTagName(tag: string): string | null {
  const clean = tag
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_ .-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
    .trim();
  return clean.length >= 2 ? clean : null;
}

const FORMAT_BY_MIME: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/msword': 'DOC',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'text/csv': 'CSV',
  'application/json': 'JSON',
  'text/html': 'HTML',
  'text/plain': 'TXT',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/zip': 'ZIP',
};

export function fileFormat(d: Pick<PublicDocument, 'mime' | 'filename'>): string {
  const known = FORMAT_BY_MIME[d.mime.toLowerCase()];
  if (known) return known;
  const ext = /\.([a-z0-9]{1,8})$/i.exec(d.filename)?.[1];
  return ext ? ext.toUpperCase() : '';
}

function unitOrganization(u: { id: string; code: string; name: string; createdAt?: Date | null }, fallbackCreated: Date): CkanOrganization {
  return {
    id: u.id,
    name: u.code,
    title: u.name,
    display_name: u.name,
    description: '',
    image_url: '',
    type: 'organization',
    is_organization: true,
    state: 'active',
    approval_status: 'approved',
    created: ckanTime(u.createdAt ?? fallbackCreated),
  };
}

export function toCkanPackage(e: PublicEntry, docs: PublicDocument[], baseUrl: string): CkanPackage {
  const tags = [...new Set(e.tags.map(ckanTagName).filter((t): t is string => !!t))].map((name) => ({
    name,
    display_name: name,
    state: 'active' as const,
    vocabulary_id: null,
  }));
  const created = ckanTime(e.firstPublishedAt);
  const modified = ckanTime(e.updatedAt);
  const extra: [string, string][] = [
    ['number', e.number],
    ['category', e.category],
    ['category_label', CATEGORY_LABELS[e.category]?.id ?? e.category],
    ['subtype', e.subtype],
    ['subtype_label', subtypeLabel(e.subtype)],
    ['holder', e.holder],
    ['responsible', e.responsible],
    ['made_when', e.madeWhen],
    ['made_place', e.madePlace],
    ['forms', e.forms.join(', ')],
    ['formats', e.formats.join(', ')],
    ['retention', e.retention],
    ['year', e.year === null ? '' : String(e.year)],
    ['period', e.periodLabel],
    ['links', e.links.length ? JSON.stringify(e.links) : ''],
    ['language', 'id'],
  ];
  return {
    id: e.id,
    name: e.slug,
    title: e.title,
    notes: e.summary,
    url: landingPageUrl(baseUrl, e.slug),
    type: 'dataset',
    state: 'active',
    private: false,
    version: String(e.versionNo),
    author: e.holder,
    author_email: null,
    maintainer: e.responsible,
    maintainer_email: null,
    // The register does not record a licence; say so rather than guess one.
    license_id: 'notspecified',
    license_title: 'License not specified',
    metadata_created: created,
    metadata_modified: modified,
    owner_org: e.unitId,
    organization: unitOrganization({ id: e.unitId, code: e.unitCode, name: e.unitName }, e.firstPublishedAt),
    num_tags: tags.length,
    num_resources: docs.length,
    tags,
    groups: [],
    resources: docs.map((d, i) => ({
      id: d.id,
      package_id: e.id,
      name: d.filename,
      description: '',
      url: documentUrl(baseUrl, d),
      format: fileFormat(d),
      mimetype: d.mime,
      size: d.size,
      hash: d.sha256,
      position: i,
      created: modified,
      last_modified: modified,
      state: 'active',
      url_type: null,
      resource_type: null,
    })),
    extras: extra.filter(([, v]) => v !== '').map(([key, value]) => ({ key, value })),
  };
}

async function packagesOf(ctx: OpenDataCtx, entries: PublicEntry[]): Promise<CkanPackage[]> {
  const docs = await publicDocumentsOf(
    ctx.db,
    entries.map((e) => e.id),
  );
  return entries.map((e) => toCkanPackage(e, docs.get(e.id) ?? [], ctx.settings.baseUrl));
}

const isUuid = (s: string) => z.uuid().safeParse(s).success;

async function publicEntryByIdOrSlug(db: DbOrTx, idOrSlug: string): Promise<PublicEntry | null> {
  if (isUuid(idOrSlug)) {
    const [e] = await publishedByIds(db, [idOrSlug]);
    if (e) return e;
  }
  return publishedBySlug(db, idOrSlug);
}

/** CKAN package_show: by name (slug) or id. */
export async function ckanPackageShow(ctx: OpenDataCtx, idOrSlug: string): Promise<CkanPackage> {
  const e = await publicEntryByIdOrSlug(ctx.db, idOrSlug);
  if (!e) throw errors.notFound();
  const [p] = await packagesOf(ctx, [e]);
  return p!;
}

/**
 * CKAN package_list: the names of public entries, a page at a time, by register number alone: the order of
 * the unpaged list (ckanAllPackageNames), so that a harvester paging through it sees each name once.
 */
export async function ckanPackageNames(ctx: OpenDataCtx, p: { limit: number; offset: number }): Promise<string[]> {
  const { items } = await listPublished(ctx.db, { order: 'register', limit: p.limit, offset: p.offset });
  return items.map((e) => e.slug);
}

/** CKAN package_list without a limit: every name, streamed from the database in pages. */
export async function* ckanAllPackageNames(ctx: OpenDataCtx): AsyncGenerator<string[]> {
  for await (const page of allPublished(ctx.db)) yield page.map((e) => e.slug);
}

export const CKAN_SORTS = ['score desc, metadata_modified desc', 'metadata_modified desc', 'metadata_created desc', 'id asc', 'title_string asc'] as const;
export type CkanSort = (typeof CKAN_SORTS)[number];

export type CkanSearchInput = { q: string; fq: string; rows: number; start: number; sort: string };
export type CkanSearchResult = { count: number; sort: string; results: CkanPackage[]; facets: Record<string, never>; search_facets: Record<string, never> };

const searchQueryError = (id: string, en: string) => new AppError('search_query_error', 400, { id, en });

/**
 * The part of Solr's filter-query syntax that harvesters send: `organization:<code>`; terms that are
 * always true here (public, active datasets) and `metadata_modified:[… TO …]` are accepted and ignored
 * (a harvester then receives a superset and skips what has not changed). Anything else is refused
 * rather than silently ignored, since it might be an exclusion.
 */
export function parseFilterQuery(fq: string): { organization?: string } {
  const out: { organization?: string } = {};
  const terms = fq.match(/[+]?[\w.-]+:(?:"[^"]*"|\[[^\]]*\]|\{[^}]*\}|[^\s]+)|\S+/g) ?? [];
  for (const raw of terms) {
    const term = raw.replace(/^\+/, '');
    const m = /^([\w.-]+):(.*)$/.exec(term);
    const field = m?.[1] ?? '';
    const value = (m?.[2] ?? '').replace(/^"(.*)"$/, '$1');
    if (field === 'organization' && /^[a-z0-9][a-z0-9_-]{0,99}$/.test(value) && out.organization === undefined) out.organization = value;
    else if (field === 'metadata_modified' || field === 'metadata_created') continue;
    else if (
      (field === 'capacity' && value === 'public') ||
      (field === 'state' && value === 'active') ||
      ((field === 'dataset_type' || field === 'type') && value === 'dataset')
    )
      continue;
    else if (term === '*:*') continue;
    else {
      throw searchQueryError(
        `Filter "${raw.slice(0, 80)}" tidak didukung. Yang didukung: organization:<kode unit> (satu unit).`,
        `The filter "${raw.slice(0, 80)}" is not supported. Supported: organization:<unit code> (one unit).`,
      );
    }
  }
  return out;
}

/** CKAN package_search over public entries: full text when q is given, otherwise a sorted listing. */
export async function ckanPackageSearch(ctx: OpenDataCtx, input: CkanSearchInput): Promise<CkanSearchResult> {
  const { organization } = parseFilterQuery(input.fq);
  const q = input.q.trim();
  const all = q === '' || q === '*:*' || q === '*';
  const sort = input.sort
    .trim()
    .toLowerCase()
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s+/g, ' ');
  const empty = { facets: {}, search_facets: {} };
  if (!all) {
    // Relevance decides the order of a text search; a sort given with q is accepted and not applied.
    let unitId: string | undefined;
    if (organization) {
      unitId = (await listPublicUnits(ctx)).find((u) => u.code === organization)?.id;
      if (!unitId) return { count: 0, sort: 'score desc, metadata_modified desc', results: [], ...empty };
    }
    // CKAN's q: every word must match (as before), with the same normalisation and dictionary as the portal.
    const found = await searchWindow(ctx.db, { q, unitId, offset: input.start, limit: input.rows }, { matchAll: true });
    // A CKAN client asked for exactly q: results of a spelling correction are not an answer to it.
    const { total, hits } = found.suggestionApplied ? { total: 0, hits: [] } : found;
    const byId = new Map(
      (
        await publishedByIds(
          ctx.db,
          hits.map((h) => h.id),
        )
      ).map((e) => [e.id, e]),
    );
    const entries = hits.map((h) => byId.get(h.id)).filter((e): e is PublicEntry => !!e);
    return { count: total, sort: 'score desc, metadata_modified desc', results: await packagesOf(ctx, entries), ...empty };
  }
  const effective = (sort || 'score desc, metadata_modified desc') as CkanSort;
  if (!(CKAN_SORTS as readonly string[]).includes(effective)) {
    throw new AppError(
      'validation_failed',
      409,
      { id: `Urutan tidak didukung. Pilih salah satu: ${CKAN_SORTS.join('; ')}.`, en: `Unsupported sort. Use one of: ${CKAN_SORTS.join('; ')}.` },
      { sort: { id: 'Urutan tidak didukung.', en: 'Unsupported sort.' } },
    );
  }
  // "id asc" is what harvesters ask for to page stably: the register number (unique), as package_list.
  // Every order ends on a unique column (listPublished), so rows/start pages never overlap or skip.
  const order = effective === 'title_string asc' ? 'title' : effective === 'id asc' ? 'register' : 'newest';
  const { items, total } = await listPublished(ctx.db, { unitCode: organization, order, limit: Math.max(input.rows, 1), offset: input.start });
  return { count: total, sort: effective, results: input.rows === 0 ? [] : await packagesOf(ctx, items), ...empty };
}

async function unitCounts(ctx: OpenDataCtx): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const r of await publicCounts(ctx.db)) counts.set(r.unitId, (counts.get(r.unitId) ?? 0) + r.n);
  return counts;
}

export type CkanOrgListInput = { allFields: boolean; sort: string; limit?: number | undefined; offset: number };

/** CKAN organization_list: the public units, as names or as organization dicts with package counts. */
export async function ckanOrganizationList(ctx: OpenDataCtx, input: CkanOrgListInput): Promise<string[] | CkanOrganization[]> {
  const [units, counts] = await Promise.all([listPublicUnits(ctx), unitCounts(ctx)]);
  const sort = input.sort.trim().toLowerCase().replace(/\s+/g, ' ') || 'name asc';
  const [field, dir] = sort.split(' ') as [string, string | undefined];
  const key = (u: Unit): string | number => (field === 'title' ? u.name.toLowerCase() : field === 'package_count' ? (counts.get(u.id) ?? 0) : u.code);
  if (!['name', 'title', 'package_count'].includes(field) || (dir !== undefined && dir !== 'asc' && dir !== 'desc')) {
    throw new AppError(
      'validation_failed',
      409,
      {
        id: 'Urutan tidak didukung. Pilih name, title atau package_count, dengan asc atau desc.',
        en: 'Unsupported sort. Use name, title or package_count, with asc or desc.',
      },
      { sort: { id: 'Urutan tidak didukung.', en: 'Unsupported sort.' } },
    );
  }
  const sign = dir === 'desc' || (dir === undefined && field === 'package_count') ? -1 : 1;
  const sorted = [...units].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return (x < y ? -1 : x > y ? 1 : a.code < b.code ? -1 : 1) * sign;
  });
  const page = sorted.slice(input.offset, input.limit === undefined ? undefined : input.offset + input.limit);
  if (!input.allFields) return page.map((u) => u.code);
  return page.map((u) => ({ ...unitOrganization(u, u.createdAt), package_count: counts.get(u.id) ?? 0 }));
}

/** CKAN organization_show: one public unit by code or id, optionally with its newest packages. */
export async function ckanOrganizationShow(
  ctx: OpenDataCtx,
  input: { id: string; includeDatasets: boolean },
): Promise<CkanOrganization & { packages?: CkanPackage[] }> {
  const unit = (await listPublicUnits(ctx)).find((u) => u.code === input.id || u.id === input.id);
  if (!unit) throw errors.notFound();
  const counts = await unitCounts(ctx);
  const org = { ...unitOrganization(unit, unit.createdAt), package_count: counts.get(unit.id) ?? 0 };
  if (!input.includeDatasets) return org;
  const { items } = await listPublished(ctx.db, { unitId: unit.id, order: 'newest', limit: 1000 });
  return { ...org, packages: await packagesOf(ctx, items) };
}

/** CKAN status_show: what the site is; the CKAN version is the API level this subset follows. */
export async function ckanStatus(ctx: OpenDataCtx, appVersion: string) {
  const body = await getPublicBody(ctx.db);
  return {
    ckan_version: '2.10.0',
    site_title: body ? `PPID ${body.name}` : 'PPID',
    site_description: 'Daftar Informasi Publik (UU 14/2008), hanya baca / Public information register, read-only',
    site_url: ctx.settings.baseUrl,
    locale_default: 'id',
    error_emails_to: null,
    extensions: [] as string[],
    qgesy_version: appVersion,
  };
}

// --- DCAT-AP (JSON-LD) ---------------------------------------------------------------------------------

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  spdx: 'http://spdx.org/rdf/terms#',
  owl: 'http://www.w3.org/2002/07/owl#',
} as const;

/** Indonesian in the EU language authority table that DCAT-AP uses. */
export const LANGUAGE_ID = 'http://publications.europa.eu/resource/authority/language/IND';

type JsonLd = Record<string, unknown>;
const langs = (id: string, en?: string): JsonLd[] =>
  en
    ? [
        { '@value': id, '@language': 'id' },
        { '@value': en, '@language': 'en' },
      ]
    : [{ '@value': id, '@language': 'id' }];
const dateTime = (d: Date): JsonLd => ({ '@value': d.toISOString(), '@type': 'xsd:dateTime' });
const ref = (iri: string): JsonLd => ({ '@id': iri });

export const catalogUrl = (baseUrl: string): string => `${baseUrl}/catalog.jsonld`;

const categoryIri = (baseUrl: string, category: string) => `${catalogUrl(baseUrl)}#kategori-${category}`;
const subtypeIri = (baseUrl: string, subtype: string) => `${catalogUrl(baseUrl)}#jenis-${encodeURIComponent(subtype)}`;

function categoryConcept(baseUrl: string, category: DipCategory): JsonLd {
  const label = CATEGORY_LABELS[category];
  return {
    '@id': categoryIri(baseUrl, category),
    '@type': 'skos:Concept',
    'skos:notation': category,
    'skos:prefLabel': langs(label?.id ?? category, label?.en),
    'skos:inScheme': ref(`${catalogUrl(baseUrl)}#kategori`),
  };
}

function subtypeConcept(baseUrl: string, subtype: string): JsonLd {
  return {
    '@id': subtypeIri(baseUrl, subtype),
    '@type': 'skos:Concept',
    'skos:notation': subtype,
    'skos:prefLabel': langs(subtypeLabel(subtype, 'id'), subtypeLabel(subtype, 'en')),
    'skos:inScheme': ref(`${catalogUrl(baseUrl)}#jenis`),
  };
}

const MEDIA_TYPE = /^[a-z0-9][\w.+-]*\/[a-z0-9][\w.+-]*$/i;

export function toDcatDataset(e: PublicEntry, docs: PublicDocument[], baseUrl: string): JsonLd {
  const landing = landingPageUrl(baseUrl, e.slug);
  const ds: JsonLd = {
    '@id': `${landing}#dataset`,
    '@type': 'dcat:Dataset',
    'dct:identifier': e.number,
    'dct:title': langs(e.title),
    'dct:description': langs(e.summary),
    'dcat:keyword': e.tags.map((t) => ({ '@value': t, '@language': 'id' })),
    'dct:publisher': {
      '@id': `${catalogUrl(baseUrl)}#unit-${encodeURIComponent(e.unitCode)}`,
      '@type': 'foaf:Organization',
      'foaf:name': e.unitName,
      'dct:identifier': e.unitCode,
    },
    'dct:creator': { '@type': 'foaf:Agent', 'foaf:name': e.responsible },
    'dct:issued': dateTime(e.firstPublishedAt),
    'dct:modified': dateTime(e.updatedAt),
    'dcat:landingPage': ref(landing),
    // The concepts themselves are described once, in the catalogue's theme taxonomies.
    'dcat:theme': ref(categoryIri(baseUrl, e.category)),
    'dct:type': ref(subtypeIri(baseUrl, e.subtype)),
    'dct:language': ref(LANGUAGE_ID),
    'owl:versionInfo': String(e.versionNo),
  };
  if (e.year !== null) {
    ds['dct:temporal'] = {
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': { '@value': `${e.year}-01-01`, '@type': 'xsd:date' },
      'dcat:endDate': { '@value': `${e.year}-12-31`, '@type': 'xsd:date' },
    };
  }
  if (e.links.length) ds['foaf:page'] = e.links.map((l) => ({ '@id': l.url, 'dct:title': l.label }));
  ds['dcat:distribution'] = docs.map((d) => {
    const dist: JsonLd = {
      '@id': `${catalogUrl(baseUrl)}#dokumen-${d.id}`,
      '@type': 'dcat:Distribution',
      'dct:title': d.filename,
      'dcat:accessURL': ref(landing),
      'dcat:downloadURL': ref(documentUrl(baseUrl, d)),
      'dcat:byteSize': { '@value': String(d.size), '@type': 'xsd:nonNegativeInteger' },
      'spdx:checksum': {
        '@type': 'spdx:Checksum',
        'spdx:algorithm': ref('http://spdx.org/rdf/terms#checksumAlgorithm_sha256'),
        'spdx:checksumValue': { '@value': d.sha256, '@type': 'xsd:hexBinary' },
      },
    };
    if (MEDIA_TYPE.test(d.mime)) dist['dcat:mediaType'] = ref(`https://www.iana.org/assignments/media-types/${d.mime.toLowerCase()}`);
    const format = fileFormat(d);
    if (format) dist['dct:format'] = format;
    return dist;
  });
  return ds;
}

/** The catalogue node without its datasets, which are streamed after it. */
export function dcatCatalogHead(body: PublicBody | undefined | null, baseUrl: string): JsonLd {
  const name = body?.name ?? 'Q-Gesy';
  const publisher: JsonLd = {
    '@id': `${catalogUrl(baseUrl)}#badan-publik`,
    '@type': 'foaf:Organization',
    'foaf:name': name,
    'foaf:homepage': ref(body?.website || `${baseUrl}/`),
  };
  const head: JsonLd = {
    '@context': DCAT_CONTEXT,
    '@id': catalogUrl(baseUrl),
    '@type': 'dcat:Catalog',
    'dct:title': langs(`Daftar Informasi Publik ${name}`, `Public information register of ${name}`),
    'dct:description': langs(
      `Informasi publik yang diumumkan oleh PPID ${name} berdasarkan UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik.`,
      `Public information published by the information officer (PPID) of ${name} under Law No. 14 of 2008 on Public Information Disclosure.`,
    ),
    'dct:publisher': publisher,
    'foaf:homepage': ref(`${baseUrl}/`),
    'dct:language': ref(LANGUAGE_ID),
    'dcat:themeTaxonomy': [
      {
        '@id': `${catalogUrl(baseUrl)}#kategori`,
        '@type': 'skos:ConceptScheme',
        'skos:prefLabel': langs('Kategori informasi publik (UU 14/2008)', 'Categories of public information (Law 14/2008)'),
        'skos:hasTopConcept': DIP_CATEGORIES.map((c) => categoryConcept(baseUrl, c)),
      },
      {
        '@id': `${catalogUrl(baseUrl)}#jenis`,
        '@type': 'skos:ConceptScheme',
        'skos:prefLabel': langs('Jenis informasi publik', 'Types of public information'),
        'skos:hasTopConcept': SUBTYPES.map((st) => subtypeConcept(baseUrl, st.code)),
      },
    ],
  };
  if (body?.ppidContactEmail) {
    head['dcat:contactPoint'] = {
      '@type': 'vcard:Organization',
      'vcard:fn': body.ppidContactName || `PPID ${name}`,
      'vcard:hasEmail': ref(`mailto:${body.ppidContactEmail}`),
    };
  }
  return head;
}

/** The whole DCAT catalogue: its head, then datasets a page at a time, never all in memory. */
export async function dcatCatalog(ctx: OpenDataCtx, pageSize = 500): Promise<{ head: JsonLd; datasets: AsyncGenerator<JsonLd[]> }> {
  const head = dcatCatalogHead(await getPublicBody(ctx.db), ctx.settings.baseUrl);
  async function* datasets(): AsyncGenerator<JsonLd[]> {
    for await (const page of allPublished(ctx.db, pageSize)) {
      const docs = await publicDocumentsOf(
        ctx.db,
        page.map((e) => e.id),
      );
      yield page.map((e) => toDcatDataset(e, docs.get(e.id) ?? [], ctx.settings.baseUrl));
    }
  }
  return { head, datasets: datasets() };
}
