// Opens the embedded PGlite database or a PostgreSQL pool and gives back one drizzle handle type.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.js';
import { LOCK_KEYS } from './lock-keys.js';

export type Schema = typeof schema;
/** Both drivers expose the same query builder; node-postgres' type is used for both. */
export type Db = NodePgDatabase<Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs the committed migrations (under an advisory lock on PostgreSQL). */
  migrate(): Promise<void>;
  /** Number of migrations applied vs. committed. */
  migrationStatus(): Promise<{ applied: number; expected: number }>;
  ping(): Promise<void>;
  /**
   * A number that changes whenever a transaction that changed what the public portal shows has committed
   * (migration 0003). The embedded database counts the commit notifications it sees (no query); on
   * PostgreSQL, where other processes write too, it reads the counter row.
   */
  publicGeneration(): Promise<number>;
  close(): Promise<void>;
  pglite?: PGlite;
};

const here = path.dirname(fileURLToPath(import.meta.url));

/** The committed migrations folder, found from the source tree or from the built bundle. */
export function migrationsFolder(): string {
  const candidates = [path.join(here, 'migrations'), path.join(here, '..', 'src', 'db', 'migrations'), path.join(here, '..', '..', 'src', 'db', 'migrations')];
  for (const c of candidates) if (existsSync(path.join(c, 'meta', '_journal.json'))) return c;
  throw new Error('migrations folder not found');
}

export function expectedMigrationCount(folder = migrationsFolder()): number {
  const journal = JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

async function countApplied(db: Db): Promise<number> {
  try {
    const r = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    return Number((r.rows[0] as { n: number }).n);
  } catch {
    return 0;
  }
}

export type OpenOptions = {
  databaseUrl?: string | undefined;
  /** Directory for the embedded database; `memory://` for an in-memory one. */
  pgliteDir?: string;
  poolMax?: number;
  /** PGlite only: start from this data-directory dump (PGlite's dumpDataDir) instead of an empty cluster. */
  loadDataDir?: Blob;
};

/**
 * Shares reads of the public generation between concurrent callers without ever answering a caller with
 * a read that began before it called: while one read is in flight, callers wait for the next one, which
 * starts when the current one ends and serves all of them. So a commit that finished before a request
 * arrived is always seen, and a busy server makes one query per round trip instead of one per request.
 */
export function generationReader(read: () => Promise<number>): () => Promise<number> {
  let current: Promise<number> | null = null;
  let next: Promise<number> | null = null;
  const start = (): Promise<number> => {
    const p = read().finally(() => {
      if (current === p) current = null;
    });
    current = p;
    return p;
  };
  return () => {
    if (!current) return start();
    next ??= current
      .catch(() => undefined)
      .then(() => {
        next = null;
        return start();
      });
    return next;
  };
}

/** The notification channel of migration 0003's commit trigger. */
const PUBLIC_CHANNEL = 'qgesy_public';

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  const folder = migrationsFolder();
  const expected = expectedMigrationCount(folder);
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolMax ?? 10 });
    // An idle client dying (server restart) must not crash the process.
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema });
    return {
      db,
      kind: 'postgres',
      async migrate() {
        const client = await pool.connect();
        try {
          await client.query('select pg_advisory_lock($1)', [LOCK_KEYS.migration]);
          try {
            await migratePg(db, { migrationsFolder: folder });
          } finally {
            await client.query('select pg_advisory_unlock($1)', [LOCK_KEYS.migration]);
          }
        } finally {
          client.release();
        }
      },
      async migrationStatus() {
        return { applied: await countApplied(db), expected };
      },
      async ping() {
        await pool.query('select 1');
      },
      publicGeneration: generationReader(async () => {
        const r = await pool.query<{ n: string }>('select n from public_generation where id = 1');
        return Number(r.rows[0]?.n ?? -1);
      }),
      async close() {
        await pool.end();
      },
    };
  }
  const dir = opts.pgliteDir ?? 'memory://';
  const release = dir.startsWith('memory://') ? () => {} : acquireDirLock(dir);
  let client: PGlite;
  try {
    // pg_trgm (typo-tolerant search) ships with PGlite as a contrib extension.
    client = await PGlite.create({
      ...(dir === 'memory://' ? {} : { dataDir: dir }),
      ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
      extensions: { pg_trgm },
    });
  } catch (err) {
    release();
    throw err;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  // Notifications arrive with the COMMIT's reply, so the counter moves before the committing call returns.
  let generation = 0;
  await client.listen(PUBLIC_CHANNEL, () => {
    generation++;
  });
  return {
    db,
    kind: 'pglite',
    pglite: client,
    async migrate() {
      await migratePglite(db as never, { migrationsFolder: folder });
    },
    async migrationStatus() {
      return { applied: await countApplied(db), expected };
    },
    async ping() {
      await client.query('select 1');
    },
    publicGeneration() {
      return Promise.resolve(generation);
    },
    async close() {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

export class DatabaseBusyError extends Error {}

/**
 * PGlite is one process only: a second process opening the same directory would corrupt it.
 * A lock file with our pid keeps CLI commands off a directory that a running server holds.
 */
function acquireDirLock(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const lockFile = path.join(path.dirname(path.resolve(dir)), `${path.basename(dir)}.lock`);
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new DatabaseBusyError(
        `Basis data tertanam di ${dir} sedang dipakai proses lain (pid ${pid}). Hentikan server itu dulu, atau pakai PostgreSQL (DATABASE_URL) untuk beberapa proses.`,
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => {
    try {
      if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) rmSync(lockFile);
    } catch {
      /* already gone */
    }
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
