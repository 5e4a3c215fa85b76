// The spreadsheet format PPIDs publish DIP tables in, as the importer reads it: the columns and their spellings,
// the keys a header cell may name, the limits, and the issues found in a file.
import { FILE_FORMATS, type DipInput } from './input.js';
import { SUBTYPES } from './subtypes.js';

/** The fields of DipInput that a spreadsheet column can fill. */
export type ImportField = keyof DipInput;

export type ImportColumn = {
  field: ImportField;
  /** The header written in the template and in back-office exports. */
  header: string;
  /** Other spellings seen in PPID spreadsheets (compared without case, spaces or punctuation). */
  aliases: string[];
  required: boolean;
  width: number;
  /** One line for the instructions sheet. */
  help: string;
};

export const IMPORT_COLUMNS: ImportColumn[] = [
  {
    field: 'title',
    header: 'Judul Informasi',
    aliases: ['Judul', 'Nama Informasi', 'Title'],
    required: true,
    width: 40,
    help: 'Judul singkat informasi, 5–300 karakter.',
  },
  {
    field: 'summary',
    header: 'Ringkasan Isi Informasi',
    aliases: ['Ringkasan', 'Ringkasan Informasi', 'Isi Informasi', 'Summary'],
    required: true,
    width: 60,
    help: 'Ringkasan isi informasi, 10–4000 karakter.',
  },
  {
    field: 'category',
    header: 'Kategori',
    aliases: ['Kategori Informasi', 'Jenis Kategori', 'Category'],
    required: true,
    width: 16,
    help: 'berkala, serta-merta, atau setiap saat.',
  },
  {
    field: 'subtype',
    header: 'Jenis Informasi',
    aliases: ['Jenis', 'Sub Kategori', 'Subkategori', 'Subtype'],
    required: true,
    width: 34,
    help: 'Salah satu jenis pada lembar "Daftar Jenis" (nama atau kode).',
  },
  {
    field: 'holder',
    header: 'Pejabat/Unit/Satuan Kerja yang Menguasai Informasi',
    aliases: [
      'Pejabat/Unit yang Menguasai Informasi',
      'Pejabat yang Menguasai Informasi',
      'Penguasa Informasi',
      'Pejabat/Unit',
      'Unit yang Menguasai Informasi',
    ],
    required: false,
    width: 30,
    help: 'Boleh dikosongkan.',
  },
  {
    field: 'responsible',
    header: 'Penanggung Jawab Pembuatan atau Penerbitan Informasi',
    aliases: ['Penanggung Jawab', 'Penanggung Jawab Pembuatan Informasi', 'Penanggung Jawab Penerbitan Informasi', 'Penanggungjawab'],
    required: true,
    width: 30,
    help: 'Jabatan penanggung jawab, minimal 3 karakter.',
  },
  {
    field: 'madeWhen',
    header: 'Waktu Pembuatan',
    aliases: ['Waktu Pembuatan Informasi', 'Waktu'],
    required: false,
    width: 16,
    help: 'Mis. 2025 atau Maret 2025.',
  },
  {
    field: 'madePlace',
    header: 'Tempat Pembuatan',
    aliases: ['Tempat Pembuatan Informasi', 'Tempat'],
    required: false,
    width: 20,
    help: 'Mis. nama kota atau kantor.',
  },
  {
    field: 'forms',
    header: 'Bentuk Informasi',
    aliases: ['Bentuk', 'Bentuk Informasi yang Tersedia', 'Bentuk/Format Informasi yang Tersedia', 'Bentuk/Format Informasi'],
    required: true,
    width: 20,
    help: 'tercetak, terekam, atau keduanya dipisah koma (softcopy = terekam, hardcopy = tercetak).',
  },
  {
    field: 'formats',
    header: 'Format Berkas',
    aliases: ['Format', 'Format Informasi', 'Format File'],
    required: false,
    width: 16,
    help: `Dipisah koma, mis. ${FILE_FORMATS.slice(0, 4).join(', ')}.`,
  },
  {
    field: 'retention',
    header: 'Jangka Waktu Penyimpanan (Retensi)',
    aliases: ['Jangka Waktu Penyimpanan atau Retensi Arsip', 'Jangka Waktu Penyimpanan', 'Retensi', 'Retensi Arsip'],
    required: true,
    width: 20,
    help: 'Mis. 5 tahun, atau sesuai JRA.',
  },
  {
    field: 'year',
    header: 'Tahun',
    aliases: ['Tahun Informasi', 'Year'],
    required: false,
    width: 10,
    help: 'Angka empat digit, mis. 2025; boleh dikosongkan.',
  },
  {
    field: 'periodLabel',
    header: 'Periode',
    aliases: ['Periode Laporan', 'Semester', 'Triwulan'],
    required: false,
    width: 16,
    help: 'Mis. Semester I 2025; boleh dikosongkan.',
  },
  { field: 'tags', header: 'Kata Kunci', aliases: ['Tag', 'Tags', 'Kata kunci pencarian'], required: false, width: 20, help: 'Dipisah koma, maksimal 20.' },
  {
    field: 'links',
    header: 'Tautan',
    aliases: ['Link', 'URL', 'Tautan Dokumen'],
    required: false,
    width: 30,
    help: 'Alamat lengkap https://..., dipisah koma atau baris baru.',
  },
];

export const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

const HEADER_INDEX = new Map<string, ImportColumn>();
for (const c of IMPORT_COLUMNS) for (const h of [c.header, ...c.aliases]) HEADER_INDEX.set(norm(h), c);

/** Spellings of the categories accepted in a cell (compared without case, spaces or punctuation). */
export const CATEGORY_SPELLINGS: Record<string, DipInput['category']> = {
  berkala: 'berkala',
  informasiberkala: 'berkala',
  wajibberkala: 'berkala',
  sertamerta: 'serta_merta',
  informasisertamerta: 'serta_merta',
  setiapsaat: 'setiap_saat',
  tersediasetiapsaat: 'setiap_saat',
  informasisetiapsaat: 'setiap_saat',
  informasitersediasetiapsaat: 'setiap_saat',
};

/** The human labels written in the template and exports for each category. */
export const CATEGORY_CELL: Record<DipInput['category'], string> = { berkala: 'berkala', serta_merta: 'serta-merta', setiap_saat: 'setiap saat' };

export const FORM_SPELLINGS: Record<string, 'tercetak' | 'terekam'> = {
  tercetak: 'tercetak',
  cetak: 'tercetak',
  hardcopy: 'tercetak',
  print: 'tercetak',
  kertas: 'tercetak',
  terekam: 'terekam',
  rekam: 'terekam',
  rekaman: 'terekam',
  softcopy: 'terekam',
  digital: 'terekam',
  elektronik: 'terekam',
};

export const SUBTYPE_INDEX = new Map<string, string>();
for (const s of SUBTYPES) for (const k of [s.code, s.id, s.en]) SUBTYPE_INDEX.set(norm(k), s.code);

export const FORMAT_INDEX = new Map(FILE_FORMATS.map((f) => [norm(f), f]));

/** Limits that keep one request reasonable; a body with more rows splits the file. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

export type ImportIssue = {
  /** The spreadsheet row number as Excel shows it; 0 for problems with the file itself. */
  row: number;
  /** The column header as written in the file (or in the template when the column is missing). */
  column: string | null;
  /** The sheet's name when known. */
  sheet?: string;
  /** The full Indonesian message, e.g. "Baris 7, kolom Ringkasan Isi Informasi: ringkasan isi informasi wajib diisi ...". */
  message: string;
};

export type ParsedRow = {
  sheet: string;
  row: number;
  input: DipInput;
  /** Where the row says its unit is: a unit column, a section row above it (explicit "Unit: …" or a plain heading), or nothing. */
  unit: { text: string; source: 'column' | 'section' | 'heading'; row?: number } | null;
  /** The register number ("Nomor DIP") when the file carries one (the exports do). */
  number: string | null;
};

export type ParsedImport = {
  rows: ParsedRow[];
  issues: ImportIssue[];
  sheetName: string | null;
  /** Section rows seen: categories, the exempt part, and other headings (units or groups). */
  headings: { sheet: string; row: number; text: string; kind: 'category' | 'exempt' | 'section' }[];
  /** Header texts of columns the importer does not read (shown in the preview). */
  ignored: string[];
  /** The sheets that held a DIP table. */
  sheets?: string[];
  /** The columns each sheet carries (to compare a row with an entry on what both sides hold). */
  carried?: Record<string, ImportKey[]>;
};

export const lcFirst = (s: string) => (s ? s[0]!.toLowerCase() + s.slice(1) : s);

export function issueText(row: number, column: string | null, message: string): string {
  if (!row) return message;
  return column ? `Baris ${row}, kolom ${column}: ${lcFirst(message)}` : `Baris ${row}: ${lcFirst(message)}`;
}

export const fileIssue = (message: string): ImportIssue => ({ row: 0, column: null, message });

/**
 * What a column can hold besides the DipInput fields: the register number and the unit (back-office and
 * public exports, multi-unit sheets), a running number ("No", ignored), the two halves of "Bentuk
 * informasi" in a two-row header (tercetak / terekam, a mark in the cell), and "Waktu dan Tempat" in one cell.
 */
export type ImportKey = ImportField | 'number' | 'unit' | 'seq' | 'formPrinted' | 'formRecorded' | 'whenWhere' | 'portalUrl';

const EXTRA_INDEX = new Map<string, ImportKey>([
  ...['Nomor DIP', 'Nomor Register', 'No. Register', 'Nomor Register DIP', 'No DIP'].map((h) => [norm(h), 'number'] as const),
  ...['Unit Kerja', 'Unit', 'Satker', 'Satuan Kerja', 'SKPD', 'OPD', 'Perangkat Daerah', 'Unit Pemilik Informasi', 'Unit Pengolah'].map(
    (h) => [norm(h), 'unit'] as const,
  ),
  ...['No', 'No.', 'Nomor', 'No Urut', 'Nomor Urut'].map((h) => [norm(h), 'seq'] as const),
  ...['Tercetak', 'Hardcopy', 'Cetak'].map((h) => [norm(h), 'formPrinted'] as const),
  ...['Terekam', 'Softcopy', 'Elektronik', 'Digital'].map((h) => [norm(h), 'formRecorded'] as const),
  ...['Waktu dan Tempat Pembuatan Informasi', 'Waktu dan Tempat Pembuatan', 'Waktu dan Tempat'].map((h) => [norm(h), 'whenWhere'] as const),
  ...['Alamat di Portal', 'Tautan di Portal'].map((h) => [norm(h), 'portalUrl'] as const),
]);

/** Words that name a column however a PPID office wrote it (tried in this order when no spelling matches). */
const CONTAINS: [string, ImportKey][] = [
  ['waktudantempat', 'whenWhere'],
  ['menguasai', 'holder'],
  ['penanggungjawab', 'responsible'],
  ['ringkasan', 'summary'],
  ['retensi', 'retention'],
  ['jangkawaktupenyimpanan', 'retention'],
  ['bentukinformasi', 'forms'],
  ['kategori', 'category'],
  ['jenisinformasi', 'subtype'],
  ['judul', 'title'],
  ['nomordip', 'number'],
  ['nomorregister', 'number'],
  ['unitkerja', 'unit'],
  ['satuankerja', 'unit'],
  ['perangkatdaerah', 'unit'],
];

/** The key of a header cell's text, or null for a column the importer does not read. */
export function headerKey(label: string): ImportKey | null {
  const n = norm(label);
  if (!n) return null;
  const extra = EXTRA_INDEX.get(n);
  if (extra) return extra;
  const col = HEADER_INDEX.get(n);
  if (col) return col.field;
  for (const [word, key] of CONTAINS) if (n.includes(word)) return key;
  return null;
}
