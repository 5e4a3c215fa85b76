// Staff intake: a request received in person, by letter, email, phone or fax, entered by the PPID Utama (or
// a unit's PPID Pembantu for its own unit, when the profile allows it). Same numbering, deadline, receipt and
// tracking code as the web form; the deadline runs from when the request was actually received.
import { messageRef, bilingual } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import { REQUEST_CHANNELS, units, type RequestChannel } from '../../db/schema/index.js';
import type { EncryptedFileValues } from '../../documents/encryption.js';
import { errors, type Messages } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { calendarGaps } from '../calendar/calendar-gaps.js';
import { dateInZone, parseIsoDate, startOfDayInZone } from '../calendar/dates.js';
import { getPublicBody } from '../org/public-body.js';
import { serviceHours } from './deadlines.js';
import type { RequestInput } from './input.js';
import { registerRequest, requestInputProblems, type Submitted } from './submit-request.js';

/** The channels staff enter; the web form is the citizen's own. */
export const INTAKE_CHANNELS = REQUEST_CHANNELS.filter((c): c is Exclude<RequestChannel, 'web'> => c !== 'web');

/** When and how the request came in, as typed by the officer (date and time on the body's clock). */
export const ZReceipt = z.object({
  channel: z.enum(INTAKE_CHANNELS as [Exclude<RequestChannel, 'web'>, ...Exclude<RequestChannel, 'web'>[]], {
    message: messageRef('requests-intake.choose_how_request_received'),
  }),
  receivedDate: z
    .string()
    .trim()
    .refine((d) => parseIsoDate(d) !== null, { message: messageRef('requests-intake.give_date_received_yyyy_mm_dd') }),
  receivedTime: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: messageRef('requests-intake.give_time_received_hh_mm') }),
});
export type ReceiptInput = { channel: string; receivedDate: string; receivedTime: string };

const field = (key: string, m: string): Record<string, Messages> => ({ [key]: bilingual(m) });

/**
 * The instant the officer typed, checked: not in the future, and not in a year for which the body keeps no
 * working-day calendar (before its records: no deadline could be counted). Throws a validation error with
 * every problem of the receipt fields.
 */
export async function receivedInstant(
  ctx: Ctx,
  raw: ReceiptInput,
  extra: Record<string, Messages> = {},
): Promise<{ channel: Exclude<RequestChannel, 'web'>; at: Date }> {
  const parsed = ZReceipt.safeParse(raw);
  const problems: Record<string, Messages> = { ...extra };
  if (!parsed.success) {
    for (const i of parsed.error.issues) Object.assign(problems, problems[String(i.path[0])] ? {} : field(String(i.path[0]), i.message));
    throw errors.validation(problems);
  }
  const { timeZone } = await serviceHours(ctx);
  const [hh, mm] = parsed.data.receivedTime.split(':').map(Number) as [number, number];
  const at = new Date(startOfDayInZone(parsed.data.receivedDate, timeZone).getTime() + (hh * 60 + mm) * 60_000);
  if (at.getTime() > ctx.clock.now().getTime()) Object.assign(problems, field('receivedDate', messageRef('requests-intake.time_received_cannot_future')));
  else if ((await calendarGaps(ctx, [{ from: parsed.data.receivedDate }])).length) {
    const year = parsed.data.receivedDate.slice(0, 4);
    problems.receivedDate = {
      id: `Tahun ${year} sebelum catatan badan publik ini: kalender hari kerjanya tidak ada, sehingga batas waktu tidak dapat dihitung.`,
      en: `${year} is before this body's records: it has no working-day calendar, so no deadline can be counted.`,
    };
  }
  if (Object.keys(problems).length) throw errors.validation(problems);
  return { channel: parsed.data.channel, at };
}

export type IntakeFiles = { letterScan?: EncryptedFileValues | undefined; proxyLetter?: EncryptedFileValues | undefined };

/**
 * Who may enter here, and for which unit: the PPID Utama for any (null), a PPID Pembantu for its own unit
 * when the profile allows it (its unit's id). Throws forbidden otherwise.
 */
export async function intakeScope(ctx: Ctx): Promise<{ unitId: string | null }> {
  if (ctx.actor.kind === 'user' && !ctx.actor.roles.includes('ppid_utama') && ctx.actor.roles.includes('ppid_pembantu')) {
    const body = await getPublicBody(ctx.db);
    authorize(ctx.actor, 'request.intake', { unitId: ctx.actor.unitId, unitsRecordIntake: body?.unitsRecordIntake ?? false });
    return { unitId: ctx.actor.unitId };
  }
  authorize(ctx.actor, 'request.intake');
  return { unitId: null };
}

/** Registers a request received other than through the web form. */
export async function recordRequestIntake(ctx: Ctx, raw: RequestInput, receipt: ReceiptInput, files: IntakeFiles = {}): Promise<Submitted> {
  const scope = await intakeScope(ctx);
  let input = raw;
  if (scope.unitId) {
    // A PPID Pembantu's intake is addressed to its own unit, whatever the form said.
    const [u] = await ctx.db.select({ code: units.code }).from(units).where(eq(units.id, scope.unitId));
    if (!u) throw errors.forbidden();
    input = { ...raw, unit: u.code };
  }
  const formProblems = requestInputProblems(input) ?? {};
  // Every problem at once: the receipt's and the form's.
  const { channel, at } = await receivedInstant(ctx, receipt, formProblems);
  return registerRequest(ctx, input, {
    channel,
    receivedAt: at,
    enteredBy: ctx.actor.kind === 'user' ? ctx.actor.id : undefined,
    letterScan: files.letterScan,
    proxyLetter: files.proxyLetter,
    locale: 'id',
  });
}

/** Today's date and time on the body's clock, to prefill the form. */
export async function nowOnBodyClock(ctx: Ctx): Promise<{ date: string; time: string }> {
  const { timeZone } = await serviceHours(ctx);
  const { date, minutes } = dateInZone(ctx.clock.now(), timeZone);
  return { date, time: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}` };
}
