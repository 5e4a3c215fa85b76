// Sizes and costs of compressing the portal's pages and stylesheet (architecture notes §18): bytes and
// milliseconds per page for gzip 6/9 and brotli 4/5/6/11, i.e. why dynamic responses use brotli 5 and
// cached pages and static files brotli 11.
// Usage: npx tsx bench/compression.ts [--rounds 20]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config/env.js';
import { seedDemo } from '../src/demo/seed-demo.js';
import { createApp, staticRoot } from '../src/http/app.js';
import { benchCtx, flags, fmt, intFlag, machineLine, openPglite } from './lib.js';

type Variant = { name: string; run: (b: Buffer) => Buffer };
const br = (q: number): Variant => ({
  name: `br ${q}`,
  run: (b) =>
    zlib.brotliCompressSync(b, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: q,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length,
      },
    }),
});
const gz = (level: number): Variant => ({ name: `gzip ${level}`, run: (b) => zlib.gzipSync(b, { level }) });
const VARIANTS = [gz(6), gz(9), br(4), br(5), br(6), br(11)];

async function main(): Promise<void> {
  const f = flags();
  const rounds = intFlag(f, 'rounds', 20);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-bench-compress-'));
  const config = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: 'bench-secret-bench-secret-bench-secret', LOG_LEVEL: 'silent', BASE_URL: 'http://127.0.0.1' });
  const target = await openPglite(undefined);
  const ctx = benchCtx(target.database, path.join(dataDir, 'blobs'), systemClock);
  await seedDemo(ctx);
  const app = createApp({ database: target.database, config, clock: systemClock, blobs: ctx.blobs, logger: pino({ level: 'silent' }), setup: { token: null } });
  const slug = (
    (await target.database.db.execute(sql`select slug from dip_entries where published_version_id is not null order by slug limit 1`)).rows[0] as {
      slug: string;
    }
  ).slug;
  const bodies: [string, Buffer][] = [];
  for (const p of ['/', '/dip', `/informasi/${slug}`, '/cari?q=anggaran', '/en']) {
    const res = await app.request(p);
    bodies.push([p.startsWith('/informasi/') ? '/informasi/:slug' : p, Buffer.from(await res.arrayBuffer())]);
  }
  bodies.push(['/static/app.css', readFileSync(path.join(staticRoot(), 'app.css'))]);
  await target.close();
  rmSync(dataDir, { recursive: true, force: true });

  console.log(`Compression of portal responses (demo catalogue), median of ${rounds} rounds; bytes and ms per response`);
  console.log(`${'response'.padEnd(20)} ${'plain'.padStart(8)} ${VARIANTS.map((v) => v.name.padStart(15)).join('')}`);
  for (const [name, body] of bodies) {
    const cells = VARIANTS.map((v) => {
      const times: number[] = [];
      let size = 0;
      for (let i = 0; i < rounds; i++) {
        const t0 = performance.now();
        size = v.run(body).length;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return `${fmt(size)} ${fmt(times[Math.floor(times.length / 2)]!, 2)}ms`.padStart(15);
    });
    console.log(`${name.padEnd(20)} ${fmt(body.length).padStart(8)} ${cells.join('')}`);
  }
  console.log(machineLine());
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
