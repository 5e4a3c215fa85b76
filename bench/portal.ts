// Requests per second of the public portal (home, an entry page, a search page) of the full app,
// against a bare Hono handler in the same run, and the three pages again with the page cache off (what
// rendering costs, PAGE_CACHE_MB=0). The servers run in a child process so that autocannon (this
// process) does not share their event loop. Loopback only; stops by itself.
// Usage: npx tsx bench/portal.ts [--duration 8] [--connections 10] [--entries N] [--pg URL] [--encoding br|gzip]
//   --encoding   send that Accept-Encoding with every request (compressed responses; default none)
// It also prints the bytes of /, /dip, an entry page and a search page plain, gzip and brotli.
//   default data: the Palangka Raya demo (seedDemo, with its DIP catalog) in PGlite in memory
//   --entries N  first fill the catalog with N generated published entries (bench/seed-large.ts)
//   --pg URL     run the app on a temporary PostgreSQL database on that server (dropped afterwards)
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import pino from 'pino';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config/env.js';
import { seedDemo } from '../src/demo/seed-demo.js';
import { createApp } from '../src/http/app.js';
import { benchCtx, flags, fmt, intFlag, machineLine, openPglite, safetyTimer, seconds, tempPostgres, type BenchDb } from './lib.js';
import { seedLarge } from './seed-large.js';

const WARMUP_S = 2;
const SEARCH_PATH = '/cari?q=anggaran';

type Ready = {
  full: number;
  uncached: number;
  bare: number;
  slug: string;
  backend: string;
  entries: number;
  seedSeconds: number;
  bytes: Record<string, number>;
  /** Bytes on the wire per page and Accept-Encoding (identity, gzip, br). */
  encoded: Record<string, Record<string, number>>;
};

// --- child: the two servers ----------------------------------------------------------------------------

function listen(fetch: (req: Request, env: unknown) => Response | Promise<Response>): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve({ server, port: info.port }));
  });
}

async function runServers(f: Map<string, string>): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-bench-portal-'));
  const config = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: 'bench-secret-bench-secret-bench-secret', LOG_LEVEL: 'silent', BASE_URL: 'http://127.0.0.1' });
  const target: BenchDb = f.get('pg') ? await tempPostgres(f.get('pg')!) : await openPglite(undefined);
  const { database } = target;
  const ctx = benchCtx(database, path.join(dataDir, 'blobs'), systemClock);
  const started = performance.now();
  const large = intFlag(f, 'entries', 0);
  // Generated entries first (the generator needs an empty catalog); the demo then adds its accounts.
  if (large > 0) await seedLarge(database, { entries: large, docs: Math.round(large / 10), units: 20 });
  await seedDemo(ctx);
  const seedSeconds = seconds(started);
  const app = createApp({ database, config, clock: systemClock, blobs: ctx.blobs, logger: pino({ level: 'silent' }), setup: { token: null } });
  // The same app with the page cache off: what each page costs to render.
  const noCache = createApp({
    database,
    config: { ...config, pageCacheBytes: 0 },
    clock: systemClock,
    blobs: ctx.blobs,
    logger: pino({ level: 'silent' }),
    setup: { token: null },
  });

  // An entry page with documents, the kind a visitor lands on from a search engine.
  const pickSlug = await database.db.execute(sql`
    select e.slug from dip_entries e
    where e.published_version_id is not null and e.status <> 'unpublished'
    order by exists (select 1 from dip_documents d where d.version_id = e.published_version_id) desc, e.published_at desc
    limit 1`);
  const slug = (pickSlug.rows[0] as { slug: string } | undefined)?.slug;
  if (!slug) throw new Error('no published entry to request');
  const counted = await database.db.execute(sql`select count(*)::int as n from dip_search`);

  const bare = new Hono();
  bare.get('/', (c) =>
    c.html('<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Halo</title></head><body><h1>Halo</h1><p>Q-Gesy</p></body></html>'),
  );
  const full = await listen((req, env) => app.fetch(req, env));
  const uncached = await listen((req, env) => noCache.fetch(req, env));
  const small = await listen((req) => bare.fetch(req));

  const bytes: Record<string, number> = {};
  for (const p of ['/', `/informasi/${slug}`, SEARCH_PATH]) {
    const res = await fetch(`http://127.0.0.1:${full.port}${p}`);
    if (res.status !== 200) throw new Error(`GET ${p} answered ${res.status}`);
    bytes[p] = (await res.arrayBuffer()).byteLength;
  }

  const encoded: Record<string, Record<string, number>> = {};
  for (const p of ['/', '/dip', `/informasi/${slug}`, SEARCH_PATH]) {
    encoded[p] = {};
    for (const enc of ['identity', 'gzip', 'br']) {
      // app.request does not decompress: these are the bytes a browser receives (the page is cached by now).
      const res = await app.request(p, { headers: { 'accept-encoding': enc } });
      encoded[p][enc] = (await res.arrayBuffer()).byteLength;
    }
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    full.server.close();
    uncached.server.close();
    small.server.close();
    await target.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('disconnect', () => void stop());
  process.on('SIGTERM', () => void stop());
  const ready: Ready = {
    full: full.port,
    uncached: uncached.port,
    bare: small.port,
    slug,
    backend: target.label,
    entries: Number((counted.rows[0] as { n: number }).n),
    seedSeconds,
    bytes,
    encoded,
  };
  process.send!(ready);
}

// --- parent: the load generator ------------------------------------------------------------------------

type Histogram = { average: number; mean: number; p50: number; p99: number; max: number };
type AutocannonResult = { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number; '2xx': number };
type Autocannon = (opts: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;

const require = createRequire(import.meta.url);
const autocannon = require('autocannon') as Autocannon;

async function main(): Promise<void> {
  const f = flags();
  const duration = intFlag(f, 'duration', 8);
  const connections = intFlag(f, 'connections', 10);
  const encoding = f.get('encoding');
  const headers: Record<string, string> = encoding ? { 'accept-encoding': encoding } : {};
  const childArgs = ['--serve', ...process.argv.slice(2)];
  const child = fork(fileURLToPath(import.meta.url), childArgs, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const stopSafety = safetyTimer(20 * 60_000, () => child.kill('SIGKILL'));
  try {
    const ready = await new Promise<Ready>((resolve, reject) => {
      child.once('message', (m) => resolve(m as Ready));
      child.once('exit', (code) => reject(new Error(`server process exited early (code ${code})`)));
    });
    const base = `http://127.0.0.1:${ready.full}`;
    const targets: { name: string; url: string; path?: string }[] = [
      { name: 'portal home /', url: `${base}/`, path: '/' },
      { name: 'entry page /informasi/:slug', url: `${base}/informasi/${ready.slug}`, path: `/informasi/${ready.slug}` },
      { name: `search page ${SEARCH_PATH}`, url: `${base}${SEARCH_PATH}`, path: SEARCH_PATH },
      { name: 'home, page cache off', url: `http://127.0.0.1:${ready.uncached}/` },
      { name: 'entry page, page cache off', url: `http://127.0.0.1:${ready.uncached}/informasi/${ready.slug}` },
      { name: 'search page, page cache off', url: `http://127.0.0.1:${ready.uncached}${SEARCH_PATH}` },
      { name: 'bare Hono handler', url: `http://127.0.0.1:${ready.bare}/` },
    ];
    console.log(
      `Portal benchmark on ${ready.backend}, ${fmt(ready.entries)} published entries (seeded in ${fmt(ready.seedSeconds, 1)} s); ` +
        `${connections} connections, ${WARMUP_S} s warm-up + ${duration} s per target, Accept-Encoding: ${encoding ?? '(none)'} ...`,
    );
    console.log('');
    console.log(`${'bytes on the wire'.padEnd(40)} ${'plain'.padStart(9)} ${'gzip'.padStart(9)} ${'br'.padStart(9)}`);
    for (const [p, b] of Object.entries(ready.encoded)) {
      const name = p.startsWith('/informasi/') ? '/informasi/:slug' : p;
      console.log(`${name.padEnd(40)} ${fmt(b.identity!).padStart(9)} ${fmt(b.gzip!).padStart(9)} ${fmt(b.br!).padStart(9)}`);
    }
    const results: { name: string; path?: string; r: AutocannonResult }[] = [];
    for (const t of targets) {
      await autocannon({ url: t.url, connections, duration: WARMUP_S, headers });
      results.push({ name: t.name, ...(t.path ? { path: t.path } : {}), r: await autocannon({ url: t.url, connections, duration, headers }) });
    }
    const bare = results[results.length - 1]!.r;
    console.log('');
    console.log(
      `${'target'.padEnd(40)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'KiB'.padStart(6)}  ${'vs bare'.padStart(7)}  errors`,
    );
    for (const { name, path: p, r } of results) {
      const kib = p ? fmt(ready.bytes[p]! / 1024, 1) : '';
      console.log(
        `${name.padEnd(40)} ${fmt(r.requests.average).padStart(9)} ${fmt(r.latency.p50, 1).padStart(8)} ${fmt(r.latency.p99, 1).padStart(8)} ${kib.padStart(6)}  ` +
          `${fmt(r.requests.average / bare.requests.average, 3).padStart(7)}  non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}`,
      );
    }
    const entry = results[1]!.r;
    const ratio = entry.requests.average / bare.requests.average;
    console.log('');
    console.log(`entry page / bare = ${fmt(ratio, 3)} (target ≥ 0.25): ${ratio >= 0.25 ? 'met' : 'NOT met'}`);
    console.log(machineLine());
    if (results.some(({ r }) => r.non2xx || r.errors)) process.exitCode = 1;
  } finally {
    stopSafety();
    child.disconnect();
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)));
  }
}

if (process.argv.includes('--serve')) {
  runServers(flags()).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
