// The operator's audit commands as the real `qgesy`: the audit key made on the first run beside the
// encryption key file, `audit checkpoint` printing one line, and `audit verify --checkpoint LINE` catching
// a chain truncated or rewritten by someone who switched the triggers off (on both databases).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { systemActor, type Ctx } from '../../src/context.js';
import { openDatabase } from '../../src/db/client.js';
import { localBlobStore } from '../../src/documents/blob-store.js';
import { keyRing } from '../../src/documents/encryption.js';
import { recordAudit } from '../../src/domain/audit/record-audit.js';
import { runCli } from '../helpers/cli.js';
import { freshPostgresDatabase, tempDir, usingPostgres } from '../helpers/db.js';

describe('qgesy audit checkpoint and verify --checkpoint', { timeout: 600_000 }, () => {
  const tmp = tempDir('qgesy-audit-cli-');
  let pgDb: { url: string; drop(): Promise<void> } | undefined;
  let env: Record<string, string>;
  const openSame = () => openDatabase(pgDb ? { databaseUrl: pgDb.url } : { pgliteDir: path.join(env.DATA_DIR!, 'pglite') });

  /** Writes audit rows as the server would (same key file), then closes the database for the CLI. */
  async function writeRows(n: number) {
    const db = await openSame();
    try {
      const ctx: Ctx = {
        db: db.db,
        actor: systemActor('uji'),
        clock: fixedClock(new Date()),
        ip: null,
        blobs: localBlobStore(path.join(env.DATA_DIR!, 'blobs')),
        keys: keyRing(env.ENCRYPTION_KEY_FILE!),
        settings: { baseUrl: 'http://localhost', sessionTtlHours: 12, maxUploadBytes: 1 << 20 },
      };
      for (let i = 0; i < n; i++) await recordAudit(ctx, { action: 'unit.updated', entityType: 'unit', entityId: `u${i}`, after: { name: `U${i}` } });
    } finally {
      await db.close();
    }
  }
  /** SQL as a superuser who switched the audit triggers off, then on again. */
  async function asSuperuser(statements: ReturnType<typeof sql>[]) {
    const db = await openSame();
    try {
      await db.db.execute(sql`alter table audit_log disable trigger all`);
      await db.db.execute(sql`alter table audit_head disable trigger all`);
      for (const s of statements) await db.db.execute(s);
      await db.db.execute(sql`alter table audit_log enable trigger all`);
      await db.db.execute(sql`alter table audit_head enable trigger all`);
    } finally {
      await db.close();
    }
  }

  beforeAll(async () => {
    if (usingPostgres) pgDb = await freshPostgresDatabase();
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

  it('migrate makes audit.key beside the encryption key file, once, and says so', async () => {
    const m = await runCli(['migrate'], env);
    expect(m.code, m.stderr).toBe(0);
    const file = path.join(tmp.dir, 'kunci', 'audit.key');
    expect(m.stdout).toContain(`audit key file created: ${file}`);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^\{"id":"[0-9a-f]{16}","created":"[^"]+","key":"[A-Za-z0-9+/=]{44}"\}$/m);
    const again = await runCli(['migrate'], env);
    expect(again.stdout).not.toContain('audit key file created');
    expect(readFileSync(file, 'utf8')).toBe(text);
    // The key is not in the database.
    const key = JSON.parse(text.split('\n').find((l) => l.startsWith('{'))!) as { key: string };
    const db = await openSame();
    const dump = JSON.stringify((await db.db.execute(sql`select * from audit_log`)).rows);
    await db.close();
    expect(dump).not.toContain(key.key);
  });

  it('an empty log has no checkpoint yet', async () => {
    const r = await runCli(['audit', 'checkpoint'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the audit log is empty');
  });

  it('prints a checkpoint line that verify accepts; truncation with the head moved back is caught by it', async () => {
    await writeRows(8);
    const cp = await runCli(['audit', 'checkpoint'], env);
    expect(cp.code, cp.stderr).toBe(0);
    const line = cp.stdout.trim();
    expect(line).toMatch(/^qgesy-audit-1:8:[0-9a-f]{64}:[0-9a-f]{32}$/);

    const ok = await runCli(['audit', 'verify', '--checkpoint', line], env);
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.stdout).toContain('audit chain intact, 8 rows checked');
    expect(ok.stdout).toContain('checkpoint #8 is in the chain');

    await asSuperuser([sql`delete from audit_log where seq > 5`, sql`update audit_head set seq = 5, hash = (select hash from audit_log where seq = 5)`]);
    // The chain alone is consistent again...
    expect((await runCli(['audit', 'verify'], env)).code).toBe(0);
    // ...the line kept off the machine is not.
    const bad = await runCli(['audit', 'verify', '--checkpoint', line], env);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('GAGAL / FAILED: titik periksa / checkpoint #8 (missing)');
    expect(bad.stdout).toContain('log dipotong');
  });

  it('a rewrite is caught by verify and by the checkpoint; a mistyped line is refused', async () => {
    await writeRows(3);
    const line = (await runCli(['audit', 'checkpoint'], env)).stdout.trim();
    expect(line).toMatch(/^qgesy-audit-1:8:/);
    await asSuperuser([sql`update audit_log set summary = '{"after":{"name":"PALSU"}}' where seq = 8`]);
    const bad = await runCli(['audit', 'verify', '--checkpoint', line], env);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('GAGAL / FAILED at row #8 (changed)');
    // the checkpoint still matches row 8's stored hash: only the chain check sees this one
    expect(bad.stdout).toContain('checkpoint #8 is in the chain');

    const typo = await runCli(['audit', 'verify', '--checkpoint', line.slice(0, -1) + (line.endsWith('0') ? '1' : '0')], env);
    expect(typo.code).toBe(1);
    expect(typo.stdout).toContain('(signature)');
    const usage = await runCli(['audit', 'checkpoint', 'extra'], env);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('qgesy audit checkpoint');
  });

  it('without the audit key file the keyed chain cannot be checked, and says which file is missing', async () => {
    const r = await runCli(['audit', 'verify'], { ...env, ENCRYPTION_KEY_FILE: path.join(tmp.dir, 'lain', 'master.key') });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('(key)');
  });
});
