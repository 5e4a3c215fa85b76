// Objections (keberatan): the applicant files one on their request (with its number and secret code), the
// Atasan PPID decides it in writing within 30 working days (UU KIP Ps 35–36, kip-domain.md §6).
import { messageRef, bilingual } from '../../i18n/catalogue.js';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import {
  informationRequests,
  objectionCounters,
  objections,
  OBJECTION_DECISIONS,
  OBJECTION_GROUNDS,
  requestEvents,
  requestResponses,
  users,
} from '../../db/schema/index.js';
import type { ObjectionGround } from '../../db/schema/objections.js';
import type { RequestChannel } from '../../db/schema/requests.js';
import type { EncryptedFileValues } from '../../documents/encryption.js';
import { insertEncryptedFile } from '../classified/encrypted-files.js';
import { AppError, errors } from '../../errors.js';
import { enqueueMail } from '../../mail/enqueue.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { dateInZone, formatLongDate } from '../calendar/dates.js';
import { computeDeadline } from '../calendar/load-calendar.js';
import { DISPUTE_FILING_WORKING_DAYS, OBJECTION_FILING_WORKING_DAYS, SUPERIOR_RESPONSE_WORKING_DAYS } from '../calendar/periods.js';
import { requireCalendarConfirmation } from '../calendar/calendar-gaps.js';
import { todayInBody } from '../requests/case.js';
import { receiptDate } from '../calendar/working-days.js';
import { disputeOfRequest } from '../disputes/shared.js';
import { getPublicBody } from '../org/public-body.js';
import { serviceHours } from '../requests/deadlines.js';
import { formatRequestNumber, nextSequence, OBJECTION_NUMBER_PATTERN } from '../requests/numbering.js';
import { trackingUrl, type InformationRequest } from '../requests/submit-request.js';
import { openRequest } from '../requests/open-request.js';
import { releaseByDecision } from '../exemptions/release-information.js';
import { followUpDeadline, openFollowUp, ORDERS_INFORMATION } from './open-follow-up.js';
import { isUuid } from '../../shared/ids.js';

export type Objection = typeof objections.$inferSelect;

/** The grounds with their letter in UU KIP Ps 35(1) and a label for the public. */
export const GROUND_LABELS: Record<ObjectionGround, { letter: string; id: string; en: string }> = {
  penolakan_pasal17: { letter: 'a', id: 'Permohonan ditolak dengan alasan pengecualian (Pasal 17)', en: 'Refused as exempt (Art. 17)' },
  berkala_tidak_disediakan: { letter: 'b', id: 'Informasi berkala tidak disediakan', en: 'Periodic information not provided' },
  tidak_ditanggapi: { letter: 'c', id: 'Permohonan tidak ditanggapi', en: 'The request was not answered' },
  tidak_sesuai_permintaan: { letter: 'd', id: 'Ditanggapi tidak sebagaimana yang diminta', en: 'Answered, but not as requested' },
  tidak_dipenuhi: { letter: 'e', id: 'Permohonan tidak dipenuhi', en: 'The request was not fulfilled' },
  biaya_tidak_wajar: { letter: 'f', id: 'Pengenaan biaya yang tidak wajar', en: 'Unreasonable fees' },
  melebihi_jangka_waktu: { letter: 'g', id: 'Penyampaian informasi melebihi jangka waktu', en: 'Information delivered late' },
};

export const DECISION_LABELS: Record<(typeof OBJECTION_DECISIONS)[number], { id: string; en: string }> = {
  dikabulkan: { id: 'Keberatan diterima; informasi diberikan', en: 'Objection upheld; the information is to be given' },
  dikabulkan_sebagian: { id: 'Keberatan diterima sebagian', en: 'Objection upheld in part' },
  ditolak_menguatkan_ppid: { id: 'Keberatan ditolak; keputusan PPID dikuatkan', en: 'Objection rejected; the PPID’s decision stands' },
};

export const ZObjectionInput = z.object({
  grounds: z
    .array(z.enum(OBJECTION_GROUNDS, { message: messageRef('objections.unknown_ground_choose_from_letters_g') }), {
      message: messageRef('objections.choose_least_one_ground_objection'),
    })
    .min(1, { message: messageRef('objections.choose_least_one_ground_objection') }),
  caseSummary: z
    .string({ message: messageRef('objections.describe_what_happened_least_20_characters') })
    .trim()
    .min(20, { message: messageRef('objections.describe_what_happened_least_20_characters') })
    .max(4000, { message: messageRef('requests-case.most_4000_characters') }),
  proxyName: z
    .string({ message: messageRef('objections.name_proxy_text_most_200_characters') })
    .trim()
    .max(200, { message: messageRef('validation.most_200_characters') })
    .default(''),
});

export const ZObjectionDecision = z.object({
  decision: z.enum(OBJECTION_DECISIONS, { message: messageRef('exemptions-form.choose_decision') }),
  reasons: z
    .string()
    .trim()
    .min(20, { message: messageRef('objections.give_reasons_decision_least_20_characters') })
    .max(8000, { message: messageRef('disputes.most_8000_characters') }),
  followUp: z
    .string()
    .trim()
    .max(4000, { message: messageRef('requests-case.most_4000_characters') })
    .default(''),
  /** Working days the PPID has to give the information (granted decisions); empty: the body's default. */
  followUpWorkingDays: z.preprocess(
    (v) => (v === '' || v === null || v === undefined ? undefined : v),
    z.coerce
      .number({ message: messageRef('objections.follow_up_period_number_1_60') })
      .int({ message: messageRef('objections.follow_up_period_number_1_60') })
      .min(1, { message: messageRef('objections.follow_up_period_number_1_60') })
      .max(60, { message: messageRef('objections.follow_up_period_number_1_60') })
      .optional(),
  ),
});

function fieldsOf(error: z.ZodError): Record<string, { id: string; en: string }> {
  const out: Record<string, { id: string; en: string }> = {};
  for (const i of error.issues) out[String(i.path[0] ?? '_')] ??= bilingual(i.message);
  return out;
}

const closed = (messages: { id: string; en: string }) => new AppError('objection_not_allowed', 409, messages);

/**
 * When the applicant may still object: within 30 working days of the written notice, or, when there is
 * none, of the lapse of the response deadline (grounds c and g, Ps 36(1)). Null when there is no window yet.
 */
export async function objectionWindow(ctx: Pick<Ctx, 'db' | 'clock'>, r: InformationRequest): Promise<{ opensOn: string; lastDay: string } | null> {
  const hours = await serviceHours(ctx);
  const [answered] = await ctx.db
    .select({ at: requestEvents.at })
    .from(requestEvents)
    .where(and(eq(requestEvents.requestId, r.id), eq(requestEvents.kind, 'answered')))
    .orderBy(desc(requestEvents.at))
    .limit(1);
  const today = dateInZone(ctx.clock.now(), hours.timeZone).date;
  const from = answered ? receiptDate(answered.at, hours) : r.dueDate < today ? r.dueDate : null;
  if (!from) return null;
  const d = await computeDeadline(ctx, from, OBJECTION_FILING_WORKING_DAYS);
  return { opensOn: from, lastDay: d.due };
}

/** The objections of a request (for its tracking page and the back office). */
export async function objectionsOf(ctx: Pick<Ctx, 'db'>, requestId: string): Promise<Objection[]> {
  return ctx.db.select().from(objections).where(eq(objections.requestId, requestId)).orderBy(asc(objections.receivedAt));
}

/** Files an objection on the request opened by its number and code. */
export async function fileObjection(ctx: Ctx, number: string, code: string, raw: z.input<typeof ZObjectionInput>): Promise<Objection> {
  const request = await openRequest(ctx, number, code);
  const parsed = ZObjectionInput.safeParse(raw);
  if (!parsed.success) throw errors.validation(fieldsOf(parsed.error));
  return registerObjection(ctx, request.id, parsed.data, { code });
}

/** How an objection came in when staff enter it (record-objection-intake.ts); the web's own when absent. */
export type ObjectionIntake = {
  /** The applicant's tracking code, for the link in their email; absent when staff enter a paper objection. */
  code?: string | undefined;
  receivedAt?: Date | undefined;
  channel?: RequestChannel | undefined;
  enteredBy?: string | undefined;
  letterScan?: EncryptedFileValues | undefined;
  proxyLetter?: EncryptedFileValues | undefined;
};

/** Registers a checked objection on a request: the period, the number, the case history, the emails. */
export async function registerObjection(ctx: Ctx, requestId: string, input: z.output<typeof ZObjectionInput>, opts: ObjectionIntake): Promise<Objection> {
  return inTransaction(ctx, async (t) => {
    const [r] = await t.db.select().from(informationRequests).where(eq(informationRequests.id, requestId)).for('update');
    if (!r) throw errors.notFound();
    const open = await t.db
      .select({ id: objections.id })
      .from(objections)
      .where(and(eq(objections.requestId, r!.id), inArray(objections.status, ['received'])));
    if (open.length) {
      throw closed({
        id: 'Keberatan atas permohonan ini sudah diajukan dan sedang diperiksa Atasan PPID.',
        en: 'An objection to this request has already been filed and is with the PPID’s superior.',
      });
    }
    if (await disputeOfRequest(t.db, r!.id)) {
      throw closed({
        id: 'Permohonan ini sudah dalam penyelesaian sengketa di Komisi Informasi; keberatan baru tidak dapat diajukan.',
        en: 'This request is already before the Information Commission as a dispute; no new objection can be filed.',
      });
    }
    const window = await objectionWindow(t, r!);
    const hours = await serviceHours(t);
    const now = t.clock.now();
    // The period is judged on the day the objection was received (on paper it may be entered later).
    const at = opts.receivedAt ?? now;
    const today = dateInZone(at, hours.timeZone).date;
    if (!window) {
      throw closed({
        id: `Keberatan dapat diajukan setelah PPID memberi jawaban tertulis, atau bila batas waktu ${formatLongDate(r!.dueDate)} lewat tanpa jawaban.`,
        en: `An objection can be filed once the PPID has answered in writing, or when the deadline of ${formatLongDate(r!.dueDate, 'en')} passes without an answer.`,
      });
    }
    if (opts.receivedAt && today < window.opensOn) {
      throw closed({
        id: `Keberatan yang diterima sebelum ${formatLongDate(window.opensOn)} terlalu awal: PPID belum menjawab dan batas waktunya belum lewat.`,
        en: `An objection received before ${formatLongDate(window.opensOn, 'en')} is too early: the PPID had not answered and the deadline had not passed.`,
      });
    }
    if (today > window.lastDay) {
      throw closed({
        id: `Batas waktu pengajuan keberatan (30 hari kerja) berakhir pada ${formatLongDate(window.lastDay)}.`,
        en: `The 30-working-day period for objections ended on ${formatLongDate(window.lastDay, 'en')}.`,
      });
    }
    const due = await computeDeadline(t, receiptDate(at, hours), SUPERIOR_RESPONSE_WORKING_DAYS);
    const letterScanFileId = opts.letterScan ? await insertEncryptedFile(t.db, opts.letterScan, now) : null;
    const proxyLetterFileId = opts.proxyLetter ? await insertEncryptedFile(t.db, opts.proxyLetter, now) : null;
    const year = Number(today.slice(0, 4));
    const seq = await nextSequence(t.db, year, objectionCounters);
    const objectionNumber = formatRequestNumber(OBJECTION_NUMBER_PATTERN, seq, { year, month: Number(today.slice(5, 7)) });
    const [o] = await t.db
      .insert(objections)
      .values({
        number: objectionNumber,
        year,
        seq,
        requestId: r!.id,
        grounds: input.grounds,
        caseSummary: input.caseSummary,
        proxyName: input.proxyName,
        receivedAt: at,
        channel: opts.channel ?? 'web',
        letterScanFileId,
        proxyLetterFileId,
        enteredBy: opts.enteredBy ?? null,
        dueDate: due.due,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await t.db.insert(requestEvents).values({ requestId: r!.id, at, kind: 'objection_filed', publicNote: `Keberatan ${objectionNumber}` });
    await recordAudit(t, {
      action: 'objection.filed',
      entityType: 'objection',
      entityId: o!.id,
      after: {
        number: objectionNumber,
        request: r!.number,
        grounds: input.grounds,
        dueDate: due.due,
        channel: opts.channel ?? 'web',
        ...(opts.enteredBy ? { enteredBy: opts.enteredBy, receivedAt: at.toISOString(), letterScan: !!letterScanFileId } : {}),
        proxyLetter: !!proxyLetterFileId,
      },
    });
    const body = (await getPublicBody(t.db))?.name ?? 'PPID';
    // Without the code (a paper objection), the link opens the tracking page with the number only.
    const link = opts.code
      ? trackingUrl(t.settings.baseUrl, r!.number, opts.code)
      : `${t.settings.baseUrl.replace(/\/+$/, '')}/permohonan/lacak?nomor=${encodeURIComponent(r!.number)}`;
    if (r!.email) {
      await enqueueMail(t, {
        to: r!.email,
        toName: r!.name,
        locale: r!.locale,
        template: 'objection_received',
        params: { name: r!.name, number: objectionNumber, request: r!.number, dueDate: formatLongDate(due.due, r!.locale === 'en' ? 'en' : 'id'), link, body },
        ...(opts.code ? { secret: encodeURIComponent(opts.code) } : {}),
      });
    }
    await notifyAtasanToDecide(t, { number: objectionNumber, request: r!.number, due: due.due, link: `${t.settings.baseUrl}/admin/keberatan/${o!.id}`, body });
    return o!;
  });
}

const M_NUMBER = messageRef('objections.enter_registration_number_request');
const M_CODE = messageRef('objections.enter_tracking_code_from_receipt_email');

// The number and code first: the messages follow the order of the form.
export const ZObjectionEntry = z.object({
  number: z
    .string({ message: M_NUMBER })
    .trim()
    .min(1, { message: M_NUMBER })
    .max(100, { message: messageRef('dip.most_100_characters') }),
  code: z
    .string({ message: M_CODE })
    .trim()
    .min(1, { message: M_CODE })
    .max(100, { message: messageRef('dip.most_100_characters') }),
  ...ZObjectionInput.shape,
});
export type ObjectionEntry = z.input<typeof ZObjectionEntry>;

/**
 * Files an objection from the registration number and the tracking code typed in by the applicant (the
 * standalone form and the JSON API). Every field is checked first, so that all mistakes show at once and
 * nothing is said about the number before the form is complete; then the number and the code must match
 * (the same 404 for an unknown number and a wrong code), then the period (409).
 */
export async function fileObjectionByCode(ctx: Ctx, raw: ObjectionEntry): Promise<{ objection: Objection; request: InformationRequest }> {
  const parsed = ZObjectionEntry.safeParse(raw);
  if (!parsed.success) throw errors.validation(fieldsOf(parsed.error));
  const { number, code, ...input } = parsed.data;
  const objection = await fileObjection(ctx, number, code, input);
  const [request] = await ctx.db.select().from(informationRequests).where(eq(informationRequests.id, objection.requestId!));
  return { objection, request: request! };
}

/** The request is null for ground b filed without one (file-unpublished-objection.ts). */
export async function getObjection(ctx: Ctx, id: string): Promise<{ objection: Objection; request: InformationRequest | null }> {
  authorize(ctx.actor, 'objection.view');
  if (!isUuid(id)) throw errors.notFound();
  const [o] = await ctx.db.select().from(objections).where(eq(objections.id, id));
  if (!o) throw errors.notFound();
  const [r] = o.requestId ? await ctx.db.select().from(informationRequests).where(eq(informationRequests.id, o.requestId)) : [];
  return { objection: o, request: r ?? null };
}

/** The Atasan PPID's written decision (Ps 36(2)–(3)); once. */
/**
 * `calendarGapConfirmed`: the Atasan PPID ticked that a deadline the response letter prints (its own due date,
 * the 14 working days to go to the Komisi Informasi, UU KIP Ps 37) lies in a year without a calendar.
 */
export async function decideObjection(
  ctx: Ctx,
  id: string,
  raw: z.input<typeof ZObjectionDecision>,
  opts: { calendarGapConfirmed?: boolean } = {},
): Promise<Objection> {
  authorize(ctx.actor, 'objection.decide');
  const parsed = ZObjectionDecision.safeParse(raw);
  if (!parsed.success) throw errors.validation(fieldsOf(parsed.error));
  const input = parsed.data;
  return inTransaction(ctx, async (t) => {
    const [o] = await t.db.select().from(objections).where(eq(objections.id, id)).for('update');
    if (!o) throw errors.notFound();
    if (o.status === 'decided') {
      throw closed({ id: 'Keberatan ini sudah diputuskan.', en: 'This objection has already been decided.' });
    }
    const decidedOn = await todayInBody(t);
    const disputeWindow = await computeDeadline(t, decidedOn, DISPUTE_FILING_WORKING_DAYS);
    // Granted, it orders the information given (on a request) or published (ground b without a request): a follow-up either way.
    const followUp = ORDERS_INFORMATION.includes(input.decision) ? await followUpDeadline(t, decidedOn, input.followUpWorkingDays) : null;
    const gaps = await requireCalendarConfirmation(
      t,
      [{ from: decidedOn, to: o.dueDate }, { from: decidedOn, to: disputeWindow.due }, ...(followUp ? [{ from: decidedOn, to: followUp.due }] : [])],
      !!opts.calendarGapConfirmed,
    );
    const now = t.clock.now();
    const who = t.actor.kind === 'user' ? t.actor : null;
    const [u] = await t.db
      .update(objections)
      .set({
        status: 'decided',
        decision: input.decision,
        reasons: input.reasons,
        followUp: input.followUp,
        decidedAt: now,
        decidedBy: who?.id ?? null,
        decidedByName: who?.name ?? '',
        updatedAt: now,
      })
      .where(eq(objections.id, id))
      .returning();
    const [r] = o.requestId ? await t.db.select().from(informationRequests).where(eq(informationRequests.id, o.requestId)) : [];
    if (r) {
      await t.db
        .insert(requestEvents)
        .values({ requestId: r.id, at: now, kind: 'note', publicNote: `Keberatan ${o.number} diputuskan: ${DECISION_LABELS[input.decision].id}.` });
    }
    await recordAudit(t, {
      action: 'objection.decided',
      entityType: 'objection',
      entityId: id,
      after: {
        number: o.number,
        decision: input.decision,
        ...(followUp ? { followUpDue: followUp.due, followUpWorkingDays: followUp.workingDays } : {}),
        ...(gaps.length ? { calendarGapConfirmed: gaps } : {}),
      },
    });
    // A decision that orders the information given (or published) opens the PPID's follow-up task with its own deadline.
    if (followUp) await openFollowUp(t, { id: o.id, requestId: o.requestId }, followUp);
    // Granting the objection against a refusal that cited a consequence test opens the information for
    // everyone (UU KIP Ps 11(2)): the test ends and the information goes to the DIP workflow.
    if (input.decision === 'dikabulkan' && o.requestId) {
      const [resp] = await t.db
        .select({ testId: requestResponses.consequenceTestId })
        .from(requestResponses)
        .where(eq(requestResponses.requestId, o.requestId));
      if (resp?.testId) {
        await releaseByDecision(t, {
          consequenceTestId: resp.testId,
          reason: `Keberatan ${o.number} atas permohonan ${r!.number} dikabulkan oleh Atasan PPID (UU No. 14 Tahun 2008 Pasal 11 ayat (2)).`,
          source: 'keberatan',
        });
      }
    }
    // The applicant: the request's, or the objection's own for ground b without a request.
    const to = r
      ? { email: r.email, name: r.name, locale: r.locale, request: r.number }
      : { email: o.applicantEmail, name: o.applicantName, locale: o.locale, request: '' };
    if (to.email) {
      const body = (await getPublicBody(t.db))?.name ?? 'PPID';
      await enqueueMail(t, {
        to: to.email,
        toName: to.name,
        locale: to.locale,
        template: 'objection_decided',
        params: { name: to.name, number: o.number, request: to.request, decision: DECISION_LABELS[input.decision][to.locale === 'en' ? 'en' : 'id'], body },
      });
    }
    return u!;
  });
}

/** Tells every Atasan PPID whose account is not locked that an objection waits for a decision (in the filing transaction). */
export async function notifyAtasanToDecide(t: Ctx, o: { number: string; request: string; due: string; link: string; body: string }): Promise<void> {
  for (const a of await t.db
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(sql`'atasan_ppid' = any(${users.roles})`, sql`${users.lockedAt} is null`))) {
    await enqueueMail(t, {
      to: a.email,
      toName: a.name,
      locale: a.locale,
      template: 'objection_to_decide',
      params: {
        name: a.name,
        number: o.number,
        request: o.request,
        dueDate: formatLongDate(o.due, a.locale === 'en' ? 'en' : 'id'),
        link: o.link,
        body: o.body,
      },
    });
  }
}
