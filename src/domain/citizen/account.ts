// The optional citizen account (no password): an emailed one-time sign-in link (hashed, 30 minutes, single
// use, rate-limited per address and per email, the same answer whether or not the email has requests) that
// opens a session of its own, listing the requests filed with that email address, and the objections on
// ground b (Ps 35(1)b) filed without a request with that address.
import { messageRef, bilingual, catalogueMessages } from '../../i18n/catalogue.js';
import { and, count, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import {
  citizenSessions,
  citizenSignInLinks,
  informationRequests,
  objections,
  requestResponses,
  type RequestOutcome,
  type RequestStatus,
} from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { enqueueMail } from '../../mail/enqueue.js';
import { can } from '../../policies/index.js';
import { newToken, sha256 } from '../accounts/tokens.js';
import { lockKeys } from '../limits/keyed-lock.js';
import { recordAudit } from '../audit/record-audit.js';
import { getPublicBody } from '../org/public-body.js';
import type { InformationRequest } from '../requests/submit-request.js';
import type { Objection } from '../objections/objections.js';

export const LINK_MINUTES = 30;
export const LINKS_PER_EMAIL_HOUR = 3;
export const LINKS_PER_IP_HOUR = 10;
export const CITIZEN_SESSION_HOURS = 12;
const HOUR = 3_600_000;

export const ZCitizenEmail = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { message: messageRef('validation.email_required') })
    .max(254, { message: messageRef('validation.not_valid_email_address') })
    .email({ message: messageRef('validation.not_valid_email_address') }),
});

const tooMany = () => new AppError('too_many_requests', 429, catalogueMessages('citizen.account.too_many_sign_links_were'));

const invalidLink = () => new AppError('invalid_link', 400, catalogueMessages('citizen.account.sign_link_no_longer_valid'));

/**
 * Asks for a sign-in link. Always the same outcome for the caller: the link is mailed only when the address
 * has requests, but a row is written either way, so that the limits count the same.
 */
export async function requestSignInLink(ctx: Ctx, raw: { email: string }, opts: { ipHash: string; locale: 'id' | 'en' }): Promise<void> {
  const parsed = ZCitizenEmail.safeParse(raw);
  if (!parsed.success) {
    const m = parsed.error.issues[0]!.message;
    throw errors.validation({ email: bilingual(m) });
  }
  const email = parsed.data.email;
  await inTransaction(ctx, async (t) => {
    const now = t.clock.now();
    const since = new Date(now.getTime() - HOUR);
    // One ask at a time per email and per address, so that the counts below see each other's rows.
    await lockKeys(t.db, [`citizen-link-email:${email}`, opts.ipHash ? `citizen-link-ip:${opts.ipHash}` : '']);
    const [byEmail] = await t.db
      .select({ n: count() })
      .from(citizenSignInLinks)
      .where(and(eq(citizenSignInLinks.email, email), gt(citizenSignInLinks.createdAt, since)));
    if (byEmail!.n >= LINKS_PER_EMAIL_HOUR) throw tooMany();
    if (opts.ipHash) {
      const [byIp] = await t.db
        .select({ n: count() })
        .from(citizenSignInLinks)
        .where(and(eq(citizenSignInLinks.ipHash, opts.ipHash), gt(citizenSignInLinks.createdAt, since)));
      if (byIp!.n >= LINKS_PER_IP_HOUR) throw tooMany();
    }
    const [known] = await t.db
      .select({ n: count() })
      .from(informationRequests)
      .where(and(sql`lower(${informationRequests.email}) = ${email}`, isNull(informationRequests.anonymisedAt)));
    // An objection on ground b filed without a request, with this address, is the applicant's too.
    const [knownObjections] = await t.db
      .select({ n: count() })
      .from(objections)
      .where(and(isNull(objections.requestId), isNull(objections.anonymisedAt), sql`lower(${objections.applicantEmail}) = ${email}`));
    const mailed = known!.n + knownObjections!.n > 0;
    const token = newToken();
    const tokenHash = sha256(token);
    await t.db
      .insert(citizenSignInLinks)
      .values({ tokenHash, email, ipHash: opts.ipHash, mailed, createdAt: now, expiresAt: new Date(now.getTime() + LINK_MINUTES * 60_000) });
    if (mailed) {
      const body = (await getPublicBody(t.db))?.name ?? 'PPID';
      await enqueueMail(t, {
        to: email,
        locale: opts.locale,
        template: 'citizen_sign_in',
        params: { link: `${t.settings.baseUrl.replace(/\/+$/, '')}/akun/masuk/${token}`, minutes: LINK_MINUTES, body },
        secret: token,
      });
    }
    // An opaque id, never the address: the audit log is read by staff.
    await recordAudit(t, { action: 'citizen.sign_in_link', entityType: 'citizen_link', entityId: tokenHash.slice(0, 16), details: { mailed } });
  });
}

/** Whether a sign-in link can still be used (for the page that asks to confirm it). */
export async function signInLinkUsable(ctx: Ctx, token: string): Promise<boolean> {
  if (!token || token.length > 100) return false;
  const [row] = await ctx.db
    .select({ h: citizenSignInLinks.tokenHash })
    .from(citizenSignInLinks)
    .where(and(eq(citizenSignInLinks.tokenHash, sha256(token)), isNull(citizenSignInLinks.usedAt), gt(citizenSignInLinks.expiresAt, ctx.clock.now())));
  return !!row;
}

/** Uses the link (once) and opens a citizen session; returns the session's cookie token. */
export async function confirmSignIn(ctx: Ctx, token: string, opts: { previousToken?: string | null } = {}): Promise<string> {
  if (!token || token.length > 100) throw invalidLink();
  return inTransaction(ctx, async (t) => {
    const now = t.clock.now();
    const [used] = await t.db
      .update(citizenSignInLinks)
      .set({ usedAt: now })
      .where(and(eq(citizenSignInLinks.tokenHash, sha256(token)), isNull(citizenSignInLinks.usedAt), gt(citizenSignInLinks.expiresAt, now)))
      .returning({ email: citizenSignInLinks.email, mailed: citizenSignInLinks.mailed });
    if (!used || !used.mailed) throw invalidLink();
    // A new session id at every sign-in: a session planted before it is worth nothing after.
    if (opts.previousToken) await t.db.delete(citizenSessions).where(eq(citizenSessions.id, sha256(opts.previousToken)));
    const sessionToken = newToken();
    const id = sha256(sessionToken);
    await t.db.insert(citizenSessions).values({ id, email: used.email, createdAt: now, expiresAt: new Date(now.getTime() + CITIZEN_SESSION_HOURS * HOUR) });
    await recordAudit(t, { action: 'citizen.signed_in', entityType: 'citizen_session', entityId: id.slice(0, 16) });
    return sessionToken;
  });
}

export type CitizenSession = { id: string; email: string };

export async function resolveCitizenSession(ctx: Pick<Ctx, 'db' | 'clock'>, token: string): Promise<CitizenSession | null> {
  if (token.length < 20 || token.length > 100) return null;
  const [row] = await ctx.db
    .select({ id: citizenSessions.id, email: citizenSessions.email })
    .from(citizenSessions)
    .where(and(eq(citizenSessions.id, sha256(token)), gt(citizenSessions.expiresAt, ctx.clock.now())));
  return row ?? null;
}

export async function signOutCitizen(ctx: Ctx, token: string): Promise<void> {
  await ctx.db.delete(citizenSessions).where(eq(citizenSessions.id, sha256(token)));
}

/** Expired sessions, and links past the hour the limits look back on. */
export async function purgeCitizenSignIns(ctx: Pick<Ctx, 'db' | 'clock'>): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.delete(citizenSessions).where(lt(citizenSessions.expiresAt, now));
  await ctx.db
    .delete(citizenSignInLinks)
    .where(or(lt(citizenSignInLinks.createdAt, new Date(now.getTime() - 24 * HOUR)), lt(citizenSignInLinks.expiresAt, new Date(now.getTime() - 24 * HOUR))));
}

export type OwnRequestRow = {
  id: string;
  number: string;
  status: RequestStatus;
  receivedAt: Date;
  dueDate: string;
  extended: boolean;
  outcome: RequestOutcome | null;
  noticeDate: string | null;
  openObjections: number;
};

/** The requests filed with the signed-in email, newest first (anonymised ones are no longer anybody's). */
export async function listOwnRequests(ctx: Ctx, session: CitizenSession): Promise<OwnRequestRow[]> {
  const rows = await ctx.db
    .select({
      id: informationRequests.id,
      number: informationRequests.number,
      status: informationRequests.status,
      receivedAt: informationRequests.receivedAt,
      dueDate: informationRequests.dueDate,
      extended: sql<boolean>`${informationRequests.extendedAt} is not null`,
      outcome: requestResponses.outcome,
      noticeDate: requestResponses.noticeDate,
      openObjections: sql<number>`(select count(*)::int from ${objections} o where o.request_id = ${informationRequests.id} and o.status <> 'decided')`,
    })
    .from(informationRequests)
    .leftJoin(requestResponses, eq(requestResponses.requestId, informationRequests.id))
    .where(and(sql`lower(${informationRequests.email}) = ${session.email}`, isNull(informationRequests.anonymisedAt)))
    .orderBy(desc(informationRequests.receivedAt));
  return rows.map((r) => ({ ...r, extended: !!r.extended, openObjections: Number(r.openObjections) }));
}

export type OwnUnpublishedObjectionRow = Pick<Objection, 'id' | 'number' | 'status' | 'receivedAt' | 'dueDate' | 'decision' | 'decidedAt'>;

/** The objections on ground b filed without a request with the signed-in email, newest first. */
export async function listOwnUnpublishedObjections(ctx: Ctx, session: CitizenSession): Promise<OwnUnpublishedObjectionRow[]> {
  return ctx.db
    .select({
      id: objections.id,
      number: objections.number,
      status: objections.status,
      receivedAt: objections.receivedAt,
      dueDate: objections.dueDate,
      decision: objections.decision,
      decidedAt: objections.decidedAt,
    })
    .from(objections)
    .where(and(isNull(objections.requestId), isNull(objections.anonymisedAt), sql`lower(${objections.applicantEmail}) = ${session.email}`))
    .orderBy(desc(objections.receivedAt));
}

/** One of the signed-in applicant's objections without a request; any other id answers as unknown (404). */
export async function openOwnUnpublishedObjection(ctx: Ctx, session: CitizenSession, id: string): Promise<Objection> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw errors.notFound();
  const [o] = await ctx.db.select().from(objections).where(eq(objections.id, id));
  const mine = !!o && o.requestId === null && !o.anonymisedAt && o.applicantEmail !== '' && o.applicantEmail.toLowerCase() === session.email;
  if (!can(ctx.actor, 'request.track', { signedInApplicant: mine })) throw errors.notFound();
  return o!;
}

/** One of the signed-in applicant's requests; any other id answers as unknown (404). */
export async function openOwnRequest(ctx: Ctx, session: CitizenSession, id: string): Promise<InformationRequest> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw errors.notFound();
  const [r] = await ctx.db.select().from(informationRequests).where(eq(informationRequests.id, id));
  const mine = !!r && !r.anonymisedAt && r.email !== '' && r.email.toLowerCase() === session.email;
  if (!can(ctx.actor, 'request.track', { signedInApplicant: mine })) throw errors.notFound();
  return r!;
}
