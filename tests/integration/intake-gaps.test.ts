// intake-gaps: the links to staff intake on the inbox and the objection register, the case and objection pages
// showing how a case came in with its letter scan and surat kuasa (audited views, personal-data rule), and
// the citizen's optional surat kuasa on the web form.
import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, informationRequests, objections, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { openFollowUp } from '../../src/domain/objections/open-follow-up.js';
import { buildWorkQueue } from '../../src/domain/work-queue/build-work-queue.js';
import { deadlineWords } from '../../src/domain/work-queue/deadline-words.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

const applicant = {
  applicantType: 'perorangan',
  name: 'Maria Goreti Lado',
  idNumber: '6271014403880002',
  address: 'Jl. Tjilik Riwut Km 5 No. 12, Palangka Raya',
  occupation: 'Guru',
  phone: '081234500011',
  email: '',
  proxyName: 'Andreas Ngabut, S.H.',
  details: 'Daftar penerima beasiswa daerah tahun 2025 per kecamatan',
  purpose: 'Penelitian skripsi',
  obtainMethod: 'salinan',
  copyFormat: 'hardcopy',
  deliveryMethod: 'ambil_langsung',
  unit: '',
  consent: '1',
};

describe(`intake gaps: links, scans on the case pages, the citizen's surat kuasa (${backendName})`, () => {
  let t: TestApp;
  const cookies = (b: Browser) => [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  async function postForm(
    b: Browser,
    path: string,
    fields: Record<string, string | string[]>,
    files: Record<string, { name: string; bytes: Uint8Array }> = {},
  ) {
    const fd = new FormData();
    fd.append('_csrf', b.csrf);
    for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) fd.append(k, x);
    for (const [k, f] of Object.entries(files)) fd.append(k, new File([new Uint8Array(f.bytes)], f.name));
    const res = await t.app.request(path, { method: 'POST', body: fd, headers: { cookie: cookies(b) } });
    const text = await res.text();
    const m = /name="_csrf" value="([^"]+)"/.exec(text);
    if (m) b.csrf = m[1]!;
    return { status: res.status, text, location: res.headers.get('location'), res };
  }
  async function as(email: string) {
    const b = new Browser(t.app);
    await b.login(email);
    await b.get('/admin');
    return b;
  }
  const audits = async (action: string, entityId: string) =>
    (
      await t.db.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)))
    ).length;

  beforeAll(async () => {
    t = await createTestApp();
    const [u] = await t.db.db.insert(units).values({ code: 'disdik', name: 'Dinas Pendidikan' }).returning();
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'], name: 'Rahmawati Utama' });
    await makeUser(t.ctx, { email: 'disdik@kota.example', roles: ['ppid_pembantu'], unitId: u!.id, name: 'Pembantu Disdik' });
    await makeUser(t.ctx, { email: 'atasan@kota.example', roles: ['atasan_ppid'], name: 'Atasan' });
    t.clock.set(new Date('2026-03-18T03:00:00Z'));
  });
  afterAll(async () => t.dispose());

  it('offers "Catat permohonan" and "Catat keberatan" only to those the policy allows', async () => {
    const utama = await as('utama@kota.example');
    expect((await utama.get('/admin/permohonan')).text).toContain('href="/admin/permohonan/baru"');
    expect((await utama.get('/admin/keberatan')).text).toContain('href="/admin/keberatan/baru"');
    // The Atasan PPID keeps neither register: no links (and the forms refuse it).
    const atasan = await as('atasan@kota.example');
    expect((await atasan.get('/admin/permohonan')).text).not.toContain('href="/admin/permohonan/baru"');
    expect((await atasan.get('/admin/keberatan')).text).not.toContain('href="/admin/keberatan/baru"');
    // A PPID Pembantu: not until the profile lets units enter requests.
    const pembantu = await as('disdik@kota.example');
    expect((await pembantu.get('/admin/permohonan')).text).not.toContain('href="/admin/permohonan/baru"');
  });

  it('shows the channel, the officer and the letter scan and surat kuasa on the case page, each view audited', async () => {
    const b = await as('utama@kota.example');
    const res = await postForm(
      b,
      '/admin/permohonan/baru',
      { ...applicant, channel: 'surat', receivedDate: '2026-03-16', receivedTime: '09:00' },
      {
        letterScan: { name: 'surat.pdf', bytes: readFileSync('tests/fixtures/dokumen.pdf') },
        proxyLetter: { name: 'kuasa.png', bytes: readFileSync('tests/fixtures/gambar.png') },
      },
    );
    expect(res.status).toBe(201);
    const [r] = await t.db.db.select().from(informationRequests);
    const page = await b.get(`/admin/permohonan/${r!.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Diterima melalui');
    expect(page.text).toContain('surat / jasa pengiriman · dicatat oleh Rahmawati Utama');
    expect(page.text).toContain(`href="/admin/permohonan/${r!.id}/surat-masuk"`);
    expect(page.text).toContain(`href="/admin/permohonan/${r!.id}/surat-kuasa"`);

    const letter = await b.get(`/admin/permohonan/${r!.id}/surat-masuk`);
    expect(letter.status).toBe(200);
    expect(letter.res.headers.get('content-type')).toBe('application/pdf');
    expect(letter.res.headers.get('cache-control')).toBe('no-store');
    expect(letter.res.headers.get('content-disposition')).toContain('surat-masuk-');
    const kuasa = await b.get(`/admin/permohonan/${r!.id}/surat-kuasa`);
    expect(kuasa.status).toBe(200);
    expect(kuasa.res.headers.get('content-type')).toBe('image/png');
    expect(await audits('request.letter_scan_viewed', r!.id)).toBe(1);
    expect(await audits('request.proxy_letter_viewed', r!.id)).toBe(1);

    // Not disposed to its unit: the PPID Pembantu neither sees the case nor opens the scans; nothing audited.
    const pembantu = await as('disdik@kota.example');
    expect((await pembantu.get(`/admin/permohonan/${r!.id}/surat-masuk`)).status).toBe(403);
    // The Atasan PPID sees the case but not the applicant's personal data: no links, no scan.
    const atasan = await as('atasan@kota.example');
    const seen = await atasan.get(`/admin/permohonan/${r!.id}`);
    expect(seen.text).toContain('Diterima melalui');
    expect(seen.text).not.toContain('/surat-kuasa"');
    expect((await atasan.get(`/admin/permohonan/${r!.id}/surat-kuasa`)).status).toBe(403);
    expect(await audits('request.proxy_letter_viewed', r!.id)).toBe(1);
  });

  it('shows an objection’s letter scan and surat kuasa to the PPID Utama, audited, and not to the Atasan PPID', async () => {
    // Friday 10 April 2026: the request's deadline (7 April) passed without an answer.
    t.clock.set(new Date('2026-04-10T03:00:00Z'));
    const [r] = await t.db.db.select().from(informationRequests);
    const b = await as('utama@kota.example');
    const res = await postForm(
      b,
      '/admin/keberatan/baru',
      {
        requestNumber: r!.number,
        grounds: ['tidak_ditanggapi'],
        caseSummary: 'Belum ada jawaban tertulis.',
        proxyName: 'Andreas Ngabut, S.H.',
        channel: 'langsung',
        receivedDate: '2026-04-08',
        receivedTime: '10:00',
      },
      {
        letterScan: { name: 'keberatan.png', bytes: readFileSync('tests/fixtures/gambar.png') },
        proxyLetter: { name: 'kuasa.pdf', bytes: readFileSync('tests/fixtures/dokumen.pdf') },
      },
    );
    expect(res.status).toBe(303);
    const [o] = await t.db.db.select().from(objections);
    const page = await b.get(`/admin/keberatan/${o!.id}`);
    expect(page.text).toContain('datang langsung · dicatat oleh Rahmawati Utama');
    expect(page.text).toContain(`href="/admin/keberatan/${o!.id}/surat-masuk"`);
    expect(page.text).toContain(`href="/admin/keberatan/${o!.id}/surat-kuasa"`);
    const kuasa = await b.get(`/admin/keberatan/${o!.id}/surat-kuasa`);
    expect(kuasa.status).toBe(200);
    expect(kuasa.res.headers.get('content-type')).toBe('application/pdf');
    expect(await audits('objection.proxy_letter_viewed', o!.id)).toBe(1);

    const atasan = await as('atasan@kota.example');
    const seen = await atasan.get(`/admin/keberatan/${o!.id}`);
    expect(seen.status).toBe(200);
    expect(seen.text).toContain('Diterima melalui');
    expect(seen.text).not.toContain('/surat-masuk"');
    expect((await atasan.get(`/admin/keberatan/${o!.id}/surat-masuk`)).status).toBe(403);
    expect(await audits('objection.letter_scan_viewed', o!.id)).toBe(0);
  });

  it('takes a citizen’s optional surat kuasa on the web form: checked by content, kept across a refusal, stored encrypted', async () => {
    const citizen = new Browser(t.app);
    const page = await citizen.get('/permohonan');
    expect(page.text).toContain('name="proxyLetter"');
    const formToken = () => /name="formToken" value="([^"]+)"/.exec(page.text)![1]!;
    const send = async (fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }) => {
      const fd = new FormData();
      fd.append('_csrf', citizen.csrf);
      for (const [k, v] of Object.entries(fields)) fd.append(k, v);
      fd.append('proxyLetter', file ? new File([new Uint8Array(file.bytes)], file.name) : new File([], ''));
      const res = await t.app.request('/permohonan', { method: 'POST', body: fd, headers: { cookie: cookies(citizen), 'x-forwarded-for': '10.9.9.9' } });
      const text = await res.text();
      const m = /name="_csrf" value="([^"]+)"/.exec(text);
      if (m) citizen.csrf = m[1]!;
      return { status: res.status, text, location: res.headers.get('location') };
    };
    const before = (await t.db.db.select().from(informationRequests)).length;
    t.clock.advance(20_000);
    const fields = { ...applicant, details: 'Rekap dana BOS 2025 per sekolah', formToken: formToken() };

    // Not an image or a PDF, whatever its name: refused, everything typed kept, nothing stored.
    const wrong = await send(fields, { name: 'kuasa.pdf', bytes: new TextEncoder().encode('bukan pdf sama sekali') });
    expect(wrong.status).toBe(422);
    expect(wrong.text).toContain('Surat kuasa harus berupa foto JPEG atau PNG, atau PDF');
    expect(wrong.text).toContain('Rekap dana BOS 2025 per sekolah');
    // A surat kuasa without a proxy's name: refused, the file kept for the next send.
    const noProxy = await send({ ...fields, proxyName: '' }, { name: 'kuasa.png', bytes: readFileSync('tests/fixtures/gambar.png') });
    expect(noProxy.status).toBe(422);
    expect(noProxy.text).toContain('isi nama kuasa');
    const kept = /name="proxyLetterToken" value="([^"]+)"/.exec(noProxy.text)![1]!;
    expect((await t.db.db.select().from(informationRequests)).length).toBe(before);

    const again = /name="formToken" value="([^"]+)"/.exec(noProxy.text)![1]!;
    t.clock.advance(20_000);
    const sent = await send({ ...fields, formToken: again, proxyLetterToken: kept });
    expect(sent.status).toBe(303);
    const [r] = await t.db.db.select().from(informationRequests).where(eq(informationRequests.details, 'Rekap dana BOS 2025 per sekolah'));
    expect(r).toMatchObject({ channel: 'web', proxyName: 'Andreas Ngabut, S.H.' });
    expect(r!.proxyLetterFileId).not.toBeNull();
    const staff = await as('utama@kota.example');
    const kuasa = await staff.get(`/admin/permohonan/${r!.id}/surat-kuasa`);
    expect(kuasa.status).toBe(200);
    expect(kuasa.res.headers.get('content-type')).toBe('image/png');
  });

  it('lists an open objection follow-up in the PPID Utama’s work queue, overdue first with its deadline words', async () => {
    // Today is Friday 10 April 2026; the follow-up was due Thursday 9 April.
    const [o] = await t.db.db.select().from(objections);
    await openFollowUp(t.ctx, { id: o!.id, requestId: o!.requestId! }, { workingDays: 10, fromDecision: false, due: '2026-04-09' });
    const actorOf = async (email: string) => toActor((await t.db.db.select().from(users).where(eq(users.email, email)))[0]!);
    const q = await buildWorkQueue({ ...t.ctx, actor: await actorOf('utama@kota.example') });
    const s = q.sections.find((x) => x.key === 'objection_follow_ups');
    expect(s?.count).toBe(1);
    expect(s!.items[0]).toMatchObject({ title: o!.number, href: `/admin/keberatan/${o!.id}`, when: { kind: 'overdue', dueDate: '2026-04-09' } });
    expect(deadlineWords(s!.items[0]!.when, 'id')).toBe('terlambat 1 hari kerja');
    const home = await (await as('utama@kota.example')).get('/admin');
    expect(home.text).toContain('Tindak lanjut putusan keberatan');
    // Not the Atasan PPID's work, nor a unit's.
    for (const email of ['atasan@kota.example', 'disdik@kota.example']) {
      const other = await buildWorkQueue({ ...t.ctx, actor: await actorOf(email) });
      expect(other.sections.map((x) => x.key)).not.toContain('objection_follow_ups');
    }
  });
});
