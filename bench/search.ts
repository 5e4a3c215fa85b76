// Server time of the public search (searchPublished) on a large catalog, on PGlite and on PostgreSQL:
// a fixed set of 50 realistic queries (words, stems, phrases, typos, a prefix, OR/NOT, filters), run
// once to warm up and then ROUNDS times; prints p50/p95 per backend and per query. Target: p95 ≤ 20 ms on
// PostgreSQL at 1,000,000 entries (issue 16).
// Usage: npx tsx bench/search.ts [--pg URL] [--pg-db NAME] [--dir DIR] [--entries 100000] [--docs 10000] [--rounds 5] [--no-pglite] [--no-pg]
//   --pg URL   a PostgreSQL server (default: TEST_DATABASE_URL); a temporary database is created there and dropped
//   --pg-db NAME  use (and keep) the database NAME on that server instead, reused when it already holds the catalog
//   --dir DIR  the PGlite data directory, reused when it already holds the catalog
//              (default: <tmp>/qgesy-bench-search-<entries>)
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import type { DipCategory } from '../src/db/schema/index.js';
import { searchPublished } from '../src/domain/dip/search.js';
import type { SearchInput } from '../src/domain/dip/search-input.js';
import { COUNT_CAP } from '../src/domain/dip/search-page.js';
import { flags, fmt, intFlag, keptPostgres, machineLine, openPglite, percentile, safetyTimer, seconds, tempPostgres, type BenchDb } from './lib.js';
import { seedLarge } from './seed-large.js';

type Query = { q: string; category?: DipCategory; year?: number; form?: 'tercetak' | 'terekam'; unit?: string; page?: number };

// Fixed, so that runs compare. What a visitor of a city's PPID portal types.
export const QUERIES: Query[] = [
  { q: 'anggaran' },
  { q: 'perizinan' },
  { q: 'izin usaha' },
  { q: 'laporan keuangan' },
  { q: '"laporan realisasi anggaran"' },
  { q: 'stunting' },
  { q: 'banjir' },
  { q: 'kebakaran hutan dan lahan' },
  { q: 'puskesmas' },
  { q: 'renstra' },
  { q: 'rencana strategis 2025' },
  { q: 'pengadaan barang jasa' },
  { q: '"rencana umum pengadaan"' },
  { q: 'ppdb zonasi' },
  { q: 'jadwal pengangkutan sampah' },
  { q: 'retribusi parkir' },
  { q: 'data kependudukan' },
  { q: 'akta kelahiran' },
  { q: 'sungai kahayan' },
  { q: 'survei kepuasan masyarakat' },
  { q: 'lkjip' },
  { q: 'dana bos sekolah' },
  { q: 'bantuan sosial' },
  { q: 'penerima bantuan pangan' },
  { q: 'pendidikan' },
  { q: 'demam berdarah' },
  { q: 'kabut asap' },
  { q: 'pajak bumi dan bangunan' },
  { q: 'pajak or retribusi' },
  { q: 'anggaran -perubahan' },
  { q: 'anggran' },
  { q: 'perizianan' },
  { q: 'kebakran lahan' },
  { q: 'infor' },
  { q: 'daftar informasi publik' },
  { q: 'peraturan daerah' },
  { q: 'apbd 2024' },
  { q: 'jalan rusak' },
  { q: 'drainase' },
  { q: 'wisata budaya' },
  { q: 'umkm halal' },
  { q: 'pegawai asn golongan' },
  { q: 'cpns pppk' },
  { q: 'kelurahan panarung' },
  { q: 'kode rekening' },
  { q: 'anggaran', category: 'berkala' },
  { q: 'laporan', year: 2024 },
  { q: 'data', unit: 'dinkes' },
  { q: 'laporan', page: 3 },
  { q: '', form: 'terekam' },
];

const label = (q: Query) =>
  [
    q.q ? q.q : '(kosong)',
    q.category && `kategori=${q.category}`,
    q.year && `tahun=${q.year}`,
    q.unit && `unit=${q.unit}`,
    q.form && `bentuk=${q.form}`,
    q.page && `hal=${q.page}`,
  ]
    .filter(Boolean)
    .join(' ');

type Outcome = {
  backend: string;
  entries: number;
  /** Entries whose published version has a document with text (dip_search.has_file). */
  docs: number;
  seedSeconds: number | null;
  times: number[];
  /** CPU time per search: this process plus, when visible, the database backends (ms). */
  cpu: number[];
  cpuIncludesServer: boolean;
  perQuery: { q: Query; median: number; p95: number; max: number; cpu: number; total: number; capped: boolean }[];
};

async function entryCount(database: Database): Promise<number> {
  const r = await database.db.execute(sql`select count(*)::int as n from dip_search`);
  return Number((r.rows[0] as { n: number } | undefined)?.n ?? 0);
}

async function measure(target: BenchDb, opts: { entries: number; docs: number; rounds: number }): Promise<Outcome> {
  const { database } = target;
  let seedSeconds: number | null = null;
  const have = await entryCount(database);
  if (have === 0) {
    process.stdout.write(`  seeding ${fmt(opts.entries)} entries into ${target.label} ... `);
    const r = await seedLarge(database, { entries: opts.entries, docs: opts.docs, units: 20 });
    seedSeconds = r.total;
    console.log(`${fmt(r.total, 1)} s`);
  } else if (have !== opts.entries) {
    throw new Error(`${target.label} holds ${have} entries, not ${opts.entries}: give another --dir / --pg-db or delete it`);
  } else console.log(`  reusing ${target.label} (${fmt(have)} entries)`);

  const unitRows = (await database.db.execute(sql`select id, code from units`)).rows as { id: string; code: string }[];
  const unitId = new Map(unitRows.map((u) => [u.code, u.id]));
  const inputs: SearchInput[] = QUERIES.map((q) => ({
    q: q.q,
    ...(q.category ? { category: q.category } : {}),
    ...(q.year ? { year: q.year } : {}),
    ...(q.form ? { form: q.form } : {}),
    ...(q.unit ? { unitId: unitId.get(q.unit) ?? unitRows[0]!.id } : {}),
    ...(q.page ? { page: q.page } : {}),
    pageSize: 20,
  }));

  const totals = new Array<number>(inputs.length).fill(0);
  const capped = new Array<boolean>(inputs.length).fill(false);
  for (const [i, input] of inputs.entries()) {
    const r = await searchPublished(database.db, input);
    totals[i] = r.total;
    capped[i] = r.totalCapped;
  }
  // CPU time besides wall time: on a shared machine the wall time mostly measures the queue for a core.
  // The server's share is read from /proc/<pid>/schedstat of this database's backends (same machine only).
  const backends =
    database.kind === 'postgres'
      ? ((await database.db.execute(sql`select pid from pg_stat_activity where datname = current_database()`)).rows as { pid: number }[]).map((r) => r.pid)
      : [];
  const serverNs = () =>
    backends.reduce((sum, pid) => {
      try {
        return sum + Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        return sum;
      }
    }, 0);
  const canSeeServer = backends.length > 0 && serverNs() > 0;
  const times: number[] = [];
  const cpu: number[] = [];
  const per = inputs.map(() => [] as number[]);
  const perCpu = inputs.map(() => [] as number[]);
  for (let round = 0; round < opts.rounds; round++) {
    for (const [i, input] of inputs.entries()) {
      const ns = canSeeServer ? serverNs() : 0;
      const c = process.cpuUsage();
      const t = performance.now();
      await searchPublished(database.db, input);
      const ms = performance.now() - t;
      const used = process.cpuUsage(c);
      const cpuMs = (used.user + used.system) / 1000 + (canSeeServer ? (serverNs() - ns) / 1e6 : 0);
      times.push(ms);
      per[i]!.push(ms);
      cpu.push(cpuMs);
      perCpu[i]!.push(cpuMs);
    }
  }
  const docRow = (await database.db.execute(sql`select count(*)::int as n from dip_search where has_file`)).rows[0] as { n: number } | undefined;
  return {
    backend: target.label,
    entries: have || opts.entries,
    docs: Number(docRow?.n ?? 0),
    seedSeconds,
    times,
    cpu,
    cpuIncludesServer: canSeeServer,
    perQuery: QUERIES.map((q, i) => ({
      q,
      median: percentile(per[i]!, 50),
      p95: percentile(per[i]!, 95),
      max: Math.max(...per[i]!),
      cpu: percentile(perCpu[i]!, 50),
      total: totals[i]!,
      capped: capped[i]!,
    })),
  };
}

async function main(): Promise<void> {
  const f = flags();
  const entries = intFlag(f, 'entries', 100_000);
  const docs = intFlag(f, 'docs', Math.round(entries / 10));
  const rounds = intFlag(f, 'rounds', 5);
  const pgUrl = f.get('pg') ?? process.env.TEST_DATABASE_URL;
  const dir = f.get('dir') ?? path.join(os.tmpdir(), `qgesy-bench-search-${entries}`);
  const stopSafety = safetyTimer(60 * 60_000);
  const started = performance.now();
  console.log(`Search benchmark: ${QUERIES.length} fixed queries, 1 warm-up pass, then ${rounds} rounds; in-process time of searchPublished (page size 20).`);

  const outcomes: Outcome[] = [];
  if (!f.has('no-pglite')) {
    if (existsSync(dir)) console.log(`  PGlite directory ${dir} exists`);
    const target = await openPglite(dir);
    try {
      outcomes.push(await measure(target, { entries, docs, rounds }));
    } finally {
      await target.close();
    }
  }
  if (pgUrl && !f.has('no-pg')) {
    const pgDb = f.get('pg-db');
    const target = pgDb ? await keptPostgres(pgUrl, pgDb) : await tempPostgres(pgUrl);
    try {
      outcomes.push(await measure(target, { entries, docs, rounds }));
    } finally {
      await target.close();
    }
  } else console.log('  PostgreSQL skipped: give --pg URL (or TEST_DATABASE_URL)');

  console.log('');
  console.log(
    `${'backend'.padEnd(58)} ${'entries'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'max ms'.padStart(7)} ${'mean ms'.padStart(8)}  seeded in`,
  );
  for (const o of outcomes) {
    const mean = o.times.reduce((a, b) => a + b, 0) / o.times.length;
    console.log(
      `${o.backend.slice(0, 58).padEnd(58)} ${fmt(o.entries).padStart(8)} ${fmt(percentile(o.times, 50), 1).padStart(7)} ${fmt(percentile(o.times, 95), 1).padStart(7)} ` +
        `${fmt(Math.max(...o.times), 1).padStart(7)} ${fmt(mean, 1).padStart(8)}  ${o.seedSeconds === null ? 'reused' : `${fmt(o.seedSeconds, 1)} s`}`,
    );
  }
  for (const o of outcomes) {
    console.log('');
    console.log(`per query on ${o.backend} (${rounds} rounds; hits counted up to ${fmt(COUNT_CAP)}):`);
    console.log(`  ${'query'.padEnd(44)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'max ms'.padStart(7)} ${'cpu ms'.padStart(7)}  hits`);
    for (const p of o.perQuery)
      console.log(
        `  ${label(p.q).slice(0, 44).padEnd(44)} ${fmt(p.median, 1).padStart(7)} ${fmt(p.p95, 1).padStart(7)} ${fmt(p.max, 1).padStart(7)} ${fmt(p.cpu, 1).padStart(7)}  ${p.capped ? '> ' : ''}${fmt(p.total)}`,
      );
    console.log(
      `CPU per search (${o.cpuIncludesServer ? 'this process + the database backends' : 'this process only'}): p50 ${fmt(percentile(o.cpu, 50), 1)} ms, p95 ${fmt(percentile(o.cpu, 95), 1)} ms`,
    );
    console.log(
      `slowest (median): ${[...o.perQuery]
        .sort((a, b) => b.median - a.median)
        .slice(0, 6)
        .map((p) => `${label(p.q)} ${fmt(p.median, 1)} ms`)
        .join('; ')}`,
    );
  }
  const pgOutcome = outcomes.find((o) => o.backend.startsWith('PostgreSQL'));
  if (pgOutcome) {
    const p95 = percentile(pgOutcome.times, 95);
    console.log('');
    console.log(`target p95 ≤ 20 ms on PostgreSQL at ${fmt(pgOutcome.entries)} entries: ${fmt(p95, 1)} ms → ${p95 <= 20 ? 'met' : 'NOT met'}`);
  }
  for (const o of outcomes) console.log(`catalog on ${o.backend}: ${fmt(o.entries)} entries, ${fmt(o.docs)} with document text; 20 units`);
  console.log(`process memory ${fmt(process.memoryUsage().rss / 2 ** 20)} MiB; wall time ${fmt(seconds(started), 0)} s`);
  console.log(machineLine());
  stopSafety();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
