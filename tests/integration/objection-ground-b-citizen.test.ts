// The citizen's side of an objection on ground b of UU KIP Ps 35(1) filed without a request, beyond filing it:
// the public form's rate limit per address and per email (429, Indonesian first, form kept, staff intake not
// limited), the receipt as a PDF read back (only with the right code), and the objection in the citizen
// account of the email it was filed with (sign-in link mailed for it, listed, the decision letter once decided,
// nobody else's); granted, it opens the PPID's follow-up task to publish the information, closed by the PPID Utama.
import { and, desc, eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { objectionFollowUps, objections, outbox, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { openFollowUpTasks } from '../../src/domain/objections/list-follow-ups.js';
import {
  fileUnpublishedObjection,
  UNPUBLISHED_LIMIT_PER_EMAIL_HOUR,
  UNPUBLISHED_LIMIT_PER_IP_HOUR,
} from '../../src/domain/objections/file-unpublished-objection.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { deliveredBody } from '../helpers/mail.js';

const form = (email: string, extra: Record<string, string> = {}) => ({
  name: 'Maria Ulfah Tingang',
  idNumber: '6271 0155 0790 0003',
  address: 'Jl. G. Obos XII No. 8, Palangka Raya',
  phone: '081349001122',
  email,
  unpublishedInformation: 'Rencana kerja dan anggaran Dinas Lingkungan Hidup tahun 2026 belum diumumkan di laman PPID.',
  caseSummary: 'Saya mencari RKA Dinas Lingkungan Hidup 2026 di laman PPID dan papan pengumuman kantor, tetapi tidak ada.',
  unitId: '',
  proxyName: '',
  ...extra,
});

async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  return (await extractText(doc, { mergePages: true })).text;
}

describe(`objection on ground b: limits, PDF receipt, citizen account (${backendName})`, () => {
  let t: TestApp;
  let officerId = '';
  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t.ctx, { email: 'atasan@kota.example', roles: ['atasan_ppid'], name: 'Atasan' });
    officerId = (await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'], name: 'Utama' })).id;
    // Wednesday 18 March 2026, 10:00 WIB.
    t.clock.set(new Date('2026-03-18T03:00:00Z'));
  });
  afterAll(async () => t.dispose());

  it('limits the public form per network address: 429 with the Indonesian message, the form kept, nothing stored', async () => {
    const b = new Browser(t.app, '10.9.0.1');
    await b.get('/permohonan/keberatan/huruf-b');
    for (let i = 0; i < UNPUBLISHED_LIMIT_PER_IP_HOUR; i++) {
      const ok = await b.post('/permohonan/keberatan/huruf-b', form(`warga${i}@contoh.id`));
      expect(ok.status).toBe(201);
      await b.get('/permohonan/keberatan/huruf-b');
    }
    const before = (await t.db.db.select().from(objections)).length;
    const refused = await b.post('/permohonan/keberatan/huruf-b', form('lain@contoh.id'));
    expect(refused.status).toBe(429);
    expect(refused.text).toContain('Terlalu banyak keberatan dikirim dari alamat atau email ini');
    expect(refused.text).toContain('value="lain@contoh.id"');
    expect((await t.db.db.select().from(objections)).length).toBe(before);
    // Another address is not affected; the hash, not the address, is kept.
    const other = new Browser(t.app, '10.9.0.2');
    await other.get('/permohonan/keberatan/huruf-b');
    expect((await other.post('/permohonan/keberatan/huruf-b', form('lain@contoh.id'))).status).toBe(201);
    const rows = await t.db.db.select({ ip: objections.ipHash }).from(objections);
    expect(rows.every((r) => r.ip !== '' && !r.ip.includes('10.9.0'))).toBe(true);
    // An hour later the address may send again.
    t.clock.advance(3_600_001);
    await b.get('/permohonan/keberatan/huruf-b');
    expect((await b.post('/permohonan/keberatan/huruf-b', form('lagi@contoh.id'))).status).toBe(201);
  });

  it('limits per email across addresses (any case), with the English message too; staff intake is not limited', async () => {
    t.clock.advance(3_600_001);
    for (let i = 0; i < UNPUBLISHED_LIMIT_PER_EMAIL_HOUR; i++) {
      await fileUnpublishedObjection(t.ctx, form(i % 2 ? 'Sama@Contoh.id' : 'sama@contoh.id'), { ipHash: `ip-${i}` });
    }
    await expect(fileUnpublishedObjection(t.ctx, form('SAMA@contoh.id'), { ipHash: 'ip-x' })).rejects.toMatchObject({
      status: 429,
      messages: { en: expect.stringContaining('Too many objections') },
    });
    const b = new Browser(t.app, '10.9.1.1');
    await b.get('/permohonan/keberatan/huruf-b');
    const refused = await b.post('/permohonan/keberatan/huruf-b', form('sama@contoh.id'));
    expect(refused.status).toBe(429);
    expect(refused.text).toContain('Terlalu banyak keberatan');
    // A letter entered by an officer (staff intake) is not counted against the email's limit.
    const entered = await fileUnpublishedObjection(t.ctx, form('sama@contoh.id'), { enteredBy: officerId, channel: 'surat' });
    expect(entered.objection).toMatchObject({ channel: 'surat', ipHash: '' });
  });

  it('gives the receipt as a PDF with the number, applicant, information, due date and code; wrong code 404', async () => {
    t.clock.advance(3_600_001);
    const b = new Browser(t.app, '10.9.2.1');
    await b.get('/permohonan/keberatan/huruf-b');
    const res = await b.post('/permohonan/keberatan/huruf-b', form('pdf@contoh.id'));
    expect(res.status).toBe(201);
    const number = /<strong>(\d{3}\/KEB\/[IVX]+\/\d{4})<\/strong>/.exec(res.text)![1]!;
    const code = /<code>([0-9A-Z]{24})<\/code>/.exec(res.text)![1]!;
    const href = `/permohonan/keberatan/tanda-bukti.pdf?nomor=${encodeURIComponent(number)}&amp;kode=${code}`;
    expect(res.text).toContain(href);
    const pdf = await t.app.request(href.replace('&amp;', '&'));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('cache-control')).toBe('no-store');
    const text = (await pdfText(await pdf.arrayBuffer())).replace(/\s+/g, ' ');
    expect(text).toContain('TANDA BUKTI PENERIMAAN KEBERATAN');
    expect(text).toContain(number);
    expect(text).toContain('Maria Ulfah Tingang');
    expect(text).toContain('Rencana kerja dan anggaran Dinas Lingkungan Hidup');
    expect(text).toContain('Pasal 35 ayat (1) huruf b');
    expect(text).toContain(code);
    const [o] = await t.db.db.select().from(objections).where(eq(objections.number, number));
    const [y, m, d] = o!.dueDate.split('-').map(Number);
    const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
    expect(text).toContain(`${d} ${months[m! - 1]} ${y}`);
    const wrong = await b.get(`/permohonan/keberatan/tanda-bukti.pdf?nomor=${encodeURIComponent(number)}&kode=${'A'.repeat(24)}`);
    expect(wrong.status).toBe(404);
    expect((await b.get('/permohonan/keberatan/tanda-bukti.pdf')).status).toBe(303);
  });

  describe('the citizen account', () => {
    const EMAIL = 'akun.warga@contoh.id';
    const linkOf = async (email: string) => {
      const [m] = await t.db.db
        .select()
        .from(outbox)
        .where(and(eq(outbox.toAddress, email), eq(outbox.template, 'citizen_sign_in')))
        .orderBy(desc(outbox.createdAt))
        .limit(1);
      return m ? /\/akun\/masuk\/([A-Za-z0-9_-]+)/.exec(deliveredBody(m, t.ctx.keys))?.[1] : undefined;
    };
    async function signedIn(email: string, ip: string): Promise<Browser> {
      // A second later than the last link, so that the newest mail is this one's.
      t.clock.advance(1_000);
      const b = new Browser(t.app, ip);
      await b.get('/akun');
      expect((await b.post('/akun/masuk', { email })).status).toBe(303);
      const token = await linkOf(email);
      if (!token) throw new Error(`no sign-in mail to ${email}`);
      await b.get(`/akun/masuk/${token}`);
      expect((await b.post(`/akun/masuk/${token}`, {})).status).toBe(303);
      return b;
    }

    it('mails a sign-in link to an email that filed only a ground-b objection, and lists it there, not elsewhere', async () => {
      t.clock.advance(3_600_001);
      const { objection } = await fileUnpublishedObjection(t.ctx, form(EMAIL.toUpperCase()), { ipHash: 'ip-akun' });
      const b = await signedIn(EMAIL, '10.9.3.1');
      const page = await b.get('/akun');
      expect(page.status).toBe(200);
      expect(page.text).toContain('Keberatan tanpa permohonan');
      expect(page.text).toContain(objection.number);
      expect(page.text).toContain('Diperiksa Atasan PPID');
      expect(page.text).not.toContain(`/akun/keberatan/${objection.id}.pdf`);
      // Undecided: no letter yet.
      expect((await b.get(`/akun/keberatan/${objection.id}.pdf`)).status).toBe(404);

      const other = await signedIn('pdf@contoh.id', '10.9.3.2');
      const theirs = await other.get('/akun');
      expect(theirs.text).not.toContain(objection.number);
      // Signed out: the sign-in page.
      expect((await new Browser(t.app, '10.9.3.3').get(`/akun/keberatan/${objection.id}.pdf`)).status).toBe(303);
    });

    it('shows the decision and serves the Atasan PPID’s letter once decided, only to the owner', async () => {
      const [o] = await t.db.db.select().from(objections).where(eq(objections.applicantEmail, EMAIL.toUpperCase()));
      const atasan = new Browser(t.app, '10.9.4.1');
      await atasan.login('atasan@kota.example');
      await atasan.get(`/admin/keberatan/${o!.id}`);
      const decided = await atasan.post(`/admin/keberatan/${o!.id}/putusan`, {
        decision: 'dikabulkan',
        reasons: 'Rencana kerja dan anggaran adalah informasi berkala yang wajib diumumkan (Pasal 9 ayat (2)).',
        followUp: 'PPID mengumumkan RKA Dinas Lingkungan Hidup 2026 di laman PPID.',
        followUpWorkingDays: '',
      });
      expect(decided.status).toBe(303);
      const b = await signedIn(EMAIL, '10.9.4.2');
      const page = await b.get('/akun');
      expect(page.text).toContain('Keberatan diterima; informasi diberikan');
      const letter = await t.app.request(`/akun/keberatan/${o!.id}.pdf`, { headers: { cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
      expect(letter.status).toBe(200);
      expect(letter.headers.get('content-type')).toBe('application/pdf');
      const text = (await pdfText(await letter.arrayBuffer())).replace(/\s+/g, ' ');
      expect(text).toContain(o!.number);
      const other = await signedIn('pdf@contoh.id', '10.9.4.3');
      expect((await other.get(`/akun/keberatan/${o!.id}.pdf`)).status).toBe(404);
    });
  });

  it('granted, it opens the follow-up task to publish the information; the PPID Utama records it done', async () => {
    const [o] = await t.db.db.select().from(objections).where(eq(objections.applicantEmail, 'AKUN.WARGA@CONTOH.ID'));
    const [f] = await t.db.db.select().from(objectionFollowUps).where(eq(objectionFollowUps.objectionId, o!.id));
    expect(f).toMatchObject({ requestId: null, status: 'open', workingDays: 10, fromDecision: false });
    const utama = toActor((await t.db.db.select().from(users).where(eq(users.email, 'utama@kota.example')))[0]!);
    const tasks = await openFollowUpTasks(t.ctx, utama);
    expect(tasks).toEqual([
      expect.objectContaining({ objectionId: o!.id, requestId: null, requestNumber: null, unpublishedInformation: o!.unpublishedInformation }),
    ]);
    const b = new Browser(t.app, '10.9.5.1');
    await b.login('utama@kota.example');
    const page = await b.get(`/admin/keberatan/${o!.id}`);
    expect(page.text).toContain('PPID mengumumkan informasi yang belum diumumkan paling lambat');
    expect(page.text).toContain('Tanggal informasi diumumkan');
    const today = f!.openedAt.toISOString().slice(0, 10);
    const done = await b.post(`/admin/keberatan/${o!.id}/tindak-lanjut`, { givenOn: today, note: 'Diumumkan di laman PPID, menu Informasi Berkala.' });
    expect(done.status).toBe(303);
    const [closed] = await t.db.db.select().from(objectionFollowUps).where(eq(objectionFollowUps.objectionId, o!.id));
    expect(closed).toMatchObject({ status: 'done', doneOn: today, noticeId: null, doneByName: 'Utama' });
    expect(await openFollowUpTasks(t.ctx, utama)).toEqual([]);
    expect((await b.get(`/admin/keberatan/${o!.id}`)).text).toContain('Informasi diumumkan pada');
  });
});
