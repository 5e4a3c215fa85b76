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
  return t.toISOString().slice(0, 10);
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

export function dayName(date: string, locale: 'id' | 'en' = 'id'): string {
  return DAY_NAMES[locale][dayOfWeek(date)]!;
}

const longFmt = {
  id: new Intl.DateTimeFormat('id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "Selasa, 7 April 2026" / "Tuesday, 7 April 2026". */
export function formatLongDate(date: string, locale: 'id' | 'en' = 'id'): string {
  return longFmt[locale].format(toUtc(date));
}

/** The date of a letter, without the weekday: "20 Maret 2026" (the letters and the DIK). */
export function letterDate(date: string, locale: 'id' | 'en' = 'id'): string {
  return formatLongDate(date, locale).replace(/^[^,]+, /, '');
}

/** The calendar date of an instant in a time zone (the body's, never the server's). */
export function dateInZone(instant: Date, timeZone: string): { date: string; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
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
