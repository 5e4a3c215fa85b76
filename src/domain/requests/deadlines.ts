// The statutory deadlines of a request, computed on the working-day calendar in the body's time zone.
import type { Ctx } from '../../context.js';
import { computeDeadline } from '../calendar/load-calendar.js';
import { RESPONSE_WORKING_DAYS } from '../calendar/periods.js';
import { receiptDate, type Deadline } from '../calendar/working-days.js';
import { getPublicBody } from '../org/public-body.js';
import { zoneOf } from '../calendar/dates.js';

/** Where and until when the service counts a day: the body's time zone and closing time (default 16:00 WIB). */
export async function serviceHours(ctx: Pick<Ctx, 'db'>): Promise<{ timeZone: string; closingMinutes: number }> {
  const body = await getPublicBody(ctx.db);
  const [hh, mm] = (body?.serviceClosingTime ?? '16:00').split(':').map(Number) as [number, number];
  return { timeZone: zoneOf(body), closingMinutes: hh * 60 + mm };
}

/** The written notice's deadline: 10 working days after the day of receipt (UU KIP Ps 22(7), kip-domain.md §8.1). */
export async function responseDeadline(ctx: Pick<Ctx, 'db'>, receivedAt: Date): Promise<Deadline> {
  return computeDeadline(ctx, receiptDate(receivedAt, await serviceHours(ctx)), RESPONSE_WORKING_DAYS);
}
