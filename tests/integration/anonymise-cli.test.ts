// `qgesy anonymise --older-than YEARS [--dry-run]` as an operator runs it: wrong arguments give one line
// and exit code 2; a dry run lists the cases and changes nothing; the real run anonymises exactly those,
// deletes the identity scan's file, keeps the annual report's figures, and is audited.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureKeyFile, keyRing } from '../../src/documents/encryption.js';

/** The CLI's default key file, made as `serve` would (outbox secrets are sealed with it). */
const ensuredKeyFile = (file: string) => (ensureKeyFile(file), file);
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { systemActor, type Ctx } from '../../src/context.js';
import { openDatabase } from '../../src/db/client.js';
import { auditLog, informationRequests } from '../../src/db/schema/index.js';
import { localBlobStore } from '../../src/documents/blob-store.js';
import { ANONYMISED } from '../../src/domain/privacy/retention.js';
import { annualReport } from '../../src/domain/reports/annual-report.js';
import { runCli } from '../helpers/cli.js';
import { freshPostgresDatabase, tempDir, usingPostgres } from '../helpers/db.js';
import { APPLICANT, seedReportYear, type SeededYear } from '../helpers/report-year.js';

describe('qgesy anonymise', { timeout: 600_000 }, () => {
  const tmp = tempDir('qgesy-anonymise-');
  let pgDb: { url: string; drop(): Promise<void> } | undefined;
  let env: Record<string, string>;
  let seeded: SeededYear;
  const dataDir = path.join(tmp.dir, 'data');
  const blobs = localBlobStore(path.join(dataDir, 'blobs'));

  /** The database and blob store the CLI uses, opened in this process for checks (and closed again). */
  async function withSame<T>(fn: (ctx: Ctx) => Promise<T>): Promise<T> {
    const db = await openDatabase(pgDb ? { databaseUrl: pgDb.url } : { pgliteDir: path.join(dataDir, 'pglite') });
    try {
      await db.migrate();
      const ctx: Ctx = {
        db: db.db,
        actor: systemActor('uji'),
        clock: fixedClock(new Date('2026-03-16T02:00:00Z')),
        ip: null,
        blobs,
        // the CLI's default key file: the audit rows written here are keyed like the CLI's
        keys: keyRing(ensuredKeyFile(path.join(dataDir, 'keys', 'master.key'))),
        settings: { baseUrl: 'http://localhost:3000', sessionTtlHours: 12, maxUploadBytes: 1 << 20 },
      };
      return await fn(ctx);
    } finally {
      await db.close();
    }
  }
  const figures = (ctx: Ctx) =>
    annualReport({ ...ctx, clock: fixedClock(new Date('2026-03-16T02:00:00Z')) }, 2025).then((r) => ({
      city: r.city,
      units: r.units,
      objections: r.objections,
      disputes: r.disputes,
    }));

  beforeAll(async () => {
    if (usingPostgres) pgDb = await freshPostgresDatabase();
    env = { DATA_DIR: dataDir, ...(pgDb ? { DATABASE_URL: pgDb.url } : {}) };
    seeded = await withSame((ctx) => seedReportYear(ctx, ctx.clock as ReturnType<typeof fixedClock>));
  }, 300_000);
  afterAll(async () => {
    await pgDb?.drop();
    tmp.cleanup();
  });

  it('refuses wrong arguments with one line and exit code 2, before opening anything', async () => {
    for (const args of [
      ['anonymise'],
      ['anonymise', '--older-than'],
      ['anonymise', '--older-than', 'dua'],
      ['anonymise', '--older-than', '0'],
      ['anonymise', '--older-than', '2', 'semua'],
    ]) {
      const r = await runCli(args, env);
      expect(r.code, args.join(' ')).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines, args.join(' ')).toHaveLength(1);
      expect(lines[0]).toContain('qgesy anonymise --older-than TAHUN [--dry-run]');
    }
    const help = await runCli(['help'], env);
    expect(help.stdout).toContain('anonymise --older-than TAHUN [--dry-run]');
  });

  // The command runs on today's date: the seeded cases of July 2025 are more than a year old from 30 July 2026 on.
  it('lists the closed cases in a dry run and changes nothing; then anonymises exactly those, keeping the figures', async () => {
    const before = await withSame(async (ctx) => ({
      figures: await figures(ctx),
      audit: Number((await ctx.db.select({ n: count() }).from(auditLog))[0]!.n),
    }));
    const dry = await runCli(['anonymise', '--older-than', '1', '--dry-run'], env);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Uji coba, tidak ada yang diubah / dry run, nothing changed: 2 kasus selesai');
    expect(dry.stdout).toContain(seeded.requests.r1.number);
    expect(dry.stdout).toContain(seeded.requests.r3.number);
    expect(dry.stdout).not.toContain(seeded.requests.r2.number);
    expect(dry.stdout).not.toContain(APPLICANT.name);
    await withSame(async (ctx) => {
      expect(Number((await ctx.db.select({ n: count() }).from(auditLog))[0]!.n)).toBe(before.audit);
      expect((await ctx.db.select().from(informationRequests).where(eq(informationRequests.id, seeded.requests.r1.id)))[0]!.name).toBe(APPLICANT.name);
    });
    expect(existsSync(blobs.filePath(seeded.identityBlob))).toBe(true);

    const run = await runCli(['anonymise', '--older-than', '1'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Dianonimkan / anonymised: 2 kasus selesai');
    expect(run.stdout).toContain('1 pindaian identitas dihapus');
    expect(existsSync(blobs.filePath(seeded.identityBlob))).toBe(false);
    await withSame(async (ctx) => {
      const rows = await ctx.db.select().from(informationRequests);
      const anonymised = rows.filter((r) => r.anonymisedAt).map((r) => r.number);
      expect(anonymised.sort()).toEqual([seeded.requests.r1.number, seeded.requests.r3.number].sort());
      for (const r of rows.filter((x) => x.anonymisedAt)) expect([r.name, r.idNumber, r.email]).toEqual([ANONYMISED, ANONYMISED, '']);
      expect(await figures(ctx)).toEqual(before.figures);
      const [a] = await ctx.db.select().from(auditLog).where(eq(auditLog.action, 'request.anonymised'));
      expect(a!.actorName).toBe('qgesy anonymise');
      expect(a!.summary).toMatchObject({ details: { count: 2, olderThanYears: 1 } });
    });
    const again = await runCli(['anonymise', '--older-than', '1'], env);
    expect(again.stdout).toContain('Dianonimkan / anonymised: 0 kasus selesai');
  });
});
