// Which years a deadline depends on that have no holiday calendar loaded: the warning on case pages, letter
// forms and the citizen's pages, the confirmation a letter needs, and the admin's reminder from 1 October.
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { nonWorkingDays } from '../../db/schema/index.js';
import { errors, type Messages } from '../../errors.js';
import { dateInZone, parseIsoDate, yearOf } from './dates.js';

/** A deadline's span: from the date its count starts (or the case's date) to the due date. */
export type DateSpan = { from?: string | null | undefined; to?: string | null | undefined };

/** The years among `years` with at least one calendar entry. */
export async function yearsWithCalendar(ctx: Pick<Ctx, 'db'>, years: number[]): Promise<Set<number>> {
  const wanted = [...new Set(years)].filter((y) => Number.isInteger(y) && y >= 2000 && y <= 2100);
  if (!wanted.length) return new Set();
  const year = sql<number>`extract(year from ${nonWorkingDays.date})::int`;
  const rows = await ctx.db
    .selectDistinct({ year })
    .from(nonWorkingDays)
    .where(sql`${nonWorkingDays.date} >= ${`${Math.min(...wanted)}-01-01`} and ${nonWorkingDays.date} <= ${`${Math.max(...wanted)}-12-31`}`);
  return new Set(rows.map((r) => Number(r.year)));
}

/**
 * The years without a calendar that any of `spans` falls in or crosses, sorted. A date that is not a
 * YYYY-MM-DD date is ignored; a span with only one date is that year.
 */
export async function calendarGaps(ctx: Pick<Ctx, 'db'>, spans: DateSpan[]): Promise<number[]> {
  const years = new Set<number>();
  for (const s of spans) {
    const from = s.from ? parseIsoDate(String(s.from).slice(0, 10)) : null;
    const to = s.to ? parseIsoDate(String(s.to).slice(0, 10)) : null;
    const a = from ?? to;
    const b = to ?? from;
    if (!a || !b) continue;
    const [lo, hi] = a <= b ? [yearOf(a), yearOf(b)] : [yearOf(b), yearOf(a)];
    for (let y = lo; y <= Math.min(hi, lo + 5); y++) years.add(y);
  }
  if (!years.size) return [];
  const have = await yearsWithCalendar(ctx, [...years]);
  return [...years].filter((y) => !have.has(y)).sort((x, y) => x - y);
}

const list = (years: number[], and: string) => (years.length <= 1 ? String(years[0] ?? '') : `${years.slice(0, -1).join(', ')} ${and} ${years.at(-1)}`);

/** "Kalender hari libur tahun 2027 belum dimuat; tenggat dapat bergeser." and its English. */
export function calendarGapMessage(years: number[]): Messages {
  return {
    id: `Kalender hari libur tahun ${list(years, 'dan')} belum dimuat; tenggat dapat bergeser. Hari libur nasional dan cuti bersama tahun itu belum diperhitungkan.`,
    en: `The holiday calendar for ${list(years, 'and')} has not been loaded; deadlines may shift. That year's national holidays and cuti bersama were not taken into account.`,
  };
}

/** The form field an officer ticks to issue a letter whose deadline lies in a year without a calendar. */
export const CALENDAR_CONFIRM_FIELD = 'calendarGapConfirmed';

/**
 * A letter printing a deadline in a year without a calendar is issued only when the officer has confirmed
 * it (the checkbox); otherwise a 422 on that field. Returns the years confirmed, for the audit entry.
 */
export async function requireCalendarConfirmation(ctx: Pick<Ctx, 'db'>, spans: DateSpan[], confirmed: boolean): Promise<number[]> {
  const gaps = await calendarGaps(ctx, spans);
  if (gaps.length && !confirmed) {
    const m = calendarGapMessage(gaps);
    throw errors.validation({
      [CALENDAR_CONFIRM_FIELD]: {
        id: `${m.id} Centang konfirmasi bahwa surat tetap diterbitkan dengan tenggat ini.`,
        en: `${m.en} Tick the confirmation that the letter is issued with this deadline anyway.`,
      },
    });
  }
  return gaps;
}

/** Today's year in the body's zone, and next year when today is 1 October or later. */
export function yearsToHaveLoaded(now: Date, timeZone: string): { today: string; years: number[] } {
  const today = dateInZone(now, timeZone).date;
  const y = yearOf(today);
  return { today, years: today.slice(5) >= '10-01' ? [y, y + 1] : [y] };
}
