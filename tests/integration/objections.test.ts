// Objections: filed by the applicant from the tracking page when the request went unanswered, decided by
// the Atasan PPID in writing, with the response letter (PDF read back), emails, register and role checks.
import { eq } from 'drizzle-orm';
import { mkdirSync, writeFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/context.js';
import { auditLog, objections, outbox, publicBody, units, users } from '../../src/db/schema/index.js';
import { dateInZone, formatLongDate } from '../../src/domain/calendar/dates.js';
import { computeDeadline } from '../../src/domain/calendar/load-calendar.js';
import { insertPublicBody } from '../helpers/factories.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

describe(`objections (${backendName})`, () => {
  let t: TestApp;
  let track = '';
  let number = '';
  let code = '';

  beforeAll(async () => {
    t = await createTestApp();
    const [u] = await t.db.db.insert(units).values({ code: 'dishub', name: 'Dinas Perhubungan' }).returning();
    await makeUser(t.ctx, { email: 'atasan@kota.example', roles: ['atasan_ppid'], name: 'Dr. H. Agus Salim, M.Si.' });
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    await makeUser(t.ctx, { email: 'pembantu@dishub.example', roles: ['ppid_pembantu'], unitId: u!.id });
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
    const r = await submitRequest(
      { ...t.ctx, actor: systemActor('uji') },
      {
        applicantType: 'perorangan',
        name: 'Maria Ulfah',
        idNumber: '6271035408920001',
        address: 'Jl. Mahir Mahar No. 8, Palangka Raya',
        email: 'maria@warga.example',
        details: 'Data jumlah angkutan kota yang beroperasi dan trayeknya pada tahun 2025.',
        purpose: 'Penelitian transportasi.',
        obtainMethod: 'salinan',
        copyFormat: 'softcopy',
        deliveryMethod: 'email',
        unit: 'dishub',
        consent: true,
      },
    );
    number = r.request.number;
    code = r.token;
    track = `/permohonan/lacak?nomor=${encodeURIComponent(number)}&kode=${code}`;
  });
  afterAll(async () => t.dispose());

  it('is not open before the PPID answered or the deadline passed', async () => {
    const b = new Browser(t.app);
    const page = await b.get(track);
    expect(page.text).toContain('Keberatan dapat diajukan setelah PPID memberi jawaban tertulis');
    expect(page.text).not.toContain('href="/permohonan/keberatan?');
    await b.get(`/permohonan/keberatan?nomor=${encodeURIComponent(number)}&kode=${code}`);
    const early = await b.post('/permohonan/keberatan', {
      nomor: number,
      kode: code,
      grounds: ['tidak_ditanggapi'],
      caseSummary: 'Sudah lewat sepuluh hari kerja tanpa jawaban apa pun.',
    });
    expect(early.status).toBe(409);
    expect(early.text).toContain(
      'Keberatan dapat diajukan setelah PPID memberi jawaban tertulis, atau bila batas waktu Selasa, 7 April 2026 lewat tanpa jawaban.',
    );
    expect(await t.db.db.select().from(objections)).toHaveLength(0);
  });

  it('is filed from the tracking page once the deadline passed unanswered', async () => {
    t.clock.set(new Date('2026-04-09T03:00:00Z')); // Thursday 9 April, 10:00 WIB
    const b = new Browser(t.app);
    const page = await b.get(track);
    expect(page.text).toContain('Anda dapat mengajukan keberatan kepada Atasan PPID sampai');
    const form = await b.get(`/permohonan/keberatan?nomor=${encodeURIComponent(number)}&kode=${code}`);
    expect(form.status).toBe(200);
    expect(form.text).toContain('c. Permohonan tidak ditanggapi');

    const bad = await b.post('/permohonan/keberatan', { nomor: number, kode: code, caseSummary: 'pendek' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Pilih minimal satu alasan keberatan.');
    expect(bad.text).toContain('Uraikan kasus posisi (minimal 20 karakter).');
    const wrongCode = await b.post('/permohonan/keberatan', {
      nomor: number,
      kode: 'salah',
      grounds: ['tidak_ditanggapi'],
      caseSummary: 'Sudah lewat sepuluh hari kerja tanpa jawaban.',
    });
    expect(wrongCode.status).toBe(404);

    const ok = await b.post('/permohonan/keberatan', {
      nomor: number,
      kode: code,
      grounds: ['tidak_ditanggapi', 'melebihi_jangka_waktu'],
      caseSummary: 'Permohonan saya tanggal 16 Maret 2026 belum dijawab sampai batas waktunya lewat.',
    });
    expect(ok.status).toBe(303);
    const [o] = await t.db.db.select().from(objections);
    // 30 working days from Thursday 9 April 2026 (1 May, 14, 15 May and the weekends do not count).
    expect(o).toMatchObject({ number: '001/KEB/IV/2026', status: 'received', dueDate: '2026-05-26', grounds: ['tidak_ditanggapi', 'melebihi_jangka_waktu'] });
    const tracked = await b.get(track);
    expect(tracked.text).toContain('001/KEB/IV/2026');
    expect(tracked.text).toContain('Keberatan diajukan');
    expect(tracked.text).not.toContain('href="/permohonan/keberatan?');

    const mails = await t.db.db.select().from(outbox);
    expect(mails.find((m) => m.template === 'objection_received')?.toAddress).toBe('maria@warga.example');
    expect(mails.find((m) => m.template === 'objection_to_decide')?.toAddress).toBe('atasan@kota.example');

    const again = await b.post('/permohonan/keberatan', {
      nomor: number,
      kode: code,
      grounds: ['tidak_ditanggapi'],
      caseSummary: 'Sekali lagi: belum ada jawaban sama sekali.',
    });
    expect(again.status).toBe(409);
    expect(again.text).toContain('sudah diajukan dan sedang diperiksa');
  });

  it('is decided only by the Atasan PPID; the register and the objection stay with the PPID Utama and the Atasan', async () => {
    const [o] = await t.db.db.select().from(objections);
    const pembantu = new Browser(t.app);
    await pembantu.login('pembantu@dishub.example');
    expect((await pembantu.get('/admin/keberatan')).status).toBe(403);
    expect((await pembantu.get(`/admin/keberatan/${o!.id}`)).status).toBe(403);

    const utama = new Browser(t.app);
    await utama.login('utama@kota.example');
    const register = await utama.get('/admin/keberatan');
    expect(register.status).toBe(200);
    expect(register.text).toContain('001/KEB/IV/2026');
    expect(register.text).toContain('Maria Ulfah');
    const seen = await utama.get(`/admin/keberatan/${o!.id}`);
    expect(seen.text).not.toContain('/putusan');
    expect(
      (await utama.post(`/admin/keberatan/${o!.id}/putusan`, { decision: 'dikabulkan', reasons: 'Alasan yang cukup panjang untuk diterima.' })).status,
    ).toBe(403);

    const atasan = new Browser(t.app);
    await atasan.login('atasan@kota.example');
    await atasan.get(`/admin/keberatan/${o!.id}`);
    const bad = await atasan.post(`/admin/keberatan/${o!.id}/putusan`, { reasons: 'singkat' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Pilih keputusan.');
    expect(bad.text).toContain('Tuliskan alasan keputusan (minimal 20 karakter).');
    const done = await atasan.post(`/admin/keberatan/${o!.id}/putusan`, {
      decision: 'dikabulkan',
      reasons: 'PPID tidak memberikan pemberitahuan tertulis dalam jangka waktu yang ditentukan Pasal 22 ayat (7).',
      followUp: 'PPID Utama memberikan data angkutan kota kepada pemohon paling lambat 5 hari kerja.',
    });
    expect(done.status).toBe(303);
    const twice = await atasan.post(`/admin/keberatan/${o!.id}/putusan`, {
      decision: 'dikabulkan',
      reasons: 'Alasan kedua yang cukup panjang untuk diterima.',
    });
    expect(twice.status).toBe(409);

    const letter = await atasan.get(`/admin/keberatan/${o!.id}/surat.pdf`);
    expect(letter.res.headers.get('content-type')).toBe('application/pdf');
    const pdf = await t.app.request(`/permohonan/keberatan/surat.pdf?nomor=${encodeURIComponent(number)}&kode=${code}&keberatan=${o!.id}`);
    expect(pdf.status).toBe(200);
    const text = (await extractText(await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())), { mergePages: true })).text.replace(/\s+/g, ' ');
    for (const s of [
      'TANGGAPAN ATAS KEBERATAN',
      // The day and time it was received, and the Atasan's due date, each stated as such.
      'yang kami terima pada Kamis, 9 April 2026 pukul 10.00 WIB',
      'Tanggal diterima Kamis, 9 April 2026 pukul 10.00 WIB',
      'Selasa, 26 Mei 2026',
      '001/KEB/IV/2026',
      number,
      'Maria Ulfah',
      'Keberatan diterima; informasi diberikan',
      'Pasal 22 ayat (7)',
      'Komisi Informasi',
      'Dr. H. Agus Salim, M.Si.',
    ]) {
      expect(text).toContain(s);
    }
    expect((await t.app.request(`/permohonan/keberatan/surat.pdf?nomor=${encodeURIComponent(number)}&kode=salah&keberatan=${o!.id}`)).status).toBe(404);

    const tracked = await new Browser(t.app).get(track);
    expect(tracked.text).toContain('Keberatan diterima; informasi diberikan');
    expect(tracked.text).toContain('/permohonan/keberatan/surat.pdf?');
    const decided = await t.db.db.select().from(outbox).where(eq(outbox.template, 'objection_decided'));
    expect(decided).toHaveLength(1);
    const audit = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'objection.decided'));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toContain('Maria');
  });

  it("objection response: on the Atasan's own letterhead, names the competent Komisi Informasi and the last day to file a dispute at normal size, signed with the deciding Atasan's NIP", async () => {
    await insertPublicBody(t);
    await t.db.db.update(users).set({ nip: '197011081995031002' }).where(eq(users.email, 'atasan@kota.example'));
    const [o] = await t.db.db.select().from(objections);
    expect(o!.status).toBe('decided');
    const atasan = new Browser(t.app);
    await atasan.login('atasan@kota.example');
    const read = async () => {
      const res = await t.app.request(`/admin/keberatan/${o!.id}/surat.pdf`, {
        headers: { cookie: [...atasan.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      expect(res.status).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/tanggapan-keberatan-${backendName}.pdf`, bytes);
      const doc = await getDocumentProxy(bytes.slice());
      const items: { str: string; transform: number[] }[] = [];
      for (let n = 1; n <= doc.numPages; n++) items.push(...((await (await doc.getPage(n)).getTextContent()).items as { str: string; transform: number[] }[]));
      return { text: (await extractText(doc, { mergePages: true })).text.replace(/\s+/g, ' '), items };
    };
    const { text, items } = await read();
    // UU KIP Ps 37(2): 14 working days from the letter's date; decided on this day:
    const decided = dateInZone(o!.decidedAt!, 'Asia/Jakarta').date;
    const last = (await computeDeadline(t.ctx, decided, 14)).due;
    expect(last > decided).toBe(true);
    // The Atasan's letterhead (the head of the body by default), not the PPID's.
    expect(text).toContain('WALI KOTA PALANGKA RAYA Atasan Pejabat Pengelola Informasi dan Dokumentasi');
    expect(text).not.toContain('PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID)');
    // The competent Komisi, derived from the body's city, and the last day in plain words.
    expect(text).toContain(`kepada Komisi Informasi Provinsi Kalimantan Tengah paling lambat ${formatLongDate(last)}`);
    // At the letter's normal size (10 pt), not small print.
    const sentence = items.find((i) => i.str.includes('Apabila Saudara tidak puas'));
    expect(sentence?.transform[0]).toBeGreaterThanOrEqual(10);
    // Signed by the Atasan PPID who decided, with their NIP.
    expect(text).toMatch(/Sekretaris Daerah selaku Atasan PPID, Dr\. H\. Agus Salim, M\.Si\. NIP 197011081995031002/);

    // Configured: the Atasan's unit line and the Komisi.
    await t.db.db.update(publicBody).set({ atasanLetterheadUnit: 'Sekretariat Daerah', komisiInformasi: 'Komisi Informasi Pusat' });
    const configured = (await read()).text;
    expect(configured).toContain('SEKRETARIAT DAERAH Atasan Pejabat Pengelola');
    expect(configured).toContain(`kepada Komisi Informasi Pusat paling lambat ${formatLongDate(last)}`);
    await t.db.db.update(publicBody).set({ atasanLetterheadUnit: '', komisiInformasi: '' });
  });

  it('closes 30 working days after the window opened', async () => {
    // The window opened on 7 April (the lapsed deadline); 30 working days later is 22 May 2026.
    t.clock.set(new Date('2026-05-26T03:00:00Z'));
    const b = new Browser(t.app);
    await b.get(`/permohonan/keberatan?nomor=${encodeURIComponent(number)}&kode=${code}`);
    const late = await b.post('/permohonan/keberatan', {
      nomor: number,
      kode: code,
      grounds: ['tidak_dipenuhi'],
      caseSummary: 'Informasi yang diperintahkan belum juga saya terima.',
    });
    expect(late.status).toBe(409);
    expect(late.text).toContain('Batas waktu pengajuan keberatan (30 hari kerja) berakhir pada');
  });
});
