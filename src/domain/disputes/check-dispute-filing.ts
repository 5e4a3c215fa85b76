// The 14 working days of UU KIP Ps 37(2): whether a dispute was filed in time, and where a decided objection's
// window for a dispute ends.
import type { Ctx } from '../../context.js';
import type { Messages } from '../../errors.js';
import { dateInZone, formatLongDate } from '../calendar/dates.js';
import { computeDeadline } from '../calendar/load-calendar.js';
import { DISPUTE_FILING_WORKING_DAYS } from '../calendar/periods.js';
import { serviceHours } from '../requests/deadlines.js';
import type { Objection } from './shared.js';

export type FilingCheck = {
  status: 'within' | 'late' | 'early' | 'no_objection';
  /** The last day for filing, when the period has started. */
  lastDay: string | null;
  message: Messages;
};

/**
 * Whether the dispute was filed within 14 working days of the Atasan PPID's written answer, or of the lapse
 * of the 30 working days the Atasan had (UU KIP Ps 37(2); Perki 1/2013). A warning only: the commission
 * decides whether it takes the case. The answer's date is the day it was decided, in the body's time zone:
 * the applicant receives it later, so this errs towards warning.
 */
export async function filingCheck(ctx: Pick<Ctx, 'db'>, filedOn: string, objection: Objection | null): Promise<FilingCheck> {
  if (!objection) {
    return {
      status: 'no_objection',
      lastDay: null,
      message: {
        id: 'Tidak ada keberatan yang tercatat atas permohonan ini. Komisi Informasi umumnya hanya menerima sengketa setelah keberatan kepada Atasan PPID (UU KIP Pasal 35–37).',
        en: 'No objection is recorded for this request. The Information Commission usually takes a dispute only after an objection to the Atasan PPID (Law 14/2008 Art. 35–37).',
      },
    };
  }
  const hours = await serviceHours(ctx);
  let from: string;
  let basis: Messages;
  if (objection.decidedAt) {
    from = dateInZone(objection.decidedAt, hours.timeZone).date;
    basis = { id: 'tanggapan Atasan PPID', en: "the Atasan PPID's answer" };
  } else if (filedOn > objection.dueDate) {
    from = objection.dueDate;
    basis = { id: 'lewatnya batas waktu tanggapan Atasan PPID tanpa tanggapan', en: "the lapse of the Atasan PPID's time to answer" };
  } else {
    return {
      status: 'early',
      lastDay: null,
      message: {
        id: `Diajukan sebelum Atasan PPID menanggapi keberatan ${objection.number} dan sebelum batas waktunya (${formatLongDate(objection.dueDate)}) lewat.`,
        en: `Filed before the Atasan PPID answered objection ${objection.number} and before its deadline (${formatLongDate(objection.dueDate, 'en')}) passed.`,
      },
    };
  }
  const lastDay = (await computeDeadline(ctx, from, DISPUTE_FILING_WORKING_DAYS)).due;
  if (filedOn <= lastDay) {
    return {
      status: 'within',
      lastDay,
      message: {
        id: `Diajukan dalam 14 hari kerja sejak ${basis.id} (batas ${formatLongDate(lastDay)}).`,
        en: `Filed within 14 working days of ${basis.en} (last day ${formatLongDate(lastDay, 'en')}).`,
      },
    };
  }
  return {
    status: 'late',
    lastDay,
    message: {
      id: `Diajukan melewati 14 hari kerja sejak ${basis.id} (batas ${formatLongDate(lastDay)}; UU KIP Pasal 37 ayat (2)). Ini hanya peringatan: Komisi Informasi yang menentukan apakah permohonan sengketa diterima.`,
      en: `Filed after the 14 working days from ${basis.en} (last day ${formatLongDate(lastDay, 'en')}; Law 14/2008 Art. 37(2)). A warning only: the Information Commission decides whether it takes the case.`,
    },
  };
}

/** Where a decided objection's 14 days for a dispute end (for the objection register). */
export async function disputeWindowEnd(ctx: Pick<Ctx, 'db'>, decidedAt: Date): Promise<string> {
  const hours = await serviceHours(ctx);
  return (await computeDeadline(ctx, dateInZone(decidedAt, hours.timeZone).date, DISPUTE_FILING_WORKING_DAYS)).due;
}
