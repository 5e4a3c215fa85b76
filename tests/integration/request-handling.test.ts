// Requests for information, the officers' side: inbox and badges, disposition, a unit's answer, the
// written notice and its PDF, the refusal letter, the extension across a holiday, role checks, validation,
// the applicant's tracking page and letters; everything over app.request().
import { writeFileSync, mkdirSync } from 'node:fs';
import { and, asc, eq, like } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Ctx } from '../../src/context.js';
import { auditLog, informationRequests, outbox, publicBody, requestDispositions, requestResponses, units, users } from '../../src/db/schema/index.js';
import { createCalendarDay } from '../../src/domain/calendar/manage-calendar.js';
import { formatLongDate } from '../../src/domain/calendar/dates.js';
import type { RequestInput } from '../../src/domain/requests/input.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { draftTest } from '../../src/domain/exemptions/draft-test.js';
import { decideTest, reviewTest, submitTest } from '../../src/domain/exemptions/workflow.js';
import { testInput } from '../helpers/exemptions.js';
import { citizenRequest } from '../helpers/factories.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

const citizen: RequestInput = citizenRequest();
const PERSONAL = [citizen.name, citizen.idNumber, citizen.email!, 'Rajawali', '0812 5100'];
const INSTRUCTION = 'Mohon siapkan kontrak dan adendum, hitamkan nomor rekening penyedia.';
const UNIT_ANSWER = 'Kontrak No. 602/PUPR/2025 dan dua adendum tersedia, 12 lembar; nomor rekening dihitamkan.';
const INTERNAL = 'Catatan internal: konfirmasi ulang ke bagian hukum.';

async function pdfText(bytes: ArrayBuffer | Buffer): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  // Lines wrap inside long numbers ("002/ PPID/ III/2026") and sentences: compare on joined text.
  return (await extractText(doc, { mergePages: true })).text.replace(/\s+/g, ' ').replace(/([/-]) /g, '$1');
}

describe(`handling requests in the back office (${backendName})`, () => {
  let t: TestApp;
  let dpupr: string;
  let dinkes: string;
  /** Approved consequence tests a partial grant and a refusal cite. */
  let accountTest: { id: string; number: string | null };
  let recordsTest: { id: string; number: string | null };
  const system = (): Ctx => ({ ...t.ctx, actor: systemActor('uji') });

  /** A fresh signed-in browser: the fixed clock jumps days ahead, past any session. */
  async function as(email: string) {
    const b = new Browser(t.app, '10.2.0.1');
    const r = await b.login(email);
    expect(r.status, `login ${email}`).toBe(303);
    await b.get('/admin'); // the session's CSRF token
    return b;
  }
  const open = (b: Browser, path: string) => b.get(path);
  /** A download with the browser's session, read as bytes. */
  const download = (b: Browser, path: string) => t.app.request(path, { headers: { cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });

  beforeAll(async () => {
    t = await createTestApp();
    await t.db.db
      .insert(publicBody)
      .values({
        id: 1,
        name: 'Pemerintah Kota Palangka Raya',
        shortName: 'Palangka Raya',
        address: 'Jl. Tjilik Riwut Km. 5,5, Palangka Raya 73112',
        phone: '(0536) 3221000',
        email: 'ppid@palangkaraya.go.id',
        ppidContactName: 'Dra. Maria Lumban, M.Si.',
        timeZone: 'Asia/Jakarta',
      })
      .onConflictDoUpdate({
        target: publicBody.id,
        set: { name: 'Pemerintah Kota Palangka Raya', shortName: 'Palangka Raya', ppidContactName: 'Dra. Maria Lumban, M.Si.' },
      });
    dpupr = (await t.db.db.insert(units).values({ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' }).returning())[0]!.id;
    dinkes = (await t.db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning())[0]!.id;
    await makeUser(t.ctx, { email: 'utama@pky.go.id', roles: ['ppid_utama'], name: 'Petugas Utama' });
    await t.db.db.update(users).set({ nip: '198507122010011005' }).where(eq(users.email, 'utama@pky.go.id'));
    await makeUser(t.ctx, { email: 'pupr@pky.go.id', roles: ['ppid_pembantu'], unitId: dpupr, name: 'Pembantu PUPR' });
    await makeUser(t.ctx, { email: 'dinkes@pky.go.id', roles: ['ppid_pembantu'], unitId: dinkes, name: 'Pembantu Dinkes' });
    await makeUser(t.ctx, { email: 'lihat@pky.go.id', roles: ['viewer'] });
    await makeUser(t.ctx, { email: 'atasan@pky.go.id', roles: ['atasan_ppid'] });
    // Refusals and partial grants cite approved consequence tests (decided on 10 March 2026).
    const actor = async (email: string, at: Date): Promise<Ctx> => {
      const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
      return { ...t.ctx, actor: toActor(u!), clock: { now: () => at } };
    };
    const approve = async (drafter: string, over: Parameters<typeof testInput>[0]) => {
      const at = new Date('2026-03-10T03:00:00Z');
      const d = await draftTest(await actor(drafter, at), testInput({ securityLevel: 'biasa', periodStart: '2026-03-01', periodEnd: '2029-12-31', ...over }));
      await submitTest(await actor(drafter, at), d.id);
      await reviewTest(await actor('utama@pky.go.id', at), d.id, 'forward', {});
      return decideTest(await actor('atasan@pky.go.id', at), d.id, { decision: 'setujui' });
    };
    accountTest = await approve('pupr@pky.go.id', {
      itemTitle: 'Nomor rekening penyedia jasa konstruksi',
      groundCode: 'h.3',
      publicTitle: 'Nomor rekening bank penyedia jasa dalam dokumen kontrak',
      publicSummary: 'Membuka nomor rekening mengungkap kondisi keuangan dan rekening bank seseorang.',
    });
    recordsTest = await approve('dinkes@pky.go.id', {
      publicSummary: 'Membuka rekam medis melanggar rahasia pribadi pasien tentang kesehatannya.',
    });
  });
  afterAll(async () => t.dispose());

  it('takes a request from submission through disposition and the unit answer to the written notice, PDF, email and tracking page', async () => {
    // Monday 16 March 2026, 09:00 WIB: due Tuesday 7 April (kip-domain.md §8.1).
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
    const { request, token } = await submitRequest(system(), citizen);
    expect(request.dueDate).toBe('2026-04-07');
    const path = `/admin/permohonan/${request.id}`;

    const utama = await as('utama@pky.go.id');
    const inbox = await open(utama, '/admin/permohonan');
    expect(inbox.status).toBe(200);
    expect(inbox.text).toContain(request.number);
    expect(inbox.text).toContain('Selasa, 7 April 2026');
    expect(inbox.text).toContain('Tepat waktu');
    expect((await open(utama, '/admin/permohonan?filter=baru')).text).toContain(request.number);
    expect((await open(utama, '/admin/permohonan?filter=terlambat')).text).not.toContain(request.number);

    // Not yet disposed: no PPID Pembantu sees it, even of the unit the applicant addressed.
    const pupr = await as('pupr@pky.go.id');
    expect((await open(pupr, '/admin/permohonan')).text).not.toContain(request.number);
    expect((await open(pupr, path)).status).toBe(403);

    const page = await open(utama, path);
    expect(page.status).toBe(200);
    for (const s of [citizen.name, citizen.idNumber, citizen.address]) expect(page.text).toContain(s);
    expect(page.text).toContain('Senin, 30 Maret 2026'); // default internal deadline: 5 working days before, Good Friday skipped
    const disposed = await utama.post(`${path}/disposisi`, { unitIds: [dpupr], instruction: INSTRUCTION, internalDueDate: '' });
    expect(disposed.status).toBe(303);
    const [d] = await t.db.db.select().from(requestDispositions).where(eq(requestDispositions.requestId, request.id));
    expect(d).toMatchObject({ unitId: dpupr, internalDueDate: '2026-03-30', instruction: INSTRUCTION });
    const [toUnit] = await t.db.db.select().from(outbox).where(eq(outbox.template, 'request_disposed'));
    expect(toUnit!.toAddress).toBe('pupr@pky.go.id');
    expect(toUnit!.textBody).toContain(request.number);
    expect(toUnit!.textBody).toContain(`http://localhost:3000${path}`);
    for (const p of PERSONAL) expect(toUnit!.textBody).not.toContain(p);

    // Now the unit's PPID Pembantu sees it, with the applicant's data; another unit's does not.
    expect((await open(pupr, '/admin/permohonan')).text).toContain(request.number);
    const unitPage = await open(pupr, path);
    expect(unitPage.text).toContain(citizen.name);
    expect(unitPage.text).toContain(INSTRUCTION);
    expect(unitPage.text).not.toContain(`${path}/pemberitahuan`);
    const dinkesB = await as('dinkes@pky.go.id');
    expect((await open(dinkesB, '/admin/permohonan')).text).not.toContain(request.number);
    expect((await open(dinkesB, path)).status).toBe(403);
    expect((await dinkesB.post(`${path}/jawaban-unit`, { dispositionId: d!.id, answer: 'Bukan urusan kami.' }, { csrf: dinkesB.csrf })).status).toBe(403);

    const answered = await pupr.post(`${path}/jawaban-unit`, { dispositionId: d!.id, answer: UNIT_ANSWER, note: 'Siap dikirim lewat email.' });
    expect(answered.status).toBe(303);
    const [toLead] = await t.db.db.select().from(outbox).where(eq(outbox.template, 'request_unit_answered'));
    expect(toLead!.toAddress).toBe('utama@pky.go.id');

    // Read-only roles: the case without personal data, no actions, and a 403 when they try.
    for (const email of ['lihat@pky.go.id', 'atasan@pky.go.id']) {
      const ro = await as(email);
      expect((await open(ro, '/admin/permohonan')).text).toContain(request.number);
      const seen = await open(ro, path);
      expect(seen.status).toBe(200);
      expect(seen.text).toContain(UNIT_ANSWER);
      for (const p of PERSONAL) expect(seen.text, `${email}: ${p}`).not.toContain(p);
      expect(seen.text).not.toContain('action="/admin/permohonan');
      expect((await ro.post(`${path}/disposisi`, { unitIds: [dinkes], instruction: INSTRUCTION })).status).toBe(403);
      expect((await ro.post(`${path}/pemberitahuan`, { outcome: 'tidak_dikuasai', held: 'tidak' })).status).toBe(403);
      expect((await ro.get(`${path}/surat/pemberitahuan.pdf`)).status).toBe(403);
    }

    // A week later, the notice: granted in part, 12 sheets at Rp500 plus Rp10.000 delivery.
    t.clock.set(new Date('2026-03-26T03:00:00Z'));
    const lead = await as('utama@pky.go.id');
    const notice = {
      outcome: 'diberikan_sebagian',
      held: 'ya',
      materialGiven: 'Kontrak No. 602/PUPR/2025 beserta adendum I dan II.',
      materialWithheld: 'Nomor rekening bank penyedia jasa.',
      reason: 'Nomor rekening adalah rahasia pribadi penyedia.',
      consequenceTestId: accountTest.id,
      format: 'softcopy',
      delivery: 'email',
      sheets: '12',
      tariff: '500',
      deliveryCost: '10000',
      paymentMethod: 'Tunai di loket PPID',
      provideWorkingDays: '3',
      internalNote: INTERNAL,
    };
    expect((await lead.post(`${path}/pemberitahuan`, notice)).status).toBe(303);
    const [resp] = await t.db.db.select().from(requestResponses).where(eq(requestResponses.requestId, request.id));
    expect(resp).toMatchObject({
      outcome: 'diberikan_sebagian',
      totalCost: 16_000,
      noticeDate: '2026-03-26',
      noticeNumber: `${request.number}/PT`,
      refusalNumber: null,
      exemptionGround: 'h',
      consequenceTestId: accountTest.id,
    });
    const [row] = await t.db.db.select().from(informationRequests).where(eq(informationRequests.id, request.id));
    expect(row!.status).toBe('answered');
    expect((await lead.post(`${path}/pemberitahuan`, notice)).status).toBe(409);

    // The notice as PDF, from the back office and from the applicant's number and code.
    const pdf = await download(lead, `${path}/surat/pemberitahuan.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    mkdirSync('test-results', { recursive: true });
    writeFileSync(`test-results/pemberitahuan-tertulis-${backendName}.pdf`, bytes);
    const text = await pdfText(bytes);
    for (const s of [
      'PEMBERITAHUAN TERTULIS',
      'PEMERINTAH KOTA PALANGKA RAYA',
      `Nomor: ${request.number}/PT`,
      'Kepada Yth.',
      citizen.name,
      citizen.address,
      'Permohonan dikabulkan sebagian',
      'Pasal 17 huruf h angka 3',
      `Nomor ${accountTest.number}`,
      'Rp16.000',
      '3 hari kerja',
      'Palangka Raya, 26 Maret 2026',
      // Signed by the officer who recorded the decision, with the NIP of their account, not the profile's contact.
      'Petugas Utama NIP 198507122010011005',
      '30 (tiga puluh) hari kerja',
    ]) {
      expect(text, s).toContain(s);
    }
    expect(text).not.toContain(INTERNAL);
    const q = `nomor=${encodeURIComponent(request.number)}&kode=${token}`;
    const mine = await t.app.request(`/permohonan/surat/pemberitahuan.pdf?${q}`);
    expect(mine.status).toBe(200);
    expect(await pdfText(await mine.arrayBuffer())).toContain('Permohonan dikabulkan sebagian');
    expect((await t.app.request(`/permohonan/surat/pemberitahuan.pdf?nomor=${encodeURIComponent(request.number)}&kode=salah`)).status).toBe(404);
    expect((await t.app.request(`/permohonan/surat/penolakan.pdf?${q}`)).status).toBe(404);

    // The applicant's email points to the tracking page.
    const [mail] = await t.db.db.select().from(outbox).where(eq(outbox.template, 'request_answered'));
    expect(mail!.toAddress).toBe(citizen.email);
    expect(mail!.textBody).toContain('Permohonan dikabulkan sebagian');
    expect(mail!.textBody).toContain(`/permohonan/lacak?nomor=${encodeURIComponent(request.number)}`);

    // The tracking page: the steps, the outcome and the date; no personal data, no internal text.
    const tracking = await new Browser(t.app, '10.9.9.9').get(`/permohonan/lacak?${q}`);
    expect(tracking.status).toBe(200);
    for (const s of [
      'Diteruskan ke unit kerja yang menguasai informasi',
      'Diteruskan kepada: Dinas Pekerjaan Umum dan Penataan Ruang.',
      'Unit kerja telah menyiapkan jawaban',
      'Pemberitahuan tertulis dikirim',
      'Permohonan dikabulkan sebagian',
      'Kamis, 26 Maret 2026',
      '/permohonan/surat/pemberitahuan.pdf?',
    ]) {
      expect(tracking.text, s).toContain(s);
    }
    for (const s of [...PERSONAL, INSTRUCTION, UNIT_ANSWER, INTERNAL, 'Siap dikirim', 'rekening']) expect(tracking.text, s).not.toContain(s);

    // The audit trail names numbers and outcomes, never the applicant.
    const audits = await t.db.db
      .select()
      .from(auditLog)
      .where(and(like(auditLog.action, 'request.%'), eq(auditLog.entityId, request.id)))
      .orderBy(asc(auditLog.seq));
    expect(audits.map((a) => a.action)).toEqual(['request.received', 'request.disposed', 'request.unit_answered', 'request.answered']);
    for (const p of PERSONAL) expect(JSON.stringify(audits)).not.toContain(p);
  });

  it('writes the refusal decision with the Pasal 17 ground and the right to object', async () => {
    t.clock.set(new Date('2026-03-16T03:00:00Z'));
    const { request, token } = await submitRequest(system(), { ...citizen, details: 'Rekam medis pasien tertentu di puskesmas kota tahun 2025.' });
    const lead = await as('utama@pky.go.id');
    const res = await lead.post(`/admin/permohonan/${request.id}/pemberitahuan`, {
      outcome: 'ditolak_dikecualikan',
      held: 'ya',
      materialWithheld: 'Rekam medis pasien.',
      reason: 'Rekam medis memuat riwayat kesehatan pribadi.',
      consequenceTestId: recordsTest.id,
    });
    expect(res.status).toBe(303);
    const q = `nomor=${encodeURIComponent(request.number)}&kode=${token}`;
    const refusal = await t.app.request(`/permohonan/surat/penolakan.pdf?${q}`);
    expect(refusal.status).toBe(200);
    const bytes = Buffer.from(await refusal.arrayBuffer());
    writeFileSync(`test-results/surat-penolakan-${backendName}.pdf`, bytes);
    const text = await pdfText(bytes);
    for (const s of [
      'SURAT KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI',
      `${request.number}/SK-TOLAK`,
      citizen.name,
      'Wiraswasta',
      'Pasal 17 huruf h angka 2',
      'Membuka rekam medis melanggar rahasia pribadi pasien tentang kesehatannya.',
      `Penetapan uji konsekuensi Surat Penetapan Klasifikasi Informasi Publik yang Dikecualikan Nomor ${recordsTest.number} tanggal 10 Maret 2026`,
      'Atasan PPID',
      '30 (tiga puluh) hari kerja',
    ]) {
      expect(text, s).toContain(s);
    }
    const notice = await pdfText(await (await t.app.request(`/permohonan/surat/pemberitahuan.pdf?${q}`)).arrayBuffer());
    expect(notice).toContain('Permohonan ditolak: informasi yang dikecualikan');
    expect(notice).toContain(`${request.number}/SK-TOLAK`);
    const tracking = await new Browser(t.app, '10.9.9.8').get(`/permohonan/lacak?${q}`);
    expect(tracking.text).toContain('/permohonan/surat/penolakan.pdf?');
    // The public statistics count refusals by the cited test's ground; an older refusal without a test by its recorded ground.
    const { request: legacy } = await submitRequest(system(), { ...citizen, details: 'Dokumen lain yang ditolak sebelum uji konsekuensi wajib.' });
    await t.db.db.insert(requestResponses).values({
      requestId: legacy.id,
      outcome: 'ditolak_dikecualikan',
      held: true,
      exemptionGround: 'j',
      noticeNumber: `${legacy.number}/PT`,
      noticeDate: '2026-03-16',
      signerName: 'PPID',
      createdAt: t.clock.now(),
    });
    const stats = await (await t.app.request('/statistik-layanan?tahun=2026')).text();
    expect(stats).toContain('Penolakan menurut dasar pengecualian');
    expect(stats).toMatch(/huruf h: mengungkap rahasia pribadi<\/td><td>1<\/td>/);
    expect(stats).toMatch(/huruf j: informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang<\/td><td>1<\/td>/);
    expect(stats).not.toContain('huruf a:');
  });

  it('extends the due date by 7 working days across Good Friday, once, before the deadline; the letter and the email follow', async () => {
    // Monday 9 March 2026: 10 working days around Nyepi and Idul Fitri end Monday 30 March.
    t.clock.set(new Date('2026-03-09T02:00:00Z'));
    const { request, token } = await submitRequest(system(), citizen);
    expect(request.dueDate).toBe('2026-03-30');
    t.clock.set(new Date('2026-03-27T03:00:00Z'));
    const lead = await as('utama@pky.go.id');
    const path = `/admin/permohonan/${request.id}`;

    const short = await lead.post(`${path}/perpanjang`, { extensionReason: 'Sibuk.' });
    expect(short.status).toBe(422);
    expect(short.text).toContain('Tuliskan alasan perpanjangan (minimal 10 karakter).');
    expect(short.text).toContain('Sibuk.');

    const reason = 'Dokumen kontrak masih diarsipkan di gudang dan perlu dipindai.';
    expect((await lead.post(`${path}/perpanjang`, { extensionReason: reason })).status).toBe(303);
    const [row] = await t.db.db.select().from(informationRequests).where(eq(informationRequests.id, request.id));
    // 31 Mar, 1, 2 Apr, (3 Apr Good Friday), 6, 7, 8, 9 Apr.
    expect(row).toMatchObject({ status: 'extended', dueDateBeforeExtension: '2026-03-30', dueDate: '2026-04-09', extensionReason: reason });
    expect((await lead.post(`${path}/perpanjang`, { extensionReason: reason })).status).toBe(409);

    const q = `nomor=${encodeURIComponent(request.number)}&kode=${token}`;
    const letterBytes = Buffer.from(await (await t.app.request(`/permohonan/surat/perpanjangan.pdf?${q}`)).arrayBuffer());
    writeFileSync(`test-results/surat-perpanjangan-${backendName}.pdf`, letterBytes);
    const letter = await pdfText(letterBytes);
    for (const s of [
      'SURAT PEMBERITAHUAN PERPANJANGAN JANGKA WAKTU',
      `${request.number}/PERPANJANGAN`,
      reason,
      '30 Maret 2026',
      '9 April 2026',
      citizen.name,
      'Petugas Utama NIP 198507122010011005',
    ]) {
      expect(letter, s).toContain(s);
    }
    const [mail] = await t.db.db.select().from(outbox).where(eq(outbox.template, 'request_extended'));
    expect(mail!.toAddress).toBe(citizen.email);
    expect(mail!.textBody).toContain('Kamis, 9 April 2026');
    const tracking = await new Browser(t.app, '10.9.9.7').get(`/permohonan/lacak?${q}`);
    expect(tracking.text).toContain('Jangka waktu diperpanjang 7 hari kerja');
    expect(tracking.text).toContain('Kamis, 9 April 2026');
    expect(tracking.text).not.toContain('gudang');

    // A new local holiday inside the extension moves the extended deadline too (10 + 7 from receipt).
    await createCalendarDay(
      { ...t.ctx, actor: systemActor('admin') },
      { date: '2026-04-08', kind: 'libur_lokal', name: 'Libur lokal (uji)', source: 'Keputusan Wali Kota (uji)', stopsClock: true },
    );
    const [moved] = await t.db.db.select().from(informationRequests).where(eq(informationRequests.id, request.id));
    expect(moved).toMatchObject({ status: 'extended', dueDateBeforeExtension: '2026-03-30', dueDate: '2026-04-10' });

    // After its deadline a request can no longer be extended; the inbox marks it overdue.
    t.clock.set(new Date('2026-03-09T02:00:00Z'));
    const late = await submitRequest(system(), { ...citizen, email: 'lain@warga.example' });
    t.clock.set(new Date('2026-03-31T03:00:00Z'));
    const lead2 = await as('utama@pky.go.id');
    const refused = await lead2.post(`/admin/permohonan/${late.request.id}/perpanjang`, { extensionReason: reason });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Batas waktu pemberitahuan sudah lewat');
    const overdue = await lead2.get('/admin/permohonan?filter=terlambat');
    expect(overdue.text).toContain(late.request.number);
    expect(overdue.text).toContain('Terlambat');
    expect(overdue.text).not.toContain(`>${request.number}<`);
    // 9 April is within 3 working days of Tuesday 7 April (7, 8 (holiday now), 9, 10).
    t.clock.set(new Date('2026-04-07T03:00:00Z'));
    const soon = await (await as('utama@pky.go.id')).get('/admin/permohonan?filter=segera');
    expect(soon.text).toContain(`>${request.number}<`);
    expect(soon.text).toContain('Tenggat ≤ 3 hari kerja');
  });

  it('states the day and time of receipt, apart from the due date, on the receipt, the extension letter and the written notice', async () => {
    // Saturday 5 December 2026, 17:09 WIB: the clock counts from Monday 7 December (day 0).
    t.clock.set(new Date('2026-12-05T10:09:00Z'));
    const { request, token } = await submitRequest(system(), { ...citizen, details: 'Daftar penerima hibah kota tahun anggaran 2026.' });
    expect(request.startDate).toBe('2026-12-07');
    const received = 'Sabtu, 5 Desember 2026 pukul 17.09 WIB';
    const q = `nomor=${encodeURIComponent(request.number)}&kode=${token}`;

    const receipt = await pdfText(await (await t.app.request(`/permohonan/tanda-bukti.pdf?${q}`)).arrayBuffer());
    expect(receipt).toContain(`Diterima ${received}`);
    expect(receipt).toContain('10 hari kerja dihitung sejak Senin, 7 Desember 2026 (hari kerja berikutnya');

    t.clock.set(new Date('2026-12-08T03:00:00Z'));
    const lead = await as('utama@pky.go.id');
    const path = `/admin/permohonan/${request.id}`;
    // The new deadline (1 January 2027) lies in a year without a calendar: issued with the officer's confirmation.
    const letter = { extensionReason: 'Data penerima hibah masih direkapitulasi oleh BPKAD.', calendarGapConfirmed: '1' };
    expect((await lead.post(`${path}/perpanjang`, letter)).status).toBe(303);
    const [extended] = await t.db.db.select().from(informationRequests).where(eq(informationRequests.id, request.id));
    const extension = await pdfText(await (await t.app.request(`/permohonan/surat/perpanjangan.pdf?${q}`)).arrayBuffer());
    expect(extension).toContain(`Tanggal diterima ${received}`);
    expect(extension).toContain('Jangka waktu dihitung sejak Senin, 7 Desember 2026 (hari kerja berikutnya)');
    expect(extension).toContain(`Batas waktu setelah perpanjangan ${formatLongDate(extended!.dueDate)}`);

    const answered = await lead.post(`${path}/pemberitahuan`, {
      outcome: 'diberikan_seluruhnya',
      held: 'ya',
      materialGiven: 'Daftar penerima hibah tahun anggaran 2026.',
      format: 'softcopy',
      delivery: 'email',
      sheets: '0',
      tariff: '0',
      deliveryCost: '0',
      paymentMethod: '-',
      provideWorkingDays: '1',
      calendarGapConfirmed: '1',
    });
    expect(answered.status).toBe(303);
    const bytes = Buffer.from(await (await t.app.request(`/permohonan/surat/pemberitahuan.pdf?${q}`)).arrayBuffer());
    mkdirSync('test-results', { recursive: true });
    writeFileSync(`test-results/pemberitahuan-diterima-sabtu-${backendName}.pdf`, bytes);
    const notice = await pdfText(bytes);
    expect(notice).toContain(`permohonan informasi publik yang kami terima pada ${received} dengan nomor pendaftaran ${request.number}`);
    expect(notice).toContain(`Tanggal diterima ${received}`);
    expect(notice).toContain('Jangka waktu dihitung sejak Senin, 7 Desember 2026 (hari kerja berikutnya)');
    expect(notice).toContain(`Batas waktu pemberitahuan tertulis ${formatLongDate(extended!.dueDate)}`);
    expect(notice).not.toMatch(/terima pada (Senin, )?7 Desember/);
  });

  it('keeps the Buku Register Permohonan with the regulation columns, as a page and as xlsx, for the PPID Utama only', async () => {
    const utama = await as('utama@pky.go.id');
    const year = Number((await t.db.db.select({ y: informationRequests.year }).from(informationRequests).limit(1))[0]!.y);
    const page = await open(utama, `/admin/permohonan/register?tahun=${year}`);
    expect(page.status).toBe(200);
    for (const col of [
      'Nomor Pendaftaran',
      'Status Informasi',
      'Jenis Permohonan',
      'Alasan Penolakan',
      'Hari dan Tanggal Pemberitahuan Tertulis',
      'Biaya dan Cara Pembayaran',
    ]) {
      expect(page.text).toContain(col);
    }
    const all = await t.db.db.select().from(informationRequests).where(eq(informationRequests.year, year));
    for (const r of all) expect(page.text).toContain(r.number);
    const x = await download(utama, `/admin/permohonan/register.xlsx?tahun=${year}`);
    expect(x.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await x.arrayBuffer());
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell('A1').value)).toContain(`BUKU REGISTER PERMOHONAN INFORMASI PUBLIK TAHUN ${year}`);
    expect(ws.getRow(3).getCell(2).value).toBe('Nomor Pendaftaran');
    expect(ws.rowCount).toBe(3 + all.length);
    const decisions = Array.from({ length: all.length }, (_, i) => String(ws.getRow(4 + i).getCell(13).value));
    expect(decisions.some((d) => d !== 'Dalam proses')).toBe(true);
    for (const email of ['pupr@pky.go.id', 'atasan@pky.go.id', 'lihat@pky.go.id']) {
      const b = await as(email);
      expect((await open(b, `/admin/permohonan/register?tahun=${year}`)).status, email).toBe(403);
      expect((await download(b, `/admin/permohonan/register.xlsx?tahun=${year}`)).status, email).toBe(403);
    }
  });

  it('publishes service statistics for the year: counts, decisions, working days, no personal data', async () => {
    const year = Number((await t.db.db.select({ y: informationRequests.year }).from(informationRequests).limit(1))[0]!.y);
    const all = await t.db.db.select().from(informationRequests).where(eq(informationRequests.year, year));
    const answered = await t.db.db.select().from(requestResponses);
    const page = await new Browser(t.app).get(`/statistik-layanan?tahun=${year}`);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(new RegExp(`<dt>Permohonan diterima</dt><dd>${all.length}</dd>`));
    expect(page.text).toMatch(new RegExp(`<dt>Sudah dijawab tertulis</dt><dd>${answered.length}</dd>`));
    expect(page.text).toContain('Permohonan ditolak: informasi yang dikecualikan');
    expect(page.text).toContain('Dinas Pekerjaan Umum dan Penataan Ruang');
    for (const r of all) {
      expect(page.text).not.toContain(r.name);
      expect(page.text).not.toContain(r.number);
    }
    const en = new Browser(t.app);
    expect((await en.get(`/en/statistik-layanan?tahun=${year}`)).text).toContain('Answered within the deadline');
  });

  it('checks the forms: messages in Indonesian (or English), values kept, nothing written', async () => {
    t.clock.set(new Date('2026-03-16T04:00:00Z'));
    const { request } = await submitRequest(system(), { ...citizen, email: 'ketiga@warga.example' });
    const path = `/admin/permohonan/${request.id}`;
    const lead = await as('utama@pky.go.id');

    const none = await lead.post(`${path}/disposisi`, { instruction: 'Cek', internalDueDate: '2026-02-30' });
    expect(none.status).toBe(422);
    for (const s of ['Pilih minimal satu unit kerja.', 'Tuliskan instruksi untuk unit kerja (minimal 5 karakter).', 'Tanggal tidak valid'])
      expect(none.text).toContain(s);
    expect(none.text).toContain('2026-02-30');
    const late = await lead.post(`${path}/disposisi`, { unitIds: [dpupr], instruction: INSTRUCTION, internalDueDate: '2026-04-08' });
    expect(late.status).toBe(422);
    expect(late.text).toContain('Tenggat internal tidak boleh melewati batas waktu pemberitahuan tertulis.');
    expect(late.text).toContain(INSTRUCTION);

    const bad = await lead.post(`${path}/pemberitahuan`, {
      outcome: 'diberikan_seluruhnya',
      held: 'ya',
      sheets: '1.000',
      materialGiven: '',
      internalNote: INTERNAL,
    });
    expect(bad.status).toBe(422);
    for (const s of [
      'Sebutkan informasi yang akan diberikan.',
      'Pilih bentuk informasi.',
      'Pilih cara penyampaian.',
      'Isi angka bulat 0 atau lebih',
      'Isi waktu penyediaan',
    ]) {
      expect(bad.text, s).toContain(s);
    }
    expect(bad.text).toContain(INTERNAL);
    expect(bad.text).toContain('value="1.000"');
    const refusal = await lead.post(`${path}/pemberitahuan`, { outcome: 'ditolak_dikecualikan', held: 'ya' });
    for (const s of ['Pilih uji konsekuensi yang telah ditetapkan dan masih berlaku (UU KIP Pasal 19).', 'Tuliskan alasannya.'])
      expect(refusal.text, s).toContain(s);
    // The test is offered in the form, and so is the way to draft one for this request.
    expect(refusal.text).toContain(`${recordsTest.number} · Rekam medis pasien rumah sakit daerah`);
    expect(refusal.text).toContain(`/admin/uji-konsekuensi/baru?permohonan=${request.id}`);
    // A test that is not approved, or unknown, is refused.
    const unknown = await lead.post(`${path}/pemberitahuan`, {
      outcome: 'ditolak_dikecualikan',
      held: 'ya',
      reason: 'Rekam medis.',
      consequenceTestId: '00000000-0000-0000-0000-000000000000',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.text).toContain('Uji konsekuensi ini tidak (lagi) berlaku pada tanggal pemberitahuan.');

    const en = new Browser(t.app, '10.2.0.9');
    en.cookies.set('qg_lang', 'en');
    await en.login('utama@pky.go.id');
    await en.get('/admin');
    const enBad = await en.post(`${path}/disposisi`, { instruction: '' });
    expect(enBad.status).toBe(422);
    expect(enBad.text).toContain('Choose at least one agency.');

    expect(await t.db.db.select().from(requestDispositions).where(eq(requestDispositions.requestId, request.id))).toHaveLength(0);
    expect(await t.db.db.select().from(requestResponses).where(eq(requestResponses.requestId, request.id))).toHaveLength(0);
    expect((await lead.get('/admin/permohonan/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });
});
