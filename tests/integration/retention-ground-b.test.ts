// Retention of the personal data of objections on ground b filed without a request: a decided one past the
// period loses its applicant's data (the row, the emails, the staff page, the register page and xlsx, the
// citizen account) and keeps what the register and the annual report count; an undecided one, one whose
// follow-up task is still open and a recent one stay whole; two runs at once anonymise each objection once,
// with one audit row that names numbers only.
import { and, desc, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Ctx } from '../../src/context.js';
import { auditLog, objectionFollowUps, objections, outbox, publicBody } from '../../src/db/schema/index.js';
import { fileUnpublishedObjection } from '../../src/domain/objections/file-unpublished-objection.js';
import { objectionRegister } from '../../src/domain/objections/register.js';
import { trackUnpublishedObjection } from '../../src/domain/objections/track-unpublished-objection.js';
import { anonymiseClosedRequests, ANONYMISED, retentionStatus } from '../../src/domain/privacy/retention.js';
import { annualReport } from '../../src/domain/reports/annual-report.js';
import { startRetentionJob } from '../../src/jobs/retention.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { insertPublicBody } from '../helpers/factories.js';
import { deliveredBody } from '../helpers/mail.js';

const TAGS = ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo'] as const;
type Tag = (typeof TAGS)[number];
const SHARED_EMAIL = 'warga.retensi@contoh.id';

/** Every personal value of one objection carries its tag, so a page can be searched for any of them. */
const personal = (tag: Tag, i: number) => ({
  name: `Maria Ulfah ${tag}`,
  idNumber: `627101550790000${i}`,
  address: `Jl. G. Obos ${tag} No. 8, Palangka Raya`,
  phone: `08134900112${i}`,
  // Alfa and Echo share an address: the account of that email must keep Echo and lose Alfa.
  email: tag === 'Alfa' || tag === 'Echo' ? SHARED_EMAIL : `${tag.toLowerCase()}@contoh.id`,
  unpublishedInformation: `Rencana kerja ${tag} Dinas Lingkungan Hidup tahun 2026 belum diumumkan di laman PPID.`,
  caseSummary: `Saya (${tag}) mencari RKA Dinas Lingkungan Hidup 2026 di laman PPID dan papan pengumuman kantor.`,
  proxyName: `Kuasa ${tag}`,
});
const REASONS = (tag: Tag) => `Pertimbangan Atasan PPID atas keberatan ${tag}: informasi berkala (Pasal 9).`;
const ORDER = (tag: Tag) => `PPID mengumumkan rencana kerja ${tag} di laman PPID.`;
const personalStrings = (tag: Tag, i: number) => {
  const p = personal(tag, i);
  return [p.name, p.idNumber, p.address, p.phone, p.unpublishedInformation, p.caseSummary, p.proxyName, REASONS(tag), ORDER(tag)];
};

/** Filed Wednesday 18 March 2026; one year of retention; the run on 1 July 2027 (cutoff 1 July 2026). */
const FILED = new Date('2026-03-18T03:00:00Z');
const DECIDED = new Date('2026-03-20T03:00:00Z');
const RUN = new Date('2027-07-01T02:00:00Z');

describe(`retention of ground-b objections without a request (${backendName})`, () => {
  let t: TestApp;
  const ids = {} as Record<Tag, string>;
  const numbers = {} as Record<Tag, string>;
  const codes = {} as Record<Tag, string>;
  const system = (): Ctx => ({ ...t.ctx, actor: systemActor('uji retensi huruf b') });
  const row = async (tag: Tag) => (await t.db.db.select().from(objections).where(eq(objections.id, ids[tag])))[0]!;

  async function staff(email: string) {
    const b = new Browser(t.app, '10.7.0.1');
    expect((await b.login(email)).status).toBe(303);
    return b;
  }
  async function decide(tag: Tag, decision: 'dikabulkan' | 'ditolak_menguatkan_ppid') {
    const atasan = await staff('atasan@kota.example');
    await atasan.get(`/admin/keberatan/${ids[tag]}`);
    const r = await atasan.post(`/admin/keberatan/${ids[tag]}/putusan`, {
      decision,
      reasons: REASONS(tag),
      followUp: decision === 'dikabulkan' ? ORDER(tag) : '',
      followUpWorkingDays: '',
    });
    expect(r.status, r.text.slice(0, 500)).toBe(303);
  }
  async function signedIn(email: string): Promise<Browser> {
    t.clock.advance(1_000);
    const b = new Browser(t.app, '10.7.1.1');
    await b.get('/akun');
    expect((await b.post('/akun/masuk', { email })).status).toBe(303);
    const [m] = await t.db.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.toAddress, email), eq(outbox.template, 'citizen_sign_in')))
      .orderBy(desc(outbox.createdAt))
      .limit(1);
    const token = m ? /\/akun\/masuk\/([A-Za-z0-9_-]+)/.exec(deliveredBody(m, t.ctx.keys))?.[1] : undefined;
    if (!token) throw new Error(`no sign-in mail to ${email}`);
    await b.get(`/akun/masuk/${token}`);
    expect((await b.post(`/akun/masuk/${token}`, {})).status).toBe(303);
    return b;
  }
  async function registerText(): Promise<{ page: string; xlsx: string; rows: number }> {
    const b = await staff('utama@kota.example');
    const page = await b.get('/admin/keberatan?tahun=2026');
    expect(page.status).toBe(200);
    const file = await t.app.request('/admin/keberatan/register.xlsx?tahun=2026', {
      headers: { cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(file.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await file.arrayBuffer());
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((r) => r.eachCell((c) => cells.push(String(c.value ?? ''))));
    return { page: page.text, xlsx: cells.join('\n'), rows: wb.worksheets[0]!.rowCount };
  }

  beforeAll(async () => {
    t = await createTestApp();
    await insertPublicBody(t);
    await makeUser(t.ctx, { email: 'atasan@kota.example', roles: ['atasan_ppid'], name: 'Atasan' });
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'], name: 'Utama' });
    t.clock.set(FILED);
    for (const [i, tag] of TAGS.entries()) {
      if (tag === 'Echo') continue;
      const { objection, code } = await fileUnpublishedObjection(t.ctx, personal(tag, i), { ipHash: `ip-hash-${tag}` });
      ids[tag] = objection.id;
      numbers[tag] = objection.number;
      codes[tag] = code;
    }
    t.clock.set(DECIDED);
    // Alfa: refused. Bravo: granted and carried out. Charlie: granted, the follow-up still open. Delta: undecided.
    await decide('Alfa', 'ditolak_menguatkan_ppid');
    await decide('Bravo', 'dikabulkan');
    await decide('Charlie', 'dikabulkan');
    t.clock.set(new Date('2026-03-25T03:00:00Z'));
    const utama = await staff('utama@kota.example');
    await utama.get(`/admin/keberatan/${ids.Bravo}`);
    const done = await utama.post(`/admin/keberatan/${ids.Bravo}/tindak-lanjut`, { givenOn: '2026-03-25', note: 'Diumumkan di laman PPID.' });
    expect(done.status).toBe(303);
    // Echo: filed and decided in September 2026, within the year before the run.
    t.clock.set(new Date('2026-09-02T03:00:00Z'));
    const e = await fileUnpublishedObjection(t.ctx, personal('Echo', 4), { ipHash: 'ip-hash-Echo' });
    ids.Echo = e.objection.id;
    numbers.Echo = e.objection.number;
    codes.Echo = e.code;
    t.clock.set(new Date('2026-09-04T03:00:00Z'));
    await decide('Echo', 'ditolak_menguatkan_ppid');
    await t.db.db.update(publicBody).set({ requestRetentionYears: 1 });
  }, 120_000);
  afterAll(async () => t?.dispose());

  it('anonymises the decided, old ones once across two runs at the same time; keeps the others whole and every figure', async () => {
    t.clock.set(RUN);
    const figures = async () => (await annualReport(system(), 2026)).objections;
    const register = async () =>
      (await objectionRegister(system(), 2026)).map((r) => [r.number, r.receivedAt, r.requestNumber, r.grounds, r.decision, r.responseDate]);
    const before = { figures: await figures(), register: await register(), file: await registerText() };
    // Before: the register names the applicant and the information.
    for (const s of [personal('Alfa', 0).name, personal('Alfa', 0).unpublishedInformation]) {
      expect(before.file.page).toContain(s);
      expect(before.file.xlsx).toContain(s);
    }
    const mailed = await t.db.db.select().from(outbox).where(eq(outbox.toAddress, SHARED_EMAIL));
    expect(mailed.some((m) => m.textBody.includes(numbers.Alfa))).toBe(true);

    expect((await anonymiseClosedRequests(system(), { olderThanYears: 1, dryRun: true })).objectionNumbers).toEqual([numbers.Alfa, numbers.Bravo]);
    expect((await retentionStatus(system())).due).toBe(2);

    // The daily job of one instance and `qgesy anonymise` on another, together: each objection once.
    const job = startRetentionJob({
      db: t.db.db,
      blobs: t.ctx.blobs,
      keys: t.ctx.keys,
      baseUrl: 'http://localhost:3000',
      clock: t.clock,
      firstDelayMs: 3_600_000,
    });
    let results;
    try {
      results = await Promise.all([job.tick(), anonymiseClosedRequests(system(), { olderThanYears: 1 })]);
    } finally {
      job.stop();
    }
    const done = results.flatMap((r) => r?.objectionNumbers ?? []);
    expect(done.sort()).toEqual([numbers.Alfa, numbers.Bravo].sort());

    for (const [i, tag] of (['Alfa', 'Bravo'] as const).entries()) {
      const o = await row(tag);
      expect(o).toMatchObject({
        applicantName: ANONYMISED,
        applicantIdNumber: ANONYMISED,
        applicantAddress: ANONYMISED,
        applicantPhone: ANONYMISED,
        applicantEmail: '',
        proxyName: ANONYMISED,
        caseSummary: ANONYMISED,
        unpublishedInformation: ANONYMISED,
        reasons: ANONYMISED,
        ipHash: '',
      });
      expect(o.anonymisedAt).toEqual(RUN);
      expect(o.followUp).toBe(tag === 'Bravo' ? ANONYMISED : '');
      // What the law and the figures keep.
      expect(o).toMatchObject({ number: numbers[tag], status: 'decided', grounds: ['berkala_tidak_disediakan'], decidedAt: DECIDED, receivedAt: FILED });
      expect(o.decision).toBe(tag === 'Alfa' ? 'ditolak_menguatkan_ppid' : 'dikabulkan');
      const text = JSON.stringify(o);
      for (const s of personalStrings(tag, i)) expect(text).not.toContain(s);
    }
    // The follow-up task of Bravo stays done; the tracking page still answers with the steps only.
    const [f] = await t.db.db.select().from(objectionFollowUps).where(eq(objectionFollowUps.objectionId, ids.Bravo));
    expect(f!.status).toBe('done');
    expect(await trackUnpublishedObjection(t.ctx, numbers.Alfa, codes.Alfa)).toMatchObject({ number: numbers.Alfa, status: 'decided' });

    // Undecided (Delta), the follow-up open (Charlie), recent (Echo): untouched.
    for (const [tag, i] of [
      ['Charlie', 2],
      ['Delta', 3],
      ['Echo', 4],
    ] as const) {
      const o = await row(tag);
      expect(o.anonymisedAt).toBeNull();
      expect(o).toMatchObject({ applicantName: personal(tag, i).name, applicantEmail: personal(tag, i).email, ipHash: `ip-hash-${tag}` });
    }

    // The emails to the applicant about Alfa are gone; those about Echo (same address) stay.
    const mails = await t.db.db.select().from(outbox).where(eq(outbox.toAddress, SHARED_EMAIL));
    expect(mails.some((m) => m.textBody.includes(numbers.Alfa))).toBe(false);
    expect(mails.some((m) => m.textBody.includes(numbers.Echo))).toBe(true);

    // The register and the annual report count the same.
    expect(await figures()).toEqual(before.figures);
    expect(await register()).toEqual(before.register);

    // One audit row: numbers and counts, never what was removed.
    const audits = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'objection.anonymised'));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.summary).toMatchObject({ details: { olderThanYears: 1, count: 2, numbers: [numbers.Alfa, numbers.Bravo] } });
    const logged = JSON.stringify(audits[0]);
    for (const s of [...personalStrings('Alfa', 0), ...personalStrings('Bravo', 1), SHARED_EMAIL]) expect(logged).not.toContain(s);
    expect((await retentionStatus(system())).lastRun).toMatchObject({ count: 2 });

    // A later run finds nothing more.
    expect((await anonymiseClosedRequests(system(), { olderThanYears: 1 })).objectionNumbers).toEqual([]);
    expect(
      await t.db.db
        .select()
        .from(auditLog)
        .where(inArray(auditLog.action, ['objection.anonymised'])),
    ).toHaveLength(1);
  });

  it('the staff page, the register page and xlsx show none of the removed data; the decision letter is still there', async () => {
    t.clock.set(RUN);
    const b = await staff('utama@kota.example');
    for (const [i, tag] of (['Alfa', 'Bravo'] as const).entries()) {
      const page = await b.get(`/admin/keberatan/${ids[tag]}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain(numbers[tag]);
      expect(page.text).toContain(ANONYMISED);
      for (const s of personalStrings(tag, i)) expect(page.text).not.toContain(s);
      const letter = await t.app.request(`/admin/keberatan/${ids[tag]}/surat.pdf`, {
        headers: { cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      expect(letter.status).toBe(200);
    }
    // The one still open keeps its data on its page.
    expect((await b.get(`/admin/keberatan/${ids.Delta}`)).text).toContain(personal('Delta', 3).name);

    const after = await registerText();
    for (const s of [...personalStrings('Alfa', 0), ...personalStrings('Bravo', 1)]) {
      expect(after.page).not.toContain(s);
      expect(after.xlsx).not.toContain(s);
    }
    for (const tag of TAGS) expect(after.xlsx).toContain(numbers[tag]);
    expect(after.xlsx).toContain(personal('Delta', 3).name);
  });

  it('the citizen account of the address no longer lists the anonymised objection nor serves its letter', async () => {
    t.clock.set(RUN);
    const b = await signedIn(SHARED_EMAIL);
    const page = await b.get('/akun');
    expect(page.status).toBe(200);
    expect(page.text).toContain(numbers.Echo);
    expect(page.text).not.toContain(numbers.Alfa);
    expect((await b.get(`/akun/keberatan/${ids.Alfa}.pdf`)).status).toBe(404);
    expect((await b.get(`/akun/keberatan/${ids.Echo}.pdf`)).status).toBe(200);
  });
});
