// `qgesy calendar import <file> [--dry-run]`: the same preview as /admin/kalender/impor; a dry run writes
// nothing, rejected lines stop the import unless --skip-rejected, a broken file is refused in one line.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { freshPostgresDatabase, tempDir, usingPostgres } from '../helpers/db.js';

describe('qgesy calendar import', { timeout: 300_000 }, () => {
  const tmp = tempDir('qgesy-calendar-import-');
  let pgDb: { url: string; drop(): Promise<void> } | undefined;
  let env: Record<string, string>;
  const file = (name: string, text: string) => {
    const p = path.join(tmp.dir, name);
    writeFileSync(p, text);
    return p;
  };

  beforeAll(async () => {
    if (usingPostgres) pgDb = await freshPostgresDatabase();
    env = { DATA_DIR: path.join(tmp.dir, 'data'), ...(pgDb ? { DATABASE_URL: pgDb.url } : {}) };
  });
  afterAll(async () => {
    await pgDb?.drop();
    tmp.cleanup();
  });

  it('previews with --dry-run, refuses rejected lines, imports with --skip-rejected, and deadlines follow', async () => {
    const csv = file(
      'libur-2027.csv',
      'tanggal;nama;jenis\n01/01/2027;Tahun Baru 2027 Masehi;libur\n2027-01-04;Cuti bersama uji;cuti bersama\n2027-02-30;Salah;libur\n',
    );
    const before = await runCli(['deadline', '--from', '2026-12-21', '--days', '7'], env);
    expect(before.stdout).toMatch(/^Tenggat \/ due: 2027-01-01 Jumat/);
    expect(before.stdout).toContain('PERINGATAN / WARNING: Kalender hari libur tahun 2027 belum diisi');

    const dry = await runCli(['calendar', 'import', csv, '--dry-run'], env);
    expect(dry.code).toBe(0);
    const lines = dry.stdout.trim().split('\n');
    expect(lines[0]).toBe('Pratinjau impor / import preview: libur-2027.csv, tahun / year 2027');
    expect(lines).toContain('Ditambahkan / to add: 2');
    expect(lines).toContain('  + 2027-01-01 Jumat: Tahun Baru 2027 Masehi (libur nasional)');
    expect(lines).toContain('  + 2027-01-04 Senin: Cuti bersama uji (cuti bersama)');
    expect(lines).toContain('Ditolak / rejected: 1');
    expect(lines.some((l) => l.startsWith('  ! baris / line 4: Tanggal "2027-02-30" tidak valid'))).toBe(true);
    expect(lines.at(-1)).toBe('Uji coba: tidak ada yang disimpan / dry run: nothing was saved');

    const refused = await runCli(['calendar', 'import', csv], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--skip-rejected');
    expect((await runCli(['calendar', 'import', csv, '--dry-run'], env)).stdout).toContain('Ditambahkan / to add: 2');

    const done = await runCli(['calendar', 'import', csv, '--skip-rejected', '--source', 'SKB uji'], env);
    expect(done.code).toBe(0);
    expect(done.stdout.trim().split('\n').at(-1)).toBe('Disimpan / saved: 2 ditambahkan / added, 0 diubah / changed');

    const again = await runCli(['calendar', 'import', csv, '--dry-run'], env);
    expect(again.stdout).toContain('Sudah tercatat / already present: 2');
    const after = await runCli(['deadline', '--from', '2026-12-21', '--days', '7'], env);
    expect(after.stdout).toMatch(/^Tenggat \/ due: 2027-01-05 Selasa/);
    expect(after.stdout).not.toContain('PERINGATAN');
  });

  it.each([
    [['calendar', 'import'], /^Pemakaian \/ usage: qgesy calendar import/],
    [['calendar', 'export', 'x.csv'], /^Pemakaian \/ usage: qgesy calendar import/],
  ])('usage errors %j: exit code 2', async (args, message) => {
    const r = await runCli(args, env);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(message);
  });

  it('a broken or missing file: one line, non-zero exit, nothing written', async () => {
    const broken = await runCli(['calendar', 'import', file('rusak.ics', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20280101\n')], env);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toContain('terpotong');
    const missing = await runCli(['calendar', 'import', path.join(tmp.dir, 'tidak-ada.csv')], env);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('Berkas tidak dapat dibaca');
    expect((await runCli(['deadline', '--from', '2027-12-20', '--days', '10'], env)).stdout).toContain('Kalender hari libur tahun 2028 belum diisi');
  });
});
