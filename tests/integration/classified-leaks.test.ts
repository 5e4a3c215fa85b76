// Nothing of classified content leaves the back office: a phrase planted in a Rahasia item's title and
// description, in its document's file name and in the document itself is absent from every public page,
// the public APIs, search, the sitemap, the public exports, the server's log lines, the audit log and
// the outbox, after the item was recorded, opened, downloaded and shared through HTTP.
import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox, units, users } from '../../src/db/schema/index.js';
import { createApp } from '../../src/http/app.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

const SECRET = 'Tambang emas ilegal Kalampangan';
const FILE = 'saksi-tambang-kalampangan.csv';

describe(`classified content does not leak (${backendName})`, () => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>;
  const lines: string[] = [];
  const cookies = (b: Browser) => [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  beforeAll(async () => {
    t = await createTestApp();
    // The same app, with its request log captured at the most talkative level.
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        lines.push(chunk.toString());
        cb();
      },
    });
    app = createApp({ ...t.deps, logger: pino({ level: 'trace' }, sink) });
    const [a, b] = await t.db.db
      .insert(units)
      .values([
        { code: 'dlh', name: 'Dinas Lingkungan Hidup' },
        { code: 'distamben', name: 'Dinas Pertambangan' },
      ])
      .returning();
    await makeUser(t.ctx, { email: 'dlh@kota.example', roles: ['ppid_pembantu'], unitId: a!.id, name: 'Petugas DLH' });
    await makeUser(t.ctx, { email: 'tambang@kota.example', roles: ['ppid_pembantu'], unitId: b!.id, name: 'Petugas Tambang' });
    await t.db.db.update(users).set({ clearance: 'rahasia' });
  });
  afterAll(async () => t.dispose());

  it('after recording, opening, downloading and sharing, no public answer, log line, audit row or email holds it', async () => {
    const a = new Browser(app);
    await a.login('dlh@kota.example');
    await a.get('/admin/informasi/baru');
    const made = await a.post('/admin/informasi', { title: `${SECRET}: daftar saksi`, description: `Uraian ${SECRET}.`, securityLevel: 'rahasia' });
    expect(made.status).toBe(303);
    const id = made.location!.split('/').pop()!.split('?')[0]!;
    const opened = await a.post(`/admin/informasi/${id}/buka`, { reason: 'Menyiapkan uji konsekuensi' });
    const reading = /name="baca" value="(\d+)"/.exec(opened.text)![1]!;
    const fd = new FormData();
    fd.append('_csrf', a.csrf);
    fd.append('file', new File([Buffer.from(`nama;keterangan\nSaksi A;${SECRET}\n`)], FILE));
    const up = await app.request(`/admin/informasi/${id}/dokumen?baca=${reading}`, { method: 'POST', body: fd, headers: { cookie: cookies(a) } });
    expect(up.status).toBe(303);
    const page = await a.get(`/admin/informasi/${id}?baca=${reading}`);
    const docId = /dokumen\/([0-9a-f-]{36})\/unduh/.exec(page.text)![1]!;
    const dl = await app.request(`/admin/informasi/${id}/dokumen/${docId}/unduh`, {
      method: 'POST',
      body: new URLSearchParams({ baca: reading, _csrf: a.csrf }),
      headers: { cookie: cookies(a), 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(await dl.text()).toContain(SECRET);
    const [other] = await t.db.db.select().from(users).where(eq(users.email, 'tambang@kota.example'));
    const shared = await a.post(`/admin/informasi/${id}/akses`, {
      baca: reading,
      userId: other!.id,
      grantReason: 'Koordinasi penertiban',
      until: '2026-03-31',
    });
    expect(shared.status).toBe(303);

    const words = SECRET.split(' ');
    const publicPaths = [
      '/',
      '/informasi',
      '/unit',
      '/unit/dlh',
      `/cari?q=${encodeURIComponent(SECRET)}`,
      `/cari?q=${encodeURIComponent(words[2]!)}`,
      '/sitemap.xml',
      '/robots.txt',
      '/dip',
      '/dip.csv',
      '/dip.xlsx',
      '/unit/dlh/dip.csv',
      '/catalog.jsonld',
      '/api/v1/dip',
      `/api/v1/search?q=${encodeURIComponent(words[2]!)}`,
      '/api/v1/units',
      '/api/openapi.json',
      '/api/3/action/package_list',
      `/api/3/action/package_search?q=${encodeURIComponent(words[2]!)}`,
      '/statistik-layanan',
      `/admin/informasi/${id}`,
    ];
    for (const p of publicPaths) {
      const res = await app.request(p);
      const body = Buffer.from(await res.arrayBuffer());
      // A search page repeats its own query; everything else of the item must be absent.
      const asked = new URL(p, 'http://x').searchParams.get('q') ?? '';
      for (const needle of [SECRET, words[2]!, FILE, 'daftar saksi', 'Saksi A'].filter((n) => !asked.includes(n))) {
        expect(body.includes(Buffer.from(needle)), `${needle} in ${p} (${res.status})`).toBe(false);
      }
    }
    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(20);
    for (const needle of [SECRET, words[2]!, FILE, 'daftar saksi', 'Menyiapkan uji konsekuensi']) expect(log, `log holds ${needle}`).not.toContain(needle);
    const audit = JSON.stringify(await t.db.db.select().from(auditLog));
    for (const needle of [SECRET, FILE, 'daftar saksi']) expect(audit).not.toContain(needle);
    expect(audit).toContain('classified.document_added');
    const mail = JSON.stringify(await t.db.db.select().from(outbox));
    for (const needle of [SECRET, words[2]!, FILE]) expect(mail).not.toContain(needle);
  });
});
