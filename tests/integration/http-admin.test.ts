// Back-office management over HTTP: first-run setup, units, users (invitation via outbox), public body and logo.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox, publicBody, units, users } from '../../src/db/schema/index.js';
import { verifyAuditChain } from '../../src/domain/audit/verify-audit-chain.js';
import { Browser, createTestApp, type TestApp } from '../helpers/app.js';
import { testAuditKey } from '../helpers/db.js';

const PNG_1PX = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082',
  'hex',
);

describe('first run and back-office management', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ setupToken: 'KODEUJI123' });
  });
  afterAll(async () => t.dispose());

  it('offers setup only with the printed code, then creates the body and the first administrator', async () => {
    const b = new Browser(t.app);
    const home = await b.get('/');
    expect(home.text).toContain('/persiapan');
    const page = await b.get('/persiapan');
    expect(page.status).toBe(200);
    const form = {
      bodyName: 'Pemerintah Kota Palangka Raya',
      name: 'Admin Pertama',
      email: 'Admin@Uji.example',
      password: 'sandi-admin-panjang',
      confirm: 'sandi-admin-panjang',
    };
    const wrong = await b.post('/persiapan/admin', { ...form, code: 'SALAH' });
    expect(wrong.status).toBe(422);
    expect(wrong.text).toContain('Kode persiapan salah');
    const mismatch = await b.post('/persiapan/admin', { ...form, confirm: 'lain', code: 'KODEUJI123' });
    expect(mismatch.status).toBe(422);
    expect(mismatch.text).toContain('Konfirmasi kata sandi tidak sama');
    expect(await t.db.db.select().from(users)).toHaveLength(0);
    const ok = await b.post('/persiapan/admin', { ...form, code: 'kodeuji123' });
    expect(ok.status).toBe(303);
    expect(t.deps.setup.token).toBeNull();
    expect((await b.get('/persiapan')).status).toBe(303);
    const [body] = await t.db.db.select().from(publicBody);
    expect(body!.name).toBe('Pemerintah Kota Palangka Raya');
    expect((await b.login('admin@uji.example', 'sandi-admin-panjang')).status).toBe(303);
  });

  it('manages units with validation messages in Indonesian', async () => {
    const b = new Browser(t.app);
    await b.login('admin@uji.example', 'sandi-admin-panjang');
    await b.get('/admin/unit/baru');
    const bad = await b.post('/admin/unit', { code: 'A B', name: 'x', isPpidUtama: '1' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Kode 2–40 karakter');
    expect(bad.text).toContain('Nama unit wajib diisi');
    expect(bad.text).toContain('aria-invalid="true"');
    const ok = await b.post('/admin/unit', { code: 'diskominfo', name: 'Dinas Komunikasi dan Informatika', isPpidUtama: '1', active: '1' });
    expect(ok.status).toBe(303);
    await b.get('/admin/unit/baru');
    const dup = await b.post('/admin/unit', { code: 'diskominfo', name: 'Duplikat', active: '1' });
    expect(dup.status).toBe(422);
    expect(dup.text).toContain('sudah dipakai');
    const list = await b.get('/admin/unit');
    expect(list.text).toContain('Dinas Komunikasi dan Informatika');
  });

  it('creates a user with an emailed invitation and audits it', async () => {
    const b = new Browser(t.app);
    await b.login('admin@uji.example', 'sandi-admin-panjang');
    const [unit] = await t.db.db.select().from(units).where(eq(units.code, 'diskominfo'));
    await b.get('/admin/pengguna/baru');
    const noUnit = await b.post('/admin/pengguna', { name: 'Siti', email: 'siti@uji.example', roles: ['ppid_pembantu'], unitId: '' });
    expect(noUnit.status).toBe(422);
    expect(noUnit.text).toContain('PPID Pembantu harus terikat pada satu unit');
    const badNip = await b.post('/admin/pengguna', { name: 'Siti', email: 'siti@uji.example', roles: ['ppid_pembantu'], unitId: unit!.id, nip: '123' });
    expect(badNip.text).toContain('NIP terdiri dari 18 angka');
    const ok = await b.post('/admin/pengguna', {
      name: 'Siti Aminah',
      email: 'siti@uji.example',
      roles: ['ppid_pembantu'],
      unitId: unit!.id,
      nip: '198501012010012001',
      locale: 'en',
    });
    expect(ok.status).toBe(303);
    const [mail] = await t.db.db.select().from(outbox).where(eq(outbox.toAddress, 'siti@uji.example'));
    expect(mail!.template).toBe('account_invite');
    expect(mail!.subject).toBe('Your account at Pemerintah Kota Palangka Raya'); // recipient chose English
    const created = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'user.created'));
    expect(created.length).toBeGreaterThanOrEqual(2);
    // the outbox is visible to the administrator, with the message
    const ob = await b.get('/admin/kotak-keluar');
    expect(ob.text).toContain('siti@uji.example');
    expect(ob.text).toContain('SMTP_URL');
    const one = await b.get(`/admin/kotak-keluar/${mail!.id}`);
    expect(one.text).toContain('/atur-sandi/');
  });

  it('refuses to remove the last administrator role from oneself', async () => {
    const b = new Browser(t.app);
    await b.login('admin@uji.example', 'sandi-admin-panjang');
    const [me] = await t.db.db.select().from(users).where(eq(users.email, 'admin@uji.example'));
    await b.get(`/admin/pengguna/${me!.id}`);
    const r = await b.post(`/admin/pengguna/${me!.id}`, { name: me!.name, email: me!.email, roles: ['viewer'], unitId: '', locale: 'id' });
    expect(r.status).toBe(409);
    expect((await t.db.db.select().from(users).where(eq(users.id, me!.id)))[0]!.roles).toEqual(['admin']);
  });

  it('updates the public body and accepts a logo only when its bytes are an image', async () => {
    const b = new Browser(t.app);
    await b.login('admin@uji.example', 'sandi-admin-panjang');
    await b.get('/admin/badan-publik');
    const r = await b.post('/admin/badan-publik', {
      name: 'Pemerintah Kota Palangka Raya',
      ppidContactEmail: 'ppid@palangkaraya.example',
      ppidContactPhone: '0536 123',
      serviceHours: 'Senin–Jumat 08.00–15.00 WIB',
      agencyOfficerLabel: 'PPID Pelaksana',
    });
    expect(r.status).toBe(303);
    const home = await b.get('/');
    expect(home.text).toContain('ppid@palangkaraya.example');
    expect(home.text).toContain('Senin–Jumat 08.00–15.00 WIB');

    const upload = async (bytes: Buffer, name: string, type: string) => {
      await b.get('/admin/badan-publik');
      const fd = new FormData();
      fd.append('_csrf', b.csrf);
      fd.append('logo', new File([new Uint8Array(bytes)], name, { type }));
      return t.app.request('/admin/badan-publik/logo', {
        method: 'POST',
        body: fd,
        headers: { cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
    };
    const exe = await upload(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'logo.png', 'image/png');
    expect(exe.status).toBe(415);
    expect(await exe.text()).toContain('Logo harus berupa gambar PNG, JPEG atau WebP');
    const png = await upload(PNG_1PX, 'logo.png', 'image/png');
    expect(png.status).toBe(303);
    const logo = await t.app.request('/logo');
    expect(logo.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await logo.arrayBuffer()).equals(PNG_1PX)).toBe(true);
    expect((await verifyAuditChain(t.db.db, testAuditKey(t.ctx))).ok).toBe(true);
  });

  it('lists and filters the audit log', async () => {
    const b = new Browser(t.app);
    await b.login('admin@uji.example', 'sandi-admin-panjang');
    const all = await b.get('/admin/audit');
    expect(all.text).toContain('org.logo_changed');
    const filtered = await b.get('/admin/audit?action=unit.');
    expect(filtered.text).toContain('unit.created');
    expect(filtered.text).not.toContain('org.logo_changed');
    const verify = await b.get('/admin/audit?verify=1');
    expect(verify.text).toContain('Rantai log audit utuh');
  });
});

describe('demo data from the first-run page', { timeout: 600_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ setupToken: 'DEMO123456' });
  });
  afterAll(async () => t.dispose());

  it('loads the Palangka Raya demo with the PPID Utama in Diskominfo', async () => {
    const b = new Browser(t.app);
    await b.get('/persiapan');
    const r = await b.post('/persiapan/demo', { democode: 'DEMO123456' });
    expect(r.status).toBe(303);
    const all = await t.db.db.select().from(units);
    expect(all).toHaveLength(28);
    expect(all.filter((u) => u.isPpidUtama).map((u) => u.code)).toEqual(['diskominfo']);
    const people = await t.db.db.select().from(users);
    expect(people.filter((p) => p.roles.includes('ppid_pembantu'))).toHaveLength(28);
    expect(people.filter((p) => p.roles.includes('atasan_ppid'))).toHaveLength(1);
    const utama = people.find((p) => p.roles.includes('ppid_utama'))!;
    expect(all.find((u) => u.id === utama.unitId)!.code).toBe('diskominfo');
    const home = await b.get('/');
    expect(home.text).toContain('Pemerintah Kota Palangka Raya');
    expect(home.text).toContain('Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Palangka Raya');
    // idempotent
    const { seedDemo } = await import('../../src/demo/seed-demo.js');
    expect(await seedDemo(t.ctx)).toBeNull();
    expect(await t.db.db.select().from(units)).toHaveLength(28);
  });
});
