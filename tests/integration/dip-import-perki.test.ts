// DIP import of the sheets PPID offices keep (Perki 1/2021 tables: two-row merged headers, section rows
// for the category and the unit, several units in one file), the preview and its confirm, the policy
// for a PPID Pembantu, and the round-trip of the demo catalog's own exports.
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { dipEntries, dipVersions, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { adminXlsx, publicXlsx } from '../../src/domain/dip/export.js';
import { importDraftsForUnits } from '../../src/domain/dip/import-drafts.js';
import { parseImportFile } from '../../src/domain/dip/parse-import-file.js';
import { planGroups, planImport } from '../../src/domain/dip/import-plan.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

/** A Perki-style sheet: title lines, a two-row header with merged cells, a numbering row, section rows. */
async function perkiWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DIP 2026');
  ws.addRow(['DAFTAR INFORMASI PUBLIK']);
  ws.addRow(['PEMERINTAH KOTA UJI TAHUN 2026']);
  ws.addRow([]);
  ws.addRow([
    'No',
    'Ringkasan Isi\nInformasi',
    'Pejabat/Unit/Satker yang\nMenguasai Informasi',
    'Penanggung jawab pembuatan/penerbitan informasi',
    'Waktu dan tempat pembuatan informasi',
    null,
    'Bentuk Informasi',
    null,
    'Jangka waktu penyimpanan/ retensi arsip',
    'Jenis Media',
  ]);
  ws.addRow([null, null, null, null, 'Waktu', 'Tempat', 'Tercetak', 'Terekam', null, null]);
  for (const range of ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:F4', 'G4:H4', 'I4:I5', 'J4:J5']) ws.mergeCells(range);
  ws.addRow([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  const section = (text: string) => {
    const r = ws.addRow([text]);
    ws.mergeCells(`A${r.number}:J${r.number}`);
  };
  const item = (no: string, summary: string, mark: [string, string] = ['√', '√']) =>
    ws.addRow([no, summary, 'Sekretariat', 'Sekretaris', '2026', 'Palangka Raya', mark[0], mark[1], '5 tahun', 'Website']);
  section('UNIT: Dinas Kesehatan');
  section('A. Informasi yang wajib disediakan dan diumumkan secara berkala');
  item('1', 'Profil Dinas Kesehatan, struktur organisasi dan tugas pokok');
  item('1.1', 'Rencana strategis Dinas Kesehatan 2025-2029', ['√', '-']);
  ws.addRow([]);
  section('B. Informasi yang wajib diumumkan secara serta merta');
  item('a.', 'Peringatan dini wabah demam berdarah di wilayah kota', ['', 'v']);
  section('C. Informasi yang wajib tersedia setiap saat');
  item('1', 'Daftar informasi publik Dinas Kesehatan tahun berjalan');
  section('Unit: Bappeda');
  section('A. Informasi yang wajib disediakan dan diumumkan secara berkala');
  item('1', 'Rencana pembangunan jangka menengah daerah kota');
  item('2', 'Laporan kinerja instansi pemerintah Bappeda');
  section('C. Informasi yang wajib tersedia setiap saat');
  item('1', 'Hasil penelitian dan kajian perencanaan pembangunan');
  // A second sheet for one more unit, named by the sheet's unit column.
  const ws2 = wb.addWorksheet('Dinas PMPTSP');
  ws2.addRow(['No.', 'Unit Kerja', 'Kategori', 'Ringkasan Isi Informasi', 'Penanggung Jawab', 'Bentuk Informasi', 'Retensi']);
  ws2.addRow([1, 'DPMPTSP', 'Berkala', 'Daftar izin usaha yang terbit per bulan', 'Kepala Bidang Perizinan', 'softcopy', '2 tahun']);
  ws2.addRow([2, 'Dinas Penanaman Modal dan PTSP', 'setiap saat', 'Standar pelayanan perizinan dan non perizinan', 'Kepala Dinas', 'hardcopy', 'Permanen']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function streamBytes(s: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function upload(t: TestApp, b: Browser, file: { name: string; bytes: Uint8Array }, fields: Record<string, string> = {}) {
  await b.get('/admin/dip/impor');
  const form = new FormData();
  form.append('_csrf', b.csrf);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new File([new Uint8Array(file.bytes)], file.name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await t.app.request('/admin/dip/impor', { method: 'POST', body: form, headers: { cookie, 'x-forwarded-for': '10.0.0.9' } });
  return { status: res.status, text: await res.text() };
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'");

describe(`DIP import of Perki-style sheets (${backendName})`, () => {
  let t: TestApp;
  const unit: Record<string, string> = {};
  const as = async (email: string): Promise<Ctx> => {
    const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
    return { ...t.ctx, actor: toActor(u!) };
  };
  const entryCount = async () => Number(((await t.db.db.execute(sql`select count(*)::int as n from dip_entries`)).rows[0] as { n: number }).n);

  beforeAll(async () => {
    t = await createTestApp();
    for (const [code, name, shortName] of [
      ['dinkes', 'Dinas Kesehatan', 'Dinkes'],
      ['bappeda', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda'],
      ['dpmptsp', 'Dinas Penanaman Modal dan PTSP', 'DPMPTSP'],
    ] as const) {
      const [u] = await t.db.db.insert(units).values({ code, name, shortName }).returning();
      unit[code] = u!.id;
    }
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    await makeUser(t.ctx, { email: 'pembantu@dinkes.example', roles: ['ppid_pembantu'], unitId: unit.dinkes! });
  });
  afterAll(async () => t.dispose());

  it('reads a multi-unit Perki sheet: merged two-row header, numbering row, section rows, units by name, code and short name', async () => {
    const parsed = await parseImportFile(await perkiWorkbook());
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toHaveLength(9);
    const plan = await planImport(await as('utama@kota.example'), parsed, { chosenUnitId: null });
    expect(plan.rejected).toEqual([]);
    const counts = Object.fromEntries(plan.perUnit.map((u) => [u.unitName, [u.create, u.byCategory]]));
    expect(counts).toEqual({
      'Dinas Kesehatan': [4, { berkala: 2, serta_merta: 1, setiap_saat: 1 }],
      'Badan Perencanaan Pembangunan Daerah': [3, { berkala: 2, serta_merta: 0, setiap_saat: 1 }],
      'Dinas Penanaman Modal dan PTSP': [2, { berkala: 1, serta_merta: 0, setiap_saat: 1 }],
    });
    const first = plan.rows[0]!;
    expect(first).toMatchObject({ row: 9, unitName: 'Dinas Kesehatan' });
    expect(first.input).toMatchObject({
      title: 'Profil Dinas Kesehatan, struktur organisasi dan tugas pokok',
      category: 'berkala',
      subtype: 'lainnya',
      holder: 'Sekretariat',
      responsible: 'Sekretaris',
      madeWhen: '2026',
      madePlace: 'Palangka Raya',
      forms: ['tercetak', 'terekam'],
      retention: '5 tahun',
    });
    expect(plan.rows[1]!.input.forms).toEqual(['tercetak']);
    expect(plan.rows[2]!.input).toMatchObject({ category: 'serta_merta', forms: ['terekam'] });
    expect(plan.ignored).toContain('Jenis Media');
    const results = await importDraftsForUnits(await as('utama@kota.example'), planGroups(plan), { filename: 'dip-perki.xlsx' });
    const created = results.reduce((n, r) => n + r.count, 0);
    console.log(`[${backendName}] Perki sheet: imported ${created} entries for ${results.length} units, ${plan.rejected.length} errors`);
    expect([created, results.length, plan.rejected.length]).toEqual([9, 3, 0]);
    // Importing the same file again creates nothing: every row is already there (same unit and title).
    const again = await planImport(await as('utama@kota.example'), await parseImportFile(await perkiWorkbook()), { chosenUnitId: null });
    expect(again.rows.map((r) => r.status)).toEqual(Array(9).fill('same'));
    expect(planGroups(again)).toEqual([]);
  });

  it('names unknown units and rows of the exempt part with row and reason in Bahasa Indonesia', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DIP');
    ws.addRow(['No', 'Unit Kerja', 'Ringkasan Isi Informasi', 'Penanggung Jawab', 'Bentuk Informasi', 'Retensi']);
    ws.addRow(['Informasi yang tersedia setiap saat']);
    ws.addRow([1, 'Dinas Pariwisata', 'Kalender acara wisata tahunan kota', 'Kepala Dinas', 'terekam', '1 tahun']);
    ws.addRow(['Informasi yang dikecualikan']);
    ws.addRow([1, 'Dinkes', 'Rekam medis pasien rumah sakit daerah', 'Direktur', 'terekam', '25 tahun']);
    const parsed = await parseImportFile(Buffer.from(await wb.xlsx.writeBuffer()));
    const plan = await planImport(await as('utama@kota.example'), parsed, { chosenUnitId: null });
    expect(plan.rejected.map((i) => i.message)).toEqual([
      'Baris 3, kolom Unit Kerja: unit "Dinas Pariwisata" tidak dikenal. Tulis nama atau kode unit seperti pada menu Unit Kerja (mis. "Dinas Kesehatan").',
      'Baris 5: informasi pada bagian "dikecualikan" tidak dimasukkan ke DIP. Hapus baris ini atau pindahkan ke bagian yang benar.',
    ]);
  });

  it('preview shows counts per unit; confirm writes all units at once; a PPID Pembantu may import only for its own unit', async () => {
    const before = await entryCount();
    const p = new Browser(t.app);
    await p.login('pembantu@dinkes.example');
    const refused = await upload(t, p, { name: 'dip-perki.xlsx', bytes: await perkiWorkbook() }, { step: 'preview' });
    expect(refused.status).toBe(422);
    const text = decode(refused.text);
    expect(text).toContain('PPID Pembantu hanya dapat mengimpor untuk unitnya sendiri');
    expect(text).toMatch(/Lembar "DIP 2026", baris 18: anda tidak berwenang mengimpor untuk unit "Badan Perencanaan Pembangunan Daerah"/);
    expect(text).not.toContain('name="plan"');
    expect(await entryCount()).toBe(before);

    // A fresh copy of the sheet with new texts, by the PPID Utama: preview, then confirm.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await perkiWorkbook()) as never);
    wb.eachSheet((ws) =>
      ws.eachRow((r) => {
        const c = r.getCell(ws.name === 'DIP 2026' ? 2 : 4);
        if (typeof c.value === 'string' && r.number > (ws.name === 'DIP 2026' ? 6 : 1) && c.value.length > 30) c.value = `${c.value} (revisi 2026)`;
      }),
    );
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const u = new Browser(t.app);
    await u.login('utama@kota.example');
    const preview = await upload(t, u, { name: 'dip-perki.xlsx', bytes }, { step: 'preview' });
    expect(preview.status, preview.text.slice(0, 3000)).toBe(200);
    const html = decode(preview.text);
    expect(html).toContain('Pratinjau impor "dip-perki.xlsx"');
    expect(html).toMatch(/<th scope="row">Dinas Kesehatan<\/th><td>2<\/td><td>1<\/td><td>1<\/td><td>4<\/td>/);
    expect(await entryCount()).toBe(before);
    const sealed = /name="plan" value="([^"]+)"/.exec(preview.text)![1]!;
    // A changed plan is refused.
    const tampered = await u.post('/admin/dip/impor', { step: 'confirm', plan: `${sealed.slice(0, -4)}AAAA` });
    expect(tampered.status).toBe(422);
    expect(await entryCount()).toBe(before);
    const imported = async () =>
      Number(((await t.db.db.execute(sql`select count(*)::int as n from audit_log where action = 'dip.imported'`)).rows[0] as { n: number }).n);
    const auditBefore = await imported();
    const confirm = await u.post('/admin/dip/impor', { step: 'confirm', plan: sealed });
    expect(confirm.status, confirm.text.slice(0, 2000)).toBe(200);
    expect(confirm.text).toContain('4 draf DIP dibuat untuk Dinas Kesehatan');
    expect(confirm.text).toContain('3 draf DIP dibuat untuk Badan Perencanaan Pembangunan Daerah');
    expect(await entryCount()).toBe(before + 9);
    // The same confirm sent again (double click) creates nothing more.
    const twice = await u.post('/admin/dip/impor', { step: 'confirm', plan: sealed });
    expect(twice.status).toBe(200);
    expect(twice.text).toContain('Tidak ada draf baru dibuat.');
    expect(await entryCount()).toBe(before + 9);
    // One dip.imported audit row per unit.
    expect((await imported()) - auditBefore).toBe(3);
  });
});

describe(`DIP export round-trip on the demo catalog (${backendName})`, () => {
  let t: TestApp;
  let utama: Ctx;
  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    const [u] = await t.db.db.select().from(users).where(eq(users.email, 'ppid.utama@palangkaraya.example'));
    utama = { ...t.ctx, actor: toActor(u!) };
  }, 600_000);
  afterAll(async () => t?.dispose());

  it('back-office export: every entry matched by number, equal on every column, nothing created', { timeout: 300_000 }, async () => {
    const total = Number(((await t.db.db.execute(sql`select count(*)::int as n from dip_entries`)).rows[0] as { n: number }).n);
    const bytes = await streamBytes(await adminXlsx(utama, {}));
    const parsed = await parseImportFile(bytes);
    const plan = await planImport(utama, parsed, { chosenUnitId: null });
    const matched = plan.rows.filter((r) => r.status === 'same').length;
    console.log(`[${backendName}] round-trip (back-office export): ${parsed.rows.length} exported, ${matched} matched, ${plan.rejected.length} errors`);
    expect(plan.rejected).toEqual([]);
    expect(parsed.rows).toHaveLength(total);
    expect(plan.rows.filter((r) => r.status !== 'same').map((r) => [r.row, r.existingNumber, r.status])).toEqual([]);
    expect(matched).toBe(total);
    // Into a unit's own row, field by field: the working version equals the row read back.
    const row = plan.rows[0]!;
    const [entry] = await t.db.db
      .select({ v: dipVersions, unitId: dipEntries.unitId })
      .from(dipEntries)
      .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.workingVersionId))
      .where(eq(dipEntries.number, row.existingNumber!));
    expect(row.unitId).toBe(entry!.unitId);
    for (const f of [
      'title',
      'summary',
      'category',
      'subtype',
      'holder',
      'responsible',
      'madeWhen',
      'madePlace',
      'forms',
      'formats',
      'retention',
      'year',
      'periodLabel',
      'tags',
    ] as const)
      expect(row.input[f], f).toEqual(entry!.v[f]);
    expect(planGroups(plan)).toEqual([]);
  });

  it('public export: every public entry matched by number, 0 errors', { timeout: 300_000 }, async () => {
    const bytes = await streamBytes(
      publicXlsx(t.db.db, {
        bodyName: 'Pemerintah Kota Palangka Raya',
        baseUrl: 'http://localhost:3000',
        now: t.clock.now(),
        scope: { kind: 'body' },
        timeZone: 'Asia/Jakarta',
      }),
    );
    const parsed = await parseImportFile(bytes);
    const plan = await planImport(utama, parsed, { chosenUnitId: null });
    const matched = plan.rows.filter((r) => r.status === 'same').length;
    console.log(`[${backendName}] round-trip (public export): ${parsed.rows.length} exported, ${matched} matched, ${plan.rejected.length} errors`);
    expect(plan.rejected).toEqual([]);
    expect(plan.rows.filter((r) => r.status !== 'same').map((r) => [r.row, r.existingNumber, r.status])).toEqual([]);
    expect(matched).toBe(parsed.rows.length);
    expect(parsed.rows.length).toBeGreaterThan(300);
  });
});
