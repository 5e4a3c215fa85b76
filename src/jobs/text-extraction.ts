// Extracts the text of attached DIP documents in the background, so that published documents become
// searchable: claims pending documents (FOR UPDATE SKIP LOCKED plus a lease), one sha256 at a time
// for all rows that share it, retries with backoff, and refreshes the public search row.
//
// The dip_documents table has no lease or attempt columns, so while a row is pending its text_error
// holds that bookkeeping in one line: "~job attempt=N until=ISO by=WORKER | last error". Nothing else
// writes text_error of a pending row; publicTextError() turns it back into what people should see.
import { findPersonalData } from '../documents/redact.js';
import { hostname } from 'node:os';
import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { systemClock, type Clock } from '../clock.js';
import type { Db, Tx } from '../db/client.js';
import { dipDocuments, dipEntries } from '../db/schema/index.js';
import type { BlobStore } from '../documents/blob-store.js';
import type { Extraction, OcrTools } from '../documents/extract.js';
import { FILE_ERROR_CODES, FILE_LIMITS } from '../documents/file-limits.js';
import { runFileJob } from '../documents/sandbox.js';
import { AppError } from '../errors.js';
import { refreshSearchRow } from '../domain/dip/workflow.js';
import { describeError } from './outbox-worker.js';
import { LOCK_KEYS } from '../db/lock-keys.js';

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

// --- the bookkeeping line -------------------------------------------------------------------------------

const NOTE = /^~job attempt=(\d+) until=(\S+) by=(\S*)(?: \| ([\s\S]*))?$/;
type JobNote = { attempt: number; until: string; by: string; last: string | null };

export function parseJobNote(note: string | null): JobNote | null {
  const m = note ? NOTE.exec(note) : null;
  return m ? { attempt: Number(m[1]), until: m[2]!, by: m[3]!, last: m[4] ?? null } : null;
}

function jobNote(attempt: number, until: Date, by: string, last: string | null): string {
  return `~job attempt=${attempt} until=${until.toISOString()} by=${by}${last ? ` | ${last}` : ''}`;
}

/** What a person should see of text_error: the reason, or the last error of a pending retry. */
export function publicTextError(textError: string | null): string | null {
  if (!textError) return null;
  const note = parseJobNote(textError);
  return note ? note.last : textError;
}

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

export type TextClaim = { sha256: string; mime: string; attempt: number; note: string; last: string | null };

const dueNow = (nowIso: string) =>
  sql`(${dipDocuments.textError} is null or ${dipDocuments.textError} not like '~job %' or split_part(split_part(${dipDocuments.textError}, ' until=', 2), ' ', 1) <= ${nowIso})`;

/**
 * Claims the oldest due pending document and, with it, every pending row with the same sha256 (the
 * text is the same). Returns null when nothing is due. A sha256 that another worker is claiming at this
 * moment, or holds under a lease, is skipped.
 */
export async function claimNextDocument(db: Db, opts: { workerId: string; now: Date; leaseMs: number }): Promise<TextClaim | null> {
  const nowIso = opts.now.toISOString();
  const skip: string[] = [];
  for (let tries = 0; tries < 20; tries++) {
    const result = await db.transaction(async (tx): Promise<null | { skip: string } | { claim: TextClaim }> => {
      const [cand] = await tx
        .select({ sha256: dipDocuments.sha256, mime: dipDocuments.mime })
        .from(dipDocuments)
        .where(and(eq(dipDocuments.textStatus, 'pending'), dueNow(nowIso), skip.length ? notInArray(dipDocuments.sha256, skip) : undefined))
        .orderBy(asc(dipDocuments.createdAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!cand) return null;
      // One claim per sha256 at a time, across workers; released when this transaction ends.
      const r = await tx.execute(sql`select pg_try_advisory_xact_lock(${LOCK_KEYS.textClaimNs}, hashtext(${cand.sha256})) as ok`);
      const ok = (r.rows[0] as { ok: boolean } | undefined)?.ok;
      if (!ok) return { skip: cand.sha256 };
      const rows = await tx
        .select({ textError: dipDocuments.textError })
        .from(dipDocuments)
        .where(and(eq(dipDocuments.sha256, cand.sha256), eq(dipDocuments.textStatus, 'pending')));
      const notes = rows.map((x) => ({ raw: x.textError, note: parseJobNote(x.textError) }));
      if (notes.some((n) => n.note && n.note.by && n.note.until > nowIso)) return { skip: cand.sha256 };
      const attempt = Math.max(0, ...notes.map((n) => n.note?.attempt ?? 0)) + 1;
      const last = notes.map((n) => (n.note ? n.note.last : n.raw)).find((x) => !!x) ?? null;
      if (attempt > MAX_TEXT_ATTEMPTS) {
        // Every attempt was used up without an outcome being recorded (the process died during each one,
        // e.g. killed while extracting): end it, never pending for ever.
        await tx
          .update(dipDocuments)
          .set({ textStatus: 'failed', textError: exhaustedReason(last) })
          .where(and(eq(dipDocuments.sha256, cand.sha256), eq(dipDocuments.textStatus, 'pending')));
        return { skip: cand.sha256 };
      }
      const note = jobNote(attempt, new Date(opts.now.getTime() + opts.leaseMs), opts.workerId, last);
      await tx
        .update(dipDocuments)
        .set({ textError: note })
        .where(and(eq(dipDocuments.sha256, cand.sha256), eq(dipDocuments.textStatus, 'pending')));
      return { claim: { sha256: cand.sha256, mime: cand.mime, attempt, note, last } };
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
          ? { textStatus: 'done', text: r.text, textError: null, personalData: findPersonalData(r.text) }
          : { textStatus: 'not_searchable', text: null, textError: r.reason.slice(0, 500) },
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
        ? { textStatus: 'failed', textError: reason }
        : { textError: jobNote(claim.attempt, new Date(now.getTime() + textBackoffMs(claim.attempt)), '', reason) },
    )
    .where(and(eq(dipDocuments.sha256, claim.sha256), eq(dipDocuments.textStatus, 'pending'), eq(dipDocuments.textError, claim.note)));
  return failed ? 'failed' : 'retry';
}

/** Gives a claim back without counting the attempt (shutdown). */
async function releaseClaim(db: Db, claim: TextClaim, now: Date): Promise<void> {
  const back = claim.attempt > 1 ? jobNote(claim.attempt - 1, now, '', claim.last) : claim.last;
  await db
    .update(dipDocuments)
    .set({ textError: back })
    .where(and(eq(dipDocuments.sha256, claim.sha256), eq(dipDocuments.textStatus, 'pending'), eq(dipDocuments.textError, claim.note)));
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
