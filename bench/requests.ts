// Sustained submissions of requests for information per second, through the whole HTTP stack of the app
// (form parsing, CSRF check, time trap, validation, numbering, deadline, audit, outbox, redirect), on PGlite
// and on PostgreSQL, with the share that failed (must be zero) and a check that the numbers have no gaps.
// Each simulated citizen comes from its own address with its own email, so the spam limits never apply.
// Usage: npx tsx bench/requests.ts [--seconds 10] [--concurrency 8] [--pg URL] [--no-pglite] [--no-pg]
//   --pg URL   a PostgreSQL server (default: TEST_DATABASE_URL); a temporary database is created and dropped
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, sql } from 'drizzle-orm';
import pino from 'pino';
import { systemClock, type Clock } from '../src/clock.js';
import { loadConfig } from '../src/config/env.js';
import { informationRequests, units } from '../src/db/schema/index.js';
import { createApp } from '../src/http/app.js';
import { benchCtx, flags, fmt, intFlag, machineLine, openPglite, percentile, safetyTimer, tempPostgres, type BenchDb } from './lib.js';

const FORM = {
  applicantType: 'perorangan',
  name: 'Warga Uji Beban',
  idNumber: '6271031203870004',
  address: 'Jl. Tjilik Riwut Km. 7, Palangka Raya',
  occupation: 'Karyawan swasta',
  phone: '0812 5100 2233',
  proxyName: '',
  details: 'Salinan laporan realisasi anggaran dinas tahun 2025 beserta lampiran rincian belanja modal.',
  purpose: 'Bahan diskusi warga tentang pembangunan kelurahan.',
  obtainMethod: 'salinan',
  copyFormat: 'softcopy',
  deliveryMethod: 'email',
  unit: 'dpupr',
  consent: '1',
};

async function run(target: BenchDb, secondsToRun: number, concurrency: number): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-bench-requests-'));
  try {
    const config = loadConfig({
      DATA_DIR: dataDir,
      SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
      LOG_LEVEL: 'silent',
      BASE_URL: 'http://127.0.0.1',
      TRUST_PROXY: 'true',
    });
    // The form is shown a minute "before" it is sent, so the time trap lets it through.
    const clock: Clock = { now: () => new Date(Date.now() + 60_000) };
    const ctx = benchCtx(target.database, path.join(dataDir, 'blobs'), systemClock);
    await ctx.db.insert(units).values({ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' });
    const app = createApp({ database: target.database, config, clock, blobs: ctx.blobs, logger: pino({ level: 'silent' }), setup: { token: null } });
    const showForm = createApp({
      database: target.database,
      config,
      clock: systemClock,
      blobs: ctx.blobs,
      logger: pino({ level: 'silent' }),
      setup: { token: null },
    });

    // One visitor's cookie and tokens, as a browser holds them after opening the form.
    const page = await showForm.request('/permohonan', { headers: { 'x-forwarded-for': '10.0.0.1' } });
    const cookie = page.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const html = await page.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const formToken = /name="formToken" value="([^"]+)"/.exec(html)![1]!;

    let sent = 0;
    let ok = 0;
    let failed = 0;
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const end = performance.now() + secondsToRun * 1000;
    const started = performance.now();
    async function citizen(worker: number): Promise<void> {
      while (performance.now() < end) {
        const i = sent++;
        const body = new URLSearchParams({ ...FORM, email: `warga${i}@uji.example`, _csrf: csrf, formToken });
        const t0 = performance.now();
        const res = await app.request('/permohonan', {
          method: 'POST',
          body,
          headers: {
            cookie,
            'content-type': 'application/x-www-form-urlencoded',
            'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
            origin: 'http://127.0.0.1',
          },
        });
        latencies.push(performance.now() - t0);
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 303 && res.headers.get('location')?.startsWith('/permohonan/terdaftar?')) ok++;
        else failed++;
        void worker;
      }
    }
    await Promise.all(Array.from({ length: concurrency }, (_, w) => citizen(w)));
    const elapsed = (performance.now() - started) / 1000;

    const [stored] = await ctx.db.select({ n: count(), max: sql<number>`max(${informationRequests.seq})::int` }).from(informationRequests);
    const gapFree = stored!.n === ok && stored!.max === ok;
    console.log(
      `${target.label.padEnd(40)} ${fmt(ok / elapsed, 1).padStart(8)}/s  ok ${fmt(ok)}, failed ${fmt(failed)} (${fmt((100 * failed) / Math.max(1, sent), 2)} %)  ` +
        `p50 ${fmt(percentile(latencies, 50), 1)} ms, p95 ${fmt(percentile(latencies, 95), 1)} ms  ` +
        `numbers 1..${stored!.max ?? 0} ${gapFree ? 'without gaps' : 'WITH GAPS OR MISMATCH'}  statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    if (failed || !gapFree) process.exitCode = 1;
  } finally {
    await target.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const f = flags();
  const secondsToRun = intFlag(f, 'seconds', 10);
  const concurrency = intFlag(f, 'concurrency', 8);
  const stop = safetyTimer(15 * 60_000);
  console.log(`Request submissions over HTTP (in process), ${concurrency} concurrent citizens, ${secondsToRun} s per backend`);
  try {
    if (!f.has('no-pglite')) await run(await openPglite(undefined), secondsToRun, concurrency);
    const pgUrl = f.get('pg') ?? process.env.TEST_DATABASE_URL;
    if (!f.has('no-pg')) {
      if (pgUrl) await run(await tempPostgres(pgUrl), secondsToRun, concurrency);
      else console.log('PostgreSQL: skipped (give --pg URL or set TEST_DATABASE_URL)');
    }
    console.log(machineLine());
  } finally {
    stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
