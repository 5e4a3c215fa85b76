// The back office of consequence tests over app.request(): the form with its messages (Indonesian and
// English) and kept values, the way through the three roles, what each role sees and may do, the
// penetapan PDF download, the reviews page, the request form's link to draft a test, and the body profile
// settings; no page of one unit's test for another unit's officer.
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consequenceTests, publicBody } from '../../src/db/schema/index.js';
import { runExpiryReviews } from '../../src/domain/exemptions/reviews.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { systemActor } from '../../src/context.js';
import { Browser, createTestApp, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { EMAILS, setupCast, testInput, type Cast } from '../helpers/exemptions.js';

const WITHHELD = 'Catatan rahasia Xylo-42';

describe(`consequence tests in the back office (${backendName})`, () => {
  let t: TestApp;
  let cast: Cast;
  // Every log line the app writes, at the most detailed level: none may carry a test's internal text.
  const logLines: string[] = [];
  async function as(email: string, lang?: 'en') {
    const b = new Browser(t.app, '10.3.0.1');
    if (lang) b.cookies.set('qg_lang', lang);
    expect((await b.login(email)).status, email).toBe(303);
    await b.get('/admin');
    return b;
  }
  const form = (over: Record<string, string> = {}) =>
    Object.fromEntries(Object.entries(testInput({ withheldInformation: WITHHELD, ...over })).map(([k, v]) => [k, String(v ?? '')]));

  beforeAll(async () => {
    t = await createTestApp();
    cast = await setupCast(t);
    t.clock.set(new Date('2026-03-20T03:00:00Z'));
    t.deps.logger = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
  });
  afterAll(async () => {
    expect(logLines.length).toBeGreaterThan(50);
    expect(logLines.join('\n')).not.toContain(WITHHELD);
    expect(logLines.join('\n')).not.toContain('Xylo');
    await t.dispose();
  });

  it('drafts with the form, shows its mistakes, and carries the test through the three roles', async () => {
    const pembantu = await as(EMAILS.pembantu);
    const list = await pembantu.get('/admin/uji-konsekuensi');
    expect(list.status).toBe(200);
    expect(list.text).toContain('href="/admin/uji-konsekuensi/baru"');
    expect(list.text).toContain('href="/admin/uji-konsekuensi"'); // nav link for a unit officer
    const blank = await pembantu.get('/admin/uji-konsekuensi/baru');
    expect(blank.status).toBe(200);
    for (const s of [
      'Tampil di portal.',
      'Judul untuk publik',
      'Dasar pengecualian (Pasal 17)',
      '<optgroup label="h. mengungkap rahasia pribadi">',
      'value="h.2"',
      'Jangka waktu pengecualian',
    ])
      expect(blank.text, s).toContain(s);

    // Mistakes: all shown at once, in Indonesian, with the typed values kept.
    const bad = await pembantu.post('/admin/uji-konsekuensi', form({ groundCode: 'a.1', periodEnd: '', harm: 'pendek', publicTitle: '' }));
    expect(bad.status).toBe(422);
    for (const s of [
      'tidak boleh tanpa batas waktu',
      'Uraikan konsekuensi bila informasi dibuka (minimal 20 karakter).',
      'Tulis judul untuk publik (minimal 5 karakter).',
    ])
      expect(bad.text, s).toContain(s);
    expect(bad.text).toContain(WITHHELD);
    expect(bad.text).toContain('<option value="a.1" selected="">');
    expect(await t.db.db.select().from(consequenceTests)).toHaveLength(0);
    // The same in English.
    const en = await as(EMAILS.pembantu, 'en');
    await en.get('/admin/uji-konsekuensi/baru');
    const enBad = await en.post('/admin/uji-konsekuensi', form({ groundCode: '', periodStart: '2026-13-01' }));
    expect(enBad.status).toBe(422);
    expect(enBad.text).toContain('Choose the exemption ground (Art. 17) with its sub-point where it has one.');
    expect(enBad.text).toContain('Not a valid date; use the form YYYY-MM-DD');
    // Past 30 years: asked to confirm.
    const long = await pembantu.post('/admin/uji-konsekuensi', form({ groundCode: 'c.6', periodEnd: '2060-01-01' }));
    expect(long.status).toBe(422);
    expect(long.text).toContain('Jangka waktu melebihi batas 30 tahun');

    const saved = await pembantu.post('/admin/uji-konsekuensi', form());
    expect(saved.status).toBe(303);
    const path = saved.location!.replace(/\?.*$/, '');
    const id = path.split('/').pop()!;
    const page = await pembantu.get(saved.location!);
    expect(page.text).toContain('Draf uji konsekuensi disimpan.');
    expect(page.text).toContain(WITHHELD);
    expect(page.text).toContain(`action="${path}/ajukan"`);
    // Another unit's officer, a viewer and the administrator: not found or forbidden.
    expect((await (await as(EMAILS.other)).get(path)).status).toBe(404);
    expect((await (await as(EMAILS.viewer)).get(path)).status).toBe(404);
    expect((await (await as(EMAILS.admin)).get('/admin/uji-konsekuensi')).status).toBe(403);
    expect((await (await as(EMAILS.other)).post(`${path}/ajukan`, {})).status).toBe(404);

    // Edit, then submit.
    const edit = await pembantu.get(`${path}/ubah`);
    expect(edit.text).toContain('value="h.2" selected=""');
    expect(edit.text).toContain(WITHHELD);
    expect((await pembantu.post(path, form({ legalArticle: 'Pasal 4 ayat (1) huruf i dan Pasal 177' }))).status).toBe(303);
    expect((await pembantu.post(`${path}/ajukan`, {})).location).toContain('ok=submitted');
    const again = await pembantu.post(`${path}/ajukan`, {});
    expect(again.status).toBe(409);
    expect(again.text).toContain('sudah diajukan atau diputuskan');

    // The PPID Utama: returning needs a note; then forwards.
    const utama = await as(EMAILS.utama);
    const u = await utama.get(path);
    expect(u.text).toContain(`action="${path}/periksa"`);
    expect(u.text).not.toContain(`action="${path}/putusan"`);
    const noNote = await utama.post(`${path}/periksa`, { action: 'return', note: '' });
    expect(noNote.status).toBe(422);
    expect(noNote.text).toContain('Tuliskan catatan (minimal 5 karakter).');
    expect((await utama.post(`${path}/periksa`, { action: 'forward', note: 'Sudah sesuai.' })).location).toContain('ok=forwarded');
    expect((await pembantu.post(`${path}/periksa`, { action: 'forward' })).status).toBe(403);

    // The Atasan PPID decides; the PDF can be downloaded.
    const atasan = await as(EMAILS.atasan);
    const a = await atasan.get(path);
    expect(a.text).toContain(`action="${path}/putusan"`);
    expect((await utama.post(`${path}/putusan`, { decision: 'setujui' })).status).toBe(403);
    const rejectShort = await atasan.post(`${path}/putusan`, { decision: 'tolak', reasons: 'tidak' });
    expect(rejectShort.status).toBe(422);
    expect(rejectShort.text).toContain('Tuliskan alasan keputusan (minimal 10 karakter).');
    const ok = await atasan.post(`${path}/putusan`, { decision: 'setujui', reasons: '' });
    expect(ok.location).toContain('ok=approved');
    const done = await atasan.get(ok.location!);
    expect(done.text).toContain('001/PENETAPAN/PPID/III/2026');
    expect(done.text).toContain('Berlaku, tampil di DIK');
    expect(done.text).toContain(`${path}/penetapan.pdf`);
    const pdf = await t.app.request(`${path}/penetapan.pdf`, { headers: { cookie: [...atasan.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('cache-control')).toBe('no-store');
    const doc = await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer()));
    expect((await extractText(doc, { mergePages: true })).text).toContain(WITHHELD);
    const otherPdf = await t.app.request(`${path}/penetapan.pdf`, {
      headers: { cookie: [...(await as(EMAILS.other)).cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(otherPdf.status).toBe(404);

    // The list with counts per status and the unit filter.
    const all = await utama.get('/admin/uji-konsekuensi');
    expect(all.text).toContain('Ditetapkan (1)');
    expect((await utama.get(`/admin/uji-konsekuensi?unit=${cast.bkpsdm}`)).text).toContain('Tidak ada uji konsekuensi dalam saringan ini.');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('leads from a request without a test to a draft for that request', async () => {
    const { request } = await submitRequest(
      { ...t.ctx, actor: systemActor('uji') },
      {
        applicantType: 'perorangan',
        name: 'Agus Tinus',
        idNumber: '6271010101800009',
        address: 'Jl. Diponegoro No. 21, Palangka Raya',
        occupation: 'Guru',
        phone: '0812 5100 2233',
        email: '',
        proxyName: '',
        details: 'Catatan konseling siswa SMP Negeri 2 tahun 2025.',
        purpose: 'Bahan rapat komite sekolah.',
        obtainMethod: 'melihat',
        copyFormat: '',
        deliveryMethod: '',
        unit: '',
        consent: true,
      },
    );
    const utama = await as(EMAILS.utama);
    // The notice's refusal step (?hasil=, the decision chosen first) leads to drafting the test.
    const page = await utama.get(`/admin/permohonan/${request.id}?hasil=ditolak_dikecualikan`);
    expect(page.text).toContain(`/admin/uji-konsekuensi/baru?permohonan=${request.id}`);
    const fresh = await utama.get(`/admin/uji-konsekuensi/baru?permohonan=${request.id}`);
    expect(fresh.status).toBe(200);
    expect(fresh.text).toContain(request.number);
    expect(fresh.text).toContain('name="source" value="permohonan"');
    expect(fresh.text).toContain('name="moment" value="saat_permohonan"');
    const saved = await utama.post(
      '/admin/uji-konsekuensi',
      form({ source: 'permohonan', requestId: request.id, itemTitle: 'Catatan konseling siswa', groundCode: 'h.5', moment: 'proaktif' }),
    );
    expect(saved.status, saved.text.slice(0, 500)).toBe(303);
    const [test] = await t.db.db.select().from(consequenceTests).where(eq(consequenceTests.requestId, request.id));
    expect(test).toMatchObject({ moment: 'saat_permohonan', status: 'draft', ground: 'h', subpoint: 5, unitId: cast.diskominfo });
    // The request page lists it as under way.
    expect((await utama.get(`/admin/permohonan/${request.id}?hasil=ditolak_dikecualikan`)).text).toContain(`/admin/uji-konsekuensi/${test!.id}`);
    // A unit officer may not draft for a request not disposed to their unit.
    const pembantu = await as(EMAILS.pembantu);
    expect((await pembantu.get(`/admin/uji-konsekuensi/baru?permohonan=${request.id}`)).status).toBe(403);
  });

  it('shows the reviews to the PPID Utama and lets the Atasan PPID release with a reason', async () => {
    const [approved] = await t.db.db.select().from(consequenceTests).where(eq(consequenceTests.status, 'approved'));
    await t.db.db.update(consequenceTests).set({ periodEnd: '2026-04-10' }).where(eq(consequenceTests.id, approved!.id));
    await runExpiryReviews(t.ctx);
    const utama = await as(EMAILS.utama);
    const page = await utama.get('/admin/uji-konsekuensi/peninjauan');
    expect(page.status).toBe(200);
    expect(page.text).toContain(approved!.number!);
    expect(page.text).not.toContain('/buka"');
    const atasan = await as(EMAILS.atasan);
    const a = await atasan.get('/admin/uji-konsekuensi/peninjauan');
    expect(a.text).toContain('href="/admin/uji-konsekuensi/peninjauan"'); // nav link
    const m = /action="(\/admin\/uji-konsekuensi\/peninjauan\/([0-9a-f-]{36})\/buka)"/.exec(a.text)!;
    const short = await atasan.post(m[1]!, { [`reason-${m[2]}`]: 'pendek' });
    expect(short.status).toBe(422);
    expect(short.text).toContain('Tuliskan alasan pembukaan informasi (minimal 10 karakter).');
    expect(short.text).toContain('>pendek</textarea>');
    expect((await utama.post(m[1]!, { [`reason-${m[2]}`]: 'Informasi sudah tidak perlu dikecualikan.' })).status).toBe(403);
    const done = await atasan.post(m[1]!, { [`reason-${m[2]}`]: 'Informasi sudah tidak perlu dikecualikan.' });
    expect(done.location).toContain('ok=released');
    const [after] = await t.db.db.select().from(consequenceTests).where(eq(consequenceTests.id, approved!.id));
    expect(after!.status).toBe('expired');
    expect((await atasan.get('/admin/uji-konsekuensi/peninjauan?semua=1')).text).toContain('Informasi dibuka');
  });

  it('keeps the exemption settings on the body profile', async () => {
    const utama = await as(EMAILS.utama);
    const page = await utama.get('/admin/badan-publik');
    expect(page.text).toContain('name="exemptionReviewDays"');
    const bad = await utama.post('/admin/badan-publik', {
      name: 'Pemerintah Kota Palangka Raya',
      agencyOfficerLabel: 'PPID Pembantu',
      exemptionReviewDays: '0',
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Isi jumlah hari 1–365.');
    const ok = await utama.post('/admin/badan-publik', {
      name: 'Pemerintah Kota Palangka Raya',
      shortName: 'Palangka Raya',
      agencyOfficerLabel: 'PPID Pembantu',
      atasanPpidPosition: 'Sekretaris Daerah Kota',
      headOfBodyTitle: 'Wali Kota',
      exemptionReviewDays: '45',
    });
    expect(ok.status).toBe(303);
    const [b] = await t.db.db.select().from(publicBody);
    expect(b).toMatchObject({ exemptionReviewDays: 45, atasanPpidPosition: 'Sekretaris Daerah Kota', headOfBodyTitle: 'Wali Kota' });
  });
});
