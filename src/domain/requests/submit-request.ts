// Registers a request for information: validation, spam limits, the registration number, the statutory
// deadline, the first step of the case history, the audit row and the receipt email all commit together.
import { messages, bilingual, catalogueMessages } from '../../i18n/catalogue.js';
import { createHash, timingSafeEqual } from 'node:crypto';
import { and, count, eq, gt, sql } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { informationRequests, requestEvents, units, type RequestChannel } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { enqueueMail } from '../../mail/enqueue.js';
import { recordAudit } from '../audit/record-audit.js';
import { lockKeys } from '../limits/keyed-lock.js';
import { formTokenSpent, spendFormToken } from './form-tokens.js';
import { dateInZone, formatLongDate } from '../calendar/dates.js';
import { responseDeadline, serviceHours } from './deadlines.js';
import { getPublicBody } from '../org/public-body.js';
import { crossFieldIssues, ZRequestInput, type RequestInput } from './input.js';
import type { EncryptedFileValues } from '../../documents/encryption.js';
import { insertEncryptedFile } from '../classified/encrypted-files.js';
import { newTrackingCode } from './tracking-input.js';
import { DEFAULT_NUMBER_PATTERN, formatRequestNumber, nextSequence } from './numbering.js';

export type InformationRequest = typeof informationRequests.$inferSelect;

/** Submissions allowed per hour from one network address and for one email address. */
export const LIMIT_PER_IP_HOUR = 10;
export const LIMIT_PER_EMAIL_HOUR = 5;
const HOUR = 3_600_000;

const tooMany = () => new AppError('too_many_requests', 429, catalogueMessages('requests-form.submit-request.too_many_requests_were_sent'));

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Compares a token with a stored hash in constant time. */
export function tokenMatches(token: string, hash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export type SubmitOptions = {
  channel?: RequestChannel;
  /** Keyed hash of the client's address (computed by the HTTP layer, which holds the key). */
  ipHash?: string;
  /** Language of the receipt and of the emails that follow. */
  locale?: 'id' | 'en';
  /** The applicant's identity scan, already encrypted in the blob store (identity-scan.ts); its row is written with the request. */
  identityScan?: EncryptedFileValues | undefined;
  /** The web form's anti-bot token (checked by the HTTP layer): spent with the request, refused when spent before. */
  formToken?: { value: string; expiresAt: Date } | undefined;
  /** The proxy's surat kuasa, already encrypted (identity-scan.ts prepareScanFile); written with the request. */
  proxyLetter?: EncryptedFileValues | undefined;
  /** Staff intake (record-request-intake.ts): when the request was actually received, which starts the clock. */
  receivedAt?: Date | undefined;
  /** Staff intake: the officer entering the request; no per-address or per-email limit then. */
  enteredBy?: string | undefined;
  /** Staff intake: scan of the letter the request came in, already encrypted. */
  letterScan?: EncryptedFileValues | undefined;
};

export type Submitted = { request: InformationRequest; token: string; trackingUrl: string };

export function trackingUrl(baseUrl: string, number: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/permohonan/lacak?nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(token)}`;
}

/** The form's problems, field by field, without registering anything (null when there are none). */
export function requestInputProblems(raw: RequestInput): Record<string, { id: string; en: string }> | null {
  const parsed = ZRequestInput.safeParse(raw);
  if (parsed.success) return null;
  const fields: Record<string, { id: string; en: string }> = {};
  const add = (key: string, message: string) => (fields[key] ??= bilingual(message));
  for (const issue of parsed.error.issues) add(String(issue.path[0] ?? '_'), issue.message);
  for (const [key, message] of Object.entries(crossFieldIssues(raw))) add(key, message);
  return fields;
}

export async function submitRequest(ctx: Ctx, raw: RequestInput, opts: SubmitOptions = {}): Promise<Submitted> {
  authorize(ctx.actor, 'request.submit');
  // intake-gaps: a surat kuasa belongs to a request filed through a proxy.
  if (opts.proxyLetter && !String(raw.proxyName ?? '').trim()) {
    throw errors.validation({
      ...(requestInputProblems(raw) ?? {}),
      proxyName: catalogueMessages('requests-form.submit-request.power_attorney_attached_give_proxy'),
    });
  }
  return registerRequest(ctx, raw, opts);
}

/** The registration itself, for the web form and for staff intake (whose caller authorizes it). */
export async function registerRequest(ctx: Ctx, raw: RequestInput, opts: SubmitOptions = {}): Promise<Submitted> {
  const parsed = ZRequestInput.safeParse(raw);
  if (!parsed.success) throw errors.validation(requestInputProblems(raw)!);
  const input = parsed.data;
  const token = newTrackingCode();

  return inTransaction(ctx, async (t) => {
    const now = t.clock.now();
    // The statutory period runs from when the body received the request, not from when it was typed in.
    const at = opts.receivedAt ?? now;
    const since = new Date(now.getTime() - HOUR);
    // One submission at a time per address and per email, so that the counts below see each other's rows.
    await lockKeys(t.db, [opts.ipHash ? `request-ip:${opts.ipHash}` : '', input.email ? `request-email:${input.email.toLowerCase()}` : '']);
    if (opts.formToken && !(await spendFormToken(t.db, opts.formToken, now))) throw formTokenSpent();
    if (opts.ipHash && !opts.enteredBy) {
      const [n] = await t.db
        .select({ n: count() })
        .from(informationRequests)
        .where(and(eq(informationRequests.ipHash, opts.ipHash), gt(informationRequests.receivedAt, since)));
      if (n!.n >= LIMIT_PER_IP_HOUR) throw tooMany();
    }
    if (input.email && !opts.enteredBy) {
      const [n] = await t.db
        .select({ n: count() })
        .from(informationRequests)
        .where(and(sql`lower(${informationRequests.email}) = ${input.email}`, gt(informationRequests.receivedAt, since)));
      if (n!.n >= LIMIT_PER_EMAIL_HOUR) throw tooMany();
    }
    let unitId: string | null = null;
    if (input.unit) {
      const [u] = await t.db
        .select({ id: units.id })
        .from(units)
        .where(and(eq(units.code, input.unit), eq(units.active, true)));
      if (!u) throw errors.validation({ unit: messages('validation.unknown_agency') });
      unitId = u.id;
    }

    const body = await getPublicBody(t.db);
    const deadline = await responseDeadline(t, at);
    const local = dateInZone(at, (await serviceHours(t)).timeZone).date;
    const year = Number(local.slice(0, 4));
    const seq = await nextSequence(t.db, year);
    const number = formatRequestNumber(body?.requestNumberPattern ?? DEFAULT_NUMBER_PATTERN, seq, { year, month: Number(local.slice(5, 7)) });
    const identityFileId = opts.identityScan ? await insertEncryptedFile(t.db, opts.identityScan, now) : null;
    const letterScanFileId = opts.letterScan ? await insertEncryptedFile(t.db, opts.letterScan, now) : null;
    const proxyLetterFileId = opts.proxyLetter ? await insertEncryptedFile(t.db, opts.proxyLetter, now) : null;

    const [request] = await t.db
      .insert(informationRequests)
      .values({
        number,
        year,
        seq,
        trackingTokenHash: hashToken(token),
        channel: opts.channel ?? 'web',
        applicantType: input.applicantType,
        name: input.name,
        idNumber: input.idNumber,
        address: input.address,
        occupation: input.occupation,
        phone: input.phone,
        email: input.email,
        proxyName: input.proxyName,
        details: input.details,
        purpose: input.purpose,
        obtainMethod: input.obtainMethod,
        copyFormat: input.copyFormat,
        deliveryMethod: input.deliveryMethod,
        unitId,
        locale: opts.locale ?? 'id',
        receivedAt: at,
        startDate: deadline.countFrom,
        dueDate: deadline.due,
        consentAt: now,
        ipHash: opts.ipHash ?? '',
        identityFileId,
        letterScanFileId,
        proxyLetterFileId,
        enteredBy: opts.enteredBy ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await t.db.insert(requestEvents).values({ requestId: request!.id, at, kind: 'received' });
    // The audit log is read by staff: the number and the route, not the applicant's personal data.
    await recordAudit(t, {
      action: 'request.received',
      entityType: 'information_request',
      entityId: request!.id,
      after: {
        number,
        channel: request!.channel,
        applicantType: input.applicantType,
        unit: input.unit || null,
        dueDate: deadline.due,
        identityScan: !!identityFileId,
        ...(opts.enteredBy ? { enteredBy: opts.enteredBy, receivedAt: at.toISOString(), letterScan: !!letterScanFileId } : {}),
        proxyLetter: !!proxyLetterFileId,
      },
    });
    const url = trackingUrl(t.settings.baseUrl, number, token);
    if (input.email) {
      await enqueueMail(t, {
        to: input.email,
        toName: input.name,
        locale: request!.locale,
        template: 'request_received',
        params: {
          name: input.name,
          number,
          dueDate: formatLongDate(deadline.due, request!.locale === 'en' ? 'en' : 'id'),
          link: url,
          body: body?.name ?? 'PPID',
        },
        secret: encodeURIComponent(token),
      });
    }
    return { request: request!, token, trackingUrl: url };
  });
}
