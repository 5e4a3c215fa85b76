// Public DIP search: stemming, ranking, typo suggestions, filters, paging, stop words, confidentiality.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { dipDocuments, dipEntries, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import type { DipInput } from '../../src/domain/dip/input.js';
import { markedHtml as html } from '../../src/http/components/highlighted.js';
import { highlightParts, plainOf } from '../../src/domain/dip/search-highlight.js';
import { formatQuery, parseQuery } from '../../src/domain/dip/search-query.js';
import { searchFacets, searchPublished, suggestTerms } from '../../src/domain/dip/search.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { returnEntry } from '../../src/domain/dip/return-dip-entry.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { unpublishEntry } from '../../src/domain/dip/unpublish-dip-entry.js';
import { updateEntry } from '../../src/domain/dip/update-dip-entry.js';
import { makeUser } from '../helpers/app.js';
import { backendName, createTestDb, testCtx, type TestDb } from '../helpers/db.js';
import { dipInput } from '../helpers/dip.js';

describe(`public DIP search (${backendName})`, () => {
  let t: TestDb;
  let sys: ReturnType<typeof testCtx>;
  let pembantuA: Ctx;
  let pembantuB: Ctx;
  let utama: Ctx;
  let unitA: string;
  let unitB: string;
  const ids: Record<string, string> = {};

  const as = async (email: string): Promise<Ctx> => {
    const [u] = await t.db.select().from(users).where(eq(users.email, email));
    return { ...sys, actor: toActor(u!) };
  };

  /** Drafts, submits and approves an entry; the clock moves on a minute so that "newest" is well defined. */
  async function publish(who: Ctx, unitId: string, over: Partial<DipInput>, docText?: string): Promise<string> {
    sys.clock.advance(60_000);
    const e = await createDraft(who, unitId, dipInput(over));
    if (docText) {
      await t.db.insert(dipDocuments).values({
        entryId: e.id,
        versionId: e.workingVersionId!,
        sha256: 'a'.repeat(64),
        filename: 'lampiran.pdf',
        mime: 'application/pdf',
        size: 1234,
        textStatus: 'done',
        text: docText,
        createdAt: sys.clock.now(),
      });
    }
    await submitEntries(who, [e.id]);
    await approveEntry(utama, e.id);
    return e.id;
  }

  const search = (q: string, over: Parameters<typeof searchPublished>[1] = {}) => searchPublished(t.db, { q, ...over });
  const titles = async (q: string, over: Parameters<typeof searchPublished>[1] = {}) => (await search(q, over)).items.map((i) => i.title);

  beforeAll(async () => {
    t = await createTestDb();
    sys = testCtx(t);
    const [a] = await t.db.insert(units).values({ code: 'dpmptsp', name: 'Dinas Penanaman Modal dan PTSP' }).returning();
    const [b] = await t.db.insert(units).values({ code: 'bpkad', name: 'Badan Pengelolaan Keuangan dan Aset Daerah' }).returning();
    unitA = a!.id;
    unitB = b!.id;
    await makeUser(sys, { email: 'pembantu@dpmptsp.example', roles: ['ppid_pembantu'], unitId: unitA });
    await makeUser(sys, { email: 'pembantu@bpkad.example', roles: ['ppid_pembantu'], unitId: unitB });
    await makeUser(sys, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    pembantuA = await as('pembantu@dpmptsp.example');
    pembantuB = await as('pembantu@bpkad.example');
    utama = await as('utama@kota.example');

    ids.umkm = await publish(pembantuA, unitA, {});
    ids.imb = await publish(pembantuA, unitA, {
      title: 'Izin Mendirikan Bangunan Gedung',
      summary: 'Syarat dan alur pengurusan izin bangunan gedung di kota.',
      tags: ['bangunan'],
      category: 'setiap_saat',
      subtype: 'prosedur_layanan',
      year: 2024,
      forms: ['tercetak'],
    });
    // Ranking: the same word in the title, in the summary only, and in the document text only (many times).
    ids.rTitle = await publish(pembantuB, unitB, {
      title: 'Retribusi Pasar Tradisional',
      summary: 'Tarif dan setoran bulanan pedagang pasar.',
      tags: [],
      year: 2024,
    });
    ids.rSummary = await publish(pembantuB, unitB, {
      title: 'Pendapatan Asli Daerah Triwulan I',
      summary: 'Rincian retribusi dan pajak daerah per bulan.',
      tags: [],
      year: 2024,
    });
    ids.rDoc = await publish(
      pembantuB,
      unitB,
      { title: 'Notulen Rapat Koordinasi Pendapatan', summary: 'Catatan rapat bulanan tim pendapatan daerah.', tags: [], year: 2024 },
      'Pembahasan retribusi. '.repeat(12) + 'Target retribusi naik. Retribusi parkir dan retribusi sampah dievaluasi.',
    );
    ids.apbd = await publish(pembantuB, unitB, {
      title: 'Rencana Anggaran Pendapatan dan Belanja Daerah 2026',
      summary: 'Dokumen APBD tahun 2026 beserta lampiran rincian belanja.',
      category: 'setiap_saat',
      subtype: 'rencana_anggaran',
      year: 2026,
      forms: ['terekam'],
      tags: ['apbd'],
    });
    ids.danau = await publish(pembantuB, unitB, {
      title: 'Danau Tahai Wisata Kota',
      summary: 'Profil kawasan wisata alam.',
      tags: [],
      subtype: 'promosi',
      year: 2023,
    });
    ids.dana = await publish(pembantuB, unitB, {
      title: 'Penyaluran Bantuan Sosial',
      summary: 'Laporan dana hibah dan bantuan sosial yang disalurkan.',
      tags: [],
      subtype: 'bantuan',
      year: 2023,
    });
  });
  afterAll(async () => t.dispose());

  it('stems Indonesian: perizinan finds an entry that only says izin, and the other way round', async () => {
    expect(await titles('perizinan')).toContain('Izin Mendirikan Bangunan Gedung');
    expect(await titles('izin')).toContain('Perizinan Usaha Mikro dan Kecil Tahun 2025');
    expect(await titles('mengizinkan')).toContain('Izin Mendirikan Bangunan Gedung');
  });

  it('ranks a title match above a summary-only match above a document-text-only match', async () => {
    const r = await search('retribusi');
    expect(r.items.map((i) => i.id)).toEqual([ids.rTitle, ids.rSummary, ids.rDoc]);
    expect(r.items[0]!.rank).toBeGreaterThan(r.items[1]!.rank);
    expect(r.items[1]!.rank).toBeGreaterThan(r.items[2]!.rank);
    expect(html(r.items[0]!.titleParts)).toBe('<mark>Retribusi</mark> Pasar Tradisional');
    expect(html(r.items[1]!.snippetParts)).toContain('<mark>retribusi</mark>');
    // The document text supplies the snippet when it is the only place the word appears.
    expect(html(r.items[2]!.snippetParts)).toContain('<mark>Retribusi</mark>');
    expect(r.total).toBe(3);
  });

  it('reads the last word as a prefix only when the whole word finds nothing', async () => {
    expect((await search('dana')).items.map((i) => i.id)).toEqual([ids.dana]);
    expect((await search('danau')).items.map((i) => i.id)).toEqual([ids.danau]);
    const partial = await search('retrib');
    expect(partial.items.map((i) => i.id)).toEqual([ids.rTitle, ids.rSummary, ids.rDoc]);
    expect(partial.suggestion).toBeNull();
    expect(html(partial.items[0]!.titleParts)).toBe('<mark>Retribusi</mark> Pasar Tradisional');
  });

  it('supports phrases, exclusion and alternatives', async () => {
    expect(await titles('"bangunan gedung"')).toEqual(['Izin Mendirikan Bangunan Gedung']);
    expect(await titles('"gedung bangunan"')).toEqual([]);
    expect(await titles('izin -bangunan')).toEqual(['Perizinan Usaha Mikro dan Kecil Tahun 2025']);
    expect((await titles('danau or apbd')).sort()).toEqual(['Danau Tahai Wisata Kota', 'Rencana Anggaran Pendapatan dan Belanja Daerah 2026']);
    expect((await titles('danau atau apbd')).sort()).toHaveLength(2);
  });

  it('suggests a published word for a typo and shows its results when the typo finds nothing', async () => {
    const r = await search('anggran');
    expect(r.suggestion).toBe('anggaran');
    expect(r.suggestionApplied).toBe(true);
    expect(r.items.map((i) => i.id)).toEqual([ids.apbd]);
    const two = await search('rencana anggran');
    expect(two.suggestion).toBe('rencana anggaran');
    expect(two.total).toBe(1);
    // With alternatives, a typo in one of them is pointed out even though the other finds something.
    const either = await search('anggran or danau');
    expect(either.items.map((i) => i.id)).toEqual([ids.danau]);
    expect(either.suggestion).toBe('anggaran or danau');
    expect(either.suggestionApplied).toBe(false);
    // A correct word gets no suggestion; nonsense gets none either.
    expect((await search('anggaran')).suggestion).toBeNull();
    // A typo in the first letters is found too (through the trigram index rather than the quick path).
    expect((await search('nggaran')).suggestion).toBe('anggaran');
    const dropped = await search('rencana anggran qwxzv');
    expect(dropped.suggestion).toBe('rencana anggaran');
    expect(dropped.suggestionApplied).toBe(true);
    expect(dropped.total).toBe(1);
    const none = await search('qwxzv');
    expect(none.suggestion).toBeNull();
    expect(none.total).toBe(0);
    expect(await suggestTerms(t.db, 'angg')).toEqual(['anggaran']);
    expect(await suggestTerms(t.db, 'anggran')).toEqual(['anggaran']);
  });

  it('drops stop words from the query', async () => {
    const withStops = await search('yang izin dan');
    expect(withStops.ignoredWords).toEqual(['yang', 'dan']);
    expect(withStops.items.map((i) => i.id).sort()).toEqual((await search('izin')).items.map((i) => i.id).sort());
    // Only stop words: nothing left to search for, so everything is listed, newest first.
    const all = await search('yang dan di');
    expect(all.total).toBe(8);
    expect(all.items[0]!.id).toBe(ids.dana);
    expect(parseQuery('laporan yang "izin yang terbit" -di').groups).toEqual([
      [
        { words: ['laporan'], phrase: false, negated: false },
        { words: ['izin', 'yang', 'terbit'], phrase: true, negated: false },
      ],
    ]);
    expect(formatQuery(parseQuery('Laporan  "Izin Terbit" -Pajak OR apbd'))).toBe('laporan "izin terbit" -pajak or apbd');
  });

  it('filters by unit, category, year and form, and pages with a stable total', async () => {
    expect((await search('', { unitId: unitA })).total).toBe(2);
    expect(await titles('', { category: 'setiap_saat' })).toEqual(['Rencana Anggaran Pendapatan dan Belanja Daerah 2026', 'Izin Mendirikan Bangunan Gedung']);
    expect(await titles('izin', { year: 2024 })).toEqual(['Izin Mendirikan Bangunan Gedung']);
    expect((await search('', { form: 'terekam', unitId: unitB })).total).toBe(6);
    expect((await search('', { form: 'tercetak' })).items.map((i) => i.id)).not.toContain(ids.apbd);
    const p1 = await search('', { pageSize: 3, page: 1 });
    const p2 = await search('', { pageSize: 3, page: 2 });
    const p3 = await search('', { pageSize: 3, page: 3 });
    const p9 = await search('', { pageSize: 3, page: 9 });
    expect([p1.total, p2.total, p3.total, p9.total]).toEqual([8, 8, 8, 8]);
    expect([p1.items.length, p2.items.length, p3.items.length, p9.items.length]).toEqual([3, 3, 2, 0]);
    expect(new Set([...p1.items, ...p2.items, ...p3.items].map((i) => i.id)).size).toBe(8);
    const facets = await searchFacets(t.db);
    expect(facets.years).toEqual([2026, 2025, 2024, 2023]);
  });

  it('never shows drafts, returned, unpublished entries or unapproved edits', async () => {
    await createDraft(pembantuA, unitA, dipInput({ title: 'Draf Zirkonium Rahasia', summary: 'Belum disetujui, kata unik zirkonium.' }));
    const returned = await createDraft(pembantuA, unitA, dipInput({ title: 'Laporan Xenotim', summary: 'Dikembalikan untuk perbaikan xenotim.' }));
    await submitEntries(pembantuA, [returned.id]);
    await returnEntry(utama, returned.id, 'Perbaiki ringkasan dulu.');
    const submitted = await createDraft(pembantuA, unitA, dipInput({ title: 'Laporan Skandium Diajukan', summary: 'Menunggu persetujuan skandium.' }));
    await submitEntries(pembantuA, [submitted.id]);
    const withdrawn = await publish(pembantuA, unitA, { title: 'Data Yttrium Ditarik', summary: 'Sempat terbit lalu ditarik, yttrium.' });
    expect((await search('yttrium')).total).toBe(1);
    await unpublishEntry(utama, withdrawn, 'Mengandung data pribadi yang belum dihitamkan.');
    await updateEntry(pembantuA, ids.umkm!, dipInput({ title: 'Perizinan Usaha Wolframit', summary: 'Perubahan yang belum disetujui: wolframit.' }));

    for (const word of ['zirkonium', 'xenotim', 'skandium', 'yttrium', 'wolframit']) {
      const r = await search(word);
      expect(r.total, word).toBe(0);
      expect(r.suggestion, word).toBeNull();
      expect(await suggestTerms(t.db, word.slice(0, 5)), word).toEqual([]);
    }
    // The published version of the edited entry is still found, with its published title.
    expect(await titles('umkm')).toEqual(['Perizinan Usaha Mikro dan Kecil Tahun 2025']);
    const everything = await search('', { pageSize: 100 });
    expect(everything.total).toBe(8);
    const [w] = await t.db.select().from(dipEntries).where(eq(dipEntries.id, withdrawn));
    expect(everything.items.map((i) => i.id)).not.toContain(w!.id);
  });

  it('treats hostile input as plain text', async () => {
    const nasty = [
      "'; drop table dip_search; --",
      "izin' or 1=1 --",
      'izin & | ! ( ) : * <-> <2> \\',
      '"unterminated phrase izin',
      '-',
      '""',
      '%_%',
      'izin:* & !bangunan',
      '<script>alert(1)</script>',
      '\u0000\uE000\uE001 izin',
      '🙂 izin',
      'x'.repeat(200),
    ];
    for (const q of nasty) {
      const r = await search(q);
      expect(r.total, q).toBeGreaterThanOrEqual(0);
      for (const i of r.items) {
        // The pieces are the title itself, unchanged (the page escapes them), and only words are marked.
        expect(plainOf(i.titleParts), q).toBe(i.title);
        for (const p of [...i.titleParts, ...i.snippetParts]) expect(p.text, q).not.toMatch(/[\uE000\uE001]/);
        expect(html(i.snippetParts) + html(i.titleParts), q).not.toMatch(/<(?!\/?mark>)/);
      }
    }
    // Quotes and SQL are words like any other; tsquery operators are not operators here.
    expect((await search("izin' or 1=1 --")).total).toBe(2);
    // Both words first; entries with one of them follow (any-word matching ranked by coverage).
    expect((await search('izin:* & !bangunan')).items[0]!.id).toBe(ids.imb);
    await expect(search('x'.repeat(201))).rejects.toMatchObject({ code: 'query_too_long', status: 400 });
    await expect(search('izin', { unitId: "1' or '1'='1" })).rejects.toMatchObject({ code: 'invalid_search' });
    const rows = await t.db.execute(sql`select count(*)::int as n from dip_search`);
    expect(Number((rows.rows[0] as { n: number }).n)).toBe(8);
    // The stored title and title-and-summary vectors (migration 0029) are the parts of the whole vector,
    // positions and weights included, and the stored words are the unstemmed words.
    const drift = await t.db.execute(sql`select count(*)::int as n from dip_search
      where title_tsv <> ts_filter(tsv, '{a}') or head_tsv <> ts_filter(tsv, '{a,b}')
         or words_tsv <> to_tsvector('simple', title || ' ' || summary || ' ' || tags)`);
    expect(Number((drift.rows[0] as { n: number }).n)).toBe(0);
  });

  it('returns highlights as plain pieces, and the page escapes everything but the marks', () => {
    expect(highlightParts('a <b>&\uE000izin\uE001 "x"')).toEqual([{ text: 'a <b>&' }, { text: 'izin', mark: true }, { text: ' "x"' }]);
    expect(html(highlightParts('a <b>&\uE000izin\uE001 "x"'))).toBe('a &lt;b&gt;&amp;<mark>izin</mark> &quot;x&quot;');
    expect(highlightParts('\uE001stray \uE000open')).toEqual([{ text: 'stray ' }, { text: 'open', mark: true }]);
    expect(highlightParts('\uE000Pengadaan\uE001 yang \uE000ada\uE001')).toEqual([{ text: 'Pengadaan', mark: true }, { text: ' yang ada' }]);
  });

  it('keeps words the stemmer maps onto stop words (pengadaan → ada) precise', async () => {
    const procurement = await publish(pembantuB, unitB, {
      title: 'Pengumuman Pengadaan Barang dan Jasa 2026',
      summary: 'Rencana umum pengadaan dan jadwal lelang; tidak ada perubahan sejak bulan lalu.',
      tags: [],
      subtype: 'pengadaan',
      year: 2026,
    });
    const ada = await publish(pembantuA, unitA, {
      title: 'Jadwal Layanan Izin Keliling',
      summary: 'Ada layanan izin keliling di setiap kecamatan.',
      tags: [],
      year: 2026,
    });
    const r = await search('pengadaan');
    expect(r.items.map((i) => i.id)).toEqual([procurement]);
    expect(html(r.items[0]!.titleParts)).toBe('Pengumuman <mark>Pengadaan</mark> Barang dan Jasa 2026');
    expect(html(r.items[0]!.snippetParts)).toContain('<mark>pengadaan</mark>');
    expect(html(r.items[0]!.snippetParts)).not.toContain('<mark>ada</mark>');
    const excluded = (await search('izin keliling -pengadaan')).items.map((i) => i.id);
    expect(excluded[0]).toBe(ada);
    expect(excluded).not.toContain(procurement);
    expect((await search('pengadan')).suggestion).toBe('pengadaan');
    expect((await search('pengadan')).items.map((i) => i.id)).toEqual([procurement]);
  });

  it('uses the GIN index for the full-text match on PostgreSQL', async () => {
    if (backendName !== 'postgres') return;
    await t.db.execute(sql`set enable_seqscan = off`);
    const plan = await t.db.execute(sql`explain select entry_id from dip_search s where s.tsv @@ plainto_tsquery('indonesian', 'izin')`);
    await t.db.execute(sql`reset enable_seqscan`);
    expect(JSON.stringify(plan.rows)).toContain('dip_search_tsv_idx');
  });
});
