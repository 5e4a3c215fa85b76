// The daily retention run: when the body has set a retention period (public_body.request_retention_years),
// closed cases older than it, and decided ground-b objections without a request, are anonymised (domain/privacy/retention.ts). Runs inside `qgesy serve`; with
// several instances, an advisory lock lets one of them work at a time and the others find nothing to do.
import { startPeriodicJob, type PeriodicJob } from './periodic.js';
import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import { systemActor, type Ctx } from '../context.js';
import type { Db } from '../db/client.js';
import type { BlobStore } from '../documents/blob-store.js';
import type { KeyRing } from '../documents/encryption.js';
import { anonymiseClosedRequests, type AnonymiseResult } from '../domain/privacy/retention.js';
import { getPublicBody } from '../domain/org/public-body.js';
import { pruneSearchLog } from '../domain/search-log/query-log.js';

type LogFn = (obj: Record<string, unknown>, msg: string) => void;

export type RetentionJob = PeriodicJob<AnonymiseResult | null>;

export const RETENTION_INTERVAL_MS = 24 * 3600_000;

export function startRetentionJob(opts: {
  db: Db;
  blobs: BlobStore;
  /** The key ring: the audit rows it writes are keyed with audit.key beside its file. */
  keys: KeyRing | undefined;
  baseUrl: string;
  logger?: { info: LogFn; warn: LogFn; error: LogFn };
  clock?: Clock;
  /** First run after this delay (default five minutes: not in the middle of a start-up), then daily. */
  firstDelayMs?: number;
  intervalMs?: number;
}): RetentionJob {
  const clock = opts.clock ?? systemClock;
  const ctx: Ctx = {
    db: opts.db,
    actor: systemActor('retensi harian / daily retention'),
    clock,
    ip: null,
    blobs: opts.blobs,
    keys: opts.keys,
    settings: { baseUrl: opts.baseUrl, sessionTtlHours: 12, maxUploadBytes: 0 },
  };
  return startPeriodicJob(
    async () => {
      // The search query log keeps its last RETENTION_MONTHS months, whatever the request retention.
      const pruned = await pruneSearchLog(opts.db, clock.now());
      if (pruned.stats || pruned.notes) opts.logger?.info(pruned, 'log pencarian lama dihapus / old search log removed');
      const years = (await getPublicBody(opts.db))?.requestRetentionYears ?? null;
      if (!years) return null;
      const r = await anonymiseClosedRequests(ctx, { olderThanYears: years });
      // Counts only in the log: the numbers are in the audit log.
      opts.logger?.info(
        { olderThanYears: years, anonymised: r.numbers.length, objections: r.objectionNumbers.length, identityScans: r.identityScans, busy: r.busy },
        'retensi data pemohon / requester data retention',
      );
      if (r.blobsNotDeleted.length)
        opts.logger?.warn(
          { count: r.blobsNotDeleted.length },
          'pindaian identitas tidak terhapus dari penyimpanan / identity scans not deleted from the store',
        );
      return r;
    },
    {
      firstDelayMs: opts.firstDelayMs ?? 5 * 60_000,
      intervalMs: opts.intervalMs ?? RETENTION_INTERVAL_MS,
      onError: (err) => opts.logger?.error({ err }, 'retensi data pemohon gagal / requester data retention failed'),
    },
  );
}
