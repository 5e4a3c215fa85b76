// What "no dead ends" costs at scale: the public listings now carry each entry's real file types (a
// subquery on dip_documents per row), and search has a "dapat diunduh" filter (dip_search.has_file).
// Prints p50/p95 per operation on PGlite (and PostgreSQL with --pg), in-process, no HTTP.
// Usage: npx tsx bench/dead-ends.ts [--entries 100000] [--docs 10000] [--rounds 30] [--dir DIR] [--pg URL]
//   --dir DIR  the PGlite data directory, reused when it already holds the catalog (default: a tmp dir per size)
//   --pg URL   also on a temporary PostgreSQL database on that server (dropped afterwards)
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../src/db/client.js';
import { listPublished } from '../src/domain/dip/public.js';
import { searchPublished } from '../src/domain/dip/search.js';
import { flags, fmt, intFlag, machineLine, openPglite, percentile, seconds, tempPostgres, type BenchDb } from './lib.js';
import { seedLarge } from './seed-large.js';

type Op = { name: string; run: (db: DbOrTx) => Promise<unknown> };

const OPS: Op[] = [
  { name: 'DIP table page 1 (50, by number)', run: (db) => listPublished(db, { order: 'number', limit: 50 }) },
  { name: 'DIP table page 200 (50, by number)', run: (db) => listPublished(db, { order: 'number', limit: 50, offset: 199 * 50 }) },
  { name: 'browse newest (20)', run: (db) => listPublished(db, { order: 'newest', limit: 20 }) },
  { name: 'file types of 50 entries (subquery alone)', run: (db) => db.execute(FILE_TYPES_50) },
  { name: 'search "" downloadable', run: (db) => searchPublished(db, { q: '', downloadable: true }) },
  { name: 'search anggaran', run: (db) => searchPublished(db, { q: 'anggaran' }) },
  { name: 'search anggaran downloadable', run: (db) => searchPublished(db, { q: 'anggaran', downloadable: true }) },
  { name: 'search jembatan', run: (db) => searchPublished(db, { q: 'jembatan' }) },
  { name: 'search jembatan downloadable', run: (db) => searchPublished(db, { q: 'jembatan', downloadable: true }) },
];

const FILE_TYPES_50 = sql`select array(select distinct upper(substring(d.filename from '\\.([A-Za-z0-9]{1,5})$')) from dip_documents d
  where d.version_id = e.published_version_id and d.filename ~ '\\.[A-Za-z0-9]{1,5}$' order by 1) from dip_entries e order by e.number limit 50`;

async function ensureCatalog(target: BenchDb, entries: number, docs: number): Promise<void> {
  const have = Number(((await target.database.db.execute(sql`select count(*)::int as n from dip_search`)).rows[0] as { n: number }).n);
  if (have === entries) return;
  if (have > 0) throw new Error(`${target.label} holds ${have} entries, not ${entries}: give another --dir or delete it`);
  const started = performance.now();
  await seedLarge(target.database, { entries, docs, units: 20 });
  console.log(`  seeded ${fmt(entries)} entries (${fmt(docs)} with a file) into ${target.label} in ${fmt(seconds(started), 1)} s`);
}

async function measure(target: BenchDb, rounds: number): Promise<void> {
  const db = target.database.db;
  for (const op of OPS) await op.run(db); // warm-up
  console.log(`\n${target.label}: ${rounds} rounds`);
  console.log(`${'operation'.padEnd(44)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}`);
  for (const op of OPS) {
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t = performance.now();
      await op.run(db);
      times.push(performance.now() - t);
    }
    const f = (x: number) => fmt(x, 1).padStart(8);
    console.log(`${op.name.padEnd(44)} ${f(percentile(times, 50))} ${f(percentile(times, 95))} ${f(Math.max(...times))}`);
  }
}

async function main(): Promise<void> {
  const f = flags();
  const entries = intFlag(f, 'entries', 100_000);
  const docs = intFlag(f, 'docs', Math.round(entries / 10));
  const rounds = intFlag(f, 'rounds', 30);
  const dir = f.get('dir') ?? path.join(os.tmpdir(), `qgesy-bench-dead-ends-${entries}`);
  const pglite = await openPglite(dir);
  try {
    await ensureCatalog(pglite, entries, docs);
    await measure(pglite, rounds);
  } finally {
    await pglite.close();
  }
  if (f.get('pg')) {
    const pgdb = await tempPostgres(f.get('pg')!);
    try {
      await ensureCatalog(pgdb, entries, docs);
      await measure(pgdb, rounds);
    } finally {
      await pgdb.close();
    }
  }
  console.log(machineLine());
}

void main();
