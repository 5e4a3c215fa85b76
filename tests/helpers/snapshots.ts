// The world each test file starts from, built once per run (see docs/testing.md): a migrated database
// (by the global setup) and a database with the Palangka Raya demo seeded, with the demo's files (blobs
// and the key file that wraps them; by the first test file that needs it). On PGlite they are data-directory dumps that a test file loads
// (≈0.35 s instead of ≈3 s to create and migrate); on PostgreSQL they are template databases that a
// test file copies with CREATE DATABASE … TEMPLATE (≈50 ms).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { fixedClock } from '../../src/clock.js';
import { systemActor, type Ctx } from '../../src/context.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { localBlobStore } from '../../src/documents/blob-store.js';
import { ensureKeyFile, keyRing } from '../../src/documents/encryption.js';
import { seedDemo } from '../../src/demo/seed-demo.js';

/** The clock every demo test reads the demo on: the fixed "now" of the test apps. */
export const DEMO_NOW = new Date('2026-03-16T02:00:00Z');

export type Snapshots = {
  dir: string;
  /** PGlite: files with data-directory dumps. PostgreSQL: names of template databases. */
  migrated: string;
  demo: string;
  /** The demo's DATA_DIR content: blobs/ and keys/master.key. */
  demoFiles: string;
  /** Seconds spent building the migrated snapshot. */
  seconds: number;
};

function pgAdminUrl(): string {
  return process.env.TEST_DATABASE_URL!;
}

function pgUrlOf(name: string): string {
  const u = new URL(pgAdminUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

async function pgAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: pgAdminUrl() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Drops template databases a killed run left behind (older than a day, so a parallel run keeps its own). */
async function dropStaleTemplates(): Promise<void> {
  await pgAdmin(async (c) => {
    const r = await c.query<{ datname: string }>(`select datname from pg_database where datname like 'qgesy_tpl_%'`);
    const dayAgo = Date.now() - 86_400_000;
    for (const { datname } of r.rows) {
      const stamp = Number.parseInt(datname.split('_')[3] ?? '', 36);
      if (Number.isFinite(stamp) && stamp < dayAgo) {
        await c.query(`update pg_database set datistemplate = false where datname = $1`, [datname]);
        await c.query(`drop database if exists ${datname} with (force)`);
      }
    }
  });
}

async function seedInto(database: Database, files: string): Promise<number> {
  const keyFile = path.join(files, 'keys', 'master.key');
  ensureKeyFile(keyFile);
  const ctx: Ctx = {
    db: database.db,
    actor: systemActor('test'),
    clock: fixedClock(DEMO_NOW),
    ip: null,
    blobs: localBlobStore(path.join(files, 'blobs')),
    keys: keyRing(keyFile),
    settings: { baseUrl: 'http://localhost:3000', sessionTtlHours: 12, maxUploadBytes: 50 * 1024 * 1024 },
  };
  const logins = await seedDemo(ctx);
  if (!logins?.length) throw new Error('the demo seed made no logins');
  return logins.length;
}

/**
 * Builds the migrated snapshot for the backend this run uses (TEST_DATABASE_URL set: PostgreSQL) and
 * names the demo snapshot, which the first test file that asks for it builds (demoSnapshot).
 */
export async function buildSnapshots(): Promise<Snapshots> {
  const dir = path.join(os.tmpdir(), `qgesy-snapshots-${process.pid}-${randomBytes(3).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  const demoFiles = path.join(dir, 'demo-files');
  const t0 = performance.now();
  if (process.env.TEST_DATABASE_URL) {
    await dropStaleTemplates();
    const stamp = Date.now().toString(36);
    const tag = randomBytes(3).toString('hex');
    const migrated = `qgesy_tpl_m_${stamp}_${tag}`;
    await pgAdmin((c) => c.query(`create database ${migrated}`));
    const m = await openDatabase({ databaseUrl: pgUrlOf(migrated), poolMax: 2 });
    await m.migrate();
    await m.close();
    await pgAdmin((c) => c.query(`update pg_database set datistemplate = true where datname = $1`, [migrated]));
    return { dir, migrated, demo: `qgesy_tpl_d_${stamp}_${tag}`, demoFiles, seconds: (performance.now() - t0) / 1000 };
  }
  const m = await openDatabase({ pgliteDir: 'memory://' });
  await m.migrate();
  await m.pglite!.exec('checkpoint');
  const migrated = path.join(dir, 'migrated.tar');
  writeFileSync(migrated, Buffer.from(await (await m.pglite!.dumpDataDir('none')).arrayBuffer()));
  await m.close();
  return { dir, migrated, demo: path.join(dir, 'demo.tar'), demoFiles, seconds: (performance.now() - t0) / 1000 };
}

type DemoReady = { logins: number; seconds: number };

async function buildDemo(s: Snapshots): Promise<DemoReady> {
  const t0 = performance.now();
  mkdirSync(s.demoFiles, { recursive: true });
  if (process.env.TEST_DATABASE_URL) {
    await pgAdmin((c) => c.query(`create database ${s.demo} template ${s.migrated}`));
    const d = await openDatabase({ databaseUrl: pgUrlOf(s.demo), poolMax: 5 });
    const logins = await seedInto(d, s.demoFiles).finally(() => d.close());
    await pgAdmin((c) => c.query(`update pg_database set datistemplate = true where datname = $1`, [s.demo]));
    return { logins, seconds: (performance.now() - t0) / 1000 };
  }
  // The demo goes on top of the migrated snapshot, exactly as a test file would get it.
  const d = await openDatabase({ pgliteDir: 'memory://', loadDataDir: new Blob([readFileSync(s.migrated)]) });
  try {
    const logins = await seedInto(d, s.demoFiles);
    await d.pglite!.exec('checkpoint');
    const tmp = `${s.demo}.part`;
    writeFileSync(tmp, Buffer.from(await (await d.pglite!.dumpDataDir('none')).arrayBuffer()));
    renameSync(tmp, s.demo);
    return { logins, seconds: (performance.now() - t0) / 1000 };
  } finally {
    await d.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The demo snapshot, built once per run by whichever test file asks first (a lock folder decides);
 * the others wait for it. Seeding takes 10–25 s, so runs that need no demo do not pay for it.
 */
export async function demoSnapshot(s: Snapshots): Promise<DemoReady> {
  const ready = path.join(s.dir, 'demo.ready.json');
  const failed = path.join(s.dir, 'demo.failed');
  const lock = path.join(s.dir, 'demo.lock');
  let mine = false;
  try {
    mkdirSync(lock);
    mine = true;
  } catch {
    /* another file builds it */
  }
  if (mine) {
    try {
      const r = await buildDemo(s);
      writeFileSync(ready, JSON.stringify(r));
      console.log(`[snapshots] demo seeded in ${r.seconds.toFixed(1)} s (${r.logins} logins)`);
      return r;
    } catch (err) {
      writeFileSync(failed, err instanceof Error ? (err.stack ?? err.message) : String(err));
      throw err;
    }
  }
  const until = Date.now() + 600_000;
  while (Date.now() < until) {
    if (existsSync(ready)) return JSON.parse(readFileSync(ready, 'utf8')) as DemoReady;
    if (existsSync(failed)) throw new Error(`the demo snapshot could not be built:\n${readFileSync(failed, 'utf8')}`);
    await sleep(250);
  }
  throw new Error('the demo snapshot was not built within 10 minutes');
}

export async function removeSnapshots(s: Snapshots): Promise<void> {
  rmSync(s.dir, { recursive: true, force: true });
  if (process.env.TEST_DATABASE_URL) {
    await pgAdmin(async (c) => {
      for (const name of [s.migrated, s.demo]) {
        // The demo template exists only when some file asked for it.
        await c.query(`update pg_database set datistemplate = false where datname = $1`, [name]);
        await c.query(`drop database if exists ${name} with (force)`);
      }
    });
  }
}
