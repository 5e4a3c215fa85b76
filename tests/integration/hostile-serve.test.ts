// The real `qgesy serve` process (dist/main.js and dist/file-worker.js) while the worst hostile files are
// processed: every /healthz probe is answered, the files get clear 4xx answers, and SIGTERM in the middle
// of the work ends the process with exit code 0 and leaves no child process behind. Timing figures are
// printed by bench/hostile-files.ts, not asserted here.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startServer } from '../helpers/cli.js';
import { freshPostgresDatabase, usingPostgres } from '../helpers/db.js';
import { hostileFiles } from '../fixtures/make-hostile.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Pids of file-sandbox children whose parent is `pid` (Linux /proc). */
export function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      // The file sandbox's children (not e.g. the esbuild service that builds dist/ at start).
      if (ppid === pid && readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('file-worker')) out.push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Sends the request form with `file` as the identity scan (no sign-in needed: the widest door). */
async function sendScan(base: string, file: { name: string; bytes: Uint8Array }): Promise<number> {
  const form = await fetch(`${base}/permohonan`);
  const cookie = form.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const html = await form.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
  const formToken = /name="formToken" value="([^"]+)"/.exec(html)![1]!;
  await sleep(3_200); // longer than the form's time trap
  const fd = new FormData();
  for (const [k, v] of Object.entries({
    _csrf: csrf,
    formToken,
    applicantType: 'perorangan',
    name: 'Dewi Lestari',
    idNumber: '6271034507900002',
    address: 'Jl. Diponegoro No. 21, Palangka Raya',
    email: 'dewi@warga.example',
    details: 'Data jumlah sekolah dasar negeri per kecamatan tahun ajaran 2025/2026.',
    purpose: 'Tugas kuliah.',
    obtainMethod: 'melihat',
    consent: '1',
  }))
    fd.append(k, v);
  fd.append('identityScan', new File([new Uint8Array(file.bytes)], file.name, { type: 'application/pdf' }));
  const res = await fetch(`${base}/permohonan`, { method: 'POST', body: fd, headers: { cookie, origin: base }, redirect: 'manual' });
  await res.arrayBuffer();
  return res.status;
}

describe('serve under hostile files', { timeout: 600_000 }, () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-hostile-'));
  let dropPg: (() => Promise<void>) | null = null;
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await dropPg?.();
  });

  it('answers /healthz throughout, refuses the files clearly, and ends on SIGTERM with exit 0 and no child left', async () => {
    const port = await freePort();
    const env: Record<string, string> = {
      DATA_DIR: dataDir,
      PORT: String(port),
      BASE_URL: `http://127.0.0.1:${port}`,
      SESSION_SECRET: 'hostile-test-secret-hostile-test-secret',
    };
    if (usingPostgres) {
      const fresh = await freshPostgresDatabase();
      env.DATABASE_URL = fresh.url;
      dropPg = fresh.drop;
    }
    const server = startServer(env);
    await server.ready;
    const base = `http://127.0.0.1:${port}`;
    // The bombs and the program: each must be refused (a damaged but harmless PDF may be kept as a scan).
    const files = (await hostileFiles()).filter((f) => f.worst || ['deepNesting.pdf', 'zipBomb.xlsx', 'program.pdf'].includes(f.name));

    // Probe health all along.
    let probing = true;
    const probes: number[] = [];
    const prober = (async () => {
      while (probing) {
        const res = await fetch(`${base}/healthz`).catch(() => null);
        probes.push(res?.status ?? 0);
        await res?.arrayBuffer();
        await sleep(20);
      }
    })();

    const statuses = await Promise.all(files.map((f) => sendScan(base, f)));
    for (const [i, s] of statuses.entries()) {
      expect(s, files[i]!.name).toBeGreaterThanOrEqual(400);
      expect(s, files[i]!.name).toBeLessThan(500);
    }

    // SIGTERM while the worst files are in the file sandbox.
    const inFlight = files.filter((f) => f.worst).map((f) => sendScan(base, f).catch(() => 0));
    await sleep(3_400); // the forms are posted after their time trap; the files are then being read
    const children = childrenOf(server.child.pid!);
    probing = false;
    await prober;
    expect(children.length, 'file sandbox children were working').toBeGreaterThan(0);
    expect(await server.stop()).toBe(0);
    await Promise.all(inFlight);
    for (let i = 0; i < 40 && children.some(alive); i++) await sleep(50);
    expect(children.filter(alive), 'no child left behind').toEqual([]);
    expect(probes.length).toBeGreaterThan(0);
    expect(
      probes.filter((s) => s !== 200),
      'every health probe answered 200',
    ).toEqual([]);
  });
});
