// How the cells of an imported DIP sheet are read: cell text, the header row (one or two rows, numbering rows),
// section rows (category, unit) and the raw DipInput of one row, which ZDipInput then checks.
import { splitList, type DipInput } from './input.js';
import { CATEGORY_SPELLINGS, FORMAT_INDEX, FORM_SPELLINGS, type ImportKey, SUBTYPE_INDEX, headerKey, norm } from './import-format.js';
import { utcDate } from '../calendar/dates.js';

/** A cell's value as text, whatever exceljs made of it (rich text, hyperlink, formula result, date). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return utcDate(value); // exceljs reads a date cell as UTC midnight
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

type Col = { key: ImportKey; label: string };
export type HeaderMap = { byCol: Map<number, Col>; combinedForms: boolean; rows: number; ignored: string[] };

export const labelOfCell = (v: unknown) => cellText(v).replace(/\s+/g, ' ').trim();

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
export function readHeader(top: unknown[], below: unknown[] | undefined): HeaderMap | null {
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

export const SEQ_CELL = /^\(?([0-9]{1,3}(\.[0-9]{1,3})*|[a-z]|[ivxlc]{1,6})[.)]?\)?$/i;

/** A row of column numbers under the header: "1 2 3 …" or "(1) (2) …". */
export function isNumberingRow(values: unknown[]): boolean {
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

export const UNIT_PREFIX = /^(unit\s*kerja|unit|satker|satuan\s*kerja|skpd|opd|perangkat\s*daerah)\s*[:\-–]\s*/i;

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
export function rowInput(cells: Map<ImportKey, unknown>, header: HeaderMap, section: { category: string | null }): Record<string, unknown> {
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
