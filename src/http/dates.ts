// Dates on pages: the dates module (src/domain/calendar/dates.ts) bound to the page's language and the body's time zone.
import type { Context } from 'hono';
import { formatDate, formatDateTime, formatMonthYear, zoneOf } from '../domain/calendar/dates.js';
import type { View } from './components/layout.js';
import type { Env } from './types.js';

type DateView = Pick<View, 'locale' | 'body'>;

/** The time zone of the body a request is served for. */
export const bodyZone = (c: Context<Env>): string => zoneOf(c.get('body'));

/** "1 Des 2026, 09.30" in the body's zone; '–' for none. */
export const dateTime = (v: DateView, d: Date | null | undefined, style: 'long' | 'medium' = 'medium'): string =>
  formatDateTime(d, v.locale, zoneOf(v.body), style);

/** "1 Desember 2026" (long) or "1 Des 2026" (medium), the day of an instant in the body's zone. */
export const dateOnly = (v: DateView, d: Date, style: 'long' | 'medium' = 'long'): string => formatDate(d, v.locale, zoneOf(v.body), style);

/** "Desember 2026", the month of an instant in the body's zone. */
export const monthYear = (v: DateView, d: Date): string => formatMonthYear(d, v.locale, zoneOf(v.body));
