// An objection on ground b of UU KIP Ps 35(1) filed WITHOUT a request: information the body must publish
// (berkala Ps 9, serta-merta Ps 10, setiap saat Ps 11) was not published. The objection carries its own
// applicant and a description of the missing information; the same gapless numbering, the same 30 working
// days for the Atasan PPID (Ps 36(2)), and a tracking code whose hash is kept (as for requests). The public
// form is rate-limited per network address and per email, as the request form is (submit-request.ts).
import { messageRef, bilingual, catalogueMessages } from '../../i18n/catalogue.js';
import { and, count, eq, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import { objectionCounters, objections, units } from '../../db/schema/index.js';
import type { RequestChannel } from '../../db/schema/requests.js';
import type { EncryptedFileValues } from '../../documents/encryption.js';
import { AppError, errors, type Messages } from '../../errors.js';
import { enqueueMail } from '../../mail/enqueue.js';
import { recordAudit } from '../audit/record-audit.js';
import { dateInZone, formatLongDate } from '../calendar/dates.js';
import { computeDeadline } from '../calendar/load-calendar.js';
import { SUPERIOR_RESPONSE_WORKING_DAYS } from '../calendar/periods.js';
import { receiptDate } from '../calendar/working-days.js';
import { insertEncryptedFile } from '../classified/encrypted-files.js';
import { lockKeys } from '../limits/keyed-lock.js';
import { getPublicBody } from '../org/public-body.js';
import { serviceHours } from '../requests/deadlines.js';
import { formatRequestNumber, nextSequence, OBJECTION_NUMBER_PATTERN } from '../requests/numbering.js';
import { hashToken, type InformationRequest } from '../requests/submit-request.js';
import { newTrackingCode } from '../requests/tracking-input.js';
import { notifyAtasanToDecide, type Objection } from './objections.js';

export const GROUND_B = 'berkala_tidak_disediakan' as const;

/** Web objections without a request allowed per hour from one network address and for one email address. */
export const UNPUBLISHED_LIMIT_PER_IP_HOUR = 5;
export const UNPUBLISHED_LIMIT_PER_EMAIL_HOUR = 3;
const HOUR = 3_600_000;

const tooMany = () => new AppError('too_many_requests', 429, catalogueMessages('objections.file-unpublished-objection.too_many_objections_were_sent'));

export const M_ONLY_GROUND_B = messageRef('objections.without_request_number_objection_only_filed');
const M_NAME = messageRef('objections.enter_applicant_s_name_least_3');
const M_ADDRESS = messageRef('objections.enter_applicant_s_address');
const M_CONTACT = messageRef('objections.enter_email_address_phone_number_so');
const M_EMAIL = messageRef('objections.email_address_not_valid');
const M_NIK = messageRef('requests-form.nik_has_16_digits_identity_card');
const M_INFO = messageRef('objections.describe_information_published_but_not_least');
const M_UNIT = messageRef('objections.unknown_unit');

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: messageRef('validation.at_most_characters', { max }) });

export const ZUnpublishedObjection = z
  .object({
    grounds: z.array(z.string()).default([GROUND_B]),
    name: z
      .string({ message: M_NAME })
      .trim()
      .min(3, { message: M_NAME })
      .max(200, { message: messageRef('validation.most_200_characters') }),
    idNumber: text(40)
      .default('')
      .transform((s) => s.replace(/[\s.-]/g, ''))
      .refine((s) => s === '' || /^\d{16}$/.test(s), { message: M_NIK }),
    address: z
      .string({ message: M_ADDRESS })
      .trim()
      .min(3, { message: M_ADDRESS })
      .max(500, { message: messageRef('validation.most_500_characters') }),
    phone: text(40).default(''),
    email: text(200)
      .default('')
      .refine((s) => s === '' || z.email().safeParse(s).success, { message: M_EMAIL }),
    unpublishedInformation: z
      .string({ message: M_INFO })
      .trim()
      .min(10, { message: M_INFO })
      .max(4000, { message: messageRef('requests-case.most_4000_characters') }),
    unitId: z.preprocess((v) => (v === '' ? undefined : v), z.uuid({ message: M_UNIT }).optional()),
    caseSummary: z
      .string({ message: messageRef('objections.describe_what_happened_least_20_characters') })
      .trim()
      .min(20, { message: messageRef('objections.describe_what_happened_least_20_characters') })
      .max(4000, { message: messageRef('requests-case.most_4000_characters') }),
    proxyName: text(200).default(''),
    locale: z.enum(['id', 'en']).default('id'),
  })
  // Other grounds concern the handling of a request, so they need one (Ps 35(1) a, c–g).
  .refine((v) => v.grounds.length === 1 && v.grounds[0] === GROUND_B, { message: M_ONLY_GROUND_B, path: ['grounds'] })
  .refine((v) => v.email !== '' || v.phone !== '', { message: M_CONTACT, path: ['phone'] });
export type UnpublishedObjectionInput = z.input<typeof ZUnpublishedObjection>;

export function unpublishedProblems(raw: unknown): Record<string, Messages> {
  const parsed = ZUnpublishedObjection.safeParse(raw);
  const out: Record<string, Messages> = {};
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      out[String(i.path[0] ?? '_')] ??= bilingual(i.message);
    }
  }
  return out;
}

export type UnpublishedIntake = {
  receivedAt?: Date | undefined;
  channel?: RequestChannel | undefined;
  enteredBy?: string | undefined;
  letterScan?: EncryptedFileValues | undefined;
  proxyLetter?: EncryptedFileValues | undefined;
  /** Web form: keyed hash of the client's address (computed by the HTTP layer), for the per-address limit. */
  ipHash?: string | undefined;
};

/** Files it (web or staff intake): validated, numbered, due in 30 working days, sent to the Atasan PPID. Returns the code once. */
export async function fileUnpublishedObjection(
  ctx: Ctx,
  raw: UnpublishedObjectionInput,
  opts: UnpublishedIntake = {},
): Promise<{ objection: Objection; code: string }> {
  const parsed = ZUnpublishedObjection.safeParse(raw);
  if (!parsed.success) throw errors.validation(unpublishedProblems(raw));
  const input = parsed.data;
  return inTransaction(ctx, async (t) => {
    if (input.unitId && !(await t.db.select({ id: units.id }).from(units).where(eq(units.id, input.unitId))).length) {
      throw errors.validation({ unitId: bilingual(M_UNIT) });
    }
    const now = t.clock.now();
    // Staff intake is not limited; the web form is, per address and per email, one submission at a time per key
    // so that the counts see each other's rows (as for requests).
    if (!opts.enteredBy) {
      const since = new Date(now.getTime() - HOUR);
      const email = input.email.toLowerCase();
      await lockKeys(t.db, [opts.ipHash ? `objection-ip:${opts.ipHash}` : '', email ? `objection-email:${email}` : '']);
      if (opts.ipHash) {
        const [n] = await t.db
          .select({ n: count() })
          .from(objections)
          .where(and(eq(objections.ipHash, opts.ipHash), gt(objections.createdAt, since)));
        if (n!.n >= UNPUBLISHED_LIMIT_PER_IP_HOUR) throw tooMany();
      }
      if (email) {
        const [n] = await t.db
          .select({ n: count() })
          .from(objections)
          .where(and(sql`lower(${objections.applicantEmail}) = ${email}`, gt(objections.createdAt, since)));
        if (n!.n >= UNPUBLISHED_LIMIT_PER_EMAIL_HOUR) throw tooMany();
      }
    }
    const hours = await serviceHours(t);
    const at = opts.receivedAt ?? now;
    const today = dateInZone(at, hours.timeZone).date;
    const due = await computeDeadline(t, receiptDate(at, hours), SUPERIOR_RESPONSE_WORKING_DAYS);
    const letterScanFileId = opts.letterScan ? await insertEncryptedFile(t.db, opts.letterScan, now) : null;
    const proxyLetterFileId = opts.proxyLetter ? await insertEncryptedFile(t.db, opts.proxyLetter, now) : null;
    const year = Number(today.slice(0, 4));
    const seq = await nextSequence(t.db, year, objectionCounters);
    const number = formatRequestNumber(OBJECTION_NUMBER_PATTERN, seq, { year, month: Number(today.slice(5, 7)) });
    const code = newTrackingCode();
    const [o] = await t.db
      .insert(objections)
      .values({
        number,
        year,
        seq,
        requestId: null,
        grounds: [GROUND_B],
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
        applicantName: input.name,
        applicantIdNumber: input.idNumber,
        applicantAddress: input.address,
        applicantPhone: input.phone,
        applicantEmail: input.email,
        locale: input.locale,
        unpublishedInformation: input.unpublishedInformation,
        unitId: input.unitId ?? null,
        trackingTokenHash: hashToken(code),
        ipHash: opts.enteredBy ? '' : (opts.ipHash ?? ''),
      })
      .returning();
    // No personal data in the audit trail: the number, the ground, the period and how it came in.
    await recordAudit(t, {
      action: 'objection.filed',
      entityType: 'objection',
      entityId: o!.id,
      after: {
        number,
        request: null,
        grounds: [GROUND_B],
        dueDate: due.due,
        channel: opts.channel ?? 'web',
        ...(opts.enteredBy ? { enteredBy: opts.enteredBy, receivedAt: at.toISOString(), letterScan: !!letterScanFileId } : {}),
        proxyLetter: !!proxyLetterFileId,
      },
    });
    const body = (await getPublicBody(t.db))?.name ?? 'PPID';
    const base = t.settings.baseUrl.replace(/\/+$/, '');
    if (input.email) {
      await enqueueMail(t, {
        to: input.email,
        toName: input.name,
        locale: input.locale,
        template: 'objection_received',
        params: {
          name: input.name,
          number,
          request: '',
          dueDate: formatLongDate(due.due, input.locale),
          link: `${base}/permohonan/lacak?nomor=${encodeURIComponent(number)}`,
          body,
        },
      });
    }
    await notifyAtasanToDecide(t, { number, request: '', due: due.due, link: `${base}/admin/keberatan/${o!.id}`, body });
    return { objection: o!, code };
  });
}

/** What the letter and the back office show of the case: the request's, or the objection's own (ground b). */
export type ObjectionSubject = Pick<InformationRequest, 'name' | 'address' | 'phone' | 'email' | 'number' | 'details' | 'purpose'>;
export function objectionSubject(o: Objection, r: InformationRequest | null): ObjectionSubject {
  if (r) return r;
  return {
    name: o.applicantName,
    address: o.applicantAddress,
    phone: o.applicantPhone,
    email: o.applicantEmail,
    number: '',
    details: o.unpublishedInformation,
    purpose: '',
  };
}
