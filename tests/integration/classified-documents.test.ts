// Documents of classified items in the domain: attached encrypted (no plaintext in the blob store), level
// at least the item's and at most the uploader's clearance, opened only under classifiedAccess with the
// reason logged, PDFs handed out with the watermark on every page, nothing of the file name in the audit.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { auditLog, classifiedAccessLog, classifiedDocuments, encryptedFiles, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import {
  attachClassifiedDocument,
  downloadClassifiedDocument,
  listItemDocuments,
  openClassifiedDocument,
  watermarkLine,
  watermarkTime,
} from '../../src/domain/classified/documents.js';
import { createItem } from '../../src/domain/classified/items.js';
import { createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

const fixture = (name: string) => readFileSync(path.resolve('tests/fixtures', name));

function blobFiles(root: string): string[] {
  const out: string[] = [];
  for (const d of readdirSync(root)) for (const f of readdirSync(path.join(root, d))) out.push(path.join(root, d, f));
  return out;
}

async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  return (await extractText(doc, { mergePages: false })).text as string[];
}

describe(`classified documents (${backendName})`, () => {
  let t: TestApp;
  let unitA = '';
  const as = async (email: string, clearance: string): Promise<Ctx> => {
    await t.db.db.update(users).set({ clearance }).where(eq(users.email, email));
    const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
    return { ...t.ctx, actor: toActor(u!) };
  };

  beforeAll(async () => {
    t = await createTestApp();
    const [a, b] = await t.db.db
      .insert(units)
      .values([
        { code: 'dinkes', name: 'Dinas Kesehatan' },
        { code: 'bkpsdm', name: 'Badan Kepegawaian' },
      ])
      .returning();
    unitA = a!.id;
    await makeUser(t.ctx, { email: 'a@kota.example', roles: ['ppid_pembantu'], unitId: unitA, name: 'Rina Pembantu' });
    await makeUser(t.ctx, { email: 'b@kota.example', roles: ['ppid_pembantu'], unitId: b!.id });
  });
  afterAll(async () => t.dispose());

  it('stores the file encrypted, checks levels, opens it with a logged reason, and refuses another unit', async () => {
    const a = await as('a@kota.example', 'rahasia');
    const item = await createItem(a, { title: 'Laporan investigasi pengadaan', securityLevel: 'terbatas' });
    await expect(attachClassifiedDocument(a, item.id, { filename: 'x.csv', bytes: fixture('dokumen.csv'), level: 'biasa' })).rejects.toMatchObject({
      status: 422,
      fields: { level: expect.anything() },
    });
    await expect(attachClassifiedDocument(a, item.id, { filename: 'x.csv', bytes: fixture('dokumen.csv'), level: 'sangat_rahasia' })).rejects.toMatchObject({
      status: 422,
    });
    await expect(attachClassifiedDocument(a, item.id, { filename: 'x.exe', bytes: Buffer.from('MZ\x90\x00program') })).rejects.toMatchObject({ status: 415 });

    const csv = fixture('dokumen.csv');
    expect(csv.includes(Buffer.from('posyandu Kereng Bangkirai'))).toBe(true);
    const doc = await attachClassifiedDocument(a, item.id, { filename: 'daftar-saksi-rahasia.csv', bytes: csv, level: 'rahasia' });
    expect(doc.securityLevel).toBe('rahasia');
    const [file] = await t.db.db.select().from(encryptedFiles).where(eq(encryptedFiles.id, doc.fileId));
    expect(file!.keyId).toBe(t.ctx.keys!.current().id);
    const blobRoot = path.join(t.deps.config.dataDir, 'blobs');
    for (const f of blobFiles(blobRoot)) expect(readFileSync(f).includes(Buffer.from('posyandu Kereng'))).toBe(false);
    expect(readFileSync(path.join(blobRoot, file!.blobSha256.slice(0, 2), file!.blobSha256)).length).toBe(csv.length + 28);

    const b = await as('b@kota.example', 'rahasia');
    await expect(openClassifiedDocument(b, doc.id, 'Koordinasi pemeriksaan')).rejects.toMatchObject({ status: 404 });
    await expect(openClassifiedDocument(a, doc.id, '')).rejects.toMatchObject({ status: 422 });
    const opened = await openClassifiedDocument(a, doc.id, 'Menyiapkan uji konsekuensi');
    expect(opened.bytes.equals(csv)).toBe(true);
    expect(opened).toMatchObject({ filename: 'daftar-saksi-rahasia.csv', mime: 'text/csv; charset=utf-8', level: 'rahasia', itemId: item.id, unitId: unitA });

    // A reader cleared only to Terbatas sees the item, but not the Rahasia document in it.
    const low = await as('a@kota.example', 'terbatas');
    expect(await listItemDocuments(low, item.id)).toEqual([]);
    await expect(openClassifiedDocument(low, doc.id, 'Menyiapkan uji konsekuensi')).rejects.toMatchObject({ status: 404 });

    const log = await t.db.db.select().from(classifiedAccessLog).where(eq(classifiedAccessLog.documentId, doc.id)).orderBy(classifiedAccessLog.id);
    expect(log.map((l) => [l.action, l.reason, l.securityLevel])).toEqual([
      ['denied', '', 'rahasia'],
      ['view', 'Menyiapkan uji konsekuensi', 'rahasia'],
      ['denied', '', 'rahasia'],
    ]);
    const audit = JSON.stringify(await t.db.db.select().from(auditLog));
    expect(audit).toContain(doc.id);
    expect(audit).not.toContain('daftar-saksi');
    expect(audit).not.toContain('investigasi');
  });

  it('hands out PDFs with the watermark on every page; the file from disk is encrypted the same way', async () => {
    const a = await as('a@kota.example', 'rahasia');
    t.clock.set(new Date('2026-12-01T03:15:00Z'));
    const item = await createItem(a, { title: 'Hasil audit internal', securityLevel: 'rahasia' });
    const tmp = path.join(t.deps.config.dataDir, 'upload.pdf');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(tmp, fixture('dokumen.pdf'));
    const doc = await attachClassifiedDocument(a, item.id, { filename: 'audit.pdf', path: tmp });
    expect(doc.securityLevel).toBe('rahasia');
    const out = await downloadClassifiedDocument(a, doc.id, 'Bahan rapat pimpinan');
    expect(out.watermarked).toBe(true);
    const pages = await pdfText(out.bytes);
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      expect(p).toContain('RAHASIA · dibuka oleh Rina Pembantu <a@kota.example> · 1 Des 2026 10.15 WIB');
      expect(p).toContain('jembatan gantung Tumbang Nusa');
    }
    const [last] = await t.db.db.select().from(classifiedAccessLog).where(eq(classifiedAccessLog.documentId, doc.id));
    expect(last).toMatchObject({ action: 'download', reason: 'Bahan rapat pimpinan', userName: 'Rina Pembantu <a@kota.example>' });
    // A damaged or password-protected PDF is refused at upload: it could never be watermarked.
    await expect(attachClassifiedDocument(a, item.id, { filename: 'rusak.pdf', bytes: Buffer.from('%PDF-1.4\nnot really a pdf') })).rejects.toMatchObject({
      status: 422,
      code: 'pdf_not_markable',
    });
    expect(await t.db.db.select().from(classifiedDocuments).where(eq(classifiedDocuments.itemId, item.id))).toHaveLength(1);
  });

  it('formats the watermark time in the body zone', () => {
    expect(watermarkTime(new Date('2026-12-01T03:15:00Z'), 'Asia/Jakarta')).toBe('1 Des 2026 10.15 WIB');
    expect(watermarkTime(new Date('2026-12-01T03:15:00Z'), 'Asia/Makassar')).toBe('1 Des 2026 11.15 WITA');
    expect(watermarkLine('sangat_rahasia', { name: 'Budi', email: 'b@x.id' }, new Date('2026-01-05T23:59:00Z'), 'Asia/Jayapura')).toBe(
      'SANGAT RAHASIA · dibuka oleh Budi <b@x.id> · 6 Jan 2026 08.59 WIT',
    );
  });
});
