// Building the work queue ("Perlu tindakan Anda", issue 13 item 5), measured: the demo seeded on the test
// clock (16 March 2026, 09:00 WIB) on PGlite in memory (and, with --pg or TEST_DATABASE_URL, a temporary
// PostgreSQL database), then buildWorkQueue as each demo role, N times; p50/p95 per role, beside a
// baseline of `select 1` on the same database. Every back-office page builds it once (the navigation's
// badges). Prints figures; asserts nothing.
// Usage: npx tsx bench/work-queue.ts [--runs 200] [--pg URL]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { fixedClock } from '../src/clock.js';
import { users } from '../src/db/schema/index.js';
import { seedDemo, DEMO_DOMAIN } from '../src/demo/seed-demo.js';
import { toActor } from '../src/domain/accounts/sessions.js';
import { buildWorkQueue } from '../src/domain/work-queue/build-work-queue.js';
import { benchCtx, flags, fmt, intFlag, machineLine, onEachBackend, percentile, safetyTimer, seconds, type BenchDb } from './lib.js';

const args = flags();
const RUNS = intFlag(args, 'runs', 200);
const pgUrl = args.has('no-pg') ? undefined : (args.get('pg') ?? process.env.TEST_DATABASE_URL);
const ROLES = ['ppid.utama', 'atasan.ppid', 'ppid.dinkes', 'admin', 'pemantau'];

async function timed(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 10; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return ms;
}

const line = (label: string, ms: number[], extra = '') =>
  console.log(`  ${label.padEnd(24)} p50 ${fmt(percentile(ms, 50), 2).padStart(7)} ms   p95 ${fmt(percentile(ms, 95), 2).padStart(7)} ms${extra}`);

async function measure(target: BenchDb): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-bench-wq-'));
  try {
    const ctx = benchCtx(target.database, dir, fixedClock(new Date('2026-03-16T02:00:00Z')));
    const started = performance.now();
    await seedDemo(ctx);
    console.log(`\n${target.label}: demo seeded in ${fmt(seconds(started), 1)} s; ${RUNS} runs each`);
    line('baseline select 1', await timed(() => target.database.db.execute(sql`select 1`)));
    for (const who of ROLES) {
      const [u] = await target.database.db
        .select()
        .from(users)
        .where(eq(users.email, `${who}@${DEMO_DOMAIN}`));
      if (!u) continue;
      const as = { ...ctx, actor: toActor(u) };
      const q = await buildWorkQueue(as);
      line(who, await timed(() => buildWorkQueue(as)), `   (${q.sections.length} sources, ${q.total} items)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const stop = safetyTimer(30 * 60_000);
console.log(machineLine());
await onEachBackend(measure, pgUrl);
stop();
