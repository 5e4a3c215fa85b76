// The deadline calculator used by the public page and the `qgesy deadline` command: one input schema, one answer.
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
      .min(1, { message: 'Isi tanggal mulai.' })
      .refine((s) => parseIsoDate(s) !== null, { message: 'Tanggal tidak valid; gunakan format TTTT-BB-HH, mis. 2026-03-20.' })
      .refine((s) => s >= '2000-01-01' && s <= '2100-12-31', { message: 'Tahun harus antara 2000 dan 2100.' }),
    days: z
      .string()
      .trim()
      .regex(/^\d{0,4}$/, { message: DAYS_MESSAGE })
      .transform((s) => (s === '' ? null : Number(s)))
      .refine((n) => n === null || (n >= 1 && n <= MAX_WORKING_DAYS), { message: DAYS_MESSAGE }),
    period: z
      .string()
      .trim()
      .refine((s) => s === '' || !!statutoryPeriod(s), { message: 'Jangka waktu tidak dikenal.' }),
  })
  .transform((q, ctx) => {
    const period = q.period ? (statutoryPeriod(q.period) ?? null) : null;
    if (q.days === null && !period) {
      ctx.addIssue({ code: 'custom', path: ['days'], message: 'Pilih jangka waktu menurut undang-undang atau isi jumlah hari kerja.' });
      return z.NEVER;
    }
    if (q.days !== null && period && q.days !== period.workingDays) {
      ctx.addIssue({ code: 'custom', path: ['days'], message: 'Jangka waktu yang dipilih dan jumlah hari kerja berbeda; kosongkan salah satunya.' });
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
