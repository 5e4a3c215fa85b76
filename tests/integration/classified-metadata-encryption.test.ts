// The protected texts of the classified register are sealed at rest (issue #11): an item's title and
// description, a document's file name and the internals of a consequence test (withheld information, harm,
// public-interest balance, released part, notes, decision reasons and step notes) are in neither the raw
// database rows nor a backup archive, while officers the policy allows still read and search them and
// officers it does not, and the public, do not. Plain rows from before are sealed by the start-up step
// (idempotent), and `keys rotate` keeps everything readable.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../src/backup/backup.js';
import type { Db } from '../../src/db/client.js';
import { classifiedDocuments, classifiedItems, consequenceTests, consequenceTestSteps, users } from '../../src/db/schema/index.js';
import { listItemDocuments } from '../../src/domain/classified/documents.js';
import { encryptForStore, insertEncryptedFile } from '../../src/domain/classified/encrypted-files.js';
import { listReadableItems, readItem } from '../../src/domain/classified/items.js';
import { rotateKeys } from '../../src/domain/classified/keys.js';
import { sealClassifiedText } from '../../src/domain/classified/sealed-text.js';
import { getTest } from '../../src/domain/exemptions/queries.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { crawl, leaksOf } from '../helpers/crawl.js';
import { backendName } from '../helpers/db.js';
import { EMAILS, setupCast, testInput, type Cast } from '../helpers/exemptions.js';

const fixture = (name: string) => readFileSync(path.resolve('tests/fixtures', name));

// Phrases planted in every protected field; none of them is in any public field.
const P = {
  title: 'Daftar informan operasi Qorvath',
  description: 'Nama dan alamat informan Brelunde',
  filename: 'informan-zuvexa.pdf',
  testTitle: 'Rekaman wawancara saksi Vormiquel',
  testDescription: 'Transkrip wawancara Klestrane',
  withheld: 'Identitas saksi Tovashkir',
  harm: 'Saksi Droumelvin dapat diintimidasi dan diancam keselamatannya.',
  publicInterest: 'Perlindungan saksi Yarnocque lebih besar daripada manfaat membuka.',
  releasedPart: 'Ringkasan umum Fenwaltrix',
  note: 'Perjelas uraian Glimbordax',
  reasons: 'Disetujui dengan pertimbangan Pruvessant',
};
const PHRASES = Object.values(P);
// What the public register of exempt information shows stays public (UU KIP Ps 17, Perki 1/2017 Ps 4).
const PUBLIC_TITLE = 'Rekaman wawancara saksi perkara pidana';
const LEGAL = 'UU No. 31 Tahun 2014 tentang Perlindungan Saksi dan Korban';

const sealedIn = (raw: string) => PHRASES.filter((p) => raw.toLowerCase().includes(p.toLowerCase()));

describe(`classified texts sealed at rest (${backendName})`, () => {
  let t: TestApp;
  let cast: Cast;
  let itemId = '';
  let testId = '';
  let testItemId = '';

  async function as(email: string) {
    const b = new Browser(t.app, '10.4.0.1');
    expect((await b.login(email)).status, email).toBe(303);
    await b.get('/admin');
    return b;
  }
  const cookies = (b: Browser) => [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  async function upload(b: Browser, id: string, reading: string, name: string, bytes: Uint8Array) {
    const fd = new FormData();
    fd.append('_csrf', b.csrf);
    fd.append('file', new File([new Uint8Array(bytes)], name, { type: 'application/octet-stream' }));
    const encoded = new Response(fd);
    const body = new Uint8Array(await encoded.arrayBuffer());
    const res = await t.app.request(`/admin/informasi/${id}/dokumen?baca=${reading}`, {
      method: 'POST',
      body,
      headers: { cookie: cookies(b), 'content-type': encoded.headers.get('content-type')!, 'content-length': String(body.length) },
    });
    return res.status;
  }
  const readingOf = (text: string) => /name="baca" value="(\d+)"/.exec(text)?.[1] ?? '';

  /** Every row of the tables that hold protected text, as PostgreSQL prints them. */
  async function rawRows(): Promise<string> {
    const out: string[] = [];
    for (const table of [
      'classified_items',
      'classified_documents',
      'consequence_tests',
      'consequence_test_steps',
      'exemption_reviews',
      'audit_log',
      'outbox',
    ]) {
      const r = await t.db.db.execute(sql.raw(`select t::text as row from ${table} t`));
      for (const row of r.rows as { row: string }[]) out.push(row.row);
    }
    return out.join('\n');
  }

  beforeAll(async () => {
    t = await createTestApp();
    cast = await setupCast(t);
    // A Dinkes officer without the clearance the item needs.
    await makeUser(t.ctx, { email: 'rendah.dinkes@pky.go.id', roles: ['ppid_pembantu'], unitId: cast.dinkes, name: 'Pembantu Biasa' });
    await t.db.db.update(users).set({ clearance: 'biasa' }).where(eq(users.email, 'rendah.dinkes@pky.go.id'));
    t.clock.set(new Date('2026-03-20T03:00:00Z'));
  });
  afterAll(async () => t.dispose());

  it('stores none of the protected texts plain, in the rows or in a backup, after they were written through the app', async () => {
    const pembantu = await as(EMAILS.pembantu);
    const made = await pembantu.post('/admin/informasi', { title: P.title, description: P.description, securityLevel: 'rahasia' });
    expect(made.status, made.text).toBe(303);
    itemId = made.location!.split('/').pop()!.split('?')[0]!;
    const opened = await pembantu.post(`/admin/informasi/${itemId}/buka`, { reason: 'Mencatat dokumen informan' });
    expect(opened.text).toContain(P.title);
    expect(await upload(pembantu, itemId, readingOf(opened.text), P.filename, fixture('dokumen.pdf'))).toBe(303);

    // A consequence test on new information, returned once with a note, then approved with reasons.
    const form = Object.fromEntries(
      Object.entries(
        testInput({
          itemTitle: P.testTitle,
          itemDescription: P.testDescription,
          securityLevel: 'rahasia',
          groundCode: 'h.2',
          legalRegulation: LEGAL,
          withheldInformation: P.withheld,
          harm: P.harm,
          publicInterest: P.publicInterest,
          partial: 'ya',
          releasedPart: P.releasedPart,
          publicTitle: PUBLIC_TITLE,
        }),
      ).map(([k, v]) => [k, String(v ?? '')]),
    );
    const saved = await pembantu.post('/admin/uji-konsekuensi', form);
    expect(saved.status, saved.text).toBe(303);
    const testPath = saved.location!.replace(/\?.*$/, '');
    testId = testPath.split('/').pop()!;
    expect((await pembantu.post(`${testPath}/ajukan`, {})).status).toBe(303);
    const utama = await as(EMAILS.utama);
    expect((await utama.post(`${testPath}/periksa`, { action: 'return', note: P.note })).status).toBe(303);
    expect((await pembantu.post(`${testPath}/ajukan`, {})).status).toBe(303);
    expect((await utama.post(`${testPath}/periksa`, { action: 'forward', note: '' })).status).toBe(303);
    const atasan = await as(EMAILS.atasan);
    expect((await atasan.post(`${testPath}/putusan`, { decision: 'setujui', reasons: P.reasons })).status).toBe(303);
    const [test] = await t.db.db.select().from(consequenceTests).where(eq(consequenceTests.id, testId));
    expect(test!.status).toBe('approved');
    testItemId = test!.itemId;

    // The raw rows: sealed values, never a phrase; the public fields stay plain.
    const raw = await rawRows();
    expect(sealedIn(raw)).toEqual([]);
    for (const f of ['withheldInformation', 'harm', 'publicInterest', 'releasedPart', 'decisionReasons'] as const) expect(test![f]).toMatch(/^enc1:/);
    expect(test!.publicTitle).toBe(PUBLIC_TITLE);
    expect(test!.legalBasis).toContain(LEGAL);
    const [item] = await t.db.db.select().from(classifiedItems).where(eq(classifiedItems.id, itemId));
    expect(item).toMatchObject({ title: expect.stringMatching(/^enc1:/), description: expect.stringMatching(/^enc1:/), keyId: expect.any(String) });
    const [doc] = await t.db.db.select().from(classifiedDocuments).where(eq(classifiedDocuments.itemId, itemId));
    expect(doc!.filename).toMatch(/^enc1:/);
    const notes = await t.db.db.select({ note: consequenceTestSteps.note }).from(consequenceTestSteps).where(eq(consequenceTestSteps.testId, testId));
    expect(notes.filter((n) => n.note).every((n) => n.note.startsWith('enc1:'))).toBe(true);
    expect(notes.filter((n) => n.note).length).toBeGreaterThanOrEqual(2);

    // A backup archive, every byte of it unpacked.
    const file = path.join(t.deps.config.dataDir, 'cadangan.tar.gz');
    await createBackup({ db: t.db.db as Db, blobs: t.ctx.blobs, file, appVersion: '0', now: t.clock.now() });
    const archive = gunzipSync(readFileSync(file)).toString('utf8');
    expect(archive).toContain(PUBLIC_TITLE); // the rows are in it
    expect(sealedIn(archive)).toEqual([]);
  });

  it('lets the officers the policy allows read and search them, and nobody else', async () => {
    const pembantu = await as(EMAILS.pembantu);
    // Search by a word of the title, of the description only, and by number: found, opened.
    for (const q of ['Qorvath', 'brelunde', 'INF/dinkes/2026/0001']) {
      const list = await pembantu.get(`/admin/informasi?q=${encodeURIComponent(q)}`);
      expect(list.text, q).toContain(P.title);
    }
    expect((await pembantu.get('/admin/informasi?q=Tidakada')).text).not.toContain(P.title);
    const opened = await pembantu.post(`/admin/informasi/${itemId}/buka`, { reason: 'Memeriksa setelah penyimpanan' });
    for (const s of [P.title, P.description, P.filename]) expect(opened.text, s).toContain(s);
    const testPage = await pembantu.get(`/admin/uji-konsekuensi/${testId}`);
    for (const s of [P.withheld, P.harm, P.publicInterest, P.releasedPart, P.reasons]) expect(testPage.text, s).toContain(s);
    // The Atasan PPID's penetapan quotes the internals.
    const atasan = await as(EMAILS.atasan);
    const pdf = await t.app.request(`/admin/uji-konsekuensi/${testId}/penetapan.pdf`, { headers: { cookie: cookies(atasan) } });
    expect(pdf.status).toBe(200);
    const text = (await extractText(await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())), { mergePages: true })).text;
    expect(text).toContain(P.withheld);

    // Same unit, lower clearance: nothing in the register, no internals on the test.
    const low = await as('rendah.dinkes@pky.go.id');
    const lowList = await low.get('/admin/informasi?q=Qorvath');
    expect(sealedIn(lowList.text)).toEqual([]);
    expect((await low.post(`/admin/informasi/${itemId}/buka`, { reason: 'Ingin tahu saja' })).status).toBe(404);
    const lowTest = await low.get(`/admin/uji-konsekuensi/${testId}`);
    expect(sealedIn(lowTest.text)).toEqual([]);
    // Another unit with the clearance but no need-to-know: not in its register either.
    const other = await as(EMAILS.other);
    expect(sealedIn((await other.get('/admin/informasi?q=Qorvath')).text)).toEqual([]);
    expect(await listReadableItems(await cast.as(EMAILS.other), { q: 'Qorvath' })).toEqual([]);
    // The administrator has no clearance.
    const admin = await as(EMAILS.admin);
    expect(sealedIn((await admin.get('/admin/informasi?q=Qorvath')).text)).toEqual([]);
  });

  it('shows the public none of them, while the register of exempt information keeps its public columns', async () => {
    const fetched = await crawl(t.app, {
      base: 'http://localhost:3000',
      start: [
        '/',
        '/informasi-dikecualikan',
        '/informasi-dikecualikan.xlsx',
        '/informasi-dikecualikan.pdf',
        '/api/v1/dik',
        '/sitemap.xml',
        '/catalog.jsonld',
        '/cari?q=Qorvath',
        '/cari?q=Tovashkir',
        '/api/3/action/package_search?q=Qorvath',
      ],
      maxPages: 300,
    });
    expect(leaksOf(fetched, PHRASES)).toEqual([]);
    const dik = fetched.find((f) => f.url === '/informasi-dikecualikan')!;
    expect(dik.text).toContain(PUBLIC_TITLE);
    expect(dik.text).toContain(LEGAL);
  });

  it('seals plain rows from before at start-up, once: a second run changes nothing', async () => {
    // Rows as an older version wrote them: no item key, plain texts, a plain file name.
    const officer = await cast.as(EMAILS.pembantu);
    const now = t.clock.now();
    const [old] = await t.db.db
      .insert(classifiedItems)
      .values({
        unitId: cast.dinkes,
        number: 'INF/dinkes/2025/0099',
        title: 'Catatan lama Ulvenroth',
        description: 'Uraian lama Skarnwel',
        securityLevel: 'terbatas',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const [oldTest] = await t.db.db
      .insert(consequenceTests)
      .values({
        itemId: old!.id,
        unitId: cast.dinkes,
        ground: 'h',
        subpoint: 2,
        legalBasis: LEGAL,
        withheldInformation: 'Isi lama Merquandel',
        harm: 'Akibat lama Prosswick',
        publicInterest: 'Timbangan lama Haldrune',
        publicTitle: 'Catatan lama untuk publik',
        publicSummary: 'Ringkasan lama untuk publik',
        periodStart: '2026-01-01',
        periodEnd: '2027-01-01',
        note: 'Catatan pemeriksa Wexlorn',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await t.db.db.insert(consequenceTestSteps).values({ testId: oldTest!.id, action: 'returned', note: 'Langkah lama Thrombique', at: now });
    const stored = await encryptForStore(t.ctx, { bytes: fixture('dokumen.pdf') }, 'application/pdf');
    const fileId = await insertEncryptedFile(t.db.db, stored, now);
    await t.db.db.insert(classifiedDocuments).values({ itemId: old!.id, fileId, filename: 'lama-Quistral.pdf', securityLevel: 'terbatas', createdAt: now });
    const OLD = ['Ulvenroth', 'Skarnwel', 'Merquandel', 'Prosswick', 'Haldrune', 'Wexlorn', 'Thrombique', 'Quistral'];
    const plainLeft = async () => {
      const raw = await rawRows();
      return OLD.filter((w) => raw.includes(w));
    };
    expect(await plainLeft()).toEqual(OLD);

    const first = await sealClassifiedText(t.ctx);
    expect(first).toEqual({ items: 1, documents: 1 });
    expect(await plainLeft()).toEqual([]);
    const before = await rawRows();
    expect(await sealClassifiedText(t.ctx)).toEqual({ items: 0, documents: 0 });
    expect(await rawRows()).toBe(before);

    // Still readable by the officer the policy allows.
    const read = await readItem(officer, old!.id, 'Memeriksa catatan lama');
    expect(read.item).toMatchObject({ title: 'Catatan lama Ulvenroth', description: 'Uraian lama Skarnwel' });
    expect((await listItemDocuments(officer, old!.id)).map((d) => d.filename)).toEqual(['lama-Quistral.pdf']);
    const view = await getTest(officer, oldTest!.id);
    expect(view.internals).toMatchObject({ withheldInformation: 'Isi lama Merquandel', harm: 'Akibat lama Prosswick', note: 'Catatan pemeriksa Wexlorn' });
    expect(view.steps.map((s) => s.note)).toContain('Langkah lama Thrombique');
  });

  it('keeps everything readable across a key rotation, the item keys re-wrapped and the texts untouched', async () => {
    const before = await t.db.db.select().from(classifiedItems).where(eq(classifiedItems.id, itemId));
    const r = await rotateKeys(t.db.db as Db, t.ctx.keys!, t.clock.now(), { dropRetired: true });
    expect(r.dropped).toHaveLength(1);
    const [after] = await t.db.db.select().from(classifiedItems).where(eq(classifiedItems.id, itemId));
    expect(after!.keyId).toBe(r.newKeyId);
    expect(after!.wrappedKey).not.toBe(before[0]!.wrappedKey);
    expect(after!.title).toBe(before[0]!.title);
    const items = await t.db.db.select({ keyId: classifiedItems.keyId }).from(classifiedItems);
    expect(items.every((i) => i.keyId === r.newKeyId)).toBe(true);

    const officer = await cast.as(EMAILS.pembantu);
    expect((await listReadableItems(officer, { q: 'brelunde' })).map((i) => i.title)).toEqual([P.title]);
    expect((await readItem(officer, itemId, 'Memeriksa setelah rotasi')).item.description).toBe(P.description);
    expect((await listItemDocuments(officer, itemId)).map((d) => d.filename)).toEqual([P.filename]);
    const view = await getTest(await cast.as(EMAILS.utama), testId);
    expect(view.internals).toMatchObject({ withheldInformation: P.withheld, harm: P.harm, decisionReasons: P.reasons });
    expect(testItemId).not.toBe('');
  });
});
