// Shared helpers of the benchmarks: flags, the machine line, percentiles, and databases to measure on
// (embedded PGlite in memory or a directory, or a temporary PostgreSQL database created and dropped).
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { systemActor, type Ctx } from '../src/context.js';
import { openDatabase, type Database } from '../src/db/client.js';
import { localBlobStore } from '../src/documents/blob-store.js';
import { ensureKeyFile, keyRing } from '../src/documents/encryption.js';
import type { Clock } from '../src/clock.js';

/** "2 cores, AMD EPYC …, 23.4 GiB RAM; Node v20.20.2; linux 6.1" — printed with every figure. */
export function machineLine(): string {
  const cpus = os.cpus();
  return `machine: ${cpus.length} cores, ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM; Node ${process.version}; ${os.platform()} ${os.release()}; load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`;
}

/** The p-th percentile (0–100) of the values, nearest-rank. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const seconds = (startMs: number) => (performance.now() - startMs) / 1000;

/** A deterministic pseudo-random generator (mulberry32), so that generated data is the same every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type BenchDb = { database: Database; label: string; close(): Promise<void> };

/** PGlite in a directory (kept) or in memory. */
export async function openPglite(dir: string | undefined): Promise<BenchDb> {
  const database = await openDatabase({ pgliteDir: dir ?? 'memory://' });
  await database.migrate();
  return { database, label: `PGlite (${dir ?? 'memory://'})`, close: () => database.close() };
}

/** An existing PostgreSQL database, migrated. */
export async function openPostgres(url: string): Promise<BenchDb> {
  const database = await openDatabase({ databaseUrl: url, poolMax: 4 });
  await database.migrate();
  const version = await database.db.execute(sql`show server_version`);
  const v = (version.rows[0] as { server_version?: string } | undefined)?.server_version ?? '?';
  return { database, label: `PostgreSQL ${v.split(' ')[0]} (${new URL(url).pathname.slice(1)})`, close: () => database.close() };
}

/** A new PostgreSQL database on the server of `adminUrl`, dropped by close(). */
export async function tempPostgres(adminUrl: string): Promise<BenchDb> {
  const name = `qgesy_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const opened = await openPostgres(u.toString()).catch(async (err: unknown) => {
    await dropDatabase(adminUrl, name);
    throw err;
  });
  return {
    database: opened.database,
    label: opened.label,
    async close() {
      await opened.close();
      await dropDatabase(adminUrl, name);
    },
  };
}

/** Runs `measure` on a fresh PGlite, then on a temporary PostgreSQL database when `pgUrl` is given. */
export async function onEachBackend(measure: (db: BenchDb) => Promise<void>, pgUrl: string | undefined): Promise<void> {
  const lite = await openPglite(undefined);
  try {
    await measure(lite);
  } finally {
    await lite.close();
  }
  if (!pgUrl) {
    console.log('  PostgreSQL skipped: give --pg URL (or TEST_DATABASE_URL)');
    return;
  }
  const pg = await tempPostgres(pgUrl);
  try {
    await measure(pg);
  } finally {
    await pg.close();
  }
}

/** A PostgreSQL database `name` on the server of `adminUrl`, created when missing and kept by close(). */
export async function keptPostgres(adminUrl: string, name: string): Promise<BenchDb> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`--pg-db must be a plain lower-case database name, got "${name}"`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (!exists.rowCount) await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return openPostgres(u.toString());
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`drop database if exists ${name} with (force)`);
  await c.end();
}

/** A key ring beside the blob folder (the audit chain and outbox secrets need one). */
export function benchKeys(blobDir: string) {
  const file = path.join(path.dirname(blobDir), 'keys', 'master.key');
  ensureKeyFile(file);
  return keyRing(file);
}

/** A domain context for benchmarks: system actor, real clock unless given, blobs in a temporary folder. */
export function benchCtx(database: Database, blobDir: string, clock?: Clock): Ctx {
  return {
    db: database.db,
    actor: systemActor('bench'),
    clock: clock ?? { now: () => new Date() },
    ip: null,
    blobs: localBlobStore(blobDir),
    keys: benchKeys(blobDir),
    settings: { baseUrl: 'http://127.0.0.1', sessionTtlHours: 12, maxUploadBytes: 50 * 1024 * 1024 },
  };
}

/** Ends the process if the benchmark has not finished in time (a benchmark must stop by itself). */
export function safetyTimer(ms: number, onTimeout?: () => void): () => void {
  const t = setTimeout(() => {
    console.error(`bench: no result after ${Math.round(ms / 1000)} s, giving up`);
    onTimeout?.();
    process.exit(1);
  }, ms);
  t.unref();
  return () => clearTimeout(t);
}

/** `npx tsx bench/x.ts --flag value` as a map; boolean flags have the value "true". */
export function flags(argv = process.argv.slice(2)): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    if (eq > 0) out.set(a.slice(2, eq), a.slice(eq + 1));
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) out.set(a.slice(2), argv[++i]!);
    else out.set(a.slice(2), 'true');
  }
  return out;
}

export function intFlag(f: Map<string, string>, name: string, dflt: number): number {
  const v = f.get(name);
  if (v === undefined) return dflt;
  const n = Number(v.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${v}"`);
  return n;
}
