// The deadline engine on the 2025–2026 seed calendar: dated cases from kip-domain.md §8.1 and §8.2, and properties.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayName, parseIsoDate } from '../../src/domain/calendar/dates.js';
import { EXTENSION_WORKING_DAYS, RESPONSE_WORKING_DAYS, STATUTORY_PERIODS } from '../../src/domain/calendar/periods.js';
import { SEED_CALENDAR } from '../../src/domain/calendar/seed.js';
import {
  addWorkingDays,
  buildCalendar,
  countWorkingDays,
  isWorkingDay,
  receiptDate,
  type CalendarDay,
  type Deadline,
} from '../../src/domain/calendar/working-days.js';

const SEED: CalendarDay[] = SEED_CALENDAR.map((d) => ({ ...d, stopsClock: true }));
// 2027 is loaded but has no entries: counts that reach it must say so.
const cal = buildCalendar(SEED, { fromYear: 2025, toYear: 2027 });

const skippedDates = (d: Deadline) => d.skipped.map((s) => s.date);

describe('addWorkingDays: dated cases', () => {
  it('follows the worked example of §8.1 (Nyepi and Idul Fitri 2026 with cuti bersama, Good Friday)', () => {
    const d = addWorkingDays(cal, '2026-03-16', 10);
    expect(d.due).toBe('2026-04-07');
    expect(dayName(d.due)).toBe('Selasa');
    expect(d.countFrom).toBe('2026-03-16');
    expect(skippedDates(d)).toEqual([
      '2026-03-18',
      '2026-03-19',
      '2026-03-20',
      '2026-03-21',
      '2026-03-22',
      '2026-03-23',
      '2026-03-24',
      '2026-03-28',
      '2026-03-29',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
    ]);
    expect(d.skipped[0]!.reasons).toEqual([{ kind: 'cuti_bersama', name: 'Cuti bersama Hari Suci Nyepi', source: expect.stringContaining('1497') }]);
    expect(d.skipped[1]!.reasons).toEqual([expect.objectContaining({ kind: 'libur_nasional', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)' })]);
    // Idul Fitri on a Saturday: both reasons are given.
    expect(d.skipped[3]!.reasons).toEqual([
      { kind: 'weekend', name: 'Sabtu' },
      expect.objectContaining({ kind: 'libur_nasional', name: 'Idul Fitri 1447 Hijriah' }),
    ]);
    expect(d.skipped[7]!.reasons).toEqual([{ kind: 'weekend', name: 'Sabtu' }]);
    expect(d.warnings).toEqual([]);
  });

  it('gives the other reading when cuti bersama counts as a working day (§8: show both dates)', () => {
    const d = addWorkingDays(cal, '2026-03-16', 10, { cutiBersamaIsWorkingDay: true });
    expect(d.due).toBe('2026-03-31');
    expect(d.skipped.flatMap((s) => s.reasons).some((r) => r.kind === 'cuti_bersama')).toBe(false);
  });

  it('skips Idul Fitri 2025 with its cuti bersama, Nyepi and Good Friday', () => {
    // Thursday 27 March 2025: 28 Mar cuti bersama, 29 Nyepi (Sat), 31 Mar–1 Apr Idul Fitri, 2–4 and 7 Apr cuti bersama.
    const d = addWorkingDays(cal, '2025-03-27', RESPONSE_WORKING_DAYS);
    expect(d.due).toBe('2025-04-22');
    expect(skippedDates(d)).toEqual([
      '2025-03-28',
      '2025-03-29',
      '2025-03-30',
      '2025-03-31',
      '2025-04-01',
      '2025-04-02',
      '2025-04-03',
      '2025-04-04',
      '2025-04-05',
      '2025-04-06',
      '2025-04-07',
      '2025-04-12',
      '2025-04-13',
      '2025-04-18',
      '2025-04-19',
      '2025-04-20',
    ]);
    expect(d.skipped.find((s) => s.date === '2025-04-20')!.reasons.map((r) => r.name)).toEqual(['Minggu', 'Kebangkitan Yesus Kristus (Paskah)']);
  });

  it('moves day 0 to the next working day when the start is not one', () => {
    // Saturday 29 March 2025 (Nyepi): the next working day is Tuesday 8 April.
    const d = addWorkingDays(cal, '2025-03-29', 1);
    expect(d.countFrom).toBe('2025-04-08');
    expect(d.due).toBe('2025-04-09');
    expect(d.skipped[0]).toEqual({ date: '2025-03-29', reasons: [{ kind: 'weekend', name: 'Sabtu' }, expect.objectContaining({ kind: 'libur_nasional' })] });
    // Friday 20 March 2026 is cuti bersama: day 0 is Wednesday 25 March.
    expect(addWorkingDays(cal, '2026-03-20', 1)).toMatchObject({ countFrom: '2026-03-25', due: '2026-03-26' });
    // N = 0 is day 0 itself.
    expect(addWorkingDays(cal, '2026-03-20', 0).due).toBe('2026-03-25');
    expect(addWorkingDays(cal, '2026-03-16', 0).due).toBe('2026-03-16');
  });

  it('crosses the year end 2025→2026 over Christmas, cuti bersama and New Year', () => {
    const d = addWorkingDays(cal, '2025-12-24', 10);
    expect(d.due).toBe('2026-01-12');
    expect(skippedDates(d)).toEqual([
      '2025-12-25',
      '2025-12-26',
      '2025-12-27',
      '2025-12-28',
      '2026-01-01',
      '2026-01-03',
      '2026-01-04',
      '2026-01-10',
      '2026-01-11',
    ]);
    expect(d.warnings).toEqual([]);
  });

  it('skips plain weekends', () => {
    const d = addWorkingDays(cal, '2026-07-10', 1);
    expect(d.due).toBe('2026-07-13');
    expect(d.skipped).toEqual([
      { date: '2026-07-11', reasons: [{ kind: 'weekend', name: 'Sabtu' }] },
      { date: '2026-07-12', reasons: [{ kind: 'weekend', name: 'Minggu' }] },
    ]);
  });

  it('warns when the count reaches a year without calendar data, and counts its holidays as working days', () => {
    // 24 Dec 2026 cuti bersama, 25 Natal, then 28–31 Dec; 1 Jan 2027 is not on record and so counts.
    const d = addWorkingDays(cal, '2026-12-23', 5);
    expect(d.due).toBe('2027-01-01');
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatchObject({ code: 'no_calendar_for_year', year: 2027 });
    expect(d.warnings[0]!.messages.id).toContain('2027');
    expect(d.warnings[0]!.messages.id).toMatch(/belum diisi/);
  });

  it('ignores a date kept on record that does not stop the clock', () => {
    const local: CalendarDay = { date: '2026-07-15', kind: 'libur_lokal', name: 'HUT Kota', source: 'Perwali', stopsClock: false };
    const c = buildCalendar([...SEED, local], { fromYear: 2025, toYear: 2027 });
    expect(isWorkingDay(c, '2026-07-15')).toBe(true);
    const stopping = buildCalendar([...SEED, { ...local, stopsClock: true }], { fromYear: 2025, toYear: 2027 });
    expect(addWorkingDays(stopping, '2026-07-14', 1)).toMatchObject({ due: '2026-07-16', skipped: [{ date: '2026-07-15' }] });
  });

  it('extension: 10 working days then 7 more equals 17 from receipt', () => {
    const first = addWorkingDays(cal, '2026-03-16', RESPONSE_WORKING_DAYS);
    const extended = addWorkingDays(cal, first.due, EXTENSION_WORKING_DAYS);
    expect(extended.due).toBe(addWorkingDays(cal, '2026-03-16', 17).due);
    expect(extended.due).toBe('2026-04-16');
  });

  it('refuses counts it cannot honour and dates outside the loaded calendar', () => {
    expect(() => addWorkingDays(cal, '2026-03-16', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-03-16', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2024-12-31', 1)).toThrow(RangeError);
  });
});

describe('statutory periods', () => {
  it('are the working-day periods of UU KIP', () => {
    expect(Object.fromEntries(STATUTORY_PERIODS.map((p) => [p.key, p.workingDays]))).toEqual({
      pemberitahuan: 10,
      perpanjangan: 7,
      keberatan: 30,
      'tanggapan-atasan': 30,
      sengketa: 14,
    });
  });
});

describe('receiptDate', () => {
  const tz = { timeZone: 'Asia/Jakarta' };
  it('uses the body’s time zone and the 16:00 closing hour', () => {
    expect(receiptDate(new Date('2026-03-16T08:59:00Z'), tz)).toBe('2026-03-16'); // 15:59 WIB
    expect(receiptDate(new Date('2026-03-16T09:00:00Z'), tz)).toBe('2026-03-17'); // 16:00 WIB
    expect(receiptDate(new Date('2026-03-15T20:00:00Z'), tz)).toBe('2026-03-16'); // 03:00 WIB, still the 15th in UTC
    expect(receiptDate(new Date('2026-03-16T08:00:00Z'), { timeZone: 'Asia/Jayapura', closingMinutes: 17 * 60 + 30 })).toBe('2026-03-16'); // 17:00 WIT
  });
});

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-01', '20250101', '', 'kemarin', '2025-04-31']) expect(parseIsoDate(bad)).toBeNull();
  });
});

describe('seed calendar', () => {
  it('has the 2025 and 2026 SKB days: 17 holidays each, 11 and 8 days of cuti bersama', () => {
    const count = (year: string, kind: string) => SEED_CALENDAR.filter((d) => d.date.startsWith(year) && d.kind === kind).length;
    expect([count('2025', 'libur_nasional'), count('2025', 'cuti_bersama'), count('2026', 'libur_nasional'), count('2026', 'cuti_bersama')]).toEqual([
      17, 11, 17, 8,
    ]);
    for (const d of SEED_CALENDAR) {
      expect(parseIsoDate(d.date)).toBe(d.date);
      expect(d.source).toMatch(/^SKB /);
    }
  });

  it('is exactly what the calendar migration inserts', () => {
    // Found by name, not number: the migration may be renumbered when branches merge.
    const files = readdirSync('src/db/migrations').filter((f) => /^\d{4}_calendar\.sql$/.test(f));
    expect(files).toHaveLength(1);
    const migration = readFileSync(`src/db/migrations/${files[0]}`, 'utf8');
    const rows = [...migration.matchAll(/^\s+\('(\d{4}-\d{2}-\d{2})', '(\w+)', '((?:[^']|'')*)', '((?:[^']|'')*)'\)[,;]$/gm)].map((m) => ({
      date: m[1],
      kind: m[2],
      name: m[3]!.replaceAll("''", "'"),
      source: m[4]!.replaceAll("''", "'"),
    }));
    expect(rows).toEqual(SEED_CALENDAR);
  });
});

describe('addWorkingDays: properties', () => {
  const FIRST = '2025-01-01';
  // Starts from 1 Jan 2025 to 30 Jun 2026, counts small enough to stay inside the loaded years.
  const start = fc.integer({ min: 0, max: 545 }).map((i) => addDays(FIRST, i));
  const n = fc.integer({ min: 0, max: 60 });
  const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

  it('the due date is a working day', () => {
    fc.assert(fc.property(start, n, (s, k) => isWorkingDay(cal, addWorkingDays(cal, s, k).due)));
  });

  it('the due date is strictly after the start for N ≥ 1; N = 0 gives the start only when it is a working day', () => {
    fc.assert(
      fc.property(start, n, (s, k) => {
        const due = addWorkingDays(cal, s, k).due;
        if (k >= 1) return due > s;
        return isWorkingDay(cal, s) ? due === s : due > s;
      }),
    );
  });

  it('adding a + b equals adding a, then b (day 0 of the second count is the first due date, a working day)', () => {
    fc.assert(fc.property(start, n, n, (s, a, b) => addWorkingDays(cal, s, a + b).due === addWorkingDays(cal, addWorkingDays(cal, s, a).due, b).due));
  });

  it('is strictly increasing in N', () => {
    fc.assert(
      fc.property(start, n, n, (s, a, b) => {
        fc.pre(a !== b);
        const [lo, hi] = a < b ? [a, b] : [b, a];
        return addWorkingDays(cal, s, lo).due < addWorkingDays(cal, s, hi).due;
      }),
    );
  });

  it('counts exactly N working days after day 0 (N + 1 after a non-working start), and lists every other day as skipped', () => {
    fc.assert(
      fc.property(start, n, (s, k) => {
        const d = addWorkingDays(cal, s, k);
        const startWorks = isWorkingDay(cal, s);
        expect(countWorkingDays(cal, d.countFrom, d.due)).toBe(k);
        expect(countWorkingDays(cal, s, d.due)).toBe(startWorks ? k : k + 1);
        // Every day from start to due is day 0, a counted day or a skipped day.
        expect(d.skipped.length + k + 1).toBe(days(s, d.due) + 1);
        expect(d.skipped.every((x) => !isWorkingDay(cal, x.date) && x.reasons.length > 0)).toBe(true);
      }),
    );
  });

  it('counting cuti bersama as working days never gives a later date', () => {
    fc.assert(fc.property(start, n, (s, k) => addWorkingDays(cal, s, k, { cutiBersamaIsWorkingDay: true }).due <= addWorkingDays(cal, s, k).due));
  });
});
