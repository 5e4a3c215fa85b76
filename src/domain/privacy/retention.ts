// Retention of requesters' personal data (UU 27/2022 on personal data protection: kept no longer than the
// purpose needs). A closed case whose last step is older than the retention period loses the applicant's
// personal data: name, NIK/SK number, address, occupation, phone, email, proxy, IP hash, the free-text
// fields that may hold personal data (theirs or the officers'), the identity scan, and the emails sent to
// them. Everything the statistics and the annual report count stays: dates, channel, applicant type,
// unit, outcome, Ps 17 ground, objection grounds and decisions, dispute stage and outcome.
//
// Closed means: a written notice was given, no objection is still awaiting the Atasan PPID's decision, no
// dispute at the Komisi Informasi is still open; and "last step" is the latest of the case's history, its
// notice, its objections (filed or decided) and its disputes (changed or closed).
//
// The same run anonymises the objections on ground b filed without a request (retention-ground-b.ts).
import { bilingual, messageRef, catalogueMessages } from '../../i18n/catalogue.js';
import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import {
  auditLog,
  blobs,
  disputes,
  encryptedFiles,
  informationRequests,
  objections,
  outbox,
  publicBody,
  requestDispositions,
  requestEvents,
  requestResponses,
} from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { getPublicBody } from '../org/public-body.js';
import { blobInUse as anyRowRefersTo } from '../blobs/references.js';
import { LOCK_KEYS } from '../../db/lock-keys.js';
import { ANONYMISED } from './anonymised.js';
import { anonymiseUnpublishedObjectionBatch, unpublishedObjectionsDue } from './retention-ground-b.js';

export { ANONYMISED };
export const MAX_RETENTION_YEARS = 100;
/** Cases per transaction: a run over years of requests never holds one huge transaction. */
const BATCH = 200;

export const ZRetention = z.object({
  years: z
    .string()
    .trim()
    .refine((s) => s === '' || (/^\d{1,3}$/.test(s) && Number(s) >= 1 && Number(s) <= MAX_RETENTION_YEARS), {
      message: messageRef('privacy.retention_years_whole_number'),
    })
    .transform((s) => (s === '' ? null : Number(s))),
});

/** `now` minus whole years: the instant before which a case's last step must lie. */
export function retentionCutoff(now: Date, years: number): Date {
  const c = new Date(now.getTime());
  c.setUTCFullYear(c.getUTCFullYear() - years);
  return c;
}

/** The latest moment anything happened on the request (see the file's comment). */
const lastStep = sql<Date>`greatest(
  (select max(e.at) from request_events e where e.request_id = ${informationRequests.id}),
  (select max(rr.created_at) from request_responses rr where rr.request_id = ${informationRequests.id}),
  (select max(greatest(o.received_at, o.decided_at)) from objections o where o.request_id = ${informationRequests.id}),
  (select max(greatest(d.updated_at, d.closed_at)) from disputes d where d.request_id = ${informationRequests.id})
)`;

/** Closed cases, not yet anonymised, whose last step is before the cutoff. */
function closedBefore(cutoff: Date): SQL {
  return and(
    isNull(informationRequests.anonymisedAt),
    sql`exists (select 1 from request_responses rr where rr.request_id = ${informationRequests.id})`,
    sql`not exists (select 1 from objections o where o.request_id = ${informationRequests.id} and o.status <> 'decided')`,
    sql`not exists (select 1 from disputes d where d.request_id = ${informationRequests.id} and d.closed_at is null)`,
    sql`${lastStep} < ${cutoff.toISOString()}::timestamptz`,
  )!;
}

export type AnonymiseResult = {
  olderThanYears: number;
  cutoff: Date;
  dryRun: boolean;
  /** Request numbers (never names) of the cases anonymised, or that would be in a dry run. */
  numbers: string[];
  /** Numbers of the objections on ground b without a request anonymised, or that would be in a dry run. */
  objectionNumbers: string[];
  identityScans: number;
  emailsDeleted: number;
  /** Blobs of identity scans that could not be deleted from the store (the rows are gone; see the log). */
  blobsNotDeleted: string[];
  /** Another run held the lock: nothing was done. */
  busy: boolean;
};

export function parseYears(raw: unknown): number {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,3}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_RETENTION_YEARS) {
    throw new AppError('validation_failed', 422, catalogueMessages('privacy.retention.number_years_must_whole_number', { MAX_RETENTION_YEARS }));
  }
  return n;
}

/** Anonymises closed cases older than `olderThanYears`; with `dryRun`, only says which (and writes nothing). */
export async function anonymiseClosedRequests(ctx: Ctx, opts: { olderThanYears: number; dryRun?: boolean }): Promise<AnonymiseResult> {
  authorize(ctx.actor, 'request.anonymise');
  const olderThanYears = parseYears(opts.olderThanYears);
  const cutoff = retentionCutoff(ctx.clock.now(), olderThanYears);
  const result: AnonymiseResult = {
    olderThanYears,
    cutoff,
    dryRun: !!opts.dryRun,
    numbers: [],
    objectionNumbers: [],
    identityScans: 0,
    emailsDeleted: 0,
    blobsNotDeleted: [],
    busy: false,
  };
  if (opts.dryRun) {
    const rows = await ctx.db
      .select({ number: informationRequests.number, scan: informationRequests.identityFileId })
      .from(informationRequests)
      .where(closedBefore(cutoff))
      .orderBy(informationRequests.receivedAt);
    result.numbers = rows.map((r) => r.number);
    result.identityScans = rows.filter((r) => r.scan).length;
    result.objectionNumbers = await unpublishedObjectionsDue(ctx, cutoff);
    return result;
  }
  for (;;) {
    const batch = await inTransaction(ctx, (t) => anonymiseBatch(t, cutoff, olderThanYears));
    if (batch === 'busy') {
      result.busy = true;
      break;
    }
    result.numbers.push(...batch.numbers);
    result.identityScans += batch.scans.length;
    result.emailsDeleted += batch.emailsDeleted;
    // The rows are gone with the transaction; the ciphertext goes now, unless something else still uses it.
    for (const sha of batch.scans) {
      try {
        if (!(await blobInUse(ctx.db, sha))) await ctx.blobs.remove(sha);
      } catch {
        result.blobsNotDeleted.push(sha);
      }
    }
    if (batch.numbers.length < BATCH) break;
  }
  // Then the objections on ground b without a request, under the same lock, in batches of their own.
  while (!result.busy) {
    const batch = await inTransaction(ctx, async (t) =>
      (await tryRetentionLock(t)) ? anonymiseUnpublishedObjectionBatch(t, cutoff, olderThanYears, BATCH) : ('busy' as const),
    );
    if (batch === 'busy') {
      result.busy = true;
      break;
    }
    result.objectionNumbers.push(...batch.numbers);
    result.emailsDeleted += batch.emailsDeleted;
    if (batch.numbers.length < BATCH) break;
  }
  return result;
}

/** One retention run at a time across instances: the transaction's advisory try-lock (released at its end). */
async function tryRetentionLock(t: Ctx): Promise<boolean> {
  const lock = await t.db.execute(sql`select pg_try_advisory_xact_lock(${LOCK_KEYS.anonymise}) as ok`);
  return !!(lock.rows[0] as { ok: boolean } | undefined)?.ok;
}

async function anonymiseBatch(t: Ctx, cutoff: Date, years: number): Promise<'busy' | { numbers: string[]; scans: string[]; emailsDeleted: number }> {
  if (!(await tryRetentionLock(t))) return 'busy';
  const rows = await t.db
    .select({
      id: informationRequests.id,
      number: informationRequests.number,
      email: informationRequests.email,
      scan: informationRequests.identityFileId,
    })
    .from(informationRequests)
    .where(closedBefore(cutoff))
    .orderBy(informationRequests.receivedAt)
    .limit(BATCH)
    .for('update', { of: informationRequests, skipLocked: true });
  if (!rows.length) return { numbers: [], scans: [], emailsDeleted: 0 };
  const ids = rows.map((r) => r.id);
  const now = t.clock.now();
  const M = ANONYMISED;
  const ifSet = (col: SQL | unknown) => sql`case when ${col} <> '' then ${M} else '' end`;

  await t.db
    .update(informationRequests)
    .set({
      name: M,
      idNumber: M,
      address: M,
      occupation: ifSet(informationRequests.occupation),
      phone: ifSet(informationRequests.phone),
      // Empty, not a marker: code that mails the applicant checks for an address.
      email: '',
      proxyName: ifSet(informationRequests.proxyName),
      details: M,
      purpose: M,
      extensionReason: sql`case when ${informationRequests.extensionReason} is not null then ${M} end`,
      ipHash: '',
      identityFileId: null,
      status: 'closed',
      closedAt: sql`coalesce(${informationRequests.closedAt}, ${lastStep})`,
      anonymisedAt: now,
      updatedAt: now,
    })
    .where(inArray(informationRequests.id, ids));
  await t.db
    .update(requestResponses)
    .set({
      materialGiven: ifSet(requestResponses.materialGiven),
      materialWithheld: ifSet(requestResponses.materialWithheld),
      reason: ifSet(requestResponses.reason),
      consequence: ifSet(requestResponses.consequence),
      internalNote: ifSet(requestResponses.internalNote),
    })
    .where(inArray(requestResponses.requestId, ids));
  await t.db
    .update(requestDispositions)
    .set({ instruction: M, answerNote: ifSet(requestDispositions.answerNote) })
    .where(inArray(requestDispositions.requestId, ids));
  await t.db
    .update(objections)
    .set({ caseSummary: M, proxyName: ifSet(objections.proxyName), reasons: ifSet(objections.reasons), followUp: ifSet(objections.followUp), updatedAt: now })
    .where(inArray(objections.requestId, ids));
  await t.db
    .update(disputes)
    .set({
      // Hearing dates stay (they are steps of the case); what was said at them goes.
      hearings: sql`(select coalesce(jsonb_agg(jsonb_build_object('date', h->>'date', 'note', case when coalesce(h->>'note', '') <> '' then ${M} else '' end)), '[]'::jsonb) from jsonb_array_elements(${disputes.hearings}) h)`,
      mediationResult: ifSet(disputes.mediationResult),
      ruling: ifSet(disputes.ruling),
      followUp: ifSet(disputes.followUp),
      updatedAt: now,
    })
    .where(inArray(disputes.requestId, ids));
  // The copies of the emails sent to the applicant about this case (they hold the name and the tracking link).
  let emailsDeleted = 0;
  for (const r of rows.filter((x) => x.email)) {
    const gone = await t.db
      .delete(outbox)
      .where(and(sql`lower(${outbox.toAddress}) = ${r.email.toLowerCase()}`, sql`position(${r.number} in ${outbox.textBody}) > 0`))
      .returning({ id: outbox.id });
    emailsDeleted += gone.length;
  }
  const scanIds = rows.map((r) => r.scan).filter((x): x is string => !!x);
  const scans = scanIds.length
    ? (await t.db.delete(encryptedFiles).where(inArray(encryptedFiles.id, scanIds)).returning({ sha: encryptedFiles.blobSha256 })).map((x) => x.sha)
    : [];
  await t.db.insert(requestEvents).values(
    ids.map((requestId) => ({
      requestId,
      at: now,
      kind: 'note' as const,
      publicNote: `Data pribadi pemohon dihapus sesuai jangka waktu penyimpanan (${years} tahun sejak langkah terakhir).`,
    })),
  );
  // Numbers and counts only: the log must not keep what was just removed.
  await recordAudit(t, {
    action: 'request.anonymised',
    entityType: 'information_request',
    entityId: null,
    details: {
      olderThanYears: years,
      cutoff: cutoff.toISOString(),
      count: rows.length,
      numbers: rows.map((r) => r.number),
      identityScans: scans.length,
      emailsDeleted,
    },
  });
  return { numbers: rows.map((r) => r.number), scans, emailsDeleted };
}

/** Whether any row still refers to a blob (the store is content-addressed: one blob may serve several). */
async function blobInUse(db: DbOrTx, sha: string): Promise<boolean> {
  if (await anyRowRefersTo(db, sha)) return true;
  // Its metadata row goes with it when nothing else uses it.
  await db.delete(blobs).where(eq(blobs.sha256, sha));
  return false;
}

/** The body's retention setting (null: kept until someone decides). */
export async function setRequestRetention(ctx: Ctx, raw: { years: string }): Promise<number | null> {
  authorize(ctx.actor, 'org.manage');
  const parsed = ZRetention.safeParse(raw);
  if (!parsed.success) {
    const m = parsed.error.issues[0]!.message;
    throw errors.validation({ years: bilingual(m) });
  }
  const years = parsed.data.years;
  await inTransaction(ctx, async (t) => {
    const body = await getPublicBody(t.db);
    if (!body) throw new AppError('no_public_body', 409, catalogueMessages('privacy.retention.fill_public_body_profile_first'));
    await t.db.update(publicBody).set({ requestRetentionYears: years, updatedAt: t.clock.now() }).where(eq(publicBody.id, 1));
    await recordAudit(t, {
      action: 'org.retention_changed',
      entityType: 'public_body',
      entityId: '1',
      before: { requestRetentionYears: body.requestRetentionYears },
      after: { requestRetentionYears: years },
    });
  });
  return years;
}

export type RetentionStatus = {
  years: number | null;
  /** Closed cases the next run would anonymise, ground-b objections without a request included (only when a period is set). */
  due: number | null;
  lastRun: { at: Date; count: number } | null;
};

export async function retentionStatus(ctx: Ctx): Promise<RetentionStatus> {
  authorize(ctx.actor, 'org.manage');
  const years = (await getPublicBody(ctx.db))?.requestRetentionYears ?? null;
  let due: number | null = null;
  if (years) {
    const cutoff = retentionCutoff(ctx.clock.now(), years);
    const [n] = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(informationRequests)
      .where(closedBefore(cutoff));
    due = Number(n?.n ?? 0) + (await unpublishedObjectionsDue(ctx, cutoff)).length;
  }
  const [last] = await ctx.db
    .select({ at: auditLog.at, summary: auditLog.summary })
    .from(auditLog)
    .where(inArray(auditLog.action, ['request.anonymised', 'objection.anonymised']))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const count = Number((last?.summary as { details?: { count?: number } } | undefined)?.details?.count ?? 0);
  return { years, due, lastRun: last ? { at: last.at, count } : null };
}
