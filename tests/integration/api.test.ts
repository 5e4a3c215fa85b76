// Open-data APIs over app.request(): OpenAPI document, JSON API v1, CKAN Action API, DCAT-AP catalogue,
// bilingual problem+json errors, and that nothing unpublished ever appears in any of them.
import { Validator } from '@seriousme/openapi-schema-validator';
import { eq } from 'drizzle-orm';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { dipDocuments, dipEntries, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import type { DipInput } from '../../src/domain/dip/input.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { returnEntry } from '../../src/domain/dip/return-dip-entry.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { unpublishEntry } from '../../src/domain/dip/unpublish-dip-entry.js';
import { updateEntry } from '../../src/domain/dip/update-dip-entry.js';
import { csrfTokenFor } from '../../src/http/middleware/csrf.js';
import { createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { dipInput } from '../helpers/dip.js';

const BASE = 'http://localhost:3000';

// Words that exist only in entries or documents the public must never see.
const SECRET = {
  draft: 'zamrudrahasia',
  withdrawn: 'kuarsaditarik',
  submitted: 'safirdiajukan',
  returned: 'opaldikembalikan',
  revision: 'berlianrevisi',
  draftFile: 'draf-rahasia-zamrud.pdf',
  withdrawnFile: 'ditarik-kuarsa.pdf',
  revisionFile: 'revisi-berlian.pdf',
};

type Json = Record<string, unknown> & { [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

describe(`open-data APIs (${backendName})`, () => {
  let t: TestApp;
  let pembantuA: Ctx;
  let pembantuB: Ctx;
  let utama: Ctx;
  let unitA: string;
  let unitB: string;
  const ids: Record<string, string> = {};
  const slugs: Record<string, string> = {};
  const secretIds: string[] = [];

  const as = async (email: string): Promise<Ctx> => {
    const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
    return { ...t.ctx, actor: toActor(u!) };
  };

  async function addDocument(entryId: string, versionId: string, filename: string, mime = 'application/pdf', size = 2048): Promise<string> {
    const [d] = await t.db.db
      .insert(dipDocuments)
      .values({ entryId, versionId, sha256: 'b'.repeat(64), filename, mime, size, textStatus: 'pending', createdAt: t.clock.now() })
      .returning();
    return d!.id;
  }

  async function draft(who: Ctx, unitId: string, over: Partial<DipInput>) {
    t.clock.advance(60_000);
    return createDraft(who, unitId, dipInput(over));
  }

  async function publish(who: Ctx, unitId: string, over: Partial<DipInput>, doc?: { filename: string; mime?: string; size?: number }) {
    const e = await draft(who, unitId, over);
    if (doc) ids[`doc:${e.slug}`] = await addDocument(e.id, e.workingVersionId!, doc.filename, doc.mime, doc.size);
    await submitEntries(who, [e.id]);
    await approveEntry(utama, e.id);
    slugs[e.id] = e.slug;
    return e;
  }

  const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers });
  const json = async (path: string): Promise<{ status: number; type: string; body: Json }> => {
    const res = await get(path);
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as Json };
  };

  beforeAll(async () => {
    t = await createTestApp();
    const [a] = await t.db.db.insert(units).values({ code: 'dpmptsp', name: 'Dinas Penanaman Modal dan PTSP' }).returning();
    const [b] = await t.db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
    await t.db.db.insert(units).values({ code: 'arsip', name: 'Dinas Arsip (nonaktif)', active: false });
    unitA = a!.id;
    unitB = b!.id;
    await makeUser(t.ctx, { email: 'pembantu@dpmptsp.example', roles: ['ppid_pembantu'], unitId: unitA });
    await makeUser(t.ctx, { email: 'pembantu@dinkes.example', roles: ['ppid_pembantu'], unitId: unitB });
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    pembantuA = await as('pembantu@dpmptsp.example');
    pembantuB = await as('pembantu@dinkes.example');
    utama = await as('utama@kota.example');

    // Published: two in DPMPTSP (one titled only with "izin"), twelve in Dinkes.
    const umkm = await publish(pembantuA, unitA, { tags: ['izin', 'umkm', 'a', 'data/statistik'] }, { filename: 'daftar izin 2025.pdf', size: 184320 });
    ids.umkm = umkm.id;
    const imb = await publish(
      pembantuA,
      unitA,
      {
        title: 'Daftar Izin Mendirikan Bangunan',
        summary: 'Syarat dan alur pengurusan bangunan gedung di kota.',
        tags: ['bangunan'],
        category: 'setiap_saat',
        subtype: 'prosedur_layanan',
        year: 2024,
      },
      { filename: 'imb.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: 9000 },
    );
    ids.imb = imb.id;
    for (let i = 1; i <= 12; i++) {
      await publish(pembantuB, unitB, {
        title: `Laporan Kinerja Puskesmas Nomor ${String(i).padStart(2, '0')}`,
        summary: `Capaian kinerja puskesmas ke-${i} selama satu tahun anggaran.`,
        tags: ['kinerja'],
        subtype: 'kinerja',
        year: i % 2 ? 2023 : 2025,
      });
    }

    // Never public: a draft, a submitted one, a returned one, a withdrawn one (each with a unique word),
    // and an unapproved revision of a published entry with a new document.
    const d = await draft(pembantuA, unitA, { title: `Rencana ${SECRET.draft} Tahunan`, summary: `Ringkasan ${SECRET.draft} yang belum terbit.` });
    await addDocument(d.id, d.workingVersionId!, SECRET.draftFile);
    secretIds.push(d.id);
    slugs.draft = d.slug;

    const s = await draft(pembantuA, unitA, { title: `Kajian ${SECRET.submitted} Daerah`, summary: 'Sedang diperiksa PPID Utama sebelum terbit.' });
    await submitEntries(pembantuA, [s.id]);
    secretIds.push(s.id);

    const r = await draft(pembantuA, unitA, { title: `Program ${SECRET.returned} Kota`, summary: 'Dikembalikan untuk diperbaiki oleh PPID Pembantu.' });
    await submitEntries(pembantuA, [r.id]);
    await returnEntry(utama, r.id, 'Lengkapi ringkasan dan tempat pembuatan informasi.');
    secretIds.push(r.id);

    const w = await publish(
      pembantuB,
      unitB,
      { title: `Data ${SECRET.withdrawn} Pasien`, summary: `Ringkasan ${SECRET.withdrawn} yang ditarik.`, tags: [SECRET.withdrawn] },
      { filename: SECRET.withdrawnFile },
    );
    await unpublishEntry(utama, w.id, 'Dokumen memuat data pribadi yang belum dihitamkan.');
    secretIds.push(w.id);
    slugs.withdrawn = w.slug;

    await updateEntry(
      pembantuA,
      imb.id,
      dipInput({ title: `Daftar Izin Mendirikan Bangunan ${SECRET.revision}`, summary: `Perubahan ${SECRET.revision} belum disetujui.` }),
    );
    const [revised] = await t.db.db.select().from(dipEntries).where(eq(dipEntries.id, imb.id));
    expect(revised!.workingVersionId).not.toBe(revised!.publishedVersionId);
    await addDocument(imb.id, revised!.workingVersionId!, SECRET.revisionFile);
  }, 120_000);

  afterAll(async () => t?.dispose());

  // --- OpenAPI ----------------------------------------------------------------------------------------

  describe('OpenAPI document', () => {
    it('is a valid OpenAPI 3.1 document with servers, paths and schemas', async () => {
      const { status, type, body } = await json('/api/openapi.json');
      expect(status).toBe(200);
      expect(type).toContain('application/json');
      expect(body.openapi).toMatch(/^3\.1\.\d+$/);
      expect(body.info.title).toBeTruthy();
      expect(body.servers).toEqual([{ url: BASE }]);
      for (const p of [
        '/api/v1/dip',
        '/api/v1/dip/{slug}',
        '/api/v1/units',
        '/api/v1/search',
        '/catalog.jsonld',
        '/api/3/action/package_search',
        '/api/3/action/package_show',
      ]) {
        expect(body.paths[p]?.get, p).toBeDefined();
      }
      for (const s of ['Entry', 'EntryDetail', 'Unit', 'Problem', 'SearchResult']) expect(body.components.schemas[s], s).toBeDefined();
      expect(Object.keys(body.paths['/api/v1/dip'].get.responses['400'].content)).toEqual(['application/problem+json']);
      const result = await new Validator().validate(body);
      expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
      expect(result.valid).toBe(true);
    });
  });

  // --- JSON API v1 ----------------------------------------------------------------------------------------

  describe('JSON API v1', () => {
    it('lists published entries newest first, with filters and paging', async () => {
      const all = await json('/api/v1/dip?pageSize=100');
      expect(all.status).toBe(200);
      expect(all.body.total).toBe(14);
      expect(all.body.items).toHaveLength(14);
      const first = all.body.items[0];
      expect(Object.keys(first).sort()).toEqual(
        [
          'category',
          'categoryLabel',
          'firstPublishedAt',
          'formats',
          'forms',
          'holder',
          'id',
          'links',
          'madePlace',
          'madeWhen',
          'number',
          'periodLabel',
          'responsible',
          'retention',
          'slug',
          'subtype',
          'subtypeLabel',
          'summary',
          'tags',
          'title',
          'unit',
          'updatedAt',
          'url',
          'version',
          'year',
        ].sort(),
      );
      expect(first.url).toBe(`${BASE}/informasi/${first.slug}`);
      expect(first.firstPublishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

      const dpm = await json('/api/v1/dip?unit=dpmptsp');
      expect(dpm.body.total).toBe(2);
      expect(dpm.body.items.map((e: Json) => e.unit.code)).toEqual(['dpmptsp', 'dpmptsp']);
      // The published version of the revised entry, not its working draft.
      expect(dpm.body.items.map((e: Json) => e.title)).toContain('Daftar Izin Mendirikan Bangunan');

      expect((await json('/api/v1/dip?category=setiap_saat')).body.total).toBe(1);
      expect((await json('/api/v1/dip?year=2025&unit=dinkes')).body.total).toBe(6);
      expect((await json('/api/v1/dip?unit=tidak-ada')).body.total).toBe(0);

      const p1 = await json('/api/v1/dip?pageSize=5&page=1');
      const p3 = await json('/api/v1/dip?pageSize=5&page=3');
      expect(p1.body).toMatchObject({ total: 14, page: 1, pageSize: 5 });
      expect(p1.body.items).toHaveLength(5);
      expect(p3.body.items).toHaveLength(4);
      expect(p1.body.items.map((e: Json) => e.id)).toEqual(all.body.items.slice(0, 5).map((e: Json) => e.id));
    });

    it('shows one entry with its documents, and 404s as problem+json', async () => {
      const { status, body } = await json(`/api/v1/dip/${slugs[ids.umkm!]}`);
      expect(status).toBe(200);
      expect(body.number).toBe('DIP/DPMPTSP/2026/0001');
      expect(body.categoryLabel).toEqual({ id: 'Informasi berkala', en: 'Periodic information' });
      expect(body.unit).toEqual({ code: 'dpmptsp', name: 'Dinas Penanaman Modal dan PTSP' });
      expect(body.documents).toHaveLength(1);
      const doc = body.documents[0];
      expect(doc).toEqual({
        id: ids[`doc:${slugs[ids.umkm!]}`],
        filename: 'daftar izin 2025.pdf',
        mime: 'application/pdf',
        size: 184320,
        sha256: 'b'.repeat(64),
        url: `${BASE}/dokumen/${doc.id}/daftar%20izin%202025.pdf`,
      });

      const imb = await json(`/api/v1/dip/${slugs[ids.imb!]}`);
      expect(imb.body.title).toBe('Daftar Izin Mendirikan Bangunan');
      expect(imb.body.documents.map((d: Json) => d.filename)).toEqual(['imb.xlsx']);

      const missing = await json('/api/v1/dip/tidak-ada-entri-ini');
      expect(missing.status).toBe(404);
      expect(missing.type).toContain('application/problem+json');
      expect(missing.body).toMatchObject({
        status: 404,
        code: 'not_found',
        title: expect.stringContaining('tidak ditemukan'),
        title_en: expect.stringContaining('not found'),
      });
    });

    it('lists active units with their counts of published entries', async () => {
      const { status, body } = await json('/api/v1/units');
      expect(status).toBe(200);
      expect(body.total).toBe(2);
      expect(body.items.map((u: Json) => [u.code, u.entryCount])).toEqual([
        ['dinkes', 12],
        ['dpmptsp', 2],
      ]);
      expect(Object.keys(body.items[0]).sort()).toEqual(['address', 'code', 'email', 'entryCount', 'isPpidUtama', 'name', 'phone', 'shortName']);
    });

    it('searches with Indonesian stemming and pages the hits', async () => {
      const { status, body } = await json('/api/v1/search?q=perizinan');
      expect(status).toBe(200);
      expect(body.items.map((h: Json) => h.title)).toContain('Daftar Izin Mendirikan Bangunan');
      const hit = body.items[0];
      expect(Object.keys(hit).sort()).toEqual(
        ['category', 'hasFile', 'id', 'number', 'rank', 'slug', 'snippet', 'snippetHtml', 'title', 'unitCode', 'unitName', 'url', 'year'].sort(),
      );
      expect(hit.snippet).not.toContain('<mark>');

      const all = await json('/api/v1/search?q=puskesmas&pageSize=100');
      expect(all.body.total).toBe(12);
      const p2 = await json('/api/v1/search?q=puskesmas&pageSize=5&page=2');
      expect(p2.body.items.map((h: Json) => h.id)).toEqual(all.body.items.slice(5, 10).map((h: Json) => h.id));
      expect((await json('/api/v1/search?q=puskesmas&unit=dpmptsp')).body.total).toBe(0);
      expect((await json('/api/v1/search?q=puskesmas&year=2025')).body.total).toBe(6);
    });

    it('answers invalid parameters with 400 problem+json in Indonesian and English, without internals', async () => {
      const cases: [string, string[]][] = [
        ['/api/v1/dip?page=abc&category=rahasia&year=3000', ['page', 'category', 'year']],
        ['/api/v1/dip?pageSize=1000', ['pageSize']],
        ['/api/v1/dip?unit=DROP%20TABLE', ['unit']],
        ['/api/v1/search', ['q']],
        [`/api/v1/search?q=${'a'.repeat(201)}`, ['q']],
        ['/api/v1/dip/Bukan_Slug!', ['slug']],
      ];
      for (const [path, names] of cases) {
        const res = await get(path);
        const text = await res.text();
        expect(res.status, path).toBe(400);
        expect(res.headers.get('content-type'), path).toContain('application/problem+json');
        const body = JSON.parse(text) as Json;
        expect(body).toMatchObject({ status: 400, code: 'invalid_parameter', type: 'about:blank#invalid_parameter' });
        expect(body.title).toMatch(/^Parameter permintaan tidak valid/);
        expect(body.title_en).toMatch(/^Invalid request parameters/);
        expect(body.errors.map((e: Json) => e.name).sort(), path).toEqual([...names].sort());
        for (const e of body.errors) {
          expect(e.message).toBeTruthy();
          expect(e.message_en).toBeTruthy();
          expect(e.message).not.toEqual(e.message_en);
        }
        expect(text).not.toMatch(/ZodError|issues|invalid_type|too_big|expected|stack|\bat \w+ \(|node_modules/i);
      }
      const bad = (await json('/api/v1/dip?page=0')).body;
      expect(bad.errors[0]).toEqual({
        name: 'page',
        message: 'Halaman harus bilangan bulat 1–10000.',
        message_en: 'The page must be a whole number from 1 to 10000.',
      });
    });

    it('answers unknown API paths with 404 problem+json', async () => {
      const res = await get('/api/v1/tidak-ada');
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    });

    it('lets any web page read the API (CORS)', async () => {
      const res = await get('/api/v1/units', { origin: 'https://data.contoh.go.id' });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    });
  });

  // --- CKAN -------------------------------------------------------------------------------------------------

  describe('CKAN Action API', () => {
    const ckan = async (action: string, query = '') => {
      const res = await get(`/api/3/action/${action}${query ? `?${query}` : ''}`);
      return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as Json };
    };

    it('package_list: every public name in CKAN’s envelope, or a page of them', async () => {
      const { status, type, body } = await ckan('package_list');
      expect(status).toBe(200);
      expect(type).toContain('application/json');
      expect(body.success).toBe(true);
      expect(body.help).toBe(`${BASE}/api#ckan-package_list`);
      // The 14 public entries, then the register of exempt information (a package of its own).
      expect(body.result).toHaveLength(15);
      expect(body.result).toContain(slugs[ids.umkm!]);
      expect(body.result.at(-1)).toBe('daftar-informasi-dikecualikan');
      const page = await ckan('package_list', 'limit=5&offset=10');
      expect(page.body.result).toHaveLength(5);
      expect(new Set([...(await ckan('package_list', 'limit=10')).body.result, ...page.body.result]).size).toBe(15);
    });

    it('package_show maps an entry to a CKAN package, by name or id', async () => {
      const { status, body } = await ckan('package_show', `id=${slugs[ids.umkm!]}`);
      expect(status).toBe(200);
      const p = body.result;
      expect(p).toMatchObject({
        id: ids.umkm,
        name: slugs[ids.umkm!],
        title: 'Perizinan Usaha Mikro dan Kecil Tahun 2025',
        notes: 'Daftar izin usaha mikro dan kecil yang diterbitkan, termasuk syarat dan alur pengurusannya.',
        url: `${BASE}/informasi/${slugs[ids.umkm!]}`,
        type: 'dataset',
        state: 'active',
        private: false,
        organization: { id: unitA, name: 'dpmptsp', title: 'Dinas Penanaman Modal dan PTSP', type: 'organization' },
        license_id: 'notspecified',
        num_resources: 1,
      });
      // CKAN's own timestamp form: UTC, no zone designator.
      expect(p.metadata_created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/);
      expect(p.metadata_modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/);
      // Tags that CKAN would reject (too short, "/") are cleaned or dropped.
      expect(p.tags.map((x: Json) => x.name)).toEqual(['izin', 'umkm', 'data statistik']);
      expect(p.resources).toEqual([
        expect.objectContaining({
          id: ids[`doc:${slugs[ids.umkm!]}`],
          name: 'daftar izin 2025.pdf',
          url: `${BASE}/dokumen/${ids[`doc:${slugs[ids.umkm!]}`]}/daftar%20izin%202025.pdf`,
          format: 'PDF',
          mimetype: 'application/pdf',
          size: 184320,
        }),
      ]);
      const extras = Object.fromEntries(p.extras.map((e: Json) => [e.key, e.value]));
      expect(extras).toMatchObject({
        number: 'DIP/DPMPTSP/2026/0001',
        category: 'berkala',
        retention: '5 tahun',
        responsible: 'Kepala Bidang Perizinan',
        year: '2025',
      });
      for (const e of p.extras) expect(typeof e.value).toBe('string');

      const byId = await ckan('package_show', `id=${ids.imb}`);
      expect(byId.body.result.name).toBe(slugs[ids.imb!]);
      expect(byId.body.result.resources.map((r: Json) => r.format)).toEqual(['XLSX']);
    });

    it('errors in CKAN’s envelope with its status codes', async () => {
      const missing = await ckan('package_show', 'id=tidak-ada');
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ success: false, help: expect.any(String), error: { __type: 'Not Found Error', message: expect.any(String) } });
      const noId = await ckan('package_show');
      expect(noId.status).toBe(409);
      expect(noId.body.error.__type).toBe('Validation Error');
      expect(noId.body.error.id).toEqual([expect.any(String)]);
      const badRows = await ckan('package_search', 'rows=banyak');
      expect(badRows.status).toBe(409);
      expect(badRows.body.error).toMatchObject({ __type: 'Validation Error', rows: ['Harus bilangan bulat 0 atau lebih.'] });
      const unknown = await ckan('package_create');
      expect(unknown.status).toBe(400);
      expect(unknown.body.success).toBe(false);
      const badFq = await ckan('package_search', 'fq=' + encodeURIComponent('-organization:dinkes'));
      expect(badFq.status).toBe(400);
      expect(badFq.body.error.__type).toBe('Search Query Error');
      const badSort = await ckan('package_search', 'sort=' + encodeURIComponent('views desc'));
      expect(badSort.status).toBe(409);
      for (const r of [missing, noId, badRows, unknown, badFq, badSort]) expect(JSON.stringify(r.body)).not.toMatch(/ZodError|stack|node_modules/);
    });

    it('package_search: stemming finds "izin" for q=perizinan', async () => {
      const { status, body } = await ckan('package_search', 'q=perizinan');
      expect(status).toBe(200);
      expect(body.success).toBe(true);
      const titles = body.result.results.map((p: Json) => p.title);
      expect(titles).toContain('Daftar Izin Mendirikan Bangunan');
      expect(body.result.count).toBe(titles.length);
      expect(body.result.results[0].resources).toBeDefined();
    });

    it('package_search: rows and start page through everything, without repeats', async () => {
      const all = await ckan('package_search', 'rows=1000');
      expect(all.body.result.count).toBe(15);
      expect(all.body.result.results).toHaveLength(15);
      expect(all.body.result.results.at(-1).name).toBe('daftar-informasi-dikecualikan');
      expect((await ckan('package_search')).body.result.results).toHaveLength(10);
      const seen: string[] = [];
      for (let start = 0; start < 15; start += 4) {
        const page = await ckan('package_search', `rows=4&start=${start}&sort=${encodeURIComponent('id asc')}`);
        expect(page.body.result.count).toBe(15);
        seen.push(...page.body.result.results.map((p: Json) => p.name));
      }
      expect(seen).toHaveLength(15);
      expect(new Set(seen).size).toBe(15);
      // Text search windows that do not line up with pages.
      const hits = (await ckan('package_search', 'q=puskesmas&rows=1000')).body.result.results.map((p: Json) => p.id);
      expect(hits).toHaveLength(12);
      const window = (await ckan('package_search', 'q=puskesmas&rows=5&start=3')).body.result.results.map((p: Json) => p.id);
      expect(window).toEqual(hits.slice(3, 8));
      const count = await ckan('package_search', 'q=puskesmas&rows=0');
      expect(count.body.result).toMatchObject({ count: 12, results: [] });
      const capped = await ckan('package_search', 'rows=5000');
      expect(capped.status).toBe(200);
    });

    it('package_search: fq organization and what harvesters send', async () => {
      const dpm = await ckan('package_search', `fq=${encodeURIComponent('organization:dpmptsp')}`);
      expect(dpm.body.result.count).toBe(2);
      expect(dpm.body.result.results.every((p: Json) => p.organization.name === 'dpmptsp')).toBe(true);
      const withQ = await ckan('package_search', `q=izin&fq=${encodeURIComponent('+organization:dpmptsp')}`);
      expect(withQ.body.result.results.every((p: Json) => p.organization.name === 'dpmptsp')).toBe(true);
      // ckanext-harvest: incremental filter and sort by id.
      const harvest = await ckan(
        'package_search',
        `fq=${encodeURIComponent('metadata_modified:[2026-01-01T00:00:00Z TO *]')}&sort=${encodeURIComponent('id asc')}&rows=100&start=0`,
      );
      expect(harvest.status).toBe(200);
      expect(harvest.body.result.count).toBe(15);
      const title = await ckan('package_search', `sort=${encodeURIComponent('title_string asc')}&rows=3`);
      expect(title.body.result.results.map((p: Json) => p.title)).toEqual([
        'Daftar Izin Mendirikan Bangunan',
        'Laporan Kinerja Puskesmas Nomor 01',
        'Laporan Kinerja Puskesmas Nomor 02',
      ]);
    });

    it('organization_list, organization_show and status_show', async () => {
      expect((await ckan('organization_list')).body.result).toEqual(['dinkes', 'dpmptsp']);
      const full = await ckan('organization_list', 'all_fields=true&sort=' + encodeURIComponent('package_count desc'));
      expect(full.body.result.map((o: Json) => [o.name, o.package_count])).toEqual([
        ['dinkes', 12],
        ['dpmptsp', 2],
      ]);
      expect(full.body.result[0]).toMatchObject({ title: 'Dinas Kesehatan', type: 'organization', is_organization: true });
      const show = await ckan('organization_show', 'id=dpmptsp&include_datasets=true');
      expect(show.body.result).toMatchObject({ name: 'dpmptsp', package_count: 2 });
      expect(show.body.result.packages).toHaveLength(2);
      expect((await ckan('organization_show', 'id=arsip')).status).toBe(404);
      const status = await ckan('status_show');
      expect(status.body.result).toMatchObject({ site_url: BASE, locale_default: 'id', ckan_version: expect.any(String) });
      // The version-less path that some clients use.
      expect((await json('/api/action/organization_list')).body.result).toEqual(['dinkes', 'dpmptsp']);
    });

    it('accepts POST with a JSON body, as CKAN clients send it', async () => {
      // The app's CSRF guard still applies to POST; a token is sent here the way a same-site client would.
      const first = await get('/api/3/action/status_show');
      const cookie = /qg_csrf=([^;]+)/.exec(first.headers.get('set-cookie') ?? '')![1]!;
      const token = csrfTokenFor(t.deps.config.sessionSecret, cookie, null);
      const post = (action: string, body: string) =>
        t.app.request(`/api/3/action/${action}`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', cookie: `qg_csrf=${cookie}`, 'x-csrf-token': token },
        });
      const res = await post('package_search', JSON.stringify({ q: 'perizinan', rows: 1, start: 0 }));
      expect(res.status).toBe(200);
      const body = (await res.json()) as Json;
      expect(body.success).toBe(true);
      expect(body.result.results).toHaveLength(1);
      const show = (await (await post('package_show', JSON.stringify({ id: slugs[ids.umkm!] }))).json()) as Json;
      expect(show.result.name).toBe(slugs[ids.umkm!]);
      const org = (await (await post('organization_list', JSON.stringify({ all_fields: true }))).json()) as Json;
      expect(org.result[0].name).toBe('dinkes');
      const broken = await post('package_search', '{"q": ');
      expect(broken.status).toBe(400);
      expect(((await broken.json()) as Json).error.__type).toBe('Bad Request');
    });

    it('accepts POST without a CSRF token or cookie (harvesters have none)', async () => {
      const res = await t.app.request('/api/3/action/package_search', {
        method: 'POST',
        body: JSON.stringify({ q: 'perizinan', rows: 1 }),
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as Json).success).toBe(true);
      // the exemption is for the read-only actions only: a back-office form still needs its token
      const form = await t.app.request('/admin/unit', { method: 'POST', body: 'code=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(form.status).toBe(403);
    });
  });

  // --- DCAT ---------------------------------------------------------------------------------------------------

  describe('DCAT-AP catalogue', () => {
    it('is JSON-LD with a dcat:Catalog and one dcat:Dataset per public entry', async () => {
      const res = await get('/catalog.jsonld');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/ld+json');
      const doc = JSON.parse(await res.text()) as Json;
      expect(doc['@type']).toBe('dcat:Catalog');
      expect(doc['@context'].dcat).toBe('http://www.w3.org/ns/dcat#');
      expect(doc['dct:publisher']['@type']).toBe('foaf:Organization');
      expect(doc['foaf:homepage']).toEqual({ '@id': `${BASE}/` });
      expect(doc['dct:language']).toEqual({ '@id': 'http://publications.europa.eu/resource/authority/language/IND' });
      // Themes and types are described once, in the catalogue's concept schemes.
      const [categories, types] = doc['dcat:themeTaxonomy'] as Json[];
      expect(categories!['skos:hasTopConcept'].map((c: Json) => c['skos:notation'])).toEqual(['berkala', 'serta_merta', 'setiap_saat']);
      expect(categories!['skos:hasTopConcept'][0]).toMatchObject({ '@id': `${BASE}/catalog.jsonld#kategori-berkala`, '@type': 'skos:Concept' });
      expect(types!['skos:hasTopConcept'].map((c: Json) => c['skos:notation'])).toContain('layanan_publik');
      const datasets = doc['dcat:dataset'] as Json[];
      // The 14 entries and the register of exempt information.
      expect(datasets).toHaveLength(15);
      expect(datasets.at(-1)!['dct:identifier']).toBe('daftar-informasi-dikecualikan');
      const umkm = datasets.find((d) => d['dct:identifier'] === 'DIP/DPMPTSP/2026/0001')!;
      expect(umkm).toMatchObject({
        '@type': 'dcat:Dataset',
        'dct:title': [{ '@value': 'Perizinan Usaha Mikro dan Kecil Tahun 2025', '@language': 'id' }],
        'dcat:landingPage': { '@id': `${BASE}/informasi/${slugs[ids.umkm!]}` },
        'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': 'Dinas Penanaman Modal dan PTSP' },
        'dcat:theme': { '@id': `${BASE}/catalog.jsonld#kategori-berkala` },
        'dct:type': { '@id': `${BASE}/catalog.jsonld#jenis-layanan_publik` },
        'dct:issued': { '@type': 'xsd:dateTime' },
        'dct:modified': { '@type': 'xsd:dateTime' },
      });
      expect(umkm['dct:description'][0]['@value']).toContain('Daftar izin usaha mikro');
      expect(umkm['dcat:keyword'].map((k: Json) => k['@value'])).toEqual(['izin', 'umkm', 'a', 'data/statistik']);
      const docId = ids[`doc:${slugs[ids.umkm!]}`];
      expect(umkm['dcat:distribution']).toEqual([
        expect.objectContaining({
          '@type': 'dcat:Distribution',
          'dcat:downloadURL': { '@id': `${BASE}/dokumen/${docId}/daftar%20izin%202025.pdf` },
          'dcat:mediaType': { '@id': 'https://www.iana.org/assignments/media-types/application/pdf' },
          'dcat:byteSize': { '@value': '184320', '@type': 'xsd:nonNegativeInteger' },
        }),
      ]);
    });

    it('expands as JSON-LD into DCAT terms (no remote context needed)', async () => {
      const doc = JSON.parse(await (await get('/catalog.jsonld')).text()) as Json;
      const expanded = (await jsonld.expand(doc, {
        documentLoader: async (url: string) => {
          throw new Error(`no remote documents: ${url}`);
        },
      })) as Json[];
      const catalog = expanded[0]!;
      expect(catalog['@type']).toEqual(['http://www.w3.org/ns/dcat#Catalog']);
      const datasets = catalog['http://www.w3.org/ns/dcat#dataset'] as Json[];
      expect(datasets).toHaveLength(15);
      expect(datasets.every((d) => d['@type'][0] === 'http://www.w3.org/ns/dcat#Dataset')).toBe(true);
      const withDoc = datasets.find((d) => d['http://www.w3.org/ns/dcat#distribution']?.length)!;
      expect(withDoc['http://www.w3.org/ns/dcat#distribution'][0]['http://www.w3.org/ns/dcat#downloadURL'][0]['@id']).toMatch(new RegExp(`^${BASE}/dokumen/`));
    });
  });

  // --- confidentiality ---------------------------------------------------------------------------------------

  describe('confidentiality', () => {
    it('never shows drafts, submitted, returned or withdrawn entries, nor unapproved revisions and their documents', async () => {
      const words = Object.values(SECRET);
      const bodies: [string, string][] = [];
      const fetchText = async (path: string) => {
        const res = await get(path);
        bodies.push([path, await res.text()]);
        return res;
      };
      for (const path of [
        '/api/v1/dip?pageSize=100',
        '/api/v1/units',
        '/api/3/action/package_list',
        '/api/3/action/package_search?rows=1000',
        '/api/3/action/organization_show?id=dpmptsp&include_datasets=true',
        '/api/3/action/organization_show?id=dinkes&include_datasets=true',
        '/api/3/action/organization_list?all_fields=true',
        '/catalog.jsonld',
        `/api/v1/dip/${slugs[ids.imb!]}`,
        `/api/3/action/package_show?id=${ids.imb}`,
      ]) {
        expect((await fetchText(path)).status, path).toBe(200);
      }
      // Search answers echo the query; their hits must not contain it.
      for (const w of [SECRET.draft, SECRET.withdrawn, SECRET.submitted, SECRET.returned, SECRET.revision]) {
        const v1 = (await json(`/api/v1/search?q=${w}`)).body;
        expect(v1.total, w).toBe(0);
        bodies.push([`/api/v1/search?q=${w}`, JSON.stringify(v1.items)]);
        const ck = (await json(`/api/3/action/package_search?q=${w}`)).body;
        expect(ck.result.count, w).toBe(0);
        bodies.push([`/api/3/action/package_search?q=${w}`, JSON.stringify(ck.result.results)]);
      }
      for (const [path, text] of bodies) {
        for (const w of words) expect(text.includes(w), `${w} in ${path}`).toBe(false);
        for (const id of secretIds) expect(text.includes(id), `${id} in ${path}`).toBe(false);
      }
      // Direct addresses of unpublished entries are not found.
      for (const path of [
        `/api/v1/dip/${slugs.draft}`,
        `/api/v1/dip/${slugs.withdrawn}`,
        `/api/3/action/package_show?id=${slugs.draft}`,
        `/api/3/action/package_show?id=${slugs.withdrawn}`,
        ...secretIds.map((id) => `/api/3/action/package_show?id=${id}`),
      ]) {
        expect((await get(path)).status, path).toBe(404);
      }
      // The withdrawn entry's unit still shows only its published entries.
      const dinkes = (await json('/api/v1/units')).body.items.find((u: Json) => u.code === 'dinkes');
      expect(dinkes.entryCount).toBe(12);
    });
  });

  // --- documentation page ---------------------------------------------------------------------------------------

  describe('documentation page', () => {
    it('lists the endpoints with parameters and examples from the OpenAPI document, without scripts', async () => {
      const res = await get('/api');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      const html = await res.text();
      expect(html).toContain('<html lang="id"');
      expect(html).toContain('API Data Terbuka');
      for (const p of [
        'GET /api/v1/dip',
        'GET /api/v1/dip/{slug}',
        'GET /api/v1/units',
        'GET /api/v1/search',
        'GET /catalog.jsonld',
        'GET /api/3/action/package_search',
      ])
        expect(html, p).toContain(p);
      expect(html).toContain('id="ckan-package_search"');
      expect(html).toContain(`curl &#39;${BASE}/api/v1/search?q=perizinan`);
      expect(html).toContain('Nomor halaman, mulai dari 1.');
      expect(html).toContain('&quot;title_en&quot;');
      expect(html).not.toMatch(/<script|\bon(click|load)=|style=/i);
      expect(html).not.toMatch(/https?:\/\/(cdn|unpkg|fonts)\./);

      const en = await get('/api', { cookie: 'qg_lang=en' });
      const enHtml = await en.text();
      expect(enHtml).toContain('<html lang="en"');
      expect(enHtml).toContain('Open data API');
      expect(enHtml).toContain('Page number, from 1.');
    });
  });
});
