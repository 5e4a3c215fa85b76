// The server killed (kill -9) right after it acknowledged a request loses nothing: after a restart the
// request is there and its receipt email goes out exactly once. Runs the real `qgesy serve` process.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, usingPostgres } from '../helpers/db.js';
import { freePort, startServer } from '../helpers/cli.js';
import { startSmtp } from '../helpers/smtp.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a request acknowledged just before a crash', { timeout: 600_000 }, () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-crash-'));
  let dropPg: (() => Promise<void>) | null = null;
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await dropPg?.();
  });

  it('is stored, and its email is sent exactly once after the restart', async () => {
    const port = await freePort();
    const smtpPort = await freePort();
    const env: Record<string, string> = {
      DATA_DIR: dataDir,
      PORT: String(port),
      BASE_URL: `http://127.0.0.1:${port}`,
      SESSION_SECRET: 'crash-test-secret-crash-test-secret-123',
      // The mail server is down while the request is made: the mail must wait in the outbox.
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: 'PPID Uji <ppid@uji.example>',
    };
    if (usingPostgres) {
      const fresh = await freshPostgresDatabase();
      env.DATABASE_URL = fresh.url;
      dropPg = fresh.drop;
    }
    const first = startServer(env);
    await first.ready;
    const base = `http://127.0.0.1:${port}`;
    const form = await fetch(`${base}/permohonan`);
    const cookie = form.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const html = await form.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const formToken = /name="formToken" value="([^"]+)"/.exec(html)![1]!;
    await sleep(3_200); // a person takes longer than the time trap
    const body = new URLSearchParams({
      applicantType: 'perorangan',
      name: 'Dewi Lestari',
      idNumber: '6271034507900002',
      address: 'Jl. Diponegoro No. 21, Palangka Raya',
      email: 'dewi@warga.example',
      details: 'Data jumlah sekolah dasar negeri per kecamatan tahun ajaran 2025/2026.',
      purpose: 'Tugas kuliah.',
      obtainMethod: 'melihat',
      consent: '1',
      _csrf: csrf,
      formToken,
    });
    const res = await fetch(`${base}/permohonan`, {
      method: 'POST',
      body,
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(303);
    // Acknowledged: killed at once, with no chance to clean up.
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/permohonan\/terdaftar\?nomor=001%2FPPID%2F/);

    const smtp = await startSmtp({ port: smtpPort });
    const second = startServer(env);
    try {
      await second.ready;
      const tracked = await fetch(`${base}${location.replace('/permohonan/terdaftar', '/permohonan/lacak')}`);
      expect(tracked.status).toBe(200);
      expect(await tracked.text()).toContain('Permohonan diterima dan terdaftar');
      // A failed first attempt (mail server down) waits out its back-off of 30 seconds.
      // On a busy machine (CI runs files side by side) the retry can come a good while after that.
      for (let i = 0; i < 360 && smtp.received.length === 0; i++) await sleep(500);
      expect(smtp.received).toHaveLength(1);
      await sleep(3_000);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.to).toEqual(['dewi@warga.example']);
      expect(smtp.received[0]!.raw).toContain('001/PPID/');
    } finally {
      await second.stop();
      await smtp.close();
    }
  });
});
