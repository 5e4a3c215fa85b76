// The statutory period of each stage of a dispute at the Komisi Informasi (kip-domain.md §6.6), and the deadline
// of the stage a case is in. Pure: the caller loads the working-day calendar. Every KI period of UU KIP is in
// working days (hari kerja); only the cassation window of Ps 50 is in days (hari), i.e. calendar days.
import type { disputes, DisputeStage } from '../../db/schema/disputes.js';
import type { Messages } from '../../errors.js';
import { addDays } from '../calendar/dates.js';
import { addWorkingDays, type WorkingCalendar } from '../calendar/working-days.js';

/** UU KIP Ps 38(1): the Komisi Informasi starts settlement (mediation or adjudication) within 14 working days of receiving the application. */
export const KI_START_WORKING_DAYS = 14;
/** UU KIP Ps 38(2): the settlement (mediation and/or adjudication) is finished within 100 working days. */
export const KI_SETTLEMENT_WORKING_DAYS = 100;
/** UU KIP Ps 47(1)–48(1): a party may bring the KI's ruling to the PTUN or the PN within 14 working days of receiving it. */
export const COURT_APPEAL_WORKING_DAYS = 14;
/** UU KIP Ps 50: cassation to the Mahkamah Agung within 14 days (hari, not hari kerja) of receiving the court's judgment. */
export const CASSATION_CALENDAR_DAYS = 14;

export type StageDeadline = {
  stage: DisputeStage;
  /** Null while the date it is counted from is not recorded (or the stage has no period). */
  due: string | null;
  days: number | null;
  unit: 'working' | 'calendar' | null;
  basis: string;
  /** What must happen by the date, and what it is counted from. */
  what: Messages;
};

type DisputeDates = Pick<typeof disputes.$inferSelect, 'stage' | 'filedOn' | 'rulingReceivedOn' | 'appealLastDay'> & { courtRulingReceivedOn?: string | null };

export function stageDeadline(cal: WorkingCalendar, d: DisputeDates): StageDeadline {
  switch (d.stage) {
    case 'pemeriksaan_awal':
      return {
        stage: d.stage,
        due: addWorkingDays(cal, d.filedOn, KI_START_WORKING_DAYS).due,
        days: KI_START_WORKING_DAYS,
        unit: 'working',
        basis: 'UU KIP Ps 38(1)',
        what: {
          id: 'Komisi Informasi mulai menyelesaikan sengketa (mediasi/ajudikasi), dihitung sejak permohonan sengketa diterima',
          en: 'The Information Commission starts settling the dispute (mediation/adjudication), counted from receipt of the application',
        },
      };
    case 'mediasi':
    case 'ajudikasi':
      return {
        stage: d.stage,
        due: addWorkingDays(cal, d.filedOn, KI_SETTLEMENT_WORKING_DAYS).due,
        days: KI_SETTLEMENT_WORKING_DAYS,
        unit: 'working',
        basis: 'UU KIP Ps 38(2)',
        what: {
          id: 'Penyelesaian sengketa di Komisi Informasi selesai, dihitung sejak permohonan sengketa diterima',
          en: 'The settlement at the Information Commission is finished, counted from receipt of the application',
        },
      };
    case 'putusan': {
      const due = d.appealLastDay ?? (d.rulingReceivedOn ? addWorkingDays(cal, d.rulingReceivedOn, COURT_APPEAL_WORKING_DAYS).due : null);
      return {
        stage: d.stage,
        due,
        days: COURT_APPEAL_WORKING_DAYS,
        unit: 'working',
        basis: 'UU KIP Ps 47(1), 48(1)',
        what: {
          id: 'Batas mengajukan keberatan ke PTUN/PN, dihitung sejak putusan Komisi Informasi diterima',
          en: 'Last day to bring the ruling to the PTUN/PN, counted from receipt of the ruling',
        },
      };
    }
    case 'keberatan_pengadilan':
      return {
        stage: d.stage,
        due: d.courtRulingReceivedOn ? addDays(d.courtRulingReceivedOn, CASSATION_CALENDAR_DAYS) : null,
        days: CASSATION_CALENDAR_DAYS,
        unit: 'calendar',
        basis: 'UU KIP Ps 50',
        what: {
          id: 'Batas mengajukan kasasi ke Mahkamah Agung (hari kalender), dihitung sejak putusan pengadilan diterima',
          en: 'Last day to appeal to the Supreme Court in cassation (calendar days), counted from receipt of the court’s judgment',
        },
      };
    case 'berkekuatan_hukum_tetap':
      return {
        stage: d.stage,
        due: null,
        days: null,
        unit: null,
        basis: 'UU KIP Ps 11(2)',
        what: {
          id: 'Putusan dilaksanakan; undang-undang tidak menetapkan jangka waktu pelaksanaannya',
          en: 'The ruling is carried out; the law sets no period for this',
        },
      };
    default:
      throw new Error(`unknown dispute stage ${String(d.stage)}`);
  }
}
