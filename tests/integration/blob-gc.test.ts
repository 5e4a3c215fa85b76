// Blob garbage collection (src/domain/blobs/gc.ts): a DIP document that is deleted leaves its file behind;
// after the grace period (on the test clock) the file is gone from the store and from a new backup, while a
// referenced file is never touched, a file in its grace period survives, a file written within the grace
// period survives even when its mark is old, and a dry run deletes nothing. On the local store and on S3
// (s3rver in this process), on PGlite and PostgreSQL; and `qgesy blobs gc [--dry-run]` as an operator runs it.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { is, eq, sql } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../src/backup/backup.js';
import { fixedClock } from '../../src/clock.js';
import { systemActor, type Ctx } from '../../src/context.js';
import { openDatabase } from '../../src/db/client.js';
import * as appSchema from '../../src/db/schema/index.js';
import { auditLog, blobGcMarks, blobs as blobsTable, encryptedFiles, units } from '../../src/db/schema/index.js';
import { localBlobStore, type BlobStore } from '../../src/documents/blob-store.js';
import { keyRing } from '../../src/documents/encryption.js';
import { s3BlobStore } from '../../src/documents/s3-store.js';
import { blobGcMarksOf, collectBlobGarbage, DEFAULT_GRACE_MS } from '../../src/domain/blobs/gc.js';
import { BLOB_LIKE_COLUMN, BLOB_REFERENCES, NOT_BLOB_REFERENCES, referenceName, referencedBlobKeys } from '../../src/domain/blobs/references.js';
import { attachDocument, removeDocument } from '../../src/domain/dip/documents.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { startBlobGcJob } from '../../src/jobs/blob-gc.js';
import { runCli } from '../helpers/cli.js';
import { createTestDb, freshPostgresDatabase, tempDir, testCtx, usingPostgres, type TestDb } from '../helpers/db.js';
import { dipInput } from '../helpers/dip.js';

type S3rverInstance = { run(): Promise<{ port: number }>; close(): Promise<void> };
type S3rverClass = new (opts: Record<string, unknown>) => S3rverInstance;
// s3rver ships no type declarations.
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const DAY = 86_400_000;
const SLOW = 180_000;

function archiveBlobs(file: string): string[] {
  const names: string[] = [];
  tar.t({ file, sync: true, onReadEntry: (e) => void names.push(e.path) });
  return names.filter((n) => n.startsWith('blobs/')).map((n) => n.split('/').pop()!);
}

describe('the list of blob references', () => {
  it('accounts for every column that looks like it holds a blob key', () => {
    const listed = new Set(BLOB_REFERENCES.map(referenceName));
    const found: string[] = [];
    for (const v of Object.values(appSchema)) {
      if (!is(v, PgTable)) continue;
      const t = getTableConfig(v);
      for (const c of t.columns) if (BLOB_LIKE_COLUMN.test(c.name)) found.push(`${t.name}.${c.name}`);
    }
    const unaccounted = found.filter((n) => !listed.has(n) && !(n in NOT_BLOB_REFERENCES));
    expect(unaccounted, 'add each to BLOB_REFERENCES (it holds blob keys) or NOT_BLOB_REFERENCES (say why not)').toEqual([]);
    // Neither list names a column that does not exist (a rename would leave a stale entry behind).
    for (const n of [...listed, ...Object.keys(NOT_BLOB_REFERENCES)]) expect(found, n).toContain(n);
    expect([...listed].sort()).toEqual(
      [
        'dip_documents.sha256',
        'disputes.decision_sha256',
        'encrypted_files.blob_sha256',
        'letter_scans.scan_sha256',
        'public_body.logo_sha256',
        'redactions.output_sha256',
        'request_files.sha256',
        'signed_letters.pdf_sha256',
      ].sort(),
    );
  });
});

type StoreKind = 'local' | 's3';

describe.each<StoreKind>(['local', 's3'])('blob garbage collection on the %s store', { timeout: 600_000 }, (kind) => {
  let t: TestDb;
  let store: BlobStore;
  let close: () => Promise<void> = async () => {};
  let s3dir = '';
  const work = tempDir(`qgesy-blob-gc-${kind}-`);
  // The store's modification times are real: the test clock starts at real time once the files are written.
  let start = new Date();
  const clock = fixedClock(start);
  let ctx: Ctx;
  let entryId = '';
  const removed = fixture('dokumen.pdf');
  const kept = fixture('dokumen.docx');
  const stray = Buffer.from(`nama,keterangan\nunggahan,barisnya belum tersimpan (${kind})\n`);
  const encrypted = Buffer.from(`sandi teks rahasia ${kind}`);

  beforeAll(async () => {
    t = await createTestDb();
    if (kind === 's3') {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-s3rver-gc-'));
      s3dir = dir;
      const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: 'qgesy-uji-gc' }] });
      const { port } = await server.run();
      const s3 = s3BlobStore({
        endpoint: `http://127.0.0.1:${port}`,
        region: 'us-east-1',
        bucket: 'qgesy-uji-gc',
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
        forcePathStyle: true,
      });
      store = s3;
      close = async () => {
        s3.client.destroy();
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      };
    } else {
      store = localBlobStore(path.join(work.dir, 'blobs'));
    }
    ctx = { ...testCtx(t), clock, blobs: store, actor: systemActor('uji') };
    const [u] = await t.db.insert(units).values({ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' }).returning();
    const e = await createDraft(ctx, u!.id, dipInput());
    entryId = e.id;
    await attachDocument(ctx, entryId, { filename: 'jembatan.pdf', bytes: removed });
    await attachDocument(ctx, entryId, { filename: 'rencana.docx', bytes: kept });
    // A blob referred to only through encrypted_files (classified documents, identity scans).
    const enc = await store.put(encrypted);
    await t.db
      .insert(encryptedFiles)
      .values({ blobSha256: enc.sha256, wrappedKey: 'x', keyId: 'y', size: enc.size, mime: 'application/pdf', createdAt: clock.now() });
    start = new Date();
    clock.set(start);
  }, SLOW);
  afterAll(async () => {
    await t?.dispose();
    await close();
    work.cleanup();
  });

  it('a deleted DIP document is marked first, kept through the grace period, then deleted from the store and from new backups', async () => {
    const docs = await t.db.select().from(appSchema.dipDocuments);
    const gone = docs.find((d) => d.sha256 === sha(removed))!;
    await removeDocument(ctx, entryId, gone.id);
    expect(await referencedBlobKeys(t.db)).toEqual(new Set([sha(kept), sha(encrypted)]));

    // A dry run marks nothing and deletes nothing.
    const dry0 = await collectBlobGarbage(ctx, { dryRun: true });
    expect(dry0).toMatchObject({ dryRun: true, stored: { count: 3 }, unreferenced: { count: 1, bytes: removed.length }, newlyMarked: 1 });
    expect(dry0.deleted.count).toBe(0);
    expect((await blobGcMarksOf(ctx)).size).toBe(0);

    // First run: marked, not deleted.
    const r1 = await collectBlobGarbage(ctx);
    expect(r1).toMatchObject({ newlyMarked: 1, unmarked: 0, deleted: { count: 0 }, waiting: { count: 1, bytes: removed.length } });
    expect([...(await blobGcMarksOf(ctx))]).toEqual([[sha(removed), start]]);
    const before = path.join(work.dir, 'sebelum.tar.gz');
    await createBackup({ db: t.db, blobs: store, file: before, appVersion: 'uji', now: clock.now() });
    expect(archiveBlobs(before)).toContain(sha(removed));

    // Three days on, an upload whose row is not committed yet: unreferenced, marked, in its grace period.
    clock.advance(3 * DAY);
    await store.put(stray);
    const r2 = await collectBlobGarbage(ctx);
    expect(r2).toMatchObject({ newlyMarked: 1, deleted: { count: 0 }, waiting: { count: 2 } });

    // Just short of the grace period: nothing is deleted.
    clock.set(new Date(start.getTime() + DEFAULT_GRACE_MS - 60_000));
    expect((await collectBlobGarbage(ctx)).deleted.count).toBe(0);
    expect(await store.has(sha(removed))).toBe(true);

    // Past it: a dry run names the file and leaves it; the real run deletes it and nothing else.
    clock.set(new Date(start.getTime() + DEFAULT_GRACE_MS + 60_000));
    const dry = await collectBlobGarbage(ctx, { dryRun: true });
    expect(dry.deleted).toEqual({ count: 1, bytes: removed.length, keys: [sha(removed)] });
    expect(await store.has(sha(removed))).toBe(true);
    expect((await blobGcMarksOf(ctx)).has(sha(removed))).toBe(true);

    const r3 = await collectBlobGarbage(ctx);
    expect(r3.deleted).toEqual({ count: 1, bytes: removed.length, keys: [sha(removed)] });
    expect(r3.failed).toEqual([]);
    expect(await store.has(sha(removed))).toBe(false);
    expect(await store.has(sha(kept))).toBe(true);
    expect(await store.has(sha(encrypted))).toBe(true);
    expect(await store.has(sha(stray))).toBe(true);
    expect([...(await blobGcMarksOf(ctx)).keys()]).toEqual([sha(stray)]);
    expect(
      await t.db
        .select()
        .from(blobsTable)
        .where(eq(blobsTable.sha256, sha(removed))),
    ).toEqual([]);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'blob.gc_deleted'));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toMatchObject({ details: { count: 1, bytes: removed.length, keys: [sha(removed)] } });

    // A backup taken now no longer holds the deleted document's file, and carries no marks.
    const after = path.join(work.dir, 'sesudah.tar.gz');
    const b = await createBackup({ db: t.db, blobs: store, file: after, appVersion: 'uji', now: clock.now() });
    expect(archiveBlobs(after)).not.toContain(sha(removed));
    expect(archiveBlobs(after)).toContain(sha(kept));
    expect(b.manifest.blobs.map((x) => x.sha256)).not.toContain(sha(removed));
    expect(b.manifest.notBackedUp).toContain('blob_gc_marks');
    expect(b.missingBlobs).toEqual([]);
  });

  it('a blob referenced again loses its mark and is never deleted; referenced blobs are never touched', async () => {
    // The stray upload's row commits after all (as a DIP document).
    await attachDocument(ctx, entryId, { filename: 'susulan.csv', bytes: stray });
    const r = await collectBlobGarbage(ctx);
    expect(r).toMatchObject({ unmarked: 1, newlyMarked: 0, unreferenced: { count: 0 }, deleted: { count: 0 } });
    expect((await blobGcMarksOf(ctx)).size).toBe(0);
    clock.advance(10 * DEFAULT_GRACE_MS);
    for (let i = 0; i < 2; i++) expect((await collectBlobGarbage(ctx)).deleted.count).toBe(0);
    for (const b of [kept, stray, encrypted]) expect(await store.has(sha(b))).toBe(true);
  });

  it('never deletes a blob written within the grace period, even when its mark is old', async () => {
    // Real time again: the blob below is written "now" by the store's own clock.
    clock.set(new Date());
    const fresh = Buffer.from(`baru saja ditulis ${kind}`);
    await store.put(fresh);
    await t.db.insert(blobGcMarks).values({ key: sha(fresh), firstSeenUnreferencedAt: new Date(clock.now().getTime() - 30 * DAY) });
    const r = await collectBlobGarbage(ctx);
    expect(r.deleted.count).toBe(0);
    expect(r.waiting.count).toBe(1);
    expect(await store.has(sha(fresh))).toBe(true);
    // Once it is old enough by its own time too, it goes.
    clock.advance(DEFAULT_GRACE_MS + 60_000);
    expect((await collectBlobGarbage(ctx)).deleted.keys).toEqual([sha(fresh)]);
    expect(await store.has(sha(fresh))).toBe(false);
  });

  it('storing bytes that are already stored renews their modification time (a re-upload of a marked file is safe)', async () => {
    const again = Buffer.from(`diunggah dua kali ${kind}`);
    await store.put(again);
    if (kind === 'local') {
      const old = new Date(Date.now() - 30 * DAY);
      utimesSync(store.filePath(sha(again)), old, old);
    } else {
      // Backdate the object inside s3rver's folder (its LastModified is the file's time).
      const file = readdirSync(s3dir, { recursive: true, encoding: 'utf8' }).find((f) => f.includes(sha(again)) && f.endsWith('object'));
      const old = new Date(Date.now() - 30 * DAY);
      utimesSync(path.join(s3dir, file!), old, old);
    }
    const before = (await store.info(sha(again)))!;
    expect(before.size).toBe(again.length);
    await store.put(again);
    const after = (await store.info(sha(again)))!;
    expect(after.modifiedAt.getTime()).toBeGreaterThan(before.modifiedAt.getTime());
    expect((await store.get(sha(again)))!.equals(again)).toBe(true);
    expect(await store.info('0'.repeat(64))).toBeNull();
    await store.remove(sha(again));
  });

  it('a blob that cannot be deleted from the store stays marked and is reported', async () => {
    const stuck = Buffer.from(`tidak bisa dihapus ${kind}`);
    await store.put(stuck);
    expect((await collectBlobGarbage(ctx)).newlyMarked).toBe(1);
    clock.advance(DEFAULT_GRACE_MS + 60_000);
    const failing: BlobStore = { ...store, remove: () => Promise.reject(new Error('disk gone')) };
    const r = await collectBlobGarbage({ ...ctx, blobs: failing });
    expect(r.failed).toEqual([sha(stuck)]);
    expect(r.deleted.count).toBe(0);
    expect((await blobGcMarksOf(ctx)).has(sha(stuck))).toBe(true);
    expect(await store.has(sha(stuck))).toBe(true);
    expect((await collectBlobGarbage(ctx)).deleted.keys).toEqual([sha(stuck)]);
  });

  it('the daily job of serve runs the same collection', async () => {
    const left = Buffer.from(`ditinggalkan ${kind}`);
    await store.put(left);
    const job = startBlobGcJob({ db: t.db, blobs: store, keys: ctx.keys, baseUrl: 'http://localhost:3000', clock, firstDelayMs: 3_600_000 });
    try {
      expect((await job.tick()).newlyMarked).toBe(1);
      clock.advance(DEFAULT_GRACE_MS + 60_000);
      expect((await job.tick()).deleted.keys).toEqual([sha(left)]);
    } finally {
      job.stop();
    }
    expect(await store.has(sha(left))).toBe(false);
  });
});

describe('qgesy blobs gc', { timeout: 600_000 }, () => {
  const tmp = tempDir('qgesy-blobs-cli-');
  const dataDir = path.join(tmp.dir, 'data');
  const store = localBlobStore(path.join(dataDir, 'blobs'));
  let pgDb: { url: string; drop(): Promise<void> } | undefined;
  let env: Record<string, string>;
  const pdf = fixture('dokumen.pdf');

  async function withSame<T>(fn: (ctx: Ctx) => Promise<T>): Promise<T> {
    const db = await openDatabase(pgDb ? { databaseUrl: pgDb.url } : { pgliteDir: path.join(dataDir, 'pglite') });
    try {
      await db.migrate();
      return await fn({
        db: db.db,
        actor: systemActor('uji'),
        clock: fixedClock(new Date()),
        ip: null,
        blobs: store,
        // The key file as the CLI finds it: the audit rows written here are keyed with the audit key beside it.
        keys: keyRing(path.join(dataDir, 'keys', 'master.key')),
        settings: { baseUrl: 'http://localhost:3000', sessionTtlHours: 12, maxUploadBytes: 1 << 22 },
      });
    } finally {
      await db.close();
    }
  }

  beforeAll(async () => {
    if (usingPostgres) pgDb = await freshPostgresDatabase();
    env = { DATA_DIR: dataDir, ...(pgDb ? { DATABASE_URL: pgDb.url } : {}) };
    await withSame(async (ctx) => {
      const [u] = await ctx.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
      const e = await createDraft(ctx, u!.id, dipInput());
      const d = await attachDocument(ctx, e.id, { filename: 'laporan.pdf', bytes: pdf });
      await removeDocument(ctx, e.id, d.id);
    });
  }, SLOW);
  afterAll(async () => {
    await pgDb?.drop();
    tmp.cleanup();
  });

  it('refuses wrong arguments with one line and exit code 2', async () => {
    for (const args of [['blobs'], ['blobs', 'hapus'], ['blobs', 'gc', 'semua']]) {
      const r = await runCli(args, env);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toContain('qgesy blobs gc [--dry-run]');
    }
    expect((await runCli(['help'], env)).stdout).toContain('blobs gc [--dry-run]');
  });

  it('marks, then after the grace period deletes, printing count and bytes; a dry run deletes nothing', async () => {
    const file = store.filePath(sha(pdf));
    const first = await runCli(['blobs', 'gc'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Dihapus / deleted: 0 (0 B');
    expect(first.stdout).toContain('baru ditandai / newly marked: 1');
    expect(existsSync(file)).toBe(true);

    // Eight days pass (for the mark and for the file).
    const old = new Date(Date.now() - 8 * DAY);
    await withSame((ctx) => ctx.db.execute(sql`update blob_gc_marks set first_seen_unreferenced_at = ${old.toISOString()}`));
    utimesSync(file, old, old);

    const dry = await runCli(['blobs', 'gc', '--dry-run'], env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`dry run, nothing changed: 1 (${pdf.length} B`);
    expect(dry.stdout).toContain(sha(pdf));
    expect(existsSync(file)).toBe(true);

    const real = await runCli(['blobs', 'gc'], env);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain(`Dihapus / deleted: 1 (${pdf.length} B`);
    expect(real.stdout).toContain(sha(pdf));
    expect(existsSync(file)).toBe(false);
    const audited = await withSame((ctx) => ctx.db.select().from(auditLog).where(eq(auditLog.action, 'blob.gc_deleted')));
    expect(audited.map((a) => a.actorName)).toEqual(['qgesy blobs gc']);
  });
});
