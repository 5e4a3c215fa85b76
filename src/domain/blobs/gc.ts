// Garbage collection of the blob store: mark and sweep with a grace period. The store is content-addressed
// and files are written before the row that names them commits, so a file without a row is normal for a
// moment (an upload in flight) and left over for ever after a delete (a DIP document removed, a redaction
// redone, a logo replaced). A run:
//   1. lists the store (key, size, modification time), then reads every referenced key (references.ts);
//   2. marks each unreferenced blob that has no mark yet (blob_gc_marks.first_seen_unreferenced_at = now)
//      and unmarks each marked blob that is referenced again (or gone);
//   3. deletes a blob only when it is unreferenced, was marked at least the grace period ago AND was last
//      written at least the grace period ago (a put of bytes already stored renews the modification time,
//      so a re-upload of a marked file is safe). Right before deleting, the references are read again.
// Runs may overlap (several instances): every step is idempotent; a try-lock keeps the marking to one run,
// and the marks are locked (SKIP LOCKED) where a blob is deleted, so each deletion is done and audited once.
import { and, inArray, lte, sql } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { blobGcMarks, blobs } from '../../db/schema/index.js';
import type { BlobEntry } from '../../documents/blob-store.js';
import { recordAudit } from '../audit/record-audit.js';
import { referencedAmong, referencedBlobKeys } from './references.js';
import { LOCK_KEYS } from '../../db/lock-keys.js';

export const DEFAULT_GRACE_MS = 7 * 24 * 3600_000;
/** Blobs deleted per transaction (and per audit row). */
const BATCH = 200;

export type BlobGcOptions = {
  /** Report only: nothing is marked, unmarked or deleted. */
  dryRun?: boolean;
  graceMs?: number;
};

export type Sized = { count: number; bytes: number };

export type BlobGcResult = {
  dryRun: boolean;
  graceMs: number;
  /** Another run was marking at the same moment; this one did nothing. */
  busy: boolean;
  /** Everything in the store. */
  stored: Sized;
  /** In the store and named by no row. */
  unreferenced: Sized;
  /** Unreferenced blobs seen for the first time (marked now; in a dry run: would be marked). */
  newlyMarked: number;
  /** Marks dropped because the blob is referenced again or no longer stored. */
  unmarked: number;
  /** Unreferenced, but still within the grace period (since the mark or since written). */
  waiting: Sized;
  /** Deleted (in a dry run: would be deleted now). */
  deleted: Sized & { keys: string[] };
  /** Could not be deleted from the store (kept marked; tried again next run). */
  failed: string[];
};

const sized = (list: { size: number }[]): Sized => ({ count: list.length, bytes: list.reduce((n, b) => n + b.size, 0) });

export async function collectBlobGarbage(ctx: Ctx, opts: BlobGcOptions = {}): Promise<BlobGcResult> {
  const dryRun = opts.dryRun === true;
  const graceMs = opts.graceMs ?? DEFAULT_GRACE_MS;
  if (!Number.isFinite(graceMs) || graceMs < 0) throw new Error('grace period must be a non-negative number of milliseconds');
  const now = ctx.clock.now();
  const cutoff = new Date(now.getTime() - graceMs);

  // Listed before the references are read: a blob whose row commits in between is seen unreferenced and
  // at worst marked, never deleted (it was written within the grace period).
  const stored = await ctx.blobs.entries();
  const result: BlobGcResult = {
    dryRun,
    graceMs,
    busy: false,
    stored: sized(stored),
    unreferenced: { count: 0, bytes: 0 },
    newlyMarked: 0,
    unmarked: 0,
    waiting: { count: 0, bytes: 0 },
    deleted: { count: 0, bytes: 0, keys: [] },
    failed: [],
  };

  const due = await inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    if (!dryRun) {
      const lock = await tx.execute(sql`select pg_try_advisory_xact_lock(${LOCK_KEYS.blobGc}) as ok`);
      if (!(lock.rows[0] as { ok: boolean } | undefined)?.ok) return null;
    }
    const referenced = await referencedBlobKeys(tx);
    const marks = new Map((await tx.select().from(blobGcMarks)).map((m) => [m.key, m.firstSeenUnreferencedAt]));
    const inStore = new Set(stored.map((b) => b.sha256));
    const unreferenced = stored.filter((b) => !referenced.has(b.sha256));
    result.unreferenced = sized(unreferenced);

    const unmark = [...marks.keys()].filter((k) => referenced.has(k) || !inStore.has(k));
    result.unmarked = unmark.filter((k) => referenced.has(k)).length;
    const toMark = unreferenced.filter((b) => !marks.has(b.sha256));
    result.newlyMarked = toMark.length;
    const due: BlobEntry[] = [];
    const waiting: BlobEntry[] = [];
    for (const b of unreferenced) {
      const marked = marks.get(b.sha256);
      if (marked && marked <= cutoff && b.modifiedAt <= cutoff) due.push(b);
      else waiting.push(b);
    }
    result.waiting = sized(waiting);
    if (!dryRun) {
      for (let i = 0; i < unmark.length; i += 1000) await tx.delete(blobGcMarks).where(inArray(blobGcMarks.key, unmark.slice(i, i + 1000)));
      for (let i = 0; i < toMark.length; i += 1000) {
        await tx
          .insert(blobGcMarks)
          .values(toMark.slice(i, i + 1000).map((b) => ({ key: b.sha256, firstSeenUnreferencedAt: now })))
          .onConflictDoNothing();
      }
    }
    return due;
  });
  if (due === null) {
    result.busy = true;
    return result;
  }
  if (dryRun) {
    result.deleted = { ...sized(due), keys: due.map((b) => b.sha256) };
    return result;
  }

  for (let i = 0; i < due.length; i += BATCH) {
    const batch = due.slice(i, i + BATCH);
    const gone = await inTransaction(ctx, async (t) => {
      const tx = t.db as Tx;
      // Read again, inside the transaction that removes the marks: a row may have appeared since.
      const nowReferenced = await referencedAmong(
        tx,
        batch.map((b) => b.sha256),
      );
      const stillMarked = new Set(
        (
          await tx
            .select({ key: blobGcMarks.key })
            .from(blobGcMarks)
            .where(
              and(
                inArray(
                  blobGcMarks.key,
                  batch.map((b) => b.sha256),
                ),
                lte(blobGcMarks.firstSeenUnreferencedAt, cutoff),
              ),
            )
            // Another instance's run deleting the same batch holds these rows: it deletes and audits them, not us.
            .for('update', { skipLocked: true })
        ).map((m) => m.key),
      );
      const removed: BlobEntry[] = [];
      for (const b of batch) {
        if (nowReferenced.has(b.sha256) || !stillMarked.has(b.sha256)) continue;
        try {
          // Written again since it was listed (the same bytes uploaded anew): keep it.
          const info = await t.blobs.info(b.sha256);
          if (info && info.modifiedAt > cutoff) continue;
          await t.blobs.remove(b.sha256);
          removed.push(info ?? b);
        } catch {
          result.failed.push(b.sha256);
        }
      }
      if (nowReferenced.size) await tx.delete(blobGcMarks).where(inArray(blobGcMarks.key, [...nowReferenced]));
      if (!removed.length) return removed;
      const keys = removed.map((b) => b.sha256);
      await tx.delete(blobGcMarks).where(inArray(blobGcMarks.key, keys));
      await tx.delete(blobs).where(inArray(blobs.sha256, keys));
      await recordAudit(t, {
        action: 'blob.gc_deleted',
        entityType: 'blob_store',
        details: { count: removed.length, bytes: sized(removed).bytes, graceDays: graceMs / 86_400_000, keys },
      });
      return removed;
    });
    result.deleted.count += gone.length;
    result.deleted.bytes += sized(gone).bytes;
    result.deleted.keys.push(...gone.map((b) => b.sha256));
  }
  return result;
}

/** The marks as they stand (for the tests and the operator). */
export async function blobGcMarksOf(ctx: Ctx): Promise<Map<string, Date>> {
  return new Map((await ctx.db.select().from(blobGcMarks)).map((m) => [m.key, m.firstSeenUnreferencedAt]));
}
