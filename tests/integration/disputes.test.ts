// Disputes at the Komisi Informasi: recorded on a refused request after the objection, with the default
// commission from the body's province, the 14-working-day warning, forward-only stages, hearings, the
// outcome (and the release it calls for), the decision file checked by content, the follow-up; the
// continuous case history in time order, the tracking page and API without personal data, the audit
// log, role checks; everything over app.request().
import { readFileSync } from 'node:fs';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Ctx } from '../../src/context.js';
import { auditLog, classifiedItems, dipEntries, consequenceTests, disputes, objections, outbox, publicBody, units, users } from '../../src/db/schema/index.js';
import { provinceOf } from '../../src/domain/disputes/commission.js';
import { changeStage } from '../../src/domain/disputes/change-dispute-stage.js';
import { filingCheck } from '../../src/domain/disputes/check-dispute-filing.js';
import { registerDispute } from '../../src/domain/disputes/register-dispute.js';
import { finality } from '../../src/domain/disputes/shared.js';
import { runExpiryReviews } from '../../src/domain/exemptions/reviews.js';
import { addDays, formatLongDate } from '../../src/domain/calendar/dates.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { AppError } from '../../src/errors.js';
import { caseHistory } from '../../src/domain/requests/case-history.js';
import { decideObjection, fileObjection } from '../../src/domain/objections/objections.js';
import { respondRequest } from '../../src/domain/requests/respond-request.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { disposedUnits, loadRequest } from '../../src/domain/requests/case.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

const APPLICANT = {
  name: 'Rustam Effendi',
  idNumber: '6271031509800007',
  address: 'Jl. Beliang No. 21, Palangka Raya',
  email: 'rustam@warga.example',
  phone: '0813 4900 1122',
};
const PERSONAL = Object.values(APPLICANT);
const SECRET = 'RAHASIA-DAFTAR-PASIEN-TBC';
const HEARING_NOTE = 'Sidang pertama: termohon hadir diwakili Kabag Hukum.';
const REP = 'Kepala Bagian Hukum Setda, kuasa Atasan PPID';

describe(`disputes at the Komisi Informasi (${backendName})`, () => {
  let t: TestApp;
  let requestId = '';
  let number = '';
  let code = '';
  let disputeId = '';
  let testId = '';
  const system = (): Ctx => ({ ...t.ctx, actor: systemActor('uji') });
  let atasanUser: Ctx['actor'];

  async function as(email: string) {
    const b = new Browser(t.app, '10.3.0.1');
    expect((await b.login(email)).status, `login ${email}`).toBe(303);
    await b.get('/admin');
    return b;
  }
  const cookie = (b: Browser) => [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  /** A multipart upload with the browser's session and form token. */
  async function upload(b: Browser, path: string, file: { name: string; bytes: Uint8Array; type: string } | null) {
    const form = new FormData();
    form.append('_csrf', b.csrf);
    if (file) form.append('file', new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
    else form.append('file', new File([], '', { type: 'application/octet-stream' }));
    const res = await t.app.request(path, { method: 'POST', body: form, headers: { cookie: cookie(b) } });
    return { status: res.status, text: await res.text(), location: res.headers.get('location') };
  }

  beforeAll(async () => {
    t = await createTestApp();
    await t.db.db
      .insert(publicBody)
      .values({
        id: 1,
        name: 'Pemerintah Kota Palangka Raya',
        shortName: 'Palangka Raya',
        address: 'Jl. Tjilik Riwut Km. 5,5, Palangka Raya, Kalimantan Tengah 73112',
      })
      .onConflictDoUpdate({ target: publicBody.id, set: { address: 'Jl. Tjilik Riwut Km. 5,5, Palangka Raya, Kalimantan Tengah 73112' } });
    const [dinkes] = await t.db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
    await makeUser(t.ctx, { email: 'utama@pky.go.id', roles: ['ppid_utama'], name: 'Petugas Utama' });
    const atasan = await makeUser(t.ctx, { email: 'atasan@pky.go.id', roles: ['atasan_ppid'], name: 'Ir. Hera Nugrahayu' });
    await makeUser(t.ctx, { email: 'dinkes@pky.go.id', roles: ['ppid_pembantu'], unitId: dinkes!.id });
    await makeUser(t.ctx, { email: 'lihat@pky.go.id', roles: ['viewer'] });
    const [a] = await t.db.db.select().from(users).where(eq(users.id, atasan.id));
    atasanUser = { kind: 'user', id: a!.id, name: a!.name, email: a!.email, roles: a!.roles as never, unitId: null, locale: 'id', clearance: 'none' };

    // Monday 16 March 2026: the request; Friday 20 March (after Nyepi and cuti bersama): refused as exempt.
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
    const r = await submitRequest(system(), {
      applicantType: 'perorangan',
      ...APPLICANT,
      details: 'Data jumlah penderita tuberkulosis per kelurahan tahun 2025 beserta nama puskesmas yang menangani.',
      purpose: 'Advokasi kesehatan masyarakat.',
      obtainMethod: 'salinan',
      copyFormat: 'softcopy',
      deliveryMethod: 'email',
      unit: 'dinkes',
      consent: true,
    });
    requestId = r.request.id;
    number = r.request.number;
    code = r.token;
    // The approved consequence test the refusal rests on (as the exemptions work makes it), with a secret.
    const [item] = await t.db.db
      .insert(classifiedItems)
      .values({
        unitId: dinkes!.id,
        number: 'INF/DINKES/2026/0001',
        title: SECRET,
        securityLevel: 'terbatas',
        origin: 'permohonan',
        requestId,
        createdAt: t.clock.now(),
        updatedAt: t.clock.now(),
      })
      .returning();
    const [test] = await t.db.db
      .insert(consequenceTests)
      .values({
        itemId: item!.id,
        unitId: dinkes!.id,
        moment: 'saat_permohonan',
        ground: 'h',
        legalBasis: 'UU 36/2009 Pasal 57',
        withheldInformation: SECRET,
        harm: SECRET,
        publicInterest: SECRET,
        publicTitle: 'Data pasien per kelurahan',
        publicSummary: 'Rahasia pribadi pasien',
        periodStart: '2026-03-20',
        periodEnd: '2031-03-20',
        status: 'approved',
        createdAt: t.clock.now(),
        updatedAt: t.clock.now(),
      })
      .returning();
    testId = test!.id;
    t.clock.set(new Date('2026-03-20T03:00:00Z'));
    await respondRequest({ ...system() }, requestId, {
      outcome: 'ditolak_dikecualikan',
      held: 'ya',
      reason: 'Data memuat rahasia pribadi pasien.',
      consequenceTestId: testId,
    });
    // Monday 23 March: the objection; Monday 6 April: the Atasan PPID upholds the refusal.
    t.clock.set(new Date('2026-03-25T03:00:00Z'));
    await fileObjection(system(), number, code, { grounds: ['penolakan_pasal17'], caseSummary: 'Data agregat per kelurahan bukan rahasia pribadi siapa pun.' });
    t.clock.set(new Date('2026-04-06T03:00:00Z'));
    const objs = await t.db.db.select().from(objections);
    await decideObjection({ ...t.ctx, actor: atasanUser }, objs[0]!.id, {
      decision: 'ditolak_menguatkan_ppid',
      reasons: 'Data memuat nama puskesmas dan jumlah kecil yang dapat mengungkap identitas pasien.',
    });
  });
  afterAll(async () => t.dispose());

  it('finds the province in an address, the last one named, the longest spelling', () => {
    expect(provinceOf('Jl. Tjilik Riwut Km. 5,5, Palangka Raya, Kalimantan Tengah 73112')).toBe('Kalimantan Tengah');
    expect(provinceOf('Jl. Kalimantan Barat No. 1, Surabaya, Jawa Timur')).toBe('Jawa Timur');
    expect(provinceOf('Jl. Ahmad Yani, Sorong, Papua Barat Daya')).toBe('Papua Barat Daya');
    expect(provinceOf('Jl. Malioboro, Daerah Istimewa Yogyakarta')).toBe('DI Yogyakarta');
    expect(provinceOf('Jl. Merdeka No. 1')).toBeNull();
  });

  it('counts the 14 working days from the answer, or from the lapse of the Atasan PPID’s 30 days (a warning, never a refusal)', async () => {
    const o = (await t.db.db.select().from(objections))[0]!;
    const pending = { ...o, status: 'received' as const, decision: null, decidedAt: null, dueDate: '2026-05-08' };
    // Decided on Monday 6 April: the last day is Friday 24 April.
    expect(await filingCheck(t.ctx, '2026-04-24', o)).toMatchObject({ status: 'within', lastDay: '2026-04-24' });
    expect(await filingCheck(t.ctx, '2026-04-27', o)).toMatchObject({ status: 'late', lastDay: '2026-04-24' });
    // Not answered: before its deadline of 8 May the filing is early; after it, 14 working days from then
    // (Ascension, Idul Adha, Pancasila and their cuti bersama do not count): Thursday 4 June.
    expect((await filingCheck(t.ctx, '2026-05-04', pending)).status).toBe('early');
    expect(await filingCheck(t.ctx, '2026-06-04', pending)).toMatchObject({ status: 'within', lastDay: '2026-06-04' });
    const late = await filingCheck(t.ctx, '2026-06-05', pending);
    expect(late).toMatchObject({ status: 'late', lastDay: '2026-06-04' });
    expect(late.message.id).toContain('lewatnya batas waktu tanggapan Atasan PPID tanpa tanggapan');
    expect(late.message.en).toContain("the lapse of the Atasan PPID's time to answer");
    expect((await filingCheck(t.ctx, '2026-04-20', null)).status).toBe('no_objection');
  });

  it('is recorded by the PPID Utama with the default commission, checked, once', async () => {
    // Monday 20 April 2026, within 14 working days of the answer of 6 April (last day: Friday 24 April).
    t.clock.set(new Date('2026-04-20T03:00:00Z'));
    const utama = await as('utama@pky.go.id');
    const reqPage = await utama.get(`/admin/permohonan/${requestId}`);
    expect(reqPage.text).toContain(`/admin/sengketa/baru?permohonan=${requestId}`);
    // A request without an objection is not offered the dispute form.
    const other = await submitRequest(system(), {
      applicantType: 'perorangan',
      ...APPLICANT,
      email: 'lain@warga.example',
      details: 'Jadwal imunisasi puskesmas tahun 2026.',
      purpose: 'Keperluan keluarga.',
      obtainMethod: 'melihat',
      consent: true,
    });
    expect((await utama.get(`/admin/permohonan/${other.request.id}`)).text).not.toContain('/admin/sengketa/baru');
    const form = await utama.get(`/admin/sengketa/baru?permohonan=${requestId}`);
    expect(form.status).toBe(200);
    expect(form.text).toContain('value="Komisi Informasi Provinsi Kalimantan Tengah"');
    expect(form.text).toContain('Jumat, 24 April 2026');

    const bad = await utama.post('/admin/sengketa', { requestId, commission: 'KI', caseNumber: '', filedOn: '20-04-2026' });
    expect(bad.status).toBe(422);
    for (const m of [
      'Isi nama Komisi Informasi (minimal 5 karakter).',
      'Isi nomor register perkara dari Komisi Informasi.',
      'Isi tanggal dengan format TTTT-BB-HH',
    ])
      expect(bad.text).toContain(m);
    expect(bad.text).toContain('value="KI"');
    const future = await utama.post('/admin/sengketa', {
      requestId,
      commission: 'Komisi Informasi Provinsi Kalimantan Tengah',
      caseNumber: '007/IV/KI-KT-PS/2026',
      filedOn: '2026-04-21',
    });
    expect(future.status).toBe(422);
    expect(future.text).toContain('Tanggal pendaftaran sengketa tidak boleh setelah hari ini.');
    expect(await t.db.db.select().from(disputes)).toHaveLength(0);

    const ok = await utama.post('/admin/sengketa', {
      requestId,
      commission: 'Komisi Informasi Provinsi Kalimantan Tengah',
      caseNumber: '007/IV/KI-KT-PS/2026',
      filedOn: '2026-04-17',
      respondentRep: REP,
    });
    expect(ok.status).toBe(303);
    const [d] = await t.db.db.select().from(disputes);
    disputeId = d!.id;
    expect(d).toMatchObject({ requestId, stage: 'pemeriksaan_awal', caseNumber: '007/IV/KI-KT-PS/2026', filedOn: '2026-04-17' });
    expect(d!.objectionId).not.toBeNull();
    const page = await utama.get(ok.location!);
    expect(page.text).toContain('Sengketa dicatat dan masuk riwayat permohonan.');
    expect(page.text).toContain('Diajukan dalam 14 hari kerja sejak tanggapan Atasan PPID (batas Jumat, 24 April 2026).');

    const again = await utama.post('/admin/sengketa', { requestId, commission: 'Komisi Informasi Pusat', caseNumber: 'X-1', filedOn: '2026-04-17' });
    expect(again.status).toBe(409);
    expect(again.text).toContain('Sengketa atas permohonan ini sudah dicatat');
    expect(await t.db.db.select().from(disputes)).toHaveLength(1);
  });

  it('warns, without refusing, when the filing date is past the 14 working days', async () => {
    t.clock.set(new Date('2026-04-28T03:00:00Z'));
    const utama = await as('utama@pky.go.id');
    const details = { commission: 'Komisi Informasi Provinsi Kalimantan Tengah', caseNumber: '007/IV/KI-KT-PS/2026', respondentRep: REP };
    expect((await utama.post(`/admin/sengketa/${disputeId}/data`, { ...details, filedOn: '2026-04-27' })).status).toBe(303);
    const late = await utama.get(`/admin/sengketa/${disputeId}`);
    expect(late.text).toContain('Diajukan melewati 14 hari kerja sejak tanggapan Atasan PPID (batas Jumat, 24 April 2026; UU KIP Pasal 37 ayat (2)).');
    expect(late.text).toContain('class="warn-box"');
    // A typing mistake after all: back to the real date.
    expect((await utama.post(`/admin/sengketa/${disputeId}/data`, { ...details, filedOn: '2026-04-17' })).status).toBe(303);
    expect((await utama.get(`/admin/sengketa/${disputeId}`)).text).toContain('Diajukan dalam 14 hari kerja');
  });

  it('refuses mediation for a dispute over a Pasal 17 refusal (objection ground a): it goes to adjudication (UU KIP Ps 40(2))', async () => {
    t.clock.set(new Date('2026-05-04T03:00:00Z'));
    const atasan = await as('atasan@pky.go.id');
    const page = await atasan.get(`/admin/sengketa/${disputeId}`);
    expect(page.text).toContain('value="ajudikasi"');
    expect(page.text).not.toContain('value="mediasi"');
    expect(page.text).not.toContain('value="mediasi_sepakat"');
    expect(page.text).not.toContain('name="mediationResult"');
    expect(page.text).toContain('tidak dapat dimediasi');
    const stage = await atasan.post(`/admin/sengketa/${disputeId}/tahap`, { stage: 'mediasi' });
    expect(stage.status).toBe(422);
    expect(stage.text).toContain('Mediasi tidak dapat ditempuh: sengketa ini atas penolakan berdasarkan pengecualian Pasal 17');
    const outcome = await atasan.post(`/admin/sengketa/${disputeId}/hasil`, {
      outcome: 'mediasi_sepakat',
      decidedOn: '2026-05-04',
      mediationResult: 'Para pihak sepakat data diberikan dalam bentuk agregat.',
    });
    expect(outcome.status).toBe(422);
    expect(outcome.text).toContain('Mediasi tidak dapat ditempuh');
    // The domain says it in English too, and nothing was written.
    const [u] = await t.db.db.select().from(users).where(eq(users.email, 'atasan@pky.go.id'));
    const err = await changeStage({ ...t.ctx, actor: toActor(u!) }, disputeId, { stage: 'mediasi' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(422);
    expect(JSON.stringify((err as AppError).fields)).toContain('goes to non-litigation adjudication; mediation is only for grounds b–g (Art. 40(2))');
    const [d] = await t.db.db.select().from(disputes);
    expect(d).toMatchObject({ stage: 'pemeriksaan_awal', outcome: null, mediationResult: '' });
  });

  it('moves forward through the stages, with hearings, and never back', async () => {
    t.clock.set(new Date('2026-05-04T03:00:00Z'));
    const atasan = await as('atasan@pky.go.id');
    expect((await atasan.post(`/admin/sengketa/${disputeId}/tahap`, { stage: 'ajudikasi' })).status).toBe(303);
    const back = await atasan.post(`/admin/sengketa/${disputeId}/tahap`, { stage: 'pemeriksaan_awal' });
    expect(back.status).toBe(422);
    expect(back.text).toContain('Tahap sengketa hanya dapat maju; tahap ini sudah dilewati.');
    const none = await atasan.post(`/admin/sengketa/${disputeId}/tahap`, {});
    expect(none.status).toBe(422);
    expect(none.text).toContain('Pilih tahap sengketa.');

    const early = await atasan.post(`/admin/sengketa/${disputeId}/sidang`, { date: '2026-04-01', note: 'x' });
    expect(early.status).toBe(422);
    expect(early.text).toContain('Tanggal sidang tidak boleh sebelum sengketa didaftarkan.');
    expect((await atasan.post(`/admin/sengketa/${disputeId}/sidang`, { date: '2026-05-12', note: 'Sidang kedua: pemeriksaan saksi.' })).status).toBe(303);
    expect((await atasan.post(`/admin/sengketa/${disputeId}/sidang`, { date: '2026-04-28', note: HEARING_NOTE })).status).toBe(303);
    t.clock.set(new Date('2026-05-13T03:00:00Z'));
    const utama = await as('utama@pky.go.id');
    const same = await utama.post(`/admin/sengketa/${disputeId}/tahap`, { stage: 'ajudikasi' });
    expect(same.status).toBe(422);
    expect(same.text).toContain('Sengketa sudah pada tahap ini.');
    const [d] = await t.db.db.select().from(disputes);
    expect(d!.stage).toBe('ajudikasi');
    expect(d!.hearings.map((h) => h.date)).toEqual(['2026-04-28', '2026-05-12']);
  });

  it('counts a ruling final only when final and binding, not appealed by the body, or past its appeal window (UU KIP Ps 47–48)', () => {
    const base = { stage: 'putusan' as const, appeal: null, appealLastDay: '2026-07-06' };
    expect(finality(base, '2026-07-06')).toBe('open_window');
    expect(finality(base, '2026-07-07')).toBe('final');
    expect(finality({ ...base, appealLastDay: null }, '2027-01-01')).toBe('unknown');
    expect(finality({ ...base, appeal: 'waived' }, '2026-06-16')).toBe('final');
    expect(finality({ ...base, appeal: 'appealed' }, '2027-01-01')).toBe('appealed');
    expect(finality({ ...base, stage: 'berkekuatan_hukum_tetap', appeal: 'appealed' }, '2027-01-01')).toBe('final');
  });

  it('records the ruling; a ruling that opens the information ends its exemption once final (Ps 11(2), 47–48)', async () => {
    t.clock.set(new Date('2026-06-15T03:00:00Z'));
    const utama = await as('utama@pky.go.id');
    const bad = await utama.post(`/admin/sengketa/${disputeId}/hasil`, { outcome: 'dibuka', decidedOn: '2026-06-16', ruling: 'pendek' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Tuliskan amar putusan (minimal 10 karakter).');
    expect(bad.text).toContain('Tanggal putusan tidak boleh setelah hari ini.');
    const ok = await utama.post(`/admin/sengketa/${disputeId}/hasil`, {
      outcome: 'dibuka',
      decidedOn: '2026-06-12',
      rulingReceivedOn: '2026-06-15',
      ruling: 'Mengabulkan permohonan Pemohon untuk seluruhnya; menyatakan informasi jumlah penderita per kelurahan sebagai informasi terbuka.',
    });
    expect(ok.status).toBe(303);
    const [d] = await t.db.db.select().from(disputes);
    expect(d).toMatchObject({ outcome: 'dibuka', decidedOn: '2026-06-12', stage: 'putusan', rulingReceivedOn: '2026-06-15', appeal: null });
    // Not final yet: 14 working days from receipt to bring it to the PTUN/PN (UU KIP Ps 47–48); the exemption stands.
    expect(d!.appealLastDay! > '2026-07-02').toBe(true);
    const pending = await utama.get(`/admin/sengketa/${disputeId}`);
    expect(pending.text).toContain('belum berkekuatan hukum tetap');
    expect(pending.text).toContain(`Batas keberatan ke pengadilan: ${formatLongDate(d!.appealLastDay!)}`);
    const stillExempt = async () => (await t.db.db.select().from(consequenceTests).where(eq(consequenceTests.id, testId)))[0]!.status;
    expect(await stillExempt()).toBe('approved');
    t.clock.set(new Date(`${d!.appealLastDay}T09:00:00Z`));
    expect((await runExpiryReviews(system())).rulingsFinal).toBe(0);
    expect(await stillExempt()).toBe('approved');
    // The window passed without an appeal: the ruling is final and the daily run ends the exemption.
    t.clock.set(new Date(`${addDays(d!.appealLastDay!, 1)}T03:00:00Z`));
    expect((await runExpiryReviews(system())).rulingsFinal).toBe(1);
    expect((await runExpiryReviews(system())).rulingsFinal).toBe(0);
    const page = await (await as('utama@pky.go.id')).get(`/admin/sengketa/${disputeId}`);
    expect(page.text).toContain('UU KIP Pasal 11 ayat (2)');
    expect(page.text).toContain('pengecualiannya telah diakhiri');
    expect(page.text).not.toContain(SECRET);
    // Opened in full: the exemption ended with the ruling and a DIP draft waits in the item's unit.
    const [test] = await t.db.db.select().from(consequenceTests).where(eq(consequenceTests.id, testId));
    expect(test!.status).toBe('released');
    const [item] = await t.db.db.select().from(classifiedItems).where(eq(classifiedItems.id, test!.itemId));
    expect(item!.status).toBe('released');
    const drafts = await t.db.db.select().from(dipEntries).where(eq(dipEntries.unitId, test!.unitId));
    expect(drafts.map((e) => e.status)).toEqual(['draft']);
  });

  it('takes the decision as a PDF only, checked by content', async () => {
    const utama = await as('utama@pky.go.id');
    const path = `/admin/sengketa/${disputeId}/putusan`;
    const exe = await upload(utama, path, { name: 'putusan.pdf', bytes: readFileSync('tests/fixtures/program.pdf'), type: 'application/pdf' });
    expect(exe.status).toBe(415);
    expect(exe.text).toContain('Berkas putusan harus berupa PDF');
    const png = await upload(utama, path, { name: 'putusan.pdf', bytes: readFileSync('tests/fixtures/gambar.png'), type: 'application/pdf' });
    expect(png.status).toBe(415);
    const empty = await upload(utama, path, null);
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('Pilih berkas PDF putusan terlebih dahulu.');
    expect((await t.db.db.select().from(disputes))[0]!.decisionSha256).toBeNull();

    const pdf = readFileSync('tests/fixtures/dokumen.pdf');
    const ok = await upload(utama, path, { name: 'C:\\Putusan\\Putusan 007 KI Kalteng.PDF', bytes: pdf, type: 'application/pdf' });
    expect(ok.status).toBe(303);
    const [d] = await t.db.db.select().from(disputes);
    expect(d!.decisionFilename).toBe('Putusan 007 KI Kalteng.pdf');
    const back = await t.app.request(`${path}.pdf`, { headers: { cookie: cookie(utama) } });
    expect(back.status).toBe(200);
    expect(back.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await back.arrayBuffer()).equals(pdf)).toBe(true);
    // The applicant gets it with the number and code; nobody else.
    const mine = await t.app.request(`/permohonan/sengketa/putusan.pdf?nomor=${encodeURIComponent(number)}&kode=${code}`);
    expect(mine.status).toBe(200);
    expect(Buffer.from(await mine.arrayBuffer()).equals(pdf)).toBe(true);
    expect((await t.app.request(`/permohonan/sengketa/putusan.pdf?nomor=${encodeURIComponent(number)}&kode=salah`)).status).toBe(404);
    const pembantu = await as('dinkes@pky.go.id');
    expect((await t.app.request(`${path}.pdf`, { headers: { cookie: cookie(pembantu) } })).status).toBe(403);
  });

  it('closes with the follow-up, after which nothing changes', async () => {
    t.clock.set(new Date('2026-07-01T03:00:00Z'));
    const utama = await as('utama@pky.go.id');
    expect((await utama.post(`/admin/sengketa/${disputeId}/tindak-lanjut`, { followUp: 'pendek' })).status).toBe(303);
    const closed = await utama.post(`/admin/sengketa/${disputeId}/tindak-lanjut`, {
      followUp: 'Data jumlah penderita per kelurahan diberikan kepada pemohon pada 29 Juni 2026.',
      close: '1',
    });
    expect(closed.status).toBe(303);
    const [d] = await t.db.db.select().from(disputes);
    expect(d!.closedAt).not.toBeNull();
    const late = await utama.post(`/admin/sengketa/${disputeId}/tahap`, { stage: 'berkekuatan_hukum_tetap' });
    expect(late.status).toBe(409);
    expect(late.text).toContain('Perkara sengketa ini sudah ditutup.');
    const list = await utama.get('/admin/sengketa');
    expect(list.text).toContain('007/IV/KI-KT-PS/2026');
    expect(list.text).toContain('selesai');
  });

  it('shows one continuous history in time order, with the letters', async () => {
    const r = await loadRequest(t.db.db, requestId);
    const utamaActor = (await t.db.db.select().from(users).where(eq(users.email, 'utama@pky.go.id')))[0]!;
    const ctx: Ctx = {
      ...t.ctx,
      actor: {
        kind: 'user',
        id: utamaActor.id,
        name: utamaActor.name,
        email: utamaActor.email,
        roles: ['ppid_utama'],
        unitId: null,
        locale: 'id',
        clearance: 'none',
      },
    };
    const h = await caseHistory(ctx, r, await disposedUnits(t.db.db, r.id));
    expect(h.map((i) => i.kind)).toEqual([
      'received',
      'answered',
      'objection_filed',
      'objection_decided',
      'dispute_registered', // 20 April
      'dispute_hearing', // held on 28 April (recorded later), before that day's corrections
      'dispute_registered', // the filing date corrected twice on 28 April
      'dispute_registered',
      'dispute_stage', // adjudication, 4 May (no mediation on ground a)
      'dispute_hearing', // 12 May
      'dispute_decided',
      'dispute_closed',
    ]);
    for (let i = 1; i < h.length; i++) expect(h[i]!.at.getTime()).toBeGreaterThanOrEqual(h[i - 1]!.at.getTime());
    const links = h.flatMap((i) => i.links.map((l) => l.href));
    for (const l of [
      `/admin/permohonan/${requestId}/surat/pemberitahuan.pdf`,
      `/admin/permohonan/${requestId}/surat/penolakan.pdf`,
      `/admin/sengketa/${disputeId}/putusan.pdf`,
    ])
      expect(links).toContain(l);
    expect(links.some((l) => /^\/admin\/keberatan\/[0-9a-f-]{36}\/surat\.pdf$/.test(l))).toBe(true);
    expect(h.find((i) => i.kind === 'dispute_hearing')!.detail).toBe(HEARING_NOTE);

    const utama = await as('utama@pky.go.id');
    const page = await utama.get(`/admin/permohonan/${requestId}`);
    expect(page.text).toContain('Riwayat perkara');
    const at = (s: string) => page.text.indexOf(s);
    expect(at('Sengketa informasi didaftarkan di Komisi Informasi Provinsi Kalimantan Tengah')).toBeGreaterThan(at('Keberatan 001/KEB/III/2026 diputuskan'));
    expect(at('Perkara sengketa selesai.')).toBeGreaterThan(at('Informasi dinyatakan terbuka (tanggal'));
    expect(page.text).not.toContain(SECRET);

    // A read-only viewer sees the steps, but not the hearing notes or the dispute's own page.
    const viewer = await as('lihat@pky.go.id');
    const seen = await viewer.get(`/admin/permohonan/${requestId}`);
    expect(seen.status).toBe(200);
    expect(seen.text).toContain('Sidang sengketa di Komisi Informasi Provinsi Kalimantan Tengah');
    expect(seen.text).not.toContain(HEARING_NOTE);
    expect(seen.text).not.toContain(`/admin/sengketa/${disputeId}`);
  });

  it('shows the dispute on the tracking page and in the API, without personal data or internal notes', async () => {
    const b = new Browser(t.app);
    const page = await b.get(`/permohonan/lacak?nomor=${encodeURIComponent(number)}&kode=${code}`);
    expect(page.status).toBe(200);
    for (const s of [
      'Sengketa didaftarkan di Komisi Informasi',
      '007/IV/KI-KT-PS/2026',
      'Tahap sengketa: Ajudikasi nonlitigasi.',
      'Informasi dinyatakan terbuka',
      'Perkara sengketa selesai',
      '/permohonan/sengketa/putusan.pdf?',
    ])
      expect(page.text).toContain(s);
    for (const s of [...PERSONAL, HEARING_NOTE, REP, 'Mengabulkan permohonan Pemohon', SECRET]) expect(page.text, s).not.toContain(s);
    // The objection stage is over: no new objection from here, nor through the API.
    expect(page.text).not.toContain('href="/permohonan/keberatan?');
    const objection = await t.app.request('/api/v1/objections', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ number, code, grounds: ['tidak_dipenuhi'], caseSummary: 'Putusan Komisi Informasi belum juga dilaksanakan.' }),
    });
    expect(objection.status).toBe(409);
    expect(((await objection.json()) as { title: string }).title).toContain('sudah dalam penyelesaian sengketa di Komisi Informasi');

    const api = await t.app.request(`/api/v1/requests/status?number=${encodeURIComponent(number)}&code=${code}`);
    const json = (await api.json()) as { dispute: Record<string, unknown>; steps: { kind: string }[]; objections: unknown[] };
    expect(json.dispute).toMatchObject({ caseNumber: '007/IV/KI-KT-PS/2026', stage: 'putusan', outcome: 'dibuka', decidedOn: '2026-06-12' });
    expect(json.steps.map((s) => s.kind)).toContain('dispute_closed');
    expect(json.objections).toHaveLength(1);
    const text = JSON.stringify(json);
    for (const s of [...PERSONAL, HEARING_NOTE, REP, SECRET]) expect(text).not.toContain(s);
  });

  it('audits every change with numbers, never personal data or classified content', async () => {
    const rows = await t.db.db.select().from(auditLog).where(like(auditLog.action, 'dispute.%'));
    expect(rows.map((r) => r.action).sort()).toEqual(
      [
        'dispute.registered',
        'dispute.updated',
        'dispute.updated',
        'dispute.stage',
        'dispute.hearing',
        'dispute.hearing',
        'dispute.outcome',
        'dispute.decision_file',
        'dispute.follow_up',
        'dispute.closed',
      ].sort(),
    );
    const all = JSON.stringify(rows);
    for (const s of [...PERSONAL, SECRET, 'Putusan 007 KI Kalteng']) expect(all).not.toContain(s);
    expect(all).toContain('007/IV/KI-KT-PS/2026');
    const mails = await t.db.db.select().from(outbox);
    for (const m of mails) expect(m.textBody).not.toContain(SECRET);
  });

  it('is for the PPID Utama and the Atasan PPID only', async () => {
    for (const email of ['dinkes@pky.go.id', 'lihat@pky.go.id']) {
      const b = await as(email);
      expect((await b.get('/admin/sengketa')).status, email).toBe(403);
      expect((await b.get(`/admin/sengketa/${disputeId}`)).status, email).toBe(403);
      expect((await b.get(`/admin/sengketa/baru?permohonan=${requestId}`)).status, email).toBe(403);
      expect((await b.post('/admin/sengketa', { requestId, commission: 'Komisi Informasi Pusat', caseNumber: 'X', filedOn: '2026-04-17' })).status, email).toBe(
        403,
      );
      expect(
        (await b.post(`/admin/sengketa/${disputeId}/hasil`, { outcome: 'tertutup', decidedOn: '2026-06-12', ruling: 'Menolak seluruhnya permohonan.' })).status,
      ).toBe(403);
    }
    const anon = new Browser(t.app);
    expect((await anon.get('/admin/sengketa')).status).not.toBe(200);
  });
  it('carries out an opening ruling at once when the body records that it will not appeal; an appeal keeps the exemption', async () => {
    t.clock.set(new Date('2026-08-03T03:00:00Z'));
    const [dinkes] = await t.db.db.select().from(units).where(eq(units.code, 'dinkes'));
    const r = await submitRequest(system(), {
      applicantType: 'perorangan',
      ...APPLICANT,
      email: 'ketiga@warga.example',
      details: 'Daftar puskesmas yang kekurangan vaksin campak tahun 2026.',
      purpose: 'Pemberitaan.',
      obtainMethod: 'melihat',
      unit: 'dinkes',
      consent: true,
    });
    const made = async (n: string) => {
      const [item] = await t.db.db
        .insert(classifiedItems)
        .values({
          unitId: dinkes!.id,
          number: `INF/DINKES/2026/01${n}`,
          title: SECRET,
          securityLevel: 'terbatas',
          origin: 'permohonan',
          requestId: r.request.id,
          createdAt: t.clock.now(),
          updatedAt: t.clock.now(),
        })
        .returning();
      const [test] = await t.db.db
        .insert(consequenceTests)
        .values({
          itemId: item!.id,
          unitId: dinkes!.id,
          ground: 'c',
          legalBasis: 'UU 14/2008 Pasal 17 huruf c',
          withheldInformation: SECRET,
          harm: SECRET,
          publicInterest: SECRET,
          publicTitle: `Stok vaksin per puskesmas ${n}`,
          publicSummary: 'Ketersediaan vaksin',
          periodStart: '2026-03-20',
          periodEnd: '2031-03-20',
          status: 'approved',
          createdAt: t.clock.now(),
          updatedAt: t.clock.now(),
        })
        .returning();
      return test!.id;
    };
    const waivedTest = await made('1');
    await respondRequest(system(), r.request.id, {
      outcome: 'ditolak_dikecualikan',
      held: 'ya',
      reason: 'Data stok vaksin dikecualikan.',
      consequenceTestId: waivedTest,
    });
    const utama = await as('utama@pky.go.id');
    const [u] = await t.db.db.select().from(users).where(eq(users.email, 'utama@pky.go.id'));
    const d = await registerDispute({ ...t.ctx, actor: toActor(u!) }, r.request.id, {
      commission: 'Komisi Informasi Provinsi Kalimantan Tengah',
      caseNumber: '011/VIII/KI-KT-PS/2026',
      filedOn: '2026-08-03',
    });
    const ruling = {
      outcome: 'dibuka',
      decidedOn: '2026-08-03',
      rulingReceivedOn: '2026-08-03',
      ruling: 'Menyatakan informasi stok vaksin sebagai informasi terbuka.',
    };
    expect((await utama.post(`/admin/sengketa/${d.id}/hasil`, ruling)).status).toBe(303);
    const status = async () => (await t.db.db.select().from(consequenceTests).where(eq(consequenceTests.id, waivedTest)))[0]!.status;
    expect(await status()).toBe('approved');
    const page = await utama.get(`/admin/sengketa/${d.id}`);
    expect(page.text).toContain('name="appeal"');
    const bad = await utama.post(`/admin/sengketa/${d.id}/banding`, { recordedOn: '2026-08-03' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Pilih sikap badan publik atas putusan');
    // Appealed to the court: the exemption stands, even after the window.
    expect((await utama.post(`/admin/sengketa/${d.id}/banding`, { appeal: 'appealed', recordedOn: '2026-08-03' })).status).toBe(303);
    expect((await t.db.db.select().from(disputes).where(eq(disputes.id, d.id)))[0]).toMatchObject({ appeal: 'appealed', stage: 'keberatan_pengadilan' });
    expect(await status()).toBe('approved');
    // The body then records that it will not pursue it further: the ruling is final, the exemption ends.
    expect((await utama.post(`/admin/sengketa/${d.id}/banding`, { appeal: 'waived', recordedOn: '2026-08-03' })).status).toBe(303);
    expect(await status()).toBe('released');
    const drafts = await t.db.db.select().from(dipEntries).where(eq(dipEntries.unitId, dinkes!.id));
    expect(drafts.length).toBe(2);
  });
});
