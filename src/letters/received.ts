// The moment a request or objection was received, as letters state it: the real day and time in the body's
// time zone ("Sabtu, 5 Desember 2026 pukul 17.09 WIB"), never the day the clock starts counting from, which
// is the next working day when it came in on a non-working day or after the service's closing hour.
import { dateInZone, formatLongDate, zoneLabel } from '../domain/calendar/dates.js';

/** HH.MM of an instant in the body's time zone (Indonesian letters write the time with a dot). */
export function timeInZone(d: Date, timeZone: string, sep = ':'): string {
  const { minutes } = dateInZone(d, timeZone);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}${sep}${String(minutes % 60).padStart(2, '0')}`;
}

/** "Sabtu, 5 Desember 2026 pukul 17.09 WIB". */
export function receivedText(at: Date, timeZone: string): string {
  return `${formatLongDate(dateInZone(at, timeZone).date)} pukul ${timeInZone(at, timeZone, '.')} ${zoneLabel(timeZone)}`;
}
