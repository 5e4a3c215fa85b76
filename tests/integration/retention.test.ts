// Retention of requesters' personal data: the setting on the body profile page, which cases count as
// closed and old, what anonymisation removes and what it keeps (the annual report's figures stay the
// same), the identity scan and its blob, the emails, the dry run that writes nothing, the audit entry
// without names, and the daily job that follows the setting.
import { existsSync } from 'node:fs';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Ctx } from '../../src/context.js';
import {
  auditLog,
  disputes,
  encryptedFiles,
  informationRequests,
  objections,
  outbox,
  publicBody,
  requestDispositions,
  requestEvents,
  requestResponses,
} from '../../src/db/schema/index.js';
import { anonymiseClosedRequests, ANONYMISED } from '../../src/domain/privacy/retention.js';
import { annualReport } from '../../src/domain/reports/annual-report.js';
import { serviceStatistics } from '../../src/domain/requests/statistics.js';
import { trackRequest } from '../../src/domain/requests/track-request.js';
import { startRetentionJob } from '../../src/jobs/retention.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { APPLICANT, CASE_SUMMARY, INSTRUCTION, INTERNAL_NOTE, seedReportYear, type SeededYear } from '../helpers/report-year.js';

const REPORTED = new Date('2026-03-16T02:00:00Z');
/** 1 September 2027: two years after the last step of R1 (10 July 2025) and R3 (29 July 2025). */
const LATER = new Date('2027-09-01T02:00:00Z');

describe(`retention and anonymisation (${backendName})`, () => {
  let t: TestApp;
  let s: SeededYear;
  const system = (): Ctx => ({ ...t.ctx, actor: systemActor('uji retensi') });
  const figures = async () => {
    t.clock.set(REPORTED);
    const r = await annualReport(system(), 2025);
    const stats = await serviceStatistics(t.ctx, 2025);
    return { city: r.city, units: r.units, objections: r.objections, disputes: r.disputes, stats };
  };
  const auditCount = async () => Number((await t.db.db.select({ n: count() }).from(auditLog))[0]!.n);
  const row = async (id: string) => (await t.db.db.select().from(informationRequests).where(eq(informationRequests.id, id)))[0]!;

  beforeAll(async () => {
    t = await createTestApp();
    s = await seedReportYear(t.ctx, t.clock);
    await makeUser(t.ctx, { email: 'utama@pky.go.id', roles: ['ppid_utama'] });
    await makeUser(t.ctx, { email: 'admin@pky.go.id', roles: ['admin'] });
    await makeUser(t.ctx, { email: 'lihat@pky.go.id', roles: ['viewer'] });
  }, 120_000);
  afterAll(async () => t?.dispose());

  async function as(email: string) {
    const b = new Browser(t.app, '10.4.0.1');
    expect((await b.login(email)).status).toBe(303);
    return b;
  }

  it('keeps the setting on the body profile page: validated, audited, administrators and the PPID Utama only', async () => {
    t.clock.set(LATER);
    const admin = await as('admin@pky.go.id');
    const page = await admin.get('/admin/badan-publik');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Jangka waktu penyimpanan data pemohon');
    expect(page.text).toContain('Belum ada jangka waktu: data pemohon disimpan.');
    for (const bad of ['0', '101', 'dua', '1.5']) {
      const r = await admin.post('/admin/badan-publik/retensi', { years: bad });
      expect(r.status, bad).toBe(422);
      expect(r.text).toContain('Isi jumlah tahun: bilangan bulat 1 sampai 100, atau kosongkan agar data disimpan.');
      expect(r.text).toContain(`value="${bad}"`);
    }
    const en = new Browser(t.app, '10.4.0.2');
    en.cookies.set('qg_lang', 'en');
    await en.login('admin@pky.go.id');
    await en.get('/admin/badan-publik');
    expect((await en.post('/admin/badan-publik/retensi', { years: 'x' })).text).toContain('Enter a number of years: a whole number from 1 to 100');
    expect((await (await as('lihat@pky.go.id')).post('/admin/badan-publik/retensi', { years: '2' })).status).toBe(403);

    const ok = await admin.post('/admin/badan-publik/retensi', { years: '2' });
    expect(ok.status).toBe(303);
    expect((await t.db.db.select().from(publicBody))[0]!.requestRetentionYears).toBe(2);
    const [a] = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'org.retention_changed')).orderBy(desc(auditLog.seq)).limit(1);
    expect(a!.summary).toMatchObject({ changes: { requestRetentionYears: [null, 2] } });
    const after = await admin.get('/admin/badan-publik');
    expect(after.text).toContain('value="2"');
    // R1 and R3: closed, last step more than two years before 1 September 2027.
    expect(after.text).toContain('Kasus selesai yang akan dianonimkan pada jalannya berikutnya: 2.');
    // Saving the rest of the profile keeps the setting.
    const body = (await t.db.db.select().from(publicBody))[0]!;
    await admin.post('/admin/badan-publik', { name: body.name, shortName: body.shortName, requestNumberPattern: '', serviceClosingTime: '' });
    expect((await t.db.db.select().from(publicBody))[0]!.requestRetentionYears).toBe(2);
  });

  it('a dry run names the closed, old cases and writes nothing', async () => {
    t.clock.set(LATER);
    const before = await auditCount();
    const r = await anonymiseClosedRequests(system(), { olderThanYears: 2, dryRun: true });
    expect(r.numbers).toEqual([s.requests.r1.number, s.requests.r3.number]);
    expect(r.identityScans).toBe(1);
    expect(await auditCount()).toBe(before);
    expect((await row(s.requests.r1.id)).name).toBe(APPLICANT.name);
    expect((await row(s.requests.r1.id)).anonymisedAt).toBeNull();
    // Three years: none is that old.
    expect((await anonymiseClosedRequests(system(), { olderThanYears: 3, dryRun: true })).numbers).toEqual([]);
    await expect(anonymiseClosedRequests(system(), { olderThanYears: 0 })).rejects.toMatchObject({ status: 422 });
    // No staff role may run it; the system (CLI, daily job) only.
    const staff: Ctx = {
      ...t.ctx,
      actor: { kind: 'user', id: 'u', name: 'U', email: 'u@x', roles: ['admin', 'ppid_utama', 'atasan_ppid'], unitId: null, locale: 'id', clearance: 'none' },
    };
    await expect(anonymiseClosedRequests(staff, { olderThanYears: 2 })).rejects.toMatchObject({ status: 403 });
    await expect(anonymiseClosedRequests({ ...t.ctx, actor: { kind: 'anonymous' } }, { olderThanYears: 2 })).rejects.toMatchObject({ status: 401 });
  });

  it('anonymises only closed and old cases; removes the personal data, the identity scan and the emails; keeps every figure', async () => {
    const before = await figures();
    t.clock.set(LATER);
    expect(existsSync(t.ctx.blobs.filePath(s.identityBlob))).toBe(true);
    const mailsBefore = await t.db.db.select().from(outbox).where(eq(outbox.toAddress, APPLICANT.email!));
    expect(mailsBefore.some((m) => m.textBody.includes(s.requests.r1.number))).toBe(true);

    const r = await anonymiseClosedRequests(system(), { olderThanYears: 2 });
    expect(r.numbers).toEqual([s.requests.r1.number, s.requests.r3.number]);
    expect(r.identityScans).toBe(1);
    expect(r.emailsDeleted).toBeGreaterThanOrEqual(2);
    expect(r.blobsNotDeleted).toEqual([]);

    for (const id of [s.requests.r1.id, s.requests.r3.id]) {
      const x = await row(id);
      expect(x).toMatchObject({ name: ANONYMISED, idNumber: ANONYMISED, address: ANONYMISED, email: '', details: ANONYMISED, purpose: ANONYMISED, ipHash: '' });
      expect(x.phone).toBe(ANONYMISED);
      expect(x.occupation).toBe(ANONYMISED);
      expect(x.anonymisedAt).not.toBeNull();
      expect(x.closedAt).not.toBeNull();
      expect(x.status).toBe('closed');
      // What the figures need stays.
      const seeded = id === s.requests.r1.id ? s.requests.r1 : s.requests.r3;
      for (const k of ['number', 'year', 'channel', 'applicantType', 'unitId', 'receivedAt', 'startDate', 'dueDate', 'extendedAt'] as const)
        expect(x[k]).toEqual(seeded[k]);
    }
    expect((await row(s.requests.r3.id)).extensionReason).toBe(ANONYMISED);
    // The identity scan: reference, row and ciphertext gone.
    expect((await row(s.requests.r1.id)).identityFileId).toBeNull();
    expect(await t.db.db.select().from(encryptedFiles).where(eq(encryptedFiles.id, s.identityFile))).toEqual([]);
    expect(existsSync(t.ctx.blobs.filePath(s.identityBlob))).toBe(false);
    // Free text that may name the applicant, theirs or the officers'.
    const [resp] = await t.db.db.select().from(requestResponses).where(eq(requestResponses.requestId, s.requests.r1.id));
    expect([resp!.materialGiven, resp!.internalNote]).toEqual([ANONYMISED, ANONYMISED]);
    expect(resp!.outcome).toBe('diberikan_seluruhnya');
    const [disp] = await t.db.db.select().from(requestDispositions).where(eq(requestDispositions.requestId, s.requests.r3.id));
    expect(disp!.instruction).toBe(ANONYMISED);
    // The emails to the applicant about these cases are gone; those about the cases still open stay.
    const mailsAfter = await t.db.db.select().from(outbox).where(eq(outbox.toAddress, APPLICANT.email!));
    expect(mailsAfter.some((m) => m.textBody.includes(s.requests.r1.number))).toBe(false);
    expect(mailsAfter.some((m) => m.textBody.includes(s.requests.r4.number))).toBe(true);

    // Open, disputed or pending cases keep everything.
    for (const id of [s.requests.r2.id, s.requests.r4.id, s.requests.r5.id, s.requests.old.id]) {
      const x = await row(id);
      expect(x.anonymisedAt).toBeNull();
      expect(x.idNumber).not.toBe(ANONYMISED);
    }
    const [o1] = await t.db.db.select().from(objections).where(eq(objections.requestId, s.requests.r2.id));
    expect(o1!.caseSummary).toBe(CASE_SUMMARY);
    const [d] = await t.db.db.select().from(disputes).where(eq(disputes.requestId, s.requests.r2.id));
    expect(d!.hearings[0]!.note).toContain('Yohanes');

    // The step is on the case history; the tracking page still works, with nothing personal.
    const events = await t.db.db
      .select()
      .from(requestEvents)
      .where(and(eq(requestEvents.requestId, s.requests.r1.id), eq(requestEvents.kind, 'note')));
    expect(events.at(-1)!.publicNote).toContain('Data pribadi pemohon dihapus');
    const tracked = await trackRequest(t.ctx, s.requests.r1.number, s.tokens.r1);
    expect(tracked.status).toBe('closed');

    // Every figure of the annual report and the public statistics is the same.
    expect(await figures()).toEqual(before);

    // One audit row for the run: numbers and counts, never what was removed.
    t.clock.set(LATER);
    const [a] = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'request.anonymised'));
    expect(a!.summary).toMatchObject({ details: { olderThanYears: 2, count: 2, identityScans: 1, numbers: [s.requests.r1.number, s.requests.r3.number] } });
    const text = JSON.stringify(a);
    for (const p of [APPLICANT.name, APPLICANT.idNumber, APPLICANT.email!, 'Rajawali', INTERNAL_NOTE, INSTRUCTION]) expect(text).not.toContain(p);

    // A second run finds nothing more.
    expect((await anonymiseClosedRequests(system(), { olderThanYears: 2 })).numbers).toEqual([]);
  });

  it('runs daily when a period is set, and not at all when it is not', async () => {
    // The objection on R4 is decided: R4 becomes closed, and old enough a year later.
    t.clock.set(new Date('2028-02-01T02:00:00Z'));
    await t.db.db
      .update(objections)
      .set({ status: 'decided', decision: 'dikabulkan', decidedAt: new Date('2025-08-20T02:00:00Z') })
      .where(eq(objections.requestId, s.requests.r4.id));
    await t.db.db.update(publicBody).set({ requestRetentionYears: null });
    const job = startRetentionJob({
      db: t.db.db,
      blobs: t.ctx.blobs,
      keys: t.ctx.keys,
      baseUrl: 'http://localhost:3000',
      clock: t.clock,
      firstDelayMs: 3_600_000,
    });
    try {
      expect(await job.tick()).toBeNull();
      expect((await row(s.requests.r4.id)).anonymisedAt).toBeNull();
      await t.db.db.update(publicBody).set({ requestRetentionYears: 2 });
      const r = await job.tick();
      expect(r!.numbers).toEqual([s.requests.r4.number]);
      expect((await row(s.requests.r4.id)).name).toBe(ANONYMISED);
      // The dispute on R2 is still open: R2 stays whatever its age.
      expect((await row(s.requests.r2.id)).anonymisedAt).toBeNull();
    } finally {
      job.stop();
    }
    const runs = await t.db.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.action, ['request.anonymised']));
    expect(runs.length).toBe(2);
    expect(runs[1]!.actorName).toContain('retensi harian');
  });
});
