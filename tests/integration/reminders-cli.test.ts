// `qgesy reminders run [--date]` for cron: what it queued, nothing new on a second run, nothing on a
// holiday, one line and exit code 2 for wrong input.
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/context.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { outbox, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { disposeRequest } from '../../src/domain/requests/dispose-request.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { makeUser } from '../helpers/app.js';
import { runCli } from '../helpers/cli.js';
import { freshPostgresDatabase, tempDir, testCtx, usingPostgres } from '../helpers/db.js';

describe('qgesy reminders run', { timeout: 300_000 }, () => {
  const tmp = tempDir('qgesy-reminders-');
  let pgDb: { url: string; drop(): Promise<void> } | undefined;
  let env: Record<string, string>;
  const open = (): Promise<Database> => openDatabase(pgDb ? { databaseUrl: pgDb.url } : { pgliteDir: path.join(env.DATA_DIR!, 'pglite') });

  beforeAll(async () => {
    if (usingPostgres) pgDb = await freshPostgresDatabase();
    env = { DATA_DIR: path.join(tmp.dir, 'data'), ...(pgDb ? { DATABASE_URL: pgDb.url } : {}) };
    // The database the command will use: migrated by a first command, then a request disposed to a unit.
    expect((await runCli(['migrate'], env)).code).toBe(0);
    const db = await open();
    try {
      const ctx = testCtx(db, { now: new Date('2026-03-16T02:00:00Z'), blobDir: path.join(tmp.dir, 'blobs') });
      const [unit] = await db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
      const lead = await makeUser(ctx, { email: 'utama@pky.go.id', roles: ['ppid_utama'] });
      await makeUser(ctx, { email: 'dinkes@pky.go.id', roles: ['ppid_pembantu'], unitId: unit!.id });
      const { request } = await submitRequest(
        { ...ctx, actor: systemActor('uji') },
        {
          applicantType: 'perorangan',
          name: 'Fransiska Ningsih',
          idNumber: '6271036612880003',
          address: 'Jl. Sisingamangaraja No. 40, Palangka Raya',
          email: 'fransiska@warga.example',
          details: 'Jumlah tenaga kesehatan per puskesmas tahun 2025.',
          purpose: 'Pengawasan layanan publik.',
          obtainMethod: 'melihat',
          unit: 'dinkes',
          consent: true,
        },
      );
      const [u] = await db.db
        .select()
        .from(users)
        .where(inArray(users.id, [lead.id]));
      await disposeRequest({ ...ctx, actor: toActor(u!) }, request.id, { unitIds: [unit!.id], instruction: 'Mohon siapkan datanya.', internalDueDate: '' });
    } finally {
      await db.close();
    }
  });
  afterAll(async () => {
    await pgDb?.drop();
    tmp.cleanup();
  });

  it('queues the day’s digests and escalations once', async () => {
    const first = await runCli(['reminders', 'run', '--date', '2026-04-06'], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout.trim()).toBe('Pengingat / reminders 2026-04-06 Senin: 2 ringkasan / digests, 1 eskalasi / escalations ke kotak keluar / queued');
    const second = await runCli(['reminders', 'run', '--date=2026-04-06'], env);
    expect(second.code).toBe(0);
    expect(second.stdout.trim().split('\n')).toEqual([
      'Pengingat / reminders 2026-04-06 Senin: 0 ringkasan / digests, 0 eskalasi / escalations ke kotak keluar / queued',
      'Sudah terkirim sebelumnya / already sent before: 2 ringkasan / digests, 1 eskalasi / escalations',
    ]);
    const db = await open();
    try {
      const mails = await db.db
        .select()
        .from(outbox)
        .where(inArray(outbox.template, ['reminder_digest', 'deadline_escalation']));
      expect(mails.map((m) => `${m.template} ${m.toAddress}`).sort()).toEqual([
        'deadline_escalation utama@pky.go.id',
        'reminder_digest dinkes@pky.go.id',
        'reminder_digest utama@pky.go.id',
      ]);
    } finally {
      await db.close();
    }
  });

  it('sends nothing on a holiday', async () => {
    const r = await runCli(['reminders', 'run', '--date', '2026-04-03'], env);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('2026-04-03 Jumat: bukan hari kerja (Wafat Yesus Kristus); tidak ada yang dikirim / not a working day; nothing sent');
  });

  it.each([
    [['reminders', 'run', '--date', '2026-02-30'], /^--date: Tanggal tidak valid/],
    [['reminders', 'run', '--date'], /^--date perlu nilai/],
    [['reminders'], /^Pemakaian \/ usage: qgesy reminders run/],
    [['reminders', 'run', 'besok'], /^Pemakaian \/ usage: qgesy reminders run/],
  ])('refuses %j with one line and exit code 2', async (args, message) => {
    const r = await runCli(args, env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
