// `qgesy deadline`: the due date and the skipped days, one per line; wrong input gives one line and exit code 2.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { freshPostgresDatabase, tempDir, usingPostgres } from '../helpers/db.js';

describe('qgesy deadline', { timeout: 300_000 }, () => {
  const tmp = tempDir('qgesy-deadline-');
  let pgDb: { url: string; drop(): Promise<void> } | undefined;
  let env: Record<string, string>;

  beforeAll(async () => {
    if (usingPostgres) pgDb = await freshPostgresDatabase();
    env = { DATA_DIR: path.join(tmp.dir, 'data'), ...(pgDb ? { DATABASE_URL: pgDb.url } : {}) };
  });
  afterAll(async () => {
    await pgDb?.drop();
    tmp.cleanup();
  });

  it('prints the due date of the §8.1 example and every skipped day with its reason', async () => {
    const r = await runCli(['deadline', '--from', '2026-03-16', '--days', '10'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('Tenggat / due: 2026-04-07 Selasa (10 hari kerja dari / working days from 2026-03-16 Senin)');
    expect(lines).toContain('Hari yang tidak dihitung / days not counted: 12');
    expect(lines).toContain('2026-03-19 Kamis: Hari Suci Nyepi (Tahun Baru Saka 1948) (libur nasional)');
    expect(lines).toContain('2026-03-21 Sabtu: Sabtu; Idul Fitri 1447 Hijriah (libur nasional)');
    expect(lines).toContain('2026-03-23 Senin: Cuti bersama Idul Fitri 1447 Hijriah (cuti bersama)');
    expect(lines.at(-1)).toBe('2026-04-05 Minggu: Minggu; Kebangkitan Yesus Kristus (Paskah) (libur nasional)');
  });

  it('accepts a named statutory period and warns about a year without calendar data', async () => {
    const r = await runCli(['deadline', '--from=2026-12-23', '--period=sengketa'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Tenggat \/ due: 2027-01-14 Kamis \(14 hari kerja/);
    expect(r.stdout).toContain('PERINGATAN / WARNING: Kalender hari libur tahun 2027 belum diisi');
  });

  it.each([
    [['--from', '2026-02-30', '--days', '10'], /^--from: Tanggal tidak valid/],
    [['--from', '16-03-2026', '--days', '10'], /^--from: Tanggal tidak valid/],
    [['--from', '2026-03-16', '--days', 'sepuluh'], /^--days: Jumlah hari kerja harus bilangan bulat/],
    [['--from', '2026-03-16', '--days', '-3'], /^--days: Jumlah hari kerja harus bilangan bulat/],
    [['--from', '2026-03-16'], /^--days: Pilih jangka waktu/],
    [['--days', '10'], /^--from: Isi tanggal mulai/],
    [['--from', '2026-03-16', '--days'], /^--days perlu nilai/],
    [['--from', '2026-03-16', '--period', 'besok'], /^--period: Jangka waktu tidak dikenal/],
    [['2026-03-16', '10'], /^Argumen tidak dikenal/],
  ])('refuses %j with one line and exit code 2', async (args, message) => {
    const r = await runCli(['deadline', ...args], env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
