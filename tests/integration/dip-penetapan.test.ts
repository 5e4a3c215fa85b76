// Penetapan DIP (Perki 1/2021 Ps 23(2)(d)): the PPID Utama issues numbered, versioned decisions of the DIP, each
// holding the list as it stood (published public entries only), as a letter (PDF) and xlsx; the admin and the
// units read them; the portal's DIP page shows the latest with its PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { auditLog, dipPenetapan, publicBody, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { publishImmediately } from '../../src/domain/dip/publish-dip-entry.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { unpublishEntry } from '../../src/domain/dip/unpublish-dip-entry.js';
import { updateEntry } from '../../src/domain/dip/update-dip-entry.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { dipInput } from '../helpers/dip.js';
import { insertPublicBody } from '../helpers/factories.js';

const TITLES = {
  published: 'Laporan Realisasi Anggaran Dinas Kesehatan 2025',
  sertaMerta: 'Peringatan Dini Banjir Sungai Kahayan',
  draft: 'Draf Rencana Kerja Rahasia Internal',
  submitted: 'Usulan Profil Dinas Menunggu Tinjauan',
  withdrawn: 'Data Lama yang Ditarik dari Peredaran',
  revision: 'Judul Revisi yang Belum Disetujui',
  later: 'Daftar Puskesmas dan Jam Layanan 2026',
};

describe('Penetapan DIP', () => {
  let t: TestApp;
  let unitA: string;
  let utamaCtx: Ctx;
  let pembantuCtx: Ctx;
  let utama: Browser;
  let pembantu: Browser;
  let admin: Browser;
  let viewer: Browser;
  let atasan: Browser;
  const tmp = mkdtempSync(path.join(tmpdir(), 'qgesy-penetapan-'));

  const ctxOf = async (email: string): Promise<Ctx> => {
    const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
    return { ...t.ctx, actor: toActor(u!) };
  };
  const download = async (b: Browser, url: string) => {
    const res = await t.app.request(url, { headers: { cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    return { status: res.status, type: res.headers.get('content-type') ?? '', bytes: Buffer.from(await res.arrayBuffer()) };
  };
  const pdfText = (bytes: Buffer, name: string) => {
    const file = path.join(tmp, name);
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };

  beforeAll(async () => {
    t = await createTestApp();
    await insertPublicBody(t);
    const [a] = await t.db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
    unitA = a!.id;
    await makeUser(t.ctx, { email: 'utama@kota.example', name: 'Rina Kartika Sari, S.Kom.', roles: ['ppid_utama'] });
    await t.db.db.update(users).set({ nip: '198204122006042011' }).where(eq(users.email, 'utama@kota.example'));
    await makeUser(t.ctx, { email: 'pembantu@dinkes.example', roles: ['ppid_pembantu'], unitId: unitA });
    await makeUser(t.ctx, { email: 'admin@kota.example', roles: ['admin'] });
    await makeUser(t.ctx, { email: 'pemantau@kota.example', roles: ['viewer'] });
    await makeUser(t.ctx, { email: 'atasan@kota.example', roles: ['atasan_ppid'] });
    utamaCtx = await ctxOf('utama@kota.example');
    pembantuCtx = await ctxOf('pembantu@dinkes.example');

    // One of each state: published, serta-merta, draft, submitted, withdrawn, and a published entry with an
    // unapproved revision.
    const published = await createDraft(pembantuCtx, unitA, dipInput({ title: TITLES.published }));
    const revised = await createDraft(pembantuCtx, unitA, dipInput({ title: 'Profil Dinas Kesehatan Kota', subtype: 'profil' }));
    const withdrawn = await createDraft(pembantuCtx, unitA, dipInput({ title: TITLES.withdrawn }));
    await submitEntries(pembantuCtx, [published.id, revised.id, withdrawn.id]);
    for (const e of [published, revised, withdrawn]) await approveEntry(utamaCtx, e.id);
    await unpublishEntry(utamaCtx, withdrawn.id, 'Data sudah tidak berlaku dan diganti dengan data yang lebih baru.');
    await updateEntry(pembantuCtx, revised.id, dipInput({ title: TITLES.revision, subtype: 'profil' }));
    const sm = await createDraft(pembantuCtx, unitA, dipInput({ title: TITLES.sertaMerta, category: 'serta_merta', subtype: 'bencana' }));
    await publishImmediately(pembantuCtx, sm.id);
    await createDraft(pembantuCtx, unitA, dipInput({ title: TITLES.draft }));
    const submitted = await createDraft(pembantuCtx, unitA, dipInput({ title: TITLES.submitted }));
    await submitEntries(pembantuCtx, [submitted.id]);

    utama = new Browser(t.app, '10.0.0.2');
    pembantu = new Browser(t.app, '10.0.0.3');
    admin = new Browser(t.app, '10.0.0.4');
    viewer = new Browser(t.app, '10.0.0.5');
    atasan = new Browser(t.app, '10.0.0.6');
    for (const [b, email] of [
      [utama, 'utama@kota.example'],
      [pembantu, 'pembantu@dinkes.example'],
      [admin, 'admin@kota.example'],
      [viewer, 'pemantau@kota.example'],
      [atasan, 'atasan@kota.example'],
    ] as const) {
      expect((await b.login(email)).status).toBe(303);
    }
  }, 120_000);
  afterAll(async () => {
    await t?.dispose();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('has no penetapan on the portal before the first one is issued', async () => {
    expect((await download(viewer, '/dip/penetapan.pdf')).status).toBe(404);
    const dip = await new Browser(t.app).get('/dip');
    expect(dip.text).not.toContain('/dip/penetapan.pdf');
  });

  it('lets only the PPID Utama issue one: others get 403, bad input 422, a used number 409', async () => {
    const form = { number: '001/PPID/DIP/2026', decidedOn: '2026-03-16' };
    await pembantu.get('/admin/penetapan-dip');
    expect((await pembantu.post('/admin/penetapan-dip', form)).status).toBe(403);
    await admin.get('/admin/penetapan-dip');
    expect((await admin.post('/admin/penetapan-dip', form)).status).toBe(403);
    expect((await viewer.get('/admin/penetapan-dip')).status).toBe(403);
    expect((await atasan.get('/admin/penetapan-dip')).status).toBe(403);

    const page = await utama.get('/admin/penetapan-dip');
    expect(page.status).toBe(200);
    expect(page.text).toContain('name="number"');
    const bad = await utama.post('/admin/penetapan-dip', { number: '', decidedOn: '16-03-2026' });
    expect(bad.status).toBe(422);
    const ok = await utama.post('/admin/penetapan-dip', form);
    expect(ok.status).toBe(303);
    const again = await utama.post('/admin/penetapan-dip', form);
    expect(again.status).toBe(409);
    expect(again.text).toContain('sudah dipakai');
    expect(await t.db.db.select().from(dipPenetapan)).toHaveLength(1);
    const [audit] = await t.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'dip.penetapan_issued'), eq(auditLog.entityType, 'dip_penetapan')));
    expect(audit).toBeDefined();
  });

  it('keeps the list as it stood: published public entries and their published fields only', async () => {
    const [p] = await t.db.db.select().from(dipPenetapan);
    expect(p!.versionNo).toBe(1);
    expect(p!.signerName).toBe('Rina Kartika Sari, S.Kom.');
    expect(p!.signerNip).toBe('198204122006042011');
    const titles = p!.entries.map((e) => e.title).sort();
    expect(titles).toEqual([TITLES.published, TITLES.sertaMerta, 'Profil Dinas Kesehatan Kota'].sort());
    expect(p!.entryCount).toBe(3);
  });

  it('serves the letter (PDF) and the list (xlsx) to the admin and the PPID Pembantu, with no draft, submitted or withdrawn entry', async () => {
    const [p] = await t.db.db.select().from(dipPenetapan);
    const list = await pembantu.get('/admin/penetapan-dip');
    expect(list.status).toBe(200);
    expect(list.text).toContain('001/PPID/DIP/2026');
    expect(list.text).not.toContain('name="number"');
    for (const b of [pembantu, admin]) {
      const pdf = await download(b, `/admin/penetapan-dip/${p!.id}/penetapan.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.type).toBe('application/pdf');
    }
    expect((await download(viewer, `/admin/penetapan-dip/${p!.id}/penetapan.pdf`)).status).toBe(403);

    const pdf = await download(admin, `/admin/penetapan-dip/${p!.id}/penetapan.pdf`);
    const text = pdfText(pdf.bytes, 'v1.pdf');
    expect(text).toContain('Nomor: 001/PPID/DIP/2026');
    expect(text).toContain('PENETAPAN DAFTAR INFORMASI PUBLIK');
    expect(text).toContain('Rina Kartika Sari, S.Kom.');
    expect(text).toContain('NIP 198204122006042011');
    expect(text).toContain('16 Maret 2026');
    expect(text).toContain(TITLES.published);
    expect(text).toContain(TITLES.sertaMerta);
    for (const hidden of [TITLES.draft, TITLES.submitted, TITLES.withdrawn, TITLES.revision]) expect(text).not.toContain(hidden);

    const x = await download(pembantu, `/admin/penetapan-dip/${p!.id}/penetapan.xlsx`);
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.bytes as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((row) => cells.push((row.values as unknown[]).filter(Boolean).map(String).join(' | ')));
    const all = cells.join('\n');
    expect(all).toContain(TITLES.published);
    for (const hidden of [TITLES.draft, TITLES.submitted, TITLES.withdrawn, TITLES.revision]) expect(all).not.toContain(hidden);
    // Times in the body's time zone: issued at 02:00 UTC = 09.00 WIB.
    expect(all).toContain('Daftar per 2026-03-16 09.00 (Asia/Jakarta)');
  });

  it('issues a second version with the list as it then stands; the first keeps its own', async () => {
    const later = await createDraft(pembantuCtx, unitA, dipInput({ title: TITLES.later }));
    await submitEntries(pembantuCtx, [later.id]);
    await approveEntry(utamaCtx, later.id);
    // The profile's signer for this letter type gives the position under which the PPID Utama signs.
    await t.db.db.update(publicBody).set({ letterSigners: { penetapan_dip: { position: 'PPID Utama Kota Palangka Raya' } } });
    await utama.get('/admin/penetapan-dip');
    expect((await utama.post('/admin/penetapan-dip', { number: '002/PPID/DIP/2026', decidedOn: '2026-03-17' })).status).toBe(303);
    const rows = await t.db.db.select().from(dipPenetapan).orderBy(dipPenetapan.versionNo);
    expect(rows.map((r) => [r.versionNo, r.number, r.entryCount])).toEqual([
      [1, '001/PPID/DIP/2026', 3],
      [2, '002/PPID/DIP/2026', 4],
    ]);
    expect(rows[0]!.entries.map((e) => e.title)).not.toContain(TITLES.later);
    expect(rows[1]!.entries.map((e) => e.title)).toContain(TITLES.later);
    expect(rows[1]!.signerPosition).toBe('PPID Utama Kota Palangka Raya');
    expect(rows[1]!.signerName).toBe('Rina Kartika Sari, S.Kom.');
  });

  it('shows the latest number and date on the public DIP page, with its PDF holding published public entries only', async () => {
    const citizen = new Browser(t.app, '10.0.0.9');
    const dip = await citizen.get('/dip');
    expect(dip.status).toBe(200);
    expect(dip.text).toContain('Nomor 002/PPID/DIP/2026 tanggal 17 Maret 2026');
    expect(dip.text).toContain('href="/dip/penetapan.pdf"');
    const pdf = await download(citizen, '/dip/penetapan.pdf');
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.bytes, 'public.pdf');
    expect(text).toContain('002/PPID/DIP/2026');
    expect(text).toContain(TITLES.later);
    for (const hidden of [TITLES.draft, TITLES.submitted, TITLES.withdrawn, TITLES.revision]) expect(text).not.toContain(hidden);
    // The portal never lists the back-office versions.
    expect((await download(citizen, `/admin/penetapan-dip`)).status).toBe(303);
  });
});
