// Requests for information, the citizen's side: the form over HTTP, registration numbers, the statutory
// deadline on the real calendar, the receipt PDF, the email, the tracking page and its privacy, spam limits.
import { count, eq, sql } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Ctx } from '../../src/context.js';
import { auditLog, informationRequests, outbox, requestCounters, requestEvents, units } from '../../src/db/schema/index.js';
import { createCalendarDay } from '../../src/domain/calendar/manage-calendar.js';
import { updatePublicBody } from '../../src/domain/org/public-body.js';
import type { RequestInput } from '../../src/domain/requests/input.js';
import { LIMIT_PER_IP_HOUR, submitRequest } from '../../src/domain/requests/submit-request.js';
import { citizenRequest } from '../helpers/factories.js';
import { Browser, createTestApp, type TestApp } from '../helpers/app.js';
import { deliveredBody } from '../helpers/mail.js';
import { backendName } from '../helpers/db.js';

const citizen: RequestInput = citizenRequest();

const formOf = (r: RequestInput): Record<string, string> =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'consent' ? (v ? '1' : '') : String(v ?? '')]));

async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  return (await extractText(doc, { mergePages: true })).text;
}

describe(`requests for information (${backendName})`, () => {
  let t: TestApp;
  const system = (): Ctx => ({ ...t.ctx, actor: systemActor('uji') });

  /** Opens the form, waits like a person, sends it. */
  async function send(b: Browser, form: Record<string, string>, prefix = '') {
    const page = await b.get(`${prefix}/permohonan`);
    const token = /name="formToken" value="([^"]+)"/.exec(page.text)![1]!;
    t.clock.advance(20_000);
    return b.post(`${prefix}/permohonan`, { ...form, formToken: token });
  }

  beforeAll(async () => {
    t = await createTestApp();
    await t.db.db.insert(units).values({ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' });
    // Monday 16 March 2026, 09:00 WIB: the worked example of kip-domain.md §8.1 (due Tuesday 7 April).
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
  });
  afterAll(async () => t.dispose());

  it('registers a request from the form: number, deadline, receipt PDF, email, tracking page without personal data', async () => {
    const b = new Browser(t.app, '10.1.1.1');
    const sent = await send(b, formOf(citizen));
    expect(sent.status).toBe(303);
    expect(sent.location).toMatch(/^\/permohonan\/terdaftar\?nomor=001%2FPPID%2FIII%2F2026&kode=[\w-]{24}&email=1$/);

    const done = await b.get(sent.location!);
    expect(done.status).toBe(200);
    expect(done.text).toContain('001/PPID/III/2026');
    expect(done.text).toContain('7 April 2026');
    const code = new URL(sent.location!, 'http://x').searchParams.get('kode')!;

    const [row] = await t.db.db.select().from(informationRequests);
    expect(row).toMatchObject({ number: '001/PPID/III/2026', year: 2026, seq: 1, startDate: '2026-03-16', dueDate: '2026-04-07', status: 'received' });
    expect(row!.trackingTokenHash).not.toContain(code);

    // The email carries the tracking link, which opens the tracking page.
    const [mail] = await t.db.db.select().from(outbox).where(eq(outbox.template, 'request_received'));
    expect(mail!.toAddress).toBe('yohanes@warga.example');
    expect(mail!.subject).toBe('Permohonan informasi 001/PPID/III/2026 telah diterima');
    expect(mail!.textBody).toContain('7 April 2026');
    expect(mail!.textBody).not.toContain(code);
    const link = /(http:\/\/localhost:3000\/permohonan\/lacak\?\S+)/.exec(deliveredBody(mail!, t.ctx.keys))![1]!;
    const tracking = await new Browser(t.app, '10.9.9.9').get(link.replace('http://localhost:3000', ''));
    expect(tracking.status).toBe(200);
    expect(tracking.text).toContain('Permohonan diterima dan terdaftar');
    expect(tracking.text).toContain('Selasa, 7 April 2026');
    expect(tracking.text).toContain('Dinas Pekerjaan Umum dan Penataan Ruang');
    expect(tracking.res.headers.get('cache-control')).toBe('no-store');
    for (const personal of [citizen.name, citizen.idNumber, citizen.email, 'Rajawali', '0812', 'drainase', 'Memantau']) {
      expect(tracking.text, personal).not.toContain(personal);
    }

    // The receipt: a real PDF with the letterhead's title, the number, the applicant and the deadline.
    const pdf = await t.app.request(`/permohonan/tanda-bukti.pdf?nomor=${encodeURIComponent('001/PPID/III/2026')}&kode=${code}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(await pdf.arrayBuffer());
    for (const s of ['TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK', '001/PPID/III/2026', 'Yohanes Dambung', '6271031203870004', '7 April 2026', code]) {
      expect(text).toContain(s);
    }

    // One step in the history; the audit row names the number, not the person.
    expect(await t.db.db.select().from(requestEvents)).toHaveLength(1);
    const audits = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'request.received'));
    expect(audits).toHaveLength(1);
    const logged = JSON.stringify(audits[0]);
    expect(logged).toContain('001/PPID/III/2026');
    // Nor where the citizen wrote from: the hash chain would keep the address for ever.
    expect(audits[0]!.ip).toBeNull();
    for (const personal of [citizen.name, citizen.idNumber, citizen.email]) expect(logged).not.toContain(personal);
  });

  it('answers a wrong code exactly like an unknown number', async () => {
    const b = new Browser(t.app);
    const wrong = await b.get(`/permohonan/lacak?nomor=${encodeURIComponent('001/PPID/III/2026')}&kode=salah-kode-ini`);
    const unknown = await b.get(`/permohonan/lacak?nomor=${encodeURIComponent('999/PPID/III/2026')}&kode=salah-kode-ini`);
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    const msg = 'Nomor pendaftaran dan kode pelacakan tidak cocok.';
    expect(wrong.text).toContain(msg);
    expect(unknown.text).toContain(msg);
    expect((await t.app.request(`/permohonan/tanda-bukti.pdf?nomor=${encodeURIComponent('001/PPID/III/2026')}&kode=salah`)).status).toBe(404);
  });

  it('keeps what was typed and writes nothing when the form is wrong, sent too fast or by a robot', async () => {
    const before = (await t.db.db.select({ n: count() }).from(informationRequests))[0]!.n;
    const [counter] = await t.db.db.select().from(requestCounters);
    const b = new Browser(t.app, '10.1.1.2');

    const bad = await send(b, formOf({ ...citizen, idNumber: '6271', consent: false, copyFormat: '' }));
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('NIK terdiri dari 16 angka, seperti pada KTP.');
    expect(bad.text).toContain('Anda perlu menyetujui pernyataan ini untuk mengajukan permohonan.');
    expect(bad.text).toContain('Pilih bentuk salinan.');
    expect(bad.text).toContain('Jl. Rajawali VII No. 12');
    expect(bad.text).toContain('drainase Jalan G. Obos');

    const english = new Browser(t.app, '10.1.1.2');
    const badEn = await send(english, formOf({ ...citizen, email: '', phone: '', deliveryMethod: 'pos' }), '/en');
    expect(badEn.status).toBe(422);
    expect(badEn.text).toContain('Give an email address or a phone number, so that the PPID can reach you.');

    const page = await b.get('/permohonan');
    const token = /name="formToken" value="([^"]+)"/.exec(page.text)![1]!;
    const fast = await b.post('/permohonan', { ...formOf(citizen), formToken: token });
    expect(fast.status).toBe(422);
    expect(fast.text).toContain('Formulir terkirim terlalu cepat atau sudah kedaluwarsa.');
    expect(fast.text).toContain('drainase Jalan G. Obos');
    const forged = await b.post('/permohonan', { ...formOf(citizen), formToken: `${Date.now() - 60_000}.tiruan` });
    expect(forged.status).toBe(422);

    const robot = await send(b, { ...formOf(citizen), website: 'http://spam.example' });
    expect(robot.status).toBe(422);

    expect((await t.db.db.select({ n: count() }).from(informationRequests))[0]!.n).toBe(before);
    expect(await t.db.db.select().from(requestCounters)).toEqual([counter]);
  });

  it('limits submissions per address and per email address', async () => {
    const base = (await t.db.db.select({ n: count() }).from(informationRequests))[0]!.n;
    for (let i = 0; i < LIMIT_PER_IP_HOUR; i++) {
      await submitRequest(system(), { ...citizen, email: `warga${i}@warga.example` }, { ipHash: 'alamat-sama' });
    }
    await expect(submitRequest(system(), { ...citizen, email: 'lain@warga.example' }, { ipHash: 'alamat-sama' })).rejects.toMatchObject({ status: 429 });
    const b = new Browser(t.app, '10.1.1.3');
    for (let i = 0; i < 4; i++) expect((await send(b, formOf({ ...citizen, email: 'sering@warga.example' }))).status).toBe(303);
    // The fifth from that email was fine too; the sixth is refused with a message, and nothing is lost from the form.
    expect((await send(b, formOf({ ...citizen, email: 'sering@warga.example' }))).status).toBe(303);
    const refused = await send(b, formOf({ ...citizen, email: 'sering@warga.example' }));
    expect(refused.status).toBe(429);
    expect(refused.text).toContain('Terlalu banyak permohonan');
    expect(refused.text).toContain('drainase Jalan G. Obos');
    expect((await t.db.db.select({ n: count() }).from(informationRequests))[0]!.n).toBe(base + LIMIT_PER_IP_HOUR + 5);
    // An hour later the address may send again.
    t.clock.advance(3_600_000 + 1000);
    await submitRequest(system(), { ...citizen, email: 'lain@warga.example' }, { ipHash: 'alamat-sama' });
  });

  it('offers the same through the JSON API: submit, status, problems per field, documented', async () => {
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      t.app.request('/api/v1/requests', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.2.2.2', ...headers },
      });
    const created = await post({ ...citizen, email: 'api@warga.example' });
    expect(created.status).toBe(201);
    const json = (await created.json()) as { number: string; trackingCode: string; dueDate: string; receiptUrl: string };
    expect(json.number).toMatch(/^\d{3}\/PPID\/[IVX]+\/\d{4}$/);
    expect(json.receiptUrl).toContain('/permohonan/tanda-bukti.pdf?nomor=');

    const status = await t.app.request(`/api/v1/requests/status?number=${encodeURIComponent(json.number)}&code=${json.trackingCode}`);
    expect(status.status).toBe(200);
    const st = (await status.json()) as Record<string, unknown>;
    expect(st).toMatchObject({ number: json.number, status: 'received', dueDate: json.dueDate, steps: [{ kind: 'received' }] });
    expect(JSON.stringify(st)).not.toContain(citizen.name);
    const wrong = await t.app.request(`/api/v1/requests/status?number=${encodeURIComponent(json.number)}&code=salah`);
    expect(wrong.status).toBe(404);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');

    const bad = await post({ ...citizen, idNumber: '12', consent: false });
    expect(bad.status).toBe(422);
    const problem = (await bad.json()) as { errors: { name: string; message: string; message_en: string }[] };
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { name: 'idNumber', message: 'NIK terdiri dari 16 angka, seperti pada KTP.', message_en: 'A NIK has 16 digits, as on the identity card (KTP).' },
        expect.objectContaining({ name: 'consent', message_en: 'You need to agree to this statement to submit the request.' }),
      ]),
    );
    expect((await post('bukan objek')).status).toBe(400);
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/requests', '/api/v1/requests/status']));
  });

  it('numbers by the pattern the body set, and refuses a pattern that could repeat numbers', async () => {
    const admin = { ...t.ctx, actor: systemActor('admin') };
    await expect(updatePublicBody(admin, { name: 'Pemerintah Kota Palangka Raya', requestNumberPattern: 'PPID/{bulan}/{tahun}' })).rejects.toThrow();
    await expect(updatePublicBody(admin, { name: 'Pemerintah Kota Palangka Raya', requestNumberPattern: '{nomor}/{hari}/{tahun}' })).rejects.toThrow();
    await updatePublicBody(admin, { name: 'Pemerintah Kota Palangka Raya', requestNumberPattern: 'PPID-PKY/{tahun}/{bulan2}/{nomor}', serviceClosingTime: '' });
    const r = await submitRequest(system(), { ...citizen, email: '', deliveryMethod: 'pos' }, { ipHash: 'ip-pattern' });
    expect(r.request.number).toMatch(/^PPID-PKY\/2026\/03\/\d{3}$/);
    await updatePublicBody(admin, { name: 'Pemerintah Kota Palangka Raya' });
  });

  it('gives 200 simultaneous requests distinct numbers with no gaps', async () => {
    const year = 2027;
    t.clock.set(new Date('2027-02-01T02:00:00Z'));
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        submitRequest(system(), { ...citizen, email: '', deliveryMethod: 'ambil_langsung', phone: `0812${i}`, unit: '' }, { ipHash: `ip-${i}` }),
      ),
    );
    const seqs = results.map((r) => r.request.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(new Set(results.map((r) => r.request.number)).size).toBe(200);
    expect(results.find((r) => r.request.seq === 200)!.request.number).toBe('200/PPID/II/2027');
    const [c] = await t.db.db.select().from(requestCounters).where(eq(requestCounters.year, year));
    expect(c!.last).toBe(200);
  });

  it('counts from the next working day after the closing hour, and moves open deadlines when the calendar changes', async () => {
    // Friday 13 March 2026, 16:30 WIB: after closing, so day 0 is Monday 16 March.
    t.clock.set(new Date('2026-03-13T09:30:00Z'));
    const late = await submitRequest(system(), { ...citizen, email: '', deliveryMethod: 'pos' }, { ipHash: 'ip-late' });
    expect(late.request.startDate).toBe('2026-03-16');
    expect(late.request.dueDate).toBe('2026-04-07');
    // 15:59 the same day still counts that Friday.
    t.clock.set(new Date('2026-03-13T08:59:00Z'));
    const early = await submitRequest(system(), { ...citizen, email: '', deliveryMethod: 'pos' }, { ipHash: 'ip-early' });
    expect(early.request.startDate).toBe('2026-03-13');
    expect(early.request.dueDate).toBe('2026-04-06');

    await createCalendarDay(
      { ...t.ctx, actor: systemActor('admin') },
      {
        date: '2026-03-30',
        kind: 'libur_lokal',
        name: 'Hari Jadi Kota Palangka Raya (uji)',
        source: 'Keputusan Wali Kota (uji)',
        stopsClock: true,
      },
    );
    const [moved] = await t.db.db.select().from(informationRequests).where(eq(informationRequests.id, late.request.id));
    expect(moved!.dueDate).toBe('2026-04-08');
    const audit = await t.db.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.action} = 'request.deadline_recomputed' and ${auditLog.entityId} = ${late.request.id}`);
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).toContain('2026-04-07');
    expect(JSON.stringify(audit[0])).toContain('2026-04-08');
  });
});
