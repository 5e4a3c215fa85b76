// The optional identity scan on the public request form, as a citizen sends it without JavaScript
// (multipart): checked by content and size with everything typed kept on an error, stored encrypted with
// the request in one transaction (a refused submission leaves no row), kept across a refused submission
// without a new upload, shown only to staff allowed the applicant's personal data (each view audited),
// and never in the receipt email or on the tracking page.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, encryptedFiles, informationRequests, outbox, units } from '../../src/db/schema/index.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

const fixture = (name: string) => readFileSync(path.resolve('tests/fixtures', name));

const form: Record<string, string> = {
  applicantType: 'perorangan',
  name: 'Maria Ulfah',
  idNumber: '6271034502900007',
  address: 'Jl. Tjilik Riwut Km 2, Palangka Raya',
  occupation: 'Guru',
  phone: '',
  email: 'maria@warga.example',
  proxyName: '',
  details: 'Daftar sekolah penerima bantuan rehabilitasi ruang kelas tahun 2026.',
  purpose: 'Bahan diskusi komite sekolah.',
  obtainMethod: 'salinan',
  copyFormat: 'softcopy',
  deliveryMethod: 'email',
  unit: 'disdik',
  consent: '1',
};

describe(`identity scan on the request form (${backendName})`, () => {
  let t: TestApp;
  let requestId = '';
  const cookies = (b: Browser) => [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  /** Opens the form, waits like a person, sends it as multipart with an optional file. */
  async function send(b: Browser, fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }) {
    const page = await b.get('/permohonan');
    expect(page.text).toContain('enctype="multipart/form-data"');
    const token = /name="formToken" value="([^"]+)"/.exec(page.text)![1]!;
    t.clock.advance(20_000);
    return post(b, { ...fields, formToken: token }, file);
  }
  async function post(b: Browser, fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }) {
    const fd = new FormData();
    fd.append('_csrf', b.csrf);
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    fd.append('identityScan', file ? new File([new Uint8Array(file.bytes)], file.name, { type: 'image/jpeg' }) : new File([], ''));
    const res = await t.app.request('/permohonan', { method: 'POST', body: fd, headers: { cookie: cookies(b), 'x-forwarded-for': '10.7.7.7' } });
    const text = await res.text();
    const m = /name="_csrf" value="([^"]+)"/.exec(text);
    if (m) b.csrf = m[1]!;
    return { status: res.status, text, location: res.headers.get('location') };
  }
  const files = async () => Number((await t.db.db.select({ n: count() }).from(encryptedFiles))[0]!.n);
  const requests = async () => Number((await t.db.db.select({ n: count() }).from(informationRequests))[0]!.n);

  beforeAll(async () => {
    t = await createTestApp();
    const [u] = await t.db.db.insert(units).values({ code: 'disdik', name: 'Dinas Pendidikan' }).returning();
    const [other] = await t.db.db.insert(units).values({ code: 'dishub', name: 'Dinas Perhubungan' }).returning();
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'], name: 'Utama' });
    await makeUser(t.ctx, { email: 'dishub@kota.example', roles: ['ppid_pembantu'], unitId: other!.id, name: 'Pembantu Dishub' });
    await makeUser(t.ctx, { email: 'admin@kota.example', roles: ['admin'], name: 'Admin' });
    void u;
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
  });
  afterAll(async () => t.dispose());

  it('refuses a file that is not JPEG, PNG or PDF, or larger than 5 MB, keeping everything typed and writing nothing', async () => {
    const b = new Browser(t.app, '10.7.7.7');
    const wrong = await send(b, form, { name: 'ktp.jpg', bytes: fixture('dokumen.docx') });
    expect(wrong.status).toBe(422);
    expect(wrong.text).toContain('harus berupa foto JPEG atau PNG, atau PDF');
    expect(wrong.text).toContain('value="Maria Ulfah"');
    expect(wrong.text).toContain('Daftar sekolah penerima bantuan rehabilitasi');
    const big = Buffer.concat([fixture('gambar.jpg'), Buffer.alloc(5 * 1024 * 1024)]);
    const large = await send(b, form, { name: 'ktp.jpg', bytes: big });
    expect(large.status).toBe(422);
    expect(large.text).toContain('paling besar 5 MB');
    expect(large.text).toContain('value="6271034502900007"');
    expect(await files()).toBe(0);
    expect(await requests()).toBe(0);
  });

  it('keeps a good scan across a refused submission: no row yet, no second upload needed', async () => {
    const b = new Browser(t.app, '10.7.7.7');
    const refused = await send(b, { ...form, consent: '' }, { name: 'ktp-maria.jpg', bytes: fixture('gambar.jpg') });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Pindaian sudah diterima (JPEG');
    expect(await files()).toBe(0);
    expect(await requests()).toBe(0);
    const kept = /name="identityScanToken" value="([^"]+)"/.exec(refused.text)![1]!;
    const formToken = /name="formToken" value="([^"]+)"/.exec(refused.text)![1]!;
    t.clock.advance(20_000);
    // A forged token attaches nothing; the genuine one attaches the scan without a second upload.
    const forged = await post(b, { ...form, email: 'lain@warga.example', formToken, identityScanToken: `${kept.split('.')[0]}.palsu` });
    expect(forged.status).toBe(303);
    const [other] = await t.db.db.select().from(informationRequests).where(eq(informationRequests.email, 'lain@warga.example'));
    expect(other!.identityFileId).toBeNull();
    expect(await files()).toBe(0);
    // The form token is single-use: the forged submission spent it, the next one comes with a fresh form.
    const fresh = /name="formToken" value="([^"]+)"/.exec((await b.get('/permohonan')).text)![1]!;
    t.clock.advance(20_000);
    const sent = await post(b, { ...form, formToken: fresh, identityScanToken: kept });
    expect(sent.status).toBe(303);
    // Neither the confirmation nor the tracking page says anything of the scan.
    const done = await b.get(sent.location!);
    const code = new URL(sent.location!, 'http://x').searchParams.get('kode')!;
    const nomor = new URL(sent.location!, 'http://x').searchParams.get('nomor')!;
    const track = await b.get(`/permohonan/lacak?nomor=${encodeURIComponent(nomor)}&kode=${encodeURIComponent(code)}`);
    expect(track.status).toBe(200);
    for (const p of [done.text, track.text]) expect(p).not.toMatch(/pindaian|identitas/i);
    const [r] = await t.db.db.select().from(informationRequests).where(eq(informationRequests.email, 'maria@warga.example'));
    expect(r!.identityFileId).not.toBeNull();
    requestId = r!.id;
    const [file] = await t.db.db.select().from(encryptedFiles).where(eq(encryptedFiles.id, r!.identityFileId!));
    expect(file).toMatchObject({ mime: 'image/jpeg', size: fixture('gambar.jpg').length });
    // At rest the blob is ciphertext: not the JPEG, no JPEG marker, no piece of it.
    const raw = readFileSync(path.join(t.deps.config.dataDir, 'blobs', file!.blobSha256.slice(0, 2), file!.blobSha256));
    const jpeg = fixture('gambar.jpg');
    expect(raw.subarray(12, 15).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
    for (let i = 0; i + 64 <= jpeg.length; i += Math.floor(jpeg.length / 8)) expect(raw.includes(jpeg.subarray(i, i + 64))).toBe(false);
    for (const d of readdirSync(path.join(t.deps.config.dataDir, 'blobs'))) {
      for (const f of readdirSync(path.join(t.deps.config.dataDir, 'blobs', d))) {
        expect(readFileSync(path.join(t.deps.config.dataDir, 'blobs', d, f)).includes(jpeg.subarray(100, 164))).toBe(false);
      }
    }
  });

  it('is shown to the staff allowed the personal data, each view audited; not to others, nor in the mail or the tracking page', async () => {
    const utama = new Browser(t.app, '10.0.0.2');
    await utama.login('utama@kota.example');
    const page = await utama.get(`/admin/permohonan/${requestId}`);
    expect(page.text).toContain(`/admin/permohonan/${requestId}/identitas`);
    const res = await t.app.request(`/admin/permohonan/${requestId}/identitas`, { headers: { cookie: cookies(utama) } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await res.arrayBuffer()).equals(fixture('gambar.jpg'))).toBe(true);
    const audits = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'request.identity_scan_viewed'));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.entityId).toBe(requestId);

    for (const email of ['dishub@kota.example', 'admin@kota.example']) {
      const b = new Browser(t.app, '10.0.0.3');
      await b.login(email);
      const r = await t.app.request(`/admin/permohonan/${requestId}/identitas`, { headers: { cookie: cookies(b) } });
      expect(r.status, email).toBe(403);
      const casePage = await b.get(`/admin/permohonan/${requestId}`);
      expect(casePage.text).not.toContain('/identitas');
    }
    expect(await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'request.identity_scan_viewed'))).toHaveLength(1);
    const anon = await t.app.request(`/admin/permohonan/${requestId}/identitas`);
    expect([302, 303, 401]).toContain(anon.status);

    const [mail] = await t.db.db.select().from(outbox).where(eq(outbox.toAddress, 'maria@warga.example'));
    expect(JSON.stringify(mail)).not.toMatch(/identitas|pindaian|ktp-maria|identity/i);
  });
});
