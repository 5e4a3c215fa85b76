// Checks a backup archive completely, then puts its files into the blob store and its rows into the database in one transaction.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx, Tx } from '../db/client.js';
import { users } from '../db/schema/index.js';
import type { BlobStore } from '../documents/blob-store.js';
import { AppError } from '../errors.js';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BLOB_ENTRY,
  MANIFEST_PATH,
  ZManifest,
  backupError,
  corruptArchive,
  liveTable,
  migrationState,
  planTables,
  quoteIdent,
  readArchive,
  readJournal,
  tableEntryPath,
  type BackupManifest,
  type JournalEntry,
  type LiveTable,
  type ManifestTable,
  type PlannedTable,
} from './format.js';

export type RestoreOptions = {
  /** A database already migrated to this code's level (the caller runs the migrations). */
  db: Db;
  blobs: BlobStore;
  file: string;
  /** Replace a database that already has users. */
  force?: boolean;
  /** Where table data is unpacked while the archive is checked; the system temp directory by default. */
  workDir?: string;
  /** Rows per INSERT. */
  batchSize?: number;
  /** For tests: a schema module other than the application's. */
  schema?: Record<string, unknown>;
};

export type RestoreResult = {
  manifest: BackupManifest;
  /** Rows restored per table. */
  tables: Record<string, number>;
  blobs: { count: number; written: number; alreadyPresent: number };
  /** True when the database had users that were replaced (force). */
  replacedExisting: boolean;
};

const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
const MAX_BATCH_CHARS = 4 * 1024 * 1024;

export async function restoreBackup(opts: RestoreOptions): Promise<RestoreResult> {
  const file = path.resolve(opts.file);
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch (e) {
    throw backupError(
      'backup_file_missing',
      404,
      `Berkas cadangan ${file} tidak ditemukan atau tidak dapat dibaca.`,
      `The backup file ${file} does not exist or cannot be read.`,
      e,
    );
  }
  const journal = readJournal();
  const plan = planTables(opts.schema);

  const target = await migrationState(opts.db, journal);
  const last = journal[journal.length - 1];
  if (target.applied !== journal.length || target.lastTag !== (last?.tag ?? null)) {
    throw backupError(
      'restore_target_not_migrated',
      409,
      `Basis data tujuan belum dimigrasikan ke versi ini (${target.applied} dari ${journal.length} migrasi). Jalankan \`qgesy migrate\` dulu, lalu ulangi pemulihan.`,
      `The target database is not migrated to this version (${target.applied} of ${journal.length} migrations). Run \`qgesy migrate\` first, then restore again.`,
    );
  }
  const live = new Map<string, LiveTable>();
  for (const t of plan) live.set(t.name, await liveTable(opts.db, t));

  // Refused before anything is read or written.
  const existingUsers = await countUsers(opts.db);
  if (existingUsers > 0 && !opts.force) throw targetNotEmpty(existingUsers);

  const work = await mkdtemp(path.join(opts.workDir ?? os.tmpdir(), 'qgesy-restore-'));
  try {
    const checked = await checkArchive(file, work, journal, plan, live);
    const blobs = await restoreBlobs(file, opts.blobs, checked.manifest);
    let tables: Record<string, number>;
    try {
      tables = await opts.db.transaction((tx) => restoreRows(tx, plan, live, checked, opts.force === true, opts.batchSize ?? 2000));
    } catch (e) {
      if (e instanceof AppError) throw e;
      const msg = e instanceof Error ? e.message : String(e);
      throw backupError(
        'restore_failed',
        500,
        `Pemulihan gagal dan dibatalkan; isi basis data tidak berubah. Rincian: ${msg}`,
        `The restore failed and was rolled back; the database is unchanged. Details: ${msg}`,
        e,
      );
    }
    return { manifest: checked.manifest, tables, blobs, replacedExisting: existingUsers > 0 };
  } finally {
    await rm(work, { recursive: true, force: true }).catch(() => {});
  }
}

async function countUsers(db: DbOrTx): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return Number(r?.n ?? 0);
}

const targetNotEmpty = (n: number) =>
  backupError(
    'restore_target_not_empty',
    409,
    `Basis data tujuan sudah berisi ${n} pengguna. Pemulihan akan menggantikan SELURUH isinya; jika itu memang maksudnya, ulangi dengan --force.`,
    `The target database already has ${n} user(s). A restore replaces ALL of its content; if that is what you want, run it again with --force.`,
  );

// ---------------------------------------------------------------------------------------
// Pass 1: read the whole archive without touching the target. Table data is unpacked to
// the work directory; every file is hashed; everything is compared with the manifest.

type Checked = { manifest: BackupManifest; tableFiles: Map<string, { meta: ManifestTable; path: string }> };

async function checkArchive(file: string, work: string, journal: JournalEntry[], plan: PlannedTable[], live: Map<string, LiveTable>): Promise<Checked> {
  let manifest: BackupManifest | null = null;
  let first = true;
  const tableByFile = new Map<string, ManifestTable>();
  const blobSize = new Map<string, number>();
  const tableFiles = new Map<string, { meta: ManifestTable; path: string }>();
  const seenBlobs = new Set<string>();

  await readArchive(file, (e) => {
    const isFirst = first;
    first = false;
    if (e.type === 'Directory') return null;
    if (e.type !== 'File' && e.type !== 'OldFile') {
      throw corruptArchive(`entri tak terduga ${e.path} (${e.type})`, `unexpected entry ${e.path} (${e.type})`);
    }
    if (isFirst && e.path !== MANIFEST_PATH) throw corruptArchive(`entri pertama bukan ${MANIFEST_PATH}`, `the first entry is not ${MANIFEST_PATH}`);
    if (e.path === MANIFEST_PATH) {
      if (!isFirst) throw corruptArchive(`${MANIFEST_PATH} muncul dua kali`, `${MANIFEST_PATH} appears twice`);
      const chunks: Buffer[] = [];
      let size = 0;
      return {
        data(c) {
          size += c.length;
          if (size > MAX_MANIFEST_BYTES) throw corruptArchive(`${MANIFEST_PATH} terlalu besar`, `${MANIFEST_PATH} is too large`);
          chunks.push(c);
        },
        end() {
          manifest = checkManifest(Buffer.concat(chunks).toString('utf8'), journal, plan, live);
          for (const t of manifest.tables) tableByFile.set(t.file, t);
          for (const b of manifest.blobs) blobSize.set(b.sha256, b.size);
        },
      };
    }
    if (!manifest) throw corruptArchive(`${MANIFEST_PATH} tidak ada`, `${MANIFEST_PATH} is missing`);

    const meta = tableByFile.get(e.path);
    if (meta) {
      if (tableFiles.has(meta.name)) throw corruptArchive(`${e.path} muncul dua kali`, `${e.path} appears twice`);
      const dest = path.join(work, `${tableFiles.size}.jsonl`);
      tableFiles.set(meta.name, { meta, path: dest });
      return unpackTable(meta, dest);
    }

    const m = BLOB_ENTRY.exec(e.path);
    if (m && m[1] === m[2]!.slice(0, 2)) {
      const sha = m[2]!;
      const expected = blobSize.get(sha);
      if (expected === undefined) throw corruptArchive(`berkas ${sha} tidak tercantum di manifest`, `file ${sha} is not listed in the manifest`);
      if (seenBlobs.has(sha)) throw corruptArchive(`berkas ${sha} muncul dua kali`, `file ${sha} appears twice`);
      seenBlobs.add(sha);
      const hash = createHash('sha256');
      let size = 0;
      return {
        data(c) {
          hash.update(c);
          size += c.length;
        },
        end() {
          if (size !== expected || hash.digest('hex') !== sha) {
            throw corruptArchive(`isi berkas ${sha} tidak cocok dengan sha256/ukurannya`, `the content of file ${sha} does not match its sha256/size`);
          }
        },
      };
    }
    throw corruptArchive(`entri tak dikenal ${e.path}`, `unknown entry ${e.path}`);
  });

  const m = manifest as BackupManifest | null;
  if (!m) throw corruptArchive(`${MANIFEST_PATH} tidak ada`, `${MANIFEST_PATH} is missing`);
  const missingTables = m.tables.filter((t) => !tableFiles.has(t.name)).map((t) => t.file);
  const missingBlobs = m.blobs.filter((b) => !seenBlobs.has(b.sha256)).map((b) => b.sha256);
  if (missingTables.length || missingBlobs.length) {
    const list = [...missingTables, ...missingBlobs.map((s) => `blobs/.../${s}`)].slice(0, 5).join(', ');
    throw corruptArchive(`entri yang tercantum di manifest tidak ada: ${list}`, `entries listed in the manifest are missing: ${list}`);
  }
  return { manifest: m, tableFiles };
}

function unpackTable(meta: ManifestTable, dest: string) {
  const out = createWriteStream(dest);
  let outError: unknown = null;
  out.on('error', (e) => (outError ??= e));
  const hash = createHash('sha256');
  let bytes = 0;
  let lines = 0;
  let lastByte = 10;
  return {
    async data(c: Buffer) {
      hash.update(c);
      bytes += c.length;
      for (let i = c.indexOf(10); i !== -1; i = c.indexOf(10, i + 1)) lines++;
      lastByte = c[c.length - 1] ?? lastByte;
      if (!out.write(c)) await once(out, 'drain');
    },
    async end() {
      out.end();
      if (!out.closed) await once(out, 'close').catch(() => {});
      if (outError) throw outError;
      if (bytes !== meta.bytes || lines !== meta.rows || lastByte !== 10 || hash.digest('hex') !== meta.sha256) {
        throw corruptArchive(`data tabel ${meta.name} tidak cocok dengan manifest`, `the data of table ${meta.name} does not match the manifest`);
      }
    },
  };
}

function checkManifest(text: string, journal: JournalEntry[], plan: PlannedTable[], live: Map<string, LiveTable>): BackupManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw corruptArchive(`${MANIFEST_PATH} bukan JSON yang sah`, `${MANIFEST_PATH} is not valid JSON`, e);
  }
  const head = z.object({ format: z.literal(BACKUP_FORMAT), formatVersion: z.number() }).safeParse(raw);
  if (!head.success) throw corruptArchive('ini bukan arsip cadangan Q-Gesy', 'this is not a Q-Gesy backup archive');
  if (head.data.formatVersion > BACKUP_FORMAT_VERSION) {
    throw backupError(
      'backup_format_newer',
      422,
      `Cadangan ini memakai format versi ${head.data.formatVersion}, yang lebih baru daripada yang dapat dibaca versi Q-Gesy ini (${BACKUP_FORMAT_VERSION}). Perbarui Q-Gesy, lalu ulangi pemulihan.`,
      `This backup uses format version ${head.data.formatVersion}, newer than this version of Q-Gesy can read (${BACKUP_FORMAT_VERSION}). Upgrade Q-Gesy and restore again.`,
    );
  }
  const parsed = ZManifest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.')}: ${issue.message}` : '';
    throw corruptArchive(`${MANIFEST_PATH} tidak sah (${where})`, `${MANIFEST_PATH} is not valid (${where})`);
  }
  const m = parsed.data;
  const { applied, lastTag } = m.database.migrations;
  if (applied > journal.length) {
    throw backupError(
      'backup_schema_newer',
      409,
      `Cadangan ini dibuat oleh Q-Gesy ${m.appVersion} dengan skema basis data yang lebih baru (${applied} migrasi) daripada yang dikenal versi ini (${journal.length} migrasi). Pasang Q-Gesy ${m.appVersion} atau yang lebih baru, lalu ulangi pemulihan.`,
      `This backup was made by Q-Gesy ${m.appVersion} with a newer database schema (${applied} migrations) than this version knows (${journal.length}). Install Q-Gesy ${m.appVersion} or later and restore again.`,
    );
  }
  const schemaMismatch = (id: string, en: string) =>
    backupError(
      'backup_schema_mismatch',
      409,
      `Cadangan ini tidak cocok dengan skema basis data versi Q-Gesy ini: ${id}. Tidak ada yang diubah.`,
      `This backup does not match the database schema of this version of Q-Gesy: ${en}. Nothing was changed.`,
    );
  if (applied > 0 && journal[applied - 1]!.tag !== lastTag) {
    throw schemaMismatch(
      `migrasi terakhirnya ${lastTag ?? '(tidak diketahui)'} tidak ada di riwayat migrasi ini`,
      `its last migration ${lastTag ?? '(unknown)'} is not in this migration history`,
    );
  }
  const planned = new Map(plan.map((t) => [t.name, t]));
  const names = new Set<string>();
  for (const t of m.tables) {
    if (names.has(t.name)) throw corruptArchive(`tabel ${t.name} tercantum dua kali`, `table ${t.name} is listed twice`);
    names.add(t.name);
    if (t.file !== tableEntryPath(t.name)) throw corruptArchive(`nama berkas tabel ${t.name} salah`, `wrong file name for table ${t.name}`);
    const p = planned.get(t.name);
    if (!p || !p.backedUp) throw schemaMismatch(`tabel ${t.name} tidak dikenal`, `unknown table ${t.name}`);
    const cols = new Map(live.get(t.name)!.columns.map((c) => [c.name, c]));
    // Refused rather than dropped: restoring must never lose data silently.
    const unknown = t.columns.filter((c) => !cols.has(c) || cols.get(c)!.generated);
    if (unknown.length) throw schemaMismatch(`kolom ${t.name}.${unknown.join(', ')} tidak dikenal`, `unknown column(s) ${t.name}.${unknown.join(', ')}`);
  }
  if (new Set(m.blobs.map((b) => b.sha256)).size !== m.blobs.length) throw corruptArchive('ada berkas yang tercantum dua kali', 'a file is listed twice');
  return m;
}

// ---------------------------------------------------------------------------------------
// Pass 2: files into the blob store. Done before the rows commit: if the database part then
// fails, the store only holds extra content-addressed files, which nothing refers to.

async function restoreBlobs(file: string, store: BlobStore, manifest: BackupManifest): Promise<RestoreResult['blobs']> {
  let written = 0;
  let alreadyPresent = 0;
  await readArchive(file, async (e) => {
    const m = BLOB_ENTRY.exec(e.path);
    if (!m) return null;
    const sha = m[2]!;
    if (await store.has(sha)) {
      alreadyPresent++;
      return null;
    }
    const chunks: Buffer[] = [];
    return {
      data(c) {
        chunks.push(c);
      },
      async end() {
        const r = await store.put(Buffer.concat(chunks));
        // The archive changed between the two passes.
        if (r.sha256 !== sha) throw corruptArchive(`isi berkas ${sha} berubah saat dibaca`, `the content of file ${sha} changed while being read`);
        written++;
      },
    };
  });
  return { count: manifest.blobs.length, written, alreadyPresent };
}

// ---------------------------------------------------------------------------------------
// Pass 3: all rows in one transaction, parents before children.

async function restoreRows(
  tx: Tx,
  plan: PlannedTable[],
  live: Map<string, LiveTable>,
  checked: Checked,
  force: boolean,
  batchSize: number,
): Promise<Record<string, number>> {
  // Checked again inside the transaction, in case someone created a user meanwhile.
  if (!force) {
    const n = await countUsers(tx);
    if (n > 0) throw targetNotEmpty(n);
  }
  const existing = plan.filter((t) => live.get(t.name)!.exists);
  // User triggers (the audit log's append-only guard, and any a later migration adds) would
  // refuse the TRUNCATE or rewrite restored rows; they are off only inside this transaction.
  for (const t of existing) await tx.execute(sql.raw(`alter table ${t.sqlName} disable trigger user`));
  // Emptied even without --force: a database without users holds at most seed rows, and
  // the archive carries its own. Sessions and login throttling (not in backups) go too.
  if (existing.length) await tx.execute(sql.raw(`truncate table ${existing.map((t) => t.sqlName).join(', ')} restart identity`));

  const counts: Record<string, number> = {};
  for (const t of plan) {
    const f = checked.tableFiles.get(t.name);
    if (!f) continue;
    const deferred = new Set(t.deferredColumns.filter((c) => f.meta.columns.includes(c)));
    const cols = f.meta.columns.filter((c) => !deferred.has(c));
    const lt = live.get(t.name)!;
    const overriding = lt.columns.some((c) => c.identityAlways && cols.includes(c.name)) ? ' overriding system value' : '';
    const list = cols.map(quoteIdent).join(', ');
    let n = 0;
    // Columns missing from an older archive take their defaults; the database converts JSON
    // back to each column's type (timestamps, arrays, jsonb, numeric...).
    for await (const b of batches(f.path, batchSize)) {
      await tx.execute(
        sql`insert into ${sql.raw(t.sqlName)} (${sql.raw(list)})${sql.raw(overriding)} select ${sql.raw(list)} from jsonb_populate_recordset(null::${sql.raw(t.sqlName)}, ${b.json}::jsonb)`,
      );
      n += b.rows;
    }
    counts[t.name] = n;
  }

  for (const t of plan) {
    const f = checked.tableFiles.get(t.name);
    const deferred = f ? t.deferredColumns.filter((c) => f.meta.columns.includes(c)) : [];
    if (!f || deferred.length === 0 || f.meta.rows === 0) continue;
    const pk = live.get(t.name)!.primaryKey;
    if (pk.length === 0) throw new Error(`table ${t.name} refers to itself but has no primary key`);
    const set = deferred.map((c) => `${quoteIdent(c)} = s.${quoteIdent(c)}`).join(', ');
    const where = pk.map((c) => `d.${quoteIdent(c)} = s.${quoteIdent(c)}`).join(' and ');
    for await (const b of batches(f.path, batchSize)) {
      await tx.execute(
        sql`update ${sql.raw(t.sqlName)} as d set ${sql.raw(set)} from jsonb_populate_recordset(null::${sql.raw(t.sqlName)}, ${b.json}::jsonb) as s where ${sql.raw(where)}`,
      );
    }
  }

  // Serial and identity columns continue after the highest restored value.
  for (const t of existing) {
    for (const c of live.get(t.name)!.columns) {
      if (!c.sequence) continue;
      const col = quoteIdent(c.name);
      await tx.execute(
        sql`select setval(${c.sequence}::regclass, coalesce((select max(${sql.raw(col)}) from ${sql.raw(t.sqlName)}), 1), (select max(${sql.raw(col)}) from ${sql.raw(t.sqlName)}) is not null)`,
      );
    }
  }
  // dip_search.has_file is derived from the published documents; an archive made before the column
  // existed restores it as false everywhere.
  if (existing.some((t) => t.name === 'dip_search') && existing.some((t) => t.name === 'dip_documents')) {
    await tx.execute(sql`update dip_search s set has_file = exists (
      select 1 from dip_entries e join dip_documents d on d.version_id = e.published_version_id where e.id = s.entry_id)`);
  }
  // The title words in published order are derived from dip_search (not in archives; its trigger is off
  // while the rows go in): written again from the restored rows.
  if (existing.some((t) => t.name === 'dip_search') && existing.some((t) => t.name === 'search_title_postings')) {
    await tx.execute(sql`truncate table search_title_postings`);
    await tx.execute(sql`insert into search_title_postings (lexeme, published_at, entry_id, unit_id, year, category, has_file)
      select u.lexeme, s.published_at, s.entry_id, s.unit_id, s.year, s.category, s.has_file from dip_search s, unnest(s.title_tsv) u`);
  }
  for (const t of existing) await tx.execute(sql.raw(`alter table ${t.sqlName} enable trigger user`));
  return counts;
}

/** JSON lines grouped into JSON arrays of at most `maxRows` rows (and a few MB). */
async function* batches(file: string, maxRows: number): AsyncGenerator<{ json: string; rows: number }> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let buf: string[] = [];
  let chars = 0;
  for await (const line of lines) {
    if (line === '') continue;
    buf.push(line);
    chars += line.length;
    if (buf.length >= maxRows || chars >= MAX_BATCH_CHARS) {
      yield { json: `[${buf.join(',')}]`, rows: buf.length };
      buf = [];
      chars = 0;
    }
  }
  if (buf.length) yield { json: `[${buf.join(',')}]`, rows: buf.length };
}
