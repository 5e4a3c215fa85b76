// The ways a search of several words reads a tier on a large catalog (src/domain/dip/search.ts, runPage):
// the newest rows as a sample, the walk of the published order, and the index hits sorted. Each must give
// the same hits as the plain definition (every word in the title, newest first). On a small catalog the
// tuning is lowered so that each way is taken; the numbers below say which query takes which.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLarge } from '../../bench/seed-large.js';
import { searchTuning } from '../../src/domain/dip/search-page.js';
import { searchPublished } from '../../src/domain/dip/search.js';
import { backendName, createTestDb, type TestDb } from '../helpers/db.js';

const ENTRIES = 3000;

describe(`search strategies on a larger catalog (${backendName})`, () => {
  let t: TestDb;
  const saved = { ...searchTuning };

  beforeAll(async () => {
    t = await createTestDb();
    await seedLarge(t, { entries: ENTRIES, docs: 0, units: 3 });
    // Titles with made-up words of known shares, by position in published order (0 = newest):
    // alfa in 2 of 3 titles, beta in 3 of 10, gamma in 1 of 20, and delta in every one.
    await t.db.execute(sql`
      update dip_search d set title = 'Dokumen delta' || case when r.rn % 3 <> 0 then ' alfa' else '' end
        || case when r.rn % 10 < 3 then ' beta' else '' end || case when r.rn % 20 = 0 then ' gamma' else '' end
      from (select entry_id, row_number() over (order by published_at desc, entry_id desc) - 1 as rn from dip_search) r
      where r.entry_id = d.entry_id`);
    await t.db.execute(sql`analyze dip_search`);
    // bound = max(10, sqrt(100 × 3000)) = 547; a sample of 200 rows: the walk when more than
    // 547 × 200 / 3000 = 36.5 of them match, the sorted index hits otherwise.
    searchTuning.sample = 200;
    searchTuning.minBound = 10;
    // The title tier from the GIN index (search-title-postings.test.ts compares the two).
    searchTuning.titlePostings = false;
  }, 120_000);

  afterAll(async () => {
    Object.assign(searchTuning, saved);
    await t?.dispose();
  });

  /** The newest 100 entries with every word in the title: the definition of the first tier's window. */
  async function expected(words: string, phrase = false): Promise<string[]> {
    const q = phrase ? sql`phraseto_tsquery('indonesian', ${words})` : sql`plainto_tsquery('indonesian', ${words})`;
    const r = await t.db.execute(sql`
      select entry_id from dip_search where title_tsv @@ ${q}
      order by published_at desc, entry_id desc limit 100`);
    return (r.rows as { entry_id: string }[]).map((x) => x.entry_id).sort();
  }

  async function hits(words: string): Promise<string[]> {
    const r = await searchPublished(t.db, { q: words, pageSize: 100 });
    expect(r.items).toHaveLength(100);
    return r.items.map((i) => i.id).sort();
  }

  it('takes the window from the sample when the newest rows fill it (alfa: ~133 of 200)', async () => {
    expect(await hits('alfa delta')).toEqual(await expected('alfa delta'));
  });

  it('walks the published order when the sample promises many hits (beta: 60 of 200)', async () => {
    expect(await hits('beta delta')).toEqual(await expected('beta delta'));
    // As a phrase: beta right after delta (the titles without alfa, 1 in 3 of beta's).
    expect(await hits('"delta beta"')).toEqual(await expected('delta beta', true));
  });

  it('sorts the index hits when the sample promises few (gamma: 10 of 200)', async () => {
    const want = await expected('gamma delta');
    expect(want).toHaveLength(100);
    expect(await hits('gamma delta')).toEqual(want);
  });

  it('proves "more than 1,000" for an exclusion from the titles without a document, as the index counts', async () => {
    // delta in every title, gamma in 1 of 20: 2,850 hits. Read from the GIN index, then from the title words.
    const gin = await searchPublished(t.db, { q: 'delta -gamma', pageSize: 100 });
    searchTuning.titlePostings = true;
    try {
      const walked = await searchPublished(t.db, { q: 'delta -gamma', pageSize: 100 });
      expect(walked.items.map((i) => i.id)).toEqual(gin.items.map((i) => i.id));
      expect([walked.total, walked.totalCapped]).toEqual([1000, true]);
      expect([gin.total, gin.totalCapped]).toEqual([1000, true]);
      // Without alfa: exactly the 1,000 titles at positions divisible by 3, counted exactly.
      for (const on of [false, true]) {
        searchTuning.titlePostings = on;
        const r = await searchPublished(t.db, { q: 'delta -alfa', pageSize: 100 });
        expect([r.total, r.totalCapped], `postings ${on}`).toEqual([1000, false]);
      }
      // An exclusion of the word itself leaves nothing.
      const none = await searchPublished(t.db, { q: 'delta -delta' });
      expect([none.total, none.items.length]).toEqual([0, 0]);
    } finally {
      searchTuning.titlePostings = false;
    }
  });

  it('gives the same hits with the usual tuning', async () => {
    Object.assign(searchTuning, saved);
    try {
      for (const q of ['alfa delta', 'beta delta', 'gamma delta']) expect(await hits(q), q).toEqual(await expected(q));
    } finally {
      searchTuning.sample = 200;
      searchTuning.minBound = 10;
      searchTuning.titlePostings = false;
    }
  });
});
