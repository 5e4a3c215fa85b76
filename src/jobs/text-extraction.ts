// Extracts the text of attached DIP documents in the background, so that published documents become
// searchable: claims pending documents (FOR UPDATE SKIP LOCKED plus a lease), one sha256 at a time
// for all rows that share it, retries with backoff, and refreshes the public search row.
//
// The retry state is in columns of dip_documents (migration 0028): text_attempts, text_next_attempt_at (the
// backoff's end, or the claim's lease), text_claimed_by and text_last_error; text_error holds only the reason
// a document has no text. publicTextError() gives what people should see.
import { findPersonalData } from '../documents/redact.js';
import { hostname } from 'node:os';
import { and, asc, eq, inArray, isNull, lte, notInArray, or, sql } from 'drizzle-orm';
import { systemClock, type Clock } from '../clock.js';
import type { Db, Tx } from '../db/client.js';
import { dipDocuments, dipEntries } from '../db/schema/index.js';
import type { BlobStore } from '../documents/blob-store.js';
import type { Extraction, OcrTools } from '../documents/extract.js';
import { FILE_ERROR_CODES, FILE_LIMITS } from '../documents/file-limits.js';
import { runFileJob } from '../documents/sandbox.js';
import { AppError } from '../errors.js';
import { refreshSearchRow } from '../domain/dip/search-row.js';
import { describeError } from './outbox-worker.js';
import { LOCK_KEYS } from '../db/lock-keys.js';

export { publicTextError } from '../domain/dip/text-status.js';

/** After this many failed attempts a document is marked 'failed'. */
export const MAX_TEXT_ATTEMPTS = 4;
/** Longer than the slowest extraction we allow (EXTRACT_TIMEOUT_MS), so a live one is never taken over. */
export const DEFAULT_TEXT_LEASE_MS = 15 * 60_000;
/** The file sandbox stops an extraction after FILE_LIMITS.extractMs; this is the worker's own backstop. */
export const EXTRACT_TIMEOUT_MS = FILE_LIMITS.extractMs + 60_000;
const BASE_BACKOFF_MS = 60_000;
const MAX_BACKOFF_MS = 6 * 3600_000;

type LogFn = (obj: Record<string, unknown>, msg?: string) => void;
export type TextWorkerLogger = { info: LogFn; warn: LogFn; error: LogFn };

// --- reasons --------------------------------------------------------------------------------------------------

/** The terminal reason of a file the sandbox refused or could not finish: "gagal diproses: … / processing failed: …". */
export function processingFailed(err: AppError): string {
  return `gagal diproses: ${err.messages.id} / processing failed: ${err.messages.en}`.slice(0, 500);
}

function exhaustedReason(last: string | null): string {
  return `gagal diproses: ${MAX_TEXT_ATTEMPTS} percobaan tidak selesai / processing failed: ${MAX_TEXT_ATTEMPTS} attempts did not finish${last ? ` (${last})` : ''}`.slice(
    0,
    500,
  );
}

/** Backoff after the n-th failed attempt: 1 min, 4 min, 16 min … capped at 6 h. */
export function textBackoffMs(attempt: number): number {
  return Math.min(BASE_BACKOFF_MS * 4 ** Math.max(0, attempt - 1), MAX_BACKOFF_MS);
}

// --- claiming ---------------------------------------------------------------------------------------------

/** A claim on every pending row of one sha256: attempt number, the lease it holds, the last error before it. */
export type TextClaim = { sha256: string; mime: string; attempt: number; by: string; until: Date; last: string | null };

const dueNow = (now: Date) => or(isNull(dipDocuments.textNextAttemptAt), lte(dipDocuments.textNextAttemptAt, now));

/** The rows of a claim, while it still stands (no other worker took them over after the lease ran out). */
const claimed = (claim: TextClaim) =>
  and(
    eq(dipDocuments.sha256, claim.sha256),
    eq(dipDocuments.textStatus, 'pending'),
    eq(dipDocuments.textClaimedBy, claim.by),
    eq(dipDocuments.textNextAttemptAt, claim.until),
  );

/**
 * Claims the oldest due pending document and, with it, every pending row with the same sha256 (the
 * text is the same). Returns null when nothing is due. A sha256 that another worker is claiming at this
 * moment, or holds under a lease, is skipped.
 */
export async function claimNextDocument(db: Db, opts: { workerId: string; now: Date; leaseMs: number }): Promise<TextClaim | null> {
  const skip: string[] = [];
  for (let tries = 0; tries < 20; tries++) {
    const result = await db.transaction(async (tx): Promise<null | { skip: string } | { claim: TextClaim }> => {
      const [cand] = await tx
        .select({ sha256: dipDocuments.sha256, mime: dipDocuments.mime })
        .from(dipDocuments)
        .where(and(eq(dipDocuments.textStatus, 'pending'), dueNow(opts.now), skip.length ? notInArray(dipDocuments.sha256, skip) : undefined))
        .orderBy(asc(dipDocuments.createdAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!cand) return null;
      // One claim per sha256 at a time, across workers; released when this transaction ends.
      const r = await tx.execute(sql`select pg_try_advisory_xact_lock(${LOCK_KEYS.textClaimNs}, hashtext(${cand.sha256})) as ok`);
      const ok = (r.rows[0] as { ok: boolean } | undefined)?.ok;
      if (!ok) return { skip: cand.sha256 };
      const pending = and(eq(dipDocuments.sha256, cand.sha256), eq(dipDocuments.textStatus, 'pending'));
      const rows = await tx
        .select({
          attempts: dipDocuments.textAttempts,
          next: dipDocuments.textNextAttemptAt,
          by: dipDocuments.textClaimedBy,
          last: dipDocuments.textLastError,
          error: dipDocuments.textError,
        })
        .from(dipDocuments)
        .where(pending);
      if (rows.some((x) => x.by && x.next && x.next > opts.now)) return { skip: cand.sha256 };
      const attempt = Math.max(0, ...rows.map((x) => x.attempts)) + 1;
      const last = rows.map((x) => x.last ?? x.error).find((x) => !!x) ?? null;
      if (attempt > MAX_TEXT_ATTEMPTS) {
        // Every attempt was used up without an outcome being recorded (the process died during each one,
        // e.g. killed while extracting): end it, never pending for ever.
        await tx
          .update(dipDocuments)
          .set({ textStatus: 'failed', textError: exhaustedReason(last), textClaimedBy: null, textNextAttemptAt: null })
          .where(pending);
        return { skip: cand.sha256 };
      }
      const until = new Date(opts.now.getTime() + opts.leaseMs);
      await tx.update(dipDocuments).set({ textAttempts: attempt, textNextAttemptAt: until, textClaimedBy: opts.workerId, textLastError: last }).where(pending);
      return { claim: { sha256: cand.sha256, mime: cand.mime, attempt, by: opts.workerId, until, last } };
    });
    if (!result) return null;
    if ('claim' in result) return result.claim;
    skip.push(result.skip);
  }
  return null;
}

// --- recording the outcome ------------------------------------------------------------------------------

/**
 * Stores the text on every pending row of the sha256 and refreshes the search rows of public entries
 * whose published version holds one of them. The entries are locked first (the order the domain
 * functions use), so that an approval running at the same time either sees the new text or is seen
 * here with its new published version.
 */
export async function recordExtraction(db: Db, claim: TextClaim, r: Extraction, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const pending = and(eq(dipDocuments.sha256, claim.sha256), eq(dipDocuments.textStatus, 'pending'));
    let entries: (typeof dipEntries.$inferSelect)[] = [];
    if (r.status === 'done') {
      const owners = await tx.selectDistinct({ entryId: dipDocuments.entryId }).from(dipDocuments).where(pending);
      if (owners.length) {
        entries = await lockEntries(
          tx,
          owners.map((o) => o.entryId),
        );
      }
    }
    const updated = await tx
      .update(dipDocuments)
      .set(
        r.status === 'done'
          ? { textStatus: 'done', text: r.text, textError: null, personalData: findPersonalData(r.text), ...JOB_DONE }
          : { textStatus: 'not_searchable', text: null, textError: r.reason.slice(0, 500), ...JOB_DONE },
      )
      .where(pending)
      .returning({ versionId: dipDocuments.versionId });
    const versions = new Set(updated.map((u) => u.versionId));
    for (const e of entries) {
      if (e.publishedVersionId && versions.has(e.publishedVersionId) && e.status !== 'unpublished') await refreshSearchRow(tx, e, now);
    }
    return updated.length;
  });
}

/** A document with an outcome carries no retry state (the attempt count stays, for the record). */
const JOB_DONE = { textNextAttemptAt: null, textClaimedBy: null, textLastError: null };

async function lockEntries(tx: Tx, ids: string[]) {
  return tx.select().from(dipEntries).where(inArray(dipEntries.id, ids)).orderBy(asc(dipEntries.id)).for('update');
}

/**
 * Records a failed attempt: retried later with backoff, or 'failed' after the last attempt, or at once when
 * `terminal` (a file over a limit fails the same way every time). Only while our claim stands.
 */
export async function recordFailure(db: Db, claim: TextClaim, error: string, now: Date, terminal = false): Promise<'retry' | 'failed'> {
  const failed = terminal || claim.attempt >= MAX_TEXT_ATTEMPTS;
  const reason = `${error}`.slice(0, 500);
  await db
    .update(dipDocuments)
    .set(
      failed
        ? { textStatus: 'failed', textError: reason, ...JOB_DONE }
        : { textNextAttemptAt: new Date(now.getTime() + textBackoffMs(claim.attempt)), textClaimedBy: null, textLastError: reason },
    )
    .where(claimed(claim));
  return failed ? 'failed' : 'retry';
}

/** Gives a claim back without counting the attempt (shutdown). */
async function releaseClaim(db: Db, claim: TextClaim, now: Date): Promise<void> {
  await db
    .update(dipDocuments)
    .set({ textAttempts: claim.attempt - 1, textNextAttemptAt: now, textClaimedBy: null })
    .where(claimed(claim));
}

// --- the worker ---------------------------------------------------------------------------------------------

export type TextExtractionWorkerOptions = {
  db: Db;
  blobs: BlobStore;
  logger?: TextWorkerLogger | undefined;
  pollMs?: number;
  clock?: Clock;
  /** Unique per process; defaults to `${hostname}:${pid}`. */
  workerId?: string;
  leaseMs?: number;
  /** Documents (distinct sha256) handled per round at most. */
  batchSize?: number;
  timeoutMs?: number;
  /** OCR tools; undefined = detect (tesseract with `ind`, pdftoppm), null = never OCR. */
  ocr?: OcrTools | null;
  /** Replaces the extractor (tests). */
  extract?: (bytes: Buffer, mime: string, signal: AbortSignal) => Promise<Extraction>;
};

export type TextExtractionWorker = {
  /** One round: extracts due documents; returns how many (distinct files) were handled. */
  tick(): Promise<number>;
  /** Stops polling, cancels OCR in progress and gives its claim back. */
  stop(): Promise<void>;
};

class Timeout extends Error {}

export function startTextExtractionWorker(opts: TextExtractionWorkerOptions): TextExtractionWorker {
  const { db, blobs, logger } = opts;
  const clock = opts.clock ?? systemClock;
  const pollMs = opts.pollMs ?? 5000;
  const leaseMs = opts.leaseMs ?? DEFAULT_TEXT_LEASE_MS;
  const batchSize = opts.batchSize ?? 10;
  const timeoutMs = opts.timeoutMs ?? EXTRACT_TIMEOUT_MS;
  const workerId = opts.workerId ?? `${hostname()}:${process.pid}`;
  // In the file sandbox (a child process with limits of time and memory), never on the server's thread.
  const extract =
    opts.extract ??
    ((bytes: Buffer, mime: string, signal: AbortSignal) =>
      runFileJob({ type: 'extract', bytes, mime, ...(opts.ocr !== undefined ? { ocr: opts.ocr } : {}) }, { timeoutMs: FILE_LIMITS.extractMs, signal }));

  let stopping = false;
  let stopped: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  let current: AbortController | undefined;

  async function handle(claim: TextClaim): Promise<void> {
    const ac = new AbortController();
    current = ac;
    const timer = setTimeout(() => ac.abort(new Timeout('timeout')), timeoutMs);
    try {
      const bytes = await blobs.get(claim.sha256);
      if (!bytes) throw new Error('berkas tidak ditemukan di penyimpanan / file missing from the store');
      const aborted = new Promise<never>((_, reject) => ac.signal.addEventListener('abort', () => reject(ac.signal.reason as Error), { once: true }));
      const r = await Promise.race([extract(bytes, claim.mime, ac.signal), aborted]);
      const n = await recordExtraction(db, claim, r, clock.now());
      logger?.info({ sha256: claim.sha256, rows: n, status: r.status }, 'teks dokumen diekstrak / document text extracted');
    } catch (err) {
      if (stopping && !(ac.signal.reason instanceof Timeout)) {
        await releaseClaim(db, claim, clock.now());
        return;
      }
      const terminal = err instanceof AppError && FILE_ERROR_CODES.includes(err.code);
      const reason =
        ac.signal.reason instanceof Timeout
          ? `waktu habis setelah ${Math.round(timeoutMs / 1000)} detik / timed out`
          : terminal
            ? processingFailed(err)
            : describeError(err);
      const outcome = await recordFailure(db, claim, reason, clock.now(), terminal);
      (outcome === 'failed' ? logger?.error : logger?.warn)?.call(
        logger,
        { sha256: claim.sha256, attempt: claim.attempt, outcome, err: reason },
        'ekstraksi teks gagal / text extraction failed',
      );
    } finally {
      clearTimeout(timer);
      current = undefined;
    }
  }

  async function round(): Promise<{ handled: number; full: boolean }> {
    let handled = 0;
    while (!stopping && handled < batchSize) {
      const claim = await claimNextDocument(db, { workerId, now: clock.now(), leaseMs });
      if (!claim) return { handled, full: false };
      await handle(claim);
      handled++;
    }
    return { handled, full: handled >= batchSize };
  }

  function enqueueRound(): Promise<{ handled: number; full: boolean }> {
    const p = chain.then(round, round);
    chain = p.catch(() => {});
    return p;
  }

  function schedule(delay: number): void {
    if (stopping) return;
    timer = setTimeout(() => {
      timer = undefined;
      enqueueRound().then(
        (r) => schedule(r.full ? 0 : pollMs),
        (err: unknown) => {
          logger?.error({ workerId, err: describeError(err) }, 'putaran ekstraksi teks gagal / text extraction round failed');
          schedule(pollMs);
        },
      );
    }, delay);
  }
  schedule(pollMs);

  return {
    async tick() {
      return (await enqueueRound()).handled;
    },
    stop() {
      stopped ??= (async () => {
        stopping = true;
        if (timer) clearTimeout(timer);
        timer = undefined;
        current?.abort(new Error('stopping'));
        await chain;
      })();
      return stopped;
    },
  };
}
