// The public register of exempt information (DIK): only approved tests in their period, public columns
// only, through the page cache (an approval and an end of period show on the very next request), as xlsx,
// PDF and JSON, in the open-data feeds and the sitemap; a phrase planted in the item and in the test's
// internal text appears in none of them, nor in any public page, the mail or the audit log.
import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import pino from 'pino';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox } from '../../src/db/schema/index.js';
import { draftTest } from '../../src/domain/exemptions/draft-test.js';
import { decideTest, reviewTest, submitTest } from '../../src/domain/exemptions/workflow.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { approvedTest, EMAILS, setupCast, testInput, type Cast } from '../helpers/exemptions.js';

const PLANTED = {
  itemTitle: 'Kuncoro-Judul-7Q',
  itemDescription: 'Kuncoro-Uraian-7Q',
  withheld: 'Kuncoro-Dikecualikan-7Q',
  harm: 'Kuncoro-Bahaya-7Q',
  publicInterest: 'Kuncoro-Kepentingan-7Q',
  releasedPart: 'Kuncoro-Bagian-7Q',
};
const LEAK = /Kuncoro|7Q/;

async function pdfText(bytes: ArrayBuffer | Buffer): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  // Lines wrap inside long numbers ("001/PENETAPAN/PPID/ III/2026"): compare on joined text.
  return (await extractText(doc, { mergePages: true })).text.replace(/\s+/g, ' ').replace(/([/-]) /g, '$1');
}

describe(`the public DIK (${backendName})`, () => {
  let t: TestApp;
  let cast: Cast;
  const get = (path: string) => t.app.request(path);
  const logLines: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    t.deps.logger = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
    cast = await setupCast(t);
    t.clock.set(new Date('2026-03-20T03:00:00Z'));
    await approvedTest(cast, {
      itemTitle: `Rekam medis ${PLANTED.itemTitle}`,
      itemDescription: `Uraian ${PLANTED.itemDescription}`,
      withheldInformation: `Yang dikecualikan ${PLANTED.withheld}`,
      harm: `Bila dibuka timbul ${PLANTED.harm} bagi pasien dan keluarganya.`,
      publicInterest: `Pertimbangan ${PLANTED.publicInterest} untuk melindungi privasi pasien.`,
      partial: 'ya',
      releasedPart: `Statistik agregat ${PLANTED.releasedPart}`,
      periodStart: '2026-03-01',
      periodEnd: '2026-04-30',
    });
    // One with no end (ground g), one not yet started, one still in review: only the first is public.
    await approvedTest(cast, {
      itemTitle: 'Akta wasiat warga',
      groundCode: 'g',
      periodEnd: '',
      legalRegulation: 'Kitab Undang-Undang Hukum Perdata',
      legalArticle: 'Pasal 875',
      publicTitle: 'Salinan akta wasiat yang disimpan pemerintah kota',
      publicSummary: 'Membuka akta wasiat mengungkap kemauan terakhir seseorang yang bersifat pribadi.',
    });
    await approvedTest(cast, { publicTitle: 'Informasi yang mulai dikecualikan tahun depan', periodStart: '2027-01-01', periodEnd: '2030-01-01' });
    const pembantu = await cast.as(EMAILS.pembantu);
    const pending = await draftTest(pembantu, testInput({ publicTitle: 'Uji konsekuensi yang belum ditetapkan' }));
    await submitTest(pembantu, pending.id);
  });
  afterAll(async () => t.dispose());

  it('lists approved tests in their period with the public columns, as page, per unit, JSON, xlsx and PDF', async () => {
    const page = await get('/informasi-dikecualikan');
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const s of [
      'Daftar Informasi yang Dikecualikan',
      'Rekam medis pasien rumah sakit daerah',
      'Dinas Kesehatan',
      'Pasal 17 huruf h angka 2',
      'riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang',
      'UU No. 17 Tahun 2023 tentang Kesehatan, Pasal 4 ayat (1) huruf i',
      'Membuka rekam medis perorangan mengungkap rahasia pribadi',
      '1 Maret 2026 – 30 April 2026',
      '001/PENETAPAN/PPID/III/2026',
      '20 Maret 2026',
      'dikecualikan sebagian',
      'Salinan akta wasiat yang disimpan pemerintah kota',
      'Pasal 17 huruf g',
      'tanpa batas waktu',
      'Kitab Undang-Undang Hukum Perdata, Pasal 875',
    ]) {
      expect(html, s).toContain(s);
    }
    expect(html).not.toContain('mulai dikecualikan tahun depan');
    expect(html).not.toContain('belum ditetapkan');
    expect(html).not.toMatch(LEAK);

    // A unit's list, reached from the unit's page; the filter of the body's list.
    expect(await (await get('/unit/dinkes')).text()).toContain('/unit/dinkes/informasi-dikecualikan');
    const unitPage = await (await get('/unit/dinkes/informasi-dikecualikan')).text();
    expect(unitPage).toContain('Rekam medis pasien rumah sakit daerah');
    const other = await (await get('/unit/bkpsdm/informasi-dikecualikan')).text();
    expect(other).toContain('tidak memiliki informasi yang dikecualikan');
    expect(await (await get('/informasi-dikecualikan?unit=bkpsdm')).text()).not.toContain('Rekam medis pasien rumah sakit daerah');
    expect((await get('/unit/tidak-ada/informasi-dikecualikan')).status).toBe(404);
    // English.
    const en = await t.app.request('/en/informasi-dikecualikan');
    expect(await en.text()).toContain('Register of Exempt Information');

    // JSON, documented in the OpenAPI document.
    const api = await get('/api/v1/dik');
    expect(api.status).toBe(200);
    const json = (await api.json()) as {
      total: number;
      items: { number: string; ground: { letter: string; subpoint: number | null }; period: { end: string | null } }[];
    };
    expect(json.total).toBe(2);
    expect(json.items.map((i) => [i.ground.letter, i.ground.subpoint, i.period.end])).toEqual([
      ['h', 2, '2026-04-30'],
      ['g', null, null],
    ]);
    expect(JSON.stringify(json)).not.toMatch(LEAK);
    expect(((await (await get('/api/v1/dik?unit=bkpsdm')).json()) as { total: number }).total).toBe(0);
    expect((await get('/api/v1/dik?unit=Tidak Sah')).status).toBe(400);
    const openapi = (await (await get('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(openapi.paths['/api/v1/dik']).toBeDefined();

    // xlsx read back.
    const xlsx = await get('/informasi-dikecualikan.xlsx');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const ws = wb.getWorksheet('DIK')!;
    const cells = (r: number) => (ws.getRow(r).values as unknown[]).slice(1).map((x) => (x instanceof Date ? x.toISOString().slice(0, 10) : String(x ?? '')));
    expect(cells(1)[1]).toBe('Informasi yang Dikecualikan');
    expect(cells(2)[1]).toBe('Rekam medis pasien rumah sakit daerah (dikecualikan sebagian)');
    expect(cells(2)[8]).toBe('2026-03-20');
    expect(cells(3).slice(0, 8)).toEqual([
      '2',
      'Salinan akta wasiat yang disimpan pemerintah kota',
      'Dinas Kesehatan',
      'Pasal 17 huruf g: mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir ataupun wasiat seseorang',
      'Kitab Undang-Undang Hukum Perdata, Pasal 875',
      'Membuka akta wasiat mengungkap kemauan terakhir seseorang yang bersifat pribadi.',
      'sejak 1 Maret 2026, tanpa batas waktu',
      '002/PENETAPAN/PPID/III/2026',
    ]);
    expect(ws.rowCount).toBe(3);
    const allCells: string[] = [];
    wb.eachSheet((sheet) => sheet.eachRow((row) => allCells.push(JSON.stringify(row.values))));
    expect(allCells.join('\n')).not.toMatch(LEAK);

    // PDF read back and rendered.
    const pdf = Buffer.from(await (await get('/informasi-dikecualikan.pdf')).arrayBuffer());
    mkdirSync('test-results', { recursive: true });
    writeFileSync(`test-results/dik-${backendName}.pdf`, pdf);
    const text = await pdfText(pdf);
    for (const s of [
      'Daftar Informasi yang Dikecualikan Pemerintah Kota Palangka Raya',
      'Rekam medis pasien rumah sakit daerah',
      '001/PENETAPAN/PPID/III/2026',
      'Pasal 17 huruf g',
    ])
      expect(text, s).toContain(s);
    expect(text).not.toMatch(LEAK);
  });

  it('puts the DIK into the open-data feeds and the sitemap, and nothing of the information anywhere public', async () => {
    const catalog = await (await get('/catalog.jsonld')).text();
    const parsed = JSON.parse(catalog) as { 'dcat:dataset': { 'dct:identifier': string; 'dcat:distribution': { 'dcat:downloadURL': { '@id': string } }[] }[] };
    const dik = parsed['dcat:dataset'].find((d) => d['dct:identifier'] === 'daftar-informasi-dikecualikan')!;
    expect(dik['dcat:distribution'].map((d) => d['dcat:downloadURL']['@id'])).toEqual([
      'http://localhost:3000/api/v1/dik',
      'http://localhost:3000/informasi-dikecualikan.xlsx',
      'http://localhost:3000/informasi-dikecualikan.pdf',
    ]);
    // No DIP entry is public here: the DIK package is the only one, at the end of every listing.
    const list = (await (await get('/api/3/action/package_list')).json()) as { result: string[] };
    expect(list.result).toEqual(['daftar-informasi-dikecualikan']);
    const paged = (await (await get('/api/3/action/package_list?limit=1&offset=0')).json()) as { result: string[] };
    expect(paged.result).toEqual(['daftar-informasi-dikecualikan']);
    expect(((await (await get('/api/3/action/package_list?limit=1&offset=1')).json()) as { result: string[] }).result).toEqual([]);
    const show = (await (await get('/api/3/action/package_show?id=daftar-informasi-dikecualikan')).json()) as {
      success: boolean;
      result: { resources: { url: string }[]; extras: { key: string; value: string }[] };
    };
    expect(show.success).toBe(true);
    expect(show.result.resources.map((r) => r.url)).toContain('http://localhost:3000/api/v1/dik');
    expect(show.result.extras.find((e) => e.key === 'count')?.value).toBe('2');
    const search = (await (await get('/api/3/action/package_search?rows=5')).json()) as { result: { count: number; results: { name: string }[] } };
    expect(search.result.count).toBe(1);
    expect(search.result.results.map((r) => r.name)).toEqual(['daftar-informasi-dikecualikan']);
    const beyond = (await (await get('/api/3/action/package_search?rows=5&start=1')).json()) as { result: { count: number; results: unknown[] } };
    expect(beyond.result).toMatchObject({ count: 1, results: [] });
    const unitOnly = (await (await get(`/api/3/action/package_search?fq=${encodeURIComponent('organization:dinkes')}`)).json()) as {
      result: { count: number };
    };
    expect(unitOnly.result.count).toBe(0);
    const sitemap = await (await get('/sitemap.xml')).text();
    expect(sitemap).toContain('<loc>http://localhost:3000/informasi-dikecualikan</loc>');
    expect(sitemap).toContain('<loc>http://localhost:3000/unit/dinkes/informasi-dikecualikan</loc>');
    expect(sitemap).not.toContain('/unit/bkpsdm/informasi-dikecualikan');

    // Every public answer, the mail and the audit log: no trace of the planted phrases.
    const word = PLANTED.itemTitle.split('-')[0]!;
    for (const path of [
      '/',
      '/informasi',
      '/dip',
      '/dip.xlsx',
      '/dip.csv',
      '/unit',
      '/unit/dinkes',
      `/cari?q=${word}`,
      `/cari?q=${encodeURIComponent(PLANTED.harm)}`,
      `/api/v1/search?q=${word}`,
      '/api/v1/dip',
      '/api/3/action/package_search?rows=100',
      `/api/3/action/package_search?q=${word}`,
      '/api/3/action/organization_show?id=dinkes&include_datasets=true',
      '/catalog.jsonld',
      '/sitemap.xml',
      '/statistik-layanan',
      '/informasi-dikecualikan',
      '/unit/dinkes/informasi-dikecualikan',
      '/api/v1/dik',
      '/api/3/action/package_show?id=daftar-informasi-dikecualikan',
    ]) {
      const res = await get(path);
      let body = Buffer.from(await res.arrayBuffer()).toString('utf8');
      // A search page repeats what was asked: that echo is not a leak, but the search must find nothing.
      const asked = /[?&]q=([^&]+)/.exec(path)?.[1];
      if (asked) {
        const q = decodeURIComponent(asked);
        if (path.startsWith('/cari')) expect(body, path).toContain('Tidak ada informasi yang cocok');
        else expect(JSON.parse(body).total ?? JSON.parse(body).result.count, path).toBe(0);
        for (const form of [q, encodeURIComponent(q), q.replace(/&/g, '&amp;'), JSON.stringify(q).slice(1, -1)]) body = body.split(form).join('');
      }
      expect(body, path).not.toMatch(LEAK);
    }
    const mails = await t.db.db.select().from(outbox);
    expect(mails.length).toBeGreaterThan(0);
    expect(JSON.stringify(mails)).not.toMatch(LEAK);
    expect(JSON.stringify(await t.db.db.select().from(auditLog))).not.toMatch(LEAK);
    // The log of all those requests names routes, never what was asked for or found.
    expect(logLines.length).toBeGreaterThan(20);
    expect(logLines.join('\n')).not.toMatch(LEAK);
  });

  it('shows an approval and the end of a period on the very next request, through the page cache', async () => {
    const first = await get('/informasi-dikecualikan');
    expect(await first.text()).toContain('Rekam medis pasien rumah sakit daerah');
    const cached = await get('/informasi-dikecualikan');
    expect(cached.headers.get('x-page-cache')).toBe('hit');
    expect(cached.headers.get('x-page-valid-until')).toBeNull();
    await cached.text();

    // An approval: the next response has it.
    const pembantu = await cast.as(EMAILS.pembantu);
    const d = await draftTest(pembantu, testInput({ publicTitle: 'Data pribadi penerima bantuan sosial', periodStart: '2026-03-01', periodEnd: '2026-12-31' }));
    await submitTest(pembantu, d.id);
    await reviewTest(await cast.as(EMAILS.utama), d.id, 'forward', {});
    expect(await (await get('/informasi-dikecualikan')).text()).not.toContain('Data pribadi penerima bantuan sosial');
    await decideTest(await cast.as(EMAILS.atasan), d.id, { decision: 'setujui' });
    const after = await get('/informasi-dikecualikan');
    expect(after.headers.get('x-page-cache')).toBeNull();
    expect(await after.text()).toContain('Data pribadi penerima bantuan sosial');
    expect((await get('/informasi-dikecualikan')).headers.get('x-page-cache')).toBe('hit');

    // 30 April 2026 is the last day of the first test; at midnight WIB it is gone, with no write in between.
    t.clock.set(new Date('2026-04-30T16:59:00Z'));
    expect(await (await get('/informasi-dikecualikan')).text()).toContain('Rekam medis pasien rumah sakit daerah');
    const cachedAgain = await get('/informasi-dikecualikan');
    expect(cachedAgain.headers.get('x-page-cache')).toBe('hit');
    t.clock.set(new Date('2026-04-30T17:00:00Z'));
    const next = await get('/informasi-dikecualikan');
    expect(next.headers.get('x-page-cache')).toBeNull();
    const html = await next.text();
    expect(html).not.toContain('Rekam medis pasien rumah sakit daerah');
    expect(html).toContain('Data pribadi penerima bantuan sosial');
    expect(((await (await get('/api/v1/dik')).json()) as { total: number }).total).toBe(2);
  });
});
