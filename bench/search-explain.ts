// Why a search is slow: runs searchPublished once per query on a PostgreSQL database, records the
// statements it sends, and prints EXPLAIN (ANALYZE, BUFFERS) of each, with the search's settings.
// Usage: npx tsx bench/search-explain.ts --pg URL [--q "anggaran"] [--category berkala] [--year 2024] [--page 3] [--form terekam] [--all]
//   --all  every query of bench/search.ts, one line per statement (time), plans only with --plans
import pg from 'pg';
import { sql } from 'drizzle-orm';
import type { DipCategory } from '../src/db/schema/index.js';
import { searchPublished } from '../src/domain/dip/search.js';
import type { SearchInput } from '../src/domain/dip/search-input.js';
import { flags, fmt, openPostgres } from './lib.js';
import { QUERIES } from './search.js';

type Sent = { text: string; values: unknown[] };
const sent: Sent[] = [];
let recording = false;
const original = pg.Client.prototype.query;
// Records every statement the pool's clients send while `recording`.
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown];
  if (recording) {
    const text = typeof first === 'string' ? first : first.text;
    const values = typeof first === 'string' ? (Array.isArray(second) ? second : []) : (first.values ?? (Array.isArray(second) ? second : []));
    sent.push({ text, values });
  }
  return (original as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

async function main(): Promise<void> {
  const f = flags();
  const url = f.get('pg') ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('give --pg URL');
  const target = await openPostgres(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const units = (await target.database.db.execute(sql`select id, code from units`)).rows as { id: string; code: string }[];
    const inputs: { label: string; input: SearchInput }[] = f.has('all')
      ? QUERIES.map((q) => ({
          label: [q.q || '(kosong)', q.category, q.year, q.unit, q.form, q.page && `hal ${q.page}`].filter(Boolean).join(' '),
          input: {
            q: q.q,
            ...(q.category ? { category: q.category } : {}),
            ...(q.year ? { year: q.year } : {}),
            ...(q.form ? { form: q.form } : {}),
            ...(q.unit ? { unitId: units.find((u) => u.code === q.unit)?.id ?? units[0]!.id } : {}),
            ...(q.page ? { page: q.page } : {}),
          },
        }))
      : [
          {
            label: f.get('q') ?? '',
            input: {
              q: f.get('q') ?? '',
              ...(f.get('category') ? { category: f.get('category') as DipCategory } : {}),
              ...(f.get('year') ? { year: Number(f.get('year')) } : {}),
              ...(f.get('form') ? { form: f.get('form') as 'terekam' } : {}),
              ...(f.get('page') ? { page: Number(f.get('page')) } : {}),
            },
          },
        ];
    const plans = !f.has('all') || f.has('plans');
    for (const { label, input } of inputs) {
      await searchPublished(target.database.db, input); // warm
      sent.length = 0;
      recording = true;
      const t = performance.now();
      const r = await searchPublished(target.database.db, input);
      const ms = performance.now() - t;
      recording = false;
      console.log(`\n=== ${label}: ${fmt(ms, 1)} ms, total ${r.totalCapped ? '> ' : ''}${r.total}`);
      const statements = sent.filter((s) => !/^(begin|commit|rollback)/i.test(s.text.trim()));
      await client.query('begin');
      try {
        // The settings of the search's first statement (set_config(..., true)) hold for its transaction.
        const settings = statements.find((s) => s.text.includes('set_config'));
        if (settings) await client.query(settings.text, settings.values);
        for (const s of statements) {
          if (s === settings) continue;
          const e = await client.query(`explain (analyze, buffers, format text) ${s.text}`, s.values);
          const lines = (e.rows as { 'QUERY PLAN': string }[]).map((x) => x['QUERY PLAN']);
          const exec = lines.find((l) => l.startsWith('Execution Time')) ?? '';
          console.log(`--- ${exec}  ${s.text.replace(/\s+/g, ' ').slice(0, 90)}`);
          if (plans) console.log(lines.join('\n'));
        }
      } finally {
        await client.query('rollback');
      }
    }
  } finally {
    await client.end();
    await target.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
