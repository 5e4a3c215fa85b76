// Pages whose deadlines depend on a year without a holiday calendar show a warning (layout.tsx); a route
// states the deadlines of its page here before rendering it.
import type { Context } from 'hono';
import { calendarGaps, type DateSpan } from '../domain/calendar/calendar-gaps.js';
import type { TrackedRequest } from '../domain/requests/track-request.js';
import type { Env } from './types.js';
import { bodyZone } from './dates.js';
import { dateOf } from '../domain/calendar/dates.js';

const dayOf = (d: Date | string | null | undefined, timeZone: string): string | null => {
  if (!d) return null;
  if (typeof d === 'string') return d.slice(0, 10);
  return dateOf(d, timeZone);
};

/** The body's calendar date of an instant (or a date as is), for a span. */
export const spanDate = (c: Context<Env>, d: Date | string | null | undefined) => dayOf(d, bodyZone(c));

export async function warnCalendarGaps(c: Context<Env>, spans: DateSpan[]): Promise<number[]> {
  const gaps = await calendarGaps(c.get('ctx'), spans);
  c.set('calendarGaps', gaps.length ? gaps : undefined);
  return gaps;
}

/** The deadlines a citizen sees of a tracked request: the response period, the objection window, each objection's answer. */
export function trackedSpans(c: Context<Env>, t: TrackedRequest): DateSpan[] {
  return [
    { from: t.startDate, to: t.dueDate },
    ...(t.objectionWindow ? [{ from: t.objectionWindow.opensOn, to: t.objectionWindow.lastDay }] : []),
    ...t.objections.map((o) => ({ from: spanDate(c, o.receivedAt), to: o.dueDate })),
  ];
}
