// Portal pages over app.request(): home, search, browse, entry page metadata, DIP tables, sitemap, robots,
// and that nothing unpublished ever shows.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { dipDocuments, dipEntries, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import type { DipInput } from '../../src/domain/dip/input.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { publishImmediately } from '../../src/domain/dip/publish-dip-entry.js';
import { returnEntry } from '../../src/domain/dip/return-dip-entry.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { unpublishEntry } from '../../src/domain/dip/unpublish-dip-entry.js';
import { updateEntry } from '../../src/domain/dip/update-dip-entry.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { dipInput } from '../helpers/dip.js';

const BASE = 'http://localhost:3000';

describe(`portal pages (${backendName})`, () => {
  let t: TestApp;
  let pembantu: Ctx;
  let utama: Ctx;
  let unitA: string;
  const slugs: Record<string, string> = {};
  const ids: Record<string, string> = {};
  let docId = '';

  const as = async (email: string): Promise<Ctx> => {
    const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
    return { ...t.ctx, actor: toActor(u!) };
  };

  async function publish(key: string, over: Partial<DipInput>, withPdf = false) {
    t.clock.advance(3600_000);
    const e = await createDraft(pembantu, unitA, dipInput(over));
    if (withPdf) {
      const [d] = await t.db.db
        .insert(dipDocuments)
        .values({
          entryId: e.id,
          versionId: e.workingVersionId!,
          sha256: 'b'.repeat(64),
          filename: 'Laporan Realisasi 2025.pdf',
          mime: 'application/pdf',
          size: 1_572_864,
          textStatus: 'done',
          text: 'Realisasi belanja pegawai dan belanja modal.',
          createdAt: t.clock.now(),
        })
        .returning();
      docId = d!.id;
    }
    await submitEntries(pembantu, [e.id]);
    await approveEntry(utama, e.id);
    slugs[key] = e.slug;
    ids[key] = e.id;
  }

  const get = (path: string, b = new Browser(t.app)) => b.get(path);
  const jsonLdOf = (html: string) => {
    const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
    expect(m, 'JSON-LD block').not.toBeNull();
    return JSON.parse(m![1]!) as { '@graph'?: Record<string, unknown>[] } & Record<string, unknown>;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const [a] = await t.db.db
      .insert(units)
      .values({ code: 'dpmptsp', name: 'Dinas Penanaman Modal dan PTSP', address: 'Jl. Tjilik Riwut km 5', phone: '0536 123456' })
      .returning();
    await t.db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' });
    unitA = a!.id;
    await makeUser(t.ctx, { email: 'pembantu@dpmptsp.example', roles: ['ppid_pembantu'], unitId: unitA });
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    pembantu = await as('pembantu@dpmptsp.example');
    utama = await as('utama@kota.example');

    await publish('umkm', {});
    await publish(
      'apbd',
      {
        title: 'Realisasi Anggaran Belanja 2025',
        summary: 'Laporan realisasi anggaran pendapatan dan belanja tahun 2025.',
        category: 'setiap_saat',
        subtype: 'rencana_anggaran',
        formats: ['PDF'],
        tags: ['anggaran', 'belanja daerah'],
        links: [{ label: 'Portal data', url: 'https://data.example.go.id/apbd' }],
      },
      true,
    );
    await publish('xss', {
      title: 'Uji </script><script>alert(1)</script> & "kutip"',
      summary: 'Judul dengan karakter khusus <b>tebal</b> untuk diuji.',
      tags: [],
    });
    t.clock.advance(3600_000);
    const banjir = await createDraft(
      pembantu,
      unitA,
      dipInput({
        title: 'Peringatan Banjir Sungai Kahayan',
        summary: 'Peringatan dini banjir untuk warga bantaran sungai.',
        category: 'serta_merta',
        subtype: 'bencana',
      }),
    );
    await publishImmediately(pembantu, banjir.id);
    slugs.banjir = banjir.slug;

    // Never public: a draft, a returned entry, a withdrawn one, and an unapproved edit of a published one.
    const draft = await createDraft(pembantu, unitA, dipInput({ title: 'Draf Zirkonium Rahasia', summary: 'Belum disetujui: zirkonium.' }));
    slugs.draft = draft.slug;
    const ret = await createDraft(pembantu, unitA, dipInput({ title: 'Laporan Xenotim Dikembalikan', summary: 'Dikembalikan: xenotim.' }));
    await submitEntries(pembantu, [ret.id]);
    await returnEntry(utama, ret.id, 'Perbaiki ringkasan.');
    slugs.returned = ret.slug;
    await publish('withdrawn', { title: 'Data Yttrium Ditarik', summary: 'Sempat terbit lalu ditarik: yttrium.' });
    await unpublishEntry(utama, ids.withdrawn!, 'Mengandung data pribadi yang belum dihitamkan.');
    await updateEntry(pembantu, ids.umkm!, dipInput({ title: 'Perizinan Usaha Wolframit', summary: 'Perubahan belum disetujui: wolframit.' }));
  });
  afterAll(async () => t.dispose());

  it('home: search box, categories and units with counts, newest entries, steps, setup notice when needed', async () => {
    const { status, text } = await get('/');
    expect(status).toBe(200);
    expect(text).toContain('action="/cari"');
    expect(text).toContain('href="/kategori/berkala"');
    expect(text).toMatch(/Informasi serta-merta<\/span><span class="cat-count">1 informasi/);
    expect(text).toMatch(/Informasi berkala<\/span><span class="cat-count">2 informasi/);
    expect(text).toContain('href="/unit/dpmptsp"');
    expect(text).toContain('Dinas Kesehatan');
    expect(text).toContain('Peringatan Banjir Sungai Kahayan');
    expect(text).toContain('Cari informasi yang sudah tersedia dalam Daftar Informasi Publik.');
    expect(text).toContain(`<link rel="canonical" href="${BASE}/"`);
    expect(text).toContain('href="/informasi"');
    expect(text).not.toContain('/persiapan');
    t.deps.setup.token = 'KODE';
    expect((await get('/')).text).toContain('href="/persiapan"');
    t.deps.setup.token = null;
  });

  it('search: highlighted hits, count, suggestion link, filters, empty state, long query refused', async () => {
    const hit = await get('/cari?q=realisasi+anggaran');
    expect(hit.status).toBe(200);
    expect(hit.text).toContain('1 informasi ditemukan');
    expect(hit.text).toContain('<mark>Realisasi</mark> <mark>Anggaran</mark> Belanja 2025');
    expect(hit.text).toContain(`href="/informasi/${slugs.apbd}"`);
    expect(hit.text).toContain('<meta name="robots" content="noindex, follow"');

    const typo = await get('/cari?q=anggran');
    expect(typo.text).toContain('Menampilkan hasil untuk <strong>anggaran</strong>');
    expect(typo.text).toContain('Realisasi <mark>Anggaran</mark> Belanja 2025');
    // A word with no close match is left out of the suggestion, so that it finds something.
    const partial = await get('/cari?q=realisasi+anggran+zzzq');
    expect(partial.text).toContain('Menampilkan hasil untuk <strong>realisasi anggaran</strong>');
    // With alternatives that find something, the suggestion is a link.
    const either = await get('/cari?q=anggran+or+banjir&kategori=serta-merta');
    expect(either.text).toContain('Sungai Kahayan');
    expect(either.text).toMatch(/Maksud Anda: <a href="\/cari\?q=anggaran\+or\+banjir&amp;kategori=serta-merta">anggaran or banjir<\/a>/);

    const filtered = await get('/cari?q=&kategori=serta-merta');
    expect(filtered.text).toContain('Peringatan Banjir Sungai Kahayan');
    expect(filtered.text).not.toContain('Realisasi Anggaran Belanja 2025');
    expect((await get('/cari?q=banjir&kategori=berkala')).text).toContain('Tidak ada informasi yang cocok');
    expect((await get('/cari?q=banjir&unit=tidak-ada&tahun=abc&bentuk=x&hal=-3')).text).toContain('Sungai Kahayan');

    const empty = await get('/cari');
    expect(empty.status).toBe(200);
    expect(empty.text).toContain('href="/kategori/setiap-saat"');

    const long = await get(`/cari?q=${'kata '.repeat(50)}`);
    expect(long.status).toBe(400);
    expect(long.text).toContain('Kata kunci terlalu panjang');

    const hostile = await get(`/cari?q=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(hostile.status).toBe(200);
    expect(hostile.text).not.toContain('<script>alert(1)');
    expect(hostile.text).toContain('&lt;script&gt;');
  });

  it('browse: all entries, a category, filters and paging', async () => {
    const all = await get('/informasi');
    expect(all.status).toBe(200);
    expect(all.text).toContain('4 informasi');
    const cat = await get('/kategori/setiap-saat');
    expect(cat.text).toContain('Realisasi Anggaran Belanja 2025');
    expect(cat.text).not.toContain('Peringatan Banjir');
    expect(cat.text).toContain(`<link rel="canonical" href="${BASE}/kategori/setiap-saat"`);
    expect((await get('/kategori/dikecualikan')).status).toBe(404);
    expect((await get('/informasi?unit=dinkes')).text).toContain('0 informasi');
    expect((await get('/informasi?kategori=serta-merta')).text).toContain('1 informasi');
    expect((await get('/informasi?hal=2')).text).toContain('Halaman ini kosong.');
  });

  it('entry page: all DIP fields, documents with preview, canonical, Open Graph and JSON-LD', async () => {
    const { status, text } = await get(`/informasi/${slugs.apbd}`);
    expect(status).toBe(200);
    expect(text).toContain('<h1>Realisasi Anggaran Belanja 2025</h1>');
    for (const s of [
      'Nomor',
      'Pejabat/unit yang menguasai informasi',
      'Penanggung jawab pembuatan atau penerbitan informasi',
      'Waktu pembuatan',
      'Tempat pembuatan',
      'Bentuk informasi yang tersedia',
      'Jangka waktu penyimpanan',
      'Kepala Bidang Perizinan',
      'Palangka Raya',
      '5 tahun',
    ])
      expect(text).toContain(s);
    expect(text).toContain('Tercetak, Terekam (salinan elektronik) (PDF)');
    expect(text).toContain(`href="/dokumen/${docId}/Laporan%20Realisasi%202025.pdf"`);
    expect(text).toContain(`href="/dokumen/${docId}?pratinjau=1"`);
    expect(text).toContain('(PDF, 1,5 MB)');
    expect(text).toMatch(/Diperbarui <time datetime="[^"]+">16 Maret 2026<\/time> · versi 1/);
    expect(text).toContain('href="/cari?q=%22belanja+daerah%22"');
    expect(text).toContain('href="https://data.example.go.id/apbd"');
    expect(text).toContain(`<link rel="canonical" href="${BASE}/informasi/${slugs.apbd}"`);
    expect(text).toContain(`<meta property="og:url" content="${BASE}/informasi/${slugs.apbd}"`);
    expect(text).toContain('<meta property="og:title" content="Realisasi Anggaran Belanja 2025"');
    expect(text).toContain('<meta property="og:type" content="article"');
    expect(text).toContain('aria-label="Jejak halaman"');
    const ld = jsonLdOf(text);
    const main = ld['@graph']![0]!;
    expect(main['@type']).toBe('DigitalDocument');
    expect(main.name).toBe('Realisasi Anggaran Belanja 2025');
    expect(main.identifier).toMatch(/^DIP\/DPMPTSP\/2026\/\d{4}$/);
    expect(main.url).toBe(`${BASE}/informasi/${slugs.apbd}`);
    expect((main.associatedMedia as { contentUrl: string }[])[0]!.contentUrl).toBe(`${BASE}/dokumen/${docId}/Laporan%20Realisasi%202025.pdf`);
    expect(ld['@graph']![1]!['@type']).toBe('BreadcrumbList');
  });

  it('escapes titles in HTML and in JSON-LD', async () => {
    const { text } = await get(`/informasi/${slugs.xss}`);
    expect(text).not.toContain('<script>alert(1)');
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(text)![1]!;
    expect(block).not.toMatch(/[<>]/);
    expect(jsonLdOf(text)['@graph']![0]!.name).toBe('Uji </script><script>alert(1)</script> & "kutip"');
  });

  it('unit page and /dip: the DIP table with all columns and download links', async () => {
    const unit = await get('/unit/dpmptsp');
    expect(unit.status).toBe(200);
    for (const h of [
      'Nomor',
      'Ringkasan isi informasi',
      'Pejabat/unit yang menguasai informasi',
      'Penanggung jawab pembuatan atau penerbitan informasi',
      'Waktu dan tempat pembuatan informasi',
      'Bentuk informasi yang tersedia',
      'Jangka waktu penyimpanan',
    ])
      expect(unit.text).toContain(`<th scope="col">${h}</th>`);
    expect(unit.text).toContain('Realisasi Anggaran Belanja 2025');
    expect(unit.text).toContain('Kepala Bidang Perizinan');
    expect(unit.text).toContain('2025, Palangka Raya');
    for (const ext of ['xlsx', 'csv', 'pdf']) expect(unit.text).toContain(`href="/unit/dpmptsp/dip.${ext}"`);
    expect(unit.text).toContain('Jl. Tjilik Riwut km 5');
    expect((await get('/unit/dinkes')).text).toContain('Unit ini belum menerbitkan informasi.');
    expect((await get('/unit/tidak-ada')).status).toBe(404);

    const dip = await get('/dip');
    expect(dip.status).toBe(200);
    for (const ext of ['xlsx', 'csv', 'pdf']) expect(dip.text).toContain(`href="/dip.${ext}"`);
    expect(dip.text).toContain('Peringatan Banjir Sungai Kahayan');
    const units = await get('/unit');
    expect(units.text).toContain('href="/unit/dpmptsp"');
    expect(units.text).toContain('4 informasi');
  });

  it('sitemap lists public pages only; robots points to it', async () => {
    const res = await t.app.request('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/xml');
    const xml = await res.text();
    expect(xml.startsWith('<?xml')).toBe(true);
    for (const s of ['umkm', 'apbd', 'xss', 'banjir']) expect(xml).toContain(`<loc>${BASE}/informasi/${slugs[s]}</loc>`);
    for (const p of ['/unit/dpmptsp', '/unit/dinkes', '/kategori/serta-merta', '/dip', '/informasi', '/permohonan', '/kalkulator-tenggat']) {
      expect(xml).toContain(`<loc>${BASE}${p}</loc>`);
    }
    expect(xml).toMatch(/<lastmod>2026-03-16T\d\d:00:00.000Z<\/lastmod>/);
    expect(xml.trim().endsWith('</urlset>')).toBe(true);
    const robots = await t.app.request('/robots.txt');
    const r = await robots.text();
    expect(r).toContain('User-agent: *');
    expect(r).toContain('Allow: /');
    expect(r).toContain('Disallow: /admin');
    expect(r).toContain('Disallow: /permohonan/');
    expect(r).toContain(`Sitemap: ${BASE}/sitemap.xml`);
  });

  it('never shows drafts, returned, withdrawn entries or unapproved edits', async () => {
    for (const key of ['draft', 'returned', 'withdrawn']) {
      const r = await get(`/informasi/${slugs[key]}`);
      expect(r.status, key).toBe(404);
    }
    const [w] = await t.db.db.select().from(dipEntries).where(eq(dipEntries.id, ids.withdrawn!));
    expect(w!.status).toBe('unpublished');
    const pages = ['/', '/informasi', '/dip', '/unit', '/unit/dpmptsp', '/kategori/berkala', `/informasi/${slugs.umkm}`, '/sitemap.xml'];
    const secret = {
      Zirkonium: 'Draf Zirkonium Rahasia',
      Xenotim: 'Laporan Xenotim Dikembalikan',
      Yttrium: 'Data Yttrium Ditarik',
      Wolframit: 'Perizinan Usaha Wolframit',
    };
    for (const [word, title] of Object.entries(secret)) {
      const search = await get(`/cari?q=${word.toLowerCase()}`);
      expect(search.text, word).toContain('Tidak ada informasi yang cocok');
      expect(search.text, word).not.toContain(title);
      for (const p of pages) expect((await get(p)).text, `${word} on ${p}`).not.toContain(word);
    }
    const sitemap = await (await t.app.request('/sitemap.xml')).text();
    for (const key of ['draft', 'returned', 'withdrawn']) expect(sitemap).not.toContain(`/informasi/${slugs[key]}<`);
    // The edited entry still shows its published version.
    expect((await get(`/informasi/${slugs.umkm}`)).text).toContain('<h1>Perizinan Usaha Mikro dan Kecil Tahun 2025</h1>');
  });

  it('serves the pages in English through the language switch', async () => {
    const b = new Browser(t.app);
    expect((await b.get('/bahasa/en?next=/')).res.headers.get('location')).toBe('/en');
    const home = await b.get('/en');
    expect(home.text).toContain('<html lang="en">');
    expect(home.text).toContain('Search the Public Information Register');
    const entry = await b.get(`/en/informasi/${slugs.apbd}`);
    expect(entry.text).toContain('Retention period');
    expect(entry.text).toContain('Preview');
    const search = await b.get('/en/cari?q=anggran');
    expect(search.text).toContain('Showing results for');
    expect(search.text).toContain('hreflang="id" href="/cari?q=anggran"');
  });
});
