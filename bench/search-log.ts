// The search query log, measured: what counting a search costs the request (SearchLogBuffer.search, an
// in-memory Map update, including the personal-data normalisation), and what one batch write costs the
// database (flush of 1, 100, 1,000 and 5,000 different queries, into an empty month and into a month that
// already has 20,000 queries), on PGlite in memory and (with --pg or TEST_DATABASE_URL) a temporary
// PostgreSQL database. Prints figures; asserts nothing.
// Usage: npx tsx bench/search-log.ts [--pg URL] [--no-pg]
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { fixedClock } from '../src/clock.js';
import { MAX_QUERIES_PER_MONTH, SearchLogBuffer } from '../src/domain/search-log/query-log.js';
import { flags, fmt, machineLine, onEachBackend, safetyTimer, type BenchDb } from './lib.js';

const args = flags();
const pgUrl = args.get('pg') ?? process.env.TEST_DATABASE_URL;
const log = pino({ level: 'silent' });

function memoryCost(): void {
  const clock = fixedClock(new Date('2026-03-16T02:00:00Z'));
  // A database that is never written to: only search() is timed.
  const buffer = new SearchLogBuffer(null as never, clock, log, 3_600_000);
  const queries = Array.from({ length: 1000 }, (_, i) => `anggaran pendapatan daerah ${i % 200} nik 6271012345670001`);
  for (let i = 0; i < 20_000; i++) buffer.search(queries[i % queries.length]!, i % 7);
  const n = 500_000;
  const t = performance.now();
  for (let i = 0; i < n; i++) buffer.search(queries[i % queries.length]!, i % 7);
  const us = ((performance.now() - t) * 1000) / n;
  buffer.stop();
  console.log(`  SearchLogBuffer.search(): ${fmt(us, 2)} µs a search (normalisation and Map update, ${fmt(n)} calls)`);
}

async function measure(target: BenchDb): Promise<void> {
  const db = target.database.db;
  const lines: string[] = [];
  for (const [label, month, iso] of [
    ['empty month', '2026-03', '2026-03-16T02:00:00Z'],
    [`month with ${fmt(MAX_QUERIES_PER_MONTH - 6_200)} queries`, '2026-04', '2026-04-16T02:00:00Z'],
  ] as const) {
    if (month === '2026-04') {
      await db.execute(
        sql`insert into search_query_stats (month, query, searches, updated_at) select '2026-04', 'ada ' || i, 1, now() from generate_series(1, ${MAX_QUERIES_PER_MONTH - 6_200}) i`,
      );
    }
    const clock = fixedClock(new Date(iso));
    const parts: string[] = [];
    for (const size of [1, 100, 1_000, 5_000]) {
      const buffer = new SearchLogBuffer(db, clock, log, 3_600_000);
      for (let i = 0; i < size; i++) {
        buffer.search(`kueri ${size} ${i}`, i % 3);
        buffer.search(`kueri ${size} ${i}`, 1);
        if (i % 2) buffer.click(`kueri ${size} ${i}`);
      }
      const t = performance.now();
      await buffer.flush();
      parts.push(`${fmt(size)}: ${fmt(performance.now() - t, 1)} ms`);
    }
    lines.push(`  ${target.label}, ${label}: flush of n different queries (2 searches, clicks on half) — ${parts.join('; ')}`);
  }
  const [rows] = (await db.execute(sql`select count(*)::int as n from search_query_stats`)).rows as { n: number }[];
  lines.push(`  ${target.label}: ${fmt(Number(rows?.n ?? 0))} rows in search_query_stats after the runs`);
  for (const l of lines) console.log(l);
}

const stop = safetyTimer(10 * 60_000);
console.log(machineLine());
console.log('search query log:');
memoryCost();
await onEachBackend(measure, args.has('no-pg') ? undefined : pgUrl);
stop();
