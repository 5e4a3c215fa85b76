// Keeping the working-day calendar: list a year, add, edit and delete a non-working day, each change audited.
import { messageRef, catalogueMessages } from '../../i18n/catalogue.js';
import { and, asc, eq, gte, lte, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import { NON_WORKING_DAY_KINDS, nonWorkingDays } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { parseIsoDate, yearOf } from './dates.js';
import { recomputeOpenDeadlines } from './on-calendar-changed.js';
import { isUuid } from '../../shared/ids.js';

export type CalendarEntry = typeof nonWorkingDays.$inferSelect;

export const MIN_CALENDAR_YEAR = 2000;
export const MAX_CALENDAR_YEAR = 2100;

export const ZCalendarDay = z.object({
  date: z
    .string()
    .trim()
    .refine((s) => parseIsoDate(s) !== null, { message: messageRef('validation.not_valid_date_use_form_yyyy') })
    .refine((s) => yearOf(s) >= MIN_CALENDAR_YEAR && yearOf(s) <= MAX_CALENDAR_YEAR, { message: messageRef('validation.year_between_2000_2100') }),
  kind: z.enum(NON_WORKING_DAY_KINDS, { message: messageRef('validation.choose_kind_non_working_day') }),
  name: z
    .string()
    .trim()
    .min(3, { message: messageRef('validation.name_required_least_3_characters') })
    .max(200, { message: messageRef('validation.most_200_characters') }),
  source: z
    .string()
    .trim()
    .max(500, { message: messageRef('validation.most_500_characters') })
    .default(''),
  stopsClock: z.boolean().default(true),
});
export type CalendarDayInput = z.infer<typeof ZCalendarDay>;

export const ZCalendarYear = z.coerce.number().int().min(MIN_CALENDAR_YEAR).max(MAX_CALENDAR_YEAR);

export async function listCalendarYear(ctx: Ctx, year: number): Promise<CalendarEntry[]> {
  authorize(ctx.actor, 'calendar.view');
  return ctx.db
    .select()
    .from(nonWorkingDays)
    .where(and(gte(nonWorkingDays.date, `${year}-01-01`), lte(nonWorkingDays.date, `${year}-12-31`)))
    .orderBy(asc(nonWorkingDays.date), asc(nonWorkingDays.name));
}

/** The years that have entries, with how many of each kind. */
export async function listCalendarYears(ctx: Ctx): Promise<{ year: number; days: number }[]> {
  authorize(ctx.actor, 'calendar.view');
  const year = sql<number>`extract(year from ${nonWorkingDays.date})::int`;
  const rows = await ctx.db
    .select({ year, days: sql<number>`count(*)::int` })
    .from(nonWorkingDays)
    .groupBy(year)
    .orderBy(year);
  return rows.map((r) => ({ year: Number(r.year), days: Number(r.days) }));
}

export async function getCalendarDay(ctx: Ctx, id: string): Promise<CalendarEntry> {
  authorize(ctx.actor, 'calendar.view');
  const [row] = isUuid(id) ? await ctx.db.select().from(nonWorkingDays).where(eq(nonWorkingDays.id, id)) : [];
  if (!row) throw errors.notFound();
  return row;
}

const duplicate = () =>
  errors.validation({
    name: catalogueMessages('calendar.manage-calendar.non_working_day_name_already'),
  });

async function assertNoDuplicate(ctx: Ctx, input: CalendarDayInput, exceptId?: string): Promise<void> {
  const same = and(eq(nonWorkingDays.date, input.date), eq(nonWorkingDays.name, input.name));
  const [dup] = await ctx.db
    .select({ id: nonWorkingDays.id })
    .from(nonWorkingDays)
    .where(exceptId ? and(same, ne(nonWorkingDays.id, exceptId)) : same);
  if (dup) throw duplicate();
}

const audited = ({ date, kind, name, source, stopsClock }: CalendarDayInput | CalendarEntry) => ({ date, kind, name, source, stopsClock });

export async function createCalendarDay(ctx: Ctx, input: CalendarDayInput): Promise<CalendarEntry> {
  authorize(ctx.actor, 'calendar.manage');
  return inTransaction(ctx, async (t) => {
    await assertNoDuplicate(t, input);
    const now = t.clock.now();
    const [row] = await t.db
      .insert(nonWorkingDays)
      .values({ ...input, createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(t, { action: 'calendar.day_created', entityType: 'non_working_day', entityId: row!.id, after: audited(input) });
    await recomputeOpenDeadlines(t, { action: 'created', dates: [input.date] });
    return row!;
  });
}

export async function updateCalendarDay(ctx: Ctx, id: string, input: CalendarDayInput): Promise<CalendarEntry> {
  authorize(ctx.actor, 'calendar.manage');
  return inTransaction(ctx, async (t) => {
    const before = await getCalendarDay(t, id);
    await assertNoDuplicate(t, input, id);
    const [row] = await t.db
      .update(nonWorkingDays)
      .set({ ...input, updatedAt: t.clock.now() })
      .where(eq(nonWorkingDays.id, id))
      .returning();
    await recordAudit(t, { action: 'calendar.day_updated', entityType: 'non_working_day', entityId: id, before: audited(before), after: audited(input) });
    await recomputeOpenDeadlines(t, { action: 'updated', dates: [...new Set([before.date, input.date])] });
    return row!;
  });
}

export async function deleteCalendarDay(ctx: Ctx, id: string): Promise<CalendarEntry> {
  authorize(ctx.actor, 'calendar.manage');
  return inTransaction(ctx, async (t) => {
    const before = await getCalendarDay(t, id);
    await t.db.delete(nonWorkingDays).where(eq(nonWorkingDays.id, id));
    await recordAudit(t, { action: 'calendar.day_deleted', entityType: 'non_working_day', entityId: id, before: audited(before) });
    await recomputeOpenDeadlines(t, { action: 'deleted', dates: [before.date] });
    return before;
  });
}
