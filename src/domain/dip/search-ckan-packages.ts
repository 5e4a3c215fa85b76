// CKAN package_search over public DIP entries: full text when q is given, otherwise a sorted listing.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { AppError } from '../../errors.js';
import { listPublicUnits } from '../units/units.js';
import { listPublished, publishedByIds, type PublicEntry } from './public.js';
import type { OpenDataCtx } from './opendata-shared.js';
import { searchWindow } from './search-window.js';
import { type CkanPackage, packagesOf } from './to-ckan-package.js';

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
      catalogueMessages('dip.search-ckan-packages.unsupported_sort_use_one', { CKAN_SORTSJoin: CKAN_SORTS.join('; ') }),
      { sort: catalogueMessages('dip.list-ckan-organizations.unsupported_sort') },
    );
  }
  // "id asc" is what harvesters ask for to page stably: the register number (unique), as package_list.
  // Every order ends on a unique column (listPublished), so rows/start pages never overlap or skip.
  const order = effective === 'title_string asc' ? 'title' : effective === 'id asc' ? 'register' : 'newest';
  const { items, total } = await listPublished(ctx.db, { unitCode: organization, order, limit: Math.max(input.rows, 1), offset: input.start });
  return { count: total, sort: effective, results: input.rows === 0 ? [] : await packagesOf(ctx, items), ...empty };
}
