// The classified register over HTTP, as officers use it: record, upload (multipart, CSRF, encrypted at
// rest), open with a reason, download a watermarked PDF; another unit's officer with the same clearance
// sees nothing without a grant, and with a grant until a date reads until that date and not after (the
// clock moves); every read is logged with reader and reason; the administrator sees no classified item;
// the read log shows numbers, never titles; clearances are set by the Atasan PPID.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, classifiedAccessLog, classifiedDocuments, classifiedItems, encryptedFiles, units, users } from '../../src/db/schema/index.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

const fixture = (name: string) => readFileSync(path.resolve('tests/fixtures', name));
const TITLE = 'Rencana operasi penertiban pasar Kahayan';
const PHRASE = 'jembatan gantung Tumbang Nusa';

describe(`classified register over HTTP (${backendName})`, () => {
  let t: TestApp;
  let itemId = '';
  let docId = '';
  const cookies = (b: Browser) => [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  async function upload(
    b: Browser,
    id: string,
    reading: string,
    file: { name: string; bytes: Uint8Array },
    fields: Record<string, string> = {},
    csrf = b.csrf,
  ) {
    const fd = new FormData();
    if (csrf) fd.append('_csrf', csrf);
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    fd.append('file', new File([new Uint8Array(file.bytes)], file.name, { type: 'application/octet-stream' }));
    const encoded = new Response(fd);
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    const res = await t.app.request(`/admin/informasi/${id}/dokumen?baca=${reading}`, {
      method: 'POST',
      body: bytes,
      headers: {
        cookie: cookies(b),
        'x-forwarded-for': '10.0.0.9',
        'content-type': encoded.headers.get('content-type')!,
        'content-length': String(bytes.length),
      },
    });
    return { status: res.status, text: await res.text(), location: res.headers.get('location') };
  }

  async function download(b: Browser, id: string, doc: string, form: Record<string, string>) {
    const body = new URLSearchParams({ ...form, _csrf: b.csrf });
    const res = await t.app.request(`/admin/informasi/${id}/dokumen/${doc}/unduh`, {
      method: 'POST',
      body,
      headers: { cookie: cookies(b), 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '10.0.0.9' },
    });
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  }

  const readingOf = (text: string) => /name="baca" value="(\d+)"/.exec(text)?.[1] ?? '';
  const signedIn = async (email: string) => {
    const b = new Browser(t.app);
    const r = await b.login(email);
    expect(r.status, `login ${email}`).toBe(303);
    await b.get('/admin'); // the form token is bound to the new session
    return b;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const [a, b] = await t.db.db
      .insert(units)
      .values([
        { code: 'satpolpp', name: 'Satuan Polisi Pamong Praja' },
        { code: 'disperindag', name: 'Dinas Perindustrian dan Perdagangan' },
      ])
      .returning();
    await makeUser(t.ctx, { email: 'a@kota.example', roles: ['ppid_pembantu'], unitId: a!.id, name: 'Andi Satpol' });
    await makeUser(t.ctx, { email: 'b@kota.example', roles: ['ppid_pembantu'], unitId: b!.id, name: 'Bela Perdagangan' });
    await makeUser(t.ctx, { email: 'admin@kota.example', roles: ['admin'], name: 'Admin Sistem' });
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'], name: 'Utama Kominfo' });
    await makeUser(t.ctx, { email: 'atasan@kota.example', roles: ['atasan_ppid'], name: 'Sekda Atasan' });
    for (const [email, c] of [
      ['a@kota.example', 'rahasia'],
      ['b@kota.example', 'rahasia'],
      ['atasan@kota.example', 'sangat_rahasia'],
    ] as const) {
      await t.db.db.update(users).set({ clearance: c }).where(eq(users.email, email));
    }
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
  });
  afterAll(async () => t.dispose());

  it('records an item, uploads an encrypted document, opens it with a reason and downloads it watermarked', async () => {
    const a = await signedIn('a@kota.example');
    const form = await a.get('/admin/informasi/baru');
    expect(form.status).toBe(200);
    expect(form.text).not.toContain('value="sangat_rahasia"');
    const bad = await a.post('/admin/informasi', { title: 'x', securityLevel: 'sangat_rahasia' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('minimal 3 karakter');
    const made = await a.post('/admin/informasi', { title: TITLE, description: 'Jadwal dan personel.', securityLevel: 'rahasia' });
    expect(made.status).toBe(303);
    itemId = made.location!.split('/').pop()!.split('?')[0]!;

    // The cover asks the reason and shows nothing of the content.
    const cover = await a.get(`/admin/informasi/${itemId}`);
    expect(cover.status).toBe(200);
    expect(cover.text).toContain('INF/satpolpp/2026/0001');
    expect(cover.text).not.toContain(TITLE);
    const noReason = await a.post(`/admin/informasi/${itemId}/buka`, { reason: '' });
    expect(noReason.status).toBe(422);
    expect(noReason.text).not.toContain(TITLE);
    const opened = await a.post(`/admin/informasi/${itemId}/buka`, { reason: 'Menyiapkan rapat koordinasi' });
    expect(opened.status).toBe(200);
    expect(opened.text).toContain(TITLE);
    const reading = readingOf(opened.text);
    expect(reading).not.toBe('');

    // Upload: CSRF first, type by content, then stored encrypted.
    expect((await upload(a, itemId, reading, { name: 'x.pdf', bytes: fixture('dokumen.pdf') }, {}, 'salah')).status).toBe(403);
    const refused = await upload(a, itemId, reading, { name: 'program.pdf', bytes: Buffer.from('MZ\x90\x00') });
    expect(refused.status).toBe(415);
    expect(refused.text).toContain('Jenis berkas ini tidak diterima');
    const up = await upload(a, itemId, reading, { name: 'rencana-operasi.pdf', bytes: fixture('dokumen.pdf') }, { level: 'rahasia' });
    expect(up.status, up.text).toBe(303);
    expect(up.location).toBe(`/admin/informasi/${itemId}?baca=${reading}&ok=document_added`);
    const [doc] = await t.db.db.select().from(classifiedDocuments).where(eq(classifiedDocuments.itemId, itemId));
    docId = doc!.id;
    expect(readdirSync(path.join(t.deps.config.dataDir, 'tmp', 'unggahan'))).toEqual([]);

    const page = await a.get(`/admin/informasi/${itemId}?baca=${reading}&ok=document_added`);
    expect(page.text).toContain('rencana-operasi.pdf');
    expect(page.text).toContain('Dokumen tersimpan terenkripsi');

    t.clock.set(new Date('2026-03-16T02:45:00Z'));
    const dl = await download(a, itemId, docId, { baca: reading });
    expect(dl.res.status).toBe(200);
    expect(dl.res.headers.get('cache-control')).toBe('no-store');
    expect(dl.res.headers.get('content-type')).toBe('application/pdf');
    expect(dl.res.headers.get('content-disposition')).toContain('rencana-operasi.pdf');
    const pdf = await getDocumentProxy(new Uint8Array(dl.bytes));
    const text = (await extractText(pdf, { mergePages: true })).text;
    expect(text).toContain('RAHASIA · dibuka oleh Andi Satpol <a@kota.example> · 16 Mar 2026 09.45 WIB');
    expect(text).toContain(PHRASE);

    const log = await t.db.db.select().from(classifiedAccessLog).where(eq(classifiedAccessLog.itemId, itemId)).orderBy(classifiedAccessLog.id);
    expect(log.map((l) => [l.action, l.reason])).toEqual([
      ['view', 'Menyiapkan rapat koordinasi'],
      ['view', 'Menyiapkan rapat koordinasi'],
      ['download', 'Menyiapkan rapat koordinasi'],
    ]);
  });

  it('the stored blob holds no plaintext of the document', async () => {
    const [doc] = await t.db.db.select().from(classifiedDocuments).where(eq(classifiedDocuments.id, docId));
    const [file] = await t.db.db.select().from(encryptedFiles).where(eq(encryptedFiles.id, doc!.fileId));
    const plain = fixture('dokumen.pdf');
    const raw = readFileSync(path.join(t.deps.config.dataDir, 'blobs', file!.blobSha256.slice(0, 2), file!.blobSha256));
    expect(raw.length).toBe(plain.length + 28);
    // Phrases of the PDF's own bytes (header, page objects, font name) are in the file and nowhere in the blob.
    for (const needle of ['%PDF-', '/Type /Page', 'Helvetica', 'FlateDecode']) {
      expect(plain.includes(Buffer.from(needle)), `the file has ${needle}`).toBe(true);
      expect(raw.includes(Buffer.from(needle)), `the blob has ${needle}`).toBe(false);
    }
  });

  it('another unit with the same clearance sees nothing; with a grant until a date it reads until then and not after', async () => {
    const b = await signedIn('b@kota.example');
    const list = await b.get('/admin/informasi?q=penertiban');
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(TITLE);
    expect(list.text).toContain('0 informasi cocok');
    expect((await b.get(`/admin/informasi/${itemId}`)).status).toBe(404);
    expect((await b.post(`/admin/informasi/${itemId}/buka`, { reason: 'Ingin tahu saja' })).status).toBe(404);
    expect((await download(b, itemId, docId, { reason: 'Ingin tahu saja' })).res.status).toBe(404);
    // A reading of someone else is no key either.
    const [someRead] = await t.db.db.select().from(classifiedAccessLog).where(eq(classifiedAccessLog.action, 'view'));
    expect((await b.get(`/admin/informasi/${itemId}?baca=${someRead!.id}`)).status).toBe(404);

    // A grants B need-to-know until 20 March (local date): too long and past dates are refused.
    const a = await signedIn('a@kota.example');
    const opened = await a.post(`/admin/informasi/${itemId}/buka`, { reason: 'Memberi akses kepada Disperindag' });
    const reading = readingOf(opened.text);
    const [bUser] = await t.db.db.select().from(users).where(eq(users.email, 'b@kota.example'));
    expect(opened.text).toContain(`value="${bUser!.id}"`);
    const tooLong = await a.post(`/admin/informasi/${itemId}/akses`, {
      baca: reading,
      userId: bUser!.id,
      grantReason: 'Penertiban bersama pasar',
      until: '2026-09-01',
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.text).toContain('paling lama 90 hari');
    expect(tooLong.text).toContain('>Penertiban bersama pasar</textarea>');
    const ok = await a.post(`/admin/informasi/${itemId}/akses`, {
      baca: reading,
      userId: bUser!.id,
      grantReason: 'Penertiban bersama pasar',
      until: '2026-03-20',
    });
    expect(ok.status).toBe(303);

    t.clock.set(new Date('2026-03-20T16:30:00Z')); // 23.30 WIB on the 20th
    const b2 = await signedIn('b@kota.example'); // days later: a new session
    const seen = await b2.get('/admin/informasi?q=penertiban');
    expect(seen.text).toContain(TITLE);
    expect(seen.text).toContain('1 informasi cocok');
    const read = await b2.post(`/admin/informasi/${itemId}/buka`, { reason: 'Rapat penertiban bersama' });
    expect(read.status).toBe(200);
    expect(read.text).toContain(TITLE);
    const dl = await download(b2, itemId, docId, { baca: readingOf(read.text) });
    expect(dl.res.status).toBe(200);
    // The grantee may not pass it on.
    expect(read.text).not.toContain('Beri akses kepada petugas lain');

    t.clock.set(new Date('2026-03-20T16:59:59Z'));
    expect((await b2.get(`/admin/informasi/${itemId}?baca=${readingOf(read.text)}`)).status).toBe(200);
    t.clock.set(new Date('2026-03-20T17:00:00Z')); // 00.00 WIB on the 21st
    expect((await b2.get(`/admin/informasi/${itemId}?baca=${readingOf(read.text)}`)).status).toBe(404);
    expect((await b2.post(`/admin/informasi/${itemId}/buka`, { reason: 'Rapat penertiban bersama' })).status).toBe(404);
    expect((await b2.get('/admin/informasi?q=penertiban')).text).not.toContain(TITLE);

    const log = await t.db.db.select().from(classifiedAccessLog).where(eq(classifiedAccessLog.userId, bUser!.id)).orderBy(classifiedAccessLog.id);
    expect(log.map((l) => [l.action, l.reason, l.grantId !== null])).toEqual([
      ['denied', '', false],
      ['denied', '', false],
      ['denied', '', false],
      ['denied', '', false],
      ['view', 'Rapat penertiban bersama', true],
      ['download', 'Rapat penertiban bersama', true],
      ['view', 'Rapat penertiban bersama', true],
      ['denied', '', false],
      ['denied', '', false],
    ]);
    expect(log.every((l) => l.userName === 'Bela Perdagangan <b@kota.example>')).toBe(true);
  });

  const BASIS = { legalBasis: 'UU No. 14 Tahun 2008 Pasal 17 huruf c', periodStart: '2026-03-23', reviewOn: '2028-03-23' };

  it('lowering a level is a deliberate step with a reason; raising raises documents', async () => {
    t.clock.set(new Date('2026-03-23T02:00:00Z'));
    const a = await signedIn('a@kota.example');
    const opened = await a.post(`/admin/informasi/${itemId}/buka`, { reason: 'Meninjau klasifikasi' });
    const reading = readingOf(opened.text);
    const quick = await a.post(`/admin/informasi/${itemId}/tingkat`, { ...BASIS, baca: reading, newLevel: 'terbatas', levelReason: '' });
    expect(quick.status).toBe(422);
    expect(quick.text).toContain('dengan sengaja');
    const noReason = await a.post(`/admin/informasi/${itemId}/tingkat`, {
      ...BASIS,
      baca: reading,
      newLevel: 'terbatas',
      confirmLower: '1',
      levelReason: 'singkat',
    });
    expect(noReason.status).toBe(422);
    const lowered = await a.post(`/admin/informasi/${itemId}/tingkat`, {
      ...BASIS,
      baca: reading,
      newLevel: 'terbatas',
      confirmLower: '1',
      levelReason: 'Operasi telah selesai dilaksanakan',
    });
    expect(lowered.status).toBe(303);
    const [item] = await t.db.db.select().from(classifiedItems).where(eq(classifiedItems.id, itemId));
    expect(item!.securityLevel).toBe('terbatas');
    // The document stays Rahasia (a document may be higher than its item).
    expect((await t.db.db.select().from(classifiedDocuments).where(eq(classifiedDocuments.id, docId)))[0]!.securityLevel).toBe('rahasia');
    const tooHigh = await a.post(`/admin/informasi/${itemId}/tingkat`, { ...BASIS, baca: reading, newLevel: 'sangat_rahasia' });
    expect(tooHigh.status).toBe(422);
    expect(tooHigh.text).toContain('di atas izin akses');

    // A Terbatas document is added; raising the item to Rahasia raises it too (a plain step, no reason needed).
    const up = await upload(a, itemId, reading, { name: 'daftar.csv', bytes: fixture('dokumen.csv') }, { level: 'terbatas' });
    expect(up.status, up.text).toBe(303);
    const noBasis = await a.post(`/admin/informasi/${itemId}/tingkat`, { baca: reading, newLevel: 'rahasia', periodStart: '2026-03-23' });
    expect(noBasis.status).toBe(422);
    expect(noBasis.text).toContain('Tuliskan dasar hukum penetapan (minimal 10 karakter).');
    const raised = await a.post(`/admin/informasi/${itemId}/tingkat`, { ...BASIS, baca: reading, newLevel: 'rahasia' });
    expect(raised.status).toBe(303);
    const docs = await t.db.db.select().from(classifiedDocuments).where(eq(classifiedDocuments.itemId, itemId));
    expect(docs.map((d) => d.securityLevel)).toEqual(['rahasia', 'rahasia']);
    const audit = await t.db.db.select().from(auditLog).where(eq(auditLog.entityId, itemId));
    const changes = audit.filter((r) => r.action === 'classified.level_lowered' || r.action === 'classified.level_raised');
    // Each change is a decision in the item's history, listed on the item page with its letter.
    expect(audit.filter((r) => r.action === 'classified.level_decided')).toHaveLength(2);
    const page = await a.get(`/admin/informasi/${itemId}?baca=${reading}`);
    expect(page.text).toContain('001/PTK/PPID/III/2026');
    expect(page.text).toContain('002/PTK/PPID/III/2026');
    const letterForm = /action="(\/admin\/informasi\/[^"]+\/penetapan-tingkat\/[^"]+\/unduh)"/.exec(page.text);
    expect(letterForm).not.toBeNull();
    const letter = await a.post(letterForm![1]!, { baca: reading });
    expect(letter.status).toBe(200);
    expect(letter.res.headers.get('content-type')).toBe('application/pdf');
    expect(changes.map((r) => r.action)).toEqual(['classified.level_lowered', 'classified.level_raised']);
    expect(JSON.stringify(changes[0])).toContain('Operasi telah selesai dilaksanakan');
    expect(JSON.stringify(changes[1])).toContain('"documentsRaised":1');
    expect(JSON.stringify(audit)).not.toContain(TITLE);
    expect(JSON.stringify(audit)).not.toContain('daftar.csv');
  });

  it('the administrator sees no classified item, whatever clearance the database gives them', async () => {
    await t.db.db.update(users).set({ clearance: 'sangat_rahasia' }).where(eq(users.email, 'admin@kota.example'));
    const admin = await signedIn('admin@kota.example');
    const dash = await admin.get('/admin');
    expect(dash.text).not.toContain('/admin/informasi');
    for (const p of ['/admin/informasi', `/admin/informasi/${itemId}`, '/admin/informasi/log', '/admin/informasi/izin-akses']) {
      const r = await admin.get(p);
      expect(r.status, p).toBe(403);
      expect(r.text).not.toContain(TITLE);
    }
    expect((await admin.post(`/admin/informasi/${itemId}/buka`, { reason: 'Pemeliharaan sistem' })).status).toBe(403);
    expect((await download(admin, itemId, docId, { reason: 'Pemeliharaan sistem' })).res.status).toBe(403);
  });

  it('the read log shows readers, reasons, numbers and levels, never titles; filters narrow it', async () => {
    const utama = await signedIn('utama@kota.example');
    const log = await utama.get('/admin/informasi/log');
    expect(log.status).toBe(200);
    expect(log.text).toContain('INF/satpolpp/2026/0001');
    expect(log.text).toContain('Rapat penertiban bersama');
    expect(log.text).toContain('Bela Perdagangan');
    expect(log.text).not.toContain(TITLE);
    expect(log.text).not.toContain('rencana-operasi');
    const denied = await utama.get('/admin/informasi/log?action=denied&reader=andi');
    expect(denied.text).toContain('Tidak ada catatan');
    const downloads = await utama.get('/admin/informasi/log?action=download&from=2026-03-20&to=2026-03-21');
    expect(downloads.text).toContain('Bela Perdagangan');
    expect(downloads.text).not.toContain('Andi Satpol');
    // The PPID Utama holds no item of the unit: the register shows nothing to them.
    expect((await utama.get('/admin/informasi')).text).toContain('0 informasi dapat Anda buka');
    const b = await signedIn('b@kota.example');
    expect((await b.get('/admin/informasi/log')).status).toBe(403);
  });

  it('the Atasan PPID sets clearances, never their own and never above their own', async () => {
    const atasan = await signedIn('atasan@kota.example');
    const page = await atasan.get('/admin/informasi/izin-akses');
    expect(page.status).toBe(200);
    const [bUser] = await t.db.db.select().from(users).where(eq(users.email, 'b@kota.example'));
    const [me] = await t.db.db.select().from(users).where(eq(users.email, 'atasan@kota.example'));
    expect(page.text).toContain(`/admin/informasi/izin-akses/${bUser!.id}`);
    expect(page.text).not.toContain(`/admin/informasi/izin-akses/${me!.id}`);
    const set = await atasan.post(`/admin/informasi/izin-akses/${bUser!.id}`, { clearance: 'terbatas' });
    expect(set.status).toBe(303);
    expect((await t.db.db.select().from(users).where(eq(users.id, bUser!.id)))[0]!.clearance).toBe('terbatas');
    const own = await atasan.post(`/admin/informasi/izin-akses/${me!.id}`, { clearance: 'biasa' });
    expect(own.status).toBe(403);
    const a = await signedIn('a@kota.example');
    expect((await a.get('/admin/informasi/izin-akses')).status).toBe(403);
  });
});
