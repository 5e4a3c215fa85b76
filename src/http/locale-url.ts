// English at its own URLs: /en/... is the English version of the same page (architecture notes §21).
//
// The router sees the path without its /en prefix (createApp's getPath), so every route serves both
// languages; the locale of a page comes from its URL, not from a cookie, so a cached or shared URL always
// means one language. Pages keep writing Indonesian paths in their links ("/informasi", action="/permohonan");
// on an English page one central rewrite (localeUrls, below) turns every internal page link, form action and
// redirect into its /en form. The back office, the API, files, the citizen account (its cookie is scoped to
// /akun) and the language switch itself are left alone.
import type { MiddlewareHandler } from 'hono';
import { getPath as honoGetPath } from 'hono/utils/url';
import type { Locale } from '../i18n/index.js';
import type { Env } from './types.js';

export const EN_PREFIX = '/en';

/** The path the router sees: /en → /, /en/informasi → /informasi. */
export function stripLocale(path: string): string {
  if (path === EN_PREFIX) return '/';
  return path.startsWith(`${EN_PREFIX}/`) ? path.slice(EN_PREFIX.length) : path;
}

export const routerPath = (request: Request): string => stripLocale(honoGetPath(request));

/** The locale named by the URL itself, or null for an unprefixed URL. */
export function urlLocale(url: string): Locale | null {
  const p = honoGetPath({ url } as Request); // reads only .url: no Request built per call
  return p === EN_PREFIX || p.startsWith(`${EN_PREFIX}/`) ? 'en' : null;
}

/** Whether a path of this site is a page that exists in both languages at its own URL. */
export function isLocalizable(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//')) return false;
  const p = path.split(/[?#]/, 1)[0]!;
  if (p === EN_PREFIX || p.startsWith(`${EN_PREFIX}/`)) return false;
  if (/^\/(?:admin|api|static|logo|bahasa|dokumen|akun|health|healthz|readyz|livez|keluar)(?:\/|$)/.test(p)) return false;
  // Files, feeds and exports (sitemap.xml, data.csv, …) are the same bytes in both languages.
  return !/\.[A-Za-z0-9]{1,6}$/.test(p);
}

/** The URL of a path (with its query) in the given language. */
export function localizedPath(locale: Locale, path: string): string {
  if (locale !== 'en' || !isLocalizable(path)) return path;
  return path === '/' || path.startsWith('/?') || path.startsWith('/#') ? `${EN_PREFIX}${path.slice(1)}` : `${EN_PREFIX}${path}`;
}

const TAG = /<(?:a|form|link|button|area)\b[^>]*>/g;
const ATTR = /\s(href|action|formaction)="(\/[^"]*)"/g;

/**
 * Every internal page link and form target of an English page, in its /en form. Attribute values never
 * contain a raw `>` or `"` (the JSX renderer escapes them), so a tag ends at the first `>`. A tag with an
 * `hreflang` (the language switch, the alternates) already names its language and is left as it is.
 */
export function rewriteLinks(html: string): string {
  return html.replace(TAG, (tag) =>
    tag.includes(' hreflang=') ? tag : tag.replace(ATTR, (m, name: string, url: string) => (isLocalizable(url) ? ` ${name}="${localizedPath('en', url)}"` : m)),
  );
}

/** On an English URL: HTML links and redirects stay in English. Runs inside the page cache, which keeps the result. */
export function localeUrls(): MiddlewareHandler<Env> {
  return async (c, next) => {
    await next();
    if (urlLocale(c.req.url) !== 'en') return;
    const location = c.res.headers.get('location');
    if (location && isLocalizable(location)) c.res.headers.set('location', localizedPath('en', location));
    if (!(c.res.headers.get('content-type') ?? '').startsWith('text/html') || !c.res.body) return;
    const html = await c.res.text();
    const headers = new Headers(c.res.headers);
    headers.delete('content-length');
    const status = c.res.status;
    c.res = undefined; // replaced, not merged with the old headers
    c.res = new Response(rewriteLinks(html), { status, headers });
  };
}
