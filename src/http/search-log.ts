// Counting public searches (src/domain/search-log/query-log.ts) from the HTTP layer.
//
// The search page (and the JSON search API) say how many results a search had in a response header; this
// middleware, which runs before the page cache, reads and removes it and counts the search in the
// background. A page served from memory still carries the header (the cache keeps the page's headers), so
// it is counted too, with the count it showed. The count goes to an in-memory buffer written every few
// seconds (SearchLogBuffer): nothing waits for the database and nothing fails with it.
import type { Context, MiddlewareHandler } from 'hono';
import { normaliseLoggedQuery, searchLogFor } from '../domain/search-log/query-log.js';
import type { Env } from './types.js';

/** Set by a route that ran a search worth counting: the number of results the searcher was shown (0: none). */
export const SEARCH_TOTAL_HEADER = 'x-search-total';

/** Crawlers and link previews follow search links too; they are not citizens looking for something. */
const NOT_A_PERSON = /bot|crawl|spider|slurp|preview|facebookexternalhit|curl|wget|python-requests|headless/i;

/** Marks the response of a search on its first page with its result count, for searchLog() to count. */
export function markSearch(c: Context<Env>, total: number, page = 1): void {
  if (page === 1) c.header(SEARCH_TOTAL_HEADER, String(Math.max(0, Math.trunc(total))));
}

/** The click-counting ping URL for a query's result links, or undefined when the query is not logged. */
export function resultPing(q: string): string | undefined {
  const logged = normaliseLoggedQuery(q);
  return logged ? `/cari/klik?q=${encodeURIComponent(logged)}` : undefined;
}

export function searchLog(): MiddlewareHandler<Env> {
  return async (c, next) => {
    await next();
    const total = c.res.headers.get(SEARCH_TOTAL_HEADER);
    if (total === null) return;
    c.res.headers.delete(SEARCH_TOTAL_HEADER);
    if (c.req.method !== 'GET' || c.res.status !== 200 || !/^\d{1,9}$/.test(total)) return;
    if (NOT_A_PERSON.test(c.req.header('user-agent') ?? '')) return;
    const { database, clock, logger } = c.get('deps');
    searchLogFor(database.db, clock, logger).search(c.req.query('q') ?? '', Number(total));
  };
}
