// Rendered public pages, kept in memory for visitors without a session.
//
// A citizen's page view costs a few queries and a JSX render; the same page for the next visitor is the
// same bytes as long as nothing public changed. Every transaction that changes a table the portal reads
// moves the database's public generation (migration 0003, Database.publicGeneration); a page is served
// from memory only when it was rendered at the current generation, so an unpublished entry disappears
// from the very next response. Only anonymous GETs of portal HTML pages with status 200 are kept: no
// session cookie (a signed-in officer sees a different header), never a page with a form token, never
// a Set-Cookie header. The key is the URL's path with its query string: the language is part of the URL
// (/en/...), never a cookie. Each page is also kept gzip- and brotli-compressed (at their best quality,
// computed once in the background when the page is stored), so a hit is never compressed again.
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { LRUCache } from 'lru-cache';
import { CSRF_FIELD } from './middleware/csrf.js';
import { SESSION_COOKIE } from './middleware/context.js';
import { addVary, compressBytes, MIN_COMPRESS_BYTES, negotiate, type Coding } from './middleware/compress.js';
import type { Env } from './types.js';

type Entry = {
  generation: number;
  body: Uint8Array<ArrayBuffer>;
  headers: [string, string][];
  validUntil: number | null;
  /** The compressed variants, being computed or done (none for a small page). */
  encoded: Partial<Record<Coding, Promise<Uint8Array | null>>>;
};

/**
 * Set by a page whose content also depends on the date (the exempt-information list changes when a day
 * begins, with no write to move the generation): the instant, in ms by the app's clock, until which the
 * rendered page may be served. The cache removes it from every response.
 */
export const PAGE_VALID_UNTIL = 'x-page-valid-until';

/** Headers that belong to one response, not to the page. */
const OWN_HEADERS = new Set(['set-cookie', 'x-request-id', 'content-length', 'date', PAGE_VALID_UNTIL]);

/** The portal's HTML pages (not files, feeds, exports or the back office). */
const CACHEABLE =
  /^\/(?:|informasi|informasi\/[a-z0-9-]{1,200}|kategori\/[a-z-]{1,40}|unit|unit\/[A-Za-z0-9_-]{1,60}|dip|cari|informasi-dikecualikan|unit\/[A-Za-z0-9_-]{1,60}\/informasi-dikecualikan)$/;

/** Longest URL (path and query) worth keeping; longer ones are rendered every time. */
const MAX_KEY = 600;

export function publicPageCache(maxBytes: number): MiddlewareHandler<Env> {
  if (maxBytes <= 0)
    return async (c, next) => {
      await next();
      if (c.res.headers.has(PAGE_VALID_UNTIL)) c.res.headers.delete(PAGE_VALID_UNTIL);
    };
  // Pages depend on the database and on the date (e.g. the years offered in filters): kept ten minutes at most.
  const cache = new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: (e) => Math.ceil(e.body.byteLength * 1.3) + 200, ttl: 10 * 60_000 });
  return async (c, next) => {
    const pass = async () => {
      await next();
      if (c.res.headers.has(PAGE_VALID_UNTIL)) c.res.headers.delete(PAGE_VALID_UNTIL);
    };
    if (c.req.method !== 'GET' || !CACHEABLE.test(c.req.path) || getCookie(c, SESSION_COOKIE)) return pass();
    // Before the first administrator exists the home page points to the setup page: nothing is kept.
    if (c.get('deps').setup.token) return pass();
    const url = new URL(c.req.url);
    const key = `${url.pathname}${url.search}`;
    if (key.length > MAX_KEY) return pass();
    const { database } = c.get('deps');
    let generation: number;
    try {
      generation = await database.publicGeneration();
    } catch {
      return pass(); // no counter (not migrated yet, database busy): render as usual
    }
    const hit = cache.get(key);
    if (hit && hit.generation === generation && (hit.validUntil === null || c.get('deps').clock.now().getTime() < hit.validUntil)) {
      const headers = new Headers(hit.headers);
      headers.set('x-page-cache', 'hit');
      c.set('encoded', true); // the variant below is final: the compression layer leaves it alone
      const coding = negotiate(c.req.header('accept-encoding'));
      const encoded = coding ? await hit.encoded[coding] : null;
      if (hit.body.byteLength >= MIN_COMPRESS_BYTES) addVary(headers);
      if (coding && encoded) {
        headers.set('content-encoding', coding);
        return c.body(encoded as Uint8Array<ArrayBuffer>, 200, Object.fromEntries(headers));
      }
      return c.body(hit.body, 200, Object.fromEntries(headers));
    }
    await next();
    const res = c.res;
    const until = res.headers.get(PAGE_VALID_UNTIL);
    if (until !== null) res.headers.delete(PAGE_VALID_UNTIL);
    if (res.status !== 200 || !(res.headers.get('content-type') ?? '').startsWith('text/html') || !res.body) return;
    const body = new Uint8Array(await res.clone().arrayBuffer());
    // A page with a form token belongs to one visitor; the cookie a first visit gets is not part of the page.
    if (Buffer.from(body.buffer, body.byteOffset, body.byteLength).includes(`name="${CSRF_FIELD}"`)) return;
    const headers = [...res.headers].filter(([name]) => !OWN_HEADERS.has(name.toLowerCase()));
    const encoded: Entry['encoded'] = {};
    if (body.byteLength >= MIN_COMPRESS_BYTES) {
      // In zlib's thread pool, after this response has gone: the first hits may wait for it, none redoes it.
      for (const coding of ['br', 'gzip'] as const) encoded[coding] = compressBytes(body, coding, 'max').catch(() => null);
    }
    cache.set(key, { generation, body, headers, validUntil: until !== null && /^\d+$/.test(until) ? Number(until) : null, encoded });
  };
}
