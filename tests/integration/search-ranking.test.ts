// Search that finds what citizens mean, on a small real catalog: entries with more of the words first
// (all words on top, as before), question and filler words ignored, hyphenated/joined/split forms meeting,
// the synonym dictionary (shipped defaults, and an edit that takes effect at once), and CKAN's all-words q.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { auditLog, dipDocuments, searchSynonyms, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import type { DipInput } from '../../src/domain/dip/input.js';
import { ckanPackageSearch } from '../../src/domain/dip/search-ckan-packages.js';
import { searchPublished } from '../../src/domain/dip/search.js';
import { createSynonym, deleteSynonym, updateSynonym } from '../../src/domain/dip/synonyms.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { makeUser } from '../helpers/app.js';
import { backendName, createTestDb, testCtx, type TestDb } from '../helpers/db.js';
import { dipInput } from '../helpers/dip.js';

describe(`search ranking, forms and dictionary (${backendName})`, () => {
  let t: TestDb;
  let sys: ReturnType<typeof testCtx>;
  let pembantu: Ctx;
  let utama: Ctx;
  let unit: string;
  const ids: Record<string, string> = {};

  const as = async (email: string): Promise<Ctx> => {
    const [u] = await t.db.select().from(users).where(eq(users.email, email));
    return { ...sys, actor: toActor(u!) };
  };
  async function publish(over: Partial<DipInput>, docText?: string): Promise<string> {
    sys.clock.advance(60_000);
    const e = await createDraft(pembantu, unit, dipInput({ tags: [], ...over }));
    if (docText)
      await t.db.insert(dipDocuments).values({
        entryId: e.id,
        versionId: e.workingVersionId!,
        sha256: 'b'.repeat(64),
        filename: 'lampiran.pdf',
        mime: 'application/pdf',
        size: 1000,
        textStatus: 'done',
        text: docText,
        createdAt: sys.clock.now(),
      });
    await submitEntries(pembantu, [e.id]);
    await approveEntry(utama, e.id);
    return e.id;
  }
  const ids_ = async (q: string, opts: { matchAll?: boolean } = {}) => (await searchPublished(t.db, { q }, opts)).items.map((i) => i.id);
  const generation = async () => Number(((await t.db.execute(sql`select n from public_generation`)).rows[0] as { n: number }).n);

  beforeAll(async () => {
    t = await createTestDb();
    sys = testCtx(t);
    const [u] = await t.db.insert(units).values({ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' }).returning();
    unit = u!.id;
    await makeUser(sys, { email: 'pembantu@dpupr.example', roles: ['ppid_pembantu'], unitId: unit });
    await makeUser(sys, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    pembantu = await as('pembantu@dpupr.example');
    utama = await as('utama@kota.example');

    ids.bridge = await publish({ title: 'Data Jembatan Kota dan Kondisi Strukturnya', summary: 'Daftar jembatan beserta panjang dan kondisinya.' });
    ids.river = await publish({ title: 'Hasil Pemantauan Kualitas Air Sungai Kahayan', summary: 'Mutu air di beberapa titik sungai.' });
    ids.both = await publish({ title: 'Rehabilitasi Jembatan Sungai Kahayan', summary: 'Perbaikan jembatan gantung di tepi sungai.' });
    ids.budget = await publish({ title: 'Dokumen Pelaksanaan Anggaran Dinas Pendidikan', summary: 'Rincian belanja dinas pendidikan tahun ini.' });
    ids.ektp = await publish({ title: 'Persyaratan Penerbitan e-KTP', summary: 'Berkas yang dibawa untuk KTP elektronik.' });
    ids.ktpel = await publish({ title: 'Jadwal Perekaman KTP-el Keliling', summary: 'Layanan jemput bola perekaman.' });
    ids.joined = await publish({ title: 'Statistik Layanan EKTP Tahun 2024', summary: 'Jumlah cetak per bulan.' });
    ids.covid = await publish({ title: 'Penanganan COVID-19 di Sekolah', summary: 'Protokol kesehatan.' });
    ids.procurement = await publish({ title: 'Rencana Umum Pengadaan Barang/Jasa Tahun 2026', summary: 'Paket yang akan diadakan.' });
    ids.rkpd = await publish({ title: 'Rencana Kerja Pemerintah Daerah Tahun 2026', summary: 'Dokumen perencanaan tahunan kota.' });
    ids.rpjmd = await publish({ title: 'RPJMD Kota 2025–2029', summary: 'Arah pembangunan lima tahun.' });
    ids.tender = await publish({ title: 'Pengumuman Tender Paket Pekerjaan Konstruksi', summary: 'Paket pekerjaan jalan dan drainase.' });
    ids.auction = await publish({ title: 'Jadwal Lelang Kendaraan Dinas Bekas', summary: 'Penjualan aset kendaraan.' });
  });
  afterAll(async () => t?.dispose());

  it('ranks entries with all the words first, then by how many words they have', async () => {
    expect(await ids_('jembatan kahayan')).toEqual([ids.both, expect.any(String), expect.any(String)]);
    expect(new Set((await ids_('jembatan kahayan')).slice(1))).toEqual(new Set([ids.bridge, ids.river]));
    // Three words: all three, then two of them (sungai kahayan), then one (jembatan).
    expect(await ids_('jembatan sungai kahayan')).toEqual([ids.both, ids.river, ids.bridge]);
    // Nothing is lost for a query whose words all match: the all-words entry stays first.
    expect((await ids_('rehabilitasi jembatan'))[0]).toBe(ids.both);
    // An excluded word still excludes.
    expect(await ids_('jembatan kahayan -rehabilitasi')).not.toContain(ids.both);
    // CKAN's q keeps all-words semantics.
    expect(await ids_('jembatan kahayan', { matchAll: true })).toEqual([ids.both]);
  });

  it('says when no entry has every word (the page tells the citizen the hits are partial)', async () => {
    expect((await searchPublished(t.db, { q: 'jembatan kahayan' })).partialOnly).toBe(false);
    // Every word is known (no spelling suggestion), but no entry has all three.
    const partial = await searchPublished(t.db, { q: 'jembatan kahayan pendidikan' });
    expect(partial.items[0]!.id).toBe(ids.both);
    expect(partial.partialOnly).toBe(true);
    expect((await searchPublished(t.db, { q: 'jembatan' })).partialOnly).toBe(false);
    expect((await searchPublished(t.db, { q: 'zzqx wqzz' })).partialOnly).toBe(false);
  });

  it('ignores question and filler words', async () => {
    const r = await searchPublished(t.db, { q: 'berapa anggaran dinas pendidikan?' });
    expect(r.items[0]!.id).toBe(ids.budget);
    expect(r.ignoredWords).toContain('berapa');
    expect((await ids_('di mana data jembatan'))[0]).toBe(ids.bridge);
    const polite = await searchPublished(t.db, { q: 'mohon informasi jadwal lelang' });
    expect(polite.items[0]!.id).toBe(ids.auction);
    expect(polite.ignoredWords).toEqual(expect.arrayContaining(['mohon', 'informasi']));
  });

  it('makes e-ktp, E-KTP, e ktp and ektp meet each other and KTP-el; covid-19 and covid19; barang/jasa and barang jasa', async () => {
    for (const q of ['e-ktp', 'E-KTP', 'e ktp', 'ektp']) {
      const found = await ids_(q);
      expect(found, q).toEqual(expect.arrayContaining([ids.ektp, ids.joined]));
    }
    expect(await ids_('ktp el')).toContain(ids.ktpel);
    expect(await ids_('ktpel')).toContain(ids.ktpel);
    for (const q of ['covid-19', 'covid19', 'covid 19', 'COVID-19']) expect(await ids_(q), q).toContain(ids.covid);
    expect((await ids_('pengadaan barang jasa'))[0]).toBe(ids.procurement);
    expect((await ids_('barang jasa', { matchAll: true }))[0]).toBe(ids.procurement);
  });

  it('uses the shipped dictionary: abbreviations both ways, everyday words one way', async () => {
    expect(await t.db.$count(searchSynonyms)).toBeGreaterThanOrEqual(80);
    expect((await ids_('rkpd'))[0]).toBe(ids.rkpd);
    expect((await ids_('rencana pembangunan jangka menengah daerah'))[0]).toBe(ids.rpjmd);
    expect(await ids_('berapa rkpd 2026', { matchAll: true })).toContain(ids.rkpd);
    // lelang → tender (one way): the citizen's word reaches the official term, and the literal entry ranks first.
    const auction = await ids_('lelang');
    expect(auction[0]).toBe(ids.auction);
    expect(auction).toContain(ids.tender);
    expect(await ids_('tender')).not.toContain(ids.auction);
  });

  it('applies a dictionary edit at once (and bumps the public generation for cached pages), audited', async () => {
    expect(await ids_('qwxzv')).toEqual([]);
    const before = await generation();
    const entry = await createSynonym(utama, { term: 'qwxzv', expansions: ['jembatan'], kind: 'sinonim', twoWay: false, note: '' });
    expect(await generation()).toBeGreaterThan(before);
    expect(new Set(await ids_('qwxzv'))).toEqual(new Set([ids.bridge, ids.both]));
    await updateSynonym(utama, entry.id, { term: 'qwxzv', expansions: ['sungai'], kind: 'sinonim', twoWay: false, note: 'uji' });
    expect(new Set(await ids_('qwxzv'))).toEqual(new Set([ids.river, ids.both]));
    await deleteSynonym(utama, entry.id);
    expect(await ids_('qwxzv')).toEqual([]);
    const actions = (await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, entry.id))).map((r) => r.action);
    expect(actions).toEqual(['search.synonym_created', 'search.synonym_updated', 'search.synonym_deleted']);
    // Only the PPID Utama and the administrator keep the dictionary.
    await expect(createSynonym(pembantu, { term: 'x1', expansions: ['jembatan'], kind: 'sinonim', twoWay: false, note: '' })).rejects.toMatchObject({
      status: 403,
    });
    // One entry per term, whatever the case.
    await expect(createSynonym(utama, { term: 'rkpd', expansions: ['x'], kind: 'singkatan', twoWay: true, note: '' })).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });

  it('CKAN package_search keeps all-words q, with the same normalisation and dictionary', async () => {
    const ctx = { db: t.db, settings: sys.settings };
    const titles = async (q: string) => (await ckanPackageSearch(ctx, { q, fq: '', rows: 20, start: 0, sort: '' })).results.map((p) => p.title);
    expect(await titles('jembatan kahayan')).toEqual(['Rehabilitasi Jembatan Sungai Kahayan']);
    expect(await titles('ektp')).toEqual(expect.arrayContaining(['Persyaratan Penerbitan e-KTP', 'Statistik Layanan EKTP Tahun 2024']));
    expect(await titles('rkpd 2026')).toEqual(['Rencana Kerja Pemerintah Daerah Tahun 2026']);
    expect((await ckanPackageSearch(ctx, { q: 'jembatan kahayan', fq: '', rows: 0, start: 0, sort: '' })).count).toBe(1);
  });
});
