// Expiry reviews (UU KIP Ps 20) with a controlled clock: a review opens the configured number of days
// before the period ends and reminds the Atasan PPID and the PPID Utama once when opened, weekly, and once
// when overdue; the Atasan PPID extends (a new test; on its approval the old one is superseded) or
// releases (the information goes to a DIP draft of its unit); an objection decision releases too.
import path from 'node:path';
import { and, asc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, type Ctx } from '../../src/context.js';
import {
  accessGrants,
  auditLog,
  classifiedItems,
  consequenceTests,
  dipEntries,
  dipVersions,
  exemptionReviews,
  outbox,
  publicBody,
  users,
} from '../../src/db/schema/index.js';
import { draftTest, updateTest } from '../../src/domain/exemptions/draft-test.js';
import { getTest } from '../../src/domain/exemptions/queries.js';
import { extendByReview, listReviews, releaseByDecision, releaseByReview, runExpiryReviews } from '../../src/domain/exemptions/reviews.js';
import { decideTest, reviewTest, submitTest } from '../../src/domain/exemptions/workflow.js';
import { decideObjection, fileObjection } from '../../src/domain/objections/objections.js';
import { respondRequest } from '../../src/domain/requests/respond-request.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { runCli } from '../helpers/cli.js';
import { backendName, tempDir } from '../helpers/db.js';
import { approvedTest, EMAILS, setupCast, testInput, type Cast } from '../helpers/exemptions.js';

const at = (iso: string) => new Date(`${iso}T03:00:00Z`); // 10:00 WIB

describe(`exemption expiry reviews (${backendName})`, () => {
  let t: TestApp;
  let cast: Cast;
  const reviewMails = async () =>
    (await t.db.db.select().from(outbox).where(eq(outbox.template, 'exemption_review')).orderBy(asc(outbox.createdAt), asc(outbox.id))).map((m) => ({
      to: m.toAddress,
      subject: m.subject,
      body: m.textBody,
    }));
  const run = async (iso: string) => {
    t.clock.set(at(iso));
    return runExpiryReviews(t.ctx);
  };
  const dik = async () => ((await (await t.app.request('/api/v1/dik')).json()) as { items: { number: string }[] }).items.map((i) => i.number);

  beforeAll(async () => {
    t = await createTestApp();
    cast = await setupCast(t);
    t.clock.set(at('2026-03-20'));
  });
  afterAll(async () => t.dispose());

  it('opens a review 30 days before the end and reminds once, weekly, and once overdue', async () => {
    const test = await approvedTest(cast, { periodStart: '2026-03-01', periodEnd: '2026-06-30', publicTitle: 'Data rekam medis pasien 2025' });
    expect(await run('2026-05-30')).toMatchObject({ opened: 0, reminded: 0, overdue: 0 });
    expect(await run('2026-05-31')).toMatchObject({ today: '2026-05-31', opened: 1 });
    const [review] = await t.db.db.select().from(exemptionReviews).where(eq(exemptionReviews.testId, test.id));
    expect(review).toMatchObject({ status: 'open', dueDate: '2026-06-30', lastReminderOn: '2026-05-31' });
    let mails = await reviewMails();
    expect(mails.map((m) => m.to).sort()).toEqual([EMAILS.atasan, EMAILS.utama]);
    expect(mails[0]!.subject).toContain('Peninjauan masa pengecualian dibuka');
    expect(mails[0]!.body).toContain(test.number!);
    expect(mails[0]!.body).toContain('Data rekam medis pasien 2025');
    expect(mails[0]!.body).toContain('30 Juni 2026');
    expect(mails[0]!.body).toContain('/admin/uji-konsekuensi/peninjauan');
    // Running again the same day or later that week sends nothing; a week later, once.
    expect(await run('2026-05-31')).toMatchObject({ opened: 0, reminded: 0 });
    expect(await run('2026-06-06')).toMatchObject({ opened: 0, reminded: 0 });
    expect((await reviewMails()).length).toBe(2);
    expect(await run('2026-06-07')).toMatchObject({ reminded: 1 });
    expect(await run('2026-06-07')).toMatchObject({ reminded: 0 });
    mails = await reviewMails();
    expect(mails.length).toBe(4);
    expect(mails[2]!.subject).toContain('Pengingat');
    // The day after the end: overdue, once; then weekly again.
    expect(await run('2026-06-13')).toMatchObject({ overdue: 0, reminded: 0 });
    expect(await run('2026-07-01')).toMatchObject({ overdue: 1 });
    expect(await run('2026-07-02')).toMatchObject({ overdue: 0, reminded: 0 });
    mails = await reviewMails();
    expect(mails.length).toBe(6);
    expect(mails[4]!.subject).toContain('Terlambat');
    expect(mails[4]!.body).toContain('telah berakhir pada');
    expect(await run('2026-07-08')).toMatchObject({ reminded: 1 });
    expect((await reviewMails()).length).toBe(8);
    // Ended: off the DIK, though still approved until the Atasan PPID decides.
    expect(await dik()).not.toContain(test.number);
    expect((await listReviews(await cast.as(EMAILS.utama)))[0]).toMatchObject({ testId: test.id, overdue: true });
    await expect(listReviews(await cast.as(EMAILS.pembantu))).rejects.toMatchObject({ status: 403 });
    // Nothing of the test's internal text in any reminder.
    for (const m of await reviewMails()) expect(`${m.subject}${m.body}`).not.toMatch(/diagnosis|stigma/);
  });

  it('opens reviews by the number of days set on the body profile', async () => {
    await t.db.db.update(publicBody).set({ exemptionReviewDays: 10 }).where(eq(publicBody.id, 1));
    t.clock.set(at('2026-07-10'));
    const test = await approvedTest(cast, { periodStart: '2026-07-01', periodEnd: '2026-08-31' });
    await run('2026-08-20');
    expect(await t.db.db.select().from(exemptionReviews).where(eq(exemptionReviews.testId, test.id))).toHaveLength(0);
    await run('2026-08-21');
    expect(await t.db.db.select().from(exemptionReviews).where(eq(exemptionReviews.testId, test.id))).toHaveLength(1);
    await t.db.db.update(publicBody).set({ exemptionReviewDays: 30 }).where(eq(publicBody.id, 1));
  });

  it('extends with a new test: on its approval the old one is superseded and the review extended', async () => {
    t.clock.set(at('2026-09-01'));
    const old = await approvedTest(cast, { periodStart: '2026-09-01', periodEnd: '2026-10-31', publicTitle: 'Hasil evaluasi kinerja pegawai' });
    await run('2026-10-05');
    const [review] = await t.db.db.select().from(exemptionReviews).where(eq(exemptionReviews.testId, old.id));
    await expect(extendByReview(await cast.as(EMAILS.utama), review!.id)).rejects.toMatchObject({ status: 403 });
    const fresh = await extendByReview(await cast.as(EMAILS.atasan), review!.id);
    expect(fresh).toMatchObject({
      status: 'draft',
      supersedesId: old.id,
      itemId: old.itemId,
      periodStart: '2026-11-01',
      publicTitle: 'Hasil evaluasi kinerja pegawai',
    });
    await expect(extendByReview(await cast.as(EMAILS.atasan), review!.id)).rejects.toMatchObject({ status: 409 });
    // The unit completes and submits it; the usual way to the decision.
    const pembantu = await cast.as(EMAILS.pembantu);
    const view = await getTest(pembantu, fresh.id);
    expect(view.may.edit).toBe(true);
    await updateTest(pembantu, fresh.id, testInput({ periodStart: '2026-11-01', periodEnd: '2028-10-31', publicTitle: 'Hasil evaluasi kinerja pegawai' }));
    await submitTest(pembantu, fresh.id);
    await reviewTest(await cast.as(EMAILS.utama), fresh.id, 'forward', {});
    t.clock.set(at('2026-10-20'));
    const approved = await decideTest(await cast.as(EMAILS.atasan), fresh.id, { decision: 'setujui' });
    const [oldNow] = await t.db.db.select().from(consequenceTests).where(eq(consequenceTests.id, old.id));
    expect(oldNow!.status).toBe('superseded');
    const [reviewNow] = await t.db.db.select().from(exemptionReviews).where(eq(exemptionReviews.id, review!.id));
    expect(reviewNow).toMatchObject({ status: 'extended', newTestId: fresh.id });
    // Until 31 October the old decision stays on the DIK (no gap); from 1 November the new one replaces it.
    expect(await dik()).toContain(old.number);
    expect(await dik()).not.toContain(approved.number);
    t.clock.set(at('2026-10-31'));
    expect(await dik()).toContain(old.number);
    t.clock.set(at('2026-11-01'));
    expect(await dik()).toContain(approved.number);
    expect(await dik()).not.toContain(old.number);
    // No more reminders for a decided review.
    const about = async () => (await reviewMails()).filter((m) => m.body.includes(old.number!)).length;
    const before = await about();
    await run('2026-11-30');
    expect(await about()).toBe(before);
  });

  it('releases at the review: the test expires, the item is released and a DIP draft is made for its unit', async () => {
    t.clock.set(at('2026-11-02'));
    const test = await approvedTest(cast, {
      periodStart: '2026-11-01',
      periodEnd: '2026-11-30',
      publicTitle: 'Rencana awal pembelian lahan terminal',
      publicSummary: 'Membuka rencana awal pembelian lahan dapat menaikkan harga tanah dan merugikan keuangan daerah.',
      groundCode: 'e.4',
    });
    await run('2026-11-02');
    const [review] = await t.db.db.select().from(exemptionReviews).where(eq(exemptionReviews.testId, test.id));
    await expect(releaseByReview(await cast.as(EMAILS.atasan), review!.id, { reason: 'kurang' })).rejects.toMatchObject({ status: 422 });
    await expect(releaseByReview(await cast.as(EMAILS.utama), review!.id, { reason: 'Pembelian lahan telah selesai dilaksanakan.' })).rejects.toMatchObject({
      status: 403,
    });
    const { dipEntryId } = await releaseByReview(await cast.as(EMAILS.atasan), review!.id, { reason: 'Pembelian lahan telah selesai dilaksanakan.' });
    const [after] = await t.db.db.select().from(consequenceTests).where(eq(consequenceTests.id, test.id));
    expect(after).toMatchObject({ status: 'expired' });
    const [item] = await t.db.db.select().from(classifiedItems).where(eq(classifiedItems.id, test.itemId));
    expect(item).toMatchObject({ status: 'released', dipEntryId, releaseReason: 'Pembelian lahan telah selesai dilaksanakan.' });
    const [entry] = await t.db.db
      .select({ e: dipEntries, v: dipVersions })
      .from(dipEntries)
      .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.workingVersionId))
      .where(eq(dipEntries.id, dipEntryId));
    expect(entry!.e).toMatchObject({ unitId: cast.dinkes, status: 'draft', publishedVersionId: null });
    expect(entry!.v).toMatchObject({ title: 'Rencana awal pembelian lahan terminal', category: 'setiap_saat' });
    expect(entry!.v.summary).toContain(test.number!);
    expect(entry!.v.summary).not.toMatch(/diagnosis|stigma/);
    const [reviewNow] = await t.db.db.select().from(exemptionReviews).where(eq(exemptionReviews.id, review!.id));
    expect(reviewNow).toMatchObject({ status: 'released', dipEntryId });
    const [mail] = await t.db.db.select().from(outbox).where(eq(outbox.template, 'exemption_released'));
    expect(mail).toMatchObject({ toAddress: EMAILS.pembantu });
    expect(mail!.textBody).toContain(`/admin/dip/${dipEntryId}`);
    expect(await dik()).not.toContain(test.number);
    // The draft is not on the portal until it goes through the DIP workflow.
    expect((await t.app.request(`/informasi/${entry!.e.slug}`)).status).toBe(404);
    await expect(releaseByReview(await cast.as(EMAILS.atasan), review!.id, { reason: 'Sekali lagi dibuka.' })).rejects.toMatchObject({ status: 409 });
    const audits = await t.db.db.select().from(auditLog).where(like(auditLog.action, 'exemption.%'));
    expect(audits.map((a) => a.action)).toContain('exemption.expired');
  });

  it('releases the information when the Atasan PPID grants an objection against a refusal that cited the test', async () => {
    t.clock.set(at('2026-11-16'));
    const test = await approvedTest(cast, {
      periodStart: '2026-11-01',
      periodEnd: '2030-11-01',
      publicTitle: 'Daftar pasien penerima layanan khusus',
    });
    const system: Ctx = { ...t.ctx, actor: anonymous };
    const { request, token } = await submitRequest(system, {
      applicantType: 'perorangan',
      name: 'Siti Rahmawati',
      idNumber: '6271034507900002',
      address: 'Jl. G. Obos XI No. 3, Palangka Raya',
      occupation: 'Mahasiswa',
      phone: '',
      email: 'siti@warga.example',
      proxyName: '',
      details: 'Daftar pasien penerima layanan khusus tahun 2026.',
      purpose: 'Penelitian.',
      obtainMethod: 'salinan',
      copyFormat: 'softcopy',
      deliveryMethod: 'email',
      unit: 'dinkes',
      consent: true,
    });
    await respondRequest(await cast.as(EMAILS.utama), request.id, {
      outcome: 'ditolak_dikecualikan',
      held: 'ya',
      reason: 'Informasi memuat data pasien perorangan.',
      consequenceTestId: test.id,
    });
    t.clock.set(at('2026-11-18'));
    // The objection's deadline (30 working days) reaches 1 January 2027, a year without a calendar: the
    // Atasan PPID confirms it when deciding (domain/calendar/calendar-gaps.ts).
    const objection = await fileObjection(system, request.number, token, {
      grounds: ['penolakan_pasal17'],
      caseSummary: 'Data agregat seharusnya dapat dibuka tanpa identitas pasien.',
    });
    await decideObjection(
      await cast.as(EMAILS.atasan),
      objection.id,
      {
        decision: 'dikabulkan',
        reasons: 'Informasi dapat diberikan tanpa identitas pasien; pengecualian tidak lagi diperlukan.',
        followUp: '',
      },
      { calendarGapConfirmed: true },
    );
    const [after] = await t.db.db.select().from(consequenceTests).where(eq(consequenceTests.id, test.id));
    expect(after!.status).toBe('released');
    const [item] = await t.db.db.select().from(classifiedItems).where(eq(classifiedItems.id, test.itemId));
    expect(item!.status).toBe('released');
    expect(item!.releaseReason).toContain(objection.number);
    expect(item!.dipEntryId).not.toBeNull();
    expect(await dik()).not.toContain(test.number);
    // Once ended, a later decision has nothing more to open; a dispute decision is recorded by the PPID Utama.
    expect(
      await releaseByDecision(await cast.as(EMAILS.utama), { consequenceTestId: test.id, reason: 'Putusan Komisi Informasi.', source: 'sengketa' }),
    ).toBeNull();
    await expect(
      releaseByDecision(await cast.as(EMAILS.pembantu), { consequenceTestId: test.id, reason: 'Putusan Komisi Informasi.', source: 'sengketa' }),
    ).rejects.toMatchObject({ status: 403 });
    const other = await approvedTest(cast, { periodStart: '2026-11-01', periodEnd: '2030-11-01' });
    const released = await releaseByDecision(await cast.as(EMAILS.utama), {
      consequenceTestId: other.id,
      reason: 'Putusan Komisi Informasi Provinsi Nomor 12/KI-KT/2026 memerintahkan informasi dibuka.',
      source: 'sengketa',
    });
    expect(released?.dipEntryId).toBeDefined();
    const [o2] = await t.db.db
      .select()
      .from(consequenceTests)
      .where(and(eq(consequenceTests.id, other.id)));
    expect(o2!.status).toBe('released');
  });

  it('files a test the PPID Utama drafts for another unit under the unit the information belongs to: its officers see it, get the mail and the DIP draft', async () => {
    t.clock.set(at('2026-12-01'));
    const kominfo = 'pembantu.diskominfo@pky.go.id';
    await makeUser(t.ctx, { email: kominfo, roles: ['ppid_pembantu'], unitId: cast.diskominfo, name: 'Pembantu Diskominfo' });
    await t.db.db.update(users).set({ clearance: 'rahasia' }).where(eq(users.email, kominfo));
    // The PPID Utama (of Diskominfo) drafts for Dinkes; the Atasan PPID approves.
    const test = await approvedTest(
      cast,
      {
        unitId: cast.dinkes,
        itemTitle: 'Daftar pasien TB resisten obat per puskesmas',
        periodStart: '2026-12-01',
        periodEnd: '2026-12-30',
        publicTitle: 'Daftar pasien TB resisten obat',
        publicSummary: 'Membuka daftar pasien mengungkap rahasia pribadi tentang kesehatan pasien.',
      },
      { drafter: EMAILS.utama },
    );
    expect(test.unitId).toBe(cast.dinkes);
    const [item] = await t.db.db.select().from(classifiedItems).where(eq(classifiedItems.id, test.itemId));
    expect(item!.unitId).toBe(cast.dinkes);
    expect(item!.number).toMatch(/^INF\/dinkes\//);
    const page = async (email: string, path: string) => {
      const b = new Browser(t.app, '10.4.4.4');
      expect((await b.login(email)).status).toBe(303);
      return (await b.get(path)).status;
    };
    // The owning unit reads it; the PPID Pembantu of the PPID Utama's unit does not; the PPID Utama keeps
    // need-to-know on what they recorded by a grant.
    expect(await page(EMAILS.pembantu, `/admin/informasi/${item!.id}`)).toBe(200);
    expect(await page(kominfo, `/admin/informasi/${item!.id}`)).toBe(404);
    expect(await page(EMAILS.utama, `/admin/informasi/${item!.id}`)).toBe(200);
    const grants = await t.db.db.select().from(accessGrants).where(eq(accessGrants.itemId, item!.id));
    expect(grants).toHaveLength(1);

    await run('2026-12-01');
    const [review] = await t.db.db.select().from(exemptionReviews).where(eq(exemptionReviews.testId, test.id));
    const { dipEntryId } = await releaseByReview(await cast.as(EMAILS.atasan), review!.id, { reason: 'Program penanggulangan telah selesai.' });
    const [entry] = await t.db.db.select().from(dipEntries).where(eq(dipEntries.id, dipEntryId));
    expect(entry!.unitId).toBe(cast.dinkes);
    const mails = await t.db.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.template, 'exemption_released'), like(outbox.textBody, `%${dipEntryId}%`)));
    expect(mails.map((m) => m.toAddress)).toEqual([EMAILS.pembantu]);
    expect(await page(EMAILS.pembantu, `/admin/dip/${dipEntryId}`)).toBe(200);
    expect(await page(kominfo, `/admin/dip/${dipEntryId}`)).toBe(403);

    // A draft whose unit the PPID Utama corrects takes its new item along (a new number in that unit).
    const utama = await cast.as(EMAILS.utama);
    const draft = await draftTest(utama, testInput({ unitId: cast.bkpsdm, itemTitle: 'Hasil asesmen pegawai 2026' }));
    const [before] = await t.db.db.select().from(classifiedItems).where(eq(classifiedItems.id, draft.itemId));
    expect(before!.unitId).toBe(cast.bkpsdm);
    await updateTest(utama, draft.id, { ...testInput(), unitId: cast.dinkes });
    const [moved] = await t.db.db.select().from(classifiedItems).where(eq(classifiedItems.id, draft.itemId));
    expect(moved!.unitId).toBe(cast.dinkes);
    expect(moved!.number).toMatch(/^INF\/dinkes\//);
    // A decided test keeps its unit (and its item).
    await expect(updateTest(utama, test.id, { ...testInput(), unitId: cast.bkpsdm })).rejects.toMatchObject({ status: 409 });
  });

  it('runs from cron as `qgesy reviews run`', { timeout: 600_000 }, async () => {
    const tmp = tempDir('qgesy-reviews-cli-');
    try {
      const env = { DATA_DIR: path.join(tmp.dir, 'data'), ...(t.db.url ? { DATABASE_URL: t.db.url } : {}) };
      if (t.db.url) {
        // The same PostgreSQL database the tests wrote: the CLI sees its open reviews.
        const r = await runCli(['reviews', 'run'], env);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toMatch(/^Peninjauan pengecualian \d{4}-\d{2}-\d{2} \/ exemption reviews: \d+ dibuka/);
      } else {
        const r = await runCli(['reviews', 'run'], env);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toContain('0 dibuka / opened, 0 pengingat / reminders, 0 terlambat / overdue');
      }
      const bad = await runCli(['reviews', 'open'], env);
      expect(bad.code).toBe(1);
      expect(bad.stderr.trim()).toBe('Pemakaian / usage: qgesy reviews run');
    } finally {
      tmp.cleanup();
    }
  });
});
