// Delivers the email outbox over SMTP: claims due rows with FOR UPDATE SKIP LOCKED, sends, records the outcome.
import { catalogueMessages } from '../i18n/catalogue.js';
import { and, asc, count, desc, eq, getTableColumns, inArray, isNull, lt, lte, or } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { systemClock, type Clock } from '../clock.js';
import { inTransaction, type Ctx } from '../context.js';
import type { Db, Tx } from '../db/client.js';
import { outbox } from '../db/schema/index.js';
import { recordAudit } from '../domain/audit/record-audit.js';
import type { KeyRing } from '../documents/encryption.js';
import { errors } from '../errors.js';
import { fillSecret, openSecret } from '../mail/secret.js';
import { authorize } from '../policies/index.js';
import { isUuid } from '../shared/ids.js';

export type OutboxRow = typeof outbox.$inferSelect;
export type OutboxStatus = 'pending' | 'sent' | 'failed';
export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['pending', 'sent', 'failed'];

/** After this many failed attempts a message is marked 'failed' and waits for an administrator. */
export const MAX_ATTEMPTS = 12;
const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 60 * 60_000;
/**
 * Longer than the worst case of one send with the timeouts below (connect + greeting + socket
 * inactivity), so that a slow but live send is never taken over by another worker.
 */
export const DEFAULT_LEASE_MS = 5 * 60_000;
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };
const MAX_ERROR_LENGTH = 300;

type LogFn = (obj: Record<string, unknown>, msg?: string) => void;
/** The subset of pino's logger the worker uses. */
export type OutboxLogger = { info: LogFn; warn: LogFn; error: LogFn };

/** A transport plus what is needed to send and to keep secrets out of recorded errors. */
export type OutboxMailer = {
  transport: ReturnType<typeof createTransport>;
  mailFrom: string;
  /** Strings (SMTP user name and password) that must never appear in lastError or logs. */
  secrets: string[];
};

export function createOutboxMailer(smtpUrl: string, mailFrom: string): OutboxMailer {
  const secrets: string[] = [];
  try {
    const u = new URL(smtpUrl);
    for (const s of [u.username, u.password]) {
      if (!s) continue;
      secrets.push(s);
      const decoded = safeDecode(s);
      if (decoded !== s) secrets.push(decoded);
    }
  } catch {
    /* config validation already checked the URL; nothing to hide if it does not parse */
  }
  return { transport: createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS }), mailFrom, secrets };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Exponential backoff after the n-th failed attempt: 30 s, 1 min, 2 min, 4 min … capped at 1 h, plus up to 10 % jitter. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
  // Jitter spreads retries of many messages that failed together (an SMTP outage) over time.
  return Math.round(base * (1 + 0.1 * random()));
}

/** A short error text that is safe to store and show in the back office: no credentials, no stack. */
export function describeError(err: unknown, secrets: readonly string[] = []): string {
  const e = err as { code?: unknown; responseCode?: unknown; message?: unknown } | null;
  let text = typeof e?.message === 'string' ? e.message : String(err);
  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (code && !text.includes(code)) text = `${code}: ${text}`;
  // user:password@ in any URL
  text = text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]*@/gi, '$1***@');
  for (const s of secrets) if (s.length >= 3) text = text.split(s).join('***');
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}

/**
 * Claims up to `limit` due messages for `workerId` until now + leaseMs. Rows another worker is
 * claiming at this moment are skipped, not waited for; a lease that ran out (crashed worker) is
 * claimable again.
 */
export async function claimDue(db: Db, opts: { workerId: string; now: Date; leaseMs: number; limit: number }): Promise<OutboxRow[]> {
  const { workerId, now, leaseMs, limit } = opts;
  if (limit <= 0) return [];
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now), or(isNull(outbox.lockedUntil), lt(outbox.lockedUntil, now))))
      .orderBy(asc(outbox.nextAttemptAt), asc(outbox.createdAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    const claimed = await tx
      .update(outbox)
      .set({ lockedUntil: new Date(now.getTime() + leaseMs), lockedBy: workerId })
      .where(
        inArray(
          outbox.id,
          due.map((r) => r.id),
        ),
      )
      .returning();
    return claimed.sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime());
  });
}

export type SendOutcome = { outcome: 'sent' } | { outcome: 'retry' | 'failed'; error: string };

/**
 * Sends one claimed message and records the outcome. SMTP errors are recorded on the row, not
 * thrown; a database error while recording is thrown (the lease then runs out and the message is
 * sent again, with the same Message-ID, so that the receiving side can recognise the duplicate).
 */
export async function sendOne(
  db: Db,
  mailer: OutboxMailer,
  row: OutboxRow,
  opts: { workerId: string; clock?: Clock; random?: () => number; keys?: KeyRing | undefined },
): Promise<SendOutcome> {
  const clock = opts.clock ?? systemClock;
  let sendError: unknown;
  try {
    // The secret is put back only here, in memory, for this one send (src/mail/secret.ts).
    let subject = row.subject;
    let text = row.textBody;
    if (row.secret) {
      if (!opts.keys)
        throw new Error('rahasia pesan tidak dapat dibuka: pekerja tanpa berkas kunci / message secret cannot be opened: worker without a key file');
      const secret = openSecret(opts.keys, row.secret);
      subject = fillSecret(subject, secret);
      text = fillSecret(text, secret);
    }
    await mailer.transport.sendMail({
      from: mailer.mailFrom,
      to: row.toName ? { name: row.toName, address: row.toAddress } : row.toAddress,
      subject,
      text,
      messageId: row.messageId,
    });
  } catch (err) {
    sendError = err ?? new Error('unknown error');
  }
  const now = clock.now();
  if (sendError === undefined) {
    // Recorded even if our lease ran out meanwhile: the message did go out.
    await db.update(outbox).set({ status: 'sent', sentAt: now, lockedUntil: null, lockedBy: null, lastError: null }).where(eq(outbox.id, row.id));
    return { outcome: 'sent' };
  }
  const attempts = row.attempts + 1;
  const failed = attempts >= MAX_ATTEMPTS;
  const error = describeError(sendError, mailer.secrets);
  // Only while we still hold the claim: if it expired and another worker took the row over, its outcome counts.
  await db
    .update(outbox)
    .set({
      attempts,
      lastError: error,
      status: failed ? 'failed' : 'pending',
      nextAttemptAt: failed ? now : new Date(now.getTime() + backoffMs(attempts, opts.random)),
      lockedUntil: null,
      lockedBy: null,
    })
    .where(and(eq(outbox.id, row.id), eq(outbox.status, 'pending'), eq(outbox.lockedBy, opts.workerId)));
  return { outcome: failed ? 'failed' : 'retry', error };
}

/** Gives back the claims of this worker (at graceful shutdown), so that others need not wait for the lease. */
export async function releaseClaims(db: Db, workerId: string): Promise<number> {
  const released = await db.update(outbox).set({ lockedUntil: null, lockedBy: null }).where(eq(outbox.lockedBy, workerId)).returning({ id: outbox.id });
  return released.length;
}

/** Queues a message again at once (administrator); the attempt count is kept, so a further failure marks it failed again. */
export async function retryMessage(ctx: Ctx, id: string): Promise<OutboxRow> {
  authorize(ctx.actor, 'outbox.retry');
  if (!isUuid(id)) throw errors.notFound();
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const [before] = await tx.select().from(outbox).where(eq(outbox.id, id)).for('update');
    if (!before) throw errors.notFound();
    if (before.status === 'sent') {
      throw errors.conflict(catalogueMessages('jobs.outbox-worker.email_was_already_sent_there'));
    }
    const now = t.clock.now();
    // The lock is left alone: a worker may be sending this pending message right now.
    const [after] = await tx.update(outbox).set({ status: 'pending', nextAttemptAt: now }).where(eq(outbox.id, id)).returning();
    await recordAudit(t, {
      action: 'outbox.retried',
      entityType: 'outbox',
      entityId: id,
      before: { status: before.status, nextAttemptAt: before.nextAttemptAt },
      after: { status: after!.status, nextAttemptAt: after!.nextAttemptAt },
      details: { template: before.template, attempts: before.attempts },
    });
    return after!;
  });
}

/**
 * Sends a message again from the back office ("Kirim ulang / Resend"), so that nobody needs to read and
 * pass on its link: a pending or failed message is queued again at once (retryMessage); a sent one gets a
 * fresh copy (new Message-ID, same body and the same sealed secret) for the same recipient. Returns the id
 * of the message that will go out.
 */
export async function resendMessage(ctx: Ctx, id: string): Promise<{ id: string; copied: boolean }> {
  authorize(ctx.actor, 'outbox.retry');
  if (!isUuid(id)) throw errors.notFound();
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const [before] = await tx.select().from(outbox).where(eq(outbox.id, id)).for('update');
    if (!before) throw errors.notFound();
    if (before.status !== 'sent') return { id: (await retryMessage(t, id)).id, copied: false };
    const now = t.clock.now();
    const host = /@([^>]+)>$/.exec(before.messageId)?.[1] ?? 'localhost';
    const [copy] = await tx
      .insert(outbox)
      .values({
        messageId: `<${randomUUID()}@${host}>`,
        toAddress: before.toAddress,
        toName: before.toName,
        locale: before.locale,
        template: before.template,
        subject: before.subject,
        textBody: before.textBody,
        secret: before.secret,
        nextAttemptAt: now,
        createdAt: now,
      })
      .returning({ id: outbox.id });
    await recordAudit(t, {
      action: 'outbox.resent',
      entityType: 'outbox',
      entityId: copy!.id,
      details: { copyOf: id, template: before.template },
    });
    return { id: copy!.id, copied: true };
  });
}

/** A row as the back office lists it. The body and its sealed secret are left out. */
export type OutboxListItem = Omit<OutboxRow, 'textBody' | 'secret'>;

export async function listOutbox(
  ctx: Ctx,
  input: { status?: OutboxStatus | undefined; limit: number; offset: number },
): Promise<{ items: OutboxListItem[]; total: number; counts: Record<OutboxStatus, number> }> {
  authorize(ctx.actor, 'outbox.view');
  const limit = Math.max(1, Math.min(Math.trunc(input.limit) || 1, 500));
  const offset = Math.max(0, Math.trunc(input.offset) || 0);
  const where = input.status ? eq(outbox.status, input.status) : undefined;
  const { textBody: _body, secret: _secret, ...columns } = getTableColumns(outbox);
  const items = await ctx.db.select(columns).from(outbox).where(where).orderBy(desc(outbox.createdAt), desc(outbox.id)).limit(limit).offset(offset);
  const grouped = await ctx.db.select({ status: outbox.status, n: count() }).from(outbox).groupBy(outbox.status);
  const counts: Record<OutboxStatus, number> = { pending: 0, sent: 0, failed: 0 };
  for (const g of grouped) if ((OUTBOX_STATUSES as readonly string[]).includes(g.status)) counts[g.status as OutboxStatus] = Number(g.n);
  const total = input.status ? counts[input.status] : grouped.reduce((s, g) => s + Number(g.n), 0);
  return { items, total, counts };
}

export type OutboxWorkerOptions = {
  db: Db;
  /** Without it nothing is sent and nothing changes: mail stays pending and visible in the back office. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Opens the secrets of messages (src/mail/secret.ts); without it such messages fail to send. */
  keys: KeyRing | undefined;
  clock?: Clock;
  logger?: OutboxLogger | undefined;
  pollMs?: number;
  /** Unique per process, e.g. `${hostname}:${pid}`. */
  workerId: string;
  leaseMs?: number;
  batchSize?: number;
  /** For deterministic backoff in tests. */
  random?: () => number;
};

export type OutboxWorker = {
  /** Waits for an in-flight send to finish, then gives back this worker's claims. */
  stop(): Promise<void>;
  /** One round: claims due mail and sends it; returns how many were sent. */
  tick(): Promise<number>;
};

/** Starts polling the outbox. The first round runs after pollMs; tick() runs one at once. */
export function startOutboxWorker(opts: OutboxWorkerOptions): OutboxWorker {
  const { db, workerId, logger } = opts;
  const clock = opts.clock ?? systemClock;
  const pollMs = opts.pollMs ?? 2000;
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const batchSize = opts.batchSize ?? 20;

  if (!opts.smtpUrl) {
    logger?.info({ workerId }, 'SMTP belum dikonfigurasi (SMTP_URL): email tetap menunggu di outbox / SMTP not configured: mail stays in the outbox');
    return { tick: async () => 0, stop: async () => {} };
  }
  const mailer = createOutboxMailer(opts.smtpUrl, opts.mailFrom);

  let stopping = false;
  let stopped: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  // Rounds run one after another, whether started by the timer or by tick().
  let chain: Promise<unknown> = Promise.resolve();

  async function round(): Promise<{ sent: number; claimed: number }> {
    if (stopping) return { sent: 0, claimed: 0 };
    const rows = await claimDue(db, { workerId, now: clock.now(), leaseMs, limit: batchSize });
    let sent = 0;
    for (const row of rows) {
      // Claims not sent because of a stop are given back by stop().
      if (stopping) break;
      try {
        const r = await sendOne(db, mailer, row, { workerId, clock, keys: opts.keys, ...(opts.random ? { random: opts.random } : {}) });
        if (r.outcome === 'sent') sent++;
        else {
          const log = r.outcome === 'failed' ? logger?.error : logger?.warn;
          log?.call(logger, { outboxId: row.id, attempts: row.attempts + 1, outcome: r.outcome, err: r.error }, 'email gagal dikirim / email delivery failed');
        }
      } catch (err) {
        logger?.error({ outboxId: row.id, err: describeError(err, mailer.secrets) }, 'hasil pengiriman email tidak tercatat / email outcome not recorded');
      }
    }
    return { sent, claimed: rows.length };
  }

  function enqueueRound(): Promise<{ sent: number; claimed: number }> {
    const p = chain.then(round, round);
    chain = p.catch(() => {});
    return p;
  }

  function schedule(delay: number): void {
    if (stopping) return;
    timer = setTimeout(() => {
      timer = undefined;
      enqueueRound().then(
        // A full batch means more may be due: go on at once.
        (r) => schedule(r.claimed >= batchSize ? 0 : pollMs),
        (err: unknown) => {
          logger?.error({ workerId, err: describeError(err, mailer.secrets) }, 'putaran outbox gagal / outbox round failed');
          schedule(pollMs);
        },
      );
    }, delay);
  }
  schedule(pollMs);

  return {
    async tick() {
      return (await enqueueRound()).sent;
    },
    stop() {
      stopped ??= (async () => {
        stopping = true;
        if (timer) clearTimeout(timer);
        timer = undefined;
        await chain;
        try {
          await releaseClaims(db, workerId);
        } catch (err) {
          logger?.error({ workerId, err: describeError(err, mailer.secrets) }, 'klaim outbox tidak dapat dilepas / could not release outbox claims');
        }
        mailer.transport.close();
      })();
      return stopped;
    },
  };
}
