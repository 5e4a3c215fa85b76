// Monitoring (monev) of the DIP: exact figures for a constructed data set with fixed clocks, the pages
// (sortable table, SVG chart) for the PPID Utama and for a PPID Pembantu, the xlsx, and the checklist editor.
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import type { Ctx } from '../../src/context.js';
import { auditLog, berkalaChecklist, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { listChecklist, saveChecklist } from '../../src/domain/dip/checklist.js';
import type { DipInput } from '../../src/domain/dip/input.js';
import { computeMonev, monevReport, monthsBefore, sortUnits } from '../../src/domain/dip/monev.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { publishImmediately } from '../../src/domain/dip/publish-dip-entry.js';
import { returnEntry } from '../../src/domain/dip/return-dip-entry.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { unpublishEntry } from '../../src/domain/dip/unpublish-dip-entry.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { dipInput } from '../helpers/dip.js';

/** Checks that a fragment is well-formed XML; returns the element names it met. */
function wellFormed(xml: string): string[] {
  const names: string[] = [];
  const p = new SaxesParser();
  p.on('error', (e) => {
    throw e;
  });
  p.on('opentag', (tag) => names.push(tag.name));
  p.write(xml).close();
  return names;
}

const svgOf = (html: string) => /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
const rowNames = (html: string) => [...html.matchAll(/<th scope="row"><a href="\/admin\/monev\/unit\/[^"]+">([^<]+)<\/a><\/th>/g)].map((m) => m[1]);

describe(`DIP monitoring (${backendName})`, () => {
  let t: TestApp;
  let unitA: string;
  let unitB: string;
  let unitC: string;
  let pembantuA: Ctx;
  let pembantuB: Ctx;
  let utama: Ctx;
  const NOW = new Date('2026-03-16T02:00:00Z');

  const as = async (email: string): Promise<Ctx> => {
    const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
    return { ...t.ctx, actor: toActor(u!) };
  };
  /** The same actor at another moment. */
  const at = (ctx: Ctx, iso: string): Ctx => ({ ...ctx, clock: fixedClock(new Date(iso)) });

  async function published(ctx: Ctx, unitId: string, input: Partial<DipInput>, when: string) {
    const e = await createDraft(at(ctx, when), unitId, dipInput(input));
    await submitEntries(at(ctx, when), [e.id]);
    return approveEntry(at(utama, when), e.id);
  }

  beforeAll(async () => {
    t = await createTestApp();
    const [a] = await t.db.db.insert(units).values({ code: 'dpmptsp', name: 'Dinas Penanaman Modal dan PTSP', shortName: 'DPMPTSP' }).returning();
    const [b] = await t.db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
    const [c] = await t.db.db.insert(units).values({ code: 'bappeda', name: 'Badan Perencanaan Pembangunan Daerah' }).returning();
    await t.db.db.insert(units).values({ code: 'lama', name: 'Unit Lama Tidak Aktif', active: false });
    unitA = a!.id;
    unitB = b!.id;
    unitC = c!.id;
    await makeUser(t.ctx, { email: 'pembantu@dpmptsp.example', roles: ['ppid_pembantu'], unitId: unitA });
    await makeUser(t.ctx, { email: 'pembantu@dinkes.example', roles: ['ppid_pembantu'], unitId: unitB });
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    await makeUser(t.ctx, { email: 'atasan@kota.example', roles: ['atasan_ppid'] });
    pembantuA = await as('pembantu@dpmptsp.example');
    pembantuB = await as('pembantu@dinkes.example');
    utama = await as('utama@kota.example');

    // Unit A: ten entries covering every case.
    await published(pembantuA, unitA, { title: 'Profil DPMPTSP 2026', subtype: 'profil', year: 2026 }, '2026-03-01T03:00:00Z'); // fresh
    await published(pembantuA, unitA, { title: 'Laporan Keuangan 2024', subtype: 'laporan_keuangan', year: 2024 }, '2026-02-01T03:00:00Z'); // old year
    await published(pembantuA, unitA, { title: 'Pengumuman Pengadaan 2025', subtype: 'pengadaan', year: 2025 }, '2025-08-01T03:00:00Z'); // published > 6 months ago
    await published(pembantuA, unitA, { title: 'Peraturan Daerah Perizinan', subtype: 'regulasi', year: 2023 }, '2025-01-10T03:00:00Z'); // both
    await createDraft(at(pembantuA, '2026-03-10T03:00:00Z'), unitA, dipInput({ title: 'Laporan Kinerja Draf', subtype: 'kinerja' })); // never published
    await published(pembantuA, unitA, { title: 'SOP Perizinan', category: 'setiap_saat', subtype: 'sop' }, '2026-03-02T03:00:00Z'); // not berkala
    const w = await published(pembantuA, unitA, { title: 'Maklumat Pelayanan Ditarik', subtype: 'sop' }, '2026-03-03T03:00:00Z');
    await unpublishEntry(at(utama, '2026-03-05T03:00:00Z'), w.id, 'Salah unggah, akan diganti versi yang benar.'); // not public
    const r = await createDraft(at(pembantuA, '2026-03-11T03:00:00Z'), unitA, dipInput({ title: 'Prosedur Evakuasi Darurat', subtype: 'darurat' }));
    await submitEntries(at(pembantuA, '2026-03-12T03:00:00Z'), [r.id]);
    await returnEntry(at(utama, '2026-03-13T03:00:00Z'), r.id, 'Lengkapi peta jalur evakuasi.'); // returned now
    const s = await createDraft(
      at(pembantuA, '2026-03-04T03:00:00Z'),
      unitA,
      dipInput({ title: 'Peringatan Banjir Kahayan', category: 'serta_merta', subtype: 'bencana' }),
    );
    await publishImmediately(at(pembantuA, '2026-03-04T03:00:00Z'), s.id);
    const p = await createDraft(
      at(pembantuA, '2026-03-06T03:00:00Z'),
      unitA,
      dipInput({ title: 'Program Kerja 2026', subtype: 'program_kegiatan', year: 2026 }),
    );
    await submitEntries(at(pembantuA, '2026-03-06T03:00:00Z'), [p.id]);
    await returnEntry(at(utama, '2026-03-07T03:00:00Z'), p.id, 'Tambahkan target kinerja.');
    await submitEntries(at(pembantuA, '2026-03-14T05:00:00Z'), [p.id]); // the last submission of unit A
    await approveEntry(at(utama, '2026-03-15T03:00:00Z'), p.id);

    // Unit B: two fresh berkala entries.
    await published(pembantuB, unitB, { title: 'Profil Dinas Kesehatan', subtype: 'profil', year: 2026 }, '2026-03-10T03:00:00Z');
    await published(pembantuB, unitB, { title: 'Laporan Layanan Informasi 2025', subtype: 'laporan_akses_informasi', year: 2025 }, '2026-01-20T03:00:00Z');
  }, 120_000);
  afterAll(async () => t.dispose());

  it('computes the figures per unit exactly', async () => {
    const report = await monevReport(at(utama, NOW.toISOString()));
    expect(report.headingCount).toBe(10);
    expect(report.minYear).toBe(2025);
    expect(report.cutoff.toISOString()).toBe('2025-09-16T02:00:00.000Z');
    expect(report.units.map((u) => u.code)).toEqual(['bappeda', 'dinkes', 'dpmptsp']); // the inactive, empty unit is left out

    const a = report.units.find((u) => u.unitId === unitA)!;
    expect(a.total).toBe(10);
    expect(a.byCategory).toEqual({ berkala: 8, serta_merta: 1, setiap_saat: 1 });
    expect(a.byStatus).toEqual({ draft: 1, submitted: 0, returned: 1, published: 7, unpublished: 1 });
    expect(a.lastSubmittedAt?.toISOString()).toBe('2026-03-14T05:00:00.000Z');
    expect(a.returnedEver).toBe(2);
    expect(a.returnedNow).toBe(1);
    expect(a.berkalaPublic).toBe(5);
    expect(a.headings.map((h) => [h.code, h.satisfied, h.fresh])).toEqual([
      ['profil', true, true],
      ['ringkasan_program', true, true],
      ['kinerja', false, false],
      ['laporan_keuangan', true, false],
      ['laporan_akses_informasi', false, false],
      ['peraturan_kebijakan', true, false],
      ['hak_tata_cara', false, false],
      ['pengaduan', false, false],
      ['pengadaan', true, false],
      ['peringatan_dini', false, false],
    ]);
    expect(a.satisfied).toBe(5);
    expect(a.satisfiedFresh).toBe(2);
    expect(a.missing.map((m) => m.code)).toEqual(['kinerja', 'laporan_akses_informasi', 'hak_tata_cara', 'pengaduan', 'peringatan_dini']);
    expect(a.completeness).toBe(50);
    expect(a.score).toBe(35); // (2 + 0.5 × 3) / 10
    expect(Object.fromEntries(a.outdated.map((o) => [o.title, o.reason]))).toEqual({
      'Laporan Keuangan 2024': 'year',
      'Pengumuman Pengadaan 2025': 'age',
      'Peraturan Daerah Perizinan': 'both',
    });

    const b = report.units.find((u) => u.unitId === unitB)!;
    expect([b.total, b.byStatus.published, b.satisfied, b.satisfiedFresh, b.completeness, b.score, b.outdated.length, b.returnedEver]).toEqual([
      2, 2, 2, 2, 20, 20, 0, 0,
    ]);
    expect(b.lastSubmittedAt?.toISOString()).toBe('2026-03-10T03:00:00.000Z');

    const c = report.units.find((u) => u.unitId === unitC)!;
    expect([c.total, c.completeness, c.score, c.lastSubmittedAt, c.missing.length]).toEqual([0, 0, 0, null, 10]);

    expect(report.totals).toMatchObject({ total: 12, returnedEver: 2, returnedNow: 1, outdated: 3, averageScore: 18.3 });
    expect(sortUnits(report.units, 'score', 'desc').map((u) => u.code)).toEqual(['dpmptsp', 'dinkes', 'bappeda']);
    expect(sortUnits(report.units, 'unit', 'desc').map((u) => u.code)).toEqual(['dpmptsp', 'dinkes', 'bappeda']);
    expect(sortUnits(report.units, 'last', 'asc').map((u) => u.code)).toEqual(['bappeda', 'dinkes', 'dpmptsp']);
  });

  it('moves with the clock: half a year later the fresh entries are out of date', async () => {
    const later = await monevReport(at(utama, '2026-07-21T00:00:00Z'));
    const b = later.units.find((u) => u.unitId === unitB)!;
    expect(b.outdated.map((o) => [o.title, o.reason])).toEqual(expect.arrayContaining([['Laporan Layanan Informasi 2025', 'age']]));
    expect([b.satisfied, b.satisfiedFresh, b.score]).toEqual([2, 1, 15]);
  });

  it('is a pure function of the facts', () => {
    const facts = {
      units: [{ id: 'u', code: 'u', name: 'U', shortName: '' }],
      counts: [],
      lastSubmitted: [],
      returnedEver: [],
      publicBerkala: [{ unitId: 'u', entryId: 'e', number: 'N', title: 'T', subtype: 'profil', year: null, publishedAt: new Date('2026-03-01T00:00:00Z') }],
      checklist: [
        { code: 'a', title: 'A', subtypes: ['profil'] },
        { code: 'b', title: 'B', subtypes: ['kinerja'] },
        { code: 'c', title: 'C', subtypes: ['profil', 'kinerja'] },
      ],
    };
    const r = computeMonev(facts, NOW, 'Asia/Jakarta');
    expect(r.units[0]).toMatchObject({ satisfied: 2, satisfiedFresh: 2, completeness: 66.7, score: 66.7 });
    expect(computeMonev({ ...facts, checklist: [] }, NOW, 'Asia/Jakarta').units[0]).toMatchObject({ completeness: null, score: null });
    expect(monthsBefore(new Date('2026-08-31T10:00:00Z'), 6).toISOString()).toBe('2026-02-28T10:00:00.000Z');
  });

  it('shows the PPID Utama a sortable table and an accessible, well-formed SVG chart', async () => {
    const b = new Browser(t.app);
    await b.login('utama@kota.example');
    const page = await b.get('/admin/monev');
    expect(page.status).toBe(200);
    expect(page.text).toContain('href="/admin/monev"');
    expect(rowNames(page.text)).toEqual(['Dinas Penanaman Modal dan PTSP', 'Dinas Kesehatan', 'Badan Perencanaan Pembangunan Daerah']); // score, highest first
    expect(page.text).toContain('aria-sort="descending"');
    const svg = svgOf(page.text);
    const names = wellFormed(svg);
    expect(names.filter((n) => n === 'rect')).toHaveLength(3 + 2); // a track per unit, a bar per unit with a score above 0
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg).toMatch(/<title id="monev-chart-t">Skor monev DIP per unit \(0–100\)<\/title>/);
    expect(svg).toContain('Dinas Penanaman Modal dan PTSP 35; Dinas Kesehatan 20; Badan Perencanaan Pembangunan Daerah 0');
    expect(svg).toContain('>DPMPTSP</text>'); // the short name labels the bar
    expect(svg).toContain('width="35%"');
    expect(svg).toContain('width="20%"');
    expect(page.text).toContain('50%');

    const byName = await b.get('/admin/monev?sort=unit&dir=asc');
    expect(rowNames(byName.text)).toEqual(['Badan Perencanaan Pembangunan Daerah', 'Dinas Kesehatan', 'Dinas Penanaman Modal dan PTSP']);
    expect(byName.text).toContain('<th scope="col" aria-sort="ascending"><a href="/admin/monev?sort=unit&amp;dir=desc"');
    const junk = await b.get('/admin/monev?sort=evil&dir=sideways');
    expect(junk.status).toBe(200);

    const unit = await b.get(`/admin/monev/unit/${unitA}`);
    expect(unit.status).toBe(200);
    expect(unit.text).toContain('Butir wajib yang belum terpenuhi');
    expect(unit.text).toContain('Peraturan Daerah Perizinan');

    // Other monitoring roles see the overview too.
    const atasan = new Browser(t.app);
    await atasan.login('atasan@kota.example');
    expect((await atasan.get('/admin/monev')).status).toBe(200);
  });

  it('shows a PPID Pembantu only its own unit, with the missing headings', async () => {
    const b = new Browser(t.app);
    await b.login('pembantu@dinkes.example');
    // The back-office navigation leads there.
    expect((await b.get('/admin')).text).toMatch(/<a href="\/admin\/monev"[^>]*>Skor DIP unit saya<\/a>/);
    const page = await b.get('/admin/monev');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<a href="\/admin\/monev" aria-current="page">Skor DIP unit saya<\/a>/);
    expect(page.text).toContain('Monitoring DIP: Dinas Kesehatan');
    expect(page.text).not.toContain('Dinas Penanaman Modal');
    expect(page.text).toContain('Informasi kinerja (laporan program dan kegiatan yang telah atau sedang dijalankan)');
    expect(page.text).not.toContain('href="/admin/monev/daftar-periksa"');
    expect((await b.get(`/admin/monev/unit/${unitB}`)).status).toBe(200);
    expect((await b.get(`/admin/monev/unit/${unitA}`)).status).toBe(403);
    expect((await b.get('/admin/monev/daftar-periksa')).status).toBe(403);
    const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const x = await t.app.request('/admin/monev/ekspor.xlsx', { headers: { cookie } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await x.arrayBuffer());
    expect(wb.getWorksheet('Monev')!.rowCount).toBe(2);
  });

  it('exports the report as xlsx', async () => {
    const b = new Browser(t.app);
    await b.login('utama@kota.example');
    const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await t.app.request('/admin/monev/ekspor.xlsx', { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="monev-dip-2026-03-16.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet('Monev')!;
    const head = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const rowA = (ws.getRow(4).values as unknown[]).slice(1);
    const cell = (h: string) => rowA[head.indexOf(h)];
    expect(cell('Unit Kerja')).toBe('Dinas Penanaman Modal dan PTSP');
    expect([
      cell('Jumlah Entri'),
      cell('Kelengkapan (%)'),
      cell('Skor'),
      cell('Berkala Kedaluwarsa'),
      cell('Pernah Dikembalikan'),
      cell('Sedang Dikembalikan'),
    ]).toEqual([10, 50, 35, 3, 2, 1]);
    expect(String(cell('Butir Belum Terpenuhi'))).toContain('Tata cara pengaduan');
    expect(wb.getWorksheet('Kedaluwarsa')!.rowCount).toBe(4);
    expect(wb.getWorksheet('Daftar Periksa')!.getRow(4).getCell(2).value).toBe('Ya');
  });

  it('writes times in the xlsx in the body’s time zone, as the pages show them (not UTC)', async () => {
    const b = new Browser(t.app);
    await b.login('utama@kota.example');
    const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await t.app.request('/admin/monev/ekspor.xlsx', { headers: { cookie } })).arrayBuffer());
    const ws = wb.getWorksheet('Monev')!;
    const head = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const col = head.indexOf('Pengajuan Terakhir') + 1;
    // Unit A's last submission: 2026-03-14T05:00Z, i.e. 12:00 WIB. A spreadsheet time has no zone: the
    // cell must hold 12:00 (exceljs reads it back as that time in UTC), not 05:00.
    const submitted = ws.getRow(4).getCell(col);
    expect(submitted.value).toEqual(new Date('2026-03-14T12:00:00Z'));
    expect(submitted.numFmt).toBe('yyyy-mm-dd hh:mm "WIB"');
    const made = wb.getWorksheet('Keterangan')!.getCell('B2').value as Date;
    expect(made.getTime() - t.clock.now().getTime()).toBe(7 * 3_600_000);
  });

  it('lets the PPID Utama edit the checklist, audited; invalid input changes nothing', async () => {
    const b = new Browser(t.app);
    await b.login('utama@kota.example');
    const page = await b.get('/admin/monev/daftar-periksa');
    expect(page.status).toBe(200);
    const headings = await listChecklist(utama, { includeInactive: true });
    const form: Record<string, string | string[]> = { op: 'save' };
    for (const h of headings) {
      form[`title_${h.code}`] = h.title;
      form[`position_${h.code}`] = String(h.position);
      form[`subtypes_${h.code}`] = h.subtypes;
      if (h.active) form[`active_${h.code}`] = '1';
    }
    const auditBefore = (await t.db.db.select().from(auditLog)).length;
    const bad = await b.post('/admin/monev/daftar-periksa', { ...form, title_profil: '', subtypes_pengadaan: ['bencana'] });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Judul butir wajib diisi (minimal 5 karakter).');
    expect(bad.text).toContain('Jenis informasi tidak dikenal atau bukan jenis informasi berkala.');
    expect(bad.text).toContain('href="#f-title_profil"');
    expect((await t.db.db.select().from(auditLog)).length).toBe(auditBefore);

    const { active_pengaduan: _off, ...withoutPengaduan } = form;
    const ok = await b.post('/admin/monev/daftar-periksa', {
      ...withoutPengaduan,
      title_profil: 'Profil badan publik dan pejabatnya',
      subtypes_kinerja: ['kinerja', 'laporan_kegiatan', 'statistik'],
    });
    expect(ok.status).toBe(303);
    expect(ok.location).toBe('/admin/monev/daftar-periksa?ok=common.saved');
    const changed = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'checklist.updated'));
    expect(changed.map((r) => r.entityId).sort()).toEqual(['kinerja', 'pengaduan', 'profil']);
    expect(changed.find((r) => r.entityId === 'pengaduan')!.summary).toEqual({ changes: { active: [true, false] } });

    const report = await monevReport(at(utama, NOW.toISOString()));
    expect(report.headingCount).toBe(9);
    const a = report.units.find((u) => u.unitId === unitA)!;
    expect([a.completeness, a.score]).toEqual([55.6, 38.9]);

    const add = await b.post('/admin/monev/daftar-periksa', {
      op: 'add',
      title_new: 'Informasi tentang inovasi daerah',
      subtypes_new: ['inovasi'],
      active_new: '1',
      position_new: '',
    });
    expect(add.status).toBe(303);
    const [row] = await t.db.db.select().from(berkalaChecklist).where(eq(berkalaChecklist.code, 'informasi_tentang_inovasi_daerah'));
    expect(row).toMatchObject({ title: 'Informasi tentang inovasi daerah', subtypes: ['inovasi'], position: 11, active: true });
    expect(
      await t.db.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'checklist.added'), eq(auditLog.entityId, 'informasi_tentang_inovasi_daerah'))),
    ).toHaveLength(1);
    const emptyAdd = await b.post('/admin/monev/daftar-periksa', { op: 'add', title_new: 'x', position_new: '' });
    expect(emptyAdd.status).toBe(422);
    expect(emptyAdd.text).toContain('Pilih minimal satu jenis informasi yang memenuhi butir ini.');

    const pembantu = new Browser(t.app);
    await pembantu.login('pembantu@dinkes.example');
    await pembantu.get('/admin/monev');
    expect((await pembantu.post('/admin/monev/daftar-periksa', form)).status).toBe(403);
    await expect(saveChecklist(pembantuB, {})).rejects.toMatchObject({ code: 'forbidden' });
  });
});
