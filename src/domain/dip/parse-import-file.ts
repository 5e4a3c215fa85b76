// Import of DIP drafts from a spreadsheet, the reading part: the xlsx read with exceljs' streaming reader (in the
// file sandbox; documents/xlsx-sheets.ts, whatever the order of the parts in the zip), the header row found,
// every row validated with ZDipInput.
import { renderText } from '../../i18n/catalogue.js';
import { AppError } from '../../errors.js';
import { checkZipInflated, FILE_LIMITS, limitErrors } from '../../documents/file-limits.js';
import { runFileJob } from '../../documents/sandbox.js';
import { xlsxSheets } from '../../documents/xlsx-sheets.js';
import { ZDipInput, type DipInput } from './input.js';
import {
  IMPORT_COLUMNS,
  type ImportIssue,
  type ImportKey,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  type ParsedImport,
  type ParsedRow,
  fileIssue,
  issueText,
  lcFirst,
  norm,
} from './import-format.js';
import { type HeaderMap, SEQ_CELL, UNIT_PREFIX, cellText, isNumberingRow, labelOfCell, readHeader, rowInput, sectionCategory } from './import-rows.js';

/** Whether the bytes look like an Office Open XML spreadsheet: a zip archive holding xl/ parts. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  if (bytes.length < 30 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  // File names are stored uncompressed in the local headers and the central directory.
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buf.includes('[Content_Types].xml') && buf.includes('xl/workbook.xml');
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
          : renderText('id', issue.message);
      issues.push({ ...where, column, message: issueText(number, column, message) });
    }
  };

  try {
    sheets: for await (const sheet of xlsxSheets(bytes)) {
      const st: SheetState = {
        name: sheet.name,
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
      for await (const row of sheet.rows) {
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
  } catch (err) {
    if (err instanceof AppError) throw err; // over a file limit while inflating: 422 like checkZipInflated's
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
