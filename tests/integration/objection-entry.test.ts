// Objections filed without the tracking link: the standalone form (number and tracking code typed in) and
// POST /api/v1/objections, with the same rules: every field checked at once, the same 404 for an unknown
// number and a wrong code, 409 outside the 30 working days or while another objection is open; documented
// in the OpenAPI document, which stays valid.
import { Validator } from '@seriousme/openapi-schema-validator';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Ctx } from '../../src/context.js';
import { objections, outbox } from '../../src/db/schema/index.js';
import type { RequestInput } from '../../src/domain/requests/input.js';
import { respondRequest } from '../../src/domain/requests/respond-request.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

const citizen: RequestInput = {
  applicantType: 'perorangan',
  name: 'Dewi Lestari',
  idNumber: '6271034107950002',
  address: 'Jl. Temanggung Tilung XII No. 4, Palangka Raya',
  email: 'dewi@warga.example',
  details: 'Rencana kerja dan anggaran Dinas Lingkungan Hidup tahun 2026.',
  purpose: 'Kajian kebijakan persampahan.',
  obtainMethod: 'salinan',
  copyFormat: 'softcopy',
  deliveryMethod: 'email',
  consent: true,
};
const SUMMARY = 'Dokumen yang diberikan tidak memuat rincian anggaran yang saya minta.';

type Problem = { status: number; code: string; title: string; title_en: string; errors?: { name: string; message: string; message_en: string }[] };

describe(`objections without the tracking link: form and JSON API (${backendName})`, () => {
  let t: TestApp;
  const system = (): Ctx => ({ ...t.ctx, actor: systemActor('uji') });
  const requests: { number: string; code: string; id: string }[] = [];
  const api = (body: unknown) =>
    t.app.request('/api/v1/objections', {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t.ctx, { email: 'atasan@pky.go.id', roles: ['atasan_ppid'] });
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
    for (let i = 0; i < 3; i++) {
      const r = await submitRequest(system(), { ...citizen, email: `dewi${i}@warga.example` });
      requests.push({ number: r.request.number, code: r.token, id: r.request.id });
    }
  });
  afterAll(async () => t.dispose());

  it('shows the standalone form and refuses before the answer, naming the deadline', async () => {
    const b = new Browser(t.app);
    const form = await b.get('/permohonan/keberatan');
    expect(form.status).toBe(200);
    for (const s of ['name="nomor"', 'name="kode"', 'name="grounds"', 'name="caseSummary"', 'name="entry" value="1"']) expect(form.text).toContain(s);
    // Reachable from the tracking form and every page's footer.
    expect((await b.get('/permohonan/lacak')).text).toContain('href="/permohonan/keberatan"');

    const { number, code } = requests[0]!;
    const early = await b.post('/permohonan/keberatan', { entry: '1', nomor: number, kode: code, grounds: ['tidak_ditanggapi'], caseSummary: SUMMARY });
    expect(early.status).toBe(409);
    expect(early.text).toContain(
      'Keberatan dapat diajukan setelah PPID memberi jawaban tertulis, atau bila batas waktu Selasa, 7 April 2026 lewat tanpa jawaban.',
    );
    expect(early.text).toContain(`value="${number}"`);
  });

  it('checks every field at once, says the same for an unknown number and a wrong code, then files it', async () => {
    t.clock.set(new Date('2026-03-20T03:00:00Z'));
    for (const r of requests.slice(0, 2)) {
      await respondRequest(system(), r.id, {
        outcome: 'belum_didokumentasikan',
        held: 'ya',
        reason: 'Rincian belanja per kegiatan belum didokumentasikan dalam bentuk yang dapat diberikan.',
      });
    }
    const b = new Browser(t.app);
    await b.get('/permohonan/keberatan');
    const empty = await b.post('/permohonan/keberatan', { entry: '1', nomor: ' ', kode: '', caseSummary: 'pendek' });
    expect(empty.status).toBe(422);
    for (const m of [
      'Isi nomor pendaftaran permohonan.',
      'Isi kode pelacakan dari tanda bukti atau email permohonan.',
      'Pilih minimal satu alasan keberatan.',
      'Uraikan kasus posisi (minimal 20 karakter).',
    ])
      expect(empty.text).toContain(m);
    expect(empty.text).toContain('href="#f-nomor"');
    expect(empty.text).toContain('href="#f-kode"');

    const { number, code } = requests[0]!;
    const wrongCode = await b.post('/permohonan/keberatan', { entry: '1', nomor: number, kode: 'salah', grounds: ['tidak_dipenuhi'], caseSummary: SUMMARY });
    const unknown = await b.post('/permohonan/keberatan', {
      entry: '1',
      nomor: '999/PPID/III/2026',
      kode: 'salah',
      grounds: ['tidak_dipenuhi'],
      caseSummary: SUMMARY,
    });
    expect(wrongCode.status).toBe(404);
    expect(unknown.status).toBe(404);
    const summary = (html: string) => /<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0];
    expect(summary(wrongCode.text)).toContain('Nomor pendaftaran dan kode pelacakan tidak cocok.');
    expect(summary(wrongCode.text)).toBe(summary(unknown.text));
    expect(await t.db.db.select().from(objections)).toHaveLength(0);

    const ok = await b.post('/permohonan/keberatan', {
      entry: '1',
      nomor: ` ${number} `,
      kode: code,
      grounds: ['tidak_dipenuhi', 'tidak_sesuai_permintaan'],
      caseSummary: SUMMARY,
    });
    expect(ok.status).toBe(303);
    expect(ok.location).toBe(`/permohonan/lacak?nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(code)}`);
    const [o] = await t.db.db.select().from(objections);
    expect(o).toMatchObject({ requestId: requests[0]!.id, grounds: ['tidak_dipenuhi', 'tidak_sesuai_permintaan'], status: 'received', caseSummary: SUMMARY });
    const tracked = await b.get(ok.location!);
    expect(tracked.text).toContain(o!.number);
    const mails = await t.db.db.select().from(outbox).where(eq(outbox.template, 'objection_received'));
    expect(mails.map((m) => m.toAddress)).toEqual(['dewi0@warga.example']);
  });

  it('answers in English too', async () => {
    const b = new Browser(t.app);
    await b.get('/en/permohonan/keberatan');
    const page = await b.post('/en/permohonan/keberatan', { entry: '1', nomor: '', kode: '', caseSummary: '' });
    expect(page.status).toBe(422);
    expect(page.text).toContain('Enter the registration number of the request.');
    expect(page.text).toContain('Choose at least one ground for the objection.');
  });

  it('files through POST /api/v1/objections with problems per field in both languages', async () => {
    expect((await api('bukan json')).status).toBe(400);
    expect((await api([1, 2])).status).toBe(400);

    const bad = await api({ grounds: ['tidak_ada'], caseSummary: 'x', proxyName: 7 });
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const p = (await bad.json()) as Problem;
    expect(p).toMatchObject({ status: 422, code: 'validation_failed', title: 'Periksa kembali isian yang ditandai.' });
    expect(p.errors).toEqual(
      expect.arrayContaining([
        { name: 'number', message: 'Isi nomor pendaftaran permohonan.', message_en: 'Enter the registration number of the request.' },
        {
          name: 'code',
          message: 'Isi kode pelacakan dari tanda bukti atau email permohonan.',
          message_en: 'Enter the tracking code from the receipt or the email of the request.',
        },
        {
          name: 'grounds',
          message: 'Alasan keberatan tidak dikenal; pilih dari huruf a–g Pasal 35 ayat (1).',
          message_en: 'Unknown ground; choose from letters a–g of Art. 35(1).',
        },
        { name: 'caseSummary', message: 'Uraikan kasus posisi (minimal 20 karakter).', message_en: 'Describe what happened (at least 20 characters).' },
        expect.objectContaining({ name: 'proxyName', message_en: 'The name of the proxy must be text (at most 200 characters).' }),
      ]),
    );
    expect((await api({ number: requests[1]!.number, code: requests[1]!.code, grounds: [], caseSummary: SUMMARY })).status).toBe(422);

    const wrong = await api({ number: requests[1]!.number, code: 'salah', grounds: ['tidak_dipenuhi'], caseSummary: SUMMARY });
    const unknown = await api({ number: '999/PPID/III/2026', code: requests[1]!.code, grounds: ['tidak_dipenuhi'], caseSummary: SUMMARY });
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await wrong.json()).toEqual(await unknown.json());

    t.clock.set(new Date('2026-03-23T03:00:00Z'));
    const created = await api({
      number: requests[1]!.number,
      code: requests[1]!.code,
      grounds: ['penolakan_pasal17'],
      caseSummary: SUMMARY,
      proxyName: 'LBH Palangka Raya',
    });
    expect(created.status).toBe(201);
    const json = (await created.json()) as Record<string, string>;
    // 23 and 24 March are cuti bersama: day 0 is Wednesday 25 March; 30 working days later (Good Friday and
    // 1 May do not count) is Friday 8 May 2026.
    expect(json).toMatchObject({ number: '002/KEB/III/2026', requestNumber: requests[1]!.number, status: 'received', dueDate: '2026-05-08' });
    expect(json.trackingUrl).toContain(`kode=${requests[1]!.code}`);
    expect(JSON.stringify(json)).not.toContain(citizen.name);
    const [o] = await t.db.db.select().from(objections).where(eq(objections.number, '002/KEB/III/2026'));
    expect(o!.proxyName).toBe('LBH Palangka Raya');

    const again = await api({ number: requests[1]!.number, code: requests[1]!.code, grounds: ['tidak_dipenuhi'], caseSummary: SUMMARY });
    expect(again.status).toBe(409);
    expect(((await again.json()) as Problem).title).toContain('sudah diajukan dan sedang diperiksa');

    // The third request was never answered; its 30 working days ran from the lapse on 7 April to 22 May.
    t.clock.set(new Date('2026-05-26T03:00:00Z'));
    const late = await api({ number: requests[2]!.number, code: requests[2]!.code, grounds: ['tidak_ditanggapi'], caseSummary: SUMMARY });
    expect(late.status).toBe(409);
    const lp = (await late.json()) as Problem;
    expect(lp.code).toBe('objection_not_allowed');
    expect(lp.title).toContain('Batas waktu pengajuan keberatan (30 hari kerja) berakhir pada');
    expect(lp.title_en).toContain('The 30-working-day period for objections ended on');
  });

  it('is in the OpenAPI document, which stays valid', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const op = doc.paths['/api/v1/objections']?.post;
    expect(op).toBeDefined();
    expect(Object.keys(op!.responses).sort()).toEqual(['201', '400', '404', '409', '422']);
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
