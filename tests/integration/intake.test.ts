// Staff intake of requests and objections received in person, by letter, email, phone or fax: the deadline
// from the time actually received (across the Nyepi and Idul Fitri holidays of March 2026), the same
// numbering and receipt, the scans, the proxy's surat kuasa, the PPID Pembantu setting, the channel in the
// register and the annual statistics, and the forgiving tracking page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type JsQr from 'jsqr';
import { PNG } from 'pngjs';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, encryptedFiles, informationRequests, objections, requestEvents, units } from '../../src/db/schema/index.js';
import { responseDeadline } from '../../src/domain/requests/deadlines.js';
import { requestRegister } from '../../src/domain/requests/register.js';
import { requestFacts, summarise } from '../../src/domain/requests/statistics.js';
import { updatePublicBody } from '../../src/domain/org/public-body.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

// jsqr is CommonJS with a default export its types describe as ESM.
const jsQR = createRequire(import.meta.url)('jsqr') as typeof JsQr.default;

const applicant = {
  applicantType: 'perorangan',
  name: 'Maria Goreti Lado',
  idNumber: '6271014403880002',
  address: 'Jl. Tjilik Riwut Km 5 No. 12, Palangka Raya',
  occupation: 'Guru',
  phone: '081234500011',
  email: '',
  proxyName: '',
  details: 'Daftar penerima beasiswa daerah tahun 2025 per kecamatan',
  purpose: 'Penelitian skripsi',
  obtainMethod: 'salinan',
  copyFormat: 'hardcopy',
  deliveryMethod: 'ambil_langsung',
  unit: '',
  consent: '1',
};

describe(`staff intake of requests and objections (${backendName})`, () => {
  let t: TestApp;
  let disdik = '';
  const cookies = (b: Browser) => [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  /** Sends a multipart form as the signed-in browser, with optional files. */
  async function postForm(
    b: Browser,
    path: string,
    fields: Record<string, string | string[]>,
    files: Record<string, { name: string; bytes: Uint8Array }> = {},
  ) {
    const fd = new FormData();
    fd.append('_csrf', b.csrf);
    for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) fd.append(k, x);
    for (const [k, f] of Object.entries(files)) fd.append(k, new File([new Uint8Array(f.bytes)], f.name));
    const res = await t.app.request(path, { method: 'POST', body: fd, headers: { cookie: cookies(b) } });
    const text = await res.text();
    const m = /name="_csrf" value="([^"]+)"/.exec(text);
    if (m) b.csrf = m[1]!;
    return { status: res.status, text, location: res.headers.get('location') };
  }
  async function as(email: string) {
    const b = new Browser(t.app);
    await b.login(email);
    // The form token of the signed-in session.
    await b.get('/admin');
    return b;
  }
  const requestCount = async () => Number((await t.db.db.select({ n: count() }).from(informationRequests))[0]!.n);

  beforeAll(async () => {
    t = await createTestApp();
    const [u] = await t.db.db.insert(units).values({ code: 'disdik', name: 'Dinas Pendidikan' }).returning();
    const [other] = await t.db.db.insert(units).values({ code: 'dishub', name: 'Dinas Perhubungan' }).returning();
    disdik = u!.id;
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'], name: 'Utama' });
    await makeUser(t.ctx, { email: 'disdik@kota.example', roles: ['ppid_pembantu'], unitId: disdik, name: 'Pembantu Disdik' });
    await makeUser(t.ctx, { email: 'atasan@kota.example', roles: ['atasan_ppid'], name: 'Atasan' });
    void other;
    // Wednesday 18 March 2026, 10:00 WIB: two days after the walk-in below was received.
    t.clock.set(new Date('2026-03-18T03:00:00Z'));
  });
  afterAll(async () => t.dispose());

  it('registers a walk-in with the time it was received: the deadline runs from then, across Nyepi and Idul Fitri', async () => {
    const b = await as('utama@kota.example');
    const page = await b.get('/admin/permohonan/baru');
    expect(page.status).toBe(200);
    expect(page.text).toContain('enctype="multipart/form-data"');
    expect(page.text).toContain('value="2026-03-18"');

    const res = await postForm(b, '/admin/permohonan/baru', { ...applicant, channel: 'langsung', receivedDate: '2026-03-16', receivedTime: '09:00' });
    expect(res.status).toBe(201);
    expect(res.text).toContain('001/PPID/III/2026');
    const [r] = await t.db.db.select().from(informationRequests).where(eq(informationRequests.number, '001/PPID/III/2026'));
    // Received Monday 16 March 09:00 WIB: the worked example of kip-domain.md §8.1 (due Tuesday 7 April), not
    // what entering it on the 18th would give.
    expect(r).toMatchObject({ channel: 'langsung', startDate: '2026-03-16', dueDate: '2026-04-07', status: 'received' });
    expect(r!.receivedAt.toISOString()).toBe('2026-03-16T02:00:00.000Z');
    expect((await responseDeadline(t.ctx, t.clock.now())).due).not.toBe('2026-04-07');
    expect(r!.enteredBy).not.toBeNull();
    const [ev] = await t.db.db.select().from(requestEvents).where(eq(requestEvents.requestId, r!.id));
    expect(ev).toMatchObject({ kind: 'received' });
    expect(ev!.at.toISOString()).toBe('2026-03-16T02:00:00.000Z');
    const [audit] = await t.db.db.select().from(auditLog).where(eq(auditLog.entityId, r!.id));
    expect(audit!.action).toBe('request.received');

    // The receipt for the walk-in to take home: the code is shown once, the PDF opens with it.
    const code = /<code>([0-9A-Z]{24})<\/code>/.exec(res.text)![1]!;
    const receipt = await new Browser(t.app).get(`/permohonan/tanda-bukti.pdf?nomor=${encodeURIComponent(r!.number)}&kode=${code}`);
    expect(receipt.status).toBe(200);
    expect(receipt.res.headers.get('content-type')).toBe('application/pdf');
  });

  it('takes the next number for a letter with its scan and a proxy’s surat kuasa, after closing time counting from the next working day', async () => {
    const b = await as('utama@kota.example');
    const before = Number((await t.db.db.select({ n: count() }).from(encryptedFiles))[0]!.n);
    const res = await postForm(
      b,
      '/admin/permohonan/baru',
      { ...applicant, name: 'Yayasan Betang Lestari', proxyName: 'Andreas Ngabut, S.H.', channel: 'surat', receivedDate: '2026-03-17', receivedTime: '16:30' },
      {
        letterScan: { name: 'surat.pdf', bytes: readFileSync('tests/fixtures/dokumen.pdf') },
        proxyLetter: { name: 'kuasa.png', bytes: readFileSync('tests/fixtures/gambar.png') },
      },
    );
    expect(res.status).toBe(201);
    const [r] = await t.db.db.select().from(informationRequests).where(eq(informationRequests.number, '002/PPID/III/2026'));
    expect(r).toMatchObject({ channel: 'surat', proxyName: 'Andreas Ngabut, S.H.' });
    expect(r!.letterScanFileId).not.toBeNull();
    expect(r!.proxyLetterFileId).not.toBeNull();
    // 16:30 is after the 16:00 closing time, and 18–24 March are Nyepi, Idul Fitri and their cuti bersama:
    // the day of receipt is Wednesday 25 March.
    expect(r!.startDate).toBe('2026-03-25');
    expect(r!.dueDate).toBe((await responseDeadline(t.ctx, new Date('2026-03-18T02:00:00Z'))).due);
    expect(Number((await t.db.db.select({ n: count() }).from(encryptedFiles))[0]!.n)).toBe(before + 2);
  });

  it('refuses a future time, a year before the body’s records, a scan that is not JPEG/PNG/PDF, and a missing channel, storing nothing', async () => {
    const b = await as('utama@kota.example');
    const n = await requestCount();
    const future = await postForm(b, '/admin/permohonan/baru', { ...applicant, channel: 'email', receivedDate: '2026-03-18', receivedTime: '11:30' });
    expect(future.status).toBe(422);
    expect(future.text).toContain('Waktu diterima tidak boleh di masa depan.');
    const old = await postForm(b, '/admin/permohonan/baru', { ...applicant, channel: 'email', receivedDate: '2010-05-04', receivedTime: '09:00' });
    expect(old.status).toBe(422);
    expect(old.text).toContain('sebelum catatan badan publik');
    const bad = await postForm(
      b,
      '/admin/permohonan/baru',
      { ...applicant, channel: 'faks', receivedDate: '2026-03-17', receivedTime: '09:00' },
      { letterScan: { name: 'surat.pdf', bytes: readFileSync('tests/fixtures/dokumen.docx') } },
    );
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Pindaian surat harus berupa foto JPEG atau PNG, atau PDF');
    const none = await postForm(b, '/admin/permohonan/baru', { ...applicant, name: '', receivedDate: '2026-03-17', receivedTime: '09:00' });
    expect(none.status).toBe(422);
    expect(none.text).toContain('Pilih saluran masuknya permohonan.');
    expect(none.text).toContain('Nama lengkap wajib diisi.');
    expect(await requestCount()).toBe(n);
  });

  it('lets a PPID Pembantu enter requests for its own unit only when the profile allows it', async () => {
    const b = await as('disdik@kota.example');
    expect((await b.get('/admin/permohonan/baru')).status).toBe(403);
    const refused = await postForm(b, '/admin/permohonan/baru', { ...applicant, channel: 'telepon', receivedDate: '2026-03-17', receivedTime: '09:00' });
    expect(refused.status).toBe(403);
    const utama = { ...t.ctx, actor: { kind: 'user' as const, id: '00000000-0000-0000-0000-000000000000', roles: ['ppid_utama' as const], unitId: null } };
    await updatePublicBody(utama as never, { name: 'Pemerintah Kota Palangka Raya', unitsRecordIntake: true } as never);
    const page = await b.get('/admin/permohonan/baru');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Dinas Pendidikan');
    const res = await postForm(b, '/admin/permohonan/baru', {
      ...applicant,
      unit: 'dishub',
      channel: 'telepon',
      receivedDate: '2026-03-17',
      receivedTime: '09:00',
    });
    expect(res.status).toBe(201);
    const [r] = await t.db.db.select().from(informationRequests).where(eq(informationRequests.channel, 'telepon'));
    expect(r!.unitId).toBe(disdik);
    // Still nothing on objections, which only the PPID Utama enters.
    expect((await b.get('/admin/keberatan/baru')).status).toBe(403);
  });

  it('counts channels in the register and the statistics of the annual report', async () => {
    const utama = await as('utama@kota.example');
    const page = await utama.get('/admin/permohonan/register?tahun=2026');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Saluran Permohonan');
    expect(page.text).toContain('Datang langsung');
    const ctx = { ...t.ctx, actor: { kind: 'user' as const, id: '00000000-0000-0000-0000-000000000000', roles: ['ppid_utama' as const], unitId: null } };
    const rows = await requestRegister(ctx as never, 2026);
    expect(rows.map((r) => r.channel)).toEqual(['Datang langsung', 'Surat / jasa pengiriman', 'Telepon']);
    const s = summarise(await requestFacts(t.ctx, 2026), '2026-03-18');
    expect(s.byChannel).toMatchObject({ web: 0, langsung: 1, surat: 1, telepon: 1, email: 0, faks: 0 });
  });

  it('registers a paper objection on a request by its number, with the time it was received', async () => {
    // Friday 10 April 2026: the walk-in's deadline (7 April) passed without an answer.
    t.clock.set(new Date('2026-04-10T03:00:00Z'));
    const b = await as('utama@kota.example');
    expect((await b.get('/admin/keberatan/baru')).status).toBe(200);
    const objection = {
      requestNumber: ' 1/ppid/iii/2026 ',
      grounds: ['tidak_ditanggapi'],
      caseSummary: 'Sampai batas waktu 7 April 2026 saya belum menerima jawaban tertulis apa pun.',
      proxyName: '',
    };
    // Received before the deadline passed: too early, nothing stored.
    const early = await postForm(b, '/admin/keberatan/baru', { ...objection, channel: 'surat', receivedDate: '2026-04-01', receivedTime: '09:00' });
    expect(early.status).toBe(409);
    expect(early.text).toContain('terlalu awal');
    const unknown = await postForm(b, '/admin/keberatan/baru', {
      ...objection,
      requestNumber: '999/PPID/III/2026',
      channel: 'surat',
      receivedDate: '2026-04-09',
      receivedTime: '09:00',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.text).toContain('Tidak ada permohonan dengan nomor pendaftaran ini.');
    expect(Number((await t.db.db.select({ n: count() }).from(objections))[0]!.n)).toBe(0);

    const res = await postForm(
      b,
      '/admin/keberatan/baru',
      { ...objection, channel: 'surat', receivedDate: '2026-04-08', receivedTime: '10:00' },
      { letterScan: { name: 'keberatan.png', bytes: readFileSync('tests/fixtures/gambar.png') } },
    );
    expect(res.status).toBe(303);
    const [o] = await t.db.db.select().from(objections);
    expect(res.location).toBe(`/admin/keberatan/${o!.id}`);
    expect(o).toMatchObject({ number: '001/KEB/IV/2026', channel: 'surat', grounds: ['tidak_ditanggapi'] });
    expect(o!.receivedAt.toISOString()).toBe('2026-04-08T03:00:00.000Z');
    expect(o!.letterScanFileId).not.toBeNull();
    expect(o!.enteredBy).not.toBeNull();
    // The case history shows the objection on the day it was received.
    const evs = await t.db.db.select().from(requestEvents).where(eq(requestEvents.kind, 'objection_filed'));
    expect(evs[0]!.at.toISOString()).toBe('2026-04-08T03:00:00.000Z');
    // The Atasan PPID sees it in the objection register.
    const atasan = await as('atasan@kota.example');
    expect((await atasan.get(`/admin/keberatan/${o!.id}`)).text).toContain('001/KEB/IV/2026');
  });

  it('opens the tracking page with the number and code typed loosely', async () => {
    t.clock.set(new Date('2026-04-10T03:00:00Z'));
    const b = await as('utama@kota.example');
    const res = await postForm(b, '/admin/permohonan/baru', {
      ...applicant,
      channel: 'email',
      email: 'maria@warga.example',
      receivedDate: '2026-04-09',
      receivedTime: '08:15',
    });
    expect(res.status).toBe(201);
    const number = /<strong>([^<]+)<\/strong>/.exec(res.text)![1]!;
    expect(number).toBe('004/PPID/IV/2026');
    const code = /<code>([0-9A-Z]{24})<\/code>/.exec(res.text)![1]!;
    const citizen = new Browser(t.app);
    const loose = code
      .toLowerCase()
      .replace(/(.{4})/g, '$1 ')
      .trim();
    for (const typed of ['004/PPID/IV/2026', '4/ppid/iv/2026', ' 04 / PPID / IV / 2026 ', '4/Ppid/Iv/2026']) {
      const page = await citizen.get(`/permohonan/lacak?nomor=${encodeURIComponent(typed)}&kode=${encodeURIComponent(loose)}`);
      expect(page.status, typed).toBe(200);
      expect(page.text).toContain('004/PPID/IV/2026');
    }
    // The receipt's QR code, read back from the printed page, opens the same tracking page.
    const pdf = await t.app.request(`/permohonan/tanda-bukti.pdf?nomor=${encodeURIComponent(number)}&kode=${code}`);
    expect(pdf.status).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'qgesy-qr-'));
    writeFileSync(join(dir, 'r.pdf'), new Uint8Array(await pdf.arrayBuffer()));
    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', join(dir, 'r.pdf'), join(dir, 'r')]);
    const png = PNG.sync.read(readFileSync(join(dir, 'r.png')));
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    rmSync(dir, { recursive: true, force: true });
    expect(qr?.data).toBe(`http://localhost:3000/permohonan/lacak?nomor=004%2FPPID%2FIV%2F2026&kode=${code}`);
    const scanned = await citizen.get(qr!.data.replace('http://localhost:3000', ''));
    expect(scanned.status).toBe(200);
    expect(scanned.text).toContain('004/PPID/IV/2026');

    expect((await citizen.get(`/permohonan/lacak?nomor=4%2FPPID%2FIV%2F2026&kode=${code.slice(0, -1)}${code.endsWith('X') ? 'Y' : 'X'}`)).status).toBe(404);
    expect((await citizen.get(`/permohonan/lacak?nomor=5%2FPPID%2FIV%2F2026&kode=${code}`)).status).toBe(404);
  });
});
