// HTTP throughput of the portal home page against a bare Hono handler on the same machine, in the same run.
// The servers run in a child process so that autocannon (this process) does not share their event loop.
// Usage: npx tsx bench/http.ts  (npm run bench:http)
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import pino from 'pino';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config/env.js';
import { systemActor, type Ctx } from '../src/context.js';
import { openDatabase } from '../src/db/client.js';
import { seedDemo } from '../src/demo/seed-demo.js';
import { localBlobStore } from '../src/documents/blob-store.js';
import { createApp } from '../src/http/app.js';
import { benchKeys } from './lib.js';

const DURATION_S = 10;
const WARMUP_S = 2;
const CONNECTIONS = 10;
// Seeding the demo (argon2 hashes, the DIP catalog through its workflow) is slow on a busy machine.
const START_TIMEOUT_MS = 600_000;
const MEASURE_TIMEOUT_MS = 120_000;

type Ports = { full: number; bare: number };

// --- child: the two servers ----------------------------------------------------------------------------

function listen(fetch: (req: Request, env: unknown) => Response | Promise<Response>): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve({ server, port: info.port }));
  });
}

async function runServers(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-bench-'));
  const config = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: 'bench-secret-bench-secret-bench-secret', LOG_LEVEL: 'silent', BASE_URL: 'http://127.0.0.1' });
  const database = await openDatabase({ pgliteDir: 'memory://' });
  await database.migrate();
  const blobs = localBlobStore(path.join(dataDir, 'blobs'));
  const ctx: Ctx = {
    db: database.db,
    actor: systemActor('bench'),
    clock: systemClock,
    ip: null,
    blobs,
    keys: benchKeys(path.join(dataDir, 'blobs')),
    settings: { baseUrl: config.baseUrl, sessionTtlHours: config.sessionTtlHours, maxUploadBytes: config.maxUploadBytes },
  };
  await seedDemo(ctx);
  const app = createApp({ database, config, clock: systemClock, blobs, logger: pino({ level: 'silent' }), setup: { token: null } });

  const bare = new Hono();
  bare.get('/', (c) =>
    c.html('<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Halo</title></head><body><h1>Halo</h1><p>Q-Gesy</p></body></html>'),
  );

  const full = await listen((req, env) => app.fetch(req, env));
  const small = await listen((req) => bare.fetch(req));
  const stop = async () => {
    full.server.close();
    small.server.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('disconnect', () => void stop());
  process.on('SIGTERM', () => void stop());
  process.send!({ full: full.port, bare: small.port } satisfies Ports);
}

// --- parent: the load generator ------------------------------------------------------------------------

type Histogram = { average: number; mean: number; p50: number; p99: number; max: number };
type AutocannonResult = { requests: Histogram; latency: Histogram; throughput: Histogram; errors: number; timeouts: number; non2xx: number; '2xx': number };
type Autocannon = (opts: { url: string; connections: number; duration: number }) => Promise<AutocannonResult>;

const require = createRequire(import.meta.url);
const autocannon = require('autocannon') as Autocannon;

async function measure(url: string): Promise<AutocannonResult> {
  await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_S });
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main(): Promise<void> {
  const started = performance.now();
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let safety: NodeJS.Timeout | undefined;
  const giveUp = (ms: number, what: string) => {
    clearTimeout(safety);
    safety = setTimeout(() => {
      console.error(`bench: ${what} took more than ${ms / 1000} s, giving up`);
      child.kill('SIGKILL');
      process.exit(1);
    }, ms);
  };
  giveUp(START_TIMEOUT_MS, 'starting the servers');
  try {
    const ports = await new Promise<Ports>((resolve, reject) => {
      child.once('message', (m) => resolve(m as Ports));
      child.once('exit', (code) => reject(new Error(`server process exited early (code ${code})`)));
    });
    giveUp(MEASURE_TIMEOUT_MS, 'measuring');
    const fullUrl = `http://127.0.0.1:${ports.full}/`;
    const bareUrl = `http://127.0.0.1:${ports.bare}/`;
    const probe = await fetch(fullUrl);
    const probeBytes = (await probe.arrayBuffer()).byteLength;
    if (probe.status !== 200) throw new Error(`GET / of the full app answered ${probe.status}`);

    console.log(`Servers ready after ${fmt((performance.now() - started) / 1000, 1)} s (migrations and demo data).`);
    console.log(`Measuring GET / : ${CONNECTIONS} connections, ${WARMUP_S} s warm-up, ${DURATION_S} s each ...`);
    const full = await measure(fullUrl);
    const bare = await measure(bareUrl);

    const cpus = os.cpus();
    const row = (name: string, r: AutocannonResult) =>
      `${name.padEnd(30)} ${fmt(r.requests.average).padStart(9)} req/s   p50 ${fmt(r.latency.p50, 1).padStart(6)} ms   p99 ${fmt(r.latency.p99, 1).padStart(6)} ms   ` +
      `2xx ${r['2xx']}  non-2xx ${r.non2xx}  errors ${r.errors}  timeouts ${r.timeouts}`;
    console.log('');
    console.log(row(`Q-Gesy home (demo data, ${fmt(probeBytes / 1024, 1)} KiB)`, full));
    console.log(row('bare Hono handler', bare));
    console.log('');
    console.log(`ratio (Q-Gesy / bare): ${fmt((full.requests.average / bare.requests.average) * 100, 1)} % of the bare handler's requests/s`);
    console.log(
      `machine: ${cpus.length} cores, ${cpus[0]?.model ?? 'unknown CPU'}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM; Node ${process.version}; database PGlite (memory://); load average ${os
        .loadavg()
        .map((l) => fmt(l, 1))
        .join(' ')}`,
    );
    if (full.non2xx || full.errors || bare.non2xx || bare.errors) process.exitCode = 1;
  } finally {
    clearTimeout(safety);
    if (child.connected) child.disconnect();
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)));
  }
}

if (process.argv.includes('--serve')) {
  runServers().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
