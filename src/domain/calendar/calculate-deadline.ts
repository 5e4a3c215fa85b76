// The deadline calculator used by the public page and the `qgesy deadline` command: one input schema, one answer.
import { messageRef } from '../../i18n/catalogue.js';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import { parseIsoDate } from './dates.js';
import { loadCalendar } from './load-calendar.js';
import { STATUTORY_PERIODS, statutoryPeriod, type StatutoryPeriod } from './periods.js';
import { addWorkingDays, MAX_WORKING_DAYS, yearsToLoad, type Deadline } from './working-days.js';

const DAYS_MESSAGE = `Jumlah hari kerja harus bilangan bulat dari 1 sampai ${MAX_WORKING_DAYS}.`;

/** Form or command-line input, all strings; `period` is a key of STATUTORY_PERIODS. */
export const ZDeadlineQuery = z
  .object({
    start: z
      .string()
      .trim()
      .min(1, { message: messageRef('validation.enter_start_date') })
      .refine((s) => parseIsoDate(s) !== null, { message: messageRef('validation.not_valid_date_use_form_yyyy') })
      .refine((s) => s >= '2000-01-01' && s <= '2100-12-31', { message: messageRef('validation.year_between_2000_2100') }),
    days: z
      .string()
      .trim()
      .regex(/^\d{0,4}$/, { message: DAYS_MESSAGE })
      .transform((s) => (s === '' ? null : Number(s)))
      .refine((n) => n === null || (n >= 1 && n <= MAX_WORKING_DAYS), { message: DAYS_MESSAGE }),
    period: z
      .string()
      .trim()
      .refine((s) => s === '' || !!statutoryPeriod(s), { message: messageRef('validation.unknown_period') }),
  })
  .transform((q, ctx) => {
    const period = q.period ? (statutoryPeriod(q.period) ?? null) : null;
    if (q.days === null && !period) {
      ctx.addIssue({ code: 'custom', path: ['days'], message: messageRef('validation.choose_statutory_period_enter_number_working') });
      return z.NEVER;
    }
    if (q.days !== null && period && q.days !== period.workingDays) {
      ctx.addIssue({ code: 'custom', path: ['days'], message: messageRef('validation.chosen_period_number_working_days_differ') });
      return z.NEVER;
    }
    return { start: parseIsoDate(q.start)!, workingDays: q.days ?? period!.workingDays, period };
  });
export type DeadlineQuery = z.output<typeof ZDeadlineQuery>;

export type DeadlineAnswer = {
  query: DeadlineQuery;
  deadline: Deadline;
  /** The due date if cuti bersama counted as working days (kip-domain.md §8: show both where they differ). */
  ifCutiBersamaWorks: Deadline;
};

export async function calculateDeadline(ctx: Pick<Ctx, 'db'>, query: DeadlineQuery): Promise<DeadlineAnswer> {
  const cal = await loadCalendar(ctx, yearsToLoad(query.start, query.workingDays));
  const deadline = addWorkingDays(cal, query.start, query.workingDays);
  const ifCutiBersamaWorks = addWorkingDays(cal, query.start, query.workingDays, { cutiBersamaIsWorkingDay: true });
  return { query, deadline, ifCutiBersamaWorks };
}

export { STATUTORY_PERIODS, type StatutoryPeriod };
