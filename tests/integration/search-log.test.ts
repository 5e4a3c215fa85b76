// The search query log: what is recorded (normalised words and counts per month, never personal data),
// that cached search pages are counted too, result clicks by the link's ping, the back-office report and
// its policy, the note to a unit (mail to its PPID Pembantu, audit row), and the retention.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { auditLog, outbox, searchQueryNotes, searchQueryStats, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import {
  MAX_LOGGED_QUERY,
  MAX_PENDING,
  MAX_QUERIES_PER_MONTH,
  normaliseLoggedQuery,
  pruneSearchLog,
  SearchLogBuffer,
  searchLogFor,
  searchReport,
} from '../../src/domain/search-log/query-log.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { dipInput } from '../helpers/dip.js';

describe('normaliseLoggedQuery', () => {
  it('keeps the words, in lower case with single spaces', () => {
    expect(normaliseLoggedQuery('  JEMBATAN   Kahayan ')).toBe('jembatan kahayan');
    expect(normaliseLoggedQuery('APBD 2023 2024')).toBe('apbd 2023 2024');
    expect(normaliseLoggedQuery('laporan keuangan 2020-2021')).toBe('laporan keuangan 2020-2021');
    expect(normaliseLoggedQuery('perda no. 12/2020')).toBe('perda no. 12/2020');
  });

  it('drops what looks like personal data: NIK, NIP, phone numbers, email addresses', () => {
    expect(normaliseLoggedQuery('6271012345670001')).toBeNull();
    expect(normaliseLoggedQuery('status permohonan nik 6271012345670001')).toBe('status permohonan nik');
    expect(normaliseLoggedQuery('6271 0123 4567 0001 ktp')).toBe('ktp');
    expect(normaliseLoggedQuery('198204122006042011')).toBeNull();
    expect(normaliseLoggedQuery('pengaduan 0812-3456-7890')).toBe('pengaduan');
    expect(normaliseLoggedQuery('hp +62 812 3456 7890')).toBe('hp');
    expect(normaliseLoggedQuery('0812 3456 7890')).toBeNull();
    expect(normaliseLoggedQuery('budi.santoso@gmail.com')).toBeNull();
    expect(normaliseLoggedQuery('surat dari budi@contoh.go.id')).toBe('surat dari');
  });

  it('logs nothing for an empty query and cuts a long one at a word', () => {
    expect(normaliseLoggedQuery('')).toBeNull();
    expect(normaliseLoggedQuery('   ')).toBeNull();
    expect(normaliseLoggedQuery('!!! ---')).toBeNull();
    const long = normaliseLoggedQuery('anggaran pendapatan '.repeat(20))!;
    expect(long.length).toBeLessThanOrEqual(MAX_LOGGED_QUERY);
    expect(long.endsWith('pendapatan') || long.endsWith('anggaran')).toBe(true);
  });
});

describe(`search query log (${backendName})`, () => {
  let t: TestApp;
  let utama: Ctx;
  let unitA: string;
  const MONTH = '2026-03';

  const stats = async (query?: string) =>
    t.db.db
      .select()
      .from(searchQueryStats)
      .where(query ? eq(searchQueryStats.query, query) : sql`true`);

  /** The log is written in batches, in the background: write what is waiting now. */
  const flush = () => searchLogFor(t.db.db, t.clock, t.deps.logger).flush();
  const searchesOf = async (q: string, month = MONTH) =>
    (
      await t.db.db
        .select()
        .from(searchQueryStats)
        .where(and(eq(searchQueryStats.month, month), eq(searchQueryStats.query, q)))
    )[0];

  const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers });
  const ping = (q: string, headers: Record<string, string> = { 'sec-fetch-site': 'same-origin' }) =>
    t.app.request(`/cari/klik?q=${encodeURIComponent(q)}`, { method: 'POST', body: 'PING', headers: { 'content-type': 'text/ping', ...headers } });

  beforeAll(async () => {
    t = await createTestApp();
    const [a] = await t.db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
    const [b] = await t.db.db.insert(units).values({ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' }).returning();
    unitA = a!.id;
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'], unitId: unitA });
    await makeUser(t.ctx, { email: 'pembantu@dinkes.example', roles: ['ppid_pembantu'], unitId: unitA, name: 'Pembantu Dinkes' });
    await makeUser(t.ctx, { email: 'admin@kota.example', roles: ['admin'] });
    const [u] = await t.db.db.select().from(users).where(eq(users.email, 'utama@kota.example'));
    utama = { ...t.ctx, actor: toActor(u!) };
    for (const title of ['Pembangunan Jembatan Kahayan 2025', 'Pemeliharaan Jembatan Kota 2025']) {
      const e = await createDraft(utama, b!.id, dipInput({ title, summary: `Laporan ${title.toLowerCase()}.`, tags: ['jembatan'] }));
      await submitEntries(utama, [e.id]);
      await approveEntry(utama, e.id);
    }
  });

  afterAll(async () => {
    await t?.dispose();
  });

  it('counts a search with its result count, also when the page comes from the cache', async () => {
    const first = await get('/cari?q=Anggaran%20Sirkus');
    expect(first.status).toBe(200);
    expect(first.headers.get('x-search-total')).toBeNull();
    await flush();
    const second = await get('/cari?q=Anggaran%20Sirkus');
    expect(second.headers.get('x-page-cache')).toBe('hit');
    expect(second.headers.get('x-search-total')).toBeNull();
    await flush();
    expect(await searchesOf('anggaran sirkus')).toMatchObject({ searches: 2, zeroResults: 2, clicks: 0, lastTotal: 0 });

    await get('/cari?q=jembatan');
    await flush();
    expect(await searchesOf('jembatan')).toMatchObject({ searches: 1, zeroResults: 0, lastTotal: 2 });
  });

  it('stores no personal data: a NIK, phone number or email is cut, or the query is not stored at all', async () => {
    await get('/cari?q=6271012345670001');
    await get('/cari?q=status%20nik%206271012345670001');
    await get('/cari?q=budi.santoso%40gmail.com');
    await get(`/cari?q=${encodeURIComponent('pengaduan 0812-3456-7890')}`);
    await flush();
    await flush();
    for (const r of await stats()) {
      expect(r.query).not.toMatch(/\d{5}/);
      expect(r.query).not.toContain('@');
    }
    // The table has no column that could hold who searched.
    const cols = await t.db.db.execute(sql`select column_name from information_schema.columns where table_name = 'search_query_stats' order by 1`);
    expect((cols.rows as { column_name: string }[]).map((r) => r.column_name)).toEqual([
      'clicks',
      'last_total',
      'month',
      'query',
      'searches',
      'updated_at',
      'zero_results',
    ]);
  });

  it('does not log empty queries, filter-only listings, later pages or crawlers', async () => {
    const before = await stats();
    await get('/cari?q=');
    await get('/cari?q=%20%20');
    await get('/cari?kategori=berkala');
    await get('/cari?q=jembatan&hal=2');
    await get('/cari?q=jembatan', { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' });
    await get('/cari?q=penanda'); // a marker written after the others: once it is there, they were ignored
    await flush();
    const after = await stats();
    expect(after.filter((r) => r.query !== 'penanda')).toEqual(before);
  });

  it('counts the JSON search API, without showing its header', async () => {
    const res = await get('/api/v1/search?q=jembatan%20kota');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-search-total')).toBeNull();
    // Any-word ranking: entries with only one of the words count too; the log keeps what the API answered.
    const body = (await res.json()) as { total: number };
    expect(body.total).toBeGreaterThan(0);
    await flush();
    expect(await searchesOf('jembatan kota')).toMatchObject({ zeroResults: 0, lastTotal: body.total });
  });

  it('counts per month', async () => {
    t.clock.set(new Date('2026-04-02T03:00:00Z'));
    try {
      await get('/cari?q=anggaran%20sirkus&bulan=april'); // another URL: not from the cache
      await flush();
      expect((await searchesOf('anggaran sirkus', MONTH))!.searches).toBe(2);
      const april = await searchReport(utama, '2026-04');
      expect(april.zero.map((r) => r.query)).toEqual(['anggaran sirkus']);
      expect(april.months).toEqual(['2026-04', '2026-03']);
    } finally {
      t.clock.set(new Date('2026-03-16T02:00:00Z'));
    }
  });

  it('counts an opened result by the link ping, never above the searches and never from another site', async () => {
    const page = await (await get('/cari?q=Jembatan')).text();
    expect(page).toContain('ping="/cari/klik?q=jembatan"');
    expect((await ping('jembatan')).status).toBe(204);
    await flush();
    expect((await searchesOf('jembatan'))!.clicks).toBe(1);
    // Cross-site: refused, not counted.
    expect((await ping('jembatan', { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await ping('jembatan', { origin: 'https://lain.example' })).status).toBe(403);
    await flush();
    expect((await searchesOf('jembatan'))!.clicks).toBe(1);
    // The searches of the month are the ceiling, also within one batch and over several.
    const searches = (await searchesOf('jembatan'))!.searches;
    expect(searches).toBeGreaterThan(1);
    for (let i = 0; i < searches + 3; i++) await ping('Jembatan');
    await flush();
    expect((await searchesOf('jembatan'))!.clicks).toBe(searches);
    await ping('jembatan');
    await flush();
    expect((await searchesOf('jembatan'))!.clicks).toBe(searches);
    // An unknown query is not created by a click.
    expect((await ping('tidak pernah dicari')).status).toBe(204);
    await flush();
    expect(await searchesOf('tidak pernah dicari')).toBeUndefined();
  });

  it('lists zero-result and low-click queries for the month', async () => {
    for (let i = 0; i < 3; i++) await get(`/cari?q=jembatan%20kahayan&n=${i}`);
    await flush();
    const r = await searchReport(utama, MONTH);
    expect(r.zero[0]).toMatchObject({ query: 'anggaran sirkus', searches: 2, zeroResults: 2 });
    expect(r.zero.map((x) => x.query)).not.toContain('jembatan kahayan');
    expect(r.lowClick.map((x) => x.query)).toContain('jembatan kahayan');
    expect(r.lowClick.map((x) => x.query)).not.toContain('jembatan'); // opened every time
  });

  it('shows the report to the PPID Utama and the administrator only', async () => {
    const anon = await get('/admin/pencarian');
    expect([302, 303, 401]).toContain(anon.status);
    const pembantu = new Browser(t.app);
    await pembantu.login('pembantu@dinkes.example');
    expect((await pembantu.get('/admin/pencarian')).status).toBe(403);
    expect((await pembantu.get(`/admin/pencarian/catatan?bulan=${MONTH}&q=anggaran+sirkus`)).status).toBe(403);
    const admin = new Browser(t.app);
    await admin.login('admin@kota.example');
    const adminPage = await admin.get(`/admin/pencarian?bulan=${MONTH}`);
    expect(adminPage.status).toBe(200);
    expect(adminPage.text).toContain('anggaran sirkus');
    expect(adminPage.text).not.toContain('/admin/pencarian/catatan'); // notes are the PPID Utama's
    const b = new Browser(t.app);
    await b.login('utama@kota.example');
    const page = await b.get(`/admin/pencarian?bulan=${MONTH}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('href="/admin/pencarian"'); // in the navigation
    expect(page.text).toContain('href="/admin/pencarian/kamus?baru=anggaran+sirkus"');
    expect(page.text).toContain(`href="/admin/pencarian/catatan?bulan=${MONTH}&amp;q=anggaran+sirkus"`);
    const csv = await b.get(`/admin/pencarian/ekspor.csv?bulan=${MONTH}`);
    expect(csv.res.headers.get('content-type')).toContain('text/csv');
    expect(csv.text).toContain(`${MONTH},tanpa_hasil,anggaran sirkus,2,2,0,0,`);
  });

  it('sends a note to the unit: mail to its PPID Pembantu, an audit row, and the row shows it', async () => {
    const b = new Browser(t.app);
    await b.login('utama@kota.example');
    const form = await b.get(`/admin/pencarian/catatan?bulan=${MONTH}&q=anggaran+sirkus`);
    expect(form.status).toBe(200);
    const bad = await b.post('/admin/pencarian/catatan', { month: MONTH, query: 'anggaran sirkus', unitId: '', note: 'x' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Pilih unit yang seharusnya menerbitkan informasi ini.');
    expect(await t.db.db.select().from(searchQueryNotes)).toHaveLength(0);
    const note = 'Warga mencari anggaran sirkus kota; mohon terbitkan rincian anggaran hiburan rakyat 2026.';
    const ok = await b.post('/admin/pencarian/catatan', { month: MONTH, query: 'anggaran sirkus', unitId: unitA, note });
    expect(ok.status).toBe(303);
    expect(ok.location).toBe(`/admin/pencarian?bulan=${MONTH}&ok=search_log.note_sent`);

    const mails = await t.db.db.select().from(outbox).where(eq(outbox.template, 'search_note'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.toAddress).toBe('pembantu@dinkes.example');
    expect(mails[0]!.textBody).toContain('"anggaran sirkus"');
    expect(mails[0]!.textBody).toContain(note);
    const [audit] = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'search.note_sent'));
    expect(audit).toMatchObject({ entityType: 'search_query', entityId: `${MONTH} anggaran sirkus` });

    const page = await b.get(ok.location!);
    expect(page.text).toContain('Catatan dikirim ke unit.');
    expect(page.text).toContain('Catatan terkirim ke Dinas Kesehatan');

    // The unit's PPID Pembantu also sees it on the overview page (when no email can go out, too).
    const pembantu = new Browser(t.app);
    await pembantu.login('pembantu@dinkes.example');
    const overview = await pembantu.get('/admin');
    expect(overview.text).toContain('Dicari warga, belum tersedia');
    expect(overview.text).toContain('“anggaran sirkus”');
    expect(overview.text).toContain(note);
    // Not for the PPID Pembantu to send, and not for a query that is not in the log.
    expect((await pembantu.post('/admin/pencarian/catatan', { month: MONTH, query: 'anggaran sirkus', unitId: unitA, note })).status).toBe(403);
    expect((await b.post('/admin/pencarian/catatan', { month: MONTH, query: 'tidak ada', unitId: unitA, note })).status).toBe(404);
  });

  it('never fails or holds up a search when the log cannot be written', async () => {
    await t.db.db.execute(sql`alter table search_query_stats rename to search_query_stats_away`);
    try {
      const res = await get('/cari?q=log%20rusak');
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Tidak ada informasi yang cocok');
      await flush(); // fails inside, logged, not thrown
    } finally {
      await t.db.db.execute(sql`alter table search_query_stats_away rename to search_query_stats`);
    }
  });

  it('holds a bounded number of queries between writes, and counts many page views in one write', async () => {
    const warnings: Record<string, unknown>[] = [];
    const buffer = new SearchLogBuffer(t.db.db, t.clock, { warn: (o) => warnings.push(o) }, 60_000);
    for (let i = 0; i < MAX_PENDING + 10; i++) buffer.search(`banyak ${i}`, 0);
    for (let i = 0; i < 500; i++) buffer.search('banyak 0', 0);
    await buffer.flush();
    expect(warnings).toEqual([{ dropped: 10 }]);
    const [n] = await t.db.db
      .select({ n: sql<number>`count(*)::int` })
      .from(searchQueryStats)
      .where(sql`${searchQueryStats.query} like 'banyak %'`);
    expect(Number(n!.n)).toBe(MAX_PENDING);
    expect((await searchesOf('banyak 0'))!.searches).toBe(501);
    await t.db.db.delete(searchQueryStats).where(sql`${searchQueryStats.query} like 'banyak %'`);
  });

  it('takes no new query into a month that already has MAX_QUERIES_PER_MONTH, but keeps counting the known ones', async () => {
    await t.db.db.execute(
      sql`insert into search_query_stats (month, query, searches, updated_at) select '2026-05', 'penuh ' || i, 1, now() from generate_series(1, ${MAX_QUERIES_PER_MONTH}) i`,
    );
    t.clock.set(new Date('2026-05-10T03:00:00Z'));
    try {
      const buffer = new SearchLogBuffer(t.db.db, t.clock, { warn: () => {} }, 60_000);
      buffer.search('penuh 7', 3);
      buffer.search('kueri baru', 0);
      await buffer.flush();
      expect((await searchesOf('penuh 7', '2026-05'))!.searches).toBe(2);
      expect(await searchesOf('kueri baru', '2026-05')).toBeUndefined();
    } finally {
      t.clock.set(new Date('2026-03-16T02:00:00Z'));
      await t.db.db.delete(searchQueryStats).where(eq(searchQueryStats.month, '2026-05'));
    }
  });

  it('keeps 24 months: the daily job deletes older months and their notes', async () => {
    const now = t.clock.now();
    await t.db.db.insert(searchQueryStats).values([
      { month: '2024-03', query: 'lama sekali', searches: 1, zeroResults: 1, updatedAt: now },
      { month: '2024-04', query: 'masih disimpan', searches: 1, zeroResults: 1, updatedAt: now },
    ]);
    await t.db.db.insert(searchQueryNotes).values({ month: '2024-03', query: 'lama sekali', unitId: unitA, note: 'catatan lama', createdAt: now });
    expect(await pruneSearchLog(t.db.db, now)).toEqual({ stats: 1, notes: 1 });
    expect((await stats()).map((r) => r.month).sort()[0]).toBe('2024-04');
  });
});
