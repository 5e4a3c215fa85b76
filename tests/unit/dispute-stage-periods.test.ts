// The statutory period of each dispute stage (UU KIP Ps 38, 47–48, 50) on the 2025–2026 seed calendar: working
// days where the law says hari kerja, calendar days for the cassation window (Ps 50 says hari).
import { describe, expect, it } from 'vitest';
import { dayName } from '../../src/domain/calendar/dates.js';
import { SEED_CALENDAR } from '../../src/domain/calendar/seed.js';
import { buildCalendar, countWorkingDays, isWorkingDay } from '../../src/domain/calendar/working-days.js';
import { stageDeadline } from '../../src/domain/disputes/stage-periods.js';

const cal = buildCalendar(
  SEED_CALENDAR.map((d) => ({ ...d, stopsClock: true })),
  { fromYear: 2025, toYear: 2027 },
);
const base = { filedOn: '2026-03-16', rulingReceivedOn: null, appealLastDay: null, courtRulingReceivedOn: null };

describe('dispute stage periods', () => {
  it('initial examination: the KI starts within 14 working days of the application (Ps 38(1)), over Nyepi and Idul Fitri', () => {
    const s = stageDeadline(cal, { ...base, stage: 'pemeriksaan_awal' });
    // 10 working days end on 7 April (kip-domain.md §8.1); four more: 8, 9, 10 and 13 April.
    expect(s).toMatchObject({ due: '2026-04-13', days: 14, unit: 'working', basis: 'UU KIP Ps 38(1)' });
  });

  it('mediation and adjudication: settled within 100 working days of the application (Ps 38(2))', () => {
    for (const stage of ['mediasi', 'ajudikasi'] as const) {
      const s = stageDeadline(cal, { ...base, stage });
      expect(s).toMatchObject({ days: 100, unit: 'working', basis: 'UU KIP Ps 38(2)' });
      expect(s.due).toBe('2026-08-21');
      expect(isWorkingDay(cal, s.due!)).toBe(true);
      expect(countWorkingDays(cal, base.filedOn, s.due!)).toBe(100);
      // 158 calendar days: weekends, the Lebaran block, May and June holidays and 17 August are skipped.
    }
  });

  it('ruling: 14 working days to go to the PTUN/PN from its receipt (Ps 47(1), 48(1)), over Ascension and Idul Adha', () => {
    const s = stageDeadline(cal, { ...base, stage: 'putusan', rulingReceivedOn: '2026-05-11' });
    expect(s).toMatchObject({ due: '2026-06-05', days: 14, unit: 'working', basis: 'UU KIP Ps 47(1), 48(1)' });
    expect(dayName(s.due!)).toBe('Jumat');
    // The recorded window wins when there is one; without a receipt date there is no deadline yet.
    expect(stageDeadline(cal, { ...base, stage: 'putusan', rulingReceivedOn: '2026-05-11', appealLastDay: '2026-06-08' }).due).toBe('2026-06-08');
    expect(stageDeadline(cal, { ...base, stage: 'putusan' }).due).toBeNull();
  });

  it('court: cassation within 14 calendar days of the judgment (Ps 50), holidays and weekends included', () => {
    const s = stageDeadline(cal, { ...base, stage: 'keberatan_pengadilan', courtRulingReceivedOn: '2026-12-20' });
    expect(s).toMatchObject({ due: '2027-01-03', days: 14, unit: 'calendar', basis: 'UU KIP Ps 50' });
    expect(dayName(s.due!)).toBe('Minggu'); // calendar days: a Sunday is a valid last day
    expect(stageDeadline(cal, { ...base, stage: 'keberatan_pengadilan' }).due).toBeNull();
  });

  it('final and binding: carried out, with no statutory period', () => {
    expect(stageDeadline(cal, { ...base, stage: 'berkekuatan_hukum_tetap' })).toMatchObject({ due: null, days: null, unit: null });
  });
});
