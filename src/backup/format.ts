// What backup and restore share: the archive layout, the manifest, the table plan derived
// from the drizzle schema, catalog look-ups, and a streaming reader for .tar.gz archives.
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { is, sql } from 'drizzle-orm';
import { PgTable, getTableConfig, type PgColumn } from 'drizzle-orm/pg-core';
import { Parser, type ReadEntry } from 'tar';
import { z } from 'zod';
import { migrationsFolder, type DbOrTx } from '../db/client.js';
import * as appSchema from '../db/schema/index.js';
import { AppError } from '../errors.js';

export const BACKUP_FORMAT = 'qgesy-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const tableEntryPath = (name: string) => `db/${name}.jsonl`;
export const blobEntryPath = (sha256: string) => `blobs/${sha256.slice(0, 2)}/${sha256}`;
export const BLOB_ENTRY = /^blobs\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/**
 * Tables that are deliberately left out of backups (but emptied by a restore):
 * - sessions: live login credentials bound to a moment; restoring them would revive logins
 *   on another machine or after an incident, and everyone can simply sign in again.
 * - login_throttle: transient counters of failed logins that expire within minutes.
 * - citizen_sessions, citizen_sign_in_links: the same for the optional citizen account (its sign-in links
 *   live 30 minutes); a citizen asks for a new link.
 * - spent_form_tokens: the request form's used anti-bot tokens, worthless after a day.
 * - blob_gc_marks: the blob garbage collector's marks; after a restore the grace period starts afresh.
 * - search_title_postings: the title words of dip_search in published order, written again from the
 *   restored rows (restore.ts).
 */
export const NOT_BACKED_UP: readonly PgTable[] = [
  appSchema.sessions,
  appSchema.loginThrottle,
  appSchema.citizenSessions,
  appSchema.citizenSignInLinks,
  appSchema.spentFormTokens,
  appSchema.blobGcMarks,
  appSchema.searchTitlePostings,
];

const HEX64 = /^[0-9a-f]{64}$/;
const TABLE_NAME = /^[a-z_][a-z0-9_$]*(\.[a-z_][a-z0-9_$]*)?$/;

export const ZManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  createdAt: z.string(),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    serverVersion: z.string(),
    migrations: z.object({ applied: z.number().int().min(0), lastTag: z.string().nullable() }),
  }),
  /** Tables that exist in the schema but are intentionally not in the archive. */
  notBackedUp: z.array(z.string()),
  /** In the order they were written (parents before children). */
  tables: z.array(
    z.object({
      name: z.string().regex(TABLE_NAME),
      file: z.string(),
      rows: z.number().int().min(0),
      bytes: z.number().int().min(0),
      sha256: z.string().regex(HEX64),
      columns: z.array(z.string().min(1)).min(1),
      primaryKey: z.array(z.string()),
    }),
  ),
  blobs: z.array(z.object({ sha256: z.string().regex(HEX64), size: z.number().int().min(0) })),
});
export type BackupManifest = z.infer<typeof ZManifest>;
export type ManifestTable = BackupManifest['tables'][number];

// ---------------------------------------------------------------------------------------
// Errors users see (the CLI prints them); Indonesian first, English second.

export function backupError(code: string, status: number, id: string, en: string, cause?: unknown): AppError {
  const err = new AppError(code, status, { id, en });
  if (cause !== undefined) err.cause = cause;
  return err;
}

export const corruptArchive = (detailId: string, detailEn: string, cause?: unknown) =>
  backupError(
    'backup_archive_invalid',
    422,
    `Berkas cadangan rusak atau tidak lengkap: ${detailId}. Tidak ada yang diubah.`,
    `The backup file is damaged or incomplete: ${detailEn}. Nothing was changed.`,
    cause,
  );

// ---------------------------------------------------------------------------------------
// The table plan: every table of the drizzle schema, parents before children.

export type PlannedTable = {
  /** Name in the archive: the table name, or schema.table outside `public`. */
  name: string;
  /** Quoted, qualified SQL name. */
  sqlName: string;
  backedUp: boolean;
  /**
   * Foreign-key columns that cannot be filled at insert time (self references, cycles):
   * rows go in with them empty and a second pass sets them once every row exists.
   */
  deferredColumns: string[];
};

export const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

type Fk = { parent: PgTable; columns: PgColumn[] };

/**
 * Derives the tables and their insert order from the schema module, so that a table added
 * to src/db/schema is backed up and restored without anyone touching this code.
 */
export function planTables(schema: Record<string, unknown> = appSchema): PlannedTable[] {
  const seen = new Set<PgTable>();
  for (const v of Object.values(schema)) if (is(v, PgTable)) seen.add(v);
  const nameOf = (t: PgTable) => {
    const c = getTableConfig(t);
    return c.schema && c.schema !== 'public' ? `${c.schema}.${c.name}` : c.name;
  };
  const tables = [...seen].sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  const excluded = new Set(NOT_BACKED_UP);
  const fks = new Map<PgTable, Fk[]>();
  const deferred = new Map<PgTable, Set<string>>();
  for (const t of tables) {
    const list: Fk[] = [];
    deferred.set(t, new Set());
    for (const fk of getTableConfig(t).foreignKeys) {
      const ref = fk.reference();
      if (!seen.has(ref.foreignTable)) continue;
      if (!excluded.has(t) && excluded.has(ref.foreignTable)) {
        // A developer error that the backup tests catch: the restored rows would point nowhere.
        throw new Error(`backup: table ${nameOf(t)} references ${nameOf(ref.foreignTable)}, which is not backed up`);
      }
      if (ref.foreignTable === t && ref.columns.every((c) => !c.notNull)) {
        for (const c of ref.columns) deferred.get(t)!.add(c.name);
        continue;
      }
      if (ref.foreignTable !== t) list.push({ parent: ref.foreignTable, columns: ref.columns });
    }
    fks.set(t, list);
  }

  const placed = new Set<PgTable>();
  const order: PgTable[] = [];
  const blocking = (t: PgTable) => fks.get(t)!.filter((fk) => !placed.has(fk.parent) && !fk.columns.every((c) => deferred.get(t)!.has(c.name)));
  while (order.length < tables.length) {
    const next = tables.find((t) => !placed.has(t) && blocking(t).length === 0);
    if (next) {
      placed.add(next);
      order.push(next);
      continue;
    }
    // A cycle between tables: break it at a table whose blocking references may be empty.
    const remaining = tables.filter((t) => !placed.has(t));
    const breakable = remaining.find((t) => blocking(t).every((fk) => fk.columns.every((c) => !c.notNull)));
    if (!breakable) throw new Error(`backup: cannot order tables ${remaining.map(nameOf).join(', ')}: a cycle of NOT NULL foreign keys`);
    for (const fk of blocking(breakable)) for (const c of fk.columns) deferred.get(breakable)!.add(c.name);
  }

  return order.map((t) => {
    const c = getTableConfig(t);
    return {
      name: nameOf(t),
      sqlName: c.schema ? `${quoteIdent(c.schema)}.${quoteIdent(c.name)}` : quoteIdent(c.name),
      backedUp: !excluded.has(t),
      deferredColumns: [...deferred.get(t)!].sort(),
    };
  });
}

// ---------------------------------------------------------------------------------------
// What the live database says about a table (the schema module can lag behind or run ahead
// of a database that is not migrated to this code's level).

export type LiveColumn = {
  name: string;
  /** GENERATED ... STORED/VIRTUAL: never dumped, never inserted. */
  generated: boolean;
  /** GENERATED ALWAYS AS IDENTITY: inserting needs OVERRIDING SYSTEM VALUE. */
  identityAlways: boolean;
  /** Sequence behind a serial/identity column, advanced after a restore. */
  sequence: string | null;
};
export type LiveTable = { exists: boolean; columns: LiveColumn[]; primaryKey: string[] };

type Rows<T> = { rows: T[] };

export async function liveTable(db: DbOrTx, t: PlannedTable): Promise<LiveTable> {
  const ex = (await db.execute(sql`select to_regclass(${t.sqlName}) is not null as "exists"`)) as unknown as Rows<{ exists: boolean }>;
  if (!ex.rows[0]?.exists) return { exists: false, columns: [], primaryKey: [] };
  const cols = (await db.execute(sql`
    select a.attname as name, a.attgenerated::text as generated, a.attidentity::text as identity,
           pg_get_serial_sequence(${t.sqlName}, a.attname) as sequence
    from pg_attribute a
    where a.attrelid = to_regclass(${t.sqlName}) and a.attnum > 0 and not a.attisdropped
    order by a.attnum`)) as unknown as Rows<{ name: string; generated: string; identity: string; sequence: string | null }>;
  const pk = (await db.execute(sql`
    select a.attname as name
    from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indrelid = to_regclass(${t.sqlName}) and i.indisprimary
    order by array_position(i.indkey::int2[], a.attnum)`)) as unknown as Rows<{ name: string }>;
  return {
    exists: true,
    columns: cols.rows.map((c) => ({ name: c.name, generated: c.generated !== '', identityAlways: c.identity === 'a', sequence: c.sequence })),
    primaryKey: pk.rows.map((r) => r.name),
  };
}

// ---------------------------------------------------------------------------------------
// Migrations: how far a database is, in the terms of this code's journal.

export type JournalEntry = { tag: string; when: number };

export function readJournal(folder = migrationsFolder()): JournalEntry[] {
  const j = JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  return j.entries.map((e) => ({ tag: e.tag, when: Number(e.when) }));
}

export type MigrationState = { applied: number; lastTag: string | null };

/** drizzle records each applied migration with the journal's `when` as created_at. */
export async function migrationState(db: DbOrTx, journal: JournalEntry[]): Promise<MigrationState> {
  // Checked first rather than caught: an error would abort the caller's transaction.
  const ex = (await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as "exists"`)) as unknown as Rows<{ exists: boolean }>;
  if (!ex.rows[0]?.exists) return { applied: 0, lastTag: null };
  const r = (await db.execute(sql`select count(*)::int as n, max(created_at)::text as last from drizzle.__drizzle_migrations`)) as unknown as Rows<{
    n: number;
    last: string | null;
  }>;
  const applied = Number(r.rows[0]?.n ?? 0);
  const last = r.rows[0]?.last;
  const lastTag = last == null ? null : (journal.find((e) => String(e.when) === last)?.tag ?? null);
  return { applied, lastTag };
}

// ---------------------------------------------------------------------------------------
// Reading an archive as a stream: one entry at a time, with back-pressure, so that neither
// a big table nor a big file has to fit in memory.

export type EntryInfo = { path: string; type: string; size: number };
export type EntrySink = { data?(chunk: Buffer): void | Promise<void>; end?(): void | Promise<void> };

/**
 * Calls onEntry for every entry; its sink receives the entry's bytes in order. The next
 * piece of the archive is only read once the sink's work on the previous one is done.
 * Rejects on the first error: of the gzip stream (a truncated or damaged file), of the tar
 * structure (strict mode) or thrown by a sink.
 */
export async function readArchive(file: string, onEntry: (e: EntryInfo) => EntrySink | null | Promise<EntrySink | null>): Promise<void> {
  let failure: { error: unknown } | null = null;
  const fail = (error: unknown) => {
    failure ??= { error };
  };
  let work: Promise<void> = Promise.resolve();
  const enqueue = (fn: () => void | Promise<void>) => {
    work = work
      .then(async () => {
        if (!failure) await fn();
      })
      .catch(fail);
  };

  const parser = new Parser({ strict: true });
  let parserDone = false;
  const parserEnded = new Promise<void>((resolve) => {
    parser.on('end', () => {
      parserDone = true;
      resolve();
    });
    parser.on('error', (e: unknown) => {
      fail(e);
      resolve();
    });
  });
  parser.on('entry', (entry: ReadEntry) => {
    const info: EntryInfo = { path: entry.path, type: entry.type, size: entry.size ?? 0 };
    // onEntry runs in turn with the sinks, so it sees everything the earlier entries did.
    let sink: EntrySink | null = null;
    enqueue(async () => {
      sink = await onEntry(info);
    });
    entry.on('data', (chunk: Buffer) => enqueue(() => sink?.data?.(chunk)));
    entry.on('end', () => enqueue(() => sink?.end?.()));
  });

  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on('error', (e) => gunzip.destroy(e));
  source.pipe(gunzip);
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      parser.write(chunk);
      await work;
      if (failure) break;
    }
  } catch (e) {
    fail(corruptArchive(`isi terkompresi tidak utuh (${(e as Error).message})`, `the compressed data is not intact (${(e as Error).message})`, e));
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  if (!failure) {
    parser.end();
    await parserEnded;
    await work;
    if (!failure && !parserDone) fail(corruptArchive('struktur tar tidak selesai', 'the tar structure does not end properly'));
  }
  if (failure) {
    const error = (failure as { error: unknown }).error;
    if (error instanceof AppError) throw error;
    const msg = error instanceof Error ? error.message : String(error);
    throw corruptArchive(`bukan arsip cadangan Q-Gesy yang sah (${msg})`, `not a valid Q-Gesy backup archive (${msg})`, error);
  }
}
