// Reading a year's national holidays and cuti bersama from a file (CSV or iCalendar), without touching the
// database: each usable line becomes an entry, every other line a rejection with its line number and reason.
//
// iCalendar: no library. None is installed and node_modules is shared with the main checkout; the subset a
// holiday calendar uses (all-day VEVENTs: DTSTART;VALUE=DATE, an exclusive DTEND, SUMMARY, folded lines,
// escaped text) is small and is tested line by line (tests/unit/calendar-import-file.test.ts). Events with
// a time, a recurrence (RRULE) or no date are rejected with a reason, never guessed.
import { messages, catalogueMessages } from '../../i18n/catalogue.js';
import type { NonWorkingDayKind } from '../../db/schema/calendar.js';
import { AppError, type Messages } from '../../errors.js';
import { addDays, parseIsoDate, yearOf } from './dates.js';

/** A holiday file is a few kilobytes; this bounds parsing work whatever the upload limit is. */
export const MAX_CALENDAR_FILE_BYTES = 256 * 1024;
/** A multi-day event (DTEND) longer than this is a mistake in the file, not a holiday. */
const MAX_EVENT_DAYS = 14;
const MAX_ENTRIES = 200;

export type ImportedDay = { line: number; date: string; kind: Extract<NonWorkingDayKind, 'libur_nasional' | 'cuti_bersama'>; name: string };
export type RejectedLine = { line: number; text: string; reason: Messages };
export type ParsedCalendarFile = { format: 'csv' | 'ics'; days: ImportedDay[]; rejected: RejectedLine[] };

const fileError = (id: string, en: string) => new AppError('calendar_file_invalid', 422, { id, en });

/** The file's text, or a 422: not UTF-8, a NUL byte (a binary file), too large, empty. */
function decode(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw fileError('Berkas kosong.', 'The file is empty.');
  if (bytes.byteLength > MAX_CALENDAR_FILE_BYTES) {
    throw new AppError(
      'payload_too_large',
      413,
      catalogueMessages('calendar.import-file.file_too_large_most_kb', { MAX_CALENDAR_FILE_BYTES: MAX_CALENDAR_FILE_BYTES / 1024 }),
    );
  }
  if (bytes.includes(0)) {
    throw fileError(
      'Berkas bukan teks (CSV atau iCalendar .ics); berkas biner tidak dapat diimpor.',
      'The file is not text (CSV or iCalendar .ics); a binary file cannot be imported.',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fileError('Berkas bukan teks UTF-8. Simpan ulang sebagai CSV UTF-8 atau .ics.', 'The file is not UTF-8 text. Save it again as UTF-8 CSV or .ics.');
  }
  return text.replace(/^\uFEFF/, '');
}

/** The kind of a file by its content (never by its name): iCalendar starts with BEGIN:VCALENDAR. */
export function parseCalendarFile(bytes: Uint8Array): ParsedCalendarFile {
  const text = decode(bytes);
  const parsed = /^\s*BEGIN:VCALENDAR/i.test(text) ? parseIcs(text) : parseCsv(text);
  if (parsed.days.length > MAX_ENTRIES) {
    throw fileError(
      `Berkas berisi lebih dari ${MAX_ENTRIES} hari libur; impor satu tahun sekali.`,
      `The file has more than ${MAX_ENTRIES} days; import one year at a time.`,
    );
  }
  if (!parsed.days.length && !parsed.rejected.length) throw fileError('Berkas tidak berisi hari libur.', 'The file contains no holidays.');
  return parsed;
}

// --- kinds ------------------------------------------------------------------------------------------------

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

/** "cuti bersama" anywhere in the name marks a cuti bersama (also the SKB's "Cuti Bersama Idul Fitri …"). */
export const isCutiBersamaName = (name: string) => /\bcuti\s+bersama\b|\bcollective\s+leave\b/i.test(name);

function kindOf(value: string, name: string): ImportedDay['kind'] | null {
  const k = norm(value);
  if (k === '') return isCutiBersamaName(name) ? 'cuti_bersama' : 'libur_nasional';
  if (['cuti bersama', 'cuti', 'collective leave', 'cb'].includes(k)) return 'cuti_bersama';
  if (['libur', 'libur nasional', 'hari libur', 'hari libur nasional', 'national holiday', 'holiday', 'ln'].includes(k)) return 'libur_nasional';
  return null;
}

const badKind = (value: string): Messages => ({
  id: `Jenis "${value}" tidak dikenal; gunakan "libur" atau "cuti bersama".`,
  en: `Unknown kind "${value}"; use "libur" (holiday) or "cuti bersama".`,
});
const badDate = (value: string): Messages => ({
  id: `Tanggal "${value}" tidak valid; gunakan TTTT-BB-HH atau HH/BB/TTTT.`,
  en: `Date "${value}" is not valid; use YYYY-MM-DD or DD/MM/YYYY.`,
});
const outOfRange: Messages = messages('validation.year_between_2000_2100');
const noName: Messages = {
  id: 'Nama hari libur kosong atau terlalu pendek (minimal 3 karakter).',
  en: 'The holiday name is empty or too short (at least 3 characters).',
};
const longName: Messages = { id: 'Nama hari libur lebih dari 200 karakter.', en: 'The holiday name is longer than 200 characters.' };

/** YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY or DD.MM.YYYY (Indonesian order: day first). */
export function parseFileDate(value: string): string | null {
  const s = value.trim();
  const iso = parseIsoDate(s);
  if (iso) return iso;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return null;
  return parseIsoDate(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
}

function checkDay(
  line: number,
  text: string,
  dateValue: string,
  date: string | null,
  name: string,
  kind: ImportedDay['kind'] | null,
  kindValue: string,
): RejectedLine | ImportedDay {
  if (!date) return { line, text, reason: badDate(dateValue) } satisfies RejectedLine;
  if (yearOf(date) < 2000 || yearOf(date) > 2100) return { line, text, reason: outOfRange } satisfies RejectedLine;
  if (name.length < 3) return { line, text, reason: noName } satisfies RejectedLine;
  if (name.length > 200) return { line, text, reason: longName } satisfies RejectedLine;
  if (!kind) return { line, text, reason: badKind(kindValue) } satisfies RejectedLine;
  return { line, date, name, kind } satisfies ImportedDay;
}

// --- CSV --------------------------------------------------------------------------------------------------

/** Fields of one CSV record, with "quoted ""fields""" and separators inside quotes; null: an open quote. */
function splitCsvLine(line: string, sep: string): string[] | null {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur.trim() === '') {
      quoted = true;
      cur = '';
    } else if (ch === sep) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (quoted) return null;
  out.push(cur.trim());
  return out;
}

const HEADERS: Record<'date' | 'name' | 'kind', string[]> = {
  date: ['tanggal', 'date', 'tgl'],
  name: ['nama', 'name', 'keterangan', 'nama hari libur', 'hari libur', 'summary', 'uraian'],
  kind: ['jenis', 'kind', 'kategori', 'type', 'tipe'],
};

function parseCsv(text: string): ParsedCalendarFile {
  const lines = text.split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) throw fileError('Berkas tidak berisi hari libur.', 'The file contains no holidays.');
  const header = lines[headerIndex]!;
  // The separator the header uses most: Indonesian spreadsheets save CSV with ";".
  const sep = [';', ',', '\t'].map((s) => [s, header.split(s).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  const cols = (splitCsvLine(header, sep) ?? []).map(norm);
  const find = (k: keyof typeof HEADERS) => cols.findIndex((c) => HEADERS[k].includes(c));
  const at = { date: find('date'), name: find('name'), kind: find('kind') };
  if (at.date < 0 || at.name < 0) {
    throw fileError(
      'Baris pertama CSV harus berisi judul kolom: tanggal; nama; jenis (atau date, name, kind), dipisah ";" atau ",".',
      'The first CSV line must hold the column headers: tanggal; nama; jenis (or date, name, kind), separated by ";" or ",".',
    );
  }
  const days: ImportedDay[] = [];
  const rejected: RejectedLine[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '' || /^[;,\s]*$/.test(raw)) continue;
    const line = i + 1;
    const text = raw.slice(0, 300);
    const f = splitCsvLine(raw, sep);
    if (!f) {
      rejected.push({ line, text, reason: { id: 'Tanda kutip tidak ditutup.', en: 'A quotation mark is not closed.' } });
      continue;
    }
    const dateValue = f[at.date] ?? '';
    const name = (f[at.name] ?? '').replace(/\s+/g, ' ');
    const kindValue = at.kind >= 0 ? (f[at.kind] ?? '') : '';
    const r = checkDay(line, text, dateValue, parseFileDate(dateValue), name, kindOf(kindValue, name), kindValue);
    if ('reason' in r) rejected.push(r);
    else days.push(r);
  }
  return { format: 'csv', days, rejected };
}

// --- iCalendar (RFC 5545, the all-day subset) ---------------------------------------------------------------

/** Content lines after unfolding (a line starting with a space or tab continues the previous one). */
function unfold(text: string): { line: number; value: string }[] {
  const out: { line: number; value: string }[] = [];
  text.split(/\r\n|\n|\r/).forEach((l, i) => {
    if ((l.startsWith(' ') || l.startsWith('\t')) && out.length) out[out.length - 1]!.value += l.slice(1);
    else if (l.trim() !== '') out.push({ line: i + 1, value: l });
  });
  return out;
}

function unescapeText(s: string): string {
  return s.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? ' ' : c));
}

type Prop = { name: string; params: Record<string, string>; value: string };

/** NAME;PARAM=V;PARAM="V":VALUE (a colon inside a quoted parameter value does not end the name). */
function parseProp(s: string): Prop | null {
  let i = 0;
  let quoted = false;
  for (; i < s.length; i++) {
    if (s[i] === '"') quoted = !quoted;
    else if (s[i] === ':' && !quoted) break;
  }
  if (i >= s.length) return null;
  const [name, ...params] = s.slice(0, i).split(';');
  const p: Record<string, string> = {};
  for (const kv of params) {
    const eq = kv.indexOf('=');
    if (eq > 0) p[kv.slice(0, eq).toUpperCase()] = kv.slice(eq + 1).replace(/^"|"$/g, '');
  }
  return { name: name!.toUpperCase(), params: p, value: s.slice(i + 1) };
}

/** A DATE value (YYYYMMDD); a DATE-TIME is not an all-day event and gives null. */
function icsDate(prop: Prop | undefined): string | null {
  if (!prop) return null;
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(prop.value.trim());
  return m ? parseIsoDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

function parseIcs(text: string): ParsedCalendarFile {
  const days: ImportedDay[] = [];
  const rejected: RejectedLine[] = [];
  let event: { line: number; props: Prop[] } | null = null;
  let sawEnd = false;
  for (const { line, value } of unfold(text)) {
    const prop = parseProp(value);
    if (!prop) {
      if (event) rejected.push({ line, text: value.slice(0, 300), reason: { id: 'Baris iCalendar tanpa ":".', en: 'An iCalendar line without ":".' } });
      continue;
    }
    if (prop.name === 'BEGIN' && prop.value.toUpperCase() === 'VEVENT') event = { line, props: [] };
    else if (prop.name === 'END' && prop.value.toUpperCase() === 'VEVENT' && event) {
      const ev = event;
      event = null;
      const get = (n: string) => ev.props.find((p) => p.name === n);
      const summary = unescapeText(get('SUMMARY')?.value ?? '')
        .replace(/\s+/g, ' ')
        .trim();
      const text = `${get('DTSTART')?.value ?? ''} ${summary}`.trim().slice(0, 300);
      const start = get('DTSTART');
      if (get('RRULE')) {
        rejected.push({
          line: ev.line,
          text,
          reason: {
            id: 'Acara berulang (RRULE) tidak didukung; cantumkan setiap tanggal.',
            en: 'Recurring events (RRULE) are not supported; list every date.',
          },
        });
        continue;
      }
      const from = icsDate(start);
      if (!from) {
        const reason = start
          ? {
              id: `DTSTART "${start.value}" bukan tanggal sehari penuh (VALUE=DATE, TTTTBBHH).`,
              en: `DTSTART "${start.value}" is not an all-day date (VALUE=DATE, YYYYMMDD).`,
            }
          : { id: 'Acara tanpa DTSTART.', en: 'An event without DTSTART.' };
        rejected.push({ line: ev.line, text, reason });
        continue;
      }
      // DTEND is exclusive (RFC 5545 3.6.1); no DTEND: one day.
      const endProp = get('DTEND');
      const end = endProp ? icsDate(endProp) : addDays(from, 1);
      if (!end || end <= from || end > addDays(from, MAX_EVENT_DAYS)) {
        rejected.push({
          line: ev.line,
          text,
          reason: {
            id: `DTEND "${endProp?.value ?? ''}" tidak valid: harus tanggal setelah DTSTART, paling lama ${MAX_EVENT_DAYS} hari.`,
            en: `DTEND "${endProp?.value ?? ''}" is not valid: it must be a date after DTSTART, at most ${MAX_EVENT_DAYS} days.`,
          },
        });
        continue;
      }
      const kindParam = get('CATEGORIES')?.value ?? '';
      const kind = kindOf(isCutiBersamaName(kindParam) ? 'cuti bersama' : '', summary);
      for (let d = from; d < end; d = addDays(d, 1)) {
        const r = checkDay(ev.line, text, start!.value, d, summary, kind, '');
        if ('reason' in r) {
          rejected.push(r);
          break;
        }
        days.push(r);
      }
    } else if (prop.name === 'END' && prop.value.toUpperCase() === 'VCALENDAR') sawEnd = true;
    else if (event) event.props.push(prop);
  }
  if (event || !sawEnd) {
    throw fileError(
      'Berkas iCalendar terpotong: END:VEVENT atau END:VCALENDAR tidak ada.',
      'The iCalendar file is cut short: END:VEVENT or END:VCALENDAR is missing.',
    );
  }
  return { format: 'ics', days, rejected };
}
