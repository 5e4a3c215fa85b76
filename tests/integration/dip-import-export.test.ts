// DIP import from xlsx (all or nothing, every error named by row and column) and the exports: the public
// tables (xlsx, CSV, PDF) hold only published entries; the back-office list follows listEntries' scoping.
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { auditLog, dipEntries, dipVersions, publicBody, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { verifyAuditChain } from '../../src/domain/audit/verify-audit-chain.js';
import { csvField, PUBLIC_COLUMNS } from '../../src/domain/dip/export.js';
import { IMPORT_COLUMNS } from '../../src/domain/dip/import-format.js';
import { parseImportFile } from '../../src/domain/dip/parse-import-file.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { publishImmediately } from '../../src/domain/dip/publish-dip-entry.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { unpublishEntry } from '../../src/domain/dip/unpublish-dip-entry.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName, testAuditKey } from '../helpers/db.js';
import { dipInput } from '../helpers/dip.js';

const HEADERS = IMPORT_COLUMNS.map((c) => c.header);
type Cell = string | number | null;

/** A valid row in the template's column order, with overrides by header. */
function row(i: number, over: Record<string, Cell> = {}): Cell[] {
  const base: Record<string, Cell> = {
    'Judul Informasi': `Laporan Realisasi Anggaran Bulan ke-${i}`,
    'Ringkasan Isi Informasi': `Ringkasan realisasi anggaran bulan ke-${i}, termasuk belanja pegawai dan belanja modal.`,
    Kategori: ['berkala', 'Serta-Merta', 'setiap saat', 'Setiap Saat', 'BERKALA'][i % 5]!,
    'Jenis Informasi': ['Rencana dan realisasi anggaran', 'pengumuman', 'Pengumuman', 'rencana_anggaran', 'Laporan keuangan'][i % 5]!,
    'Pejabat/Unit/Satuan Kerja yang Menguasai Informasi': 'Sekretariat',
    'Penanggung Jawab Pembuatan atau Penerbitan Informasi': 'Sekretaris Dinas',
    'Waktu Pembuatan': '2025',
    'Tempat Pembuatan': 'Palangka Raya',
    'Bentuk Informasi': ['tercetak, terekam', 'softcopy', 'Tercetak', 'terekam', 'hardcopy; softcopy'][i % 5]!,
    'Format Berkas': 'pdf, xlsx',
    'Jangka Waktu Penyimpanan (Retensi)': '5 tahun',
    Tahun: 2025,
    Periode: '',
    'Kata Kunci': 'anggaran, keuangan',
    Tautan: i % 7 === 0 ? 'https://contoh.go.id/anggaran.pdf' : '',
  };
  const merged = { ...base, ...over };
  return HEADERS.map((h) => merged[h] ?? null);
}

async function xlsx(rows: Cell[][], headers: string[] = HEADERS, before: Cell[][] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DIP');
  for (const b of before) ws.addRow(b);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A multipart upload with the session cookie and CSRF token of a Browser. */
async function upload(t: TestApp, b: Browser, file: { name: string; bytes: Uint8Array; type?: string }, fields: Record<string, string> = {}) {
  await b.get('/admin/dip/impor');
  const form = new FormData();
  form.append('_csrf', b.csrf);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append(
    'file',
    new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await t.app.request('/admin/dip/impor', { method: 'POST', body: form, headers: { cookie, 'x-forwarded-for': '10.0.0.9' } });
  return { status: res.status, text: await res.text() };
}

const issueItems = (html: string) =>
  [...html.matchAll(/<ul class="issue-list">([\s\S]*?)<\/ul>/g)].flatMap((m) => [...m[1]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((x) => x[1]!));

/** RFC 4180 CSV reader, enough for the test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let rowCells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      rowCells.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      rowCells.push(cell);
      rows.push(rowCells);
      rowCells = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || rowCells.length) rows.push([...rowCells, cell]);
  return rows;
}

async function readXlsx(bytes: ArrayBuffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return wb;
}

const sheetValues = (ws: ExcelJS.Worksheet) => {
  const out: unknown[][] = [];
  ws.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
  return out;
};

describe(`DIP import and export (${backendName})`, () => {
  let t: TestApp;
  let unitA: string;
  let unitB: string;
  let unitC: string;
  let pembantuA: Ctx;
  let pembantuB: Ctx;
  let utama: Ctx;

  const as = async (email: string): Promise<Ctx> => {
    const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
    return { ...t.ctx, actor: toActor(u!) };
  };
  const counts = async () => {
    const [e] = (
      await t.db.db.execute(
        sql`select (select count(*) from dip_entries)::int as e, (select count(*) from dip_versions)::int as v, (select count(*) from audit_log)::int as a`,
      )
    ).rows as {
      e: number;
      v: number;
      a: number;
    }[];
    return { entries: Number(e!.e), versions: Number(e!.v), audit: Number(e!.a) };
  };

  beforeAll(async () => {
    t = await createTestApp();
    await t.db.db.insert(publicBody).values({ id: 1, name: 'Pemerintah Kota Uji' });
    const [a] = await t.db.db.insert(units).values({ code: 'dpmptsp', name: 'Dinas Penanaman Modal dan PTSP' }).returning();
    const [b] = await t.db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
    const [c] = await t.db.db.insert(units).values({ code: 'bappeda', name: 'Badan Perencanaan Pembangunan Daerah' }).returning();
    unitA = a!.id;
    unitB = b!.id;
    unitC = c!.id;
    await makeUser(t.ctx, { email: 'pembantu@dpmptsp.example', roles: ['ppid_pembantu'], unitId: unitA });
    await makeUser(t.ctx, { email: 'pembantu@dinkes.example', roles: ['ppid_pembantu'], unitId: unitB });
    await makeUser(t.ctx, { email: 'pembantu@bappeda.example', roles: ['ppid_pembantu'], unitId: unitC });
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    pembantuA = await as('pembantu@dpmptsp.example');
    pembantuB = await as('pembantu@dinkes.example');
    utama = await as('utama@kota.example');
  });
  afterAll(async () => t.dispose());

  it('serves an xlsx template with the DIP columns, instructions and drop-down lists', async () => {
    const b = new Browser(t.app);
    await b.login('pembantu@dpmptsp.example');
    const res = await t.app.request('/admin/dip/templat.xlsx', { headers: { cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="templat-daftar-informasi-publik.xlsx"');
    const wb = await readXlsx(await res.arrayBuffer());
    const ws = wb.getWorksheet('DIP')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(wb.getWorksheet('Petunjuk')).toBeDefined();
    const col = (h: string) => HEADERS.indexOf(h) + 1;
    for (const h of ['Kategori', 'Jenis Informasi', 'Bentuk Informasi']) expect(ws.getCell(2, col(h)).dataValidation?.type, h).toBe('list');
    const lists = wb.getWorksheet('Daftar Jenis')!;
    expect(lists.getCell('D2').value).toBe('berkala');
    // The empty template is a valid file with nothing in it.
    const parsed = await parseImportFile(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(parsed.issues.map((i) => i.message)).toEqual(['Berkas tidak berisi baris data. Isi minimal satu baris di bawah judul kolom.']);
  });

  it('imports 5,000 rows in one request, as drafts numbered in order, with their audit rows', { timeout: 600_000 }, async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => row(i + 1));
    const file = await xlsx(rows, HEADERS, [['DAFTAR INFORMASI PUBLIK BAPPEDA TAHUN 2026'], []]);
    const b = new Browser(t.app);
    await b.login('pembantu@bappeda.example');
    const before = await counts();
    const started = performance.now();
    const cpu = process.cpuUsage();
    const res = await upload(t, b, { name: 'dip-bappeda.xlsx', bytes: file });
    const ms = Math.round(performance.now() - started);
    const used = process.cpuUsage(cpu);
    console.log(
      `[${backendName}] import of 5,000 rows (${file.byteLength} bytes): ${ms} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU of the test process`,
    );
    expect(res.status, res.text.slice(0, 2000)).toBe(200);
    expect(res.text).toContain('5000 draf DIP dibuat untuk Badan Perencanaan Pembangunan Daerah, nomor DIP/BAPPEDA/2026/0001 sampai DIP/BAPPEDA/2026/5000');
    const after = await counts();
    expect(after.entries - before.entries).toBe(5000);
    expect(after.versions - before.versions).toBe(5000);
    expect(after.audit - before.audit).toBe(5001);
    const entries = await t.db.db
      .select({ number: dipEntries.number, slug: dipEntries.slug, status: dipEntries.status, v: dipVersions })
      .from(dipEntries)
      .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.workingVersionId))
      .where(eq(dipEntries.unitId, unitC))
      .orderBy(dipEntries.number);
    expect(entries).toHaveLength(5000);
    expect(entries.every((e) => e.status === 'draft')).toBe(true);
    expect(entries[0]!.number).toBe('DIP/BAPPEDA/2026/0001');
    expect(entries[4999]!.number).toBe('DIP/BAPPEDA/2026/5000');
    expect(new Set(entries.map((e) => e.slug)).size).toBe(5000);
    // Row 2 of the data (i = 2): "setiap saat", "Pengumuman", "Tercetak".
    const second = entries[1]!.v;
    expect(second).toMatchObject({
      title: 'Laporan Realisasi Anggaran Bulan ke-2',
      category: 'setiap_saat',
      subtype: 'pengumuman',
      forms: ['tercetak'],
      formats: ['PDF', 'XLSX'],
      year: 2025,
      tags: ['anggaran', 'keuangan'],
    });
    expect(entries[3]!.v).toMatchObject({ category: 'berkala', subtype: 'laporan_keuangan', forms: ['tercetak', 'terekam'] });
    expect(entries[0]!.v).toMatchObject({ category: 'serta_merta', subtype: 'pengumuman', forms: ['terekam'] });
    expect(entries[6]!.v.links).toEqual([{ label: 'https://contoh.go.id/anggaran.pdf', url: 'https://contoh.go.id/anggaran.pdf' }]);
    const created = await t.db.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(eq(auditLog.action, 'dip.created'));
    expect(Number(created[0]!.n)).toBeGreaterThanOrEqual(5000);
    expect((await verifyAuditChain(t.db.db, testAuditKey(t.ctx))).ok).toBe(true);

    // A draft made in a form afterwards continues the numbering.
    const next = await createDraft(await as('pembantu@bappeda.example'), unitC, dipInput({ title: 'Rencana Kerja Bappeda 2026' }));
    expect(next.number).toBe('DIP/BAPPEDA/2026/5001');
  });

  it('refuses a file with 3 bad rows with exactly 3 messages naming row and column, and writes nothing', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => row(i + 1));
    // Data row k is spreadsheet row k + 1 (row 1 holds the headers).
    rows[1] = row(2, { 'Ringkasan Isi Informasi': '' });
    rows[5] = row(6, { Kategori: 'bulanan' });
    rows[7] = row(8, { Tahun: 'dua ribu' });
    const file = await xlsx(rows);
    const expected = [
      'Baris 3, kolom Ringkasan Isi Informasi: ringkasan isi informasi wajib diisi (minimal 10 karakter).',
      'Baris 7, kolom Kategori: pilih kategori: berkala, serta-merta, atau setiap saat.',
      'Baris 9, kolom Tahun: tahun harus angka, mis. 2025.',
    ];
    const parsed = await parseImportFile(file);
    expect(parsed.issues.map((i) => i.message)).toEqual(expected);
    expect(parsed.issues.map((i) => [i.row, i.column])).toEqual([
      [3, 'Ringkasan Isi Informasi'],
      [7, 'Kategori'],
      [9, 'Tahun'],
    ]);

    const b = new Browser(t.app);
    await b.login('pembantu@dpmptsp.example');
    const before = await counts();
    const res = await upload(t, b, { name: 'dip-salah.xlsx', bytes: file });
    expect(res.status).toBe(422);
    expect(res.text).toContain('tidak diimpor: ditemukan 3 kesalahan. Tidak ada data yang disimpan.');
    expect(issueItems(res.text)).toEqual(expected);
    expect(await counts()).toEqual(before);
  });

  it('names a missing required column and reads a header row under a title line', async () => {
    const headers = HEADERS.filter((h) => h !== 'Penanggung Jawab Pembuatan atau Penerbitan Informasi');
    const parsed = await parseImportFile(
      await xlsx([row(1).filter((_, i) => HEADERS[i] !== 'Penanggung Jawab Pembuatan atau Penerbitan Informasi')], headers, [['Daftar Informasi Publik']]),
    );
    expect(parsed.issues.map((i) => i.message)).toEqual([
      'Baris 2: kolom "Penanggung Jawab Pembuatan atau Penerbitan Informasi" tidak ditemukan pada baris judul kolom.',
    ]);
  });

  it('refuses files that are not xlsx, and corrupt ones, without writing', async () => {
    const b = new Browser(t.app);
    await b.login('pembantu@dpmptsp.example');
    const before = await counts();
    const pdf = await upload(t, b, {
      name: 'daftar.xlsx',
      bytes: new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'.repeat(10)),
      type: 'application/pdf',
    });
    expect(pdf.status).toBe(422);
    expect(pdf.text).toContain('Berkas bukan lembar kerja Excel (.xlsx)');
    expect(pdf.text).toContain('aria-invalid="true"');
    const good = await xlsx([row(1)]);
    const broken = await upload(t, b, { name: 'rusak.xlsx', bytes: good.subarray(0, Math.floor(good.byteLength * 0.6)) });
    expect(broken.status).toBe(422);
    expect(broken.text).toMatch(/tidak dapat dibaca|bukan lembar kerja Excel/);
    const huge = new Uint8Array(11 * 1024 * 1024);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    const tooLarge = await upload(t, b, { name: 'besar.xlsx', bytes: huge });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.text).toContain('terlalu besar');
    const none = await upload(t, b, { name: 'kosong.xlsx', bytes: new Uint8Array() });
    expect(none.status).toBe(422);
    expect(none.text).toContain('Pilih berkas .xlsx terlebih dahulu.');
    expect(await counts()).toEqual(before);
  });

  it('lets the PPID Utama choose the unit; a PPID Pembantu always imports into its own unit', async () => {
    const u = new Browser(t.app);
    await u.login('utama@kota.example');
    const page = await u.get('/admin/dip/impor');
    expect(page.text).toContain('name="unitId"');
    const noUnit = await upload(t, u, { name: 'dip.xlsx', bytes: await xlsx([row(1)]) });
    expect(noUnit.status).toBe(422);
    expect(noUnit.text).toContain('Pilih unit pemilik informasi.');
    const ok = await upload(t, u, { name: 'dip.xlsx', bytes: await xlsx([row(1), row(2)]) }, { unitId: unitB });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('2 draf DIP dibuat untuk Dinas Kesehatan');

    const p = new Browser(t.app);
    await p.login('pembantu@dpmptsp.example');
    expect((await p.get('/admin/dip/impor')).text).not.toContain('name="unitId"');
    const own = await upload(t, p, { name: 'dip.xlsx', bytes: await xlsx([row(1)]) }, { unitId: unitB });
    expect(own.status).toBe(200);
    expect(own.text).toContain('1 draf DIP dibuat untuk Dinas Penanaman Modal dan PTSP');
  });

  describe('exports', () => {
    const published = 'Daftar Perizinan Terbit Kuartal Satu';
    const draftWord = 'Zorblaxdraft';
    const withdrawnWord = 'Quuxwithdrawn';
    const tricky = '=HYPERLINK("http://jahat.example","klik") Data, "kutipan"';

    let publishedId = '';

    beforeAll(async () => {
      const publish = async (ctx: Ctx, unitId: string, over: Parameters<typeof dipInput>[0]) => {
        const e = await createDraft(ctx, unitId, dipInput(over));
        await submitEntries(ctx, [e.id]);
        return approveEntry(utama, e.id);
      };
      publishedId = (await publish(pembantuA, unitA, { title: published, summary: 'Ringkasan berisi koma, "tanda kutip"\ndan baris baru.' })).id;
      await publish(pembantuA, unitA, { title: tricky });
      await createDraft(pembantuA, unitA, dipInput({ title: `Rancangan ${draftWord} Belum Terbit` }));
      const w = await publish(pembantuA, unitA, { title: `Informasi ${withdrawnWord} Ditarik` });
      await unpublishEntry(utama, w.id, 'Memuat data pribadi yang belum dihitamkan.');
      await publish(pembantuB, unitB, { title: 'Profil Dinas Kesehatan 2026', subtype: 'profil' });
      const sm = await createDraft(pembantuB, unitB, dipInput({ title: 'Peringatan Dini Demam Berdarah', category: 'serta_merta', subtype: 'bencana' }));
      await publishImmediately(pembantuB, sm.id);
    });

    it('public xlsx: only published entries, the DIP columns, correct headers', async () => {
      const res = await t.app.request('/dip.xlsx');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="daftar-informasi-publik-pemerintah-kota-uji-2026-03-16.xlsx"');
      const wb = await readXlsx(await res.arrayBuffer());
      const rows = sheetValues(wb.getWorksheet('DIP')!);
      expect(rows[0]).toEqual(PUBLIC_COLUMNS.map((c) => c.header));
      const titles = rows.slice(1).map((r) => r[2]);
      expect(titles).toHaveLength(4);
      expect(titles).toEqual(expect.arrayContaining([published, tricky, 'Profil Dinas Kesehatan 2026', 'Peringatan Dini Demam Berdarah']));
      const all = JSON.stringify(rows);
      expect(all).not.toContain(draftWord);
      expect(all).not.toContain(withdrawnWord);
      expect(all).not.toContain('Laporan Realisasi Anggaran'); // imported drafts
      const first = rows.find((r) => r[2] === published)!;
      expect(first[4]).toBe('Kepala Dinas, Dinas Penanaman Modal dan PTSP');
      // Declared as terekam (PDF), but no file was uploaded: the table says what is true.
      expect(first[7]).toBe('tercetak, terekam (atas permintaan)');
      expect(first[9]).toBe('Berkala');
      expect(String(first[15])).toMatch(/^http:\/\/localhost:3000\/informasi\//);
      expect(wb.getWorksheet('Keterangan')).toBeDefined();
    });

    it('public CSV: BOM, RFC 4180 quoting, formulas neutralised, only published entries', async () => {
      const res = await t.app.request('/dip.csv');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="daftar-informasi-publik-pemerintah-kota-uji-2026-03-16\.csv"$/);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes.slice(3));
      const rows = parseCsv(text);
      expect(rows[0]).toEqual(PUBLIC_COLUMNS.map((c) => c.header));
      expect(rows.slice(1).every((r) => r.length === PUBLIC_COLUMNS.length)).toBe(true);
      expect(rows).toHaveLength(5);
      const p = rows.find((r) => r[2] === published)!;
      expect(p[3]).toBe('Ringkasan berisi koma, "tanda kutip"\ndan baris baru.');
      expect(rows.some((r) => r[2] === `'${tricky}`)).toBe(true);
      expect(text).not.toContain(draftWord);
      expect(text).not.toContain(withdrawnWord);
      expect(csvField('-1+1')).toBe("'-1+1");
      expect(csvField('a"b')).toBe('"a""b"');
    });

    it('public PDF: title, the columns, page numbers, date; only published entries', async () => {
      const res = await t.app.request('/dip.pdf');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="daftar-informasi-publik-pemerintah-kota-uji-2026-03-16.pdf"');
      const pdf = await getDocumentProxy(new Uint8Array(await res.arrayBuffer()));
      const page1 = await pdf.getPage(1);
      const { width, height } = page1.getViewport({ scale: 1 });
      expect(width).toBeGreaterThan(height); // landscape
      expect(Math.round(width)).toBe(842); // A4
      const { text } = await extractText(pdf, { mergePages: true });
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Daftar Informasi Publik Pemerintah Kota Uji');
      for (const h of ['Ringkasan Isi Informasi', 'Penanggung Jawab Pembuatan', 'Jangka Waktu Penyimpanan', 'Kategori']) expect(flat).toContain(h);
      expect(flat).toContain(published);
      expect(flat).toContain('Profil Dinas Kesehatan 2026');
      expect(flat).toMatch(/Halaman 1 dari \d+/);
      expect(flat).toContain('Dibuat 16 Maret 2026');
      expect(flat).not.toContain(draftWord);
      expect(flat).not.toContain(withdrawnWord);
    });

    it('per-unit exports hold that unit only; an unknown unit is 404', async () => {
      const csv = await t.app.request('/unit/dinkes/dip.csv');
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-disposition')).toContain('daftar-informasi-publik-dinkes-2026-03-16.csv');
      const rows = parseCsv((await csv.text()).replace(/^\uFEFF/, ''));
      expect(
        rows
          .slice(1)
          .map((r) => r[2])
          .sort(),
      ).toEqual(['Peringatan Dini Demam Berdarah', 'Profil Dinas Kesehatan 2026']);
      const x = await t.app.request('/unit/dinkes/dip.xlsx');
      const ws = (await readXlsx(await x.arrayBuffer())).getWorksheet('DIP')!;
      expect(ws.rowCount).toBe(3);
      const pdf = await t.app.request('/unit/dinkes/dip.pdf');
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())), { mergePages: true });
      expect(text.replace(/\s+/g, ' ')).toContain('Daftar Informasi Publik Pemerintah Kota Uji – Dinas Kesehatan');
      expect(text).not.toContain(published);
      expect((await t.app.request('/unit/tidak-ada/dip.csv')).status).toBe(404);
    });

    it('the public PDF is reused while nothing changed, and follows a withdrawal at once', async () => {
      const pdfText = async () => {
        const res = await t.app.request('/dip.pdf');
        return (await extractText(await getDocumentProxy(new Uint8Array(await res.arrayBuffer())), { mergePages: true })).text.replace(/\s+/g, ' ');
      };
      const a = await (await t.app.request('/dip.pdf')).arrayBuffer();
      const b = await (await t.app.request('/dip.pdf')).arrayBuffer();
      expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
      expect(await pdfText()).toContain(published);
      await unpublishEntry(utama, publishedId, 'Ditarik sementara untuk diperbaiki.');
      expect(await pdfText()).not.toContain(published);
    });

    it('back-office export follows the list filters and the officer scope, and can be imported again', async () => {
      const b = new Browser(t.app);
      await b.login('pembantu@dpmptsp.example');
      const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const res = await t.app.request('/admin/dip/ekspor.xlsx', { headers: { cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="daftar-informasi-publik-ruang-kerja-2026-03-16.xlsx"');
      const bytes = await res.arrayBuffer();
      const rows = sheetValues((await readXlsx(bytes)).getWorksheet('DIP')!);
      const all = JSON.stringify(rows);
      expect(all).toContain(draftWord);
      expect(all).toContain(withdrawnWord);
      expect(all).not.toContain('Profil Dinas Kesehatan');
      expect(rows.slice(1).every((r) => r[HEADERS.length + 1] === 'Dinas Penanaman Modal dan PTSP')).toBe(true);

      const drafts = await t.app.request(`/admin/dip/ekspor.xlsx?status=draft&q=${draftWord}`, { headers: { cookie } });
      const draftRows = sheetValues((await readXlsx(await drafts.arrayBuffer())).getWorksheet('DIP')!);
      expect(draftRows).toHaveLength(2);
      expect(draftRows[1]![HEADERS.length + 2]).toBe('Draf');

      expect((await t.app.request(`/admin/dip/ekspor.xlsx?unitId=${unitB}`, { headers: { cookie } })).status).toBe(403);

      // The export's import columns are accepted by the importer as they are.
      const again = await parseImportFile(new Uint8Array(bytes));
      expect(again.issues).toEqual([]);
      expect(again.rows.length).toBe(rows.length - 1);
    });
  });
});
