// Gives each test file a fresh, migrated database: in-memory PGlite by default, a new
// PostgreSQL database when TEST_DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { fixedClock } from '../../src/clock.js';
import { systemActor, type Actor, type Ctx } from '../../src/context.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { localBlobStore } from '../../src/documents/blob-store.js';
import { ensureKeyFile, keyRing } from '../../src/documents/encryption.js';

export type TestDb = Database & { url?: string; dispose(): Promise<void> };

export const usingPostgres = !!process.env.TEST_DATABASE_URL;
export const backendName = usingPostgres ? 'postgres' : 'pglite';

/** A URL for a brand-new, empty PostgreSQL database (and a function to drop it). */
export async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `qgesy_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
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

export async function createTestDb(opts: { migrate?: boolean } = {}): Promise<TestDb> {
  if (usingPostgres) {
    const fresh = await freshPostgresDatabase();
    const database = await openDatabase({ databaseUrl: fresh.url, poolMax: 5 });
    if (opts.migrate !== false) await database.migrate();
    return {
      ...database,
      url: fresh.url,
      async dispose() {
        await database.close();
        await fresh.drop();
      },
    };
  }
  const database = await openDatabase({ pgliteDir: 'memory://' });
  if (opts.migrate !== false) await database.migrate();
  return { ...database, dispose: () => database.close() };
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
export function testCtx(database: Database, opts: { actor?: Actor; now?: Date; blobDir?: string } = {}): Ctx & { clock: ReturnType<typeof fixedClock> } {
  return {
    db: database.db,
    actor: opts.actor ?? systemActor('test'),
    clock: fixedClock(opts.now ?? new Date('2026-03-16T02:00:00Z')),
    ip: '127.0.0.1',
    blobs: localBlobStore(opts.blobDir ?? path.join(os.tmpdir(), 'qgesy-test-blobs')),
    keys: testKeys(),
    settings: { baseUrl: 'http://localhost:3000', sessionTtlHours: 12, maxUploadBytes: 50 * 1024 * 1024 },
  };
}
