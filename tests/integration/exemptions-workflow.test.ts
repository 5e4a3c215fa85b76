// Consequence tests: drafted by a unit's PPID Pembantu, returned and forwarded by the PPID Utama, decided
// by the Atasan PPID; each role only where it belongs; the penetapan number gap-free under concurrency;
// the period rules of Pasal 20 and PP 61; a DIP entry that becomes exempt leaves the portal; the audit
// log and the emails never carry the information itself.
import { and, asc, eq, like } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { auditLog, classifiedItems, publicBody, consequenceTests, consequenceTestSteps, dipEntries, outbox, users } from '../../src/db/schema/index.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { draftTest, updateTest } from '../../src/domain/exemptions/draft-test.js';
import { renderPenetapan } from '../../src/letters/penetapan-letter.js';
import { getTest, listTests } from '../../src/domain/exemptions/queries.js';
import { decideTest, reviewTest, submitTest } from '../../src/domain/exemptions/workflow.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { approvedTest, EMAILS, setupCast, testInput, type Cast } from '../helpers/exemptions.js';

const SECRET_TITLE = 'Rekam medis Tn. Bambang Kusnadi Zeta';
const SECRET_WITHHELD = 'diagnosis HIV Tn. Bambang Zeta-77';
const SECRET_HARM = 'stigma bagi keluarga Zeta-88';

async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  return (await extractText(doc, { mergePages: true })).text.replace(/\s+/g, ' ').replace(/([/-]) /g, '$1');
}

describe(`consequence tests: workflow (${backendName})`, () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await setupCast(t);
  });
  afterAll(async () => t.dispose());

  it('goes draft → submitted → returned → submitted → reviewed → approved, with steps, audit and mail that name no secret', async () => {
    const pembantu = await cast.as(EMAILS.pembantu);
    const utama = await cast.as(EMAILS.utama);
    const atasan = await cast.as(EMAILS.atasan);
    const draft = await draftTest(
      pembantu,
      testInput({
        itemTitle: SECRET_TITLE,
        itemDescription: 'Uraian rahasia Zeta',
        withheldInformation: `Isi: ${SECRET_WITHHELD}.`,
        harm: `Akibatnya ${SECRET_HARM} dan diskriminasi.`,
      }),
    );
    expect(draft).toMatchObject({ status: 'draft', unitId: cast.dinkes, ground: 'h', subpoint: 2, periodEnd: '2031-02-28', number: null });
    const [item] = await t.db.db.select().from(classifiedItems).where(eq(classifiedItems.id, draft.itemId));
    // Stored sealed (classified-metadata-encryption.test.ts covers the reading side).
    expect(item).toMatchObject({ unitId: cast.dinkes, origin: 'baru', securityLevel: 'terbatas', title: expect.stringMatching(/^enc1:/) });
    expect(JSON.stringify(item)).not.toContain(SECRET_TITLE);

    // Another unit's officer, a viewer and the administrator do not see it.
    await expect(getTest(await cast.as(EMAILS.other), draft.id)).rejects.toMatchObject({ status: 404 });
    await expect(getTest(await cast.as(EMAILS.viewer), draft.id)).rejects.toMatchObject({ status: 404 });
    await expect(listTests(await cast.as(EMAILS.viewer), {})).rejects.toMatchObject({ status: 403 });
    expect((await listTests(await cast.as(EMAILS.other), {})).rows).toHaveLength(0);
    // Not yet submitted: nobody reviews or decides it.
    await expect(reviewTest(utama, draft.id, 'forward', {})).rejects.toMatchObject({ status: 409 });
    await expect(decideTest(atasan, draft.id, { decision: 'setujui' })).rejects.toMatchObject({ status: 409 });

    // Steps are ordered by time: the clock moves a minute before each one.
    t.clock.advance(60_000);
    await submitTest(pembantu, draft.id);
    await expect(updateTest(pembantu, draft.id, testInput())).rejects.toMatchObject({ status: 409 });
    // The wrong roles.
    await expect(reviewTest(pembantu, draft.id, 'forward', {})).rejects.toMatchObject({ status: 403 });
    await expect(decideTest(utama, draft.id, { decision: 'setujui' })).rejects.toMatchObject({ status: 403 });
    await expect(reviewTest(atasan, draft.id, 'forward', {})).rejects.toMatchObject({ status: 403 });
    await expect(reviewTest(utama, draft.id, 'return', { note: 'ok' })).rejects.toMatchObject({ status: 422 });

    t.clock.advance(60_000);
    await reviewTest(utama, draft.id, 'return', { note: 'Lengkapi dasar hukum dengan pasal yang tepat.' });
    expect((await getTest(pembantu, draft.id)).may).toMatchObject({ edit: true, submit: true, review: false, decide: false });
    t.clock.advance(60_000);
    await updateTest(
      pembantu,
      draft.id,
      testInput({
        legalArticle: 'Pasal 4 ayat (1) huruf i dan Pasal 177',
        withheldInformation: `Isi: ${SECRET_WITHHELD}.`,
        harm: `Akibatnya ${SECRET_HARM} dan diskriminasi.`,
      }),
    );
    t.clock.advance(60_000);
    await submitTest(pembantu, draft.id);
    t.clock.advance(60_000);
    await reviewTest(utama, draft.id, 'forward', { note: 'Sudah sesuai.' });
    expect((await getTest(atasan, draft.id)).may.decide).toBe(true);

    // A decision needs the internals: an Atasan PPID whose clearance is below the item's level may not decide.
    await t.db.db.update(users).set({ clearance: 'biasa' }).where(eq(users.email, EMAILS.atasan));
    await expect(decideTest(await cast.as(EMAILS.atasan), draft.id, { decision: 'setujui' })).rejects.toMatchObject({ status: 404 });
    const low = await getTest(await cast.as(EMAILS.atasan), draft.id);
    expect(low.internals).toBeNull();
    expect(JSON.stringify(low)).not.toContain(SECRET_WITHHELD);
    await t.db.db.update(users).set({ clearance: 'rahasia' }).where(eq(users.email, EMAILS.atasan));

    await expect(decideTest(atasan, draft.id, { decision: 'tolak', reasons: 'singkat' })).rejects.toMatchObject({ status: 422 });
    t.clock.set(new Date('2026-03-20T03:00:00Z'));
    const approved = await decideTest(atasan, draft.id, { decision: 'setujui', reasons: 'Rahasia pribadi pasien wajib dilindungi.' });
    expect(approved).toMatchObject({
      status: 'approved',
      number: '001/PENETAPAN/PPID/III/2026',
      year: 2026,
      seq: 1,
      decisionDate: '2026-03-20',
      signerName: 'Dr. H. Agus Salim, M.Si.',
      signerNip: '197011081995031002',
      signerPosition: 'Sekretaris Daerah',
      onBehalfOf: 'Wali Kota Palangka Raya',
    });
    await expect(decideTest(atasan, draft.id, { decision: 'setujui' })).rejects.toMatchObject({ status: 409 });

    const steps = await t.db.db
      .select()
      .from(consequenceTestSteps)
      .where(eq(consequenceTestSteps.testId, draft.id))
      .orderBy(asc(consequenceTestSteps.at), asc(consequenceTestSteps.id));
    expect(steps.map((s) => s.action)).toEqual(['created', 'submitted', 'returned', 'updated', 'submitted', 'reviewed', 'approved']);

    const audits = await t.db.db.select().from(auditLog).where(like(auditLog.action, 'exemption.%')).orderBy(asc(auditLog.seq));
    expect(audits.map((a) => a.action)).toEqual([
      'exemption.drafted',
      'exemption.submitted',
      'exemption.returned',
      'exemption.updated',
      'exemption.submitted',
      'exemption.reviewed',
      'exemption.approved',
    ]);
    const allAudit = JSON.stringify(await t.db.db.select().from(auditLog));
    for (const s of [SECRET_TITLE, 'Zeta', 'diagnosis', 'stigma']) expect(allAudit, s).not.toContain(s);
    expect(allAudit).toContain(item!.number);

    // The emails: to the PPID Utama on submit, to the Atasan PPID on review, to the drafter on return and decision.
    const mails = await t.db.db.select().from(outbox).where(like(outbox.template, 'exemption_%')).orderBy(asc(outbox.createdAt), asc(outbox.id));
    expect(mails.map((m) => [m.template, m.toAddress])).toEqual([
      ['exemption_submitted', EMAILS.utama],
      ['exemption_decided', EMAILS.pembantu],
      ['exemption_submitted', EMAILS.utama],
      ['exemption_forwarded', EMAILS.atasan],
      ['exemption_decided', EMAILS.pembantu],
    ]);
    expect(mails.at(-1)!.textBody).toContain('001/PENETAPAN/PPID/III/2026');
    expect(mails.at(-1)!.textBody).toContain(`/admin/uji-konsekuensi/${draft.id}`);
    for (const m of mails) for (const s of ['Zeta', 'diagnosis', 'stigma', 'Lengkapi dasar hukum']) expect(`${m.subject} ${m.textBody}`, s).not.toContain(s);

    // The penetapan letter, read back.
    const { pdf } = await renderPenetapan(atasan, draft.id);
    mkdirSync('test-results', { recursive: true });
    writeFileSync(`test-results/penetapan-${backendName}.pdf`, pdf);
    const text = await pdfText(pdf);
    for (const s of [
      'SURAT PENETAPAN KLASIFIKASI',
      'INFORMASI PUBLIK YANG DIKECUALIKAN',
      'Nomor: 001/PENETAPAN/PPID/III/2026',
      'PEMERINTAH KOTA PALANGKA RAYA',
      'Jenis klasifikasi informasi yang dikecualikan',
      'Pasal 17 huruf h angka 2',
      'Identitas pejabat PPID yang menetapkan',
      'Rina Kartika Sari, S.Kom.',
      'Badan publik dan unit kerja',
      'Dinas Kesehatan',
      'Jangka waktu pengecualian',
      '1 Maret 2026 sampai dengan 28 Februari 2031',
      'Alasan pengecualian',
      SECRET_HARM,
      'Tempat dan tanggal penetapan',
      'Palangka Raya, 20 Maret 2026',
      'Menyetujui,',
      'a.n. Wali Kota Palangka Raya',
      'Sekretaris Daerah selaku Atasan PPID',
      'Dr. H. Agus Salim, M.Si.',
      'NIP 197011081995031002',
      'TABEL PENGUJIAN KONSEKUENSI',
      'Konsekuensi apabila dibuka',
      'Pertimbangan kepentingan publik',
      SECRET_WITHHELD,
      'UU No. 17 Tahun 2023 tentang Kesehatan',
      'Dikecualikan seluruhnya',
    ]) {
      expect(text, s).toContain(s);
    }
    // Only for readers of the internals.
    await expect(renderPenetapan(await cast.as(EMAILS.other), draft.id)).rejects.toMatchObject({ status: 404 });
    await expect(renderPenetapan(await cast.as(EMAILS.viewer), draft.id)).rejects.toMatchObject({ status: 404 });
  });

  it('penetapan: the PPID sets the classification with the approval of the head of the body or a.n., each with name, position and NIP', async () => {
    // Perki 1/2017 Ps 4(3)-(4): element b is the PPID official who sets it; the head of the body approves.
    await t.db.db.update(users).set({ nip: '198205172006042011' }).where(eq(users.email, EMAILS.utama));
    await t.db.db.update(publicBody).set({
      ppidPosition: 'Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian selaku PPID Utama',
      headOfBodyName: 'Fairid Naparin, S.E.',
      headOfBodyNip: '',
    });
    const test = await approvedTest(cast);
    const atasan = await cast.as(EMAILS.atasan);
    const el = (text: string) => text.slice(text.indexOf('Identitas pejabat PPID yang menetapkan'), text.indexOf('Badan publik dan unit kerja'));
    const text = await pdfText((await renderPenetapan(atasan, test.id)).pdf);
    // Element b: the PPID (who examined the test), then the approval a.n. the head by the Atasan PPID who decided.
    expect(el(text)).toMatch(
      /^Identitas pejabat PPID yang menetapkan : Rina Kartika Sari, S\.Kom\., NIP 198205172006042011 Kepala Dinas Komunikasi.*selaku PPID Utama Dengan persetujuan: Dr\. H\. Agus Salim, M\.Si\., NIP 197011081995031002 a\.n\. Wali Kota Palangka Raya, Sekretaris Daerah selaku Atasan PPID/,
    );
    expect(text).not.toContain('diperiksa oleh');
    // The signatures: "Menyetujui" (a.n. the head) and the PPID's "Ditetapkan di", each with a NIP.
    expect(text).toMatch(
      /Menyetujui, a\.n\. Wali Kota Palangka Raya Sekretaris Daerah selaku Atasan PPID, Dr\. H\. Agus Salim, M\.Si\. NIP 197011081995031002/,
    );
    expect(text).toMatch(
      /Ditetapkan di Palangka Raya pada tanggal \d+ \w+ \d{4} Kepala Dinas .*selaku PPID Utama, Rina Kartika Sari, S\.Kom\. NIP 198205172006042011/,
    );

    // Configured: the head of the body approves in person.
    await t.db.db.update(publicBody).set({ penetapanApprover: 'kepala', headOfBodyNip: '198011122005011001' });
    const byHead = await pdfText((await renderPenetapan(atasan, test.id)).pdf);
    expect(el(byHead)).toContain('Dengan persetujuan: Fairid Naparin, S.E., NIP 198011122005011001 Wali Kota Palangka Raya');
    expect(byHead).toMatch(/Menyetujui, Wali Kota Palangka Raya, Fairid Naparin, S\.E\. NIP 198011122005011001/);
    expect(byHead).not.toContain('a.n. Wali Kota');
    await t.db.db.update(publicBody).set({ penetapanApprover: 'atas_nama', ppidPosition: '', headOfBodyName: '', headOfBodyNip: '' });
  });

  it('rejects and returns with reasons at the Atasan PPID', async () => {
    const pembantu = await cast.as(EMAILS.pembantu);
    const a = await draftTest(pembantu, testInput());
    await submitTest(pembantu, a.id);
    await reviewTest(await cast.as(EMAILS.utama), a.id, 'forward', {});
    const back = await decideTest(await cast.as(EMAILS.atasan), a.id, { decision: 'kembalikan', reasons: 'Jangka waktu perlu dipersingkat.' });
    expect(back.status).toBe('returned');
    await submitTest(pembantu, a.id);
    await reviewTest(await cast.as(EMAILS.utama), a.id, 'forward', {});
    const no = await decideTest(await cast.as(EMAILS.atasan), a.id, { decision: 'tolak', reasons: 'Informasi ini terbuka menurut Pasal 18.' });
    expect(no).toMatchObject({ status: 'rejected', number: null, decisionReasons: 'Informasi ini terbuka menurut Pasal 18.' });
  });

  it('checks the period rules of Pasal 20 and PP 61', async () => {
    const pembantu = await cast.as(EMAILS.pembantu);
    const fieldsOf = async (over: Parameters<typeof testInput>[0]) => {
      try {
        await draftTest(pembantu, testInput(over));
        return null;
      } catch (err) {
        return (err as { fields?: Record<string, { id: string; en: string }> }).fields ?? { _: { id: String(err), en: '' } };
      }
    };
    // a–f and i–j need an end; g and h may have none.
    expect((await fieldsOf({ groundCode: 'a.1', periodEnd: '' }))?.periodEnd?.id).toContain('tidak boleh tanpa batas waktu');
    expect((await fieldsOf({ groundCode: 'i', periodEnd: '' }))?.periodEnd?.id).toContain('tidak boleh tanpa batas waktu');
    expect((await fieldsOf({ groundCode: 'j', periodEnd: '' }))?.periodEnd).toBeDefined();
    expect(await fieldsOf({ groundCode: 'g', periodEnd: '' })).toBeNull();
    expect(await fieldsOf({ groundCode: 'h.3', periodEnd: '' })).toBeNull();
    // Sub-points: required where the letter has them, refused where it has none or out of range.
    expect((await fieldsOf({ groundCode: 'h' }))?.groundCode).toBeDefined();
    expect((await fieldsOf({ groundCode: 'b.1' }))?.groundCode).toBeDefined();
    expect((await fieldsOf({ groundCode: 'a.6' }))?.groundCode).toBeDefined();
    expect(await fieldsOf({ groundCode: 'b' })).toBeNull();
    // Order and form of the dates.
    expect((await fieldsOf({ periodEnd: '2026-02-01' }))?.periodEnd?.id).toContain('sebelum tanggal mulai');
    expect((await fieldsOf({ periodStart: '2026-02-30' }))?.periodStart).toBeDefined();
    // Past 30 years on a–f: a warning that must be acknowledged; 30 years exactly is fine; h has no maximum.
    const long = await fieldsOf({ groundCode: 'c.6', periodStart: '2026-03-01', periodEnd: '2056-03-01' });
    expect(long?.periodEnd?.id).toContain('30 tahun');
    expect(long?.periodEnd?.en).toContain('30-year');
    expect(await fieldsOf({ groundCode: 'c.6', periodStart: '2026-03-01', periodEnd: '2056-02-29' })).toBeNull();
    expect(await fieldsOf({ groundCode: 'c.6', periodStart: '2026-03-01', periodEnd: '2060-03-01', acknowledgeLongPeriod: '1' })).toBeNull();
    expect(await fieldsOf({ groundCode: 'h.1', periodStart: '2026-03-01', periodEnd: '2090-03-01' })).toBeNull();
    // Partial exemption names what is released; the public fields are required.
    expect((await fieldsOf({ partial: 'ya', releasedPart: '' }))?.releasedPart).toBeDefined();
    const empty = await fieldsOf({ publicTitle: '', publicSummary: '', harm: '', itemTitle: '' });
    expect(Object.keys(empty ?? {}).sort()).toEqual(['harm', 'itemTitle', 'publicSummary', 'publicTitle']);
    // A period that already ended cannot be approved.
    const old = await draftTest(pembantu, testInput({ periodStart: '2020-01-01', periodEnd: '2025-12-31' }));
    await submitTest(pembantu, old.id);
    await reviewTest(await cast.as(EMAILS.utama), old.id, 'forward', {});
    await expect(decideTest(await cast.as(EMAILS.atasan), old.id, { decision: 'setujui' })).rejects.toMatchObject({ status: 409 });
  });

  it('numbers 20 approvals at once without gaps or repeats', { timeout: 120_000 }, async () => {
    t.clock.set(new Date('2026-12-01T03:00:00Z'));
    const pembantu = await cast.as(EMAILS.pembantu);
    const utama = await cast.as(EMAILS.utama);
    const atasan = await cast.as(EMAILS.atasan);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const d = await draftTest(pembantu, testInput({ itemTitle: `Informasi uji ${i}`, periodStart: '2026-12-01', periodEnd: '2030-12-01' }));
      await submitTest(pembantu, d.id);
      await reviewTest(utama, d.id, 'forward', {});
      ids.push(d.id);
    }
    const before = await t.db.db
      .select({ n: consequenceTests.seq })
      .from(consequenceTests)
      .where(and(eq(consequenceTests.year, 2026)));
    const done = await Promise.all(ids.map((id) => decideTest(atasan, id, { decision: 'setujui' })));
    const seqs = done.map((d) => d.seq!).sort((a, b) => a - b);
    const start = before.length + 1;
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => start + i));
    expect(new Set(done.map((d) => d.number)).size).toBe(20);
    expect(done.every((d) => /^\d{3}\/PENETAPAN\/PPID\/XII\/2026$/.test(d.number!))).toBe(true);
  });

  it('withdraws the DIP entry the exempt item came from, in the same transaction as the approval', async () => {
    t.clock.set(new Date('2026-12-02T03:00:00Z'));
    const pembantu = await cast.as(EMAILS.pembantu);
    const entry = await createDraft(pembantu, cast.dinkes, {
      title: 'Data pasien penerima layanan hemodialisis',
      summary: 'Nama dan jadwal pasien hemodialisis di RSUD.',
      category: 'setiap_saat',
      subtype: 'layanan_publik',
      holder: '',
      responsible: 'Kepala Bidang Pelayanan',
      madeWhen: '2026',
      madePlace: 'Palangka Raya',
      forms: ['terekam'],
      formats: [],
      retention: '5 tahun',
      year: 2026,
      periodLabel: '',
      tags: [],
      links: [],
    });
    await submitEntries(pembantu, [entry.id]);
    await approveEntry(await cast.as(EMAILS.utama), entry.id);
    expect((await t.app.request(`/informasi/${entry.slug}`)).status).toBe(200);
    const test = await approvedTest(cast, {
      source: 'dip',
      dipEntryId: entry.id,
      securityLevel: 'terbatas',
      periodStart: '2026-12-01',
      periodEnd: '2031-12-01',
    });
    const [item] = await t.db.db.select().from(classifiedItems).where(eq(classifiedItems.id, test.itemId));
    expect(item).toMatchObject({ origin: 'dip', dipEntryId: entry.id, title: expect.stringMatching(/^enc1:/) });
    const [after] = await t.db.db.select().from(dipEntries).where(eq(dipEntries.id, entry.id));
    expect(after).toMatchObject({ status: 'unpublished', publishedVersionId: null });
    expect(after!.unpublishReason).toContain(test.number!);
    expect((await t.app.request(`/informasi/${entry.slug}`)).status).toBe(404);
  });

  it('lets a unit officer pick an item they may read, and not one they may not', async () => {
    const pembantu = await cast.as(EMAILS.pembantu);
    const other = await cast.as(EMAILS.other);
    const first = await draftTest(other, testInput({ itemTitle: 'Penilaian kinerja pegawai BKPSDM', groundCode: 'h.4' }));
    // The Dinkes officer may not read a BKPSDM item: the same answer as for an unknown id.
    const refused = await draftTest(pembantu, testInput({ source: 'item', itemId: first.itemId })).catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 422, fields: { itemId: expect.anything() } });
    // The BKPSDM officer's item already has a test under way.
    const again = await draftTest(other, testInput({ source: 'item', itemId: first.itemId })).catch((e: unknown) => e);
    expect(again).toMatchObject({ status: 422 });
    const { rows, counts } = await listTests(other, {});
    expect(rows.every((r) => r.unitId === cast.bkpsdm)).toBe(true);
    expect(counts.draft).toBe(1);
  });
});
