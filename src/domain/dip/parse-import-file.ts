// Import of DIP drafts from a spreadsheet in the format PPIDs publish: the columns, the template, reading
// the xlsx with exceljs' streaming reader, validating every row with ZDipInput, and writing all rows as
// drafts in one transaction (or nothing at all).
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { eq, inArray, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { dipEntries, dipVersions, units } from '../../db/schema/index.js';
import { checkZipInflated, FILE_LIMITS, limitErrors } from '../../documents/file-limits.js';
import { runFileJob } from '../../documents/sandbox.js';
import { errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAuditBatch } from '../audit/record-audit.js';
import { FILE_FORMATS, splitList, ZDipInput, type DipInput } from './input.js';
import { SUBTYPES } from './subtypes.js';
import { slugify } from './workflow.js';
import { LOCK_KEYS } from '../../db/lock-keys.js';

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

const norm = (s: string) =>
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

const FORM_SPELLINGS: Record<string, 'tercetak' | 'terekam'> = {
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

const SUBTYPE_INDEX = new Map<string, string>();
for (const s of SUBTYPES) for (const k of [s.code, s.id, s.en]) SUBTYPE_INDEX.set(norm(k), s.code);

const FORMAT_INDEX = new Map(FILE_FORMATS.map((f) => [norm(f), f]));

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

const lcFirst = (s: string) => (s ? s[0]!.toLowerCase() + s.slice(1) : s);

export function issueText(row: number, column: string | null, message: string): string {
  if (!row) return message;
  return column ? `Baris ${row}, kolom ${column}: ${lcFirst(message)}` : `Baris ${row}: ${lcFirst(message)}`;
}

const fileIssue = (message: string): ImportIssue => ({ row: 0, column: null, message });

/** Whether the bytes look like an Office Open XML spreadsheet: a zip archive holding xl/ parts. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  if (bytes.length < 30 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  // File names are stored uncompressed in the local headers and the central directory.
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buf.includes('[Content_Types].xml') && buf.includes('xl/workbook.xml');
}

/** A cell's value as text, whatever exceljs made of it (rich text, hyperlink, formula result, date). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; hyperlink?: string; result?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return cellText(v.text);
    if (v.hyperlink) return v.hyperlink;
    if ('result' in v) return cellText(v.result);
  }
  return '';
}

function hyperlinkOf(value: unknown): string | null {
  return value && typeof value === 'object' && 'hyperlink' in value && typeof (value as { hyperlink: unknown }).hyperlink === 'string'
    ? (value as { hyperlink: string }).hyperlink
    : null;
}

function mapCategory(s: string): string {
  const k = norm(s);
  return CATEGORY_SPELLINGS[k] ?? s.trim();
}

function mapSubtype(s: string): string {
  return SUBTYPE_INDEX.get(norm(s)) ?? s.trim();
}

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

type Col = { key: ImportKey; label: string };
type HeaderMap = { byCol: Map<number, Col>; combinedForms: boolean; rows: number; ignored: string[] };

const labelOfCell = (v: unknown) => cellText(v).replace(/\s+/g, ' ').trim();

function headerFrom(labels: Map<number, string>): HeaderMap | null {
  const byCol = new Map<number, Col>();
  const seen = new Set<ImportKey>();
  const ignored: string[] = [];
  let combinedForms = false;
  for (const [col, label] of [...labels].sort((a, b) => a[0] - b[0])) {
    const key = headerKey(label);
    if (!key) {
      if (label) ignored.push(label);
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    byCol.set(col, { key, label });
    if (key === 'forms' && norm(label).includes('format')) combinedForms = true;
  }
  // A header row names at least the title or the summary and one more known column.
  const ok = (seen.has('title') || seen.has('summary')) && seen.size >= 2;
  return ok ? { byCol, combinedForms, rows: 1, ignored } : null;
}

const rowLabels = (values: unknown[]) => {
  const m = new Map<number, string>();
  values.forEach((v, col) => {
    const l = labelOfCell(v);
    if (l) m.set(col, l);
  });
  return m;
};

/**
 * The header of a sheet at `top`, one row or two: in a two-row header a group label ("Bentuk Informasi",
 * "Waktu dan Tempat") is written once over merged cells and the row below names its parts. The streaming
 * reader sees a merged cell as the first cell only, so a group spans to the right until the next label.
 */
function readHeader(top: unknown[], below: unknown[] | undefined): HeaderMap | null {
  const first = rowLabels(top);
  const one = headerFrom(first);
  // The top row is a header by itself (it names the columns that span both rows).
  if (!below || !one) return one;
  const second = rowLabels(below);
  // Two rows only when the second names a column the first leaves empty (a part of a merged group), or
  // names the parts of a group.
  const maxCol = Math.max(0, ...first.keys(), ...second.keys());
  const combined = new Map<number, string>();
  let needsSecond = false;
  for (let col = 1; col <= maxCol; col++) {
    const a = first.get(col);
    const b = second.get(col);
    const sub = b ? headerKey(b) : null;
    if (b && sub) {
      if (!a) needsSecond = true;
      combined.set(col, b);
    } else if (a) combined.set(col, a);
  }
  if (!needsSecond) return one;
  const two = headerFrom(combined);
  if (!two) return one;
  return { ...two, rows: 2 };
}

const SEQ_CELL = /^\(?([0-9]{1,3}(\.[0-9]{1,3})*|[a-z]|[ivxlc]{1,6})[.)]?\)?$/i;

/** A row of column numbers under the header: "1 2 3 …" or "(1) (2) …". */
function isNumberingRow(values: unknown[]): boolean {
  const cells = values.map(labelOfCell).filter(Boolean);
  if (cells.length < 3) return false;
  const nums = cells.map((c) => Number(c.replace(/[()]/g, '')));
  return nums.every((n, i) => Number.isInteger(n) && (i === 0 || n > nums[i - 1]!));
}

/** A section row's meaning: a category, the exempt list, or other text (a unit or a heading). */
export function sectionCategory(text: string): DipInput['category'] | 'exempt' | null {
  const n = norm(text);
  if (n.includes('dikecualikan')) return 'exempt';
  if (n.includes('sertamerta')) return 'serta_merta';
  if (n.includes('setiapsaat')) return 'setiap_saat';
  if (n.includes('berkala')) return 'berkala';
  return null;
}

const UNIT_PREFIX = /^(unit\s*kerja|unit|satker|satuan\s*kerja|skpd|opd|perangkat\s*daerah)\s*[:\-–]\s*/i;

const NO_MARK = new Set(['', 'tidak', 'tidakada', 'no', 'n', '0', 'false']);
// A mark in a "tercetak" / "terekam" cell: √, v, x, ada, ya, or the format itself; empty, "-" and "tidak" are no mark.
const marked = (s: string) => s.trim() !== '' && !/^[-–—]+$/.test(s.trim()) && (norm(s) === '' || !NO_MARK.has(norm(s)));

/** A title for a row that has only the summary (Perki tables): its first line, at most 300 characters. */
function titleFromSummary(summary: string): string {
  const line = summary.split(/\r?\n/)[0]!.trim();
  if (line.length <= 300) return line;
  const cut = line.slice(0, 299);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 200)).trimEnd()}…`;
}

/** Builds the raw DipInput of one row; ZDipInput then decides what is wrong with it. */
function rowInput(cells: Map<ImportKey, unknown>, header: HeaderMap, section: { category: string | null }): Record<string, unknown> {
  const text = (f: ImportKey) => cellText(cells.get(f)).trim();
  const has = (f: ImportKey) => [...header.byCol.values()].some((c) => c.key === f);
  let title = text('title');
  let summary = text('summary');
  // Leading enumerators ("1.", "a.", "1.1") belong to the list, not to the text.
  summary = summary.replace(/^([0-9]{1,3}(\.[0-9]{1,3})*|[a-z])[.)]\s+/i, '');
  if (!has('title') && summary) title = titleFromSummary(summary);
  if (!has('summary') && title) summary = title;
  const categoryText = text('category');
  let madeWhen = text('madeWhen');
  let madePlace = text('madePlace');
  if (has('whenWhere')) {
    const ww = text('whenWhere');
    const i = ww.indexOf(',');
    if (!madeWhen && !madePlace) [madeWhen, madePlace] = i < 0 ? [ww, ''] : [ww.slice(0, i).trim(), ww.slice(i + 1).trim()];
  }
  const out: Record<string, unknown> = {
    title,
    summary,
    category: categoryText ? mapCategory(categoryText) : (section.category ?? ''),
    subtype: has('subtype') && text('subtype') ? mapSubtype(text('subtype')) : 'lainnya',
    holder: text('holder'),
    responsible: text('responsible'),
    madeWhen,
    madePlace,
    retention: text('retention'),
    periodLabel: text('periodLabel'),
  };
  const forms: string[] = [];
  const formats: string[] = splitList(text('formats')).map((f) => FORMAT_INDEX.get(norm(f)) ?? f);
  // "terekam (PDF, XLSX)" and "terekam (atas permintaan)" as the public tables write them.
  const formsText = text('forms').replace(/\(([^)]*)\)/g, (_m, inner: string) => {
    for (const f of splitList(inner)) if (FORMAT_INDEX.has(norm(f))) formats.push(FORMAT_INDEX.get(norm(f))!);
    return '';
  });
  for (const token of splitList(formsText.replace(/[/&]|\bdan\b|\batau\b/gi, ','))) {
    const form = FORM_SPELLINGS[norm(token)];
    if (form) forms.push(form);
    else if (header.combinedForms && FORMAT_INDEX.has(norm(token))) formats.push(FORMAT_INDEX.get(norm(token))!);
    else forms.push(token);
  }
  for (const [key, form] of [
    ['formPrinted', 'tercetak'],
    ['formRecorded', 'terekam'],
  ] as const) {
    const mark = text(key);
    if (!marked(mark)) continue;
    forms.push(form);
    for (const f of splitList(mark.replace(/[()/]/g, ','))) if (FORMAT_INDEX.has(norm(f))) formats.push(FORMAT_INDEX.get(norm(f))!);
  }
  out.forms = [...new Set(forms)];
  out.formats = [...new Set(formats)];
  const yearCell = cells.get('year');
  const yearText = text('year');
  out.year = typeof yearCell === 'number' ? yearCell : yearText === '' ? null : /^\d{4}$/.test(yearText) ? Number(yearText) : yearText;
  out.tags = splitList(text('tags'));
  const link = hyperlinkOf(cells.get('links'));
  const urls = link
    ? [link]
    : text('links')
        .split(/[\s,;]+/)
        .filter(Boolean);
  out.links = [...new Set(urls)].map((url) => ({ label: url, url }));
  return out;
}

/** The template's own helper sheets and the exports' notes: never a DIP table. */
const HELPER_SHEETS = new Set(['Daftar Jenis', 'Petunjuk', 'Keterangan'].map(norm));

// Search this many rows from the top for the header row (files often start with a title line).
const HEADER_SEARCH_ROWS = 15;

/**
 * Reads an xlsx upload and validates every row, in the file sandbox's child process. Returns the valid
 * inputs and every problem found; the caller writes nothing unless `issues` is empty.
 */
export async function parseImportFile(bytes: Uint8Array): Promise<ParsedImport> {
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    return {
      rows: [],
      issues: [fileIssue(`Berkas terlalu besar: maksimal ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`)],
      sheetName: null,
      headings: [],
      ignored: [],
    };
  if (!looksLikeXlsx(bytes)) {
    return {
      rows: [],
      issues: [fileIssue('Berkas bukan lembar kerja Excel (.xlsx). Unduh templat, isi, lalu simpan sebagai .xlsx.')],
      sheetName: null,
      headings: [],
      ignored: [],
    };
  }
  // In the file sandbox: unzipping and reading cells of an uploaded spreadsheet never runs on the server's thread.
  return runFileJob({ type: 'dipImport', bytes });
}

type SheetState = {
  name: string;
  buffered: { number: number; values: unknown[] }[];
  header: HeaderMap | null;
  headerRow: number;
  category: DipInput['category'] | 'exempt' | null;
  unitSection: { text: string; explicit: boolean; row: number } | null;
};

/** parseImportFile itself, in this process (the file sandbox's child): the limits of file-limits.ts first. */
export async function parseImportFileDirect(bytes: Uint8Array): Promise<ParsedImport> {
  const empty = { headings: [], ignored: [] };
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    return { rows: [], issues: [fileIssue(`Berkas terlalu besar: maksimal ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`)], sheetName: null, ...empty };
  if (!looksLikeXlsx(bytes)) {
    return {
      rows: [],
      issues: [fileIssue('Berkas bukan lembar kerja Excel (.xlsx). Unduh templat, isi, lalu simpan sebagai .xlsx.')],
      sheetName: null,
      ...empty,
    };
  }
  const rows: ParsedRow[] = [];
  const issues: ImportIssue[] = [];
  const headings: ParsedImport['headings'] = [];
  const ignored = new Set<string>();
  const dataSheets: string[] = [];
  const carried: Record<string, ImportKey[]> = {};
  let cellTooLong = false;
  let count = 0;
  // Counted while inflating, before exceljs unpacks anything (file_limit errors go to the caller as 422).
  await checkZipInflated(bytes);

  const dataRow = (st: SheetState, number: number, values: unknown[]): 'stop' | void => {
    const header = st.header!;
    const cells = new Map<ImportKey, unknown>();
    let content = false;
    for (const [col, h] of header.byCol) {
      const v = values[col];
      cells.set(h.key, v);
      if (h.key !== 'seq' && cellText(v).trim() !== '') content = true;
    }
    const texts = values.map(labelOfCell).filter(Boolean);
    if (!texts.length) return; // spacer row
    const words = [...new Set(texts.filter((x) => !SEQ_CELL.test(x)))];
    // A section row: one text across the row (often merged), no data in the other columns.
    if (words.length === 1 && (!content || texts.length <= 2)) {
      const filled = [...header.byCol].filter(([col, h]) => h.key !== 'seq' && labelOfCell(values[col]) !== '').length;
      if (filled <= 1) {
        const text = words[0]!;
        const cat = sectionCategory(text);
        if (cat) {
          st.category = cat;
          headings.push({ sheet: st.name, row: number, text, kind: cat === 'exempt' ? 'exempt' : 'category' });
          return;
        }
        const explicit = UNIT_PREFIX.test(text);
        st.unitSection = { text: text.replace(UNIT_PREFIX, '').trim(), explicit, row: number };
        headings.push({ sheet: st.name, row: number, text, kind: 'section' });
        return;
      }
    }
    if (!content) return;
    if (++count > MAX_IMPORT_ROWS) return 'stop';
    const where = { sheet: st.name, row: number };
    if (st.category === 'exempt') {
      issues.push({
        ...where,
        column: null,
        message: issueText(number, null, 'Informasi pada bagian "dikecualikan" tidak dimasukkan ke DIP. Hapus baris ini atau pindahkan ke bagian yang benar.'),
      });
      return;
    }
    const parsed = ZDipInput.safeParse(rowInput(cells, header, { category: st.category }));
    const unitText = labelOfCell(cells.get('unit'));
    const unit: ParsedRow['unit'] = unitText
      ? { text: unitText, source: 'column' }
      : st.unitSection
        ? { text: st.unitSection.text, source: st.unitSection.explicit ? 'section' : 'heading', row: st.unitSection.row }
        : null;
    const numberText = labelOfCell(cells.get('number'));
    if (parsed.success) {
      rows.push({ ...where, input: parsed.data, unit, number: numberText || null });
      return;
    }
    const labelOf = new Map<string, string>([...header.byCol.values()].map((h) => [h.key as string, h.label]));
    const fromCells: Record<string, string> = {
      forms: labelOf.get('formPrinted') ?? labelOf.get('formRecorded') ?? '',
      madeWhen: labelOf.get('whenWhere') ?? '',
    };
    const done = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (done.has(field)) continue;
      done.add(field);
      const column =
        labelOf.get(field) ||
        fromCells[field] ||
        (field === 'category' && !labelOf.has('category') ? null : (IMPORT_COLUMNS.find((c) => c.field === field)?.header ?? field));
      const message =
        field === 'category' && !labelOf.has('category')
          ? 'Kategori tidak diketahui: tambahkan kolom "Kategori" atau baris bagian (mis. "Informasi yang wajib disediakan dan diumumkan secara berkala") di atas baris ini.'
          : issue.message;
      issues.push({ ...where, column, message: issueText(number, column, message) });
    }
  };

  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      worksheets: 'emit',
      entries: 'ignore',
    });
    sheets: for await (const sheet of reader) {
      const st: SheetState = {
        name: (sheet as unknown as { name?: string }).name ?? '',
        buffered: [],
        header: null,
        headerRow: 0,
        category: null,
        unitSection: null,
      };
      const findHeader = (): boolean => {
        for (let i = 0; i < st.buffered.length; i++) {
          const h = readHeader(st.buffered[i]!.values, st.buffered[i + 1]?.values);
          if (!h) continue;
          // After the first table, another sheet counts only with a full DIP header (not a list of choices).
          const keys = new Set([...h.byCol.values()].map((c) => c.key));
          if (dataSheets.length && !(keys.has('responsible') && keys.has('retention'))) continue;
          st.header = h;
          st.headerRow = st.buffered[i]!.number;
          for (const l of h.ignored) ignored.add(l);
          const rest = st.buffered.slice(i + h.rows);
          st.buffered = [];
          dataSheets.push(st.name);
          carried[st.name] = [...h.byCol.values()].map((c) => c.key);
          const present = new Set([...h.byCol.values()].map((c) => c.key));
          const missing = IMPORT_COLUMNS.filter(
            (c) =>
              c.required &&
              !present.has(c.field) &&
              !(c.field === 'title' && present.has('summary')) &&
              !(c.field === 'summary' && present.has('title')) &&
              c.field !== 'category' &&
              c.field !== 'subtype' &&
              !(c.field === 'forms' && (present.has('formPrinted') || present.has('formRecorded'))),
          );
          for (const c of missing)
            issues.push({
              sheet: st.name,
              row: st.headerRow,
              column: c.header,
              message: `Baris ${st.headerRow}: kolom "${c.header}" tidak ditemukan pada baris judul kolom.`,
            });
          if (missing.length) return true;
          for (const r of rest) {
            if (r === rest[0] && isNumberingRow(r.values)) continue;
            if (dataRow(st, r.number, r.values) === 'stop') return true;
          }
          return true;
        }
        return false;
      };
      for await (const row of sheet) {
        const values = (Array.isArray(row.values) ? row.values : []) as unknown[];
        if (values.some((v) => cellText(v).length > FILE_LIMITS.xlsxCellChars)) {
          cellTooLong = true;
          break sheets;
        }
        if (HELPER_SHEETS.has(norm(st.name))) continue sheets;
        if (!st.header) {
          st.buffered.push({ number: row.number, values });
          if (st.buffered.length >= HEADER_SEARCH_ROWS + 1) {
            if (!findHeader()) continue sheets;
            if (issues.some((i) => i.row === st.headerRow && i.sheet === st.name && i.column)) break sheets;
          }
          continue;
        }
        if (st.headerRow && row.number === st.headerRow + st.header.rows && isNumberingRow(values)) continue;
        if (dataRow(st, row.number, values) === 'stop') break sheets;
      }
      if (!st.header && st.buffered.length) {
        findHeader();
        if (issues.some((i) => i.row === st.headerRow && i.sheet === st.name && i.column)) break sheets;
      }
    }
  } catch {
    return {
      rows: [],
      issues: [fileIssue('Berkas .xlsx tidak dapat dibaca (rusak atau bukan lembar kerja Excel). Simpan ulang dari Excel atau LibreOffice, lalu coba lagi.')],
      sheetName: null,
      ...empty,
    };
  }
  if (cellTooLong) throw limitErrors.cell();
  if (count > MAX_IMPORT_ROWS) {
    return {
      rows: [],
      issues: [fileIssue(`Berkas berisi lebih dari ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} baris. Bagi menjadi beberapa berkas.`)],
      sheetName: dataSheets[0] ?? null,
      ...empty,
    };
  }
  if (!dataSheets.length) {
    return {
      rows: [],
      issues: [
        fileIssue(
          'Baris judul kolom tidak ditemukan. Gunakan templat: baris pertama berisi judul kolom seperti "Judul Informasi" dan "Ringkasan Isi Informasi".',
        ),
      ],
      sheetName: null,
      ...empty,
    };
  }
  // With several sheets, a row number names its sheet too.
  if (dataSheets.length > 1) for (const i of issues) if (i.row) i.message = `Lembar "${i.sheet}", ${lcFirst(i.message)}`;
  const missingColumn = issues.some((i) => i.column && /tidak ditemukan pada baris judul kolom/.test(i.message));
  if (missingColumn)
    return { rows: [], issues: issues.filter((i) => /tidak ditemukan pada baris judul kolom/.test(i.message)), sheetName: dataSheets[0]!, ...empty };
  if (!issues.length && !rows.length) issues.push(fileIssue('Berkas tidak berisi baris data. Isi minimal satu baris di bawah judul kolom.'));
  return { rows, issues, sheetName: dataSheets[0]!, headings, ignored: [...ignored], sheets: dataSheets, carried };
}

// --- writing --------------------------------------------------------------------------------------------

const BATCH = 500;

export type ImportResult = { count: number; unitId: string; unitName: string; firstNumber: string; lastNumber: string; ids: string[] };

function actorId(ctx: Ctx): string | null {
  return ctx.actor.kind === 'user' ? ctx.actor.id : null;
}

/** Many audit rows at once, exactly as that many recordAudit calls would (record-audit.ts). */
const recordAudits = recordAuditBatch;

/**
 * Creates one draft per row for a unit, like createDraft does for one: the same numbering (under the
 * same lock), slugs, version 1, and a `dip.created` audit row per entry, plus one `dip.imported` row.
 * All rows are written in one transaction, in batches; if anything fails, nothing is written.
 */
export async function importDrafts(ctx: Ctx, unitId: string, raw: DipInput[], meta: { filename?: string } = {}): Promise<ImportResult> {
  authorize(ctx.actor, 'dip.edit', { unitId });
  const inputs = raw.map((r) => ZDipInput.parse(r));
  if (!inputs.length) throw errors.validation({ file: { id: 'Tidak ada baris untuk diimpor.', en: 'There are no rows to import.' } });
  return inTransaction(ctx, (t) => writeDrafts(t, unitId, inputs, meta));
}

/**
 * Drafts for several units from one file, in one transaction: every unit is authorised first (a PPID
 * Pembantu only its own), and if anything fails nothing is written.
 */
export async function importDraftsForUnits(
  ctx: Ctx,
  groups: { unitId: string; inputs: DipInput[] }[],
  meta: { filename?: string; skipExisting?: boolean } = {},
): Promise<ImportResult[]> {
  for (const g of groups) authorize(ctx.actor, 'dip.edit', { unitId: g.unitId });
  const parsed = groups.filter((g) => g.inputs.length).map((g) => ({ unitId: g.unitId, inputs: g.inputs.map((r) => ZDipInput.parse(r)) }));
  if (!parsed.length) return [];
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const out: ImportResult[] = [];
    if (meta.skipExisting) await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEYS.dipNumber})`);
    for (const g of parsed) {
      let inputs = g.inputs;
      if (meta.skipExisting) {
        // A confirm sent twice (double click, back button) creates nothing the second time: under the
        // numbering lock, rows whose title is already an entry of the unit are left out.
        const found = await tx
          .select({ title: sql<string>`lower(${dipVersions.title})` })
          .from(dipEntries)
          .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.workingVersionId))
          .where(sql`${dipEntries.unitId} = ${g.unitId}`);
        const there = new Set(found.map((f) => f.title));
        inputs = inputs.filter((i) => !there.has(i.title.toLowerCase()));
      }
      if (inputs.length) out.push(await writeDrafts(t, g.unitId, inputs, meta));
    }
    return out;
  });
}

async function writeDrafts(t: Ctx, unitId: string, inputs: DipInput[], meta: { filename?: string }): Promise<ImportResult> {
  const tx = t.db as Tx;
  const [unit] = z.uuid().safeParse(unitId).success ? await tx.select().from(units).where(eq(units.id, unitId)) : [];
  if (!unit) throw errors.validation({ unitId: { id: 'Unit tidak dikenal.', en: 'Unknown agency.' } });
  const now = t.clock.now();
  const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Jakarta' }).format(now));
  await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEYS.dipNumber})`);
  const prefix = `DIP/${unit.code.toUpperCase()}/${year}/`;
  const existing = await tx
    .select({ number: dipEntries.number })
    .from(dipEntries)
    .where(sql`starts_with(${dipEntries.number}, ${prefix})`);
  const start = existing.reduce((m, r) => Math.max(m, Number(r.number.slice(prefix.length)) || 0), 0) + 1;
  const numbers = inputs.map((_, i) => `${prefix}${String(start + i).padStart(4, '0')}`);

  // Slugs as uniqueSlug makes them: the title's slug, or title + number when that is taken.
  const bases = inputs.map((i) => slugify(i.title));
  const fallbacks = numbers.map((n, i) => `${bases[i]}-${n.split('/').slice(1).join('-').toLowerCase()}`);
  const taken = new Set<string>();
  const candidates = [...new Set([...bases, ...fallbacks])];
  for (let i = 0; i < candidates.length; i += 1000) {
    const found = await tx
      .select({ slug: dipEntries.slug })
      .from(dipEntries)
      .where(inArray(dipEntries.slug, candidates.slice(i, i + 1000)));
    for (const f of found) taken.add(f.slug);
  }
  const slugs = inputs.map((_, i) => {
    let slug = taken.has(bases[i]!) ? fallbacks[i]! : bases[i]!;
    for (let n = 2; taken.has(slug); n++) slug = `${fallbacks[i]}-${n}`;
    taken.add(slug);
    return slug;
  });

  const who = actorId(t);
  const ids = inputs.map(() => randomUUID());
  const versionIds = inputs.map(() => randomUUID());
  for (let i = 0; i < inputs.length; i += BATCH) {
    const idx = [...Array(Math.min(BATCH, inputs.length - i)).keys()].map((k) => i + k);
    await tx.insert(dipEntries).values(
      idx.map((k) => ({
        id: ids[k]!,
        unitId,
        number: numbers[k]!,
        slug: slugs[k]!,
        status: 'draft' as const,
        workingVersionId: versionIds[k]!,
        createdBy: who,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await tx
      .insert(dipVersions)
      .values(idx.map((k) => ({ ...inputs[k]!, id: versionIds[k]!, entryId: ids[k]!, versionNo: 1, createdBy: who, createdAt: now })));
  }
  await recordAudits(t, [
    ...inputs.map((input, k) => ({
      action: 'dip.created',
      entityType: 'dip_entry',
      entityId: ids[k]!,
      after: { number: numbers[k]!, title: input.title, unitId },
      details: { via: 'import' },
    })),
    {
      action: 'dip.imported',
      entityType: 'unit',
      entityId: unitId,
      details: { count: inputs.length, firstNumber: numbers[0]!, lastNumber: numbers[numbers.length - 1]!, filename: meta.filename ?? null },
    },
  ]);
  return { count: inputs.length, unitId, unitName: unit.name, firstNumber: numbers[0]!, lastNumber: numbers[numbers.length - 1]!, ids };
}

// --- template -------------------------------------------------------------------------------------------

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
