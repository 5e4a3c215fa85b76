// Calendar dates as `YYYY-MM-DD` strings: no time, no time zone, so a deadline never shifts with the server's zone.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date itself when `s` is a real calendar date in YYYY-MM-DD form (2025-02-30 is not), else null. */
export function parseIsoDate(s: string): string | null {
  const m = ISO_DATE.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: string, n: number): string {
  const t = toUtc(date);
  t.setUTCDate(t.getUTCDate() + n);
  return utcDate(t);
}

/** The same day `n` years on; 29 February moves to 1 March in a common year. */
export function addYears(date: string, n: number): string {
  const t = toUtc(date);
  t.setUTCFullYear(t.getUTCFullYear() + n);
  return utcDate(t);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return toUtc(date).getUTCDay();
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

const DAY_NAMES = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

export function dayName(date: string, locale: DateLocale = 'id'): string {
  return DAY_NAMES[locale][dayOfWeek(date)]!;
}

// --- the body's time zone and formatting -------------------------------------------------------------

/** The zone of a body whose profile names none; the only place the default is written. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/** Indonesia's three zones, as offered in the body's profile. */
export const INDONESIAN_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type IndonesianTimeZone = (typeof INDONESIAN_TIME_ZONES)[number];

/** The zones as the profile's select names them. */
export const ZONE_NAMES: Record<IndonesianTimeZone, { id: string; en: string }> = {
  'Asia/Jakarta': { id: 'WIB (Waktu Indonesia Barat, UTC+7)', en: 'WIB (Western Indonesia Time, UTC+7)' },
  'Asia/Makassar': { id: 'WITA (Waktu Indonesia Tengah, UTC+8)', en: 'WITA (Central Indonesia Time, UTC+8)' },
  'Asia/Jayapura': { id: 'WIT (Waktu Indonesia Timur, UTC+9)', en: 'WIT (Eastern Indonesia Time, UTC+9)' },
};

/** The zone of a public body (its profile's `time_zone`), the default when there is no body yet. */
export function zoneOf(body: { timeZone?: string | null } | null | undefined): string {
  return body?.timeZone || DEFAULT_TIME_ZONE;
}

export type DateLocale = 'id' | 'en';
type Style = 'date-long' | 'date-medium' | 'datetime-long' | 'datetime-medium' | 'month-year' | 'weekday-long' | 'parts' | 'time';

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  'date-long': { day: 'numeric', month: 'long', year: 'numeric' },
  'date-medium': { dateStyle: 'medium' },
  'datetime-long': { dateStyle: 'long', timeStyle: 'short' },
  'datetime-medium': { dateStyle: 'medium', timeStyle: 'short' },
  'month-year': { month: 'long', year: 'numeric' },
  'weekday-long': { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  parts: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One Intl.DateTimeFormat per (locale, zone, style): building one costs far more than using it. */
function formatter(locale: DateLocale | 'parts', timeZone: string, style: Style): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    const tag = locale === 'parts' ? 'en-CA' : locale === 'en' ? 'en-GB' : 'id-ID';
    f = new Intl.DateTimeFormat(tag, { ...OPTIONS[style], timeZone });
    formatters.set(key, f);
  }
  return f;
}

/** "Selasa, 7 April 2026" / "Tuesday, 7 April 2026" (a calendar date, so no zone). */
export function formatLongDate(date: string, locale: DateLocale = 'id'): string {
  return formatter(locale, 'UTC', 'weekday-long').format(toUtc(date));
}

/** The date of a letter, without the weekday: "20 Maret 2026" (the letters and the DIK). */
export function letterDate(date: string, locale: DateLocale = 'id'): string {
  return formatter(locale, 'UTC', 'date-long').format(toUtc(date));
}

/** The day of an instant in the body's zone: "1 Desember 2026" (long) or "1 Des 2026" (medium). */
export function formatDate(instant: Date, locale: DateLocale, timeZone: string, style: 'long' | 'medium' = 'long'): string {
  return formatter(locale, timeZone, style === 'long' ? 'date-long' : 'date-medium').format(instant);
}

/** An instant with its time of day in the body's zone, medium ("1 Des 2026, 09.30") or long ("1 Desember 2026 pukul 09.30"). */
export function formatDateTime(instant: Date | null | undefined, locale: DateLocale, timeZone: string, style: 'long' | 'medium' = 'medium'): string {
  return instant ? formatter(locale, timeZone, style === 'long' ? 'datetime-long' : 'datetime-medium').format(instant) : '–';
}

/** The time of day of an instant in the body's zone, 24-hour: "09:30". */
export function formatTime(instant: Date, timeZone: string): string {
  return formatter('en', timeZone, 'time').format(instant);
}

/** "Desember 2026" / "December 2026": the month of an instant in the body's zone. */
export function formatMonthYear(instant: Date, locale: DateLocale, timeZone: string): string {
  return formatter(locale, timeZone, 'month-year').format(instant);
}

/** The calendar date of an instant in a time zone (the body's, never the server's). */
export function dateInZone(instant: Date, timeZone: string): { date: string; minutes: number } {
  const parts = formatter('parts', timeZone, 'parts').formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateOf(instant: Date, timeZone: string): string {
  return dateInZone(instant, timeZone).date;
}

/** The year of an instant in a time zone (31 December 20:00 UTC is already next year in WIB). */
export function yearInZone(instant: Date, timeZone: string): number {
  return yearOf(dateOf(instant, timeZone));
}

/** The UTC calendar date of an instant, for machine formats (file names, API fields) where no zone applies. */
export function utcDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The instant a calendar date begins (00:00) in a time zone, e.g. 2026-03-20 in Asia/Jakarta is 2026-03-19T17:00Z. */
export function startOfDayInZone(date: string, timeZone: string): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  // Two rounds settle on the zone's offset at that date, daylight saving included.
  let t = guess.getTime();
  for (let i = 0; i < 2; i++) {
    const local = dateInZone(new Date(t), timeZone);
    const shownMs = Date.parse(`${local.date}T00:00:00Z`) + local.minutes * 60_000;
    t += guess.getTime() - shownMs;
  }
  return new Date(t);
}

/** The first instant after a calendar date in a time zone: the start of the next day (a half-open end). */
export function endOfDayInZone(date: string, timeZone: string): Date {
  return startOfDayInZone(addDays(date, 1), timeZone);
}

/** The instant a year begins (1 January 00:00) in a time zone. */
export function startOfYearInZone(year: number, timeZone: string): Date {
  return startOfDayInZone(`${String(year).padStart(4, '0')}-01-01`, timeZone);
}

/** The first instant of the next year in a time zone (a half-open end). */
export function endOfYearInZone(year: number, timeZone: string): Date {
  return startOfYearInZone(year + 1, timeZone);
}

/** WIB, WITA, WIT for Indonesia's zones; the zone's name otherwise. */
export function zoneLabel(timeZone: string): string {
  return timeZone === 'Asia/Jakarta' || timeZone === 'Asia/Pontianak'
    ? 'WIB'
    : timeZone === 'Asia/Makassar'
      ? 'WITA'
      : timeZone === 'Asia/Jayapura'
        ? 'WIT'
        : timeZone;
}

/**
 * An instant as a spreadsheet cell: a Date whose UTC fields are the wall-clock time in the body's zone.
 * Spreadsheet times have no zone and exceljs writes a Date's UTC fields, so a plain Date would show UTC
 * (7 hours off in WIB); every xlsx export passes its times through this.
 */
export function wallClock(instant: Date, timeZone: string): Date {
  const { date, minutes } = dateInZone(instant, timeZone);
  return new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000 + instant.getUTCSeconds() * 1000);
}
