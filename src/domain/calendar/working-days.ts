// The deadline engine: adds N working days to a date under the counting rule of kip-domain.md §8.1.
// Pure functions of a calendar that the caller loads (load-calendar.ts); no database, no clock.
import type { NonWorkingDayKind } from '../../db/schema/calendar.js';
import type { Messages } from '../../errors.js';
import { addDays, dateInZone, dayOfWeek, yearOf } from './dates.js';

export type CalendarDay = { date: string; kind: NonWorkingDayKind; name: string; source: string; stopsClock: boolean };

export type WorkingCalendar = {
  byDate: ReadonlyMap<string, readonly CalendarDay[]>;
  /** The years the calendar was loaded for; walking outside them is a caller's bug. */
  fromYear: number;
  toYear: number;
  /** Loaded years with at least one entry; any other year's holidays are unknown. */
  yearsWithData: ReadonlySet<number>;
};

export function buildCalendar(days: readonly CalendarDay[], range: { fromYear: number; toYear: number }): WorkingCalendar {
  const byDate = new Map<string, CalendarDay[]>();
  const yearsWithData = new Set<number>();
  for (const d of days) {
    const y = yearOf(d.date);
    if (y < range.fromYear || y > range.toYear) continue;
    yearsWithData.add(y);
    const list = byDate.get(d.date) ?? [];
    list.push(d);
    byDate.set(d.date, list);
  }
  return { byDate, fromYear: range.fromYear, toYear: range.toYear, yearsWithData };
}

export type CountingOptions = {
  /**
   * Whether cuti bersama stops the clock is unconfirmed (kip-domain.md §8); the default treats it as a
   * non-working day. `true` gives the other reading, so that both dates can be shown where they differ.
   */
  cutiBersamaIsWorkingDay?: boolean;
};

export type SkipReason = { kind: 'weekend'; name: 'Sabtu' | 'Minggu' } | { kind: NonWorkingDayKind; name: string; source: string };
export type SkippedDay = { date: string; reasons: SkipReason[] };
export type CalendarWarning = { code: 'no_calendar_for_year'; year: number; messages: Messages };

export type Deadline = {
  /** The date as given (date of receipt, of the notice, …). */
  start: string;
  /** Day 0 of the count: `start`, or the next working day when `start` is not one. */
  countFrom: string;
  workingDays: number;
  due: string;
  /** Every non-working day from `start` (inclusive) to `due`, in order, with why it does not count. */
  skipped: SkippedDay[];
  /** Years in the range without calendar data: their holidays were counted as working days. */
  warnings: CalendarWarning[];
};

/** Upper bound on the counts this engine accepts; the statutory periods are at most 100 working days. */
export const MAX_WORKING_DAYS = 1000;

/** Why `date` is not a working day; empty when it is one. */
export function nonWorkingReasons(cal: WorkingCalendar, date: string, opts: CountingOptions = {}): SkipReason[] {
  const y = yearOf(date);
  if (y < cal.fromYear || y > cal.toYear) throw new RangeError(`calendar loaded for ${cal.fromYear}–${cal.toYear}, not for ${date}`);
  const reasons: SkipReason[] = [];
  const dow = dayOfWeek(date);
  if (dow === 6) reasons.push({ kind: 'weekend', name: 'Sabtu' });
  if (dow === 0) reasons.push({ kind: 'weekend', name: 'Minggu' });
  for (const d of cal.byDate.get(date) ?? []) {
    if (!d.stopsClock) continue;
    if (d.kind === 'cuti_bersama' && opts.cutiBersamaIsWorkingDay) continue;
    reasons.push({ kind: d.kind, name: d.name, source: d.source });
  }
  return reasons;
}

export function isWorkingDay(cal: WorkingCalendar, date: string, opts: CountingOptions = {}): boolean {
  return nonWorkingReasons(cal, date, opts).length === 0;
}

export function missingYearWarning(year: number): CalendarWarning {
  return {
    code: 'no_calendar_for_year',
    year,
    messages: {
      id: `Kalender hari libur tahun ${year} belum diisi: hari libur nasional, cuti bersama dan libur lokal tahun itu belum diperhitungkan, sehingga tenggat mungkin terlalu awal.`,
      en: `The holiday calendar for ${year} has not been entered: that year's national holidays, cuti bersama and local holidays were not taken into account, so the deadline may be too early.`,
    },
  };
}

/**
 * The N-th working day after `start` (kip-domain.md §8.1): the day of receipt is day 0 and does not count;
 * a start on a non-working day moves day 0 to the next working day; Saturdays, Sundays and every calendar
 * date that stops the clock (national holidays, cuti bersama, local holidays) are skipped.
 * N = 0 gives day 0 itself.
 */
export function addWorkingDays(cal: WorkingCalendar, start: string, workingDays: number, opts: CountingOptions = {}): Deadline {
  if (!Number.isInteger(workingDays) || workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
    throw new RangeError(`workingDays must be an integer 0..${MAX_WORKING_DAYS}, got ${workingDays}`);
  }
  const skipped: SkippedDay[] = [];
  let day = start;
  for (let reasons = nonWorkingReasons(cal, day, opts); reasons.length; reasons = nonWorkingReasons(cal, day, opts)) {
    skipped.push({ date: day, reasons });
    day = addDays(day, 1);
  }
  const countFrom = day;
  let counted = 0;
  while (counted < workingDays) {
    day = addDays(day, 1);
    const reasons = nonWorkingReasons(cal, day, opts);
    if (reasons.length) skipped.push({ date: day, reasons });
    else counted++;
  }
  const warnings: CalendarWarning[] = [];
  for (let y = yearOf(start); y <= yearOf(day); y++) if (!cal.yearsWithData.has(y)) warnings.push(missingYearWarning(y));
  return { start, countFrom, workingDays, due: day, skipped, warnings };
}

/** Working days in (from, to]: the inverse of addWorkingDays for a working-day `from`. */
export function countWorkingDays(cal: WorkingCalendar, from: string, to: string, opts: CountingOptions = {}): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(cal, d, opts)) n++;
  return n;
}

/**
 * The years a calendar must cover for a count of `workingDays` from `start`: a year has at most ~250 working
 * days, and the yearly holidays take fewer than 30 of them, so 200 working days never span more than a year.
 */
export function yearsToLoad(start: string, workingDays: number): { fromYear: number; toYear: number } {
  const fromYear = yearOf(start);
  return { fromYear, toYear: fromYear + 1 + Math.floor(workingDays / 200) };
}

/** Service closes at 16:00 by default (kip-domain.md §8.1); a request received at or after it counts the next day. */
export const DEFAULT_CLOSING_MINUTES = 16 * 60;

/**
 * The date a request counts as received: its date in the body's time zone, or the day after when it came in
 * at or after the closing hour. A non-working date is then moved forward by addWorkingDays itself.
 */
export function receiptDate(receivedAt: Date, opts: { timeZone: string; closingMinutes?: number }): string {
  const { date, minutes } = dateInZone(receivedAt, opts.timeZone);
  return minutes >= (opts.closingMinutes ?? DEFAULT_CLOSING_MINUTES) ? addDays(date, 1) : date;
}
