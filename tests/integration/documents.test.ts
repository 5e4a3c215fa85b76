// DIP documents: type check by content, extraction of every accepted type, attach/remove in the
// workflow, the background extraction worker and public search of text found only inside a PDF.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, sql } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, type Ctx } from '../../src/context.js';
import { auditLog, blobs, dipDocuments, dipEntries, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { attachDocument, cleanFilename, documentForDownload, listDocuments, removeDocument } from '../../src/domain/dip/documents.js';
import { publicDocument, publishedDocuments } from '../../src/domain/dip/public.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { unpublishEntry } from '../../src/domain/dip/unpublish-dip-entry.js';
import { cleanText, detectOcr, extractText, MAX_TEXT_CHARS, odfXmlToText } from '../../src/documents/extract.js';
import { sniffBytes, sniffFile, type DocumentKind } from '../../src/documents/sniff.js';
import { AppError } from '../../src/errors.js';
import { claimNextDocument, MAX_TEXT_ATTEMPTS, publicTextError, startTextExtractionWorker, textBackoffMs } from '../../src/jobs/text-extraction.js';
import { makeUser } from '../helpers/app.js';
import { createTestDb, tempDir, testCtx, type TestDb } from '../helpers/db.js';
import { dipInput } from '../helpers/dip.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
// Generous: OCR, PDF parsing and argon2 hashing in the set-up are slow on a busy 2-core machine.
const SLOW = 180_000;

const KINDS: [string, DocumentKind][] = [
  ['dokumen.pdf', 'pdf'],
  ['pindaian.pdf', 'pdf'],
  ['dokumen.docx', 'docx'],
  ['dokumen.xlsx', 'xlsx'],
  ['dokumen.odt', 'odt'],
  ['dokumen.ods', 'ods'],
  ['dokumen.csv', 'csv'],
  ['gambar.png', 'png'],
  ['gambar.jpg', 'jpeg'],
];

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('type check by content', () => {
  it.each(KINDS)('%s is recognised as %s, from memory and from disk', async (name, kind) => {
    expect((await sniffBytes(fixture(name))).kind).toBe(kind);
    expect((await sniffFile(path.join(FIXTURES, name))).kind).toBe(kind);
  });

  it('refuses a Windows program renamed to .pdf, saying what it is and naming the accepted types', async () => {
    for (const err of [await refusal(sniffFile(path.join(FIXTURES, 'program.pdf'))), await refusal(sniffBytes(fixture('program.pdf')))]) {
      expect(err.status).toBe(415);
      expect(err.code).toBe('document_type_refused');
      expect(err.messages.id).toContain('program');
      expect(err.messages.id).toContain('PDF, DOCX, XLSX, ODT, ODS, CSV (UTF-8), JPEG, PNG');
      expect(err.messages.en).toContain('executable');
      expect(err.messages.en).toContain('checked by their content');
    }
  });

  it('refuses other look-alikes and accepts careful CSV', async () => {
    const refused: [string, Uint8Array][] = [
      ['a plain ZIP', zipSync({ 'a.txt': strToU8('halo') })],
      [
        'a macro-enabled Word file',
        zipSync({
          '[Content_Types].xml': strToU8(
            '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
          ),
          'word/document.xml': strToU8('<w/>'),
          'word/vbaProject.bin': strToU8('x'),
        }),
      ],
      [
        'an ODF presentation',
        zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.presentation'), { level: 0 }], 'content.xml': strToU8('<x/>') }),
      ],
      ['a legacy .doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)])],
      ['HTML', strToU8('<!doctype html><html><body><script>alert(1)</script>a,b\nc,d</body></html>')],
      ['SVG', strToU8('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
      ['prose', strToU8('Ini surat biasa, bukan tabel.\nBaris kedua tanpa pemisah\n')],
      ['CSV with uneven rows', strToU8('a,b,c\n1,2\n')],
      ['CSV with a NUL byte', strToU8('a,b\n1,\u00002\n')],
      ['Latin-1 CSV', Buffer.from('nama;kota\nJos\xe9;Palangka Raya\n', 'latin1')],
      ['an unterminated quote', strToU8('a,b\n"1,2\n')],
      ['ELF', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])],
      ['a PDF-ish name only', strToU8('%PDX-1.7 not really')],
    ];
    for (const [what, bytes] of refused) {
      const err = await refusal(sniffBytes(bytes));
      expect(err.status, what).toBe(415);
    }
    expect((await refusal(sniffBytes(new Uint8Array(0)))).status).toBe(422);
    const csv = await sniffBytes(strToU8('judul\tjumlah\n"Dua\nbaris, dengan ""kutip"""\t3\r\n\r\nlain\t4'));
    expect(csv.kind).toBe('csv');
  });

  it('keeps the file name safe and its extension true to the content', () => {
    expect(cleanFilename('C:\\fakepath\\Laporan Keuangan.pdf', 'pdf')).toBe('Laporan Keuangan.pdf');
    expect(cleanFilename('../../etc/passwd', 'csv')).toBe('passwd.csv');
    expect(cleanFilename('rencana.pdf', 'docx')).toBe('rencana.docx');
    expect(cleanFilename('foto.JPEG', 'jpeg')).toBe('foto.JPEG');
    expect(cleanFilename('"<bad>"\u0000.png', 'png')).toBe('bad.png');
    expect(cleanFilename('', 'xlsx')).toBe('dokumen.xlsx');
    expect(cleanFilename('x'.repeat(300) + '.pdf', 'pdf')).toHaveLength(200);
  });
});

describe('text extraction', () => {
  const expected: [string, string][] = [
    ['dokumen.pdf', 'jembatan gantung Tumbang Nusa'],
    ['dokumen.docx', 'sumur bor Kelurahan Kalampangan'],
    ['dokumen.xlsx', 'pompa air Bukit Tunggal'],
    ['dokumen.odt', 'rumah betang Pahandut Seberang & sekitarnya'],
    ['dokumen.ods', 'perahu kelotok Danau Tahai\t3'],
    ['dokumen.csv', 'posyandu Kereng Bangkirai'],
  ];
  it.each(expected)('%s yields its text', async (name, phrase) => {
    const kind = (await sniffBytes(fixture(name))).mime;
    const r = await extractText(fixture(name), kind, { ocr: null });
    expect(r.status).toBe('done');
    expect(r.status === 'done' && r.text).toContain(phrase);
  });

  it('xlsx cells and formulas become lines of tab-separated text', async () => {
    const r = await extractText(fixture('dokumen.xlsx'), 'xlsx', { ocr: null });
    expect(r.status === 'done' && r.text.split('\n')).toEqual([
      'Anggaran',
      'Kegiatan\tPagu (Rp)',
      'Pengadaan pompa air Bukit Tunggal\t125000000',
      'Jumlah\t125000000',
    ]);
  });

  it('images and scanned PDFs are not searchable without OCR, with a clear reason', async () => {
    for (const name of ['gambar.png', 'gambar.jpg', 'pindaian.pdf']) {
      const r = await extractText(fixture(name), (await sniffBytes(fixture(name))).mime, { ocr: null });
      expect(r.status, name).toBe('not_searchable');
      expect(r.status === 'not_searchable' && r.reason).toMatch(/OCR tidak tersedia.*tesseract/);
    }
  });

  it(
    'reads images and scanned PDFs with tesseract (ind) when it is installed',
    async () => {
      const ocr = await detectOcr();
      if (!ocr) {
        console.warn('tesseract with Indonesian data is not installed: OCR path not exercised');
        return;
      }
      for (const name of ['gambar.png', 'gambar.jpg', 'pindaian.pdf']) {
        const r = await extractText(fixture(name), (await sniffBytes(fixture(name))).mime, { ocr });
        expect(r.status, name).toBe('done');
        expect(r.status === 'done' && r.text, name).toContain('PENERANGAN JALAN');
      }
    },
    SLOW,
  );

  it('cleans text: no NUL, tidy whitespace, capped at about 1 MB', () => {
    expect(cleanText('a\u0000b  c \n\n\n\nd\r\n')).toBe('a b c\n\nd');
    expect(cleanText('x'.repeat(MAX_TEXT_CHARS + 10))).toHaveLength(MAX_TEXT_CHARS);
    expect(cleanText('a'.repeat(MAX_TEXT_CHARS - 1) + '😀')).toHaveLength(MAX_TEXT_CHARS - 1);
    expect(odfXmlToText('<office:body><text:p>a&lt;b<text:tab/>c<text:s text:c="3"/>d&#x41;</text:p></office:body>')).toBe('a<b\tc   dA\n');
  });

  it('damaged files are errors worth retrying, protected PDFs are not searchable', async () => {
    await expect(extractText(Buffer.from('PK\u0003\u0004 broken'), 'docx', { ocr: null })).rejects.toThrow();
    const r = await extractText(Buffer.from('%PDF-1.7\n garbage'), 'pdf', { ocr: null });
    expect(r.status).toBe('not_searchable');
  });
});

describe('documents of DIP entries', () => {
  let t: TestDb;
  let sys: ReturnType<typeof testCtx>;
  let pembantu: Ctx;
  let otherPembantu: Ctx;
  let utama: Ctx;
  let viewer: Ctx;
  let unitA: string;
  const blobDir = tempDir('qgesy-docs-');

  const as = async (email: string): Promise<Ctx> => {
    const [u] = await t.db.select().from(users).where(eq(users.email, email));
    return { ...sys, actor: toActor(u!) };
  };
  const worker = (extra: Partial<Parameters<typeof startTextExtractionWorker>[0]> = {}) =>
    startTextExtractionWorker({ db: t.db, blobs: sys.blobs, clock: sys.clock, pollMs: 3_600_000, workerId: 'test:1', ocr: null, ...extra });
  const docsOf = (versionId: string) => t.db.select().from(dipDocuments).where(eq(dipDocuments.versionId, versionId));
  const entry = async (id: string) => (await t.db.select().from(dipEntries).where(eq(dipEntries.id, id)))[0]!;
  /** Extracts whatever earlier tests left pending, so that a test counts only its own documents. */
  const drain = async () => {
    const w = worker();
    try {
      while ((await w.tick()) > 0);
    } finally {
      await w.stop();
    }
  };
  const searchHits = async (q: string) =>
    (await t.db.execute(sql`select entry_id from dip_search where tsv @@ websearch_to_tsquery('indonesian', ${q})`)).rows.map(
      (r) => (r as { entry_id: string }).entry_id,
    );

  beforeAll(async () => {
    t = await createTestDb();
    sys = testCtx(t, { blobDir: blobDir.dir });
    const [a] = await t.db.insert(units).values({ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' }).returning();
    const [b] = await t.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
    unitA = a!.id;
    await makeUser(sys, { email: 'pembantu@dpupr.example', roles: ['ppid_pembantu'], unitId: unitA });
    await makeUser(sys, { email: 'pembantu@dinkes.example', roles: ['ppid_pembantu'], unitId: b!.id });
    await makeUser(sys, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    await makeUser(sys, { email: 'pemantau@kota.example', roles: ['viewer'] });
    pembantu = await as('pembantu@dpupr.example');
    otherPembantu = await as('pembantu@dinkes.example');
    utama = await as('utama@kota.example');
    viewer = await as('pemantau@kota.example');
  }, SLOW);
  afterAll(async () => {
    await t.dispose();
    blobDir.cleanup();
  });

  it('attaches a PDF to the working version: blob by sha256, pending row, audit entry', async () => {
    const e = await createDraft(pembantu, unitA, dipInput({ title: 'Laporan Kegiatan Pemeliharaan Jembatan 2025' }));
    const doc = await attachDocument(pembantu, e.id, { filename: 'laporan.pdf', bytes: fixture('dokumen.pdf'), declaredType: 'application/pdf' });
    expect(doc).toMatchObject({
      versionId: e.workingVersionId,
      mime: 'application/pdf',
      filename: 'laporan.pdf',
      size: fixture('dokumen.pdf').length,
      textStatus: 'pending',
    });
    expect(await sys.blobs.has(doc.sha256)).toBe(true);
    expect(await t.db.select().from(blobs).where(eq(blobs.sha256, doc.sha256))).toHaveLength(1);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, e.id), eq(auditLog.action, 'dip.document_added')));
    expect(audit!.actorId).toBe((pembantu.actor as { id: string }).id);
    const listed = await listDocuments(pembantu, e.id);
    expect(listed.map((d) => d.filename)).toEqual(['laporan.pdf']);
    // A Word file called .pdf keeps its name but gets the right extension and type.
    const w = await attachDocument(pembantu, e.id, { filename: 'rencana.pdf', bytes: fixture('dokumen.docx'), declaredType: 'application/pdf' });
    expect(w).toMatchObject({ filename: 'rencana.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  });

  it('refuses what it must, and a refusal leaves no row', async () => {
    const e = await createDraft(pembantu, unitA, dipInput({ title: 'Entri Uji Penolakan' }));
    const before = (await t.db.select().from(dipDocuments)).length;
    const err = await refusal(attachDocument(pembantu, e.id, { filename: 'laporan.pdf', bytes: fixture('program.pdf') }));
    expect(err.status).toBe(415);
    await expect(attachDocument(otherPembantu, e.id, { filename: 'a.pdf', bytes: fixture('dokumen.pdf') })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(attachDocument({ ...sys, actor: anonymous }, e.id, { filename: 'a.pdf', bytes: fixture('dokumen.pdf') })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    await expect(attachDocument(pembantu, '00000000-0000-4000-8000-000000000000', { filename: 'a.pdf', bytes: fixture('dokumen.pdf') })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      attachDocument({ ...pembantu, settings: { ...pembantu.settings, maxUploadBytes: 100 } }, e.id, { filename: 'a.pdf', bytes: fixture('dokumen.pdf') }),
    ).rejects.toMatchObject({ status: 413 });
    await attachDocument(pembantu, e.id, { filename: 'tabel.csv', bytes: fixture('dokumen.csv') });
    // The same bytes again: refused inside the transaction, after the blob was stored (harmless).
    await expect(attachDocument(pembantu, e.id, { filename: 'lagi.csv', bytes: fixture('dokumen.csv') })).rejects.toMatchObject({ code: 'conflict' });
    expect((await t.db.select().from(dipDocuments)).length).toBe(before + 1);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, e.id), eq(auditLog.action, 'dip.document_added')));
    expect(audits).toHaveLength(1);
    await submitEntries(pembantu, [e.id]);
    await expect(attachDocument(pembantu, e.id, { filename: 'a.pdf', bytes: fixture('dokumen.pdf') })).rejects.toMatchObject({
      code: 'dip_wrong_state',
      status: 409,
    });
    const [d] = await docsOf((await entry(e.id)).workingVersionId!);
    await expect(removeDocument(pembantu, e.id, d!.id)).rejects.toMatchObject({ code: 'dip_wrong_state' });
  });

  it('a phrase found only inside an attached PDF finds its entry after extraction and approval', async () => {
    const e = await createDraft(pembantu, unitA, dipInput());
    expect(await searchHits('jembatan gantung Tumbang Nusa')).toEqual([]);
    await attachDocument(pembantu, e.id, { filename: 'laporan-triwulan.pdf', bytes: fixture('dokumen.pdf') });
    const w = worker();
    try {
      expect(await w.tick()).toBeGreaterThanOrEqual(1);
    } finally {
      await w.stop();
    }
    const [doc] = await docsOf(e.workingVersionId!);
    expect(doc!.textStatus).toBe('done');
    expect(doc!.text).toContain('jembatan gantung Tumbang Nusa');
    // Not public yet: drafts never reach the search table.
    expect(await searchHits('jembatan gantung Tumbang Nusa')).toEqual([]);
    await submitEntries(pembantu, [e.id]);
    await approveEntry(utama, e.id);
    expect(await searchHits('jembatan gantung Tumbang Nusa')).toContain(e.id);
    // Stemming: "perbaikan jembatan" matches "diperbaiki ... jembatan".
    expect(await searchHits('perbaikan jembatan Tumbang')).toContain(e.id);
    await unpublishEntry(utama, e.id, 'Ditarik untuk diperiksa kembali isinya.');
    expect(await searchHits('jembatan gantung Tumbang Nusa')).not.toContain(e.id);
  });

  it('text extracted after approval reaches the search row of the published entry; rows sharing a file are updated together', async () => {
    await drain();
    const e1 = await createDraft(pembantu, unitA, dipInput({ title: 'Data Sarana Air Bersih' }));
    const e2 = await createDraft(pembantu, unitA, dipInput({ title: 'Rekap Sarana Air Bersih Kedua' }));
    const table = Buffer.from('sarana;lokasi\nsumur bor;Kelurahan Kalampangan\n');
    await attachDocument(pembantu, e1.id, { filename: 'sarana.csv', bytes: table });
    await attachDocument(pembantu, e2.id, { filename: 'sarana-salinan.csv', bytes: table });
    await submitEntries(pembantu, [e1.id]);
    await approveEntry(utama, e1.id);
    expect(await searchHits('sumur bor Kalampangan')).toEqual([]);
    const w = worker();
    try {
      expect(await w.tick()).toBe(1); // one file, two rows
    } finally {
      await w.stop();
    }
    const rows = await t.db.select().from(dipDocuments).where(eq(dipDocuments.filename, 'sarana-salinan.csv'));
    expect(rows[0]!.textStatus).toBe('done');
    expect(await searchHits('sumur bor Kalampangan')).toEqual([e1.id]);
    // The same bytes uploaded again later reuse the text at once.
    const e3 = await createDraft(pembantu, unitA, dipInput({ title: 'Salinan Ketiga' }));
    const again = await attachDocument(pembantu, e3.id, { filename: 'x.csv', bytes: table });
    expect(again.textStatus).toBe('done');
  });

  it('a document added to a published entry stays off the portal until the new version is approved', async () => {
    const e = await createDraft(pembantu, unitA, dipInput({ title: 'Profil Kelurahan Pahandut' }));
    const first = await attachDocument(pembantu, e.id, { filename: 'profil.odt', bytes: fixture('dokumen.odt') });
    await submitEntries(pembantu, [e.id]);
    await approveEntry(utama, e.id);
    const published = await entry(e.id);
    expect(await publicDocument(t.db, first.id)).not.toBeNull();

    const added = await attachDocument(pembantu, e.id, { filename: 'data.ods', bytes: fixture('dokumen.ods') });
    const after = await entry(e.id);
    expect(after.workingVersionId).not.toBe(published.publishedVersionId);
    expect(after.publishedVersionId).toBe(published.publishedVersionId);
    expect(added.versionId).toBe(after.workingVersionId);
    expect((await docsOf(after.workingVersionId!)).map((d) => d.filename).sort()).toEqual(['data.ods', 'profil.odt']);
    expect((await publishedDocuments(t.db, e.id)).map((d) => d.filename)).toEqual(['profil.odt']);
    expect(await publicDocument(t.db, added.id)).toBeNull();
    // Removing from the working version leaves the published one alone.
    const copy = (await docsOf(after.workingVersionId!)).find((d) => d.filename === 'profil.odt')!;
    await removeDocument(pembantu, e.id, copy.id);
    expect((await docsOf(after.workingVersionId!)).map((d) => d.filename)).toEqual(['data.ods']);
    expect((await publishedDocuments(t.db, e.id)).map((d) => d.filename)).toEqual(['profil.odt']);
    const removed = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, e.id), eq(auditLog.action, 'dip.document_removed')));
    expect(removed).toHaveLength(1);
    await submitEntries(pembantu, [e.id]);
    await approveEntry(utama, e.id);
    expect((await publishedDocuments(t.db, e.id)).map((d) => d.filename)).toEqual(['data.ods']);
    expect(await publicDocument(t.db, first.id)).toBeNull();
  });

  it('removing straight from a published version makes a new working version first', async () => {
    const e = await createDraft(pembantu, unitA, dipInput({ title: 'Foto Kegiatan Penerangan Jalan' }));
    const img = await attachDocument(pembantu, e.id, { filename: 'foto.png', bytes: fixture('gambar.png') });
    await submitEntries(pembantu, [e.id]);
    await approveEntry(utama, e.id);
    await removeDocument(pembantu, e.id, img.id);
    const after = await entry(e.id);
    expect(after.workingVersionId).not.toBe(after.publishedVersionId);
    expect(await docsOf(after.workingVersionId!)).toHaveLength(0);
    expect(await publicDocument(t.db, img.id)).not.toBeNull();
    await expect(removeDocument(pembantu, e.id, img.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('who may download: public documents for all, others only for back-office users who may view the unit', async () => {
    const e = await createDraft(pembantu, unitA, dipInput({ title: 'Draf Rahasia Belum Terbit' }));
    const d = await attachDocument(pembantu, e.id, { filename: 'draf.pdf', bytes: fixture('dokumen.pdf') });
    expect(await documentForDownload({ ...sys, actor: anonymous }, d.id)).toBeNull();
    expect(await documentForDownload(otherPembantu, d.id)).toBeNull();
    expect(await documentForDownload(pembantu, d.id)).toMatchObject({ isPublic: false });
    expect(await documentForDownload(viewer, d.id)).toMatchObject({ isPublic: false });
    expect(await documentForDownload({ ...sys, actor: anonymous }, 'bukan-uuid')).toBeNull();
    await submitEntries(pembantu, [e.id]);
    await approveEntry(utama, e.id);
    expect(await documentForDownload({ ...sys, actor: anonymous }, d.id)).toMatchObject({ isPublic: true });
    expect(await documentForDownload(otherPembantu, d.id)).toMatchObject({ isPublic: true });
  });

  it('failed extractions are retried with backoff and then marked failed with a short reason', async () => {
    await drain();
    const e = await createDraft(pembantu, unitA, dipInput({ title: 'Berkas Yang Gagal Dibaca' }));
    await attachDocument(pembantu, e.id, { filename: 'gagal.csv', bytes: Buffer.from('kolom,gagal\n1,2\n') });
    const failing = worker({ extract: async () => Promise.reject(new Error('pustaka rusak')) });
    const row = async () => (await t.db.select().from(dipDocuments).where(eq(dipDocuments.filename, 'gagal.csv')))[0]!;
    const start = sys.clock.now();
    try {
      for (let attempt = 1; attempt <= MAX_TEXT_ATTEMPTS; attempt++) {
        expect(await failing.tick()).toBe(1);
        const r = await row();
        if (attempt < MAX_TEXT_ATTEMPTS) {
          expect(r.textStatus).toBe('pending');
          expect(r).toMatchObject({ textAttempts: attempt, textClaimedBy: null, textLastError: 'pustaka rusak', textError: null });
          expect(r.textNextAttemptAt!.getTime()).toBeGreaterThanOrEqual(sys.clock.now().getTime() + textBackoffMs(attempt));
          expect(publicTextError(r)).toBe('pustaka rusak');
          // Not due again before its backoff.
          expect(await failing.tick()).toBe(0);
          sys.clock.advance(textBackoffMs(attempt) + 1000);
        } else {
          expect(r.textStatus).toBe('failed');
          expect(r.textError).toBe('pustaka rusak');
        }
      }
    } finally {
      await failing.stop();
      sys.clock.set(start);
    }
    expect((await listDocuments(pembantu, e.id))[0]).toMatchObject({ textStatus: 'failed', textNote: 'pustaka rusak' });
  });

  it('a claim holds a lease: another worker skips it until the lease runs out', async () => {
    await drain();
    const e = await createDraft(pembantu, unitA, dipInput({ title: 'Uji Sewa Klaim' }));
    await attachDocument(pembantu, e.id, { filename: 'l.csv', bytes: Buffer.from('a,b\nsewa,klaim\n') });
    const now = sys.clock.now();
    const a = await claimNextDocument(t.db, { workerId: 'a:1', now, leaseMs: 60_000 });
    expect(a).toMatchObject({ attempt: 1 });
    expect(await claimNextDocument(t.db, { workerId: 'b:2', now: new Date(now.getTime() + 30_000), leaseMs: 60_000 })).toBeNull();
    const b = await claimNextDocument(t.db, { workerId: 'b:2', now: new Date(now.getTime() + 61_000), leaseMs: 60_000 });
    expect(b).toMatchObject({ sha256: a!.sha256, attempt: 2 });
    // The worker that took over finishes the job.
    const w = worker({ clock: { now: () => new Date(now.getTime() + 200_000) } as typeof sys.clock });
    try {
      expect(await w.tick()).toBe(1);
    } finally {
      await w.stop();
    }
    const [doc] = await t.db.select().from(dipDocuments).where(eq(dipDocuments.filename, 'l.csv'));
    expect(doc).toMatchObject({ textStatus: 'done', textError: null });
  });

  it('images without OCR become not searchable, with the reason shown in the back office', async () => {
    await drain();
    const e = await createDraft(pembantu, unitA, dipInput({ title: 'Foto Tanpa OCR' }));
    await attachDocument(pembantu, e.id, { filename: 'foto.jpg', bytes: fixture('gambar.jpg') });
    const w = worker({ ocr: null });
    try {
      await w.tick();
    } finally {
      await w.stop();
    }
    const [d] = await listDocuments(pembantu, e.id);
    expect(d).toMatchObject({ textStatus: 'not_searchable' });
    expect(d!.textNote).toMatch(/OCR/);
  });

  it('stop() gives back a claim that was not finished', async () => {
    await drain();
    const e = await createDraft(pembantu, unitA, dipInput({ title: 'Uji Berhenti' }));
    await attachDocument(pembantu, e.id, { filename: 'b.csv', bytes: Buffer.from('x;y\nberhenti;1\n') });
    let release!: () => void;
    const started = new Promise<void>((r) => (release = r));
    const w = worker({
      extract: (_b, _m, signal) =>
        new Promise((_, reject) => {
          release();
          signal.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    });
    const tick = w.tick();
    await started;
    await w.stop();
    await tick;
    const [doc] = await t.db.select().from(dipDocuments).where(eq(dipDocuments.filename, 'b.csv'));
    expect(doc).toMatchObject({ textStatus: 'pending', textError: null, textAttempts: 0, textClaimedBy: null });
  });

  it('migration 0028 moves the retry line once kept in text_error into the columns', async () => {
    await drain();
    const e = await createDraft(pembantu, unitA, dipInput({ title: 'Uji Migrasi Kolom Teks' }));
    const d = await attachDocument(pembantu, e.id, { filename: 'm.csv', bytes: Buffer.from('lama;baris\nmigrasi;1\n') });
    const f = await attachDocument(pembantu, e.id, { filename: 'n.csv', bytes: Buffer.from('gagal;baris\nmigrasi;2\n') });
    const until = '2026-03-20T01:02:03.456Z';
    await t.db
      .update(dipDocuments)
      .set({ textError: `~job attempt=2 until=${until} by= | pustaka rusak\nbaris kedua` })
      .where(eq(dipDocuments.id, d.id));
    await t.db.update(dipDocuments).set({ textStatus: 'failed', textError: 'gagal diproses: rusak' }).where(eq(dipDocuments.id, f.id));
    const sqlText = readFileSync(new URL('../../src/db/migrations/0028_text_extraction_columns.sql', import.meta.url), 'utf8');
    const update = sqlText.split('--> statement-breakpoint').find((x) => x.includes('UPDATE'))!;
    await t.db.execute(sql.raw(update));
    const [moved] = await t.db.select().from(dipDocuments).where(eq(dipDocuments.id, d.id));
    expect(moved).toMatchObject({ textError: null, textAttempts: 2, textClaimedBy: null, textLastError: 'pustaka rusak\nbaris kedua' });
    expect(moved!.textNextAttemptAt!.toISOString()).toBe(until);
    const [kept] = await t.db.select().from(dipDocuments).where(eq(dipDocuments.id, f.id));
    expect(kept).toMatchObject({ textError: 'gagal diproses: rusak', textAttempts: 0, textLastError: null });
  });
});
