// Gives each test file a fresh database: in-memory PGlite by default, a new PostgreSQL database when
// TEST_DATABASE_URL is set. Migrated (or with the demo) by copying the run's snapshot (snapshots.ts).
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { fixedClock } from '../../src/clock.js';
import { systemActor, type Actor, type Ctx } from '../../src/context.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { localBlobStore } from '../../src/documents/blob-store.js';
import { ensureKeyFile, keyRing } from '../../src/documents/encryption.js';
import { auditKeyFileFor, auditKeyOf, ensureAuditKeyFile, type AuditKey } from '../../src/domain/audit/audit-key.js';
import { inject } from 'vitest';
import { demoSnapshot, type Snapshots } from './snapshots.js';

export type TestDb = Database & { url?: string; dispose(): Promise<void> };

export const usingPostgres = !!process.env.TEST_DATABASE_URL;
export const backendName = usingPostgres ? 'postgres' : 'pglite';

/** A name no other test file uses. */
function databaseName(): string {
  return `qgesy_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

/** A URL for a brand-new PostgreSQL database, empty or copied from a template (and a function to drop it). */
export async function freshPostgresDatabase(template?: string): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = databaseName();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** The run's snapshots, made by the global setup. */
export function snapshots(): Snapshots {
  return inject('qgesySnapshots');
}

const dumps = new Map<string, Blob>();
function dumpOf(file: string): Blob {
  let b = dumps.get(file);
  if (!b) {
    b = new Blob([readFileSync(file)]);
    dumps.set(file, b);
  }
  return b;
}

/**
 * A database for one test file. `from`: 'migrated' (the default) is the schema and nothing else, 'demo'
 * adds the Palangka Raya demo (its files come with copyDemoFiles), 'empty' has not been migrated.
 */
export async function createTestDb(opts: { migrate?: boolean; from?: 'empty' | 'migrated' | 'demo' } = {}): Promise<TestDb> {
  const from = opts.from ?? (opts.migrate === false ? 'empty' : 'migrated');
  const snap = from === 'empty' ? null : snapshots();
  if (snap && from === 'demo') await demoSnapshot(snap);
  if (usingPostgres) {
    const fresh = await freshPostgresDatabase(snap ? (from === 'demo' ? snap.demo : snap.migrated) : undefined);
    const database = await openDatabase({ databaseUrl: fresh.url, poolMax: 5 });
    return {
      ...database,
      url: fresh.url,
      async dispose() {
        await database.close();
        await fresh.drop();
      },
    };
  }
  const database = await openDatabase({
    pgliteDir: 'memory://',
    ...(snap ? { loadDataDir: dumpOf(from === 'demo' ? snap.demo : snap.migrated) } : {}),
  });
  return { ...database, dispose: () => database.close() };
}

/** How many logins the demo seed made (`serve --demo` prints them once). */
export async function demoLogins(): Promise<number> {
  return (await demoSnapshot(snapshots())).logins;
}

/** Copies the demo's blobs/ and keys/master.key into a data folder; returns the key file's path. */
export function copyDemoFiles(dataDir: string): { blobDir: string; keyFile: string } {
  cpSync(snapshots().demoFiles, dataDir, { recursive: true });
  return { blobDir: path.join(dataDir, 'blobs'), keyFile: path.join(dataDir, 'keys', 'master.key') };
}

export function tempDir(prefix = 'qgesy-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A key ring of this test process, in a file of its own under the temporary folder. */
function testKeys() {
  const file = path.join(os.tmpdir(), 'qgesy-test-keys', `${process.pid}.key`);
  ensureKeyFile(file);
  return keyRing(file);
}

/** A domain context on the test database with a fixed clock. */
export function testCtx(
  database: Database,
  opts: { actor?: Actor; now?: Date; blobDir?: string; keyFile?: string } = {},
): Ctx & { clock: ReturnType<typeof fixedClock> } {
  return {
    db: database.db,
    actor: opts.actor ?? systemActor('test'),
    clock: fixedClock(opts.now ?? new Date('2026-03-16T02:00:00Z')),
    ip: '127.0.0.1',
    blobs: localBlobStore(opts.blobDir ?? path.join(os.tmpdir(), 'qgesy-test-blobs')),
    keys: opts.keyFile ? keyRing(opts.keyFile) : testKeys(),
    settings: { baseUrl: 'http://localhost:3000', sessionTtlHours: 12, maxUploadBytes: 50 * 1024 * 1024 },
  };
}

/**
 * The audit key a context writes the chain with (audit.key beside its key ring's file; without a context,
 * the one testCtx uses by default), made when there is none yet.
 */
export function testAuditKey(ctx?: Pick<Ctx, 'keys'>): AuditKey {
  const keys = ctx?.keys ?? testKeys();
  ensureAuditKeyFile(auditKeyFileFor(keys.file), new Date());
  return auditKeyOf(keys);
}
