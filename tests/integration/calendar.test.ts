// The working-day calendar over HTTP: the seeded migration, the public calculator, and /admin/kalender
// (a local holiday changes the calculator's answer, every change is audited, roles are enforced).
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, nonWorkingDays } from '../../src/db/schema/index.js';
import { verifyAuditChain } from '../../src/domain/audit/verify-audit-chain.js';
import { SEED_CALENDAR } from '../../src/domain/calendar/seed.js';
import { createUnit } from '../../src/domain/units/units.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { testAuditKey } from '../helpers/db.js';

describe('working-day calendar', () => {
  let t: TestApp;
  let adminId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const unit = await createUnit(t.ctx, {
      code: 'dinkes',
      name: 'Dinas Kesehatan',
      shortName: '',
      isPpidUtama: false,
      address: '',
      email: '',
      phone: '',
      active: true,
    });
    adminId = (await makeUser(t.ctx, { email: 'admin@uji.example', roles: ['admin'] })).id;
    await makeUser(t.ctx, { email: 'utama@uji.example', roles: ['ppid_utama'] });
    await makeUser(t.ctx, { email: 'pembantu@uji.example', roles: ['ppid_pembantu'], unitId: unit.id });
  });
  afterAll(async () => t.dispose());

  const calc = (b: Browser, q: Record<string, string>, prefix = '') => b.get(`${prefix}/kalkulator-tenggat?${new URLSearchParams(q)}`);

  it('the migration seeds exactly the 2025 and 2026 days of kip-domain.md §8.2', async () => {
    const rows = await t.db.db
      .select({
        date: nonWorkingDays.date,
        kind: nonWorkingDays.kind,
        name: nonWorkingDays.name,
        source: nonWorkingDays.source,
        stopsClock: nonWorkingDays.stopsClock,
      })
      .from(nonWorkingDays)
      .orderBy(asc(nonWorkingDays.date), asc(nonWorkingDays.name));
    const byDateName = (a: { date: string; name: string }, b: { date: string; name: string }) =>
      a.date === b.date ? (a.name < b.name ? -1 : 1) : a.date < b.date ? -1 : 1;
    expect(rows).toEqual([...SEED_CALENDAR].sort(byDateName).map((d) => ({ ...d, stopsClock: true })));
  });

  it('the public calculator works signed out, with a GET form, and explains every skipped day', async () => {
    const b = new Browser(t.app);
    const empty = await b.get('/kalkulator-tenggat');
    expect(empty.status).toBe(200);
    expect(empty.text).toContain('<html lang="id">');
    expect(empty.text).toMatch(/<form method="get" action="\/kalkulator-tenggat"/);
    expect(empty.text).toContain('<label for="f-start">Tanggal mulai</label>');
    expect(empty.text).toContain('value="2026-03-16"'); // today, from the test clock
    expect(empty.text).not.toContain('<script');

    const r = await calc(b, { start: '2026-03-16', period: 'pemberitahuan', days: '' });
    expect(r.status).toBe(200);
    expect(r.text).toContain('<time datetime="2026-04-07">Selasa, 7 April 2026</time>');
    expect(r.text).toContain('UU KIP Ps 22(7)');
    expect(r.text).toContain('<th scope="col">Alasan</th>');
    expect(r.text).toContain('Hari yang tidak dihitung (12)');
    expect(r.text).toContain('Cuti bersama Hari Suci Nyepi – Cuti bersama');
    expect(r.text).toContain('Akhir pekan (Sabtu)<br/>Idul Fitri 1447 Hijriah – Libur nasional');
    // Both readings of cuti bersama, where they differ (§8).
    expect(r.text).toContain('<time datetime="2026-03-31">');

    const en = new Browser(t.app);
    const rEn = await calc(en, { start: '2026-03-16', days: '10' }, '/en');
    expect(rEn.text).toContain('<html lang="en">');
    expect(rEn.text).toContain('Tuesday, 7 April 2026');
    expect(rEn.text).toContain('Days not counted (12)');
  });

  it('says so when the range reaches a year without calendar data', async () => {
    const r = await calc(new Browser(t.app), { start: '2026-12-23', period: 'sengketa' });
    expect(r.status).toBe(200);
    expect(r.text).toContain('Kalender hari libur tahun 2027 belum diisi');
  });

  it('refuses unclear input with Indonesian messages tied to the fields', async () => {
    const b = new Browser(t.app);
    const bad = await calc(b, { start: '2026-02-30', days: '10', period: '' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Tanggal tidak valid');
    expect(bad.text).toContain('aria-describedby="h-start e-start"');
    expect((await calc(b, { start: '2026-03-16', days: '', period: '' })).text).toContain(
      'Pilih jangka waktu menurut undang-undang atau isi jumlah hari kerja.',
    );
    expect((await calc(b, { start: '2026-03-16', days: '5', period: 'pemberitahuan' })).text).toContain('kosongkan salah satunya');
    expect((await calc(b, { start: '2026-03-16', days: '-1', period: '' })).status).toBe(422);
    expect((await calc(b, { start: '2026-03-16', days: '', period: 'besok' })).text).toContain('Jangka waktu tidak dikenal.');
  });

  it('is linked from the public footer', async () => {
    expect((await new Browser(t.app).get('/')).text).toContain('href="/kalkulator-tenggat"');
  });

  it('an administrator adds a local holiday: the calculator changes and the audit log records it', async () => {
    const b = new Browser(t.app);
    await b.login('admin@uji.example');
    const before = await calc(b, { start: '2026-07-14', days: '1' });
    expect(before.text).toContain('<time datetime="2026-07-15">');

    const list = await b.get('/admin/kalender?tahun=2026');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Idul Fitri 1447 Hijriah');
    expect(list.text).toContain('href="/admin/kalender/baru?tahun=2026"');

    await b.get('/admin/kalender/baru?tahun=2026');
    const invalid = await b.post('/admin/kalender', { date: '2026-07-32', kind: 'libur_lokal', name: 'X', source: '', stopsClock: '1' });
    expect(invalid.status).toBe(422);
    expect(invalid.text).toContain('Tanggal tidak valid');
    expect(invalid.text).toContain('Nama hari libur wajib diisi');
    const badKind = await b.post('/admin/kalender', { date: '2026-07-15', kind: 'libur_kantor', name: 'Hari Jadi Kota', stopsClock: '1' });
    expect(badKind.status).toBe(422);

    const holiday = {
      date: '2026-07-15',
      kind: 'libur_lokal',
      name: 'Hari Jadi Kota Palangka Raya',
      source: 'Keputusan Wali Kota (contoh uji)',
      stopsClock: '1',
    };
    const ok = await b.post('/admin/kalender', holiday);
    expect(ok.status).toBe(303);
    expect(ok.location).toBe('/admin/kalender?tahun=2026&ok=common.saved');
    const dup = await b.post('/admin/kalender', holiday);
    expect(dup.status).toBe(422);
    expect(dup.text).toContain('sudah tercatat');

    const after = await calc(new Browser(t.app), { start: '2026-07-14', days: '1' });
    expect(after.text).toContain('<time datetime="2026-07-16">');
    expect(after.text).toContain('Hari Jadi Kota Palangka Raya – Libur lokal');

    const [row] = await t.db.db.select().from(nonWorkingDays).where(eq(nonWorkingDays.name, holiday.name));
    const [audit] = await t.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'calendar.day_created'), eq(auditLog.entityId, row!.id)));
    expect(audit).toMatchObject({ actorId: adminId, entityType: 'non_working_day' });
    expect(audit!.summary).toMatchObject({ after: { date: '2026-07-15', kind: 'libur_lokal', name: holiday.name, stopsClock: true } });

    // Kept on record but no longer stopping the clock: the calculator goes back to the 15th.
    await b.get(`/admin/kalender/${row!.id}/ubah`);
    const edit = await b.post(`/admin/kalender/${row!.id}`, { ...holiday, stopsClock: [] });
    expect(edit.status).toBe(303);
    expect((await calc(b, { start: '2026-07-14', days: '1' })).text).toContain('<time datetime="2026-07-15">');
    const [updated] = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'calendar.day_updated'));
    expect(updated!.summary).toMatchObject({ changes: { stopsClock: [true, false] } });

    const del = await b.post(`/admin/kalender/${row!.id}/hapus`, {});
    expect(del.status).toBe(303);
    expect(del.location).toBe('/admin/kalender?tahun=2026&ok=calendar.deleted');
    expect(await t.db.db.select().from(nonWorkingDays).where(eq(nonWorkingDays.id, row!.id))).toHaveLength(0);
    expect(await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'calendar.day_deleted'))).toHaveLength(1);
    expect((await verifyAuditChain(t.db.db, testAuditKey(t.ctx))).ok).toBe(true);
  });

  it('lets the administrator enter a later year, and warns while it is empty', async () => {
    const b = new Browser(t.app);
    await b.login('admin@uji.example');
    const empty = await b.get('/admin/kalender?tahun=2027');
    expect(empty.text).toContain('Belum ada data untuk tahun 2027');
    await b.get('/admin/kalender/baru?tahun=2027');
    const ok = await b.post('/admin/kalender', {
      date: '2027-01-01',
      kind: 'libur_nasional',
      name: 'Tahun Baru 2027 Masehi',
      source: 'SKB (uji)',
      stopsClock: '1',
    });
    expect(ok.status).toBe(303);
    const filled = await b.get('/admin/kalender?tahun=2027');
    expect(filled.text).not.toContain('Belum ada data untuk tahun 2027');
    expect(filled.text).toContain('Tahun Baru 2027 Masehi');
  });

  it('the PPID Utama may view the calendar but not change it', async () => {
    const b = new Browser(t.app);
    await b.login('utama@uji.example');
    const list = await b.get('/admin/kalender?tahun=2025');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Idul Fitri 1446 Hijriah');
    expect(list.text).not.toContain('/admin/kalender/baru');
    expect((await b.get('/admin/kalender/baru')).status).toBe(403);
    await b.get('/admin/akun'); // a fresh CSRF token, so that the refusal below is about the role
    const post = await b.post('/admin/kalender', { date: '2026-07-20', kind: 'libur_lokal', name: 'Coba', stopsClock: '1' });
    expect(post.status).toBe(403);
    expect(post.text).toContain('Anda tidak memiliki hak akses');
  });

  it('a PPID Pembantu is refused with 403', async () => {
    const b = new Browser(t.app);
    await b.login('pembantu@uji.example');
    const list = await b.get('/admin/kalender');
    expect(list.status).toBe(403);
    expect(list.text).toContain('Anda tidak memiliki hak akses');
    await b.get('/admin/akun');
    const post = await b.post('/admin/kalender', { date: '2026-07-20', kind: 'libur_lokal', name: 'Coba', stopsClock: '1' });
    expect(post.status).toBe(403);
    expect(post.text).toContain('Anda tidak memiliki hak akses');
    const [seeded] = await t.db.db.select().from(nonWorkingDays).limit(1);
    expect((await b.post(`/admin/kalender/${seeded!.id}/hapus`, {})).status).toBe(403);
    expect(await t.db.db.select().from(nonWorkingDays).where(eq(nonWorkingDays.id, seeded!.id))).toHaveLength(1);
  });

  it('an anonymous visitor is sent to sign in', async () => {
    const r = await new Browser(t.app).get('/admin/kalender');
    expect([302, 303, 401]).toContain(r.status);
  });
});
