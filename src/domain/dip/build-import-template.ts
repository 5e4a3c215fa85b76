// The xlsx template for DIP import: the header row with drop-down lists, instructions, and the list of sub-types.
import ExcelJS from 'exceljs';
import { SUBTYPES } from './subtypes.js';
import { CATEGORY_CELL, IMPORT_COLUMNS, type ImportField } from './import-format.js';

const TEMPLATE_ROWS = 1000;

/** The xlsx template: a "DIP" sheet with the header row and drop-down lists, instructions, and the list of sub-types. */
export async function buildTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Q-Gesy';
  const ws = wb.addWorksheet('DIP', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.field, width: c.width }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  head.height = 45;
  IMPORT_COLUMNS.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFDCE8F5' : 'FFF3F6F9' } };
    cell.note = `${c.required ? 'Wajib diisi. ' : ''}${c.help}`;
  });

  const lists = wb.addWorksheet('Daftar Jenis');
  lists.columns = [
    { header: 'Jenis Informasi', key: 'label', width: 44 },
    { header: 'Kode', key: 'code', width: 26 },
    { header: 'Kategori yang sesuai', key: 'cats', width: 40 },
    { header: 'Kategori', key: 'category', width: 14 },
    { header: 'Bentuk Informasi', key: 'form', width: 20 },
  ];
  lists.getRow(1).font = { bold: true };
  SUBTYPES.forEach((s, i) => {
    lists.getCell(i + 2, 1).value = s.id;
    lists.getCell(i + 2, 2).value = s.code;
    lists.getCell(i + 2, 3).value = s.categories.map((c) => CATEGORY_CELL[c]).join(', ');
  });
  const categories = Object.values(CATEGORY_CELL);
  categories.forEach((c, i) => (lists.getCell(i + 2, 4).value = c));
  const forms = ['tercetak', 'terekam', 'tercetak, terekam'];
  forms.forEach((f, i) => (lists.getCell(i + 2, 5).value = f));

  const col = (field: ImportField) => IMPORT_COLUMNS.findIndex((c) => c.field === field) + 1;
  const listRule = (formula: string, prompt: string): ExcelJS.DataValidation => ({
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showInputMessage: true,
    promptTitle: 'Pilihan',
    prompt,
    // A warning, not a stop: other accepted spellings (e.g. "Setiap Saat", kode jenis) may be typed in.
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: 'Nilai di luar daftar',
    error: 'Nilai ini tidak ada di daftar. Pastikan ejaannya benar.',
  });
  const rules: [number, ExcelJS.DataValidation][] = [
    [col('category'), listRule(`'Daftar Jenis'!$D$2:$D$${categories.length + 1}`, 'berkala, serta-merta, atau setiap saat')],
    [col('subtype'), listRule(`'Daftar Jenis'!$A$2:$A$${SUBTYPES.length + 1}`, 'Pilih jenis informasi')],
    [col('forms'), listRule(`'Daftar Jenis'!$E$2:$E$${forms.length + 1}`, 'tercetak dan/atau terekam')],
    [
      col('year'),
      {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [1945, 2100],
        showErrorMessage: true,
        errorStyle: 'stop',
        error: 'Tahun: angka 1945–2100.',
      },
    ],
  ];
  for (let r = 2; r <= TEMPLATE_ROWS + 1; r++) for (const [c, rule] of rules) ws.getCell(r, c).dataValidation = rule;

  const help = wb.addWorksheet('Petunjuk');
  help.columns = [
    { header: 'Kolom', key: 'col', width: 48 },
    { header: 'Wajib', key: 'req', width: 8 },
    { header: 'Keterangan', key: 'help', width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  const intro = [
    'Petunjuk pengisian Daftar Informasi Publik (DIP)',
    '1. Isi lembar "DIP": satu baris untuk satu informasi, mulai baris 2. Jangan ubah judul kolom di baris 1.',
    '2. Kolom bertanda "Ya" wajib diisi. Daftar pilihan ada di lembar "Daftar Jenis".',
    '3. Daftar yang berisi beberapa nilai (bentuk, format, kata kunci, tautan) dipisah koma.',
    '4. Unggah berkas di menu DIP > Impor. Semua baris diperiksa dulu; bila ada satu saja yang salah, tidak ada yang disimpan',
    '   dan Anda menerima daftar lengkap kesalahan (nomor baris dan kolom). Bila semua benar, setiap baris menjadi draf DIP.',
    '5. Draf hasil impor belum tampil di portal: ajukan ke PPID Utama untuk diperiksa dan diterbitkan.',
    '',
  ];
  help.spliceRows(1, 0, ...intro.map((line) => [line]));
  help.getRow(1).font = { bold: true, size: 13 };
  help.getRow(intro.length + 1).font = { bold: true };
  for (const c of IMPORT_COLUMNS) help.addRow([c.header, c.required ? 'Ya' : 'Tidak', c.help]);
  help.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  return Buffer.from(await wb.xlsx.writeBuffer());
}
