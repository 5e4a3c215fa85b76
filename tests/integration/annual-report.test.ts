// The annual report (Laporan Layanan Informasi Publik) on a seeded year with figures worked out by hand:
// the domain figures, the page and who may see and edit it, the narrative form, the PDF read back and
// rendered, the xlsx read back with its native charts, and nothing personal or internal in any of them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.js';
import { annualReport } from '../../src/domain/reports/annual-report.js';
import { SHEETS } from '../../src/domain/reports/annual-report-xlsx.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { APPLICANT, CASE_SUMMARY, INSTRUCTION, INTERNAL_NOTE, seedReportYear, type SeededYear } from '../helpers/report-year.js';

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(doc, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}

const NARRATIVE = {
  policy: 'PPID Kota Palangka Raya ditetapkan dengan Keputusan Wali Kota Nomor 188.45/123/2024.',
  facilities: 'Meja layanan informasi di Kantor Wali Kota dan laman PPID.',
  staffing: 'Satu PPID Utama dan dua puluh PPID Pelaksana.',
  budget: 'Rp150.000.000 dari APBD 2025.',
  obstaclesInternal: 'Arsip unit kerja belum seluruhnya digital.',
  obstaclesExternal: 'Jaringan internet di kecamatan belum stabil.',
  recommendations: 'Pelatihan uji konsekuensi bagi PPID Pelaksana.',
  followUpPlan: 'Digitalisasi arsip kontrak pada 2026.',
  ppidName: 'Dra. Maria Lumban, M.Si.',
  ppidNip: '197501012000032001',
  atasanName: 'Drs. Hera Nugrahayu, M.M.',
  atasanNip: '196802021990031002',
  signedOn: '2026-03-20',
};

describe(`annual report (${backendName})`, () => {
  let t: TestApp;
  let seeded: SeededYear;
  const out = path.resolve('test-results', 'annual-report');

  beforeAll(async () => {
    t = await createTestApp();
    seeded = await seedReportYear(t.ctx, t.clock);
    await makeUser(t.ctx, { email: 'utama@pky.go.id', roles: ['ppid_utama'], name: 'Petugas Utama' });
    await makeUser(t.ctx, { email: 'lihat@pky.go.id', roles: ['viewer'] });
    await makeUser(t.ctx, { email: 'pupr@pky.go.id', roles: ['ppid_pembantu'], unitId: seeded.units.dpupr });
    await makeUser(t.ctx, { email: 'admin@pky.go.id', roles: ['admin'] });
    // Reported on Monday 16 March 2026, before the 31 March deadline.
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
    mkdirSync(out, { recursive: true });
  }, 120_000);
  afterAll(async () => t?.dispose());

  async function as(email: string) {
    const b = new Browser(t.app, '10.3.0.1');
    expect((await b.login(email)).status, `login ${email}`).toBe(303);
    await b.get('/admin');
    return b;
  }
  const download = (b: Browser, p: string) => t.app.request(p, { headers: { cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });

  it('counts the year by hand: channels, applicants, outcomes, working days, deadlines, Ps 17 grounds, objections, disputes', async () => {
    const r = await annualReport(t.ctx, 2025);
    const c = r.city;
    expect(r.dueBy).toBe('2026-03-31');
    expect({ received: c.received, answered: c.answered, open: c.open }).toEqual({ received: 5, answered: 4, open: 1 });
    expect(c.byChannel).toEqual({ web: 2, langsung: 1, email: 1, surat: 1, telepon: 0, faks: 0 });
    expect(c.byApplicantType).toEqual({ perorangan: 3, badan_hukum: 1, kelompok: 1 });
    expect(c.byOutcome).toEqual({ diberikan_seluruhnya: 1, diberikan_sebagian: 1, ditolak_dikecualikan: 1, tidak_dikuasai: 1, belum_didokumentasikan: 0 });
    // Working days 3, 10, 12 and 15: mean 10, median (10 + 12) / 2 = 11, longest 15.
    expect(c.days).toEqual({ mean: 10, median: 11, max: 15 });
    expect({ within10: c.within10, within17: c.within17, withinDeadline: c.withinDeadline, late: c.late }).toEqual({
      within10: 2,
      within17: 4,
      withinDeadline: 3,
      late: 1,
    });
    expect({ extended: c.extended, overdueOpen: c.overdueOpen }).toEqual({ extended: 1, overdueOpen: 1 });
    // The refusal's notice says letter c, the consequence test it rests on says h: the test wins.
    expect(c.exemptionsByGround.h).toEqual({ refused: 1, partial: 0 });
    expect(c.exemptionsByGround.c).toEqual({ refused: 0, partial: 0 });
    expect(c.exemptionsByGround.j).toEqual({ refused: 0, partial: 1 });

    // Per unit: R3 named no unit and counts under the one it was disposed to; Dishub had none.
    expect(r.units.map((u) => [u.name, u.summary.received, u.summary.answered, u.objections])).toEqual([
      ['Dinas Pekerjaan Umum dan Penataan Ruang', 3, 3, 2],
      ['Dinas Kesehatan', 2, 1, 0],
      ['Dinas Perhubungan', 0, 0, 0],
    ]);
    const pupr = r.units[0]!.summary;
    expect(pupr.days).toEqual({ mean: 8.3, median: 10, max: 12 });
    expect([pupr.within10, pupr.late]).toEqual([2, 1]);

    expect(r.objections).toEqual({
      total: 2,
      byGround: {
        penolakan_pasal17: 1,
        berkala_tidak_disediakan: 0,
        tidak_ditanggapi: 0,
        tidak_sesuai_permintaan: 1,
        tidak_dipenuhi: 1,
        biaya_tidak_wajar: 0,
        melebihi_jangka_waktu: 0,
      },
      byDecision: { dikabulkan: 0, dikabulkan_sebagian: 0, ditolak_menguatkan_ppid: 1, pending: 1 },
      decidedInTime: 1,
      withFollowUp: 0,
    });
    expect(r.disputes.total).toBe(1);
    expect(r.disputes.byStage.mediasi).toBe(1);
    expect(r.disputes.byOutcome.none).toBe(1);
    expect(r.disputes.closed).toBe(0);

    // The year before holds one request, and nothing of 2025.
    const y2024 = await annualReport(t.ctx, 2024);
    expect([y2024.city.received, y2024.objections.total, y2024.disputes.total]).toEqual([1, 0, 0]);
    // The public statistics count the same way.
    const page = await new Browser(t.app).get('/statistik-layanan?tahun=2025');
    expect(page.text).toContain('<dt>Dijawab dalam batas waktu</dt><dd>3 (75%)</dd>');
  });

  it('shows the page to the PPID Utama, the Atasan PPID and viewers; only the PPID Utama edits; others get 403', async () => {
    const utama = await as('utama@pky.go.id');
    const page = await utama.get('/admin/laporan-tahunan');
    expect(page.status).toBe(200);
    // Without a year: the year before, the one whose report is due.
    expect(page.text).toContain('Laporan layanan informasi publik 2025');
    expect(page.text).toContain('Selasa, 31 Maret 2026');
    expect(page.text).toContain('<svg');
    expect(page.text).toContain('Dinas Perhubungan');
    expect(page.text).toContain('action="/admin/laporan-tahunan/narasi"');
    for (const s of [APPLICANT.name, APPLICANT.idNumber, APPLICANT.email!, INTERNAL_NOTE, INSTRUCTION, CASE_SUMMARY, 'Data pribadi penyedia'])
      expect(page.text).not.toContain(s);

    const viewer = await as('lihat@pky.go.id');
    const vp = await viewer.get('/admin/laporan-tahunan?tahun=2025');
    expect(vp.status).toBe(200);
    expect(vp.text).not.toContain('action="/admin/laporan-tahunan/narasi"');
    expect((await viewer.post('/admin/laporan-tahunan/narasi', { tahun: '2025', policy: 'x' })).status).toBe(403);
    for (const email of ['pupr@pky.go.id', 'admin@pky.go.id']) {
      const b = await as(email);
      expect((await b.get('/admin/laporan-tahunan?tahun=2025')).status, email).toBe(403);
      expect((await download(b, '/admin/laporan-tahunan/unduh.pdf?tahun=2025')).status, email).toBe(403);
      expect((await download(b, '/admin/laporan-tahunan/unduh.xlsx?tahun=2025')).status, email).toBe(403);
    }
    const anon = await new Browser(t.app).get('/admin/laporan-tahunan?tahun=2025');
    expect(anon.status).toBe(303);
    expect(anon.res.headers.get('location')).toMatch(/^\/masuk/);
    const bad = await utama.get('/admin/laporan-tahunan?tahun=19x');
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Tahun harus antara 2000 dan 2100.');
  });

  it('saves the written parts and the signers, audited; refuses a bad NIP and date with Indonesian messages, keeping the text', async () => {
    const utama = await as('utama@pky.go.id');
    await utama.get('/admin/laporan-tahunan?tahun=2025');
    const wrong = await utama.post('/admin/laporan-tahunan/narasi', { tahun: '2025', ...NARRATIVE, ppidNip: '12345', signedOn: '2026-02-30' });
    expect(wrong.status).toBe(422);
    expect(wrong.text).toContain('NIP terdiri dari 18 angka (boleh dikosongkan).');
    expect(wrong.text).toContain('Tanggal tidak valid; gunakan format TTTT-BB-HH');
    expect(wrong.text).toContain(NARRATIVE.policy);
    const ok = await utama.post('/admin/laporan-tahunan/narasi', { tahun: '2025', ...NARRATIVE });
    expect(ok.status).toBe(303);
    expect(ok.location).toBe('/admin/laporan-tahunan?tahun=2025&ok=narasi#narasi');
    const page = await utama.get('/admin/laporan-tahunan?tahun=2025&ok=narasi');
    expect(page.text).toContain('Bagian laporan tersimpan.');
    expect(page.text).toContain(NARRATIVE.obstaclesExternal);
    const [row] = await t.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'report.narrative_saved'), eq(auditLog.entityId, '2025')));
    expect(row).toBeDefined();
    expect(JSON.stringify(row!.summary)).toContain('Pelatihan uji konsekuensi');
    // Another year is untouched.
    expect((await annualReport(t.ctx, 2024)).narrative.policy).toBe('');
  });

  it('writes the PDF: cover, letterhead, parts a–f with tables and charts, signatures; every page rendered', async () => {
    const utama = await as('utama@pky.go.id');
    const res = await download(utama, '/admin/laporan-tahunan/unduh.pdf?tahun=2025');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await res.arrayBuffer());
    const { text, pages } = await pdfText(bytes);
    expect(pages).toBeGreaterThanOrEqual(4);
    for (const s of [
      'LAPORAN LAYANAN INFORMASI PUBLIK TAHUN 2025',
      'PEMERINTAH KOTA PALANGKA RAYA',
      'Pasal 56',
      'A. Gambaran Umum Kebijakan Layanan Informasi Publik',
      'B. Gambaran Umum Pelaksanaan Layanan Informasi Publik',
      'C. Rincian Layanan Informasi Publik',
      'D. Rincian Penyelesaian Sengketa Informasi Publik',
      'E. Kendala Eksternal dan Internal',
      'F. Rekomendasi dan Rencana Tindak Lanjut',
      'Selama tahun 2025 diterima 5 permohonan',
      'Dijawab dalam 10 hari kerja 2 50%',
      'Dijawab dalam 17 hari kerja 4 100%',
      'Median (hari kerja) 11',
      'Huruf h: mengungkap rahasia pribadi 1 0',
      'Huruf j: informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang 0 1',
      'Permohonan menurut unit kerja',
      'Keberatan menurut alasan',
      'Mediasi 1',
      NARRATIVE.policy,
      NARRATIVE.followUpPlan,
      'Atasan PPID (Sekretaris Daerah)',
      NARRATIVE.atasanName,
      `NIP ${NARRATIVE.ppidNip}`,
      'Palangka Raya, 20 Maret 2026',
    ]) {
      expect(text, s).toContain(s);
    }
    for (const s of [APPLICANT.name, APPLICANT.idNumber, APPLICANT.email!, INTERNAL_NOTE, INSTRUCTION, CASE_SUMMARY, 'Data pribadi penyedia', '012/KI-KT']) {
      expect(text).not.toContain(s);
    }
    writeFileSync(path.join(out, `laporan-2025-${backendName}.pdf`), bytes);
    const prefix = path.join(out, `laporan-2025-${backendName}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', path.join(out, `laporan-2025-${backendName}.pdf`), prefix]);
    const pngs = readdirSync(out).filter((f) => f.startsWith(`laporan-2025-${backendName}-`) && f.endsWith('.png'));
    expect(pngs.length).toBe(pages);
  });

  it('writes the xlsx: one sheet per part with the figures, native charts whose cell ranges hold what they draw', async () => {
    const utama = await as('utama@pky.go.id');
    const res = await download(utama, '/admin/laporan-tahunan/unduh.xlsx?tahun=2025');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('laporan-layanan-informasi-publik-2025.xlsx');
    const bytes = Buffer.from(await res.arrayBuffer());
    writeFileSync(path.join(out, `laporan-2025-${backendName}.xlsx`), bytes);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(Object.values(SHEETS));
    const find = (sheet: string, label: string) => {
      const ws = wb.getWorksheet(sheet)!;
      for (let i = 1; i <= ws.rowCount; i++) if (ws.getRow(i).getCell(1).value === label) return ws.getRow(i);
      throw new Error(`${label} not on ${sheet}`);
    };
    expect(find(SHEETS.c, 'Permohonan diterima').getCell(2).value).toBe(5);
    expect(find(SHEETS.c, 'Dijawab dalam 10 hari kerja').getCell(2).value).toBe(2);
    expect(find(SHEETS.c, 'Dijawab dalam 10 hari kerja').getCell(3).value).toBe(0.5);
    expect(find(SHEETS.c, 'Median (hari kerja)').getCell(2).value).toBe(11);
    expect(find(SHEETS.c, 'Laman PPID (daring)').getCell(2).value).toBe(2);
    expect(find(SHEETS.c, 'Pasal 17 huruf h: mengungkap rahasia pribadi').getCell(2).value).toBe(1);
    const pupr = find(SHEETS.cUnits, 'Dinas Pekerjaan Umum dan Penataan Ruang');
    expect([2, 3, 9, 10, 11, 15].map((col) => pupr.getCell(col).value)).toEqual([3, 3, 8.3, 10, 12, 2]);
    expect(find(SHEETS.d, 'Keberatan diajukan').getCell(2).value).toBe(2);
    expect(find(SHEETS.d, 'Mediasi').getCell(2).value).toBe(1);
    expect(wb.getWorksheet(SHEETS.a)!.getRow(4).getCell(1).value).toBe(NARRATIVE.policy);

    // Native charts: parts, content types, relationships, and each series pointing at its own cells.
    const files = unzipSync(new Uint8Array(bytes));
    const charts = Object.keys(files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts.length).toBe(5);
    const types = strFromU8(files['[Content_Types].xml']!);
    for (const ch of charts) expect(types).toContain(`PartName="/${ch}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`);
    const xml = charts.map((f) => strFromU8(files[f]!)).join('\n');
    expect(xml).toContain('<c:pieChart>');
    expect(xml).toContain('<c:barDir val="bar"/>');
    for (const chartXml of charts.map((f) => strFromU8(files[f]!))) {
      const refs = [...chartXml.matchAll(/<c:f>'([^']+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)<\/c:f>/g)];
      expect(refs.length).toBe(2);
      const cached = [...chartXml.matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      const fromCells = refs.flatMap(([, sheet, col, from, , to]) => {
        const ws = wb.getWorksheet(sheet!)!;
        return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => String(ws.getCell(`${col}${Number(from) + i}`).value));
      });
      expect(fromCells).toEqual(cached);
    }
    const cSheet = Object.keys(files).find((f) => f.startsWith('xl/worksheets/sheet') && strFromU8(files[f]!).includes('<drawing r:id='));
    expect(cSheet).toBeDefined();
    const rels = strFromU8(files[cSheet!.replace('worksheets/', 'worksheets/_rels/') + '.rels']!);
    expect(rels).toContain('relationships/drawing');
    expect(Object.keys(files).some((f) => /^xl\/drawings\/_rels\/drawing\d+\.xml\.rels$/.test(f))).toBe(true);

    const all = Object.values(files)
      .map((f) => strFromU8(f))
      .join('\n');
    for (const s of [APPLICANT.name, APPLICANT.idNumber, APPLICANT.email!, INTERNAL_NOTE, INSTRUCTION, CASE_SUMMARY, 'Data pribadi penyedia'])
      expect(all).not.toContain(s);
  });

  it('reports an empty year without failing: zero rows, no charts in the xlsx, "(Belum diisi.)" in the PDF', async () => {
    const viewer = await as('lihat@pky.go.id');
    const pdf = await download(viewer, '/admin/laporan-tahunan/unduh.pdf?tahun=2023');
    expect(pdf.status).toBe(200);
    const { text } = await pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('(Belum diisi.)');
    expect(text).toContain('Selama tahun 2023 diterima 0 permohonan');
    expect(text).toContain('Tidak ada sengketa informasi yang didaftarkan');
    const bytes = Buffer.from(await (await download(viewer, '/admin/laporan-tahunan/unduh.xlsx?tahun=2023')).arrayBuffer());
    // A chart of zeros would be an empty frame: none is drawn.
    expect(Object.keys(unzipSync(new Uint8Array(bytes))).filter((f) => f.startsWith('xl/charts/') || f.startsWith('xl/drawings/'))).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet(SHEETS.c)!;
    const received = Array.from({ length: ws.rowCount }, (_, i) => ws.getRow(i + 1)).find((r) => r.getCell(1).value === 'Permohonan diterima');
    expect(received!.getCell(2).value).toBe(0);
  });
});
