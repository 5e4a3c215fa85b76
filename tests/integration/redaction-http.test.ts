// Redaction in the back office over app.request(), with JavaScript off: start a redaction of a classified
// PDF, mark an area by numbers, write a text pattern, preview, make the released copy and read it back; the
// checks on roles, clearance and need-to-know (404 for a document one may not read, every page image a
// logged read), stale forms, and no withheld text in the audit or the read log.
import { mkdirSync, writeFileSync } from 'node:fs';
import { and, desc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { auditLog, classifiedAccessLog, redactions, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { attachClassifiedDocument } from '../../src/domain/classified/documents.js';
import { createItem } from '../../src/domain/classified/items.js';
import { readPages, readWords, type Word } from '../../src/documents/redact.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { bytesContain, pdfPagesText, PHRASES, withheldPdf } from '../helpers/redaction.js';
import { approveTestBy } from '../helpers/exemptions.js';
import { formatLongDate } from '../../src/domain/calendar/dates.js';

const SLOW = 240_000;
const FILENAME = 'pengaduan-siti-aminah-rahasia.pdf';
const ITEM_TITLE = 'Pengaduan pelapor kasus kekerasan Kalawa';
const flat = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
const letterDate = (d: string) => formatLongDate(d).replace(/^[^,]+, /, '');

function boxPercent(words: Word[], phrase: string) {
  const parts = phrase.split(' ');
  const i = words.findIndex((_, k) => parts.every((p, j) => words[k + j]?.text === p));
  const ws = words.slice(i, i + parts.length);
  const x = Math.min(...ws.map((w) => w.x)) - 0.01;
  const y = Math.min(...ws.map((w) => w.y)) - 0.005;
  const r = (n: number) => String(Math.round(n * 1000) / 10);
  return { x: r(x), y: r(y), w: r(Math.max(...ws.map((w) => w.x + w.w)) + 0.01 - x), h: r(Math.max(...ws.map((w) => w.y + w.h)) + 0.005 - y) };
}

describe(`redaction in the back office (${backendName})`, () => {
  let t: TestApp;
  let documentId = '';
  let csvDocumentId = '';
  let itemId = '';
  let pdf: Buffer;
  let area: { x: string; y: string; w: string; h: string };
  /** Approved tests the copy rests on: the item's own (ground h) and one of its unit (ground a). */
  let ownTest: { id: string; number: string | null; decisionDate: string | null };
  let unitTest: { id: string; number: string | null; decisionDate: string | null };

  const setClearance = async (email: string, clearance: string): Promise<Ctx> => {
    await t.db.db.update(users).set({ clearance }).where(eq(users.email, email));
    const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
    return { ...t.ctx, actor: toActor(u!) };
  };
  async function as(email: string) {
    const b = new Browser(t.app, '10.6.0.1');
    expect((await b.login(email)).status, `login ${email}`).toBe(303);
    await b.get('/admin');
    return b;
  }
  const readLog = () => t.db.db.select().from(classifiedAccessLog).where(eq(classifiedAccessLog.itemId, itemId)).orderBy(desc(classifiedAccessLog.id));

  beforeAll(async () => {
    t = await createTestApp();
    const [dinkes, bkpsdm] = await t.db.db
      .insert(units)
      .values([
        { code: 'dinkes', name: 'Dinas Kesehatan' },
        { code: 'bkpsdm', name: 'Badan Kepegawaian' },
      ])
      .returning();
    await makeUser(t.ctx, { email: 'rina@kota.example', roles: ['ppid_pembantu'], unitId: dinkes!.id, name: 'Rina Wulandari' });
    await t.db.db.update(users).set({ nip: '199001012015032004' }).where(eq(users.email, 'rina@kota.example'));
    await makeUser(t.ctx, { email: 'low@kota.example', roles: ['ppid_pembantu'], unitId: dinkes!.id, name: 'Low Clearance' });
    await makeUser(t.ctx, { email: 'budi@kota.example', roles: ['ppid_pembantu'], unitId: bkpsdm!.id, name: 'Budi Lain Unit' });
    await makeUser(t.ctx, { email: 'atasan@kota.example', roles: ['atasan_ppid'], unitId: dinkes!.id, name: 'Atasan' });
    const rina = await setClearance('rina@kota.example', 'rahasia');
    await setClearance('low@kota.example', 'terbatas');
    await setClearance('budi@kota.example', 'sangat_rahasia');
    await setClearance('atasan@kota.example', 'sangat_rahasia');
    const item = await createItem(rina, { title: ITEM_TITLE, securityLevel: 'rahasia' });
    itemId = item.id;
    pdf = await withheldPdf();
    documentId = (await attachClassifiedDocument(rina, item.id, { filename: FILENAME, bytes: pdf })).id;
    csvDocumentId = (await attachClassifiedDocument(rina, item.id, { filename: 'daftar.csv', bytes: Buffer.from('nama;umur\nSiti;30\n') })).id;
    area = boxPercent((await readWords(pdf, await readPages(pdf)))[0]!, PHRASES.area);
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'], unitId: bkpsdm!.id, name: 'PPID Utama' });
    const people = {
      drafter: rina,
      utama: await setClearance('utama@kota.example', 'rahasia'),
      atasan: await setClearance('atasan@kota.example', 'sangat_rahasia'),
    };
    ownTest = await approveTestBy(people, { source: 'item', itemId: item.id, groundCode: 'h.2', publicTitle: 'Identitas dan kesehatan pelapor kekerasan' });
    unitTest = await approveTestBy(people, {
      itemTitle: 'Identitas pelapor tindak pidana',
      groundCode: 'a.2',
      publicTitle: 'Identitas pelapor dan saksi tindak pidana',
      publicSummary: 'Membuka identitas pelapor dapat membahayakan pelapor dan menghambat penegakan hukum.',
    });
  }, SLOW);
  afterAll(async () => t?.dispose());

  it(
    'starts, marks, previews and produces a released copy without JavaScript; the copy has none of the withheld text',
    async () => {
      const b = await as('rina@kota.example');
      // The item's page links its PDF (and only the PDF) to redaction.
      const itemPage = await b.post(`/admin/informasi/${itemId}/buka`, { reason: 'Menyiapkan rilis sebagian' });
      expect(itemPage.status).toBe(200);
      expect(itemPage.text).toContain(`href="/admin/penghitaman/dokumen/${documentId}"`);
      expect(itemPage.text).not.toContain(`/admin/penghitaman/dokumen/${csvDocumentId}`);
      const list = await b.get(`/admin/penghitaman/dokumen/${documentId}`);
      expect(list.status).toBe(200);
      expect(list.text).toContain('Buat salinan untuk dirilis (penghitaman)');
      expect(list.text).not.toContain(FILENAME);
      expect(list.text).not.toContain(ITEM_TITLE);

      const noReason = await b.post(`/admin/penghitaman/dokumen/${documentId}`, { reason: '', testId: '', requestNumber: '' });
      expect(noReason.status).toBe(422);
      expect(noReason.text).toContain('Tuliskan alasan Anda membuka informasi ini');
      const badRequest = await b.post(`/admin/penghitaman/dokumen/${documentId}`, {
        reason: 'Permohonan dikabulkan sebagian',
        testId: '',
        requestNumber: '999/PPID/I/2026',
      });
      expect(badRequest.status).toBe(422);
      expect(badRequest.text).toContain('Permohonan dengan nomor pendaftaran ini tidak ditemukan.');

      const logBefore = (await readLog()).length;
      const started = await b.post(`/admin/penghitaman/dokumen/${documentId}`, { reason: 'Permohonan dikabulkan sebagian', testId: '', requestNumber: '' });
      expect(started.status).toBe(303);
      const id = /\/admin\/penghitaman\/([0-9a-f-]{36})\?ok=created/.exec(started.location ?? '')![1]!;
      const [opened] = await readLog();
      expect(opened).toMatchObject({ action: 'view', documentId, reason: 'Permohonan dikabulkan sebagian', securityLevel: 'rahasia' });

      const ws = await b.get(`/admin/penghitaman/${id}?ok=created`);
      expect(ws.status).toBe(200);
      expect(ws.text).toContain('Penghitaman dimulai.');
      expect(ws.text).toContain(`/admin/penghitaman/${id}/halaman/1.jpg`);
      expect(ws.text).toContain('Halaman 1 / 2');
      expect(ws.text).not.toContain(FILENAME);

      // Every page image is rendered on request, never kept, and logged as a read of the document.
      const before = (await readLog()).length;
      const img = await t.app.request(`/admin/penghitaman/${id}/halaman/2.jpg`, {
        headers: { cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      expect(img.status).toBe(200);
      expect(img.headers.get('content-type')).toBe('image/jpeg');
      expect(img.headers.get('cache-control')).toBe('no-store');
      expect(Buffer.from(await img.arrayBuffer()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
      const after = await readLog();
      expect(after.length).toBe(before + 1);
      expect(after[0]).toMatchObject({
        action: 'view',
        documentId,
        userName: expect.stringContaining('Rina'),
        reason: expect.stringMatching(/^Penghitaman PH-[0-9A-F]{8}: gambar halaman 2$/),
      });
      const [wsLog] = after.slice(1);
      expect(wsLog!.reason).toMatch(/lembar kerja halaman 1$/);
      expect(logBefore).toBeLessThan(after.length);

      const token = () => /name="token" value="([0-9a-f]{16})"/.exec(ws.text)![1]!;
      // Bad numbers: the worksheet again, with the message in Indonesian and what was typed.
      const bad = await b.post(`/admin/penghitaman/${id}/area?halaman=1`, { token: token(), page: '1', x: '150', y: 'abc', w: '10', h: '', ground: '' });
      expect(bad.status).toBe(422);
      expect(bad.text).toContain('Isi jarak dari kiri dalam persen (0–100).');
      expect(bad.text).toContain('Pilih dasar pengecualian (UU KIP Pasal 17).');
      expect(bad.text).toContain('value="abc"');
      const page3 = await b.post(`/admin/penghitaman/${id}/area?halaman=1`, { token: token(), page: '3', ...area, ground: 'a.2' });
      expect(page3.status).toBe(422);
      expect(page3.text).toContain('Halaman 3 tidak ada; dokumen ini memiliki 2 halaman.');

      const saved = await b.post(`/admin/penghitaman/${id}/area?halaman=1`, { token: token(), page: '1', ...area, ground: 'a.2' });
      expect(saved.status).toBe(303);
      // The old token is now stale: a form from before the change is refused, not applied twice.
      const stale = await b.post(`/admin/penghitaman/${id}/area?halaman=1`, { token: token(), page: '1', x: '1', y: '1', w: '5', h: '5', ground: 'h' });
      expect(stale.status).toBe(409);
      expect(stale.text).toContain('baru saja diubah di tempat lain');

      let page = await b.get(`/admin/penghitaman/${id}?halaman=2`);
      const tok2 = /name="token" value="([0-9a-f]{16})"/.exec(page.text)![1]!;
      const patterns = await b.post(`/admin/penghitaman/${id}/pola?halaman=2`, {
        token: tok2,
        ppage: ['2', 'semua', 'semua'],
        pkind: ['phrase', 'nik', 'phrase'],
        ptext: [PHRASES.pattern, '', ''],
        pground: ['h.2', 'h', ''],
      });
      expect(patterns.status).toBe(303);
      page = await b.get(`/admin/penghitaman/${id}?halaman=2`);
      expect(page.text).toContain('ditemukan di 1 tempat');
      expect(page.text).toContain('class="found"');
      const [row] = await t.db.db.select().from(redactions).where(eq(redactions.id, id));
      expect(row!.areas).toHaveLength(1);
      expect(row!.patterns).toEqual([
        { page: 2, pattern: PHRASES.pattern, ground: 'h.2' },
        { page: null, pattern: '', ground: 'h', kind: 'nik' },
      ]);

      const preview = await t.app.request(`/admin/penghitaman/${id}/halaman/2.jpg?pratinjau=1`, {
        headers: { cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      expect(preview.status).toBe(200);
      expect((await readLog())[0]!.reason).toMatch(/pratinjau halaman 2$/);

      const tok3 = /name="token" value="([0-9a-f]{16})"/.exec(page.text)![1]!;
      const unchecked = await b.post(`/admin/penghitaman/${id}/buat?halaman=2`, {
        token: tok3,
        documentLabel: 'Laporan penanganan pengaduan 2026',
        checked: '',
      });
      expect(unchecked.status).toBe(422);
      expect(unchecked.text).toContain('Centang pernyataan bahwa Anda telah memeriksa pratinjau setiap halaman.');
      // The copy rests on approved consequence tests that cover every ground used (here a and h).
      expect(page.text).toContain(`value="${ownTest.id}"`);
      expect(page.text).toContain(`value="${unitTest.id}"`);
      const label = { token: tok3, documentLabel: 'Laporan penanganan pengaduan 2026', checked: '1' };
      const untested = await b.post(`/admin/penghitaman/${id}/buat?halaman=2`, label);
      expect(untested.status).toBe(422);
      expect(untested.text).toContain('Pilih uji konsekuensi yang telah ditetapkan yang mendasari penghitaman ini');
      const partly = await b.post(`/admin/penghitaman/${id}/buat?halaman=2`, { ...label, testIds: [ownTest.id] });
      expect(partly.status).toBe(422);
      expect(partly.text).toContain('tidak mencakup dasar pengecualian Pasal 17 huruf a');
      const made = await b.post(`/admin/penghitaman/${id}/buat?halaman=2`, { ...label, testIds: [ownTest.id, unitTest.id] });
      expect(made.status).toBe(303);
      expect(made.location).toContain('ok=produced');

      const done = await b.get(made.location!);
      expect(done.text).toContain('Salinan untuk dirilis sudah dibuat.');
      expect(done.text).toContain(`/admin/penghitaman/${id}/salinan.pdf`);
      const listed = await b.get(`/admin/penghitaman/dokumen/${documentId}`);
      expect(listed.text).toContain('Rina Wulandari');
      expect(listed.text).toContain('Salinan dibuat');

      const copy = await t.app.request(`/admin/penghitaman/${id}/salinan.pdf`, { headers: { cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
      expect(copy.status).toBe(200);
      expect(copy.headers.get('content-type')).toBe('application/pdf');
      expect(copy.headers.get('content-disposition')).toContain('laporan-penanganan-pengaduan-2026-dihitamkan-ph-');
      const bytes = Buffer.from(await copy.arrayBuffer());
      const text = await pdfPagesText(bytes);
      // Two image pages, then the log with the cited tests and the signature (which may take a second page).
      expect(text.length).toBeGreaterThanOrEqual(3);
      expect(text.length).toBeLessThanOrEqual(4);
      expect(text[0]!.trim()).toBe('');
      expect(text[1]!.trim()).toBe('');
      const all = flat(text.join(' '));
      for (const p of [PHRASES.area, PHRASES.pattern, '6271 0312', ITEM_TITLE, FILENAME]) expect(all).not.toContain(flat(p));
      expect(bytesContain(bytes, PHRASES.area)).toBe(false);
      expect(bytesContain(bytes, PHRASES.pattern)).toBe(false);
      expect(all).toContain('lembar keterangan penghitaman');
      expect(all).toContain('laporan penanganan pengaduan 2026');
      expect(all).toContain(flat('Pasal 17 huruf a angka 2'));
      expect(all).toContain(flat('Pasal 17 huruf h angka 2'));
      expect(all).toContain('rina wulandari');
      // Signed by the officer who produced the copy, with the NIP of their account.
      expect(all).toContain(flat('Rina Wulandari NIP 199001012015032004'));
      // The log page cites the tests: number, date and Pasal.
      expect(all).toContain(flat('Dasar penghitaman: uji konsekuensi'));
      for (const c of [ownTest, unitTest]) expect(all).toContain(flat(`Penetapan Nomor ${c.number} tanggal ${letterDate(c.decisionDate!)}`));
      expect(all).toContain(flat('Pasal 17 huruf h angka 2 UU No. 14 Tahun 2008'));
      expect(all).toContain(flat('Peraturan Komisi Informasi No. 1 Tahun 2017 Pasal 4 ayat (1)'));
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/lembar-keterangan-penghitaman-${backendName}.pdf`, bytes);

      const [produced] = await t.db.db.select().from(redactions).where(eq(redactions.id, id));
      expect(produced).toMatchObject({ status: 'produced', pageCount: text.length, outputSize: bytes.length, testId: ownTest.id });
      expect(await t.ctx.blobs.get(produced!.outputSha256!)).toEqual(bytes);

      // A produced redaction is fixed; a revision starts a new draft with the same marks.
      const late = await b.post(`/admin/penghitaman/${id}/area`, { token: tok3, page: '1', x: '1', y: '1', w: '5', h: '5', ground: 'h' });
      expect(late.status).toBe(409);
      expect(late.text).toContain('sudah dibuat dari penghitaman ini');
      const revised = await b.post(`/admin/penghitaman/${id}/revisi`, {});
      expect(revised.status).toBe(303);
      const newId = /\/admin\/penghitaman\/([0-9a-f-]{36})\?ok=revised/.exec(revised.location ?? '')![1]!;
      const [copyRow] = await t.db.db.select().from(redactions).where(eq(redactions.id, newId));
      expect(copyRow).toMatchObject({ status: 'draft', areas: produced!.areas, patterns: produced!.patterns });

      // Nothing withheld in the audit log or the read log: ids, counts, grounds only.
      const audit = await t.db.db.select().from(auditLog).where(like(auditLog.action, 'redaction.%'));
      expect(audit.map((a) => a.action).sort()).toEqual([
        'redaction.areas_added',
        'redaction.created',
        'redaction.created',
        'redaction.patterns_saved',
        'redaction.produced',
      ]);
      const logged = JSON.stringify([audit, await readLog()]);
      for (const p of [PHRASES.area, PHRASES.pattern, 'Aminah', 'Kalawa', FILENAME, ITEM_TITLE, 'Laporan penanganan pengaduan 2026'])
        expect(logged).not.toContain(p);
      expect(JSON.stringify(audit.find((a) => a.action === 'redaction.produced')!.summary)).toContain('"grounds":["a.2","h","h.2"]');
    },
    SLOW,
  );

  it(
    'refuses a pattern found nowhere at production, naming the row, and a non-PDF document at the start',
    async () => {
      const b = await as('rina@kota.example');
      const started = await b.post(`/admin/penghitaman/dokumen/${documentId}`, { reason: 'Uji pola yang tidak ada', testId: '', requestNumber: '' });
      const id = /penghitaman\/([0-9a-f-]{36})/.exec(started.location ?? '')![1]!;
      let page = await b.get(`/admin/penghitaman/${id}`);
      const tok = () => /name="token" value="([0-9a-f]{16})"/.exec(page.text)![1]!;
      expect(
        (await b.post(`/admin/penghitaman/${id}/pola`, { token: tok(), ppage: ['1'], pkind: ['phrase'], ptext: ['Kalawa Atei'], pground: ['h'] })).status,
      ).toBe(303);
      page = await b.get(`/admin/penghitaman/${id}`);
      expect(page.text).toContain('tidak ditemukan');
      const made = await b.post(`/admin/penghitaman/${id}/buat`, { token: tok(), documentLabel: 'Laporan', checked: '1', testIds: [ownTest.id] });
      expect(made.status).toBe(422);
      expect(made.text).toContain('Teks pada pola baris 1 tidak ditemukan di halaman yang dipilih');
      const [row] = await t.db.db.select().from(redactions).where(eq(redactions.id, id));
      expect(row!.status).toBe('draft');
      // Deleting the draft.
      const del = await b.post(`/admin/penghitaman/${id}/hapus`, { token: tok() });
      expect(del.status).toBe(303);
      expect(await t.db.db.select().from(redactions).where(eq(redactions.id, id))).toEqual([]);

      const csv = await b.post(`/admin/penghitaman/dokumen/${csvDocumentId}`, { reason: 'Bukan PDF', testId: '', requestNumber: '' });
      expect(csv.status).toBe(415);
      expect(csv.text).toContain('Hanya dokumen PDF yang dapat dihitamkan di sini.');
    },
    SLOW,
  );

  it(
    'answers 404 to an officer who may not read the document (other unit, low clearance) and logs the refusal; 403 without the role',
    async () => {
      const [someRedaction] = await t.db.db.select().from(redactions).where(eq(redactions.documentId, documentId)).limit(1);
      for (const email of ['budi@kota.example', 'low@kota.example']) {
        const b = await as(email);
        const before = (await readLog()).filter((l) => l.action === 'denied').length;
        for (const path of [
          `/admin/penghitaman/dokumen/${documentId}`,
          `/admin/penghitaman/${someRedaction!.id}`,
          `/admin/penghitaman/${someRedaction!.id}/halaman/1.jpg`,
          `/admin/penghitaman/${someRedaction!.id}/salinan.pdf`,
        ]) {
          const r = await b.get(path);
          expect(r.status, `${email} ${path}`).toBe(404);
          expect(r.text).not.toContain(FILENAME);
        }
        const post = await b.post(`/admin/penghitaman/dokumen/${documentId}`, { reason: 'Ingin melihat', testId: '', requestNumber: '' });
        expect(post.status).toBe(404);
        const denied = (await readLog()).filter((l) => l.action === 'denied');
        expect(denied.length).toBeGreaterThanOrEqual(before + 5);
        expect(denied[0]!.userName).toContain(email);
        // An unknown id looks the same as a forbidden one.
        expect((await b.get('/admin/penghitaman/dokumen/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      }
      const atasan = await as('atasan@kota.example');
      expect((await atasan.get(`/admin/penghitaman/dokumen/${documentId}`)).status).toBe(403);
      expect((await atasan.get(`/admin/penghitaman/${someRedaction!.id}/halaman/1.jpg`)).status).toBe(403);
      const anonymous = new Browser(t.app);
      expect((await anonymous.get(`/admin/penghitaman/dokumen/${documentId}`)).status).not.toBe(200);
      const views = await t.db.db
        .select()
        .from(classifiedAccessLog)
        .where(and(eq(classifiedAccessLog.itemId, itemId), eq(classifiedAccessLog.action, 'view')));
      expect(views.every((v) => v.userName.includes('rina@kota.example'))).toBe(true);
    },
    SLOW,
  );
});
