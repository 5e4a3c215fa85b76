// Personal data in DIP documents (UU KIP Ps 17 h; UU 27/2022): found by the text extraction in real PDF and DOCX
// files made here, shown to the unit and the PPID Utama as counts and masked samples, and publication refused
// (4xx with a clear message) until someone confirms with a reason (recorded in the history and the audit log)
// or the document is replaced by one without personal data.
import { and, eq } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { auditLog, dipDocuments, dipEntries, dipReviews, outbox, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { attachDocument, removeDocument } from '../../src/domain/dip/documents.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { publishImmediately } from '../../src/domain/dip/publish-dip-entry.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { findPersonalData } from '../../src/documents/redact.js';
import { startTextExtractionWorker } from '../../src/jobs/text-extraction.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { dipInput } from '../helpers/dip.js';

const NIK = '6271034507900002'; // Kalimantan Tengah (62), Palangka Raya (71 03), a woman born 05-07-1990.
const LINES = [
  'Daftar Penerima Bantuan Sosial Kelurahan Menteng 2025',
  `Nama: Siti Rahmawati, NIK ${NIK}`,
  'Telepon: 0812 5100 2233, atau +62 811 5200 9876',
  'Email: siti.rahma@warga.example',
  'Alamat: Jl. G. Obos XI No. 3 RT 02/RW 05 Kelurahan Menteng, Palangka Raya',
];

async function pdfWith(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const p = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  lines.forEach((l, i) => p.drawText(l, { x: 30, y: 800 - i * 20, size: 11, font }));
  return doc.save({ useObjectStreams: false });
}

function docxWith(lines: string[]): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
${lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${l}</w:t></w:r></w:p>`).join('\n')}
</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(xml),
  });
}

describe('personal data in DIP documents', () => {
  let t: TestApp;
  let unitA: string;
  let utamaCtx: Ctx;
  let pembantuCtx: Ctx;
  let utama: Browser;
  let pembantu: Browser;

  const ctxOf = async (email: string): Promise<Ctx> => {
    const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
    return { ...t.ctx, actor: toActor(u!) };
  };
  const drain = async () => {
    const w = startTextExtractionWorker({ db: t.db.db, blobs: t.ctx.blobs, clock: t.clock, pollMs: 3_600_000, workerId: 'test:pd', ocr: null });
    try {
      while ((await w.tick()) > 0);
    } finally {
      await w.stop();
    }
  };

  beforeAll(async () => {
    t = await createTestApp();
    const [a] = await t.db.db.insert(units).values({ code: 'dinsos', name: 'Dinas Sosial' }).returning();
    unitA = a!.id;
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    await makeUser(t.ctx, { email: 'pembantu@dinsos.example', roles: ['ppid_pembantu'], unitId: unitA });
    utamaCtx = await ctxOf('utama@kota.example');
    pembantuCtx = await ctxOf('pembantu@dinsos.example');
    utama = new Browser(t.app, '10.0.1.2');
    pembantu = new Browser(t.app, '10.0.1.3');
    expect((await utama.login('utama@kota.example')).status).toBe(303);
    expect((await pembantu.login('pembantu@dinsos.example')).status).toBe(303);
  }, 120_000);
  afterAll(async () => t?.dispose());

  it('finds a NIK, phones, an email and a home address, masked; not an office landline or a random number', () => {
    const f = findPersonalData(LINES.join('\n'))!;
    expect(f.counts).toEqual({ nik: 1, phone: 2, email: 1, address: 1 });
    const all = f.samples.join(' ');
    expect(all).not.toContain(NIK);
    expect(all).not.toContain('0812 5100 2233');
    expect(all).not.toContain('siti.rahma@');
    expect(all).toContain('6271');
    expect(findPersonalData('Telp. (0536) 3221000; anggaran 1234567890123456 rupiah; NIP 198204122006042011')).toBeNull();
  });

  it('detects it on upload (PDF and DOCX), warns the unit and the PPID Utama, and refuses approval with a clear 422', async () => {
    const e = await createDraft(pembantuCtx, unitA, dipInput({ title: 'Daftar Penerima Bantuan Sosial 2025' }));
    await attachDocument(pembantuCtx, e.id, { filename: 'penerima.pdf', bytes: await pdfWith(LINES) });
    await attachDocument(pembantuCtx, e.id, { filename: 'penerima.docx', bytes: docxWith(LINES) });
    await drain();
    const docs = await t.db.db.select().from(dipDocuments).where(eq(dipDocuments.entryId, e.id));
    expect(docs.map((d) => [d.filename, d.personalData?.counts])).toEqual(
      expect.arrayContaining([
        ['penerima.pdf', { nik: 1, phone: 2, email: 1, address: 1 }],
        ['penerima.docx', { nik: 1, phone: 2, email: 1, address: 1 }],
      ]),
    );
    expect(JSON.stringify(docs.map((d) => d.personalData))).not.toContain(NIK);

    // The unit sees it on its entry page, with the way to the redaction tool.
    const page = await pembantu.get(`/admin/dip/${e.id}`);
    expect(page.text).toContain('Data pribadi dalam dokumen');
    expect(page.text).toContain('1 NIK');
    expect(page.text).toContain('href="/admin/penghitaman"');
    expect(page.text).not.toContain(NIK);

    await submitEntries(pembantuCtx, [e.id]);
    const queue = await utama.get('/admin/dip/tinjauan');
    expect(queue.text).toContain('Data pribadi ditemukan');
    const detail = await utama.get(`/admin/dip/${e.id}`);
    expect(detail.text).toContain('name="personalDataReason"');

    const refused = await utama.post(`/admin/dip/${e.id}/setujui`, {});
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('memuat data pribadi');
    await expect(approveEntry(utamaCtx, e.id)).rejects.toMatchObject({ status: 422, code: 'personal_data_unconfirmed' });
    const [still] = await t.db.db.select().from(dipEntries).where(eq(dipEntries.id, e.id));
    expect(still!.status).toBe('submitted');

    // A confirmation needs a reason; with one, it is in the history and the audit log, and approval goes through.
    await utama.get(`/admin/dip/${e.id}`);
    const short = await utama.post(`/admin/dip/${e.id}/data-pribadi`, { personalDataReason: 'boleh' });
    expect(short.status).toBe(422);
    expect(short.text).toContain('>boleh</textarea>');
    const reason = 'Data pejabat publik dalam jabatannya (Kepala Seksi), boleh dibuka.';
    expect((await utama.post(`/admin/dip/${e.id}/data-pribadi`, { personalDataReason: reason })).status).toBe(303);
    const [review] = await t.db.db
      .select()
      .from(dipReviews)
      .where(and(eq(dipReviews.entryId, e.id), eq(dipReviews.action, 'personal_data_confirmed')));
    expect(review!.note).toBe(reason);
    const [audit] = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'dip.personal_data_confirmed'));
    expect(JSON.stringify(audit)).toContain('"nik":2');
    expect(JSON.stringify(audit)).not.toContain(NIK);
    await utama.get(`/admin/dip/${e.id}`);
    expect((await utama.post(`/admin/dip/${e.id}/setujui`, {})).status).toBe(303);
    // No mail carries the NIK.
    const mails = await t.db.db.select().from(outbox);
    expect(JSON.stringify(mails)).not.toContain(NIK);
  });

  it('refuses a serta-merta publication too, and lets a redacted copy through without a confirmation', async () => {
    const e = await createDraft(pembantuCtx, unitA, dipInput({ title: 'Data Pengungsi Banjir', category: 'serta_merta', subtype: 'bencana' }));
    const doc = await attachDocument(pembantuCtx, e.id, { filename: 'pengungsi.pdf', bytes: await pdfWith(['Data Pengungsi', `NIK ${NIK}`]) });
    await drain();
    await expect(publishImmediately(pembantuCtx, e.id)).rejects.toMatchObject({ status: 422 });
    // The redacted copy (no personal data left) replaces the original.
    await removeDocument(pembantuCtx, e.id, doc.id);
    await attachDocument(pembantuCtx, e.id, { filename: 'pengungsi-dihitamkan.pdf', bytes: await pdfWith(['Data Pengungsi', 'NIK [dihitamkan]']) });
    await drain();
    const published = await publishImmediately(pembantuCtx, e.id);
    expect(published.status).toBe('published');
  });
});
