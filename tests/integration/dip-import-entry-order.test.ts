// DIP import of an xlsx whatever the order of the parts inside its zip: worksheets stored before
// xl/workbook.xml, the shared strings and the styles (exceljs' streaming reader named such sheets wrongly,
// lost their strings or failed, depending on timing: exceljs issue #3064), and the file limits on the new
// reading path.
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FILE_LIMITS } from '../../src/documents/file-limits.js';
import { xlsxSheets } from '../../src/documents/xlsx-sheets.js';
import { IMPORT_COLUMNS } from '../../src/domain/dip/import-format.js';
import { parseImportFile, parseImportFileDirect } from '../../src/domain/dip/parse-import-file.js';
import { zipBombXlsx } from '../fixtures/make-hostile.js';

const HEADERS = IMPORT_COLUMNS.map((c) => c.header);

function row(title: string, category: string, made: string | Date): (string | number | Date | null)[] {
  const cells: Record<string, string | number | Date> = {
    'Judul Informasi': title,
    'Ringkasan Isi Informasi': `Ringkasan ${title.toLowerCase()} untuk pengujian urutan bagian berkas.`,
    Kategori: category,
    'Jenis Informasi': 'pengumuman',
    'Pejabat/Unit/Satuan Kerja yang Menguasai Informasi': 'Sekretariat',
    'Penanggung Jawab Pembuatan atau Penerbitan Informasi': 'Sekretaris Dinas',
    'Waktu Pembuatan': made,
    'Tempat Pembuatan': 'Palangka Raya',
    'Bentuk Informasi': 'softcopy',
    'Jangka Waktu Penyimpanan (Retensi)': '5 tahun',
    Tahun: 2025,
  };
  return HEADERS.map((h) => cells[h] ?? null);
}

/** Three tabs: the instructions (a helper sheet, skipped by its name), then two DIP tables. */
async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const help = wb.addWorksheet('Petunjuk');
  help.addRow(HEADERS); // a header row on a helper sheet: read only if the sheet lost its name
  help.addRow(row('Contoh Baris Petunjuk Yang Tidak Diimpor', 'berkala', '2025'));
  const a = wb.addWorksheet('DIP Sekretariat');
  a.addRow(['DAFTAR INFORMASI PUBLIK']);
  a.addRow(HEADERS);
  a.addRow(row('Profil Sekretariat Dinas', 'berkala', '2025'));
  a.addRow(row('Peringatan Dini Banjir', 'serta-merta', new Date(Date.UTC(2026, 0, 15))));
  const b = wb.addWorksheet('DIP Bidang');
  b.addRow(HEADERS);
  b.addRow(row('Daftar Izin Terbit', 'setiap saat', '2024'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const EXPECTED = [
  ['DIP Sekretariat', 3, 'Profil Sekretariat Dinas', 'berkala', '2025'],
  ['DIP Sekretariat', 4, 'Peringatan Dini Banjir', 'serta_merta', '2026-01-15'],
  ['DIP Bidang', 2, 'Daftar Izin Terbit', 'setiap_saat', '2024'],
];

const summary = (p: Awaited<ReturnType<typeof parseImportFileDirect>>) => ({
  issues: p.issues.map((i) => i.message),
  sheets: p.sheets,
  rows: p.rows.map((r) => [r.sheet, r.row, r.input.title, r.input.category, r.input.madeWhen]),
});

/** The same parts stored in another order (fflate writes the entries in the order of the object's keys). */
function reorder(bytes: Uint8Array, order: (names: string[]) => string[]): Uint8Array {
  const parts = unzipSync(bytes);
  const names = order(Object.keys(parts));
  expect([...names].sort()).toEqual(Object.keys(parts).sort());
  return zipSync(Object.fromEntries(names.map((n) => [n, parts[n]!])));
}

const isSheet = (n: string) => n.startsWith('xl/worksheets/');
const early = ['xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];
const ORDERS: Record<string, (names: string[]) => string[]> = {
  'worksheets first, workbook, strings and styles last': (n) => [
    ...n.filter(isSheet),
    ...n.filter((x) => !isSheet(x) && x !== 'xl/workbook.xml' && !early.includes(x)),
    ...early.slice(1),
    'xl/_rels/workbook.xml.rels',
    'xl/workbook.xml',
  ],
  // Relationships and strings already read when a sheet arrives, the workbook not yet: exceljs' reader
  // parsed the sheet at once and failed on the missing workbook model, every time.
  'relationships and strings, then worksheets, workbook last': (n) => [
    ...early,
    ...n.filter((x) => isSheet(x)),
    ...n.filter((x) => !isSheet(x) && !early.includes(x) && x !== 'xl/workbook.xml'),
    'xl/workbook.xml',
  ],
  'workbook early, worksheets before the strings and styles': (n) => [
    'xl/_rels/workbook.xml.rels',
    'xl/workbook.xml',
    ...n.filter(isSheet),
    ...n.filter((x) => !isSheet(x) && !early.includes(x) && x !== 'xl/workbook.xml'),
    ...early.slice(1),
  ],
  'worksheets in reverse tab order, before everything': (n) => [...n.filter(isSheet).reverse(), ...n.filter((x) => !isSheet(x))],
};

describe('DIP import whatever the order of the parts in the xlsx', () => {
  it('the file as exceljs writes it', async () => {
    const bytes = await workbook();
    const p = await parseImportFileDirect(bytes);
    expect(summary(p)).toEqual({ issues: [], sheets: ['DIP Sekretariat', 'DIP Bidang'], rows: EXPECTED });
  });

  for (const [label, order] of Object.entries(ORDERS))
    it(`reads every row of every sheet, named, the same on every read: ${label}`, async () => {
      const bytes = reorder(await workbook(), order);
      // A local header's name comes before the central directory's copy: the first match is the stored order.
      const at = (name: string) => Buffer.from(bytes).indexOf(name);
      expect(at('xl/worksheets/sheet2.xml')).toBeLessThan(Math.max(at('xl/workbook.xml'), at('xl/sharedStrings.xml'), at('xl/styles.xml')));
      for (let i = 0; i < 5; i++) {
        const p = await parseImportFileDirect(bytes);
        expect(summary(p), `read ${i + 1}`).toEqual({ issues: [], sheets: ['DIP Sekretariat', 'DIP Bidang'], rows: EXPECTED });
      }
    });

  it('the same through the file sandbox (the request thread never unzips)', async () => {
    const bytes = reorder(await workbook(), ORDERS['relationships and strings, then worksheets, workbook last']!);
    const p = await parseImportFile(bytes);
    expect(summary(p)).toEqual({ issues: [], sheets: ['DIP Sekretariat', 'DIP Bidang'], rows: EXPECTED });
  });

  it('several reads at once give the same rows', async () => {
    const bytes = reorder(await workbook(), ORDERS['worksheets first, workbook, strings and styles last']!);
    const all = await Promise.all(Array.from({ length: 6 }, () => parseImportFileDirect(bytes)));
    for (const p of all) expect(summary(p).rows).toEqual(EXPECTED);
  });

  it('a file without xl/workbook.xml is refused as unreadable, not read half', async () => {
    const parts = unzipSync(await workbook());
    // Renamed: the bytes still pass the first look (a part named xl/workbook.xml…), the reader refuses them.
    parts['xl/workbook.xml.bak'] = parts['xl/workbook.xml']!;
    delete parts['xl/workbook.xml'];
    const p = await parseImportFileDirect(zipSync(parts));
    expect(summary(p)).toEqual({
      issues: ['Berkas .xlsx tidak dapat dibaca (rusak atau bukan lembar kerja Excel). Simpan ulang dari Excel atau LibreOffice, lalu coba lagi.'],
      sheets: undefined,
      rows: [],
    });
  });

  it('the reader keeps the zip limits: a sheet inflating past one entry’s limit is refused as file_limit', async () => {
    const bomb = await zipBombXlsx(FILE_LIMITS.zipEntryBytes + 1024 * 1024);
    const read = async () => {
      for await (const sheet of xlsxSheets(bomb)) for await (const _ of sheet.rows);
    };
    await expect(read()).rejects.toMatchObject({ code: 'file_limit' });
  });
});
