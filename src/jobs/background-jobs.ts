// Starts every background job in this process (`qgesy serve` with OUTBOX_WORKER=true, `qgesy worker`) and stops them.
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Config } from '../config/env.js';
import { systemActor, type Ctx } from '../context.js';
import type { Database } from '../db/client.js';
import { startOutboxWorker } from './outbox-worker.js';
import { startTextExtractionWorker } from './text-extraction.js';
import { startRetentionJob } from './retention.js';
import { startBlobGcJob } from './blob-gc.js';
import { startExpiryReviewJob } from './exemption-reviews.js';
import { startReminderScheduler } from './reminder-scheduler.js';

/**
 * Every background job: the email outbox, text extraction, deadline reminders, exemption expiry reviews,
 * requester-data retention and blob clean-up. Each is safe to run in several processes at once (leases with
 * FOR UPDATE SKIP LOCKED, advisory locks, idempotent runs: docs/architecture-notes.md), so `serve` runs them
 * with OUTBOX_WORKER=true and `qgesy worker` always does.
 */
export function startBackgroundJobs(opts: { database: Database; ctx: Ctx; config: Config; logger: Logger }): {
  stop(): Promise<void>;
} {
  const { database, ctx, config, logger } = opts;
  const workerId = `${hostname()}:${process.pid}`;
  const worker = startOutboxWorker({ db: database.db, smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, keys: ctx.keys, logger, workerId });
  const textWorker = startTextExtractionWorker({ db: database.db, blobs: ctx.blobs, logger, workerId });
  const retention = startRetentionJob({ db: database.db, blobs: ctx.blobs, keys: ctx.keys, baseUrl: config.baseUrl, logger });
  const blobGc = startBlobGcJob({ db: database.db, blobs: ctx.blobs, keys: ctx.keys, baseUrl: config.baseUrl, logger });
  const reviews = startExpiryReviewJob({ ctx: { ...ctx, actor: systemActor('peninjauan pengecualian') }, logger });
  const reminders = startReminderScheduler({ ctx: { ...ctx, actor: systemActor('pengingat tenggat') }, logger });
  return {
    async stop() {
      retention.stop();
      blobGc.stop();
      await worker.stop();
      await textWorker.stop();
      await reviews.stop();
      await reminders.stop();
    },
  };
}
