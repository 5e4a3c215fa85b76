// Writes one consistent .tar.gz backup: manifest, every application table as JSON lines, every stored file.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { link, mkdir, mkdtemp, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { once } from 'node:events';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { create as createTar } from 'tar';
import type { Db, Tx } from '../db/client.js';
import { blobs as blobsTable } from '../db/schema/index.js';
import type { BlobStore } from '../documents/blob-store.js';
import { AppError } from '../errors.js';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_PATH,
  backupError,
  blobEntryPath,
  liveTable,
  migrationState,
  planTables,
  quoteIdent,
  readJournal,
  tableEntryPath,
  type BackupManifest,
  type ManifestTable,
} from './format.js';

export type CreateBackupOptions = {
  db: Db;
  blobs: BlobStore;
  /** Final path of the archive (conventionally *.tar.gz); written as FILE.tmp, then renamed. */
  file: string;
  appVersion: string;
  now: Date;
  /** Recorded in the manifest; detected from the driver when not given. */
  kind?: 'pglite' | 'postgres';
  /** Rows fetched per round trip while dumping a table. */
  batchSize?: number;
  /** For tests: a schema module other than the application's. */
  schema?: Record<string, unknown>;
};

export type BackupResult = {
  file: string;
  /** Size of the archive in bytes. */
  bytes: number;
  manifest: BackupManifest;
  /** Rows per table. */
  tables: Record<string, number>;
  blobs: { count: number; bytes: number };
  /** Files named in the `blobs` table but absent from the blob store (worth a warning). */
  missingBlobs: string[];
};

type Dump = { tables: ManifestTable[]; migrations: { applied: number; lastTag: string | null }; serverVersion: string; blobRows: string[] };

export async function createBackup(opts: CreateBackupOptions): Promise<BackupResult> {
  const file = path.resolve(opts.file);
  const tmp = `${file}.tmp`;
  const journal = readJournal();
  const plan = planTables(opts.schema);
  const dir = path.dirname(file);
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw writeFailed(dir, e);
  }
  // Staged next to the archive (same file system, so blobs can be hard-linked, not copied).
  let stage: string;
  try {
    stage = await mkdtemp(path.join(dir, `.${path.basename(file)}.staging-`));
  } catch (e) {
    throw writeFailed(dir, e);
  }
  try {
    const dump = await dumpDatabase(opts.db, plan, journal, stage, opts.batchSize ?? 1000);
    if (dump.migrations.applied > journal.length) {
      throw backupError(
        'backup_database_newer',
        409,
        `Basis data ini sudah dimigrasikan oleh versi Q-Gesy yang lebih baru (${dump.migrations.applied} migrasi; versi ini mengenal ${journal.length}). Buat cadangan dengan versi yang lebih baru itu.`,
        `This database was migrated by a newer version of Q-Gesy (${dump.migrations.applied} migrations; this version knows ${journal.length}). Make the backup with that newer version.`,
      );
    }
    // Listed after the snapshot: files are stored before the row that names them commits,
    // so every file the snapshot refers to is already in the store.
    const stagedBlobs = await stageBlobs(opts.blobs, stage);
    const present = new Set(stagedBlobs.map((b) => b.sha256));
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: opts.appVersion,
      createdAt: opts.now.toISOString(),
      database: { kind: opts.kind ?? detectKind(opts.db), serverVersion: dump.serverVersion, migrations: dump.migrations },
      notBackedUp: plan.filter((t) => !t.backedUp).map((t) => t.name),
      tables: dump.tables,
      blobs: stagedBlobs,
    };
    await writeFile(path.join(stage, MANIFEST_PATH), `${JSON.stringify(manifest, null, 2)}\n`);

    await rm(tmp, { force: true });
    // The manifest comes first so that a restore can judge the archive before reading the rest.
    const entries = [MANIFEST_PATH, ...dump.tables.map((t) => t.file), ...stagedBlobs.map((b) => blobEntryPath(b.sha256))];
    try {
      await createTar({ gzip: true, file: tmp, cwd: stage, portable: true, strict: true }, entries);
      const fh = await open(tmp, 'r+');
      try {
        // Password hashes and live one-time links are inside: readable by the owner only.
        await fh.chmod(0o600);
        await fh.sync();
      } finally {
        await fh.close();
      }
      await rename(tmp, file);
    } catch (e) {
      throw writeFailed(file, e);
    }
    const tables: Record<string, number> = {};
    for (const t of dump.tables) tables[t.name] = t.rows;
    return {
      file,
      bytes: (await stat(file)).size,
      manifest,
      tables,
      blobs: { count: stagedBlobs.length, bytes: stagedBlobs.reduce((n, b) => n + b.size, 0) },
      missingBlobs: dump.blobRows.filter((s) => !present.has(s)),
    };
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => {});
    throw e;
  } finally {
    await rm(stage, { recursive: true, force: true }).catch(() => {});
  }
}

function detectKind(db: Db): 'pglite' | 'postgres' {
  return (db as unknown as { $client?: unknown }).$client instanceof PGlite ? 'pglite' : 'postgres';
}

function writeFailed(where: string, e: unknown): AppError {
  if (e instanceof AppError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return backupError(
    'backup_write_failed',
    500,
    `Berkas cadangan tidak dapat ditulis di ${where}: ${msg}`,
    `The backup could not be written at ${where}: ${msg}`,
    e,
  );
}

/**
 * Every table in one REPEATABLE READ, read-only transaction: all tables are seen at the same
 * instant even while the server keeps writing (PostgreSQL). Rows are pulled through a cursor
 * in batches and written straight to disk as the database's own JSON (to_jsonb): timestamps
 * as ISO 8601 with microseconds, jsonb and arrays as JSON, bigint and numeric digits exact.
 */
async function dumpDatabase(
  db: Db,
  plan: ReturnType<typeof planTables>,
  journal: ReturnType<typeof readJournal>,
  stage: string,
  batchSize: number,
): Promise<Dump> {
  await mkdir(path.join(stage, 'db'), { recursive: true });
  return db.transaction(
    async (tx: Tx) => {
      // Fixed output formats, whatever the server or role defaults are.
      await tx.execute(sql`set local timezone = 'UTC'`);
      await tx.execute(sql`set local intervalstyle = 'iso_8601'`);
      const migrations = await migrationState(tx, journal);
      const ver = (await tx.execute(sql`select current_setting('server_version') as v`)) as unknown as { rows: { v: string }[] };
      const tables: ManifestTable[] = [];
      for (const t of plan) {
        if (!t.backedUp) continue;
        const live = await liveTable(tx, t);
        // A table the database does not have yet (not migrated to this code's level): nothing to save.
        if (!live.exists) continue;
        const columns = live.columns.filter((c) => !c.generated).map((c) => c.name);
        const generated = live.columns.filter((c) => c.generated).map((c) => c.name);
        const rowExpr = generated.length
          ? `(to_jsonb(qgesy_row) - array[${generated.map((g) => `'${g.replace(/'/g, "''")}'`).join(', ')}]::text[])::text`
          : 'to_jsonb(qgesy_row)::text';
        const orderBy = live.primaryKey.length ? ` order by ${live.primaryKey.map((c) => `qgesy_row.${quoteIdent(c)}`).join(', ')}` : '';
        const file = tableEntryPath(t.name);
        const out = createWriteStream(path.join(stage, file));
        let outError: unknown = null;
        out.on('error', (e) => (outError ??= e));
        const hash = createHash('sha256');
        let rows = 0;
        let bytes = 0;
        try {
          await tx.execute(sql.raw(`declare qgesy_backup_cursor no scroll cursor for select ${rowExpr} as j from ${t.sqlName} qgesy_row${orderBy}`));
          for (;;) {
            const page = (await tx.execute(sql.raw(`fetch forward ${batchSize} from qgesy_backup_cursor`))) as unknown as { rows: { j: string }[] };
            if (page.rows.length === 0) break;
            const chunk = Buffer.from(page.rows.map((r) => `${r.j}\n`).join(''), 'utf8');
            hash.update(chunk);
            rows += page.rows.length;
            bytes += chunk.length;
            if (!out.write(chunk)) await once(out, 'drain');
          }
          await tx.execute(sql.raw('close qgesy_backup_cursor'));
        } finally {
          out.end();
          if (!out.closed) await once(out, 'close').catch(() => {});
        }
        if (outError) throw writeFailed(path.join(stage, file), outError);
        tables.push({ name: t.name, file, rows, bytes, sha256: hash.digest('hex'), columns, primaryKey: live.primaryKey });
      }
      const blobRows = (await tx.select({ sha256: blobsTable.sha256 }).from(blobsTable)).map((r) => r.sha256);
      return { tables, migrations, serverVersion: ver.rows[0]?.v ?? '', blobRows };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/**
 * Puts every stored file under the staging directory (a hard link when possible, a copy
 * otherwise) and checks that its content still matches its name.
 */
async function stageBlobs(store: BlobStore, stage: string): Promise<{ sha256: string; size: number }[]> {
  const out: { sha256: string; size: number }[] = [];
  for (const sha of await store.list()) {
    const dest = path.join(stage, blobEntryPath(sha));
    await mkdir(path.dirname(dest), { recursive: true });
    let linked = false;
    try {
      await link(store.filePath(sha), dest);
      linked = true;
    } catch {
      /* another file system, or a store without local files: copy */
    }
    if (!linked) {
      const src = store.stream(sha);
      if (!src) continue; // removed since it was listed: no longer part of the data
      await pipeline(src, createWriteStream(dest));
    }
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of createReadStream(dest) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
    }
    if (hash.digest('hex') !== sha) {
      throw backupError(
        'backup_blob_corrupt',
        500,
        `Berkas tersimpan ${sha} rusak: isinya tidak cocok dengan sidik jarinya (sha256). Pulihkan berkas itu dari cadangan sebelumnya, lalu ulangi.`,
        `The stored file ${sha} is damaged: its content does not match its sha256. Restore that file from an earlier backup and try again.`,
      );
    }
    out.push({ sha256: sha, size });
  }
  return out;
}
