// Full-text search over public DIP entries as one window (offset and size) of hits, for the JSON API and CKAN.
import type { DbOrTx } from '../../db/client.js';
import type { DipCategory } from '../../db/schema/index.js';
import type { SearchHit } from './search-input.js';
import { searchPublished } from './search.js';

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
