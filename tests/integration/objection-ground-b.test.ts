// An objection on ground b of UU KIP Ps 35(1) (information that must be published was not) filed without a
// request: by the web use case and by staff intake, other grounds refused without a request, the numbering
// shared with objections on requests, the 30 working days, the register and the Atasan PPID's decision.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { objections } from '../../src/db/schema/index.js';
import { fileUnpublishedObjection } from '../../src/domain/objections/file-unpublished-objection.js';
import { objectionRegister } from '../../src/domain/objections/register.js';
import { hashToken } from '../../src/domain/requests/submit-request.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

const citizen = {
  name: 'Yohanes Kristian',
  idNumber: '6271 0144 0388 0002',
  address: 'Jl. Rajawali No. 3, Palangka Raya',
  phone: '081234500099',
  email: 'yohanes@example.org',
  unpublishedInformation: 'Laporan keuangan Dinas Pendidikan tahun 2025 belum diumumkan di laman PPID.',
  caseSummary: 'Laporan keuangan adalah informasi berkala (Pasal 9) tetapi sampai hari ini tidak ada di laman PPID.',
};

describe(`objection on ground b without a request (${backendName})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'], name: 'Utama' });
    await makeUser(t.ctx, { email: 'atasan@kota.example', roles: ['atasan_ppid'], name: 'Atasan' });
    // Wednesday 18 March 2026, 10:00 WIB.
    t.clock.set(new Date('2026-03-18T03:00:00Z'));
  });
  afterAll(async () => t.dispose());

  it('files it without a request: own applicant, number, 30 working days, hashed code', async () => {
    const { objection: o, code } = await fileUnpublishedObjection(t.ctx, citizen);
    expect(o.number).toBe('001/KEB/III/2026');
    expect(o.requestId).toBeNull();
    expect(o.grounds).toEqual(['berkala_tidak_disediakan']);
    expect(o.applicantIdNumber).toBe('6271014403880002');
    expect(o.trackingTokenHash).toBe(hashToken(code));
    expect(o.trackingTokenHash).not.toContain(code);
    // 30 working days from Wed 18 March 2026 across Nyepi and Idul Fitri: not the plain 30 weekdays (29 April).
    expect(o.dueDate > '2026-04-29').toBe(true);
  });

  it('refuses other grounds without a request, with a clear message, and stores nothing', async () => {
    const before = (await t.db.db.select().from(objections)).length;
    await expect(fileUnpublishedObjection(t.ctx, { ...citizen, grounds: ['tidak_ditanggapi'] })).rejects.toMatchObject({
      status: 422,
      fields: { grounds: { id: expect.stringContaining('hanya dapat diajukan dengan alasan huruf b') } },
    });
    await expect(fileUnpublishedObjection(t.ctx, { ...citizen, email: '', phone: '' })).rejects.toMatchObject({ status: 422 });
    await expect(fileUnpublishedObjection(t.ctx, { ...citizen, idNumber: '123' })).rejects.toMatchObject({ status: 422 });
    expect((await t.db.db.select().from(objections)).length).toBe(before);
  });

  it('the database refuses a request-less objection on another ground', async () => {
    await expect(
      t.db.db.insert(objections).values({
        number: 'X/KEB',
        year: 2026,
        seq: 99,
        requestId: null,
        grounds: ['tidak_ditanggapi'],
        caseSummary: 'x',
        receivedAt: new Date(),
        dueDate: '2026-05-01',
        createdAt: new Date(),
        updatedAt: new Date(),
        applicantName: 'A',
        unpublishedInformation: 'B',
      }),
    ).rejects.toThrow();
  });

  it('staff intake: ground b without a request number, sharing the numbering; other grounds refused', async () => {
    const b = new Browser(t.app);
    await b.login('utama@kota.example');
    const page = await b.get('/admin/keberatan/baru');
    expect(page.status).toBe(200);
    expect(page.text).toContain('unpublishedInformation');
    const receipt = { channel: 'surat', receivedDate: '2026-03-18', receivedTime: '09:00' };
    const refused = await b.post('/admin/keberatan/baru', { ...citizen, ...receipt, requestNumber: '', grounds: 'tidak_ditanggapi', proxyName: '' });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('hanya dapat diajukan dengan alasan huruf b');
    const ok = await b.post('/admin/keberatan/baru', { ...citizen, ...receipt, requestNumber: '', grounds: 'berkala_tidak_disediakan', proxyName: '' });
    expect(ok.status).toBe(303);
    const [o] = await t.db.db.select().from(objections).where(eq(objections.number, '002/KEB/III/2026'));
    expect(o).toMatchObject({ channel: 'surat', requestId: null, applicantName: citizen.name });
    const shown = await b.get(`/admin/keberatan/${o!.id}`);
    expect(shown.status).toBe(200);
    expect(shown.text).toContain('Tanpa permohonan');
    expect(shown.text).toContain('Laporan keuangan Dinas Pendidikan');
    expect(shown.text).not.toContain('/admin/permohonan/');
  });

  it('the register lists them with the applicant of the objection, and the Atasan PPID decides one', async () => {
    const staff = {
      ...t.ctx,
      actor: { kind: 'user' as const, id: '00000000-0000-0000-0000-000000000000', roles: ['atasan_ppid' as const], unitId: null, name: 'Atasan' },
    };
    const rows = await objectionRegister(staff as never, 2026);
    expect(rows.map((r) => r.number)).toEqual(['001/KEB/III/2026', '002/KEB/III/2026']);
    expect(rows[0]!.applicant).toContain(citizen.name);
    expect(rows[0]!.requestNumber).toContain('huruf b');
    const [o] = await t.db.db.select().from(objections).where(eq(objections.number, '001/KEB/III/2026'));
    const b = new Browser(t.app);
    await b.login('atasan@kota.example');
    await b.get(`/admin/keberatan/${o!.id}`);
    const res = await b.post(`/admin/keberatan/${o!.id}/putusan`, {
      decision: 'dikabulkan',
      reasons: 'Laporan keuangan adalah informasi berkala dan wajib diumumkan paling lambat enam bulan sekali.',
      followUp: 'PPID mengumumkan laporan keuangan 2025 di laman PPID.',
      followUpWorkingDays: '',
    });
    expect(res.status).toBe(303);
    const [d] = await t.db.db.select().from(objections).where(eq(objections.id, o!.id));
    expect(d).toMatchObject({ status: 'decided', decision: 'dikabulkan' });
    const pdf = await b.get(`/admin/keberatan/${o!.id}/surat.pdf`);
    expect(pdf.status).toBe(200);
  });

  it('public: the form without JS, the receipt with number and code, tracking by number + code (forgiving), wrong code 404, no personal data', async () => {
    const b = new Browser(t.app);
    const entry = await b.get('/permohonan/keberatan');
    expect(entry.text).toContain('/permohonan/keberatan/huruf-b');
    const form = await b.get('/permohonan/keberatan/huruf-b');
    expect(form.status).toBe(200);
    expect(form.text).not.toContain('<script');
    const bad = await b.post('/permohonan/keberatan/huruf-b', { ...citizen, unpublishedInformation: '', unitId: '', proxyName: '' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Uraikan informasi yang wajib diumumkan');
    const res = await b.post('/permohonan/keberatan/huruf-b', { ...citizen, unitId: '', proxyName: '' });
    expect(res.status).toBe(201);
    expect(res.text).toContain('003/KEB/III/2026');
    const code = /<code>([0-9A-Z]{24})<\/code>/.exec(res.text)![1]!;
    const [o] = await t.db.db.select().from(objections).where(eq(objections.number, '003/KEB/III/2026'));
    expect(o).toMatchObject({ channel: 'web', requestId: null, trackingTokenHash: hashToken(code) });
    // Forgiving: lower case, spaces, no leading zeros, the code in lower case with a dash.
    const typed = `/permohonan/keberatan/lacak?nomor=${encodeURIComponent(' 3/keb/iii/2026 ')}&kode=${encodeURIComponent(code.toLowerCase().slice(0, 12) + '-' + code.toLowerCase().slice(12))}`;
    const tracked = await b.get(typed);
    expect(tracked.status).toBe(200);
    expect(tracked.text).toContain('003/KEB/III/2026');
    expect(tracked.text).toContain('Diperiksa Atasan PPID');
    for (const secret of [citizen.name, '6271014403880002', citizen.address, citizen.email, citizen.phone, 'Laporan keuangan Dinas Pendidikan']) {
      expect(tracked.text).not.toContain(secret);
    }
    const wrong = await b.get(`/permohonan/keberatan/lacak?nomor=003%2FKEB%2FIII%2F2026&kode=${'A'.repeat(24)}`);
    expect(wrong.status).toBe(404);
    expect(wrong.text).not.toContain('Diperiksa Atasan PPID');
  });
});
