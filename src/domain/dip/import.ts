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
    aliases: ['Waktu Pembuatan Informasi', 'Waktu', 'Waktu dan Tempat Pembuatan Informasi'],
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
  /** The full Indonesian message, e.g. "Baris 7, kolom Ringkasan Isi Informasi: ringkasan isi informasi wajib diisi ...". */
  message: string;
};

export type ParsedImport = { rows: { row: number; input: DipInput }[]; issues: ImportIssue[]; sheetName: string | null };

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

/** Builds the raw DipInput of one row; ZDipInput then decides what is wrong with it. */
function rowInput(cells: Map<ImportField, unknown>, combinedForms: boolean): Record<string, unknown> {
  const text = (f: ImportField) => cellText(cells.get(f)).trim();
  const out: Record<string, unknown> = {
    title: text('title'),
    summary: text('summary'),
    category: mapCategory(text('category')),
    subtype: mapSubtype(text('subtype')),
    holder: text('holder'),
    responsible: text('responsible'),
    madeWhen: text('madeWhen'),
    madePlace: text('madePlace'),
    retention: text('retention'),
    periodLabel: text('periodLabel'),
  };
  const forms: string[] = [];
  const formats: string[] = splitList(text('formats')).map((f) => FORMAT_INDEX.get(norm(f)) ?? f);
  for (const token of splitList(text('forms').replace(/[/&]|\bdan\b/gi, ','))) {
    const form = FORM_SPELLINGS[norm(token)];
    if (form) forms.push(form);
    else if (combinedForms && FORMAT_INDEX.has(norm(token))) formats.push(FORMAT_INDEX.get(norm(token))!);
    else forms.push(token);
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

type HeaderMap = { byCol: Map<number, { column: ImportColumn; label: string }>; combinedForms: boolean };

function readHeader(values: unknown[]): HeaderMap | null {
  const byCol = new Map<number, { column: ImportColumn; label: string }>();
  const seen = new Set<ImportField>();
  let combinedForms = false;
  values.forEach((v, col) => {
    const label = cellText(v).replace(/\s+/g, ' ').trim();
    const column = HEADER_INDEX.get(norm(label));
    if (!column || seen.has(column.field)) return;
    seen.add(column.field);
    byCol.set(col, { column, label });
    if (column.field === 'forms' && norm(label).includes('format')) combinedForms = true;
  });
  // A header row names at least the title or the summary and one more known column.
  const ok = (seen.has('title') || seen.has('summary')) && seen.size >= 2;
  return ok ? { byCol, combinedForms } : null;
}

// Search this many rows from the top for the header row (files often start with a title line).
const HEADER_SEARCH_ROWS = 10;

/**
 * Reads an xlsx upload with the streaming reader and validates every row. Returns the valid inputs and
 * every problem found; the caller writes nothing unless `issues` is empty.
 */
export async function parseImportFile(bytes: Uint8Array): Promise<ParsedImport> {
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    return { rows: [], issues: [fileIssue(`Berkas terlalu besar: maksimal ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`)], sheetName: null };
  if (!looksLikeXlsx(bytes)) {
    return { rows: [], issues: [fileIssue('Berkas bukan lembar kerja Excel (.xlsx). Unduh templat, isi, lalu simpan sebagai .xlsx.')], sheetName: null };
  }
  // In the file sandbox: unzipping and reading cells of an uploaded spreadsheet never runs on the server's thread.
  return runFileJob({ type: 'dipImport', bytes });
}

/** parseImportFile itself, in this process (the file sandbox's child): the limits of file-limits.ts first. */
export async function parseImportFileDirect(bytes: Uint8Array): Promise<ParsedImport> {
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    return { rows: [], issues: [fileIssue(`Berkas terlalu besar: maksimal ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`)], sheetName: null };
  if (!looksLikeXlsx(bytes)) {
    return { rows: [], issues: [fileIssue('Berkas bukan lembar kerja Excel (.xlsx). Unduh templat, isi, lalu simpan sebagai .xlsx.')], sheetName: null };
  }
  const rows: ParsedImport['rows'] = [];
  const issues: ImportIssue[] = [];
  let sheetName: string | null = null;
  let cellTooLong = false;
  // Counted while inflating, before exceljs unpacks anything (file_limit errors go to the caller as 422).
  await checkZipInflated(bytes);
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      worksheets: 'emit',
      entries: 'ignore',
    });
    sheets: for await (const sheet of reader) {
      let header: HeaderMap | null = null;
      let scanned = 0;
      let count = 0;
      for await (const row of sheet) {
        const values = (Array.isArray(row.values) ? row.values : []) as unknown[];
        if (values.some((v) => cellText(v).length > FILE_LIMITS.xlsxCellChars)) {
          cellTooLong = true;
          break sheets;
        }
        if (!header) {
          header = readHeader(values);
          if (!header && ++scanned >= HEADER_SEARCH_ROWS) continue sheets;
          if (header) {
            sheetName = (sheet as unknown as { name?: string }).name ?? null;
            const present = new Set([...header.byCol.values()].map((h) => h.column.field));
            for (const c of IMPORT_COLUMNS) {
              if (c.required && !present.has(c.field))
                issues.push({ row: row.number, column: c.header, message: `Baris ${row.number}: kolom "${c.header}" tidak ditemukan pada baris judul kolom.` });
            }
            if (issues.length) return { rows: [], issues, sheetName };
          }
          continue;
        }
        const cells = new Map<ImportField, unknown>();
        let empty = true;
        for (const [col, h] of header.byCol) {
          const v = values[col];
          cells.set(h.column.field, v);
          if (cellText(v).trim() !== '') empty = false;
        }
        if (empty) continue;
        if (++count > MAX_IMPORT_ROWS) {
          return {
            rows: [],
            issues: [fileIssue(`Berkas berisi lebih dari ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} baris. Bagi menjadi beberapa berkas.`)],
            sheetName,
          };
        }
        const parsed = ZDipInput.safeParse(rowInput(cells, header.combinedForms));
        if (parsed.success) {
          rows.push({ row: row.number, input: parsed.data });
          continue;
        }
        const labelOf = new Map([...header.byCol.values()].map((h) => [h.column.field as string, h.label]));
        const done = new Set<string>();
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? '');
          if (done.has(field)) continue;
          done.add(field);
          const column = labelOf.get(field) ?? IMPORT_COLUMNS.find((c) => c.field === field)?.header ?? field;
          issues.push({ row: row.number, column, message: issueText(row.number, column, issue.message) });
        }
      }
      if (header) break;
    }
  } catch {
    return {
      rows: [],
      issues: [fileIssue('Berkas .xlsx tidak dapat dibaca (rusak atau bukan lembar kerja Excel). Simpan ulang dari Excel atau LibreOffice, lalu coba lagi.')],
      sheetName: null,
    };
  }
  if (cellTooLong) throw limitErrors.cell();
  if (!sheetName && !issues.length && !rows.length) {
    return {
      rows: [],
      issues: [
        fileIssue(
          'Baris judul kolom tidak ditemukan. Gunakan templat: baris pertama berisi judul kolom seperti "Judul Informasi" dan "Ringkasan Isi Informasi".',
        ),
      ],
      sheetName: null,
    };
  }
  if (!issues.length && !rows.length) issues.push(fileIssue('Berkas tidak berisi baris data. Isi minimal satu baris di bawah judul kolom.'));
  return { rows, issues, sheetName };
}

// --- writing --------------------------------------------------------------------------------------------

// Must equal NUMBER_LOCK in workflow.ts: the register numbers of one body are handed out under one lock,
// whether an entry is drafted in a form or imported.
const NUMBER_LOCK = 7243_2008_09;
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
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const [unit] = z.uuid().safeParse(unitId).success ? await tx.select().from(units).where(eq(units.id, unitId)) : [];
    if (!unit) throw errors.validation({ unitId: { id: 'Unit tidak dikenal.', en: 'Unknown agency.' } });
    const now = t.clock.now();
    const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Jakarta' }).format(now));
    await tx.execute(sql`select pg_advisory_xact_lock(${NUMBER_LOCK})`);
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
  });
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
