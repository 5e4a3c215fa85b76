// Web fundamentals (issue #12, part 4): a DOCTYPE on every page, gzip/brotli, page metadata and indexing
// decisions per page type, and English at its own /en URLs.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { isCompressible, negotiate, variantEtag } from '../../src/http/middleware/compress.js';
import { rewriteLinks } from '../../src/http/locale-url.js';
import { Browser, createTestApp, type TestApp } from '../helpers/app.js';
import { crawl } from '../helpers/crawl.js';
import { backendName } from '../helpers/db.js';

const BASE = 'http://localhost:3000';

describe('Accept-Encoding negotiation and link rewriting (pure)', () => {
  it('honours q-values, prefers brotli on a tie, refuses q=0', () => {
    expect(negotiate(undefined)).toBe(null);
    expect(negotiate('')).toBe(null);
    expect(negotiate('gzip, deflate, br')).toBe('br');
    expect(negotiate('gzip')).toBe('gzip');
    expect(negotiate('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(negotiate('br;q=0, gzip;q=0')).toBe(null);
    expect(negotiate('identity')).toBe(null);
    expect(negotiate('*')).toBe('br');
    expect(negotiate('*;q=0.3, br;q=0')).toBe('gzip');
    expect(negotiate('GZIP;Q=1')).toBe('gzip');
  });

  it('compresses text types only, and gives each encoded variant its own validator', () => {
    for (const t of [
      'text/html; charset=UTF-8',
      'text/css',
      'text/javascript',
      'application/json',
      'application/problem+json',
      'application/xml',
      'image/svg+xml',
      'text/csv; charset=utf-8',
      'application/ld+json',
    ])
      expect(isCompressible(t), t).toBe(true);
    for (const t of [
      'application/pdf',
      'image/png',
      'image/jpeg',
      'application/zip',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/event-stream',
      'application/octet-stream',
      null,
    ])
      expect(isCompressible(t), String(t)).toBe(false);
    expect(variantEtag('"abc"', 'br')).toBe('"abc-br"');
    expect(variantEtag('W/"abc"', 'gzip')).toBe('W/"abc-gzip"');
  });

  it('puts internal page links of an English page under /en and leaves files, API, back office and switch alone', () => {
    const html =
      '<a href="/informasi">x</a><form method="post" action="/permohonan"></form><a href="/">h</a><a href="/cari?q=a&amp;b=1">s</a>' +
      '<a href="/static/app.css">c</a><a href="/admin">b</a><a href="/dokumen/1/a.pdf">d</a><a href="/sitemap.xml">m</a>' +
      '<a class="lang" hreflang="id" href="/informasi">ID</a><a href="https://example.org/x">e</a><a href="/en/unit">u</a>';
    expect(rewriteLinks(html)).toBe(
      '<a href="/en/informasi">x</a><form method="post" action="/en/permohonan"></form><a href="/en">h</a><a href="/en/cari?q=a&amp;b=1">s</a>' +
        '<a href="/static/app.css">c</a><a href="/admin">b</a><a href="/dokumen/1/a.pdf">d</a><a href="/sitemap.xml">m</a>' +
        '<a class="lang" hreflang="id" href="/informasi">ID</a><a href="https://example.org/x">e</a><a href="/en/unit">u</a>',
    );
  });
});

describe(`web fundamentals on the demo (${backendName})`, () => {
  let t: TestApp;
  let slug: string;
  const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers: { 'x-forwarded-for': '10.0.0.9', ...headers } });
  const html = async (path: string) => {
    const r = await get(path);
    return { status: r.status, text: await r.text(), res: r };
  };
  const metaOf = (text: string, name: string) => new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(text)?.[1];
  const linkOf = (text: string, rel: string, hreflang?: string) =>
    new RegExp(`<link rel="${rel}"${hreflang ? ` hreflang="${hreflang}"` : ''} href="([^"]*)"`).exec(text)?.[1];

  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    const list = await (await get('/informasi')).text();
    slug = /href="\/informasi\/([a-z0-9-]+)"/.exec(list)![1]!;
  }, 120_000);
  afterAll(async () => {
    await t?.dispose();
  });

  it('every HTML page the public crawl reaches (both languages) and the back office and error pages start with <!DOCTYPE html>', async () => {
    const fetched = await crawl(t.app, { base: BASE, start: ['/', '/en', '/cari?q=anggaran', '/en/cari?q=anggaran', '/tidak-ada'], maxPages: 900 });
    const pages = fetched.filter((f) => f.type.startsWith('text/html'));
    expect(pages.length).toBeGreaterThan(300);
    expect(pages.some((p) => p.url.startsWith('/en/informasi/'))).toBe(true);
    const without = pages.filter((p) => !p.text.startsWith('<!DOCTYPE html>')).map((p) => p.url);
    expect(without).toEqual([]);
    // Every public HTML page that answers 200 has a description and a canonical link.
    const ok = pages.filter((p) => p.status === 200);
    expect(ok.filter((p) => !metaOf(p.text, 'description')).map((p) => p.url)).toEqual([]);
    expect(ok.filter((p) => !metaOf(p.text, 'robots') && !linkOf(p.text, 'canonical')).map((p) => p.url)).toEqual([]);
    const notFound = await html('/tidak-ada');
    expect(notFound.status).toBe(404);
    expect(notFound.text.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(metaOf(notFound.text, 'robots')).toBe('noindex, follow');
    const b = new Browser(t.app);
    const admin = await b.get('/masuk');
    expect(admin.text.startsWith('<!DOCTYPE html>')).toBe(true);
  }, 600_000);

  describe('compression', () => {
    it('sends brotli or gzip by Accept-Encoding, with Vary, decompressing to the same page', async () => {
      const plain = await get('/dip');
      const plainText = await plain.text();
      expect(plain.headers.get('content-encoding')).toBe(null);
      expect(plain.headers.get('vary') ?? '').toMatch(/accept-encoding/i);
      for (const [accept, coding, unzip] of [
        ['br, gzip', 'br', brotliDecompressSync],
        ['gzip;q=1, br;q=0.5', 'gzip', gunzipSync],
      ] as const) {
        // A new query string each time: a page rendered now, not one from the cache.
        const r = await get(`/dip?kategori=&z=${coding}`, { 'accept-encoding': accept });
        expect(r.headers.get('content-encoding')).toBe(coding);
        expect(r.headers.get('vary')).toMatch(/accept-encoding/i);
        const bytes = Buffer.from(await r.arrayBuffer());
        expect(Number(r.headers.get('content-length'))).toBe(bytes.length);
        expect(bytes.length).toBeLessThan(plainText.length / 4);
        expect(unzip(bytes).toString('utf8')).toBe(await (await get(`/dip?kategori=&z=${coding}`)).text());
      }
    });

    it('serves a cached hit from its stored compressed variant', async () => {
      const path = `/informasi/${slug}`;
      const plain = await (await get(path)).text();
      for (const [coding, unzip] of [
        ['br', brotliDecompressSync],
        ['gzip', gunzipSync],
      ] as const) {
        const r = await get(path, { 'accept-encoding': coding });
        expect(r.headers.get('x-page-cache')).toBe('hit');
        expect(r.headers.get('content-encoding')).toBe(coding);
        expect(r.headers.get('vary')).toMatch(/accept-encoding/i);
        expect(unzip(Buffer.from(await r.arrayBuffer())).toString('utf8')).toBe(plain);
      }
      const identity = await get(path, { 'accept-encoding': 'identity' });
      expect(identity.headers.get('x-page-cache')).toBe('hit');
      expect(identity.headers.get('content-encoding')).toBe(null);
      expect(await identity.text()).toBe(plain);
    });

    it('compresses the stylesheet, the sitemap and JSON; never a PDF, a small body or a range', async () => {
      const css = await get('/static/app.css', { 'accept-encoding': 'br' });
      expect(css.headers.get('content-encoding')).toBe('br');
      expect(brotliDecompressSync(Buffer.from(await css.arrayBuffer())).toString('utf8')).toContain('.site-header');
      const sitemap = await get('/sitemap.xml', { 'accept-encoding': 'gzip' });
      expect(sitemap.headers.get('content-encoding')).toBe('gzip');
      expect(gunzipSync(Buffer.from(await sitemap.arrayBuffer())).toString('utf8')).toContain('</urlset>');
      const json = await get('/api/v1/dip', { 'accept-encoding': 'gzip' });
      expect(json.headers.get('content-encoding')).toBe('gzip');
      expect(JSON.parse(gunzipSync(Buffer.from(await json.arrayBuffer())).toString('utf8'))).toBeTruthy();
      const pdf = await get('/informasi-dikecualikan.pdf', { 'accept-encoding': 'br, gzip' });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toMatch(/pdf/);
      expect(pdf.headers.get('content-encoding')).toBe(null);
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      const robots = await get('/robots.txt', { 'accept-encoding': 'br' });
      expect(robots.headers.get('content-encoding')).toBe(null);
      expect(await robots.text()).toContain('Sitemap:');
      // A published document, asked for in part and whole: bytes as stored, never re-encoded.
      const docs = await t.db.db.execute(sql`select d.id from dip_documents d join dip_entries e on e.published_version_id = d.version_id limit 1`);
      const docId = (docs.rows[0] as { id: string }).id;
      const ranged = await get(`/dokumen/${docId}`, { 'accept-encoding': 'br', range: 'bytes=0-9' });
      expect(ranged.status).toBe(206);
      expect(ranged.headers.get('content-encoding')).toBe(null);
      expect((await ranged.arrayBuffer()).byteLength).toBe(10);
      const whole = await get(`/dokumen/${docId}`, { 'accept-encoding': 'br, gzip' });
      expect(whole.status).toBe(200);
      expect(whole.headers.get('content-encoding')).toBe(null);
    });
  });

  describe('indexing decision and description per page type', () => {
    it.each([
      ['/', false],
      ['/informasi', false],
      ['/dip', false],
      ['/unit', false],
      ['/informasi-dikecualikan', false],
      ['/permohonan', false],
      ['/kalkulator-tenggat', false],
      ['/cari', false],
      ['/cari?q=anggaran', true],
      ['/permohonan/lacak', false],
      ['/permohonan/keberatan', false],
      ['/permohonan/lacak?nomor=X&kode=Y', true],
      ['/akun', true],
      ['/masuk', true],
      ['/en', false],
      ['/en/cari?q=budget', true],
    ])('%s noindex=%s, with a description in its language', async (path, noindex) => {
      const r = await html(path);
      expect(r.status).toBe(path.includes('nomor=') ? 404 : 200); // no such request: still the tracking page
      expect(r.text.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(metaOf(r.text, 'robots') === 'noindex, follow').toBe(noindex);
      const d = metaOf(r.text, 'description');
      expect(d && d.length).toBeGreaterThan(30);
      if (!noindex) expect(linkOf(r.text, 'canonical')).toMatch(/^http:\/\/localhost:3000\//);
    });

    it('the entry page has its own description and its canonical URL per language', async () => {
      const id = await html(`/informasi/${slug}`);
      const en = await html(`/en/informasi/${slug}`);
      expect(linkOf(id.text, 'canonical')).toBe(`${BASE}/informasi/${slug}`);
      expect(linkOf(en.text, 'canonical')).toBe(`${BASE}/en/informasi/${slug}`);
      expect(metaOf(id.text, 'description')).toBe(metaOf(en.text, 'description'));
      expect(metaOf(id.text, 'robots')).toBe(undefined);
    });
  });

  describe('English at /en', () => {
    it('serves the English page at /en with lang="en", links staying in English, hreflang both ways and a switch', async () => {
      const id = await html(`/informasi/${slug}`);
      const en = await html(`/en/informasi/${slug}`);
      expect(en.status).toBe(200);
      expect(id.text).toContain('<html lang="id">');
      expect(en.text).toContain('<html lang="en">');
      for (const page of [id, en]) {
        expect(linkOf(page.text, 'alternate', 'id')).toBe(`${BASE}/informasi/${slug}`);
        expect(linkOf(page.text, 'alternate', 'en')).toBe(`${BASE}/en/informasi/${slug}`);
        expect(linkOf(page.text, 'alternate', 'x-default')).toBe(`${BASE}/informasi/${slug}`);
      }
      expect(/<a class="lang" hreflang="en" href="([^"]+)"/.exec(id.text)?.[1]).toBe(`/en/informasi/${slug}`);
      expect(/<a class="lang" hreflang="id" href="([^"]+)"/.exec(en.text)?.[1]).toBe(`/informasi/${slug}`);
      // Every internal page link and form of the English page stays English.
      const internal = [...en.text.matchAll(/<(?:a|form)\b[^>]*?\s(?:href|action)="(\/[^"]*)"/g)].map((m) => m[0]);
      const leaking = internal.filter(
        (tag) => !tag.includes('hreflang=') && !/"\/(?:en(?:\/|")|static\/|dokumen\/|admin|akun|api\/|logo)/.test(tag) && !/\.[a-z]{2,5}"/.test(tag),
      );
      expect(leaking).toEqual([]);
      expect(internal.some((tag) => tag.includes('href="/en/cari'))).toBe(true);
      // Indonesian content inside the English page is marked as such.
      expect(en.text).toMatch(/<h1[^>]*lang="id"/);
    });

    it('keeps the two languages apart in the page cache, keyed by URL, whatever the cookie says', async () => {
      for (let i = 0; i < 2; i++) {
        expect((await html('/unit')).text).toContain('<html lang="id">');
        expect((await html('/en/unit')).text).toContain('<html lang="en">');
        const withCookie = await get('/unit', { cookie: 'qg_lang=en' });
        expect(await withCookie.text()).toContain('<html lang="id">');
      }
      expect((await get('/en/unit')).headers.get('x-page-cache')).toBe('hit');
    });

    it('a form posted from an English page answers in English and redirects to /en', async () => {
      const b = new Browser(t.app);
      const form = await b.get('/en/permohonan/lacak');
      expect(form.text).toMatch(/action="\/en\/permohonan\/lacak"/);
      const r = await b.get('/en/cari?q=anggaran');
      expect(r.text).toContain('<html lang="en">');
      // A redirect from an English page stays English (here: a receipt address without its number).
      const back = await b.get('/en/permohonan/terdaftar');
      expect(back.status).toBe(303);
      expect(back.res.headers.get('location')).toBe('/en/permohonan/lacak');
      await b.get('/en/permohonan/keberatan');
      const posted = await b.post('/en/permohonan/keberatan', { entry: '1', nomor: '', kode: '', caseSummary: '' });
      expect(posted.status).toBe(422);
      expect(posted.text).toContain('<html lang="en">');
      expect(posted.text).toMatch(/action="\/en\/permohonan\/keberatan"/);
      const sw = await b.get('/bahasa/en?next=/informasi');
      expect(sw.status).toBe(303);
      expect(sw.res.headers.get('location')).toBe('/en/informasi');
    });

    it('lists both languages in the sitemap', async () => {
      const xml = await (await get('/sitemap.xml')).text();
      expect(xml).toContain(`<loc>${BASE}/informasi/${slug}</loc>`);
      expect(xml).toContain(`<loc>${BASE}/en/informasi/${slug}</loc>`);
      expect(xml).toContain(`hreflang="en" href="${BASE}/en/informasi/${slug}"`);
    });
  });
});
