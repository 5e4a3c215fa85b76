import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { jsonb, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup, type BackupResult } from '../../src/backup/backup.js';
import { planTables, readJournal, type BackupManifest } from '../../src/backup/format.js';
import { restoreBackup } from '../../src/backup/restore.js';
import { expectedMigrationCount, openDatabase, type Database, type Db } from '../../src/db/client.js';
import * as appSchema from '../../src/db/schema/index.js';
import { localBlobStore, type BlobStore } from '../../src/documents/blob-store.js';
import { recordAudit } from '../../src/domain/audit/record-audit.js';
import { verifyAuditChain } from '../../src/domain/audit/verify-audit-chain.js';
import { setLogo, updatePublicBody } from '../../src/domain/org/public-body.js';
import { createUnit } from '../../src/domain/units/units.js';
import { createUser } from '../../src/domain/users/users.js';
import { AppError } from '../../src/errors.js';
import { backendName, createTestDb, tempDir, testAuditKey, testCtx, usingPostgres, type TestDb } from '../helpers/db.js';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2000)]);
const BIG = randomBytes(300_000);

/** Typical data through the domain functions, plus rows that only a direct insert makes. */
async function fill(database: Database, blobDir: string): Promise<void> {
  const ctx = testCtx(database, { blobDir });
  await updatePublicBody(ctx, {
    name: 'Pemerintah Kota Contoh',
    shortName: 'Pemkot',
    address: 'Jl. Merdeka No. 1\nKota Contoh',
    phone: '',
    email: 'ppid@contoh.go.id',
    website: '',
    ppidContactName: 'Siti Rahayu',
    ppidContactEmail: '',
    ppidContactPhone: '',
    serviceHours: 'Senin–Jumat 08.00–16.00 WIB',
    agencyOfficerLabel: 'PPID Pembantu',
  });
  ctx.clock.advance(1000);
  await setLogo(ctx, PNG);
  const base = { shortName: '', isPpidUtama: false, address: '', email: '', phone: '', active: true };
  const dinkes = await createUnit(ctx, { ...base, code: 'dinkes', name: 'Dinas Kesehatan' });
  await createUnit(ctx, { ...base, code: 'diskominfo', name: 'Dinas Komunikasi & Informatika — "Ćirebon" 🚀', isPpidUtama: true });
  ctx.clock.advance(1000);
  await createUser(ctx, {
    name: 'Admin Utama',
    email: 'admin@contoh.go.id',
    nip: '',
    unitId: '',
    roles: ['admin'],
    locale: 'id',
    password: 'kata-sandi-yang-panjang-1',
  });
  // Without a password: an invitation token and an outbox mail come with it.
  await createUser(ctx, {
    name: 'Budi Santoso',
    email: 'budi@contoh.go.id',
    nip: '198001012005011001',
    unitId: dinkes.id,
    roles: ['ppid_pembantu', 'viewer'],
    locale: 'en',
  });
  await recordAudit(ctx, {
    action: 'test.weird',
    entityType: 'test',
    entityId: null,
    details: { nested: { list: [1, 2.5, -3e-7, 'tiga', null, true], big: Number.MAX_SAFE_INTEGER }, text: 'baris1\nbaris2\t"kutip" \\ 🚀', empty: {} },
  });
  // Microsecond timestamps, which a JavaScript Date would round.
  await database.db.execute(sql`update units set updated_at = '2026-01-02 03:04:05.123456+00' where code = 'dinkes'`);
  const [u] = (await database.db.execute(sql`select id from users where email = 'admin@contoh.go.id'`)).rows as { id: string }[];
  const t0 = new Date('2026-03-16T02:00:00Z');
  await database.db.insert(appSchema.sessions).values({ id: 'a'.repeat(64), userId: u!.id, createdAt: t0, lastSeenAt: t0, expiresAt: t0 });
  await database.db.insert(appSchema.loginThrottle).values({ key: 'ip:1.2.3.4', failures: 2, firstFailureAt: t0, lastFailureAt: t0 });
  // A file with no row (allowed: written before a transaction that rolled back).
  await ctx.blobs.put(BIG);
}

/** Every backed-up table as the database's own JSON, in primary-key order. */
async function snapshot(db: Db, schema?: Record<string, unknown>): Promise<Record<string, string[]>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone = 'UTC'`);
    const out: Record<string, string[]> = {};
    for (const t of planTables(schema)) {
      if (!t.backedUp) continue;
      const r = await tx.execute(sql.raw(`select to_jsonb(x)::text as j from ${t.sqlName} x order by 1`));
      out[t.name] = (r.rows as { j: string }[]).map((x) => x.j);
    }
    return out;
  });
}

async function count(db: Db, table: string): Promise<number> {
  const r = await db.execute(sql.raw(`select count(*)::int as n from "${table}"`));
  return Number((r.rows[0] as { n: number }).n);
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

function listEntries(file: string): string[] {
  const names: string[] = [];
  tar.t({ file, sync: true, onReadEntry: (e) => void names.push(e.path) });
  return names;
}

/** Unpacks an archive, lets `edit` change it, packs it again with the manifest first. */
async function repack(file: string, out: string, work: string, edit: (dir: string, manifest: BackupManifest) => void): Promise<void> {
  const dir = path.join(work, `repack-${randomBytes(4).toString('hex')}`);
  mkdirSync(dir);
  await tar.x({ file, cwd: dir });
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BackupManifest;
  edit(dir, manifest);
  writeFileSync(manifestFile, JSON.stringify(manifest));
  const entries = listEntries(file);
  await tar.c({ gzip: true, file: out, cwd: dir, portable: true }, entries);
}

describe(`backup and restore (${backendName})`, () => {
  let source: TestDb;
  let work: ReturnType<typeof tempDir>;
  let sourceBlobs: BlobStore;
  let archive: string;
  let backup: BackupResult;
  let expected: Record<string, string[]>;
  const disposers: (() => Promise<void> | void)[] = [];

  beforeAll(async () => {
    work = tempDir('qgesy-backup-');
    source = await createTestDb();
    const blobDir = path.join(work.dir, 'blobs-source');
    sourceBlobs = localBlobStore(blobDir);
    await fill(source, blobDir);
    // A row whose file is missing from the store: reported, not fatal.
    await source.db.insert(appSchema.blobs).values({ sha256: 'f'.repeat(64), size: 1, mime: 'text/plain' });
    expected = await snapshot(source.db);
    archive = path.join(work.dir, 'out', 'cadangan.tar.gz');
    backup = await createBackup({ db: source.db, blobs: sourceBlobs, file: archive, appVersion: '0.1.0-test', now: new Date('2026-03-16T03:00:00Z') });
  });
  afterAll(async () => {
    for (const d of disposers.reverse()) await d();
    await source?.dispose();
    work?.cleanup();
  });

  async function freshTarget(): Promise<{ t: TestDb; blobDir: string; blobs: BlobStore }> {
    const t = await createTestDb();
    disposers.push(() => t.dispose());
    const blobDir = path.join(work.dir, `blobs-${randomBytes(4).toString('hex')}`);
    return { t, blobDir, blobs: localBlobStore(blobDir) };
  }

  it('writes one archive: manifest first, every backed-up table, every stored file', async () => {
    expect(readdirSync(path.dirname(archive))).toEqual(['cadangan.tar.gz']);
    const entries = listEntries(archive);
    expect(entries[0]).toBe('manifest.json');
    expect(entries).toContain('db/users.jsonl');
    expect(entries).toContain('db/audit_log.jsonl');
    expect(entries).not.toContain('db/sessions.jsonl');
    expect(entries).not.toContain('db/login_throttle.jsonl');
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(entries).toContain(`blobs/${sha(PNG).slice(0, 2)}/${sha(PNG)}`);
    expect(entries).toContain(`blobs/${sha(BIG).slice(0, 2)}/${sha(BIG)}`);

    const m = backup.manifest;
    expect(m.format).toBe('qgesy-backup');
    expect(m.appVersion).toBe('0.1.0-test');
    expect(m.createdAt).toBe('2026-03-16T03:00:00.000Z');
    expect(m.database.kind).toBe(backendName);
    const journal = readJournal();
    expect(m.database.migrations).toEqual({ applied: expectedMigrationCount(), lastTag: journal[journal.length - 1]!.tag });
    expect(m.notBackedUp.sort()).toEqual([
      'blob_gc_marks',
      'citizen_sessions',
      'citizen_sign_in_links',
      'login_throttle',
      'search_title_postings',
      'sessions',
      'spent_form_tokens',
    ]);
    expect(m.blobs).toEqual(
      expect.arrayContaining([
        { sha256: sha(PNG), size: PNG.length },
        { sha256: sha(BIG), size: BIG.length },
      ]),
    );
    for (const [name, rows] of Object.entries(expected)) expect(backup.tables[name], name).toBe(rows.length);
    // Parents come before children in the archive.
    const order = m.tables.map((t) => t.name);
    expect(order.indexOf('units')).toBeLessThan(order.indexOf('users'));
    expect(order.indexOf('users')).toBeLessThan(order.indexOf('password_reset_tokens'));
    expect(backup.missingBlobs).toEqual(['f'.repeat(64)]);
    expect(backup.bytes).toBe(statSync(archive).size);
  });

  it('restores into a fresh database and blob store: same rows, valid audit chain, same files', async () => {
    const { t, blobDir, blobs } = await freshTarget();
    const r = await restoreBackup({ db: t.db, blobs, file: archive });
    expect(r.replacedExisting).toBe(false);
    expect(r.blobs).toMatchObject({ count: 2, written: 2, alreadyPresent: 0 });
    expect(await snapshot(t.db)).toEqual(expected);
    for (const [name, rows] of Object.entries(expected)) expect(r.tables[name], name).toBe(rows.length);
    expect(expected.users).toHaveLength(2);
    expect(expected.units).toHaveLength(2);
    expect(expected.audit_log!.length).toBeGreaterThanOrEqual(6);
    expect(expected.units!.some((j) => j.includes('2026-01-02T03:04:05.123456'))).toBe(true);
    expect(await count(t.db, 'sessions')).toBe(0);
    expect(await count(t.db, 'login_throttle')).toBe(0);
    expect(await verifyAuditChain(t.db, testAuditKey())).toMatchObject({ ok: true, rows: expected.audit_log!.length });
    for (const b of [PNG, BIG]) {
      const sha = createHash('sha256').update(b).digest('hex');
      expect((await blobs.get(sha))?.equals(b)).toBe(true);
    }
    expect(existsSync(blobDir)).toBe(true);
    // The append-only guard is back on after the restore.
    await expect(t.db.execute(sql`delete from audit_log where seq = 1`)).rejects.toThrow();
    // And the restored database is usable: the next audit row chains on.
    await recordAudit(testCtx(t, { blobDir }), { action: 'after.restore', entityType: 'test' });
    expect(await verifyAuditChain(t.db, testAuditKey())).toMatchObject({ ok: true });

    // Restoring again without --force is refused and changes nothing.
    const before = await snapshot(t.db);
    const e = await rejection(restoreBackup({ db: t.db, blobs, file: archive }));
    expect(e.code).toBe('restore_target_not_empty');
    expect(e.messages.id).toMatch(/--force/);
    expect(await snapshot(t.db)).toEqual(before);

    // With --force the content is replaced by the archive's, audit log included.
    const ctx = testCtx(t, { blobDir });
    await createUnit(ctx, { code: 'baru', name: 'Unit Baru', shortName: '', isPpidUtama: false, address: '', email: '', phone: '', active: true });
    const forced = await restoreBackup({ db: t.db, blobs, file: archive, force: true });
    expect(forced.replacedExisting).toBe(true);
    expect(forced.blobs).toMatchObject({ written: 0, alreadyPresent: 2 });
    expect(await snapshot(t.db)).toEqual(expected);
    expect(await verifyAuditChain(t.db, testAuditKey())).toMatchObject({ ok: true, rows: expected.audit_log!.length });
    await expect(t.db.execute(sql`update audit_log set action = 'x' where seq = 1`)).rejects.toThrow();
  });

  it('refuses a truncated archive and leaves the target unchanged', async () => {
    const { t, blobDir, blobs } = await freshTarget();
    const size = statSync(archive).size;
    for (const keep of [Math.floor(size / 2), size - 4, 100]) {
      const bad = path.join(work.dir, `truncated-${keep}.tar.gz`);
      copyFileSync(archive, bad);
      truncateSync(bad, keep);
      const e = await rejection(restoreBackup({ db: t.db, blobs, file: bad }));
      expect(e.code, `kept ${keep} bytes`).toBe('backup_archive_invalid');
      expect(e.messages.id).toMatch(/rusak|tidak lengkap/);
      expect(await count(t.db, 'users')).toBe(0);
      expect(await count(t.db, 'audit_log')).toBe(0);
      expect(existsSync(blobDir)).toBe(false);
    }
    // Nor does a forced restore of a bad archive touch a database that has data.
    await restoreBackup({ db: t.db, blobs, file: archive });
    const before = await snapshot(t.db);
    const bad = path.join(work.dir, 'truncated-force.tar.gz');
    copyFileSync(archive, bad);
    truncateSync(bad, Math.floor(size * 0.9));
    const e = await rejection(restoreBackup({ db: t.db, blobs, file: bad, force: true }));
    expect(e.code).toBe('backup_archive_invalid');
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('refuses an archive from a newer schema, with a clear Indonesian message', async () => {
    const { t, blobs } = await freshTarget();
    const newer = path.join(work.dir, 'newer.tar.gz');
    await repack(archive, newer, work.dir, (_dir, m) => {
      m.database.migrations = { applied: expectedMigrationCount() + 1, lastTag: '9999_from_the_future' };
      m.appVersion = '9.0.0';
    });
    const e = await rejection(restoreBackup({ db: t.db, blobs, file: newer }));
    expect(e.code).toBe('backup_schema_newer');
    expect(e.messages.id).toContain('skema basis data yang lebih baru');
    expect(e.messages.id).toContain('9.0.0');
    expect(await count(t.db, 'users')).toBe(0);
  });

  it('refuses a file whose content does not match its sha256, before writing anything', async () => {
    const { t, blobDir, blobs } = await freshTarget();
    const tampered = path.join(work.dir, 'tampered.tar.gz');
    const sha = createHash('sha256').update(BIG).digest('hex');
    await repack(archive, tampered, work.dir, (dir) => {
      const f = path.join(dir, 'blobs', sha.slice(0, 2), sha);
      const b = readFileSync(f);
      b[1000] = b[1000]! ^ 0xff;
      writeFileSync(f, b);
    });
    const e = await rejection(restoreBackup({ db: t.db, blobs, file: tampered }));
    expect(e.code).toBe('backup_archive_invalid');
    expect(e.messages.id).toContain(sha);
    expect(existsSync(blobDir)).toBe(false);
    expect(await count(t.db, 'users')).toBe(0);

    // A table file edited after the manifest was written is caught the same way.
    const edited = path.join(work.dir, 'edited.tar.gz');
    await repack(archive, edited, work.dir, (dir) => {
      const f = path.join(dir, 'db', 'users.jsonl');
      writeFileSync(f, readFileSync(f, 'utf8').replace('Admin Utama', 'Admin Palsu'));
    });
    const e2 = await rejection(restoreBackup({ db: t.db, blobs, file: edited }));
    expect(e2.code).toBe('backup_archive_invalid');
    expect(e2.messages.id).toContain('users');
  });

  it('rolls back everything when a row cannot be inserted', async () => {
    const { t, blobs } = await freshTarget();
    // Consistent with its manifest, but a child row points at a unit that is not there.
    const orphan = path.join(work.dir, 'orphan.tar.gz');
    await repack(archive, orphan, work.dir, (dir, m) => {
      const f = path.join(dir, 'db', 'units.jsonl');
      const lines = readFileSync(f, 'utf8').split('\n').filter(Boolean);
      const content = lines
        .filter((l) => !l.includes('"dinkes"'))
        .map((l) => `${l}\n`)
        .join('');
      writeFileSync(f, content);
      const entry = m.tables.find((x) => x.name === 'units')!;
      entry.rows = lines.length - 1;
      entry.bytes = Buffer.byteLength(content);
      entry.sha256 = createHash('sha256').update(content).digest('hex');
    });
    const e = await rejection(restoreBackup({ db: t.db, blobs, file: orphan }));
    expect(e.code).toBe('restore_failed');
    for (const table of ['users', 'units', 'audit_log', 'public_body', 'blobs']) expect(await count(t.db, table), table).toBe(0);
  });

  it('takes a consistent snapshot while writes go on', async () => {
    const src = await createTestDb();
    disposers.push(() => src.dispose());
    const ctx = testCtx(src);
    await recordAudit(ctx, { action: 'first', entityType: 'test' });
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await recordAudit(ctx, { action: 'during.backup', entityType: 'test', details: { n: written } });
        written++;
        // In-memory PGlite answers in microtasks only: let file I/O (the backup's) run too.
        await new Promise((r) => setImmediate(r));
      }
    })();
    const file = path.join(work.dir, 'busy.tar.gz');
    // One row per round trip, so that the dump takes long enough for writes to land in between.
    const b = await createBackup({ db: src.db, blobs: localBlobStore(path.join(work.dir, 'none')), file, appVersion: '0', now: new Date(), batchSize: 1 });
    writing = false;
    await writer;
    expect(written).toBeGreaterThan(0);
    const { t, blobs } = await freshTarget();
    await restoreBackup({ db: t.db, blobs, file });
    // audit_head is dumped before audit_log: without one snapshot the head would lag the log.
    expect(await verifyAuditChain(t.db, testAuditKey())).toMatchObject({ ok: true, rows: b.tables.audit_log });
  });

  it('leaves no file behind when a backup fails', async () => {
    const failing: BlobStore = { ...sourceBlobs, list: async () => Promise.reject(new Error('disk gone')) };
    const file = path.join(work.dir, 'failed', 'x.tar.gz');
    await expect(createBackup({ db: source.db, blobs: failing, file, appVersion: '0', now: new Date() })).rejects.toThrow('disk gone');
    expect(readdirSync(path.dirname(file))).toEqual([]);
  });

  it('backs up tables added to the schema, including ones that refer to themselves', async () => {
    const nodes = pgTable('backup_test_nodes', {
      id: text('id').primaryKey(),
      parentId: text('parent_id').references((): AnyPgColumn => nodes.id),
      tags: text('tags').array().notNull(),
      data: jsonb('data'),
    });
    const leaves = pgTable('backup_test_leaves', {
      id: uuid('id').primaryKey().defaultRandom(),
      nodeId: text('node_id')
        .notNull()
        .references(() => nodes.id),
    });
    const schema = { ...appSchema, leaves, nodes };
    const plan = planTables(schema);
    const names = plan.map((p) => p.name);
    expect(names.indexOf('backup_test_nodes')).toBeLessThan(names.indexOf('backup_test_leaves'));
    expect(plan.find((p) => p.name === 'backup_test_nodes')!.deferredColumns).toEqual(['parent_id']);

    const ddl = [
      'create table backup_test_nodes (id text primary key, parent_id text references backup_test_nodes(id), tags text[] not null, data jsonb)',
      'create table backup_test_leaves (id uuid primary key default gen_random_uuid(), node_id text not null references backup_test_nodes(id))',
    ];
    const src = await createTestDb();
    disposers.push(() => src.dispose());
    const { t, blobs } = await freshTarget();
    for (const d of [src, t]) for (const stmt of ddl) await d.db.execute(sql.raw(stmt));
    // "a" is a child of "z": in primary-key order the child comes first.
    await src.db.execute(
      sql`insert into backup_test_nodes values ('z', null, '{satu,"dua kata"}', '{"k": [1, {"x": null}]}'), ('a', 'z', '{}', null), ('m', 'a', '{x}', '"teks"')`,
    );
    await src.db.execute(sql`insert into backup_test_leaves (node_id) values ('a'), ('z')`);
    const file = path.join(work.dir, 'schema.tar.gz');
    const b = await createBackup({ db: src.db, blobs: localBlobStore(path.join(work.dir, 'none')), file, appVersion: '0', now: new Date(), schema });
    expect(b.tables).toMatchObject({ backup_test_nodes: 3, backup_test_leaves: 2 });
    await restoreBackup({ db: t.db, blobs, file, schema, batchSize: 1 });
    expect(await snapshot(t.db, schema)).toEqual(await snapshot(src.db, schema));
  });

  describe.skipIf(!usingPostgres)('across backends', () => {
    async function memoryPglite(): Promise<Database> {
      const d = await openDatabase({ pgliteDir: 'memory://' });
      await d.migrate();
      disposers.push(() => d.close());
      return d;
    }

    it('restores a PGlite archive into PostgreSQL', async () => {
      const lite = await memoryPglite();
      const blobDir = path.join(work.dir, 'blobs-lite');
      await fill(lite, blobDir);
      const file = path.join(work.dir, 'from-pglite.tar.gz');
      const b = await createBackup({ db: lite.db, blobs: localBlobStore(blobDir), file, appVersion: '0', now: new Date() });
      expect(b.manifest.database.kind).toBe('pglite');
      const { t, blobs } = await freshTarget();
      expect(t.kind).toBe('postgres');
      await restoreBackup({ db: t.db, blobs, file });
      expect(await snapshot(t.db)).toEqual(await snapshot(lite.db));
      expect(await verifyAuditChain(t.db, testAuditKey())).toMatchObject({ ok: true });
    });

    it('restores a PostgreSQL archive into PGlite', async () => {
      expect(backup.manifest.database.kind).toBe('postgres');
      const lite = await memoryPglite();
      const blobs = localBlobStore(path.join(work.dir, 'blobs-lite-target'));
      await restoreBackup({ db: lite.db, blobs, file: archive });
      expect(await snapshot(lite.db)).toEqual(expected);
      expect(await verifyAuditChain(lite.db, testAuditKey())).toMatchObject({ ok: true });
    });
  });
});
