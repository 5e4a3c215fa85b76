// Issue #14, "deadlines across a year without a calendar": a request received Monday 7 December 2026 is
// extended to Friday 1 January 2027 while 2027 has no calendar. The case page, the tracking page and the
// letter forms warn; a letter is issued only once the officer confirms (422 without, recorded in the audit
// log); importing 2027's holidays from a file (preview, then confirm with its token) moves the deadline to
// Monday 4 January; a broken file writes nothing; the administrators are reminded from 1 October.
import { and, desc, eq, gte, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Ctx } from '../../src/context.js';
import { auditLog, informationRequests, nonWorkingDays, objections, outbox, remindersSent, units } from '../../src/db/schema/index.js';
import { runReminders } from '../../src/domain/reminders/reminders.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { citizenRequest } from '../helpers/factories.js';
import { deliveredBody } from '../helpers/mail.js';

const CSV_2027 = [
  'Tanggal;Nama;Jenis',
  '01/01/2027;Tahun Baru 2027 Masehi;libur',
  '2027-01-02;"Uji, baris ganda";libur',
  '2027-01-02;"Uji, baris ganda";libur',
  '30/02/2027;Tanggal tidak ada;libur',
  '2027-01-05;Hari aneh;libur kantor',
].join('\r\n');

const ICS_2027 = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270101',
  'DTEND;VALUE=DATE:20270102',
  'SUMMARY:Tahun Baru 2027 Masehi',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270104',
  'DTEND;VALUE=DATE:20270106',
  'SUMMARY:Cuti bersama uji',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe(`calendar import and years without a calendar (${backendName})`, () => {
  let t: TestApp;
  let requestId = '';
  let secondId = '';
  let secondNumber = '';
  let secondCode = '';
  let track = '';
  const job = (): Ctx => ({ ...t.ctx, actor: systemActor('uji') });

  beforeAll(async () => {
    t = await createTestApp();
    await t.db.db.insert(units).values({ code: 'dpupr', name: 'Dinas PUPR' });
    await makeUser(t.ctx, { email: 'admin@uji.example', roles: ['admin'] });
    await makeUser(t.ctx, { email: 'utama@uji.example', roles: ['ppid_utama'] });
    t.clock.set(new Date('2026-12-07T03:00:00Z')); // Monday 7 December 2026, 10:00 WIB
    const r = await submitRequest(job(), citizenRequest());
    requestId = r.request.id;
    track = `/permohonan/lacak?nomor=${encodeURIComponent(r.request.number)}&kode=${r.token}`;
    expect(r.request.dueDate).toBe('2026-12-21');
    const second = await submitRequest(job(), citizenRequest({ details: 'Daftar penerima hibah tahun anggaran 2026 beserta nilainya.' }));
    [secondId, secondNumber, secondCode] = [second.request.id, second.request.number, second.token];
    await makeUser(t.ctx, { email: 'atasan@uji.example', roles: ['atasan_ppid'] });
  });
  afterAll(async () => t.dispose());

  const row = async () => (await t.db.db.select().from(informationRequests).where(eq(informationRequests.id, requestId)))[0]!;
  const rows2027 = async () => t.db.db.select().from(nonWorkingDays).where(gte(nonWorkingDays.date, '2027-01-01'));

  async function upload(b: Browser, name: string, content: string | Uint8Array, fields: Record<string, string> = {}) {
    await b.get('/admin/kalender/impor');
    const form = new FormData();
    form.append('_csrf', b.csrf);
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new File([typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content)], name, { type: 'text/plain' }));
    const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await t.app.request('/admin/kalender/impor', { method: 'POST', body: form, headers: { cookie, 'x-forwarded-for': '10.0.0.9' } });
    const text = await res.text();
    const m = /name="_csrf" value="([^"]+)"/.exec(text);
    if (m) b.csrf = m[1]!;
    return { status: res.status, text };
  }
  const hidden = (html: string, name: string) => {
    const m = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
    return m
      ? m[1]!
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&')
          .replace(/&#39;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
      : '';
  };

  it('an extension letter whose deadline lies in 2027 (no calendar) needs the confirmation: 422 without it, recorded with it', async () => {
    t.clock.set(new Date('2026-12-10T03:00:00Z'));
    const b = new Browser(t.app);
    await b.login('utama@uji.example');
    const page = await b.get(`/admin/permohonan/${requestId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Kalender hari libur tahun 2027 belum dimuat; tenggat dapat bergeser.');
    expect(page.text).toContain('name="calendarGapConfirmed"');

    const reason = 'Informasi tersebar di beberapa unit dan perlu dihimpun.';
    const refused = await b.post(`/admin/permohonan/${requestId}/perpanjang`, { extensionReason: reason });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Centang konfirmasi bahwa surat tetap diterbitkan dengan tenggat ini.');
    expect((await row()).status).toBe('received');

    const ok = await b.post(`/admin/permohonan/${requestId}/perpanjang`, { extensionReason: reason, calendarGapConfirmed: '1' });
    expect(ok.status).toBe(303);
    expect(await row()).toMatchObject({ status: 'extended', dueDateBeforeExtension: '2026-12-21', dueDate: '2027-01-01' });
    const [audit] = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'request.extended'));
    expect(JSON.stringify(audit!.summary)).toContain('calendarGapConfirmed');
    expect(JSON.stringify(audit!.summary)).toContain('2027');

    const en = new Browser(t.app);
    await en.login('utama@uji.example');
    await en.get('/bahasa/en?next=/admin');
    expect((await en.get(`/admin/permohonan/${requestId}`)).text).toContain('The holiday calendar for 2027 has not been loaded; deadlines may shift.');
  });

  it('so does the written notice, whose objection window (30 working days, Ps 36(1)) runs into 2027', async () => {
    const b = new Browser(t.app);
    await b.login('utama@uji.example');
    await b.get(`/admin/permohonan/${secondId}`);
    const notice = {
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
    };
    const refused = await b.post(`/admin/permohonan/${secondId}/pemberitahuan`, notice);
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Kalender hari libur tahun 2027 belum dimuat; tenggat dapat bergeser.');
    expect(refused.text).toContain('aria-invalid="true"');
    const [before] = await t.db.db.select().from(informationRequests).where(eq(informationRequests.id, secondId));
    expect(before!.status).toBe('received');
    expect((await b.post(`/admin/permohonan/${secondId}/pemberitahuan`, { ...notice, calendarGapConfirmed: '1' })).status).toBe(303);
    const [answered] = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'request.answered'));
    expect(JSON.stringify(answered!.summary)).toContain('calendarGapConfirmed');
  });

  it("and so does the Atasan PPID's objection response (its 14 working days to the Komisi Informasi run into 2027): 422 without it", async () => {
    const citizen = new Browser(t.app);
    await citizen.get(`/permohonan/keberatan?nomor=${encodeURIComponent(secondNumber)}&kode=${secondCode}`);
    const filed = await citizen.post('/permohonan/keberatan', {
      nomor: secondNumber,
      kode: secondCode,
      grounds: ['tidak_sesuai_permintaan'],
      caseSummary: 'Jawaban tidak memuat nilai hibah yang saya minta dalam permohonan.',
    });
    expect(filed.status).toBe(303);
    const [o] = await t.db.db.select().from(objections).where(eq(objections.requestId, secondId));
    const atasan = new Browser(t.app);
    await atasan.login('atasan@uji.example');
    const page = await atasan.get(`/admin/keberatan/${o!.id}`);
    expect(page.text).toContain('Kalender hari libur tahun 2027 belum dimuat; tenggat dapat bergeser.');
    expect(page.text).toContain('id="f-calendarGapConfirmed-decide"');
    const decision = { decision: 'dikabulkan', reasons: 'Nilai hibah adalah informasi publik dan harus diberikan.' };
    const refused = await atasan.post(`/admin/keberatan/${o!.id}/putusan`, decision);
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Centang konfirmasi bahwa surat tetap diterbitkan dengan tenggat ini.');
    expect((await t.db.db.select().from(objections).where(eq(objections.id, o!.id)))[0]!.status).toBe('received');
    // Left open: its own deadline (30 working days, Ps 36(2)) moves with the import below.
    expect(o!.dueDate).toBe('2027-01-25');
  });

  it("the citizen's tracking page warns too", async () => {
    const page = await new Browser(t.app).get(track);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Kalender hari libur tahun 2027 belum dimuat; tenggat dapat bergeser.');
  });

  it("and the citizen's account: the list and the request's page", async () => {
    const b = new Browser(t.app);
    await b.get('/akun');
    expect((await b.post('/akun/masuk', { email: 'yohanes@warga.example' })).status).toBe(303);
    const [m] = await t.db.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.toAddress, 'yohanes@warga.example'), eq(outbox.template, 'citizen_sign_in')))
      .orderBy(desc(outbox.createdAt))
      .limit(1);
    const token = /\/akun\/masuk\/([A-Za-z0-9_-]+)/.exec(deliveredBody(m!, t.ctx.keys))![1]!;
    await b.get(`/akun/masuk/${token}`);
    expect((await b.post(`/akun/masuk/${token}`, {})).status).toBe(303);
    const list = await b.get('/akun');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Kalender hari libur tahun 2027 belum dimuat; tenggat dapat bergeser.');
    const one = await b.get(`/akun/permohonan/${requestId}`);
    expect(one.status).toBe(200);
    expect(one.text).toContain('Kalender hari libur tahun 2027 belum dimuat; tenggat dapat bergeser.');
  });

  it.each([
    ['kosong.csv', '', /Pilih berkas CSV atau .ics/],
    ['biner.csv', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), /Berkas bukan teks/],
    ['latin1.csv', new Uint8Array([0x74, 0x61, 0x6e, 0x67, 0x67, 0x61, 0x6c, 0xe9, 0x0a]), /bukan teks UTF-8/],
    ['tanpa-judul.csv', '2027-01-01;Tahun Baru;libur\n', /judul kolom/],
    ['terpotong.ics', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\n', /terpotong/],
    ['semua-ditolak.csv', 'tanggal;nama\n2027-13-01;Bulan salah\n', /Tidak ada baris yang dapat diimpor/],
  ])('a malformed file %s: 4xx with a clear message, nothing written', async (name, content, message) => {
    const b = new Browser(t.app);
    await b.login('admin@uji.example');
    const r = await upload(b, name, content);
    expect(r.status).toBe(422);
    expect(r.text).toMatch(message);
    expect(r.text).not.toMatch(/at .*\.ts:\d+/);
    expect(await rows2027()).toHaveLength(0);
  });

  it('only the administrator imports', async () => {
    const b = new Browser(t.app);
    await b.login('utama@uji.example');
    expect((await b.get('/admin/kalender/impor')).status).toBe(403);
  });

  it('an iCalendar file gives a preview (multi-day DTEND, cuti bersama from the summary) and writes nothing', async () => {
    const b = new Browser(t.app);
    await b.login('admin@uji.example');
    const r = await upload(b, 'libur-2027.ics', ICS_2027);
    expect(r.status).toBe(200);
    expect(r.text).toContain('3 ditambahkan, 0 diubah, 0 sudah tercatat, 0 baris ditolak.');
    expect(r.text).toContain('Cuti bersama uji');
    expect(r.text).toContain('2027-01-05');
    expect(await rows2027()).toHaveLength(0);
  });

  it('a CSV import: preview (added, rejected lines with reasons), confirm with the token, audit, and the open deadline moves', async () => {
    const b = new Browser(t.app);
    await b.login('admin@uji.example');
    const preview = await upload(b, 'libur-2027.csv', CSV_2027, { source: 'SKB uji 2027' });
    expect(preview.status).toBe(200);
    expect(preview.text).toContain('2 ditambahkan, 0 diubah, 0 sudah tercatat, 3 baris ditolak.');
    expect(preview.text).toContain('Sama dengan baris 3 dalam berkas.');
    expect(preview.text).toContain('Tanggal &quot;30/02/2027&quot; tidak valid');
    expect(preview.text).toContain('Jenis &quot;libur kantor&quot; tidak dikenal');
    expect(await rows2027()).toHaveLength(0);
    expect((await row()).dueDate).toBe('2027-01-01');

    const payload = hidden(preview.text, 'payload');
    const token = hidden(preview.text, 'token');
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect((await b.post('/admin/kalender/impor/konfirmasi', { payload, token: 'f'.repeat(64) })).status).toBe(409);
    expect((await b.post('/admin/kalender/impor/konfirmasi', { payload: '{"days":[]}', token })).status).toBe(400);
    expect(await rows2027()).toHaveLength(0);

    const done = await b.post('/admin/kalender/impor/konfirmasi', { payload, token });
    expect(done.status).toBe(303);
    expect(done.location).toBe('/admin/kalender?tahun=2027&ok=calendar.imported');
    const days = await rows2027();
    expect(days.map((d) => [d.date, d.kind, d.name, d.source]).sort()).toEqual([
      ['2027-01-01', 'libur_nasional', 'Tahun Baru 2027 Masehi', 'SKB uji 2027'],
      ['2027-01-02', 'libur_nasional', 'Uji, baris ganda', 'SKB uji 2027'],
    ]);
    // 1 January is a holiday now: the 7th working day after 21 December 2026 is Monday 4 January 2027.
    expect((await row()).dueDate).toBe('2027-01-04');
    const actions = (await t.db.db.select({ action: auditLog.action }).from(auditLog)).map((a) => a.action);
    expect(actions).toContain('calendar.imported');
    expect(actions).toContain('request.deadline_recomputed');
    // The open objection filed on 10 December 2026: 30 working days end on 26 January 2027, not 25.
    const [objection] = await t.db.db.select().from(objections).where(eq(objections.requestId, secondId));
    expect(objection!.dueDate).toBe('2027-01-26');
    expect(actions).toContain('objection.deadline_recomputed');
    // With 2027 loaded, the Atasan's response needs no confirmation any more.
    const atasan = new Browser(t.app);
    await atasan.login('atasan@uji.example');
    await atasan.get(`/admin/keberatan/${objection!.id}`);
    const decided = await atasan.post(`/admin/keberatan/${objection!.id}/putusan`, {
      decision: 'dikabulkan',
      reasons: 'Nilai hibah adalah informasi publik dan harus diberikan.',
    });
    expect(decided.status).toBe(303);

    // The same confirmation again: the calendar changed since that preview.
    expect((await b.post('/admin/kalender/impor/konfirmasi', { payload, token })).status).toBe(409);
    // The same file again: everything already present, nothing to confirm.
    const again = await upload(b, 'libur-2027.csv', CSV_2027, { source: 'SKB uji 2027' });
    expect(again.text).toContain('0 ditambahkan, 0 diubah, 2 sudah tercatat, 3 baris ditolak.');
    expect(again.text).not.toContain('name="token"');

    // With 2027 loaded, no warning on the case page.
    const lead = new Browser(t.app);
    await lead.login('utama@uji.example');
    expect((await lead.get(`/admin/permohonan/${requestId}`)).text).not.toContain('belum dimuat');
  });

  it('an import that renames a national holiday shows it as a change', async () => {
    const b = new Browser(t.app);
    await b.login('admin@uji.example');
    const r = await upload(b, 'koreksi.csv', 'date,name,kind\n2027-01-01,Tahun Baru Masehi 2027,libur\n');
    expect(r.text).toContain('0 ditambahkan, 1 diubah, 0 sudah tercatat, 0 baris ditolak.');
    expect(r.text).toContain('Tahun Baru 2027 Masehi (Libur nasional)');
  });

  it('reminds the administrators from 1 October, at most once a week, until next year is loaded (fixed clock)', async () => {
    const sent = async () => (await t.db.db.select().from(outbox).where(eq(outbox.template, 'calendar_missing'))).length;
    expect((await runReminders(job(), { date: '2027-09-30' })).calendarMissing).toBeUndefined();
    expect(await sent()).toBe(0);
    t.clock.set(new Date('2027-10-01T01:00:00Z'));
    const first = await runReminders(job(), { date: '2027-10-01' });
    expect(first.calendarMissing).toEqual({ year: 2028, sent: 1 });
    const [mail] = await t.db.db.select().from(outbox).where(eq(outbox.template, 'calendar_missing'));
    expect(mail!.toAddress).toBe('admin@uji.example');
    expect(mail!.subject).toBe('Kalender hari libur tahun 2028 belum dimuat');
    expect((await runReminders(job(), { date: '2027-10-01' })).calendarMissing).toEqual({ year: 2028, sent: 0 });
    expect((await runReminders(job(), { date: '2027-10-07' })).calendarMissing).toEqual({ year: 2028, sent: 0 });
    expect((await runReminders(job(), { date: '2027-10-08' })).calendarMissing).toEqual({ year: 2028, sent: 1 });
    expect(await sent()).toBe(2);
    expect(await t.db.db.select().from(remindersSent).where(like(remindersSent.caseKey, 'calendar:2028:%'))).toHaveLength(2);

    const admin = new Browser(t.app);
    await admin.login('admin@uji.example');
    const dash = await admin.get('/admin');
    expect(dash.text).toContain('Kalender hari libur tahun 2028 belum dimuat.');
    expect(dash.text).toContain('href="/admin/kalender/impor"');

    await t.db.db.insert(nonWorkingDays).values({ date: '2028-01-01', kind: 'libur_nasional', name: 'Tahun Baru 2028 Masehi' });
    expect((await runReminders(job(), { date: '2027-10-15' })).calendarMissing).toBeUndefined();
    expect(await sent()).toBe(2);
    expect((await admin.get('/admin')).text).not.toContain('belum dimuat');
    expect(
      await t.db.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'calendar.missing_reminded'))),
    ).toHaveLength(2);
  });
});
