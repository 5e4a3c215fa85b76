// The title words in published order (search_title_postings, migration 0033): kept by the trigger on
// dip_search through every write, written again after a restore, and read by the search for the title
// tier. The page read from them must be the page read from the GIN index, for every shape of query.
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLarge } from '../../bench/seed-large.js';
import { createBackup } from '../../src/backup/backup.js';
import { restoreBackup } from '../../src/backup/restore.js';
import type { Db } from '../../src/db/client.js';
import { localBlobStore } from '../../src/documents/blob-store.js';
import { searchTuning } from '../../src/domain/dip/search-page.js';
import { searchPublished } from '../../src/domain/dip/search.js';
import type { SearchInput } from '../../src/domain/dip/search-input.js';
import { everyWay, fewest } from '../../src/domain/dip/search-title-postings.js';
import { backendName, createTestDb, tempDir, type TestDb } from '../helpers/db.js';

const ENTRIES = 2500;

/** Rows of the table that the titles do not give, and title words the table lacks. */
async function drift(db: Db): Promise<number> {
  const cols = sql`lexeme, published_at, entry_id, unit_id, year, category, has_file`;
  const derived = sql`select u.lexeme, s.published_at, s.entry_id, s.unit_id, s.year, s.category, s.has_file from dip_search s, unnest(s.title_tsv) u`;
  const r = await db.execute(sql`select count(*)::int as n from (
    (select ${cols} from search_title_postings except all ${derived})
    union all
    (${derived} except all select ${cols} from search_title_postings)) x`);
  return Number((r.rows[0] as { n: number }).n);
}

async function postings(db: Db, where = sql`true`): Promise<number> {
  const r = await db.execute(sql`select count(*)::int as n from search_title_postings where ${where}`);
  return Number((r.rows[0] as { n: number }).n);
}

describe(`title words in published order (${backendName})`, () => {
  let t: TestDb;
  let unitId: string;
  let year: number;

  beforeAll(async () => {
    t = await createTestDb();
    await seedLarge(t, { entries: ENTRIES, docs: 150, units: 3 });
    await t.db.execute(sql`analyze`);
    const u = await t.db.execute(sql`select unit_id, year from dip_search where year is not null group by unit_id, year order by count(*) desc limit 1`);
    ({ unit_id: unitId, year } = u.rows[0] as { unit_id: string; year: number });
  }, 180_000);

  afterAll(async () => {
    searchTuning.titlePostings = true;
    await t?.dispose();
  });

  it('holds every title word of the catalog and follows edits, new rows and withdrawals', async () => {
    expect(await postings(t.db)).toBeGreaterThan(ENTRIES * 3);
    expect(await drift(t.db)).toBe(0);
    const ids = (await t.db.execute(sql`select entry_id from dip_search order by published_at desc limit 3`)).rows.map(
      (r) => (r as { entry_id: string }).entry_id,
    );
    const [edited, withdrawn, rewritten] = ids as [string, string, string];
    // A new title and other filter values; a withdrawal; a row written again the way refreshSearchRow
    // writes it (an upsert).
    await t.db.execute(
      sql`update dip_search set title = 'Rencana kerja zetaxyz khusus', year = 2019, category = 'serta_merta', has_file = true where entry_id = ${edited}`,
    );
    await t.db.execute(sql`delete from dip_search where entry_id = ${withdrawn}`);
    await t.db.execute(sql`insert into dip_search (entry_id, unit_id, category, year, forms, has_file, title, summary, tags, doc_text, published_at)
      select entry_id, unit_id, category, year, forms, has_file, 'Data omegaxyz terbaru', summary, tags, doc_text, published_at from dip_search where entry_id = ${rewritten}
      on conflict (entry_id) do update set title = excluded.title`);
    expect(await drift(t.db)).toBe(0);
    expect(await postings(t.db, sql`entry_id = ${withdrawn}`)).toBe(0);
    expect(await postings(t.db, sql`entry_id = ${edited} and lexeme = 'zetaxyz' and year = 2019 and category = 'serta_merta' and has_file`)).toBe(1);
    expect(await postings(t.db, sql`entry_id = ${rewritten} and lexeme = 'omegaxyz'`)).toBe(1);
    const found = await searchPublished(t.db, { q: 'zetaxyz' });
    expect(found.items.map((i) => i.id)).toEqual([edited]);
  });

  const queries: SearchInput[] = [
    { q: 'anggaran' },
    { q: 'laporan keuangan' },
    { q: '"laporan realisasi anggaran"' },
    { q: 'banjir' },
    { q: 'renstra' },
    { q: 'izin usaha' },
    { q: 'jalan rusak' },
    { q: 'pajak or retribusi' },
    { q: 'anggaran -perubahan' },
    { q: 'pengadaan barang jasa' },
    { q: 'kebakaran hutan dan lahan' },
    { q: 'data kependudukan' },
    { q: 'laporan', page: 2 },
    { q: 'laporan', page: 6 },
    { q: 'anggaran', category: 'berkala' },
    { q: 'laporan', downloadable: true },
    { q: 'laporan', form: 'terekam' },
    { q: 'sungai kahayan' },
    { q: 'rencana strategis 2025' },
  ];

  it('gives the page the GIN index gives, for every shape of query it reads', async () => {
    const all = [...queries, { q: 'laporan', year }, { q: 'data', unitId }, { q: 'pengadaan barang', unitId, year }];
    for (const input of all) {
      const label = JSON.stringify(input);
      searchTuning.titlePostings = false;
      const gin = await searchPublished(t.db, { pageSize: 50, ...input });
      searchTuning.titlePostings = true;
      const walked = await searchPublished(t.db, { pageSize: 50, ...input });
      expect(
        walked.items.map((i) => i.id),
        label,
      ).toEqual(gin.items.map((i) => i.id));
      expect([walked.total, walked.totalCapped], label).toEqual([gin.total, gin.totalCapped]);
      expect(gin.items.length, label).toBeGreaterThan(0);
    }
  });

  it('is what the search reads: a title missing from it is missing from the title tier', async () => {
    const newest = (await searchPublished(t.db, { q: 'anggaran', pageSize: 5 })).items[0]!;
    await t.db.execute(sql`delete from search_title_postings where entry_id = ${newest.id}`);
    try {
      const ids = (await searchPublished(t.db, { q: 'anggaran', pageSize: 5 })).items.map((i) => i.id);
      expect(ids).not.toContain(newest.id);
    } finally {
      await t.db.execute(sql`update dip_search set title = title where entry_id = ${newest.id}`);
    }
    expect(await drift(t.db)).toBe(0);
  });

  it('is written again from the restored rows after a restore (it is not in the archive)', async () => {
    const work = tempDir('qgesy-postings-');
    const target = await createTestDb();
    try {
      const file = path.join(work.dir, 'cadangan.tar.gz');
      await createBackup({ db: t.db, blobs: localBlobStore(path.join(work.dir, 'a')), file, appVersion: 'test', now: new Date('2026-12-07T00:00:00Z') });
      await restoreBackup({ db: target.db, blobs: localBlobStore(path.join(work.dir, 'b')), file });
      expect(await postings(target.db)).toBe(await postings(t.db));
      expect(await drift(target.db)).toBe(0);
    } finally {
      await target.dispose();
      work.cleanup();
    }
  }, 120_000);
});

describe('the ways a title can have every part', () => {
  const s = (...w: string[]) => new Set(w);
  it('takes a form of each part and drops a way that contains another', () => {
    // jalan rusak, each with the form "pemeliharaan jalan": jalan+rusak, or pelihara+jalan.
    const ways = everyWay([
      [s('jalan'), s('pelihara', 'jalan')],
      [s('rusak'), s('pelihara', 'jalan')],
    ]);
    expect(ways?.map((w) => [...w].sort())).toEqual([
      ['jalan', 'rusak'],
      ['jalan', 'pelihara'],
    ]);
    expect(fewest([s('a', 'b'), s('a'), s('a')])?.map((w) => [...w])).toEqual([['a']]);
  });

  it('gives up beyond twelve ways', () => {
    const part = Array.from({ length: 4 }, (_, i) => s(`w${i}`));
    expect(everyWay([part, part.map((x) => s(`v${[...x][0]}`))])).toBeNull();
  });
});
