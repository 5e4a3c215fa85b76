// The dates module in the body's time zone: WIB, WITA and WIT give their own calendar day and year near
// midnight UTC, long dates read as on letters in both languages, and day and year boundaries are exact instants.
import { describe, expect, it } from 'vitest';
import {
  addYears,
  dateOf,
  DEFAULT_TIME_ZONE,
  endOfDayInZone,
  endOfYearInZone,
  formatDate,
  formatDateTime,
  formatMonthYear,
  formatTime,
  letterDate,
  startOfDayInZone,
  startOfYearInZone,
  yearInZone,
  zoneOf,
} from '../../src/domain/calendar/dates.js';

const WIB = 'Asia/Jakarta';
const WITA = 'Asia/Makassar';
const WIT = 'Asia/Jayapura';

describe('dates in the body’s zone', () => {
  // 30 November 2026, 15:30 UTC: 22:30 WIB, 23:30 WITA, 00:30 WIT the next day.
  const nearMidnight = new Date('2026-11-30T15:30:00Z');

  it('gives the next day in WIT while WIB and WITA are still on the day before', () => {
    expect(dateOf(nearMidnight, WIB)).toBe('2026-11-30');
    expect(dateOf(nearMidnight, WITA)).toBe('2026-11-30');
    expect(dateOf(nearMidnight, WIT)).toBe('2026-12-01');
    expect(formatDate(nearMidnight, 'id', WIT)).toBe('1 Desember 2026');
    expect(formatDate(nearMidnight, 'id', WIB)).toBe('30 November 2026');
    expect(formatTime(nearMidnight, WIT)).toBe('00:30');
    expect(formatTime(nearMidnight, WITA)).toBe('23:30');
  });

  it('moves to the next day in WIB too once 17:00 UTC has passed', () => {
    expect(dateOf(new Date('2026-11-30T16:59:00Z'), WIB)).toBe('2026-11-30');
    expect(dateOf(new Date('2026-11-30T17:00:00Z'), WIB)).toBe('2026-12-01');
  });

  it('writes long dates as letters do, in Indonesian and English', () => {
    const d = new Date('2026-12-01T03:00:00Z');
    expect(formatDate(d, 'id', WIB)).toBe('1 Desember 2026');
    expect(formatDate(d, 'en', WIB)).toBe('1 December 2026');
    expect(letterDate('2026-12-01')).toBe('1 Desember 2026');
    expect(letterDate('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatMonthYear(d, 'id', WIB)).toBe('Desember 2026');
    expect(formatMonthYear(d, 'en', WIB)).toBe('December 2026');
    expect(formatDate(d, 'id', WIB, 'medium')).toBe('1 Des 2026');
  });

  it('writes a date and time in the zone, and a dash for none', () => {
    expect(formatDateTime(nearMidnight, 'id', WIT)).toBe('1 Des 2026, 00.30');
    expect(formatDateTime(nearMidnight, 'id', WIB)).toBe('30 Nov 2026, 22.30');
    expect(formatDateTime(null, 'en', WIB)).toBe('–');
  });

  it('counts the year in the zone: New Year’s Eve 20:00 UTC is already next year in the east', () => {
    const eve = new Date('2026-12-31T16:30:00Z'); // 23:30 WIB, 00:30 WITA, 01:30 WIT
    expect(yearInZone(eve, WIB)).toBe(2026);
    expect(yearInZone(eve, WITA)).toBe(2027);
    expect(yearInZone(eve, WIT)).toBe(2027);
  });

  it('gives the instants a day and a year begin and end in each zone', () => {
    expect(startOfDayInZone('2026-12-01', WIB).toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(startOfDayInZone('2026-12-01', WITA).toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(startOfDayInZone('2026-12-01', WIT).toISOString()).toBe('2026-11-30T15:00:00.000Z');
    expect(endOfDayInZone('2026-12-31', WIT).toISOString()).toBe('2026-12-31T15:00:00.000Z');
    expect(startOfYearInZone(2027, WIB).toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(endOfYearInZone(2026, WIT).toISOString()).toBe('2026-12-31T15:00:00.000Z');
    // The last minute of the year is inside it, the first of the next is not.
    expect(dateOf(new Date(endOfYearInZone(2026, WIT).getTime() - 60_000), WIT)).toBe('2026-12-31');
    expect(dateOf(endOfYearInZone(2026, WIT), WIT)).toBe('2027-01-01');
  });

  it('adds years to a calendar date, 29 February to 1 March', () => {
    expect(addYears('2026-03-01', 5)).toBe('2031-03-01');
    expect(addYears('2028-02-29', 1)).toBe('2029-03-01');
  });

  it('reads the zone from the body, the default only when it names none', () => {
    expect(zoneOf({ timeZone: WIT })).toBe(WIT);
    expect(zoneOf({ timeZone: '' })).toBe(DEFAULT_TIME_ZONE);
    expect(zoneOf(null)).toBe(DEFAULT_TIME_ZONE);
  });
});
