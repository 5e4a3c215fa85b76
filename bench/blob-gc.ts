// Blob garbage collection, measured: N small blobs in a local store, half of them referenced (through
// encrypted_files rows, the cheapest table to fill), on PGlite in memory and (with --pg or TEST_DATABASE_URL)
// a temporary PostgreSQL database. Times the store listing, the first run (marks the unreferenced half) and
// the run after the grace period (deletes them). Prints figures; asserts nothing.
// Usage: npx tsx bench/blob-gc.ts [--blobs 10000] [--pg URL] [--no-pg]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixedClock } from '../src/clock.js';
import { encryptedFiles } from '../src/db/schema/index.js';
import { collectBlobGarbage, DEFAULT_GRACE_MS } from '../src/domain/blobs/gc.js';
import { benchCtx, flags, fmt, intFlag, machineLine, onEachBackend, safetyTimer, seconds, type BenchDb } from './lib.js';

const args = flags();
const N = intFlag(args, 'blobs', 10_000);
const pgUrl = args.get('pg') ?? process.env.TEST_DATABASE_URL;

async function measure(target: BenchDb): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-bench-gc-'));
  try {
    const clock = fixedClock(new Date());
    const ctx = benchCtx(target.database, dir, clock);
    const referenced: string[] = [];
    for (let i = 0; i < N; i++) {
      const { sha256 } = await ctx.blobs.put(randomBytes(1024));
      if (i % 2 === 0) referenced.push(sha256);
    }
    for (let i = 0; i < referenced.length; i += 1000) {
      await target.database.db
        .insert(encryptedFiles)
        .values(
          referenced
            .slice(i, i + 1000)
            .map((k) => ({ blobSha256: k, wrappedKey: 'x', keyId: 'y', size: 1024, mime: 'application/pdf', createdAt: clock.now() })),
        );
    }
    clock.set(new Date());
    let t = performance.now();
    const listed = (await ctx.blobs.entries()).length;
    const listS = seconds(t);
    t = performance.now();
    const first = await collectBlobGarbage(ctx);
    const firstS = seconds(t);
    clock.advance(DEFAULT_GRACE_MS + 60_000);
    t = performance.now();
    const second = await collectBlobGarbage(ctx);
    const secondS = seconds(t);
    console.log(
      `  ${target.label}: ${fmt(listed)} blobs listed in ${fmt(listS, 2)} s; first run ${fmt(firstS, 2)} s ` +
        `(${fmt(first.newlyMarked)} marked); after the grace period ${fmt(secondS, 2)} s (${fmt(second.deleted.count)} deleted, ` +
        `${fmt(second.deleted.count / secondS, 0)} blobs/s); ${fmt((await ctx.blobs.entries()).length)} left`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const stop = safetyTimer(30 * 60_000);
console.log(machineLine());
console.log(`blob garbage collection, ${fmt(N)} blobs of 1 KiB, half referenced:`);
await onEachBackend(measure, args.has('no-pg') ? undefined : pgUrl);
stop();
