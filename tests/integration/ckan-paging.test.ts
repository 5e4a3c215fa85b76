// Paging through every listing of the open-data APIs gives exactly the unpaged listing: no duplicates, no
// gaps, whatever the page size (here 7, which divides nothing in the demo catalogue). A harvester that pages
// package_list must see each package once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe(`stable order of paged listings (${backendName})`, () => {
  let t: TestApp;
  const get = async (path: string): Promise<Json> => {
    const res = await t.app.request(path);
    expect(res.status, path).toBe(200);
    return (await res.json()) as Json;
  };

  /** Pages of `size` from offset 0 until a short page; returns their concatenation. */
  async function pages<T>(size: number, page: (offset: number) => Promise<T[]>): Promise<T[]> {
    const all: T[] = [];
    for (let offset = 0; ; offset += size) {
      const items = await page(offset);
      all.push(...items);
      if (items.length < size) return all;
      if (offset > 100_000) throw new Error('no end');
    }
  }

  beforeAll(async () => {
    t = await createTestApp({ demo: true });
  });

  afterAll(async () => {
    await t?.dispose();
  });

  it('package_list in pages of 7 is the unpaged list, by register number', async () => {
    const whole = (await get('/api/3/action/package_list')).result as string[];
    expect(whole.length).toBeGreaterThan(300);
    expect(new Set(whole).size).toBe(whole.length);
    const paged = await pages(7, async (o) => (await get(`/api/3/action/package_list?limit=7&offset=${o}`)).result as string[]);
    expect(paged).toEqual(whole);
    // POSTed as JSON, as CKAN clients do: the same.
    const res = await t.app.request('/api/3/action/package_list', {
      method: 'POST',
      body: JSON.stringify({ limit: 7, offset: 14 }),
      headers: { 'content-type': 'application/json' },
    });
    expect(((await res.json()) as Json).result).toEqual(whole.slice(14, 21));
  });

  for (const sort of ['id asc', 'title_string asc', 'metadata_modified desc', 'metadata_created desc', '']) {
    it(`package_search rows=7 pages one order (sort "${sort}")`, async () => {
      const s = sort ? `&sort=${encodeURIComponent(sort)}` : '';
      const first = await get(`/api/3/action/package_search?rows=1000${s}`);
      const whole = (first.result.results as Json[]).map((p) => p.name as string);
      expect(whole).toHaveLength(first.result.count);
      expect(new Set(whole).size).toBe(whole.length);
      const paged = await pages(7, async (o) =>
        ((await get(`/api/3/action/package_search?rows=7&start=${o}${s}`)).result.results as Json[]).map((p) => p.name as string),
      );
      expect(paged).toEqual(whole);
    });
  }

  it('package_search "id asc" lists the packages in package_list order', async () => {
    const list = (await get('/api/3/action/package_list')).result as string[];
    const search = ((await get('/api/3/action/package_search?rows=1000&sort=id%20asc')).result.results as Json[]).map((p) => p.name as string);
    expect(search).toEqual(list);
  });

  it('package_search with words pages one order', async () => {
    const first = await get('/api/3/action/package_search?q=laporan&rows=1000');
    const whole = (first.result.results as Json[]).map((p) => p.name as string);
    expect(whole.length).toBeGreaterThan(7);
    const paged = await pages(7, async (o) =>
      ((await get(`/api/3/action/package_search?q=laporan&rows=7&start=${o}`)).result.results as Json[]).map((p) => p.name as string),
    );
    expect(paged).toEqual(whole);
  });

  for (const sort of ['name asc', 'title asc', 'package_count desc', 'package_count asc']) {
    it(`organization_list limit=7 pages one order (sort "${sort}")`, async () => {
      const s = encodeURIComponent(sort);
      const whole = (await get(`/api/3/action/organization_list?sort=${s}`)).result as string[];
      expect(new Set(whole).size).toBe(whole.length);
      const paged = await pages(7, async (o) => (await get(`/api/3/action/organization_list?sort=${s}&limit=7&offset=${o}`)).result as string[]);
      expect(paged).toEqual(whole);
    });
  }

  it('the JSON API /api/v1/dip pages one order', async () => {
    const whole = await pages(100, async (o) => ((await get(`/api/v1/dip?pageSize=100&page=${o / 100 + 1}`)).items as Json[]).map((e) => e.slug as string));
    expect(new Set(whole).size).toBe(whole.length);
    const paged = await pages(7, async (o) => ((await get(`/api/v1/dip?pageSize=7&page=${o / 7 + 1}`)).items as Json[]).map((e) => e.slug as string));
    expect(paged).toEqual(whole);
  });
});
