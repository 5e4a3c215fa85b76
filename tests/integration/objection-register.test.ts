// The objection register (kip-domain.md §6.4) per year: columns a–k on the page and in the xlsx (read
// back), the applicant's reply derived from a recorded dispute or from the lapse of its 14 working days,
// the year filter, text that stays text in the spreadsheet, and the roles allowed objection.view.
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Ctx } from '../../src/context.js';
import { objections, publicBody, users, type ObjectionGround } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { registerDispute } from '../../src/domain/disputes/register-dispute.js';
import { decideObjection, fileObjection } from '../../src/domain/objections/objections.js';
import { OBJECTION_REGISTER_COLUMNS } from '../../src/domain/objections/register.js';
import type { RequestInput } from '../../src/domain/requests/input.js';
import { respondRequest } from '../../src/domain/requests/respond-request.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

const person = (name: string, n: number): RequestInput => ({
  applicantType: 'perorangan',
  name,
  idNumber: `627103150980000${n}`,
  address: `Jl. Kinibalu No. ${n}, Palangka Raya`,
  email: `warga${n}@warga.example`,
  phone: `0812 000${n}`,
  details: `Dokumen anggaran kegiatan nomor ${n} tahun 2025.`,
  purpose: 'Pengawasan anggaran.',
  obtainMethod: 'melihat',
  consent: true,
});
const HEADS = [
  'No',
  'Nomor Registrasi Keberatan',
  'Tanggal Diterima',
  'Identitas Pemohon / Kuasa',
  'Nomor Pendaftaran Permohonan',
  'Informasi yang Diminta',
  'Tujuan Penggunaan Informasi',
  'Alasan Keberatan (UU 14/2008 Pasal 35 ayat (1))',
  'Keputusan Atasan PPID',
  'Hari dan Tanggal Pemberian Tanggapan',
  'Nama dan Jabatan Atasan PPID',
  'Tanggapan Pemohon',
];

describe(`the objection register (${backendName})`, () => {
  let t: TestApp;
  let atasan: Ctx;
  const system = (): Ctx => ({ ...t.ctx, actor: systemActor('uji') });

  async function as(email: string) {
    const b = new Browser(t.app, '10.4.0.1');
    expect((await b.login(email)).status).toBe(303);
    await b.get('/admin');
    return b;
  }
  async function object(input: RequestInput, when: { submit: string; answer: string; object: string }, grounds: ObjectionGround[], proxyName = '') {
    t.clock.set(new Date(when.submit));
    const { request, token } = await submitRequest(system(), input);
    t.clock.set(new Date(when.answer));
    await respondRequest(system(), request.id, { outcome: 'tidak_dikuasai', held: 'tidak', holderBody: 'BPKAD' });
    t.clock.set(new Date(when.object));
    return {
      request,
      objection: await fileObjection(system(), request.number, token, {
        grounds,
        caseSummary: 'Dokumen itu dibuat sendiri oleh dinas, jadi pasti dikuasai.',
        proxyName,
      }),
    };
  }

  beforeAll(async () => {
    t = await createTestApp();
    await t.db.db.insert(publicBody).values({ id: 1, name: 'Pemerintah Kota Palangka Raya', atasanPpidPosition: 'Sekretaris Daerah' }).onConflictDoNothing();
    await makeUser(t.ctx, { email: 'utama@pky.go.id', roles: ['ppid_utama'] });
    const a = await makeUser(t.ctx, { email: 'atasan@pky.go.id', roles: ['atasan_ppid'], name: 'Ir. Hera Nugrahayu' });
    await makeUser(t.ctx, { email: 'lihat@pky.go.id', roles: ['viewer'] });
    atasan = { ...t.ctx, actor: toActor((await t.db.db.select().from(users).where(eq(users.id, a.id)))[0]!) };
    // 2025: one objection, left undecided.
    await object(person('Ahmad Fauzi', 0), { submit: '2025-11-03T02:00:00Z', answer: '2025-11-05T02:00:00Z', object: '2025-11-10T02:00:00Z' }, [
      'tidak_dipenuhi',
    ]);
    // 2026: three objections filed on Wednesday 25 March.
    const when = { submit: '2026-03-16T02:00:00Z', answer: '2026-03-20T03:00:00Z', object: '2026-03-25T03:00:00Z' };
    const o1 = await object(person('Budi Santoso', 1), when, ['tidak_sesuai_permintaan'], '=SUM(A1:A9)');
    const o2 = await object(person('Citra Dewi', 2), when, ['tidak_sesuai_permintaan', 'tidak_dipenuhi']);
    await object(person('Dani Pratama', 3), when, ['tidak_dipenuhi']);
    // Monday 6 April: the first two decided; Friday 17 April: the first goes to the Komisi Informasi.
    t.clock.set(new Date('2026-04-06T03:00:00Z'));
    for (const o of [o1, o2]) {
      await decideObjection(atasan, o.objection.id, {
        decision: 'ditolak_menguatkan_ppid',
        reasons: 'Dokumen dikuasai BPKAD, bukan dinas; PPID sudah menyebutkan penguasanya.',
      });
    }
    t.clock.set(new Date('2026-04-17T03:00:00Z'));
    await registerDispute(atasan, o1.request.id, {
      commission: 'Komisi Informasi Provinsi Kalimantan Tengah',
      caseNumber: '011/IV/KI-KT-PS/2026',
      filedOn: '2026-04-17',
    });
    // Monday 4 May: the second's 14 working days (to Friday 24 April) have passed.
    t.clock.set(new Date('2026-05-04T03:00:00Z'));
  });
  afterAll(async () => t.dispose());

  it('shows the columns a–k for a year, with the reply derived from the dispute or its lapse', async () => {
    expect(OBJECTION_REGISTER_COLUMNS.map((c) => c.head)).toEqual(HEADS);
    const utama = await as('utama@pky.go.id');
    const page = await utama.get('/admin/keberatan?tahun=2026');
    expect(page.status).toBe(200);
    for (const h of HEADS) expect(page.text).toContain(`<th scope="col">${h}</th>`);
    for (const s of [
      '001/KEB/III/2026',
      '002/KEB/III/2026',
      '003/KEB/III/2026',
      'Budi Santoso',
      'Kuasa: =SUM(A1:A9)',
      '0812 0001 / warga1@warga.example',
      'Keberatan ditolak; keputusan PPID dikuatkan',
      'Senin, 6 April 2026',
      'Ir. Hera Nugrahayu, Sekretaris Daerah',
      'Mengajukan sengketa ke Komisi Informasi Provinsi Kalimantan Tengah, nomor register 011/IV/KI-KT-PS/2026, tanggal Jumat, 17 April 2026',
      'Menerima: tidak mengajukan sengketa sampai Jumat, 24 April 2026',
      'Menunggu keputusan (batas Jumat, 8 Mei 2026)',
      'd. Ditanggapi tidak sebagaimana yang diminta',
      'e. Permohonan tidak dipenuhi',
      'href="/admin/keberatan/register.xlsx?tahun=2026"',
    ])
      expect(page.text, s).toContain(s);
    expect(page.text).not.toContain('Ahmad Fauzi');
    const y2025 = await utama.get('/admin/keberatan?tahun=2025');
    expect(y2025.text).toContain('001/KEB/XI/2025');
    expect(y2025.text).not.toContain('Budi Santoso');
  });

  it('downloads the same register as xlsx, read back cell by cell', async () => {
    const atasanB = await as('atasan@pky.go.id');
    const res = await t.app.request('/admin/keberatan/register.xlsx?tahun=2026', {
      headers: { cookie: [...atasanB.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain('register-keberatan-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('REGISTER KEBERATAN TAHUN 2026');
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(HEADS);
    expect(ws.rowCount).toBe(6);
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    const [o1, o2, o3] = await t.db.db.select().from(objections).where(eq(objections.year, 2026)).orderBy(objections.seq);
    expect(row(4)).toEqual([
      1,
      o1!.number,
      '2026-03-25',
      'Budi Santoso\nJl. Kinibalu No. 1, Palangka Raya\n0812 0001 / warga1@warga.example\nKuasa: =SUM(A1:A9)',
      '001/PPID/III/2026',
      'Dokumen anggaran kegiatan nomor 1 tahun 2025.',
      'Pengawasan anggaran.',
      'd. Ditanggapi tidak sebagaimana yang diminta',
      'Keberatan ditolak; keputusan PPID dikuatkan',
      'Senin, 6 April 2026',
      'Ir. Hera Nugrahayu, Sekretaris Daerah',
      'Mengajukan sengketa ke Komisi Informasi Provinsi Kalimantan Tengah, nomor register 011/IV/KI-KT-PS/2026, tanggal Jumat, 17 April 2026',
    ]);
    expect(row(5)[1]).toBe(o2!.number);
    expect(row(5)[7]).toBe('d. Ditanggapi tidak sebagaimana yang diminta\ne. Permohonan tidak dipenuhi');
    expect(row(5)[11]).toBe('Menerima: tidak mengajukan sengketa sampai Jumat, 24 April 2026');
    expect(row(6)[1]).toBe(o3!.number);
    expect(row(6).slice(8)).toEqual(['Menunggu keputusan (batas Jumat, 8 Mei 2026)', '', '', '']);
    // The proxy's "formula" is a plain string cell.
    expect(ws.getRow(4).getCell(4).type).toBe(ExcelJS.ValueType.String);
  });

  it('is for the PPID Utama and the Atasan PPID only', async () => {
    const b = await as('lihat@pky.go.id');
    expect((await b.get('/admin/keberatan?tahun=2026')).status).toBe(403);
    expect((await b.get('/admin/keberatan/register.xlsx?tahun=2026')).status).toBe(403);
    expect((await new Browser(t.app).get('/admin/keberatan/register.xlsx?tahun=2026')).status).not.toBe(200);
  });
});
