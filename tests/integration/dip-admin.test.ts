// The DIP back office over HTTP: a PPID Pembantu drafts and submits, the PPID Utama returns, approves,
// withdraws; every page works as plain forms (no JavaScript) and every step is audited and emailed.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, dipDocuments, dipEntries, outbox, units } from '../../src/db/schema/index.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { dipInput } from '../helpers/dip.js';

/** The form as a browser would post it. */
function form(over: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title: 'Laporan Keuangan Dinas Penanaman Modal Tahun 2025',
    summary: 'Laporan realisasi anggaran, neraca dan catatan atas laporan keuangan tahun 2025.',
    category: 'berkala',
    subtype: 'laporan_keuangan',
    holder: 'Sekretariat DPMPTSP',
    responsible: 'Sekretaris Dinas',
    madeWhen: 'Maret 2026',
    madePlace: 'Palangka Raya',
    forms: ['tercetak', 'terekam'],
    formats: 'PDF, XLSX',
    retention: '10 tahun',
    year: '2025',
    periodLabel: 'Tahunan',
    tags: 'keuangan, anggaran, LRA',
    links: 'Situs JDIH | https://jdih.example.go.id/lk-2025',
    ...over,
  };
}

const idFrom = (location: string | null) => {
  const m = /^\/admin\/dip\/([0-9a-f-]{36})\?/.exec(location ?? '');
  if (!m) throw new Error(`unexpected redirect: ${location}`);
  return m[1]!;
};

describe('DIP back office over HTTP', () => {
  let t: TestApp;
  let unitA: string;
  let unitB: string;
  let pembantu: Browser;
  let utama: Browser;
  let other: Browser;
  let first: string;
  let second: string;

  beforeAll(async () => {
    t = await createTestApp();
    const [a] = await t.db.db.insert(units).values({ code: 'dpmptsp', name: 'Dinas Penanaman Modal dan PTSP' }).returning();
    const [b] = await t.db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
    unitA = a!.id;
    unitB = b!.id;
    await makeUser(t.ctx, { email: 'pembantu@dpmptsp.example', name: 'Sari PPID DPMPTSP', roles: ['ppid_pembantu'], unitId: unitA });
    await makeUser(t.ctx, { email: 'pembantu@dinkes.example', name: 'Budi PPID Dinkes', roles: ['ppid_pembantu'], unitId: unitB });
    await makeUser(t.ctx, { email: 'utama@kota.example', name: 'Rina PPID Utama', roles: ['ppid_utama'] });
    await makeUser(t.ctx, { email: 'pemantau@kota.example', name: 'Pemantau', roles: ['viewer'] });
    pembantu = new Browser(t.app, '10.0.0.2');
    utama = new Browser(t.app, '10.0.0.3');
    other = new Browser(t.app, '10.0.0.4');
    expect((await pembantu.login('pembantu@dpmptsp.example')).status).toBe(303);
    expect((await utama.login('utama@kota.example')).status).toBe(303);
    expect((await other.login('pembantu@dinkes.example')).status).toBe(303);
  });
  afterAll(async () => t.dispose());

  it('shows the empty list with the nav links and the add button to a PPID Pembantu', async () => {
    const list = await pembantu.get('/admin/dip');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Belum ada entri DIP');
    expect(list.text).toContain('href="/admin/dip/baru"');
    expect(list.text).toMatch(/<a href="\/admin\/dip" aria-current="page">Daftar Informasi Publik<\/a>/);
    expect(list.text).not.toContain('href="/admin/dip/tinjauan"');
    // A PPID Pembantu has no unit filter: it only ever sees its own unit.
    expect(list.text).not.toContain('name="unitId"');
  });

  it('rejects a bad form with 422, Indonesian messages next to the fields, and keeps what was typed', async () => {
    const page = await pembantu.get('/admin/dip/baru');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Dinas Penanaman Modal dan PTSP');
    expect(page.text).not.toContain('id="f-unitId"');
    expect(page.text).toContain('<optgroup label="Cocok untuk: serta-merta">');
    const bad = await pembantu.post(
      '/admin/dip',
      form({
        title: 'Lap',
        summary: '',
        category: '',
        subtype: '',
        forms: [],
        retention: '',
        year: 'dua ribu',
        links: 'Situs lama | ftp://arsip.example/lk',
        responsible: '',
      }),
    );
    expect(bad.status).toBe(422);
    for (const m of [
      'Judul informasi wajib diisi (minimal 5 karakter).',
      'Ringkasan isi informasi wajib diisi',
      'Pilih kategori: berkala, serta-merta, atau setiap saat.',
      'Pilih jenis informasi.',
      'Penanggung jawab pembuatan informasi wajib diisi.',
      'Pilih minimal satu bentuk informasi',
      'Jangka waktu penyimpanan (retensi) wajib diisi.',
      'Tahun harus angka',
      'Baris 1: Tautan harus URL lengkap',
    ]) {
      expect(bad.text).toContain(m);
    }
    expect(bad.text).toContain('class="error-summary"');
    expect(bad.text).toContain('href="#f-title"');
    expect(bad.text).toContain('id="e-title"');
    expect(bad.text).toContain('aria-invalid="true"');
    expect(bad.text).toContain('value="Lap"');
    expect(bad.text).toContain('value="dua ribu"');
    expect(bad.text).toContain('Situs lama | ftp://arsip.example/lk');
    expect(bad.text).not.toMatch(/ZodError|at .*\.ts:\d+/);

    // Sub-types are grouped by category; a type that does not fit the category is refused.
    const mismatch = await pembantu.post('/admin/dip', form({ category: 'serta_merta', subtype: 'laporan_keuangan' }));
    expect(mismatch.status).toBe(422);
    expect(mismatch.text).toContain('tidak cocok dengan kategori');
    expect(mismatch.text).toMatch(/<option value="laporan_keuangan" selected="">/);
    expect(await t.db.db.select().from(dipEntries)).toHaveLength(0);
  });

  it('creates two drafts and submits both at once from the list', async () => {
    await pembantu.get('/admin/dip/baru');
    const one = await pembantu.post('/admin/dip', form());
    expect(one.status).toBe(303);
    first = idFrom(one.location);
    const detail = await pembantu.get(one.location!);
    expect(detail.text).toContain('Entri disimpan sebagai draf');
    expect(detail.text).toContain('DIP/DPMPTSP/2026/0001');
    expect(detail.text).toContain('Situs JDIH');
    expect(detail.text).toContain('Belum ada. Entri ini belum pernah terbit.');
    expect(detail.text).toContain('action="/admin/dip/' + first + '/dokumen"');
    expect(detail.text).toContain('enctype="multipart/form-data"');
    expect(detail.text).not.toContain('/setujui');
    expect(detail.text).not.toContain('/terbitkan-langsung');

    const two = await pembantu.post(
      '/admin/dip',
      form({ title: 'Standar Pelayanan Perizinan Berusaha', category: 'setiap_saat', subtype: 'prosedur_layanan', links: '' }),
    );
    second = idFrom(two.location);

    const list = await pembantu.get('/admin/dip');
    expect(list.text).toContain('Menampilkan 1–2 dari 2 entri.');
    expect(list.text).toContain(`name="ids" value="${first}"`);
    expect(list.text).toContain(`name="ids" value="${second}"`);
    expect(list.text).toContain('Ajukan yang dipilih');
    expect(list.text).toContain('>Draf<');

    const none = await pembantu.post('/admin/dip/ajukan', { back: '' });
    expect(none.status).toBe(422);
    expect(none.text).toContain('Pilih minimal satu entri untuk diajukan.');

    const sent = await pembantu.post('/admin/dip/ajukan', { ids: [first, second], back: 'status=draft' });
    expect(sent.status).toBe(303);
    expect(sent.location).toBe('/admin/dip?status=draft&ok=submitted&n=2');
    const after = await pembantu.get(sent.location!);
    expect(after.text).toContain('2 entri diajukan ke PPID Utama');
    expect(after.text).toContain('<option value="draft" selected="">');
    expect(after.text).toContain('Tidak ada entri yang cocok');
    expect(after.text).not.toContain('name="ids"');
    const all = await pembantu.get('/admin/dip');
    expect(all.text).toContain('>Diajukan<');
    expect(all.text).not.toContain('name="ids"');

    const mail = await t.db.db.select().from(outbox).where(eq(outbox.template, 'dip_submitted'));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.toAddress).toBe('utama@kota.example');
    expect(mail[0]!.textBody).toContain('Standar Pelayanan Perizinan Berusaha');

    // Submitting again is a readable conflict, not a crash.
    const again = await pembantu.post('/admin/dip/ajukan', { ids: [first] });
    expect(again.status).toBe(409);
    expect(again.text).toContain('tidak dapat diajukan');
    const edit = await pembantu.get(`/admin/dip/${first}/ubah`);
    expect(edit.status).toBe(409);
    expect(edit.text).toContain('sedang diperiksa PPID Utama');
  });

  it('lets the PPID Utama see the queue and return one entry with a note', async () => {
    const queue = await utama.get('/admin/dip/tinjauan');
    expect(queue.status).toBe(200);
    expect(queue.text).toContain('Laporan Keuangan Dinas Penanaman Modal Tahun 2025');
    expect(queue.text).toContain('Standar Pelayanan Perizinan Berusaha');
    expect(queue.text).toContain('Dinas Penanaman Modal dan PTSP');
    expect(queue.text).toContain('>Baru<');
    // work-queue: the link also says how many entries wait (a badge, and the same count in words for screen readers).
    expect(queue.text).toMatch(
      /<a href="\/admin\/dip\/tinjauan" aria-current="page">Tinjauan DIP <span class="nav-count" aria-hidden="true">(\d+)<\/span><span class="visually-hidden">, \1 perlu tindakan<\/span><\/a>/,
    );

    const detail = await utama.get(`/admin/dip/${first}`);
    expect(detail.text).toContain('Setujui &amp; terbitkan');
    expect(detail.text).toContain(`action="/admin/dip/${first}/kembalikan"`);
    expect(detail.text).not.toContain(`action="/admin/dip/${first}/dokumen"`);

    const short = await utama.post(`/admin/dip/${first}/kembalikan`, { note: 'ok' });
    expect(short.status).toBe(422);
    expect(short.text).toContain('Tuliskan catatan perbaikan untuk PPID Pembantu (minimal 5 karakter).');
    const note = 'Lengkapi tempat pembuatan dan lampirkan berkas PDF laporan.';
    const back = await utama.post(`/admin/dip/${first}/kembalikan`, { note });
    expect(back.status).toBe(303);
    expect(back.location).toBe(`/admin/dip/${first}?ok=returned`);
    const [mail] = await t.db.db.select().from(outbox).where(eq(outbox.template, 'dip_returned'));
    expect(mail!.toAddress).toBe('pembantu@dpmptsp.example');
    expect(mail!.textBody).toContain(note);
  });

  it('shows the note to the PPID Pembantu, who fixes the entry and submits it again', async () => {
    const list = await pembantu.get('/admin/dip');
    expect(list.text).toContain('>Dikembalikan<');
    expect(list.text).toContain('Lengkapi tempat pembuatan dan lampirkan berkas PDF laporan.');
    expect(list.text).toContain(`name="ids" value="${first}"`);
    const detail = await pembantu.get(`/admin/dip/${first}`);
    expect(detail.text).toContain('Dikembalikan oleh PPID Utama dengan catatan');
    expect(detail.text).toContain('Rina PPID Utama');
    const edit = await pembantu.get(`/admin/dip/${first}/ubah`);
    expect(edit.status).toBe(200);
    expect(edit.text).toContain('Catatan perbaikan dari PPID Utama');
    expect(edit.text).toContain('value="Laporan Keuangan Dinas Penanaman Modal Tahun 2025"');
    expect(edit.text).toContain('Situs JDIH | https://jdih.example.go.id/lk-2025');
    expect(edit.text).toContain('value="PDF, XLSX"');

    const bad = await pembantu.post(`/admin/dip/${first}`, form({ retention: '' }));
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Jangka waktu penyimpanan (retensi) wajib diisi.');
    const saved = await pembantu.post(`/admin/dip/${first}`, form({ madePlace: 'Kantor DPMPTSP, Jl. Tjilik Riwut Km 5' }));
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`/admin/dip/${first}?ok=saved`);
    const submitted = await pembantu.post(`/admin/dip/${first}/ajukan`, {});
    expect(submitted.status).toBe(303);
    expect((await pembantu.get(saved.location!.replace('saved', 'submitted'))).text).toContain('Entri diajukan ke PPID Utama');
  });

  it('lets the PPID Utama approve one entry and then the other from the queue', async () => {
    const one = await utama.post(`/admin/dip/${second}/setujui`, {});
    expect(one.status).toBe(303);
    const twice = await utama.post(`/admin/dip/${second}/setujui`, {});
    expect(twice.status).toBe(409);
    expect(twice.text).toContain('Muat ulang halaman');
    expect(twice.text).not.toMatch(/AppError|at .*\.ts:\d+/);

    await utama.get('/admin/dip/tinjauan');
    const empty = await utama.post('/admin/dip/tinjauan/setujui', {});
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('Centang minimal satu entri');
    const many = await utama.post('/admin/dip/tinjauan/setujui', { ids: [first] });
    expect(many.status).toBe(303);
    expect(many.location).toBe('/admin/dip/tinjauan?ok=approved&n=1');
    const queue = await utama.get(many.location!);
    expect(queue.text).toContain('Entri disetujui dan terbit di portal.');
    expect(queue.text).toContain('Tidak ada entri yang menunggu pemeriksaan.');

    const [entry] = await t.db.db.select().from(dipEntries).where(eq(dipEntries.id, first));
    expect(entry!.status).toBe('published');
    const detail = await pembantu.get(`/admin/dip/${first}`);
    expect(detail.text).toContain('>Terbit<');
    expect(detail.text).toContain(`href="/informasi/${entry!.slug}"`);
    expect(detail.text).toContain('Versi 1, terbit');
    expect(detail.text).toContain('Disetujui dan diterbitkan');
    expect(detail.text).toContain('Lengkapi tempat pembuatan dan lampirkan berkas PDF laporan.');

    const published = await t.db.db.select().from(outbox).where(eq(outbox.template, 'dip_published'));
    expect(published.map((m) => m.toAddress)).toEqual(['pembantu@dpmptsp.example', 'pembantu@dpmptsp.example']);
    expect(await t.db.db.select().from(outbox).where(eq(outbox.template, 'dip_submitted'))).toHaveLength(2);
  });

  it('refuses the PPID Pembantu of another unit with 403, and audits the refusal', async () => {
    for (const path of [`/admin/dip/${first}`, `/admin/dip/${first}/ubah`, `/admin/dip?unitId=${unitA}`]) {
      const r = await other.get(path);
      expect(r.status, path).toBe(403);
      expect(r.text).toContain('Anda tidak memiliki hak akses');
    }
    await other.get('/admin/dip');
    for (const path of [
      `/admin/dip/${first}`,
      `/admin/dip/${first}/ajukan`,
      `/admin/dip/${first}/terbitkan-langsung`,
      `/admin/dip/${first}/setujui`,
      `/admin/dip/${first}/kembalikan`,
    ]) {
      const r = await other.post(path, form({ note: 'Catatan yang cukup panjang.' }));
      expect(r.status, path).toBe(403);
    }
    expect((await other.post('/admin/dip/ajukan', { ids: [first] })).status).toBe(403);
    expect((await other.get('/admin/dip/tinjauan')).status).toBe(403);
    const ownList = await other.get('/admin/dip');
    expect(ownList.text).not.toContain('Laporan Keuangan');
    const denied = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'access.denied'));
    expect(denied.map((d) => d.entityId)).toContain(`GET /admin/dip/${first}`);
    expect(denied.map((d) => d.entityId)).toContain(`POST /admin/dip/${first}/ajukan`);
  });

  it('has an audit row for every step', async () => {
    const steps = async (id: string) => (await t.db.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.seq)).map((a) => a.action);
    expect(await steps(first)).toEqual(['dip.created', 'dip.submitted', 'dip.returned', 'dip.updated', 'dip.submitted', 'dip.published']);
    expect(await steps(second)).toEqual(['dip.created', 'dip.submitted', 'dip.published']);
  });

  it('edits a published entry as a new version and withdraws it with a reason', async () => {
    const edit = await pembantu.get(`/admin/dip/${first}/ubah`);
    expect(edit.text).toContain('versi baru (versi 2)');
    expect(edit.text).toContain('portal tetap menampilkan versi 1');
    expect((await pembantu.post(`/admin/dip/${first}`, form({ title: 'Laporan Keuangan DPMPTSP Tahun 2025 (audited)' }))).status).toBe(303);
    const detail = await pembantu.get(`/admin/dip/${first}`);
    expect(detail.text).toContain('Terbit – ada perubahan draf');
    expect(detail.text).toContain('Versi 2 (di bawah) belum terbit');
    expect(detail.text).toContain('sedang dikerjakan');
    // The reviewer sees what the change would alter on the portal.
    expect(detail.text).toContain('Perubahan dibanding versi terbit (versi 1)');
    expect(detail.text).toContain('Laporan Keuangan Dinas Penanaman Modal Tahun 2025</del>');
    expect(detail.text).toContain('Laporan Keuangan DPMPTSP Tahun 2025 (audited)</ins>');
    expect(detail.text).not.toContain('<dt>Ringkasan isi</dt><dd><del>');
    expect((await pembantu.get('/admin/dip')).text).toContain('Terbit – ada perubahan draf');

    const short = await utama.post(`/admin/dip/${first}/tarik`, { reason: 'salah' });
    expect(short.status).toBe(422);
    expect(short.text).toContain('Tuliskan alasan penarikan dari portal (minimal 10 karakter).');
    expect(short.text).toContain('>salah</textarea>');
    const out = await utama.post(`/admin/dip/${first}/tarik`, { reason: 'Lampiran memuat data pribadi yang belum dihitamkan.' });
    expect(out.status).toBe(303);
    const after = await utama.get(`/admin/dip/${first}`);
    expect(after.text).toContain('>Ditarik<');
    expect(after.text).toContain('Lampiran memuat data pribadi yang belum dihitamkan.');
    expect(after.text).not.toContain(`action="/admin/dip/${first}/tarik"`);
    expect(await t.db.db.select().from(outbox).where(eq(outbox.template, 'dip_unpublished'))).toHaveLength(1);
  });

  it('publishes serta-merta information at once, and only that', async () => {
    await pembantu.get('/admin/dip/baru');
    const r = await pembantu.post(
      '/admin/dip',
      form({ title: 'Peringatan Dini Banjir Sungai Kahayan', category: 'serta_merta', subtype: 'bencana', links: '' }),
    );
    const id = idFrom(r.location);
    const detail = await pembantu.get(`/admin/dip/${id}`);
    expect(detail.text).toContain(`action="/admin/dip/${id}/terbitkan-langsung"`);
    const now = await pembantu.post(`/admin/dip/${id}/terbitkan-langsung`, {});
    expect(now.status).toBe(303);
    expect((await pembantu.get(now.location!)).text).toContain('Informasi serta-merta terbit di portal');
    const refused = await pembantu.post(`/admin/dip/${second}/terbitkan-langsung`, {});
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Hanya informasi serta-merta yang dapat diterbitkan langsung');
  });

  it('lets the PPID Utama draft for a chosen unit, and hides drafting from a viewer', async () => {
    const page = await utama.get('/admin/dip/baru');
    expect(page.text).toContain('id="f-unitId"');
    const noUnit = await utama.post('/admin/dip', form({ unitId: '' }));
    expect(noUnit.status).toBe(422);
    expect(noUnit.text).toContain('Pilih unit pemilik entri.');
    const ok = await utama.post('/admin/dip', form({ unitId: unitB, title: 'Profil Dinas Kesehatan', category: 'berkala', subtype: 'profil' }));
    expect(ok.status).toBe(303);
    const [e] = await t.db.db
      .select()
      .from(dipEntries)
      .where(eq(dipEntries.id, idFrom(ok.location)));
    expect(e!.unitId).toBe(unitB);
    expect(e!.number).toBe('DIP/DINKES/2026/0001');

    const viewer = new Browser(t.app, '10.0.0.5');
    await viewer.login('pemantau@kota.example');
    const list = await viewer.get('/admin/dip');
    expect(list.status).toBe(200);
    expect(list.text).not.toContain('href="/admin/dip/baru"');
    expect(list.text).toContain('Profil Dinas Kesehatan');
    expect((await viewer.get('/admin/dip/baru')).status).toBe(403);
    expect((await viewer.get(`/admin/dip/${first}`)).text).toContain('Tidak ada tindakan yang dapat Anda lakukan');
  });

  it('filters by unit, status, category and text, and pages through long lists', async () => {
    const byUnit = await utama.get(`/admin/dip?unitId=${unitB}`);
    expect(byUnit.text).toContain('Profil Dinas Kesehatan');
    expect(byUnit.text).not.toContain('Peringatan Dini Banjir');
    expect(byUnit.text).toMatch(new RegExp(`<option value="${unitB}" selected="">`));
    const byStatus = await utama.get('/admin/dip?status=unpublished');
    expect(byStatus.text).toContain('Laporan Keuangan DPMPTSP Tahun 2025 (audited)');
    expect(byStatus.text).not.toContain('Standar Pelayanan');
    const byCategory = await utama.get('/admin/dip?category=serta_merta');
    expect(byCategory.text).toContain('Peringatan Dini Banjir');
    expect(byCategory.text).toContain('Menampilkan 1–1 dari 1 entri.');
    const byText = await utama.get('/admin/dip?q=standar');
    expect(byText.text).toContain('Standar Pelayanan Perizinan Berusaha');
    expect(byText.text).not.toContain('Profil Dinas Kesehatan');
    const nothing = await utama.get('/admin/dip?q=tidak-ada-yang-cocok&status=bogus');
    expect(nothing.status).toBe(200);
    expect(nothing.text).toContain('Tidak ada entri yang cocok');

    for (let i = 1; i <= 25; i++) await createDraft(t.ctx, unitB, dipInput({ title: `Data Kesehatan Puskesmas ${String(i).padStart(2, '0')}` }));
    const p1 = await utama.get(`/admin/dip?unitId=${unitB}`);
    expect(p1.text).toContain('Menampilkan 1–25 dari 26 entri.');
    expect(p1.text).toContain('Halaman 1 dari 2');
    expect(p1.text).toContain(`href="/admin/dip?unitId=${unitB}&amp;page=2"`);
    const p2 = await utama.get(`/admin/dip?unitId=${unitB}&page=2`);
    expect(p2.text).toContain('Menampilkan 26–26 dari 26 entri.');
    expect(p2.text).toContain('rel="prev"');
  });

  it('lists the documents of the working version with their text status', async () => {
    const [e] = await t.db.db
      .select()
      .from(dipEntries)
      .where(and(eq(dipEntries.unitId, unitA), eq(dipEntries.id, second)));
    const base = {
      entryId: second,
      versionId: e!.workingVersionId!,
      sha256: 'a'.repeat(64),
      mime: 'application/pdf',
      createdAt: new Date('2026-03-16T03:00:00Z'),
    };
    await t.db.db.insert(dipDocuments).values([
      { ...base, filename: 'standar-pelayanan.pdf', size: 2_400_000, textStatus: 'done' },
      { ...base, filename: 'pindaian-sk.pdf', size: 800_000, textStatus: 'not_searchable' },
      { ...base, filename: 'baru-diunggah.pdf', size: 1000, textStatus: 'pending' },
      { ...base, filename: 'rusak.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: 12_000, textStatus: 'failed' },
    ]);
    const page = await pembantu.get(`/admin/dip/${second}`);
    for (const s of ['Dapat dicari', 'Tidak dapat dicari (pindaian tanpa OCR)', 'Teks sedang diproses', 'Gagal dibaca', '2,3 MB', 'Excel (XLSX)'])
      expect(page.text).toContain(s);
    const [doc] = await t.db.db.select().from(dipDocuments).where(eq(dipDocuments.filename, 'rusak.xlsx'));
    expect(page.text).toContain(`href="/dokumen/${doc!.id}"`);
    expect(page.text).toContain(`action="/admin/dip/${second}/dokumen/${doc!.id}/hapus"`);
    expect(page.text).toContain(`action="/admin/dip/${second}/dokumen"`);
    // Someone who may not edit sees the list but neither the upload nor the remove forms.
    const ro = await utama.get(`/admin/dip/${second}`);
    expect(ro.text).toContain('Dapat dicari');
    expect(ro.text).toContain(`action="/admin/dip/${second}/dokumen"`); // the PPID Utama may edit any unit
    const viewer = new Browser(t.app, '10.0.0.6');
    await viewer.login('pemantau@kota.example');
    const v = await viewer.get(`/admin/dip/${second}`);
    expect(v.text).toContain('standar-pelayanan.pdf');
    expect(v.text).not.toContain('/hapus"');
    expect(v.text).not.toContain('enctype="multipart/form-data"');
  });

  it('speaks English to an officer who chose English, validation messages included', async () => {
    await pembantu.get('/bahasa/en?next=/admin/dip/baru');
    const page = await pembantu.get('/admin/dip/baru');
    expect(page.text).toContain('Add a DIP entry');
    const bad = await pembantu.post('/admin/dip', form({ title: 'x', links: 'nope' }));
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('The title is required (at least 5 characters).');
    expect(bad.text).toContain('Line 1: A link must be a full address');
    const list = await pembantu.get('/admin/dip');
    expect(list.text).toContain('Add entry');
    expect(list.text).toContain('Withdrawn');
    await pembantu.get('/bahasa/id?next=/admin');
  });
});
