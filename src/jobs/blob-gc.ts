// The daily garbage collection of the blob store (domain/blobs/gc.ts), inside `qgesy serve`. With several
// instances each runs it; the runs are idempotent and a try-lock lets one of them do the marking.
import { startPeriodicJob, type PeriodicJob } from './periodic.js';
import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import { systemActor, type Ctx } from '../context.js';
import type { Db } from '../db/client.js';
import type { BlobStore } from '../documents/blob-store.js';
import type { KeyRing } from '../documents/encryption.js';
import { collectBlobGarbage, DEFAULT_GRACE_MS, type BlobGcResult } from '../domain/blobs/gc.js';

type LogFn = (obj: Record<string, unknown>, msg: string) => void;

export type BlobGcJob = PeriodicJob<BlobGcResult>;

export const BLOB_GC_INTERVAL_MS = 24 * 3600_000;

export function startBlobGcJob(opts: {
  db: Db;
  blobs: BlobStore;
  /** The key ring: the audit rows of the collection are keyed with the audit key beside its file. */
  keys: KeyRing | undefined;
  baseUrl: string;
  logger?: { info: LogFn; warn: LogFn; error: LogFn };
  clock?: Clock;
  graceMs?: number;
  /** First run after this delay (default ten minutes: after start-up and the other jobs), then daily. */
  firstDelayMs?: number;
  intervalMs?: number;
}): BlobGcJob {
  const ctx: Ctx = {
    db: opts.db,
    actor: systemActor('pembersihan berkas harian / daily blob garbage collection'),
    clock: opts.clock ?? systemClock,
    ip: null,
    blobs: opts.blobs,
    keys: opts.keys,
    settings: { baseUrl: opts.baseUrl, sessionTtlHours: 12, maxUploadBytes: 0 },
  };
  return startPeriodicJob(
    async () => {
      const r = await collectBlobGarbage(ctx, { graceMs: opts.graceMs ?? DEFAULT_GRACE_MS });
      opts.logger?.info(
        {
          stored: r.stored.count,
          unreferenced: r.unreferenced.count,
          marked: r.newlyMarked,
          unmarked: r.unmarked,
          deleted: r.deleted.count,
          deletedBytes: r.deleted.bytes,
          busy: r.busy,
        },
        'pembersihan berkas tak terpakai / blob garbage collection',
      );
      if (r.failed.length) opts.logger?.warn({ count: r.failed.length }, 'berkas tak terpakai tidak terhapus / unreferenced blobs not deleted');
      return r;
    },
    {
      firstDelayMs: opts.firstDelayMs ?? 10 * 60_000,
      intervalMs: opts.intervalMs ?? BLOB_GC_INTERVAL_MS,
      onError: (err) => opts.logger?.error({ err }, 'pembersihan berkas gagal / blob garbage collection failed'),
    },
  );
}
