// Daily reminders and escalation on a controlled clock: the digest per role (PPID Utama: open requests;
// PPID Pembantu: its unit's dispositions; Atasan PPID: objections), escalation once per case and
// recipient, nothing twice on a day, nothing on a holiday or weekend, locked accounts left out, no
// applicant's personal data; then delivered through the outbox worker to a real SMTP server.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Ctx } from '../../src/context.js';
import { auditLog, outbox, remindersSent, requestDispositions, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { fileObjection } from '../../src/domain/objections/objections.js';
import { runReminders } from '../../src/domain/reminders/reminders.js';
import { answerDisposition } from '../../src/domain/requests/answer-disposition.js';
import { disposeRequest } from '../../src/domain/requests/dispose-request.js';
import type { RequestInput } from '../../src/domain/requests/input.js';
import { respondRequest } from '../../src/domain/requests/respond-request.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { startOutboxWorker } from '../../src/jobs/outbox-worker.js';
import { startReminderScheduler } from '../../src/jobs/reminder-scheduler.js';
import { createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { readMail } from '../helpers/mail.js';
import { startSmtp } from '../helpers/smtp.js';

const APPLICANT = {
  name: 'Fransiska Ningsih',
  idNumber: '6271036612880003',
  address: 'Jl. Sisingamangaraja No. 40, Palangka Raya',
  phone: '0812 7733 9911',
  email: 'fransiska@warga.example',
};
const PERSONAL = Object.values(APPLICANT);
const citizen = (details: string, unit = 'dinkes'): RequestInput => ({
  applicantType: 'perorangan',
  ...APPLICANT,
  details,
  purpose: 'Pengawasan layanan publik.',
  obtainMethod: 'salinan',
  copyFormat: 'softcopy',
  deliveryMethod: 'email',
  unit,
  consent: true,
});
const at = (iso: string) => new Date(iso);

describe(`daily reminders and escalation (${backendName})`, () => {
  let t: TestApp;
  let lead: Ctx;
  const system = (): Ctx => ({ ...t.ctx, actor: systemActor('uji') });
  const job = (): Ctx => ({ ...t.ctx, actor: systemActor('pengingat tenggat') });
  const r: Record<string, { id: string; number: string; token: string }> = {};
  let dispositionId = '';

  const mails = () => t.db.db.select().from(outbox);
  const reminderMails = async () => (await mails()).filter((m) => m.template === 'reminder_digest' || m.template === 'deadline_escalation');

  beforeAll(async () => {
    t = await createTestApp();
    const [dinkes] = await t.db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
    await t.db.db.insert(units).values({ code: 'dishub', name: 'Dinas Perhubungan' });
    const utama = await makeUser(t.ctx, { email: 'utama@pky.go.id', roles: ['ppid_utama'], name: 'Petugas Utama' });
    const locked = await makeUser(t.ctx, { email: 'mantan@pky.go.id', roles: ['ppid_utama'] });
    await t.db.db.update(users).set({ lockedAt: t.clock.now(), lockedReason: 'pindah tugas' }).where(eq(users.id, locked.id));
    const atasan = await makeUser(t.ctx, { email: 'atasan@pky.go.id', roles: ['atasan_ppid'], name: 'Ir. Hera Nugrahayu' });
    await t.db.db.update(users).set({ locale: 'en' }).where(eq(users.id, atasan.id));
    await makeUser(t.ctx, { email: 'dinkes@pky.go.id', roles: ['ppid_pembantu'], unitId: dinkes!.id, name: 'Pembantu Dinkes' });
    await makeUser(t.ctx, {
      email: 'dishub@pky.go.id',
      roles: ['ppid_pembantu'],
      name: 'Pembantu Dishub',
      unitId: (await t.db.db.select().from(units).where(eq(units.code, 'dishub')))[0]!.id,
    });
    await makeUser(t.ctx, { email: 'admin@pky.go.id', roles: ['admin'] });
    lead = { ...t.ctx, actor: toActor((await t.db.db.select().from(users).where(eq(users.id, utama.id)))[0]!) };

    // Monday 16 March 2026, 09:00 WIB: R1 (due Tuesday 7 April), disposed to Dinkes (internal due Monday 30
    // March), and R2, answered on Friday 20 March, whose objection (25 March) is due Friday 8 May.
    t.clock.set(at('2026-03-16T02:00:00Z'));
    for (const [k, details] of [
      ['r1', 'Jumlah tenaga kesehatan per puskesmas tahun 2025.'],
      ['r2', 'Laporan realisasi anggaran Dinas Kesehatan tahun 2025.'],
    ] as const) {
      const s = await submitRequest(system(), citizen(details));
      r[k] = { id: s.request.id, number: s.request.number, token: s.token };
    }
    await disposeRequest(lead, r.r1!.id, { unitIds: [dinkes!.id], instruction: 'Mohon siapkan datanya.', internalDueDate: '' });
    dispositionId = (await t.db.db.select().from(requestDispositions))[0]!.id;
    t.clock.set(at('2026-03-20T03:00:00Z'));
    await respondRequest(lead, r.r2!.id, { outcome: 'tidak_dikuasai', held: 'tidak', holderBody: 'BPKAD' });
    t.clock.set(at('2026-03-25T03:00:00Z'));
    await fileObjection(system(), r.r2!.number, r.r2!.token, {
      grounds: ['tidak_sesuai_permintaan'],
      caseSummary: 'Laporan realisasi anggaran pasti ada di Dinas Kesehatan sendiri.',
    });
    // Wednesday 1 April: R3, due Thursday 16 April, never disposed.
    t.clock.set(at('2026-04-01T02:00:00Z'));
    const s3 = await submitRequest(system(), citizen('Daftar trayek angkutan kota tahun 2026.', 'dishub'));
    r.r3 = { id: s3.request.id, number: s3.request.number, token: s3.token };
  });
  afterAll(async () => t.dispose());

  it('on Friday 27 March: only the unit whose disposition is due soon', async () => {
    const before = (await mails()).length;
    const run = await runReminders(job(), { date: '2026-03-27' });
    expect(run).toEqual({ date: '2026-03-27', nonWorking: null, digests: 1, escalations: 0, alreadySent: { digests: 0, escalations: 0 } });
    const added = (await mails()).slice(before);
    expect(added.map((m) => [m.template, m.toAddress])).toEqual([['reminder_digest', 'dinkes@pky.go.id']]);
    expect(added[0]!.subject).toBe('Pengingat tenggat Jumat, 27 Maret 2026: 0 terlambat, 1 segera jatuh tempo');
    expect(added[0]!.textBody).toContain('Disposisi kepada Dinas Kesehatan yang belum dijawab (tenggat internal):');
    expect(added[0]!.textBody).toContain(`- ${r.r1!.number}: batas Senin, 30 Maret 2026, sisa 1 hari kerja`);
    expect(added[0]!.textBody).toContain(`http://localhost:3000/admin/permohonan/${r.r1!.id}`);
  });

  it('sends nothing on Good Friday or on a Saturday', async () => {
    const before = (await mails()).length;
    const friday = await runReminders(job(), { date: '2026-04-03' });
    expect(friday.nonWorking).toEqual(['Wafat Yesus Kristus']);
    expect(friday.digests + friday.escalations).toBe(0);
    expect((await runReminders(job(), { date: '2026-04-04' })).nonWorking).toEqual(['Sabtu']);
    expect((await mails()).length).toBe(before);
    expect(await t.db.db.select().from(remindersSent).where(eq(remindersSent.day, '2026-04-03'))).toHaveLength(0);
  });

  it('on Monday 6 April: digests to the PPID Utama and the unit, the overdue disposition escalated once; a second run sends nothing', async () => {
    const before = (await mails()).length;
    const run = await runReminders(job(), { date: '2026-04-06' });
    expect(run).toMatchObject({ digests: 2, escalations: 1, alreadySent: { digests: 0, escalations: 0 } });
    const added = (await mails()).slice(before);
    expect(added.map((m) => [m.template, m.toAddress]).sort()).toEqual(
      [
        ['deadline_escalation', 'utama@pky.go.id'],
        ['reminder_digest', 'dinkes@pky.go.id'],
        ['reminder_digest', 'utama@pky.go.id'],
      ].sort(),
    );
    const unit = added.find((m) => m.toAddress === 'dinkes@pky.go.id')!;
    // 31 March, 1, 2 and 6 April: four working days late (Good Friday does not count).
    expect(unit.textBody).toContain(`- ${r.r1!.number}: batas Senin, 30 Maret 2026, TERLAMBAT 4 hari kerja`);
    const digest = added.find((m) => m.template === 'reminder_digest' && m.toAddress === 'utama@pky.go.id')!;
    expect(digest.textBody).toContain('Permohonan informasi yang belum diberi pemberitahuan tertulis:');
    expect(digest.textBody).toContain(`- ${r.r1!.number}: batas Selasa, 7 April 2026, sisa 1 hari kerja`);
    expect(digest.textBody).not.toContain(r.r3!.number); // due 16 April: not yet
    const esc = added.find((m) => m.template === 'deadline_escalation')!;
    expect(esc.subject).toBe(`Eskalasi: disposisi permohonan ${r.r1!.number} kepada Dinas Kesehatan belum dijawab`);
    expect(esc.textBody).toContain('tenggat internalnya Senin, 30 Maret 2026 (terlambat 4 hari kerja)');
    expect(esc.textBody).toContain('Batas pemberitahuan tertulis kepada pemohon: Selasa, 7 April 2026.');

    const again = await runReminders(job(), { date: '2026-04-06' });
    expect(again).toMatchObject({ digests: 0, escalations: 0, alreadySent: { digests: 2, escalations: 1 } });
    expect((await mails()).length).toBe(before + 3);
  });

  it('on Wednesday 8 April: the overdue request escalated to the PPID Utama and the Atasan PPID, the disposition not again', async () => {
    const before = (await mails()).length;
    const run = await runReminders(job(), { date: '2026-04-08' });
    expect(run).toMatchObject({ digests: 2, escalations: 2, alreadySent: { escalations: 1 } });
    const added = (await mails()).slice(before);
    const escalations = added.filter((m) => m.template === 'deadline_escalation');
    expect(escalations.map((m) => m.toAddress).sort()).toEqual(['atasan@pky.go.id', 'utama@pky.go.id']);
    expect(escalations.find((m) => m.toAddress === 'utama@pky.go.id')!.subject).toBe(`Eskalasi: permohonan ${r.r1!.number} melewati batas waktu`);
    const en = escalations.find((m) => m.toAddress === 'atasan@pky.go.id')!;
    expect(en.subject).toBe(`Escalation: request ${r.r1!.number} is overdue`);
    expect(en.textBody).toContain('it is now 1 working day(s) overdue');
    expect(added.find((m) => m.template === 'reminder_digest' && m.toAddress === 'utama@pky.go.id')!.textBody).toContain('TERLAMBAT 1 hari kerja');
    expect(added.some((m) => m.toAddress === 'mantan@pky.go.id' || m.toAddress === 'admin@pky.go.id')).toBe(false);

    const audit = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'deadline.escalated'));
    expect(audit).toHaveLength(2);
    for (const p of PERSONAL) expect(JSON.stringify(audit)).not.toContain(p);
  });

  it('forgets what was answered, and reminds the Atasan PPID of the objection in English', async () => {
    t.clock.set(at('2026-04-09T03:00:00Z'));
    const pembantu = { ...t.ctx, actor: toActor((await t.db.db.select().from(users).where(eq(users.email, 'dinkes@pky.go.id')))[0]!) };
    await answerDisposition(pembantu, r.r1!.id, { dispositionId, answer: 'Data tenaga kesehatan 2025 terlampir.' });
    await respondRequest(lead, r.r1!.id, {
      outcome: 'diberikan_seluruhnya',
      held: 'ya',
      materialGiven: 'Data tenaga kesehatan.',
      format: 'softcopy',
      delivery: 'email',
      provideWorkingDays: '1',
    });
    // Friday 10 April: R1 is answered, R3 is due on the 16th (more than 2 working days away): nothing.
    expect(await runReminders(job(), { date: '2026-04-10' })).toMatchObject({ digests: 0, escalations: 0 });

    // Thursday 7 May: the objection is due tomorrow; R3 has been overdue since 16 April.
    const before = (await mails()).length;
    const run = await runReminders(job(), { date: '2026-05-07' });
    expect(run).toMatchObject({ digests: 2, escalations: 2 });
    const added = (await mails()).slice(before);
    const atasan = added.find((m) => m.template === 'reminder_digest' && m.toAddress === 'atasan@pky.go.id')!;
    expect(atasan.subject).toBe('Deadline reminder Thursday, 7 May 2026: 0 overdue, 1 due soon');
    expect(atasan.textBody).toContain("Objections awaiting the Atasan PPID's written answer:");
    expect(atasan.textBody).toMatch(
      /- 001\/KEB\/III\/2026 \(request 002\/PPID\/III\/2026\): due Friday, 8 May 2026, 1 working day left\n {2}http:\/\/localhost:3000\/admin\/keberatan\/[0-9a-f-]{36}/,
    );
    const utama = added.find((m) => m.template === 'reminder_digest' && m.toAddress === 'utama@pky.go.id')!;
    expect(utama.textBody).toContain(`- ${r.r3!.number}: batas Kamis, 16 April 2026, TERLAMBAT 14 hari kerja`);
    expect(utama.textBody).not.toContain(r.r1!.number);

    // Monday 11 May: the objection is overdue: escalated to both.
    const esc = await runReminders(job(), { date: '2026-05-11' });
    expect(esc.escalations).toBe(2);
    const last = (await mails()).filter((m) => m.template === 'deadline_escalation' && m.subject.includes('001/KEB/III/2026'));
    expect(last.map((m) => m.toAddress).sort()).toEqual(['atasan@pky.go.id', 'utama@pky.go.id']);
    expect(last.find((m) => m.toAddress === 'utama@pky.go.id')!.textBody).toContain('Pasal 36 ayat (2)');
  });

  it('never puts the applicant’s personal data in a reminder', async () => {
    const all = await reminderMails();
    expect(all.length).toBeGreaterThanOrEqual(12);
    for (const m of all) for (const p of PERSONAL) expect(`${m.subject}\n${m.textBody}`, `${m.template} to ${m.toAddress}`).not.toContain(p);
  });

  it('runs inside the server from 07:00 in the body’s time zone, once a day', async () => {
    const before = (await reminderMails()).length;
    // Tuesday 12 May, 06:30 WIB: too early.
    t.clock.set(at('2026-05-11T23:30:00Z'));
    const scheduler = startReminderScheduler({ ctx: job(), pollMs: 3_600_000 });
    try {
      expect(await scheduler.tick()).toBeNull();
      t.clock.set(at('2026-05-12T00:05:00Z')); // 07:05 WIB
      const run = await scheduler.tick();
      expect(run).toMatchObject({ date: '2026-05-12', digests: 2 });
      expect(await scheduler.tick()).toBeNull(); // done for today in this process
    } finally {
      await scheduler.stop();
    }
    expect((await reminderMails()).length).toBe(before + 2);
  });

  it('refuses users: only the system runs it', async () => {
    await expect(runReminders(lead, { date: '2026-05-12' })).rejects.toMatchObject({ status: 403 });
    await expect(runReminders(job(), { date: '2026-02-30' })).rejects.toMatchObject({ status: 422 });
  });

  it('delivers through the outbox to a real SMTP server, decoded as sent', async () => {
    const smtp = await startSmtp();
    const worker = startOutboxWorker({
      db: t.db.db,
      keys: t.ctx.keys,
      smtpUrl: smtp.url,
      mailFrom: 'PPID <ppid@pky.go.id>',
      clock: t.clock,
      pollMs: 3_600_000,
      workerId: `w-${randomUUID()}`,
      batchSize: 100,
    });
    try {
      while ((await worker.tick()) > 0);
    } finally {
      await worker.stop();
      await smtp.close();
    }
    const expected = await reminderMails();
    const got = smtp.received.map(readMail);
    const digest = expected.find((m) => m.template === 'reminder_digest' && m.toAddress === 'atasan@pky.go.id')!;
    const received = got.find((g) => g.subject === digest.subject)!;
    expect(received).toBeDefined();
    expect(received.text).toContain("Objections awaiting the Atasan PPID's written answer:");
    expect(received.text).toContain('http://localhost:3000/admin/keberatan/');
    for (const m of expected) expect(got.some((g) => g.subject === m.subject && g.text.trim() === m.textBody.trim())).toBe(true);
    for (const g of got)
      for (const p of PERSONAL.slice(0, 2)) if (/Pengingat|Eskalasi|Escalation|Deadline reminder/.test(g.subject)) expect(g.text).not.toContain(p);
  });
});
