// Two real `qgesy serve` processes on one PostgreSQL database, each with its own page cache: what one
// instance writes is what the other serves on its very next request (issue 16). An entry published,
// edited and withdrawn through A is read through B (page, search, sitemap, CKAN, /api/v1), with B's
// cache warmed first (and its attached file: gone with the withdrawal); a synonym, a penetapan DIP and the
// login throttle are shared the same way.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import type { Ctx } from '../../src/context.js';
import { dipEntries, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { attachDocument } from '../../src/domain/dip/documents.js';
import { ensureKeyFile } from '../../src/documents/encryption.js';
import { makeUser } from '../helpers/app.js';
import { freePort, startServer } from '../helpers/cli.js';
import { freshPostgresDatabase, snapshots, testAuditKey, testCtx, usingPostgres } from '../helpers/db.js';
import { insertPublicBody, insertUnits } from '../helpers/factories.js';

const PASSWORD = 'kata-sandi-uji-123';

/** A browser against a real server: keeps its cookies, reads the CSRF token from the last page. */
class Client {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(readonly base: string) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  private remember(res: Response, text: string) {
    for (const sc of res.headers.getSetCookie()) {
      const [pair] = sc.split(';');
      const i = pair!.indexOf('=');
      const k = pair!.slice(0, i);
      const v = pair!.slice(i + 1);
      if (/max-age=0/i.test(sc) || v === '') this.cookies.delete(k);
      else this.cookies.set(k, v);
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(text);
    if (m) this.csrf = m[1]!;
  }
  async get(p: string) {
    const res = await fetch(this.base + p, { headers: { cookie: this.cookieHeader() }, redirect: 'manual' });
    const text = await res.text();
    this.remember(res, text);
    return { status: res.status, text, cache: res.headers.get('x-page-cache') };
  }
  async post(p: string, form: Record<string, string | string[]>) {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    if (this.csrf) body.append('_csrf', this.csrf);
    const res = await fetch(this.base + p, {
      method: 'POST',
      body,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', origin: this.base },
      redirect: 'manual',
    });
    const text = await res.text();
    this.remember(res, text);
    return { status: res.status, text, location: res.headers.get('location') };
  }
  async json(p: string) {
    const res = await fetch(this.base + p);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & { result?: Record<string, unknown> } };
  }
}

/** An anonymous visitor of B: no cookie, so the page cache applies. */
const anon = async (base: string, p: string) => {
  const res = await fetch(base + p);
  return { status: res.status, text: await res.text(), cache: res.headers.get('x-page-cache') };
};

/** A page's text without its tags (search results mark the matched words). */
const plain = (html: string) => html.replace(/<[^>]+>/g, '');

/** Reads a page twice: the second answer must come from B's page cache (it was warm before the write). */
async function warm(base: string, p: string): Promise<string> {
  await anon(base, p);
  const again = await anon(base, p);
  expect(again.cache, `${p} is served from the page cache`).toBe('hit');
  return again.text;
}

const entryForm = (unitId: string, title: string) => ({
  unitId,
  title,
  summary: 'Peta genangan dan jalur evakuasi warga di bantaran Sungai Kahayan, diperbarui setiap hari.',
  category: 'serta_merta',
  subtype: 'bencana',
  holder: 'BPBD Kota',
  responsible: 'Kepala Pelaksana BPBD',
  madeWhen: 'Maret 2026',
  madePlace: 'Palangka Raya',
  forms: ['terekam'],
  formats: 'PDF',
  retention: '5 tahun',
  year: '2026',
  periodLabel: '',
  tags: 'banjir, evakuasi',
  links: '',
});

if (!usingPostgres)
  console.warn(
    'cross-instance.test.ts: skipped, needs PostgreSQL (set TEST_DATABASE_URL): two `qgesy serve` instances on one database; the embedded database is one process',
  );

describe.skipIf(!usingPostgres)('two instances on one PostgreSQL database', { timeout: 600_000 }, () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-twin-'));
  let fresh: { url: string; drop(): Promise<void> };
  let database: Database;
  let servers: ReturnType<typeof startServer>[] = [];
  let A: string;
  let B: string;
  let unitId: string;
  let utama: Client;
  let entryId: string;
  let slug: string;
  let docId: string;
  /** The PPID Utama in the test process, for what has no plain form (a file upload): it writes to the shared database and store. */
  let leadCtx: Ctx;

  beforeAll(async () => {
    fresh = await freshPostgresDatabase(snapshots().migrated);
    database = await openDatabase({ databaseUrl: fresh.url, poolMax: 2 });
    const t = { db: { ...database, dispose: () => database.close() } };
    await insertPublicBody(t);
    ({ bpbd: unitId } = (await insertUnits(t, [{ code: 'bpbd', name: 'Badan Penanggulangan Bencana Daerah' }])) as { bpbd: string });
    // The data folder both instances share: its key file and the audit key beside it, as the audit rows are keyed.
    const keyFile = path.join(dataDir, 'keys', 'master.key');
    ensureKeyFile(keyFile);
    const ctx = testCtx(database, { keyFile, blobDir: path.join(dataDir, 'blobs') });
    testAuditKey(ctx);
    const lead = await makeUser(ctx, { email: 'utama@kota.example', name: 'Rina PPID Utama', roles: ['ppid_utama'] });
    const [leadRow] = await database.db.select().from(users).where(eq(users.id, lead.id));
    leadCtx = { ...ctx, actor: toActor(leadRow!) };
    await makeUser(ctx, { email: 'sasaran@kota.example', name: 'Akun Sasaran', roles: ['viewer'] });
    const [pa, pb] = [await freePort(), await freePort()];
    A = `http://127.0.0.1:${pa}`;
    B = `http://127.0.0.1:${pb}`;
    const env = {
      DATABASE_URL: fresh.url,
      DATA_DIR: dataDir,
      SESSION_SECRET: 'twin-instances-secret-twin-instances-secret',
      OUTBOX_WORKER: 'false',
      PAGE_CACHE_MB: '16',
    };
    servers.push(startServer({ ...env, PORT: String(pa), BASE_URL: A }));
    await servers[0]!.ready;
    servers.push(startServer({ ...env, PORT: String(pb), BASE_URL: B }));
    await servers[1]!.ready;
    utama = new Client(A);
    await utama.get('/masuk');
    expect((await utama.post('/masuk', { email: 'utama@kota.example', password: PASSWORD })).status).toBe(303);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    servers = [];
    await database?.close();
    await fresh?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('an entry published through A is on B at the next request: page, search, sitemap, CKAN, API', async () => {
    // B's cache holds the pages as they were before.
    expect(await warm(B, '/cari?q=genangan')).not.toContain('Peta Genangan Banjir');
    expect(await warm(B, '/dip')).not.toContain('Peta Genangan Banjir');
    expect(await warm(B, '/')).toBeTruthy();

    await utama.get('/admin/dip/baru');
    const made = await utama.post('/admin/dip', entryForm(unitId, 'Peta Genangan Banjir Sungai Kahayan'));
    expect(made.status).toBe(303);
    entryId = /^\/admin\/dip\/([0-9a-f-]{36})/.exec(made.location ?? '')![1]!;
    docId = (await attachDocument(leadCtx, entryId, { filename: 'titik-genangan.csv', bytes: Buffer.from('kelurahan,titik\nPahandut,12\n') })).id;
    await utama.get(`/admin/dip/${entryId}`);
    expect((await utama.post(`/admin/dip/${entryId}/terbitkan-langsung`, {})).status).toBe(303);
    [{ slug }] = (await database.db.select({ slug: dipEntries.slug }).from(dipEntries).where(eq(dipEntries.id, entryId))) as [{ slug: string }];

    const page = await anon(B, `/informasi/${slug}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Peta Genangan Banjir Sungai Kahayan');
    const found = await anon(B, '/cari?q=genangan');
    expect(found.cache).not.toBe('hit');
    expect(found.text).toContain(`/informasi/${slug}`);
    expect((await anon(B, '/dip')).text).toContain('Peta Genangan Banjir Sungai Kahayan');
    expect((await anon(B, '/sitemap.xml')).text).toContain(`/informasi/${slug}`);
    const show = await new Client(B).json(`/api/3/action/package_show?id=${slug}`);
    expect(show.body.success).toBe(true);
    expect(show.body.result!.title).toBe('Peta Genangan Banjir Sungai Kahayan');
    const search = await new Client(B).json('/api/3/action/package_search?q=genangan');
    expect(search.body.result!.count).toBe(1);
    const api = await new Client(B).json(`/api/v1/dip/${slug}`);
    expect(api.status).toBe(200);
    const file = await fetch(`${B}/dokumen/${docId}`);
    expect(file.status).toBe(200);
    expect(await file.text()).toContain('Pahandut,12');
    expect(JSON.stringify(api.body)).toContain('Peta Genangan Banjir Sungai Kahayan');
  });

  it('an edit published through A shows on B at the next request, over a warm cache', async () => {
    expect(await warm(B, `/informasi/${slug}`)).toContain('Peta Genangan Banjir Sungai Kahayan');
    await utama.get(`/admin/dip/${entryId}/ubah`);
    expect((await utama.post(`/admin/dip/${entryId}`, entryForm(unitId, 'Peta Genangan Banjir Sungai Kahayan (pembaruan pagi)'))).status).toBe(303);
    await utama.get(`/admin/dip/${entryId}`);
    expect((await utama.post(`/admin/dip/${entryId}/terbitkan-langsung`, {})).status).toBe(303);
    const page = await anon(B, `/informasi/${slug}`);
    expect(page.cache).not.toBe('hit');
    expect(page.text).toContain('Peta Genangan Banjir Sungai Kahayan (pembaruan pagi)');
    const show = await new Client(B).json(`/api/3/action/package_show?id=${slug}`);
    expect(show.body.result!.title).toBe('Peta Genangan Banjir Sungai Kahayan (pembaruan pagi)');
  });

  it('a withdrawal through A is gone from B at once: page, search, sitemap, CKAN, API', async () => {
    await warm(B, `/informasi/${slug}`);
    expect(await warm(B, '/cari?q=genangan')).toContain(`/informasi/${slug}`);
    expect(await warm(B, '/dip')).toContain('pembaruan pagi');
    await utama.get(`/admin/dip/${entryId}`);
    const out = await utama.post(`/admin/dip/${entryId}/tarik`, { reason: 'Peta memuat alamat rumah warga yang belum dihitamkan.' });
    expect(out.status).toBe(303);

    const page = await anon(B, `/informasi/${slug}`);
    expect([404, 410]).toContain(page.status);
    expect(page.text).not.toContain('pembaruan pagi');
    const search = await anon(B, '/cari?q=genangan');
    expect(search.text).not.toContain(`/informasi/${slug}`);
    expect((await anon(B, '/dip')).text).not.toContain('pembaruan pagi');
    expect((await anon(B, '/sitemap.xml')).text).not.toContain(`/informasi/${slug}`);
    const show = await new Client(B).json(`/api/3/action/package_show?id=${slug}`);
    expect(show.body.success).toBe(false);
    expect((await new Client(B).json('/api/3/action/package_search?q=genangan')).body.result!.count).toBe(0);
    expect((await new Client(B).json(`/api/v1/dip/${slug}`)).status).toBe(404);
    const file = await fetch(`${B}/dokumen/${docId}`);
    expect(file.status).toBe(404);
    expect(await file.text()).not.toContain('Pahandut,12');
  });

  it('a synonym added through A changes search on B at the next request', async () => {
    await utama.get('/admin/dip/baru');
    const made = await utama.post('/admin/dip', entryForm(unitId, 'Jalur Evakuasi Banjir Kelurahan Pahandut'));
    const id = /^\/admin\/dip\/([0-9a-f-]{36})/.exec(made.location ?? '')![1]!;
    await utama.get(`/admin/dip/${id}`);
    expect((await utama.post(`/admin/dip/${id}/terbitkan-langsung`, {})).status).toBe(303);
    expect(plain(await anon(B, '/cari?q=banjir').then((r) => r.text))).toContain('Jalur Evakuasi Banjir Kelurahan Pahandut');
    expect(plain(await warm(B, '/cari?q=luapan'))).not.toContain('Jalur Evakuasi Banjir Kelurahan Pahandut');
    const apiSearch = async () => JSON.stringify((await new Client(B).json('/api/v1/search?q=luapan')).body);
    expect(await apiSearch()).not.toContain('Jalur Evakuasi Banjir Kelurahan Pahandut');

    await utama.get('/admin/pencarian/kamus');
    const saved = await utama.post('/admin/pencarian/kamus', { term: 'luapan', expansions: 'banjir', kind: 'sinonim', twoWay: '0', note: '' });
    expect(saved.status, saved.text.slice(0, 400)).toBe(303);
    const after = await anon(B, '/cari?q=luapan');
    expect(after.cache).not.toBe('hit');
    expect(plain(after.text)).toContain('1 informasi ditemukan');
    expect(plain(after.text)).toContain('Jalur Evakuasi Banjir Kelurahan Pahandut');
    expect(await apiSearch()).toContain('Jalur Evakuasi Banjir Kelurahan Pahandut');
  });

  it('a penetapan DIP issued through A is on B’s cached /dip page at the next request', async () => {
    expect(await warm(B, '/dip')).not.toContain('Nomor 188.45/01/PPID/2026');
    await utama.get('/admin/penetapan-dip');
    expect((await utama.post('/admin/penetapan-dip', { number: '188.45/01/PPID/2026', decidedOn: '2026-03-16' })).status).toBe(303);
    const dip = await anon(B, '/dip');
    expect(dip.cache).not.toBe('hit');
    expect(dip.text).toContain('Nomor 188.45/01/PPID/2026');
  });

  it('counts failed sign-ins on both instances against one limit', async () => {
    // Five failures for the account, spread over A and B: the sixth attempt is refused, even with the right password.
    for (const [i, base] of [A, B, A, B, A].entries()) {
      const c = new Client(base);
      await c.get('/masuk');
      expect((await c.post('/masuk', { email: 'sasaran@kota.example', password: `salah-${i}` })).status, `attempt ${i + 1}`).toBe(401);
    }
    const c = new Client(B);
    await c.get('/masuk');
    const refused = await c.post('/masuk', { email: 'sasaran@kota.example', password: PASSWORD });
    expect(refused.status).toBe(429);
  });
});
