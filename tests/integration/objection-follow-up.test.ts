// Follow-through of a granted objection: the Atasan PPID's decision opens the PPID's task with its own deadline
// (the decision's working days, or the body's default), shown on the objection and case pages and in the
// register's badges; once past its date it is overdue; the PPID Utama records it carried out, which closes it.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, systemActor } from '../../src/context.js';
import { auditLog, informationRequests, objectionFollowUps, objections, publicBody, requestEvents, users } from '../../src/db/schema/index.js';
import { units } from '../../src/db/schema/index.js';
import { computeDeadline } from '../../src/domain/calendar/load-calendar.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { openFollowUpTasks } from '../../src/domain/objections/list-follow-ups.js';
import { followUpDeadline } from '../../src/domain/objections/open-follow-up.js';
import { decideObjection, fileObjection } from '../../src/domain/objections/objections.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { insertPublicBody } from '../helpers/factories.js';

const REQUEST = {
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
} as const;

describe(`objection follow-up (${backendName})`, () => {
  let t: TestApp;
  let requestId = '';
  let objectionId = '';
  let number = '';
  let code = '';
  const actorOf = async (email: string) => toActor((await t.db.db.select().from(users).where(eq(users.email, email)))[0]!);

  beforeAll(async () => {
    t = await createTestApp();
    const [u] = await t.db.db.insert(units).values({ code: 'dishub', name: 'Dinas Perhubungan' }).returning();
    await makeUser(t.ctx, { email: 'atasan@kota.example', roles: ['atasan_ppid'] });
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'], name: 'Rina PPID' });
    await makeUser(t.ctx, { email: 'pembantu@dishub.example', roles: ['ppid_pembantu'], unitId: u!.id });
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
    const r = await submitRequest({ ...t.ctx, actor: systemActor('uji') }, { ...REQUEST });
    requestId = r.request.id;
    number = r.request.number;
    code = r.token;
    // Unanswered past its deadline (7 April): the applicant objects on 9 April.
    t.clock.set(new Date('2026-04-09T03:00:00Z'));
    const o = await fileObjection({ ...t.ctx, actor: anonymous }, number, code, {
      grounds: ['tidak_ditanggapi'],
      caseSummary: 'Sudah lewat sepuluh hari kerja tanpa jawaban apa pun dari PPID.',
    });
    objectionId = o.id;
  });
  afterAll(async () => t.dispose());

  it('the request is late before the decision', async () => {
    const b = new Browser(t.app);
    await b.login('utama@kota.example');
    const late = await b.get('/admin/permohonan?filter=terlambat');
    expect(late.text).toContain(number);
  });

  it('a granted decision opens a task with the body’s default deadline; a bad period is refused', async () => {
    t.clock.set(new Date('2026-04-13T03:00:00Z')); // Monday 13 April
    const atasan = new Browser(t.app);
    await atasan.login('atasan@kota.example');
    await atasan.get(`/admin/keberatan/${objectionId}`);
    const bad = await atasan.post(`/admin/keberatan/${objectionId}/putusan`, {
      decision: 'dikabulkan',
      reasons: 'PPID tidak menjawab dalam jangka waktu Pasal 22 ayat (7).',
      followUpWorkingDays: '0',
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Jangka waktu tindak lanjut: bilangan 1–60 hari kerja, atau kosongkan.');
    expect(await t.db.db.select().from(objectionFollowUps)).toHaveLength(0);
    const ok = await atasan.post(`/admin/keberatan/${objectionId}/putusan`, {
      decision: 'dikabulkan',
      reasons: 'PPID tidak menjawab dalam jangka waktu Pasal 22 ayat (7).',
      followUpWorkingDays: '',
    });
    expect(ok.status).toBe(303);
    const [f] = await t.db.db.select().from(objectionFollowUps);
    const expected = (await computeDeadline(t.ctx, '2026-04-13', 10)).due;
    expect(expected).toBe('2026-04-27');
    expect(f).toMatchObject({ objectionId, requestId, status: 'open', workingDays: 10, fromDecision: false, dueDate: expected });
    const [audit] = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'objection.decided'));
    expect(JSON.stringify(audit)).toContain('2026-04-27');
  });

  it('is shown on the objection and case pages, governs the badge, and is listed for the work queue', async () => {
    const b = new Browser(t.app);
    await b.login('utama@kota.example');
    const objectionPage = await b.get(`/admin/keberatan/${objectionId}`);
    expect(objectionPage.text).toContain('Tindak lanjut putusan keberatan');
    expect(objectionPage.text).toContain('Senin, 27 April 2026');
    expect(objectionPage.text).toContain('Belum dilaksanakan');
    const casePage = await b.get(`/admin/permohonan/${requestId}`);
    expect(casePage.text).toContain('Tindak lanjut putusan keberatan');
    expect(casePage.text).toContain(`/admin/keberatan/${objectionId}/tindak-lanjut`);
    expect(casePage.text).toContain('tindak lanjut keberatan s.d. Senin, 27 April 2026');
    expect(casePage.text).not.toContain('dip-status-unpublished">Terlambat');
    // No longer late: the follow-up's date governs.
    expect((await b.get('/admin/permohonan?filter=terlambat')).text).not.toContain(number);
    expect((await b.get('/admin/permohonan?filter=terbuka')).text).toContain(number);

    const tasks = await openFollowUpTasks(t.ctx, await actorOf('utama@kota.example'));
    expect(tasks).toEqual([expect.objectContaining({ objectionId, requestId, requestNumber: number, dueDate: '2026-04-27', workingDays: 10, overdue: false })]);
    expect(await openFollowUpTasks(t.ctx, await actorOf('pembantu@dishub.example'))).toEqual([]);
  });

  it('becomes overdue after its date', async () => {
    t.clock.set(new Date('2026-04-28T03:00:00Z'));
    const b = new Browser(t.app);
    await b.login('utama@kota.example');
    expect((await b.get('/admin/permohonan?filter=terlambat')).text).toContain(number);
    const casePage = await b.get(`/admin/permohonan/${requestId}`);
    expect(casePage.text).toContain('dip-status-unpublished">Terlambat');
    const [task] = await openFollowUpTasks(t.ctx, await actorOf('atasan@kota.example'));
    expect(task!.overdue).toBe(true);
  });

  it('is closed by the PPID Utama only, with a valid date, once', async () => {
    const pembantu = new Browser(t.app);
    await pembantu.login('pembantu@dishub.example');
    await pembantu.get('/admin');
    expect((await pembantu.post(`/admin/keberatan/${objectionId}/tindak-lanjut`, { givenOn: '2026-04-28' })).status).toBe(403);
    const atasan = new Browser(t.app);
    await atasan.login('atasan@kota.example');
    await atasan.get(`/admin/keberatan/${objectionId}`);
    expect((await atasan.post(`/admin/keberatan/${objectionId}/tindak-lanjut`, { givenOn: '2026-04-28' })).status).toBe(403);

    const b = new Browser(t.app);
    await b.login('utama@kota.example');
    await b.get(`/admin/permohonan/${requestId}`);
    const future = await b.post(`/admin/keberatan/${objectionId}/tindak-lanjut`, { givenOn: '2026-05-04', dari: 'permohonan' });
    expect(future.status).toBe(422);
    expect(future.text).toContain('Tanggal tidak boleh sebelum keputusan keberatan atau sesudah hari ini.');
    const garbage = await b.post(`/admin/keberatan/${objectionId}/tindak-lanjut`, { givenOn: '28/04/2026' });
    expect(garbage.status).toBe(422);
    expect(garbage.text).toContain('Isi tanggal informasi diberikan (TTTT-BB-HH).');
    expect((await t.db.db.select().from(objectionFollowUps))[0]!.status).toBe('open');

    const ok = await b.post(`/admin/keberatan/${objectionId}/tindak-lanjut`, {
      givenOn: '2026-04-28',
      note: 'Dikirim ke email pemohon dalam bentuk PDF.',
      dari: 'permohonan',
    });
    expect(ok.status).toBe(303);
    expect(ok.location).toBe(`/admin/permohonan/${requestId}?ok=common.saved`);
    const [f] = await t.db.db.select().from(objectionFollowUps);
    expect(f).toMatchObject({ status: 'done', doneOn: '2026-04-28', doneByName: 'Rina PPID', noticeId: null });
    const casePage = await b.get(`/admin/permohonan/${requestId}`);
    expect(casePage.text).toContain('Informasi diberikan pada Selasa, 28 April 2026');
    expect(casePage.text).toContain('putusan keberatan telah dilaksanakan');
    expect(casePage.text).toContain('Putusan keberatan');
    expect((await b.get('/admin/permohonan?filter=terlambat')).text).not.toContain(number);
    expect((await b.get('/admin/permohonan?filter=selesai')).text).toContain(number);
    expect(await openFollowUpTasks(t.ctx, await actorOf('utama@kota.example'))).toEqual([]);
    const [a] = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'objection.follow_up_done'));
    expect(a).toBeTruthy();
    // The public step, without the officer's note.
    const events = await t.db.db.select().from(requestEvents).where(eq(requestEvents.requestId, requestId));
    const step = events.find((e) => e.publicNote.includes('dilaksanakan'));
    expect(step?.publicNote).toContain('informasi diberikan pada Selasa, 28 April 2026');
    const track = await new Browser(t.app).get(`/permohonan/lacak?nomor=${encodeURIComponent(number)}&kode=${code}`);
    expect(track.text).toContain('informasi diberikan pada Selasa, 28 April 2026');
    expect(track.text).not.toContain('Dikirim ke email pemohon');

    const twice = await b.post(`/admin/keberatan/${objectionId}/tindak-lanjut`, { givenOn: '2026-04-28' });
    expect(twice.status).toBe(409);
  });

  it('a decision that upholds the PPID opens no task; the decision’s own period is used when given', async () => {
    const r2 = await submitRequest({ ...t.ctx, actor: systemActor('uji') }, { ...REQUEST });
    await t.db.db.update(informationRequests).set({ dueDate: '2026-04-20' }).where(eq(informationRequests.id, r2.request.id));
    const o2 = await fileObjection({ ...t.ctx, actor: anonymous }, r2.request.number, r2.token, {
      grounds: ['tidak_ditanggapi'],
      caseSummary: 'Sudah lewat sepuluh hari kerja tanpa jawaban apa pun dari PPID.',
    });
    const atasan = { ...t.ctx, actor: await actorOf('atasan@kota.example') };
    await decideObjection(
      atasan,
      o2.id,
      { decision: 'ditolak_menguatkan_ppid', reasons: 'Keputusan PPID sudah sesuai ketentuan yang berlaku.' },
      { calendarGapConfirmed: true },
    );
    expect(await t.db.db.select().from(objectionFollowUps).where(eq(objectionFollowUps.objectionId, o2.id))).toHaveLength(0);

    const r3 = await submitRequest({ ...t.ctx, actor: systemActor('uji') }, { ...REQUEST });
    await t.db.db.update(informationRequests).set({ dueDate: '2026-04-20' }).where(eq(informationRequests.id, r3.request.id));
    const o3 = await fileObjection({ ...t.ctx, actor: anonymous }, r3.request.number, r3.token, {
      grounds: ['tidak_ditanggapi'],
      caseSummary: 'Sudah lewat sepuluh hari kerja tanpa jawaban apa pun dari PPID.',
    });
    await decideObjection(
      atasan,
      o3.id,
      { decision: 'dikabulkan_sebagian', reasons: 'Sebagian informasi adalah informasi publik yang wajib diberikan.', followUpWorkingDays: 3 },
      { calendarGapConfirmed: true },
    );
    const [f3] = await t.db.db.select().from(objectionFollowUps).where(eq(objectionFollowUps.objectionId, o3.id));
    expect(f3).toMatchObject({ workingDays: 3, fromDecision: true, dueDate: (await computeDeadline(t.ctx, '2026-04-28', 3)).due });
    expect((await t.db.db.select().from(objections).where(eq(objections.id, o3.id)))[0]!.decision).toBe('dikabulkan_sebagian');
    // The body's setting replaces the default of 10 when the decision names no period.
    if (!(await t.db.db.select().from(publicBody)).length) await insertPublicBody(t);
    await t.db.db.update(publicBody).set({ objectionFollowUpWorkingDays: 7 });
    expect(await followUpDeadline(t.ctx, '2026-04-28', undefined)).toEqual({
      workingDays: 7,
      fromDecision: false,
      due: (await computeDeadline(t.ctx, '2026-04-28', 7)).due,
    });
  });
});
