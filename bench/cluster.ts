// Entry-page throughput through nginx with one and with two `qgesy serve` instances on one PostgreSQL
// database holding a large catalog, side by side in one run, with a bare Hono handler as the reference
// (straight and behind the same nginx). Each set is started by deploy/cluster.ts (no worker: web side only).
// Rows: one entry page again and again (the page cache answers), and 1,000 different entries with the
// page cache off (PAGE_CACHE_MB=0: every request renders from the database).
// Usage: npx tsx bench/cluster.ts [--pg URL] [--pg-db NAME] [--entries 1000000] [--docs 20000]
//                                 [--duration 10] [--connections 20]
//   --pg URL      a PostgreSQL server (default: TEST_DATABASE_URL); a temporary database is made and dropped
//   --pg-db NAME  use (and keep) the database NAME there; seeded with --entries when it has no entries yet
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { freePort, nginxConfig, NGINX, ROOT, startCluster } from '../deploy/cluster.js';
import { flags, fmt, intFlag, keptPostgres, machineLine, safetyTimer, seconds, tempPostgres, type BenchDb } from './lib.js';
import { seedLarge } from './seed-large.js';

type Histogram = { average: number; p50: number; p99: number };
type AutocannonResult = { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number; '2xx': number };
type AutocannonOptions = { url: string; connections: number; duration: number; requests?: { method: 'GET'; path: string }[] };
const require = createRequire(import.meta.url);
const autocannon = require('autocannon') as (opts: AutocannonOptions) => Promise<AutocannonResult>;

const BARE_PAGE = '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Halo</title></head><body><h1>Halo</h1><p>Q-Gesy</p></body></html>';

// --- child: the bare handler ---------------------------------------------------------------------------

if (process.argv.includes('--bare-child')) {
  const bare = new Hono();
  bare.get('*', (c) => c.html(BARE_PAGE));
  serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => process.send!(info.port));
  process.on('disconnect', () => process.exit(0));
} else {
  await main();
}

// --- parent --------------------------------------------------------------------------------------------

async function measure(opts: AutocannonOptions): Promise<AutocannonResult> {
  await autocannon({ ...opts, duration: 2 }); // warm-up
  return autocannon(opts);
}

async function main(): Promise<void> {
  const f = flags();
  const adminUrl = f.get('pg') ?? process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('a PostgreSQL server is needed: --pg URL or TEST_DATABASE_URL');
  const entries = intFlag(f, 'entries', 1_000_000);
  const duration = intFlag(f, 'duration', 10);
  const connections = intFlag(f, 'connections', 20);
  const disarm = safetyTimer(3 * 3600_000);
  const started = performance.now();

  const bench: BenchDb = f.get('pg-db') ? await keptPostgres(adminUrl, f.get('pg-db')!) : await tempPostgres(adminUrl);
  const children: ChildProcess[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-bench-cluster-'));
  chmodSync(dir, 0o755);
  try {
    await bench.database.migrate();
    const count = async () => Number(((await bench.database.db.execute(sql`select count(*)::int as n from dip_search`)).rows[0] as { n: number }).n);
    if ((await count()) === 0) {
      console.log(`Seeding ${fmt(entries)} entries into ${bench.label} ...`);
      await seedLarge(bench.database, {
        entries,
        docs: intFlag(f, 'docs', Math.min(20_000, Math.ceil(entries / 50))),
        units: 20,
        log: (s: string) => console.log(`  ${s}`),
      });
    }
    const catalog = await count();
    const slugs = (
      (await bench.database.db.execute(sql`select e.slug from dip_search s join dip_entries e on e.id = s.entry_id order by random() limit 1000`)).rows as {
        slug: string;
      }[]
    ).map((r) => `/informasi/${r.slug}`);
    const url = new URL(adminUrl);
    url.pathname = `/${bench.database.kind === 'postgres' ? ((await bench.database.db.execute(sql`select current_database() as d`)).rows[0] as { d: string }).d : ''}`;
    const databaseUrl = url.toString();
    // One data folder (key files) for the administrator made here and every instance started below.
    const dataDir = path.join(dir, 'data');
    // Until the first administrator exists every page points to the setup page and nothing is cached.
    const users = Number(((await bench.database.db.execute(sql`select count(*)::int as n from users`)).rows[0] as { n: number }).n);
    if (users === 0) {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'qgesy.mjs'), 'create-admin', '--email', 'bench@example.go.id', '--name', 'Bench'], {
        cwd: ROOT,
        input: 'bench-password-bench-password\n',
        env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, SESSION_SECRET: 'bench-secret-bench-secret-bench-secret', LOG_LEVEL: 'silent' },
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`create-admin failed: ${r.stderr || r.stdout}`);
    }
    console.log(`Catalog: ${fmt(catalog)} published entries (database ${url.pathname.slice(1)}), ready after ${fmt(seconds(started), 1)} s.`);
    console.log(`Load: autocannon in this process, ${connections} connections, 2 s warm-up, ${duration} s each; nginx 1 worker process.`);
    console.log(machineLine());

    type Row = { name: string; r: AutocannonResult };
    const rows: Row[] = [];
    const run = async (name: string, opts: Omit<AutocannonOptions, 'connections' | 'duration'>) => {
      const r = await measure({ ...opts, connections, duration });
      rows.push({ name, r });
      console.log(`  ${line(name, r)}`);
    };

    // The reference: a bare handler straight, then behind nginx with the same configuration.
    const bareChild = fork(fileURLToPath(import.meta.url), ['--bare-child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    children.push(bareChild);
    const barePort = await new Promise<number>((resolve) => bareChild.once('message', (m) => resolve(m as number)));
    const nginxPort = await freePort();
    writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig({ dir, port: nginxPort, upstreams: [barePort] }));
    const nginx = spawn(NGINX, ['-p', dir, '-e', path.join(dir, 'nginx-error.log'), '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
      stdio: 'ignore',
    });
    children.push(nginx);
    await waitOk(`http://127.0.0.1:${nginxPort}/`);
    await run('bare handler, straight', { url: `http://127.0.0.1:${barePort}/` });
    await run('bare handler, through nginx', { url: `http://127.0.0.1:${nginxPort}/` });
    nginx.kill('SIGQUIT');

    for (const cache of [true, false]) {
      for (const instances of [1, 2]) {
        const cluster = await startCluster({
          databaseUrl,
          instances,
          worker: false,
          env: { LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...(cache ? {} : { PAGE_CACHE_MB: '0' }) },
        });
        try {
          const label = `${instances} instance${instances > 1 ? 's' : ''}`;
          if (cache) await run(`entry page, cached, ${label}`, { url: `${cluster.url}${slugs[0]}` });
          else await run(`1,000 entries, no cache, ${label}`, { url: cluster.url, requests: slugs.map((p) => ({ method: 'GET', path: p })) });
        } finally {
          await cluster.stop();
        }
      }
    }

    const bareRef = rows.find((r) => r.name === 'bare handler, through nginx')!.r.requests.average;
    console.log('');
    console.log(`${'row'.padEnd(38)} ${'req/s'.padStart(9)}  ${'p50 ms'.padStart(7)}  ${'p99 ms'.padStart(7)}  of bare via nginx`);
    for (const { name, r } of rows)
      console.log(
        `${name.padEnd(38)} ${fmt(r.requests.average).padStart(9)}  ${fmt(r.latency.p50, 1).padStart(7)}  ${fmt(r.latency.p99, 1).padStart(7)}  ${fmt((r.requests.average / bareRef) * 100, 1).padStart(6)} %` +
          (r.non2xx || r.errors || r.timeouts ? `   non-2xx ${r.non2xx} errors ${r.errors} timeouts ${r.timeouts}` : ''),
      );
    const pick = (n: string) => rows.find((r) => r.name === n)?.r.requests.average ?? 0;
    console.log('');
    console.log(
      `two instances / one: cached ${fmt(pick('entry page, cached, 2 instances') / pick('entry page, cached, 1 instance'), 2)}×, ` +
        `uncached ${fmt(pick('1,000 entries, no cache, 2 instances') / pick('1,000 entries, no cache, 1 instance'), 2)}× ` +
        `(${os.cpus().length} cores shared by nginx, the instances, PostgreSQL and the load generator)`,
    );
  } finally {
    for (const c of children) c.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
    await bench.close();
    disarm();
  }
}

function line(name: string, r: AutocannonResult): string {
  return `${name.padEnd(38)} ${fmt(r.requests.average).padStart(9)} req/s  p50 ${fmt(r.latency.p50, 1)} ms  p99 ${fmt(r.latency.p99, 1)} ms  2xx ${r['2xx']}  non-2xx ${r.non2xx}  errors ${r.errors}`;
}

async function waitOk(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}
