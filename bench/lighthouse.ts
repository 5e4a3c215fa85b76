// Mobile Lighthouse on the demo portal: performance, accessibility, best practices and SEO scores and the
// bytes transferred, for home, an entry page, search, the request form, tracking, the exempt-information
// list (DIK) and English pages. Targets (issue #12): 100 / 100 / 100, SEO ≥ 95, ≤ 25 KB per page.
//
// Lighthouse is not a project dependency. Install it once outside the project and point here:
//   mkdir -p /tmp/lh && cd /tmp/lh && npm init -y && npm i lighthouse
//   LIGHTHOUSE_DIR=/tmp/lh/node_modules CHROME_PATH=/usr/bin/chromium npx tsx bench/lighthouse.ts
// Flags: --only /path (one page), --keep-reports DIR (the JSON reports).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config/env.js';
import { seedDemo } from '../src/demo/seed-demo.js';
import { createApp } from '../src/http/app.js';
import { benchCtx, flags, fmt, machineLine, openPglite } from './lib.js';

type Lhr = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; numericValue?: number; title: string; scoreDisplayMode?: string }>;
};
type LighthouseFn = (url: string, flags: Record<string, unknown>, config?: unknown) => Promise<{ lhr: Lhr } | undefined>;
type ChromeLauncher = { launch(opts: { chromePath?: string; chromeFlags: string[] }): Promise<{ port: number; kill(): Promise<void> | void }> };

async function load(): Promise<{ lighthouse: LighthouseFn; launcher: ChromeLauncher }> {
  const dir = process.env.LIGHTHOUSE_DIR ?? '/tmp/lh/node_modules';
  const entry = path.join(dir, 'lighthouse', 'core', 'index.js');
  if (!existsSync(entry)) {
    console.error(
      `Lighthouse not found in ${dir}. It is not a project dependency; install it outside the project:\n` +
        '  mkdir -p /tmp/lh && cd /tmp/lh && npm init -y && npm i lighthouse\n' +
        'then run again with LIGHTHOUSE_DIR=/tmp/lh/node_modules CHROME_PATH=/usr/bin/chromium npx tsx bench/lighthouse.ts',
    );
    process.exit(2);
  }
  const lighthouse = ((await import(pathToFileURL(entry).href)) as { default: LighthouseFn }).default;
  const launcher = (await import(pathToFileURL(path.join(dir, 'chrome-launcher', 'dist', 'index.js')).href)) as ChromeLauncher;
  return { lighthouse, launcher };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function main(): Promise<void> {
  const f = flags();
  const { lighthouse, launcher } = await load();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-lighthouse-'));
  const config = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: 'bench-secret-bench-secret-bench-secret', LOG_LEVEL: 'silent', BASE_URL: origin });
  const target = await openPglite(undefined);
  const ctx = benchCtx(target.database, path.join(dataDir, 'blobs'), systemClock);
  await seedDemo(ctx);
  const app = createApp({ database: target.database, config, clock: systemClock, blobs: ctx.blobs, logger: pino({ level: 'silent' }), setup: { token: null } });
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  const slugRow = await target.database.db.execute(sql`
    select e.slug from dip_entries e
    where e.published_version_id is not null and e.status <> 'unpublished'
    order by exists (select 1 from dip_documents d where d.version_id = e.published_version_id) desc, e.published_at desc
    limit 1`);
  const slug = (slugRow.rows[0] as { slug: string }).slug;
  const pages = [
    ['home', '/'],
    ['entry', `/informasi/${slug}`],
    ['search', '/cari'],
    ['search results', '/cari?q=anggaran'],
    ['request form', '/permohonan'],
    ['tracking', '/permohonan/lacak'],
    ['DIK', '/informasi-dikecualikan'],
    ['English home', '/en'],
    ['English entry', `/en/informasi/${slug}`],
  ].filter(([, p]) => !f.get('only') || p === f.get('only'));
  const keep = f.get('keep-reports');
  if (keep) mkdirSync(keep, { recursive: true });

  const chrome = await launcher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const rows: { name: string; path: string; scores: number[]; kb: number; failing: string[] }[] = [];
  try {
    for (const [name, p] of pages) {
      // Once to warm the page cache (a visitor usually meets a cached page), then measured.
      await fetch(origin + p!);
      const r = await lighthouse(origin + p!, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        formFactor: 'mobile',
        screenEmulation: { mobile: true },
      });
      if (!r) throw new Error(`no Lighthouse result for ${p}`);
      const { lhr } = r;
      if (keep) writeFileSync(path.join(keep, `${name!.replace(/\W+/g, '-')}.json`), JSON.stringify(lhr));
      const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((k) => Math.round((lhr.categories[k]?.score ?? 0) * 100));
      const failing = Object.entries(lhr.audits)
        .filter(
          ([, a]) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'notApplicable' &&
            a.scoreDisplayMode !== 'manual',
        )
        .map(([id]) => id);
      rows.push({ name: name!, path: p!, scores, kb: (lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1024, failing });
    }
  } finally {
    await chrome.kill();
    server.close();
    await target.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`Lighthouse (mobile) on the demo portal, ${origin}`);
  console.log(
    `${'page'.padEnd(14)} ${'perf'.padStart(4)} ${'a11y'.padStart(4)} ${'b-p'.padStart(4)} ${'seo'.padStart(4)} ${'KB'.padStart(6)}  path / audits below 1`,
  );
  for (const r of rows) {
    console.log(`${r.name.padEnd(14)} ${r.scores.map((s) => String(s).padStart(4)).join(' ')} ${fmt(r.kb, 1).padStart(6)}  ${r.path}`);
    if (r.failing.length) console.log(`${''.padEnd(42)}${r.failing.join(', ')}`);
  }
  // A page kept out of search engines on purpose (search results with a query, architecture notes §17) fails
  // Lighthouse's is-crawlable audit by design: its SEO target does not apply.
  const noindex = (r: (typeof rows)[number]) => r.failing.includes('is-crawlable');
  const met = rows.every((r) => r.scores[0] === 100 && r.scores[1] === 100 && r.scores[2] === 100 && (noindex(r) || r.scores[3]! >= 95) && r.kb <= 25);
  const skipped = rows.filter(noindex).map((r) => r.path);
  console.log(
    `targets (100/100/100, SEO ≥ 95, ≤ 25 KB): ${met ? 'met' : 'NOT met'}${skipped.length ? ` (SEO not counted for noindex-by-design ${skipped.join(', ')})` : ''}`,
  );
  console.log(machineLine());
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
