// CSRF protection for every state-changing request: a signed double-submit token bound to the session,
// plus a same-origin check of the Origin / Sec-Fetch-Site headers when the browser sends them.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { AppError, errors } from '../../errors.js';
import type { Env } from '../types.js';

export const CSRF_COOKIE = 'qg_csrf';
export const CSRF_FIELD = '_csrf';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const READ_ONLY_API = /^\/api\/(3\/)?action\//;
/** The JSON API for requests and objections takes no cookie and acts for nobody signed in: a forged call gains nothing. */
const OPEN_JSON_API = /^\/api\/v1\/(requests|objections)$/;
/**
 * The ping of a search result link (routes/reports/search-log.tsx): a browser sends it without a form, so without a
 * token. It only adds one to a counter, never above the query's searches; other sites' pages are refused.
 */
const RESULT_PING = /^\/cari\/klik$/;

export function csrfTokenFor(secret: string, cookie: string, sessionId: string | null): string {
  return createHmac('sha256', secret)
    .update(`${cookie}|${sessionId ?? ''}`)
    .digest('base64url');
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function submittedToken(c: Context<Env>): Promise<string | undefined> {
  const header = c.req.header('x-csrf-token');
  if (header) return header;
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
    const body = await c.req.parseBody();
    const v = body[CSRF_FIELD];
    return typeof v === 'string' ? v : undefined;
  }
  return undefined;
}

/** False when the browser says the request comes from another site (Sec-Fetch-Site or Origin). */
function sameOrigin(c: Context<Env>): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = c.req.header('origin');
  if (origin && origin !== 'null') {
    const own = new URL(c.get('deps').config.baseUrl).origin;
    const hostOrigin = `${new URL(c.req.url).protocol}//${c.req.header('host') ?? ''}`;
    if (origin !== own && origin !== hostOrigin) return false;
  }
  return true;
}

const crossOrigin = () => new AppError('cross_origin_write', 403, catalogueMessages('http.csrf.requests_from_another_site_are'));

export function csrf(): MiddlewareHandler<Env> {
  return async (c, next) => {
    const { config } = c.get('deps');
    let cookie = getCookie(c, CSRF_COOKIE);
    if (!cookie || cookie.length < 20) {
      cookie = randomBytes(24).toString('base64url');
      setCookie(c, CSRF_COOKIE, cookie, { httpOnly: true, sameSite: 'Lax', secure: config.secureCookies, path: '/' });
    }
    // Bound to the staff session, else to the citizen account's session, else to none.
    const expected = csrfTokenFor(config.sessionSecret, cookie, c.get('sessionId') ?? c.get('citizen')?.id ?? null);
    c.set('csrfToken', expected);
    // CKAN clients POST their read-only actions as JSON with no session and no cookie; nothing to forge.
    if (SAFE.has(c.req.method) || READ_ONLY_API.test(c.req.path)) return next();
    if (RESULT_PING.test(c.req.path)) {
      if (!sameOrigin(c)) throw errors.csrf();
      return next();
    }
    if (OPEN_JSON_API.test(c.req.path) && (c.req.header('content-type') ?? '').startsWith('application/json') && !c.get('sessionId')) {
      // No token, but no other site either: a browser on another origin may not write (no CORS for writes,
      // and a call it sends anyway is refused here). Tools that send no Origin are not browsers' pages.
      if (!sameOrigin(c)) throw crossOrigin();
      return next();
    }

    if (!sameOrigin(c)) throw errors.csrf();
    const token = await submittedToken(c);
    if (!token || !same(token, expected)) throw errors.csrf();
    return next();
  };
}
