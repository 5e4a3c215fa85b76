// The real command line, as an administrator uses it: configuration errors, demo data, audit verify,
// backup / wipe / restore, serve with graceful shutdown, and two instances migrating one database.
import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { expectedMigrationCount } from '../../src/db/client.js';
import { sql } from 'drizzle-orm';
import { freePort, runCli, runCliBinary, startServer } from '../helpers/cli.js';
import { freshPostgresDatabase, tempDir, usingPostgres } from '../helpers/db.js';

// Seeding the demo (accounts and the 400-entry DIP catalogue) and backing it up take a while on PGlite.
describe('qgesy command line', { timeout: 600_000 }, () => {
  const tmp = tempDir('qgesy-cli-');
  let pgDb: { url: string; drop(): Promise<void> } | undefined;
  let env: Record<string, string>;

  beforeAll(async () => {
    if (usingPostgres) pgDb = await freshPostgresDatabase();
    // The key file lives apart from the data folder, as the backup guide says: the wipe-and-restore test
    // removes DATA_DIR, and the demo's encrypted documents need their key afterwards.
    env = {
      DATA_DIR: path.join(tmp.dir, 'data'),
      ENCRYPTION_KEY_FILE: path.join(tmp.dir, 'kunci', 'master.key'),
      ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
    };
  });
  afterAll(async () => {
    await pgDb?.drop();
    tmp.cleanup();
  });

  /** Opens the same database the CLI uses, for checks "by hand". */
  async function openSame() {
    return openDatabase(pgDb ? { databaseUrl: pgDb.url } : { pgliteDir: path.join(env.DATA_DIR!, 'pglite') });
  }

  it('stops with one clear line naming a wrong variable', async () => {
    // The real binary: the process's own exit code and stderr.
    const r = await runCliBinary(['migrate'], { ...env, PORT: 'tiga-ribu' });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Konfigurasi salah: PORT /);
    const smtp = await runCli(['migrate'], { ...env, SMTP_URL: 'mail.example.com' });
    expect(smtp.stderr.trim()).toMatch(/^Konfigurasi salah: SMTP_URL harus diawali smtp:\/\//);
  });

  it('seeds the demo once and prints the logins once', async () => {
    const first = await runCli(['seed-demo'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`admin@palangkaraya.example`);
    expect(first.stdout).toContain('ppid.diskominfo@palangkaraya.example');
    // Its documents are encrypted: the key file is made and the console says to keep a copy apart.
    expect(first.stdout).toContain(`encryption key file created: ${env.ENCRYPTION_KEY_FILE}`);
    const second = await runCli(['seed-demo'], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('sudah ada');
    expect(second.stdout).not.toContain('admin@palangkaraya.example');
  });

  it('audit verify passes, then names the row edited by hand', async () => {
    const ok = await runCli(['audit', 'verify'], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^OK: rantai log audit utuh, \d+ baris/);

    const db = await openSame();
    await db.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await db.db.execute(sql`update audit_log set actor_name = 'penyusup' where seq = 7`);
    await db.db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    await db.close();

    const bad = await runCli(['audit', 'verify'], env);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('#7');
    expect(bad.stdout).toContain('telah diubah');

    // put it back for the next test
    const db2 = await openSame();
    await db2.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await db2.db.execute(sql`update audit_log set actor_name = 'data contoh' where seq = 7`);
    await db2.db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    await db2.close();
    expect((await runCli(['audit', 'verify'], env)).code).toBe(0);
  });

  it('backup, wipe, restore gives back the same users, units and audit chain', async () => {
    const snapshot = async () => {
      const db = await openSame();
      const users = (await db.db.execute(sql`select email, roles, password_hash from users order by email`)).rows;
      const units = (await db.db.execute(sql`select code, name from units order by code`)).rows;
      const audit = (await db.db.execute(sql`select seq, hash from audit_log order by seq`)).rows;
      await db.close();
      return { users, units, audit };
    };
    const before = await snapshot();
    expect(before.users.length).toBeGreaterThan(20);
    const file = path.join(tmp.dir, 'cadangan.tar.gz');
    const b = await runCli(['backup', file], env);
    expect(b.code, b.stderr).toBe(0);

    // wipe: the data directory, and on PostgreSQL the database too
    rmSync(env.DATA_DIR!, { recursive: true, force: true });
    if (pgDb) {
      const c = new pg.Client({ connectionString: pgDb.url });
      await c.connect();
      await c.query('drop schema public cascade; create schema public; drop schema if exists drizzle cascade;');
      await c.end();
    }
    const r = await runCli(['restore', file], env);
    expect(r.code, r.stderr).toBe(0);
    expect(await snapshot()).toEqual(before);
    const v = await runCli(['audit', 'verify'], env);
    expect(v.code).toBe(0);

    // restoring again over live data is refused without --force
    const again = await runCli(['restore', file], env);
    expect(again.code).toBe(1);
    expect(again.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('serves the portal, refuses a second process on the embedded database, and stops on SIGTERM', async () => {
    const port = await freePort();
    const server = startServer({ ...env, PORT: String(port) });
    await server.ready;
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<html lang="id">');
    if (!pgDb) {
      const busy = await runCli(['audit', 'verify'], env);
      expect(busy.code).toBe(1);
      expect(busy.stderr).toContain('sedang dipakai proses lain');
    }
    expect(await server.stop()).toBe(0);
  });

  it.skipIf(!usingPostgres)('two instances started at once both come up; the schema is migrated once', async () => {
    const fresh = await freshPostgresDatabase();
    try {
      const [p1, p2] = [await freePort(), await freePort()];
      const e = { DATABASE_URL: fresh.url, DATA_DIR: path.join(tmp.dir, 'twin') };
      const a = startServer({ ...e, PORT: String(p1) });
      const b = startServer({ ...e, PORT: String(p2) });
      await Promise.all([a.ready, b.ready]);
      for (const p of [p1, p2]) expect((await fetch(`http://127.0.0.1:${p}/readyz`)).status).toBe(200);
      const c = new pg.Client({ connectionString: fresh.url });
      await c.connect();
      const { rows } = await c.query('select count(*)::int as n from drizzle.__drizzle_migrations');
      await c.end();
      expect(rows[0].n).toBe(expectedMigrationCount());
      await Promise.all([a.stop(), b.stop()]);
    } finally {
      await fresh.drop();
    }
  });
});

describe('qgesy create-admin and seed-demo guards', { timeout: 300_000 }, () => {
  const tmp = tempDir('qgesy-cli2-');
  let pgDb: { url: string; drop(): Promise<void> } | undefined;
  let env: Record<string, string>;
  beforeAll(async () => {
    if (usingPostgres) pgDb = await freshPostgresDatabase();
    // The key file lives apart from the data folder, as the backup guide says: the wipe-and-restore test
    // removes DATA_DIR, and the demo's encrypted documents need their key afterwards.
    env = {
      DATA_DIR: path.join(tmp.dir, 'data'),
      ENCRYPTION_KEY_FILE: path.join(tmp.dir, 'kunci', 'master.key'),
      ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
    };
  });
  afterAll(async () => {
    await pgDb?.drop();
    tmp.cleanup();
  });

  it('refuses a bad email or a short password with clear lines, then creates the administrator', async () => {
    const bad = await runCli(['create-admin', '--email', 'bukan-email', '--name', 'Admin'], env, 'pendek\n');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Format email tidak valid');
    expect(bad.stderr).toContain('minimal 10 karakter');
    expect(bad.stderr).not.toMatch(/at .*\.js:\d+/);
    const ok = await runCli(['create-admin', '--email', 'admin@kota.example', '--name', 'Admin Kota'], env, 'sandi-yang-cukup-panjang\n');
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('admin@kota.example');
  });

  it('does not mix demo accounts into a system with real accounts', async () => {
    const r = await runCli(['seed-demo'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('akun sungguhan');
  });
});
