// The server under hostile files: starts the real `qgesy serve` (dist/, embedded database in a temporary
// directory), sends the worst files of tests/fixtures/make-hostile.ts as identity scans on the public
// request form (the widest door: no sign-in) in rounds, with several in flight at once, probes /healthz
// every ~20 ms all along, then sends SIGTERM while the last round is being processed. Prints the probe's
// n, p50, p99 and max, each file's outcome and time, and the time from SIGTERM to exit. Asserts nothing.
// Usage: npx tsx bench/hostile-files.ts [--rounds 6] [--parallel 4]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { hostileFiles, type HostileFile } from '../tests/fixtures/make-hostile.js';
import { flags, fmt, intFlag, machineLine, percentile } from './lib.js';

const args = flags();
const ROUNDS = intFlag(args, 'rounds', 6);
const PARALLEL = intFlag(args, 'parallel', 4);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const worker = readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('file-worker');
      if (worker && Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) out.push(Number(d));
    } catch {
      // gone
    }
  }
  return out;
}

function describeProc(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    return `state ${stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)}, ${cmd.slice(0, 120) || '(no command line)'}`;
  } catch {
    return 'gone';
  }
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

async function sendScan(base: string, file: HostileFile): Promise<{ status: number; ms: number }> {
  const form = await fetch(`${base}/permohonan`);
  const cookie = form.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const html = await form.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
  const formToken = /name="formToken" value="([^"]+)"/.exec(html)![1]!;
  await sleep(3_200); // the form's time trap
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
  const t0 = performance.now();
  const res = await fetch(`${base}/permohonan`, { method: 'POST', body: fd, headers: { cookie, origin: base }, redirect: 'manual' });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - t0 };
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-bench-hostile-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
console.log(machineLine());
const files = (await hostileFiles()).filter((f) => f.worst || f.name === 'deepNesting.pdf' || f.name === 'zipBomb.xlsx');
const server = spawn(process.execPath, [path.join(root, 'bin', 'qgesy.mjs'), 'serve'], {
  env: {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PORT: String(port),
    BASE_URL: base,
    SESSION_SECRET: 'bench-hostile-secret-bench-hostile-secret',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
await new Promise<void>((resolve, reject) => {
  const on = (d: Buffer) => {
    output += d.toString();
    if (output.includes('Q-Gesy berjalan')) resolve();
  };
  server.stdout.on('data', on);
  server.stderr.on('data', on);
  server.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
});

// The health probe, every ~20 ms, one at a time, from its own thread (the senders' work on this thread
// must not delay the probe and be counted against the server).
const probeThread = new Worker(
  `
  const { parentPort, workerData } = require('node:worker_threads');
  const ms = []; let failed = 0; let probing = true;
  parentPort.on('message', () => { probing = false; });
  (async () => {
    while (probing) {
      const t0 = performance.now();
      const res = await fetch(workerData.url).catch(() => null);
      if (res) await res.arrayBuffer();
      if (res && res.status === 200) ms.push(performance.now() - t0); else failed++;
      await new Promise((r) => setTimeout(r, 20));
    }
    parentPort.postMessage({ ms, failed });
  })();
`,
  { eval: true, workerData: { url: `${base}/healthz` } },
);
const probeResult = new Promise<{ ms: number[]; failed: number }>((resolve) => probeThread.once('message', resolve));
const prober = {
  async stop() {
    probeThread.postMessage('stop');
    const r = await probeResult;
    await probeThread.terminate();
    return r;
  },
};

const outcomes = new Map<string, { statuses: Map<number, number>; ms: number[] }>();
const queue: HostileFile[] = [];
for (let r = 0; r < ROUNDS; r++) queue.push(...files);
const started = performance.now();
await Promise.all(
  Array.from({ length: PARALLEL }, async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const { status, ms } = await sendScan(base, f);
      const o = outcomes.get(f.name) ?? { statuses: new Map<number, number>(), ms: [] as number[] };
      o.statuses.set(status, (o.statuses.get(status) ?? 0) + 1);
      o.ms.push(ms);
      outcomes.set(f.name, o);
    }
  }),
);
const sendSeconds = (performance.now() - started) / 1000;

// SIGTERM while the worst files are being read.
const last = files.filter((f) => f.worst).map((f) => sendScan(base, f).catch(() => ({ status: 0, ms: 0 })));
await sleep(3_400);
const children = childrenOf(server.pid!);
const before = new Map(children.map((pid) => [pid, describeProc(pid)]));
const { ms: probeMs, failed } = await prober.stop();
const t0 = performance.now();
server.kill('SIGTERM');
const code = await exited;
const exitMs = performance.now() - t0;
await Promise.all(last);
await sleep(200);
const left = children.filter((pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
});
rmSync(dataDir, { recursive: true, force: true });

console.log(`files: ${files.length} kinds x ${ROUNDS} rounds, ${PARALLEL} in flight, ${fmt(sendSeconds, 1)} s`);
for (const f of files) {
  const o = outcomes.get(f.name)!;
  const statuses = [...o.statuses].map(([s, n]) => `${s} x${n}`).join(', ');
  console.log(
    `  ${f.name.padEnd(18)} ${fmt(f.bytes.length / 1024).padStart(6)} KB  ${f.what.padEnd(42)} -> ${statuses}; p50 ${fmt(percentile(o.ms, 50))} ms, max ${fmt(Math.max(...o.ms))} ms`,
  );
}
console.log(
  `/healthz probe: n=${probeMs.length}, failed=${failed}, p50 ${fmt(percentile(probeMs, 50), 1)} ms, p99 ${fmt(percentile(probeMs, 99), 1)} ms, max ${fmt(Math.max(...probeMs), 1)} ms`,
);
console.log(`SIGTERM with ${children.length} children of serve working: exit code ${code} after ${fmt(exitMs)} ms; children left: ${left.length}`);
for (const pid of children) console.log(`  child ${pid} (${before.get(pid)}): now ${describeProc(pid)}`);
