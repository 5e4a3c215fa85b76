// Issue 6, "nothing leaks": a unique phrase is planted in a Rahasia item, in its PDF document (text, metadata
// and file name) and in the internal text of an approved consequence test that a citizen's refusal cites.
// Officers record, open, download and share it through HTTP; the citizen's letters are mailed to a real SMTP
// server. Then everything the public can reach is crawled from the home page, the sitemap, the feeds and the
// APIs (following every link and every URL an answer mentions, reading PDFs and xlsx files inside), with the
// citizen's own tracking page: the phrase must appear in no answer, in no line the server logged, in no mail.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/context.js';
import { outbox, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { respondRequest } from '../../src/domain/requests/respond-request.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { createApp } from '../../src/http/app.js';
import { startOutboxWorker } from '../../src/jobs/outbox-worker.js';
import { renderPdf } from '../../src/documents/pdf.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { crawl, type Fetched } from '../helpers/crawl.js';
import { backendName } from '../helpers/db.js';
import { testInput } from '../helpers/exemptions.js';
import { readMail } from '../helpers/mail.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

/** Made-up words, so that nothing in the demo data matches them by chance. */
const PHRASE = 'Sandi Kalawiruk Merah 42X';
const WORD = 'Kalawiruk';
const FILE = 'lampiran-kalawiruk-42x.pdf';
const WITHHELD = 'Denah gudang senjata Kalawiruk 42X';
const PUBLIC_TITLE = 'Rencana pengamanan gudang logistik daerah';
const NEEDLES = [PHRASE, WORD, FILE, WITHHELD, '42X'];
/**
 * Whether `text` holds the needle as words of its own (any case): a random token (a form token, base64 of
 * an attachment) holds a short needle such as 42X by chance ("…Tc42xawy…"), which is not a leak.
 */
const holds = (text: string, n: string) => new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text);
const BASE = 'http://localhost';

describe(`nothing of exempt or classified content leaks (${backendName})`, () => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>;
  let smtp: TestSmtp;
  const lines: string[] = [];
  let fetched: Fetched[] = [];
  let tracking = '';
  const cookie = (b: Browser) => [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  async function as(email: string) {
    const b = new Browser(app, '10.7.0.1');
    expect((await b.login(email)).status, email).toBe(303);
    await b.get('/admin');
    return b;
  }

  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    // The app with its request log captured at the most talkative level.
    const logger = pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) });
    t.deps.logger = logger;
    app = createApp({ ...t.deps, logger });
    smtp = await startSmtp();

    // Officers with their own passwords in demo units; everyone involved may read Rahasia.
    const unitId = async (code: string) => (await t.db.db.select().from(units).where(eq(units.code, code)))[0]!.id;
    const bpkad = await unitId('bpkad');
    await makeUser(t.ctx, { email: 'aset@bpkad.example', roles: ['ppid_pembantu'], unitId: bpkad, name: 'Petugas Aset BPKAD' });
    await makeUser(t.ctx, { email: 'utama@ppid.example', roles: ['ppid_utama'], unitId: await unitId('diskominfo'), name: 'PPID Utama Uji' });
    await makeUser(t.ctx, { email: 'atasan@ppid.example', roles: ['atasan_ppid'], unitId: await unitId('setda'), name: 'Atasan PPID Uji' });
    for (const e of ['aset@bpkad.example', 'utama@ppid.example', 'atasan@ppid.example']) {
      await t.db.db.update(users).set({ clearance: 'rahasia' }).where(eq(users.email, e));
    }

    // 1. A Rahasia item with a PDF that holds the phrase in its text, its metadata and its name.
    const officer = await as('aset@bpkad.example');
    await officer.get('/admin/informasi/baru');
    const made = await officer.post('/admin/informasi', { title: `${PHRASE}: denah gudang`, description: `Uraian ${WITHHELD}.`, securityLevel: 'rahasia' });
    expect(made.status).toBe(303);
    const itemId = made.location!.split('/').pop()!.split('?')[0]!;
    const opened = await officer.post(`/admin/informasi/${itemId}/buka`, { reason: 'Menyiapkan uji konsekuensi' });
    const reading = /name="baca" value="(\d+)"/.exec(opened.text)![1]!;
    const pdf = await renderPdf({
      info: { title: PHRASE, subject: WITHHELD },
      content: [{ text: 'NOTA DINAS RAHASIA', bold: true }, { text: `Lokasi: ${WITHHELD}. Kata sandi: ${PHRASE}.` }],
    });
    const fd = new FormData();
    fd.append('_csrf', officer.csrf);
    fd.append('file', new File([new Uint8Array(pdf)], FILE, { type: 'application/pdf' }));
    const up = await app.request(`/admin/informasi/${itemId}/dokumen?baca=${reading}`, { method: 'POST', body: fd, headers: { cookie: cookie(officer) } });
    expect(up.status).toBe(303);
    const page = await officer.get(`/admin/informasi/${itemId}?baca=${reading}`);
    expect(page.text).toContain(FILE);
    const docId = /dokumen\/([0-9a-f-]{36})\/unduh/.exec(page.text)![1]!;
    const dl = await app.request(`/admin/informasi/${itemId}/dokumen/${docId}/unduh`, {
      method: 'POST',
      body: new URLSearchParams({ baca: reading, _csrf: officer.csrf }),
      headers: { cookie: cookie(officer), 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-type')).toBe('application/pdf');
    const [utamaRow] = await t.db.db.select().from(users).where(eq(users.email, 'utama@ppid.example'));
    const shared = await officer.post(`/admin/informasi/${itemId}/akses`, {
      baca: reading,
      userId: utamaRow!.id,
      grantReason: 'Koordinasi',
      until: '2026-04-30',
    });
    expect(shared.status).toBe(303);

    // 2. A consequence test whose internal text holds the phrase, drafted, forwarded and approved over HTTP.
    const form = Object.fromEntries(
      Object.entries(
        testInput({
          itemTitle: `Denah ${PHRASE}`,
          itemDescription: `Uraian ${WITHHELD}`,
          securityLevel: 'rahasia',
          groundCode: 'a.4',
          legalRegulation: 'UU No. 1 Tahun 2004 tentang Perbendaharaan Negara',
          legalArticle: 'Pasal 49',
          withheldInformation: `Yang dikecualikan: ${WITHHELD}.`,
          harm: `Bila dibuka, letak ${WITHHELD} diketahui orang yang hendak mencuri.`,
          publicInterest: `Keamanan aset ${PHRASE} lebih besar daripada manfaat membukanya.`,
          partial: 'ya',
          releasedPart: `Jumlah gudang dibuka, denah ${WORD} tidak.`,
          publicTitle: PUBLIC_TITLE,
          publicSummary: 'Membuka denah gudang memudahkan pencurian aset daerah.',
        }),
      ).map(([k, v]) => [k, String(v ?? '')]),
    );
    const saved = await officer.post('/admin/uji-konsekuensi', form);
    expect(saved.status, saved.text.slice(0, 2000)).toBe(303);
    const testPath = saved.location!.replace(/\?.*$/, '');
    expect((await officer.post(`${testPath}/ajukan`, {})).location).toContain('ok=submitted');
    expect((await (await as('utama@ppid.example')).post(`${testPath}/periksa`, { action: 'forward', note: 'Sudah sesuai.' })).location).toContain(
      'ok=forwarded',
    );
    const atasan = await as('atasan@ppid.example');
    expect((await atasan.post(`${testPath}/putusan`, { decision: 'setujui', reasons: '' })).location).toContain('ok=approved');
    const letter = await app.request(`${testPath}/penetapan.pdf`, { headers: { cookie: cookie(atasan) } });
    expect(letter.status).toBe(200);

    // 3. A citizen's request, refused citing the test; the letters go out by mail to a real SMTP server.
    const [utamaUser] = await t.db.db.select().from(users).where(eq(users.email, 'utama@ppid.example'));
    const citizen = await submitRequest(
      { ...t.ctx, actor: systemActor('uji') },
      {
        applicantType: 'perorangan',
        name: 'Markus Dambung',
        idNumber: '6271031203870009',
        address: 'Jl. Beliang No. 4, Palangka Raya',
        occupation: 'Wartawan',
        phone: '',
        email: 'markus@warga.example',
        proxyName: '',
        details: 'Denah dan lokasi gudang logistik milik pemerintah kota.',
        purpose: 'Bahan liputan pengelolaan aset daerah.',
        obtainMethod: 'salinan',
        copyFormat: 'softcopy',
        deliveryMethod: 'email',
        unit: 'bpkad',
        consent: true,
      },
      { channel: 'web' },
    );
    const testId = testPath.split('/').pop()!;
    await respondRequest({ ...t.ctx, actor: toActor(utamaUser!) }, citizen.request.id, {
      outcome: 'ditolak_dikecualikan',
      held: 'ya',
      reason: 'Informasi ini dikecualikan berdasarkan uji konsekuensi yang telah ditetapkan.',
      consequenceTestId: testId,
      internalNote: `Catatan internal tentang ${WITHHELD}.`,
    } as never);
    tracking = `/permohonan/lacak?nomor=${encodeURIComponent(citizen.request.number)}&kode=${encodeURIComponent(citizen.token)}`;
    const worker = startOutboxWorker({
      db: t.ctx.db,
      keys: t.ctx.keys,
      smtpUrl: smtp.url,
      mailFrom: 'ppid@palangkaraya.example',
      clock: t.clock,
      pollMs: 3_600_000,
      workerId: `w-${randomUUID()}`,
      logger,
    });
    while ((await worker.tick()) > 0);
    await worker.stop();

    // 4. Everything the public can reach, from every door.
    const q = encodeURIComponent(WORD);
    const start = [
      '/',
      '/sitemap.xml',
      '/robots.txt',
      '/informasi',
      '/informasi-dikecualikan',
      '/unit/bpkad',
      '/unit/bpkad/informasi-dikecualikan',
      '/statistik-layanan',
      '/dip.csv',
      '/dip.xlsx',
      '/catalog.jsonld',
      '/api/openapi.json',
      '/api/v1/dip',
      '/api/v1/dik',
      '/api/v1/units',
      '/api/3/action/package_list',
      `/cari?q=${q}`,
      `/cari?q=${encodeURIComponent('gudang logistik')}`,
      `/api/v1/search?q=${q}`,
      `/api/3/action/package_search?q=${q}`,
      tracking,
    ];
    fetched = await crawl(app, { base: BASE, start, maxPages: 6000 });
  }, 1_200_000);
  afterAll(async () => {
    await smtp?.close();
    await t?.dispose();
  });

  it('crawled the whole public side, and it lists the exemption by its public title only', () => {
    const ok = fetched.filter((f) => f.status === 200);
    const kinds = new Map<string, number>();
    for (const f of ok) kinds.set(f.type.split(';')[0]!, (kinds.get(f.type.split(';')[0]!) ?? 0) + 1);
    console.info(`nothing-leaks: crawled ${fetched.length} public answers (${ok.length} × 200: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})`);
    expect(ok.length, `crawled ${fetched.length}`).toBeGreaterThan(300);
    // The crawl reached pages, PDFs, xlsx files and JSON, and the public side of the planted test.
    for (const type of ['text/html', 'application/pdf', 'spreadsheetml', 'application/json', 'xml']) {
      expect(
        ok.some((f) => f.type.includes(type)),
        type,
      ).toBe(true);
    }
    expect(ok.filter((f) => f.text.includes(PUBLIC_TITLE)).length).toBeGreaterThan(2);
    const track = fetched.find((f) => f.url === tracking)!;
    expect(track.status).toBe(200);
    expect(track.text).toContain('dikecualikan');
  });

  it('sends every HTML page it reached, in both languages, in standards mode (<!DOCTYPE html>)', () => {
    // (A redirect's text starts with its Location: those are not pages.)
    const pages = fetched.filter((f) => f.type.startsWith('text/html') && (f.status < 300 || f.status >= 400));
    expect(pages.some((f) => f.url.startsWith('/en/'))).toBe(true);
    expect(pages.filter((f) => !f.text.startsWith('<!DOCTYPE html>')).map((f) => `${f.status} ${f.url}`)).toEqual([]);
  });

  it('finds the phrase in no public answer, no log line and no mail', () => {
    const leaks: string[] = [];
    for (const f of fetched) {
      // A search page repeats its own query: what it was asked is not a leak.
      const asked = decodeURIComponent(f.url).toLowerCase();
      for (const n of NEEDLES) if (!asked.includes(n.toLowerCase()) && holds(f.text, n)) leaks.push(`${n} in ${f.status} ${f.url}`);
    }
    expect(leaks).toEqual([]);

    expect(lines.length).toBeGreaterThan(50);
    const log = lines.join('\n');
    for (const n of NEEDLES) expect(holds(log, n), `log holds ${n}`).toBe(false);

    // The citizen got mail (the receipt and the refusal), and none of it holds the phrase.
    expect(smtp.received.length).toBeGreaterThanOrEqual(2);
    for (const m of smtp.received) {
      const { subject, text } = readMail(m);
      for (const n of NEEDLES) {
        expect(holds(`${subject}\n${text}`, n), `mail to ${m.to.join(',')} holds ${n}`).toBe(false);
        expect(holds(m.raw, n), `raw mail holds ${n}`).toBe(false);
      }
    }
  });

  it('keeps the outbox free of it too, attachments included', async () => {
    const rows = await t.db.db.select().from(outbox);
    expect(rows.length).toBeGreaterThan(0);
    const all = JSON.stringify(rows);
    for (const n of NEEDLES) expect(holds(all, n), `outbox holds ${n}`).toBe(false);
  });
});
