import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox, units } from '../../src/db/schema/index.js';
import { verifyAuditChain } from '../../src/domain/audit/verify-audit-chain.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { deliveredBody } from '../helpers/mail.js';
import { testAuditKey } from '../helpers/db.js';

describe('sign-in, CSRF, throttling and access control over HTTP', () => {
  let t: TestApp;
  let unitA: string;
  let unitB: string;

  beforeAll(async () => {
    t = await createTestApp();
    const [a] = await t.db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
    const [b] = await t.db.db.insert(units).values({ code: 'disdik', name: 'Dinas Pendidikan' }).returning();
    unitA = a!.id;
    unitB = b!.id;
    await makeUser(t.ctx, { email: 'admin@uji.example', roles: ['admin'] });
    await makeUser(t.ctx, { email: 'pembantu@uji.example', roles: ['ppid_pembantu'], unitId: unitA });
    await makeUser(t.ctx, { email: 'utama@uji.example', roles: ['ppid_utama'] });
  });
  afterAll(async () => t.dispose());

  it('serves the portal home in Bahasa Indonesia with security headers', async () => {
    const b = new Browser(t.app);
    const { res, text } = await b.get('/');
    expect(res.status).toBe(200);
    expect(text).toContain('<html lang="id">');
    expect(text).toContain('Langsung ke konten utama');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('switches to English and back', async () => {
    const b = new Browser(t.app);
    // A portal page has an English URL of its own; the cookie keeps choosing the back office's language.
    const r = await b.get('/bahasa/en?next=/unit');
    expect(r.status).toBe(303);
    expect(r.res.headers.get('location')).toBe('/en/unit');
    const { text } = await b.get('/en/unit');
    expect(text).toContain('<html lang="en">');
    expect((await b.get('/bahasa/id?next=/en/unit')).res.headers.get('location')).toBe('/unit');
    expect((await b.get('/bahasa/id?next=//evil.example')).res.headers.get('location')).toBe('/');
  });

  it('logs in, rotates the session, and logs out', async () => {
    const b = new Browser(t.app);
    await b.get('/masuk');
    b.cookies.set('qg_sid', 'x'.repeat(43)); // a planted session id must not survive sign-in
    const r = await b.post('/masuk', { email: 'admin@uji.example', password: 'kata-sandi-uji-123' });
    expect(r.status).toBe(303);
    expect(r.location).toBe('/admin');
    const sid = b.cookies.get('qg_sid')!;
    expect(sid).not.toBe('x'.repeat(43));
    const setCookie = r.res.headers.getSetCookie().find((c) => c.startsWith('qg_sid='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const page = await b.get('/admin');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Selamat datang');
    const out = await b.post('/keluar', {});
    expect(out.status).toBe(303);
    const again = await b.get('/admin');
    expect(again.status).toBe(303);
    expect(again.res.headers.get('location')).toContain('/masuk');
  });

  it('refuses a state-changing request without a valid CSRF token', async () => {
    const b = new Browser(t.app);
    await b.login('admin@uji.example');
    await b.get('/admin/unit/baru');
    const before = await t.db.db.select().from(units);
    const r = await b.post('/admin/unit', { code: 'csrf-test', name: 'Unit Tanpa Token' }, { csrf: null });
    expect(r.status).toBe(403);
    expect(r.text).toContain('Formulir kedaluwarsa atau tidak sah');
    const forged = await b.post('/admin/unit', { code: 'csrf-test', name: 'Unit Token Palsu' }, { csrf: 'forged-token' });
    expect(forged.status).toBe(403);
    const cross = await b.post('/admin/unit', { code: 'csrf-test', name: 'Dari situs lain' }, { headers: { origin: 'https://evil.example' } });
    expect(cross.status).toBe(403);
    expect(await t.db.db.select().from(units)).toHaveLength(before.length);
    // the same request with the token works
    await b.get('/admin/unit/baru');
    const ok = await b.post('/admin/unit', { code: 'csrf-test', name: 'Unit Dengan Token' });
    expect(ok.status).toBe(303);
  });

  it('throttles after repeated wrong passwords with a clear message', async () => {
    const b = new Browser(t.app, '10.9.9.9');
    await b.get('/masuk');
    const statuses: number[] = [];
    let last = '';
    for (let i = 0; i < 10; i++) {
      const r = await b.post('/masuk', { email: 'utama@uji.example', password: `salah-${i}-xxxxx` });
      statuses.push(r.status);
      last = r.text;
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429, 429, 429]);
    expect(last).toContain('Terlalu banyak percobaan masuk yang gagal');
    // even the right password is refused while throttled
    const right = await b.post('/masuk', { email: 'utama@uji.example', password: 'kata-sandi-uji-123' });
    expect(right.status).toBe(429);
    // after the window, it works again
    t.clock.advance(16 * 60_000);
    const later = await b.post('/masuk', { email: 'utama@uji.example', password: 'kata-sandi-uji-123' });
    expect(later.status).toBe(303);
  });

  it('gives a ppid_pembantu a 403 page and an audit entry for another unit and for admin pages', async () => {
    const b = new Browser(t.app);
    expect((await b.login('pembantu@uji.example')).status).toBe(303);
    expect((await b.get(`/admin/unit/${unitA}`)).status).toBe(200);
    const other = await b.get(`/admin/unit/${unitB}`);
    expect(other.status).toBe(403);
    expect(other.text).toContain('Akses ditolak');
    expect(other.text).not.toMatch(/at .*\.ts:\d+/);
    const users = await b.get('/admin/pengguna');
    expect(users.status).toBe(403);
    const denied = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'access.denied'));
    expect(denied.map((d) => d.entityId)).toEqual(expect.arrayContaining([`GET /admin/unit/${unitB}`, 'GET /admin/pengguna']));
    // Staff actions and access events keep the address they came from.
    expect(denied.map((d) => d.ip)).toContain('10.0.0.1');
    expect((await verifyAuditChain(t.db.db, testAuditKey(t.ctx))).ok).toBe(true);
  });

  it('sends a password reset through the outbox and accepts the link once', async () => {
    const b = new Browser(t.app);
    await b.get('/lupa-sandi');
    const r = await b.post('/lupa-sandi', { email: 'pembantu@uji.example' });
    expect(r.status).toBe(303);
    const unknown = await b.post('/lupa-sandi', { email: 'tidak-ada@uji.example' });
    expect(unknown.location).toBe(r.location); // no account enumeration
    const [mail] = await t.db.db.select().from(outbox).where(eq(outbox.toAddress, 'pembantu@uji.example'));
    expect(mail!.subject).toBe('Atur ulang kata sandi Anda');
    expect(mail!.textBody).not.toMatch(/atur-sandi\/[A-Za-z0-9_-]{20}/);
    const link = /http:\/\/localhost:3000(\/atur-sandi\/\S+)/.exec(deliveredBody(mail!, t.ctx.keys))![1]!;
    expect((await b.get(link)).status).toBe(200);
    const weak = await b.post(link, { password: 'pendek', confirm: 'pendek' });
    expect(weak.status).toBe(422);
    expect(weak.text).toContain('minimal 10 karakter');
    const ok = await b.post(link, { password: 'sandi-baru-yang-panjang', confirm: 'sandi-baru-yang-panjang' });
    expect(ok.status).toBe(303);
    expect((await b.get(link)).status).toBe(400);
    expect((await b.login('pembantu@uji.example', 'sandi-baru-yang-panjang')).status).toBe(303);
  });

  it('lets an admin lock an account, which ends its sessions and refuses sign-in', async () => {
    const victim = new Browser(t.app);
    await victim.login('utama@uji.example');
    expect((await victim.get('/admin')).status).toBe(200);
    const admin = new Browser(t.app);
    await admin.login('admin@uji.example');
    const [u] = await t.db.db.execute(sql`select id from users where email = 'utama@uji.example'`).then((r) => r.rows as { id: string }[]);
    await admin.get(`/admin/pengguna/${u!.id}`);
    const lock = await admin.post(`/admin/pengguna/${u!.id}/kunci`, { reason: 'Pindah tugas' });
    expect(lock.status).toBe(303);
    expect((await victim.get('/admin')).status).toBe(303);
    const refused = await new Browser(t.app).login('utama@uji.example');
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('dikunci');
    await admin.get(`/admin/pengguna/${u!.id}`);
    expect((await admin.post(`/admin/pengguna/${u!.id}/buka-kunci`, {})).status).toBe(303);
    expect((await new Browser(t.app).login('utama@uji.example')).status).toBe(303);
  });

  it('shows friendly 404 pages and problem+json without internals', async () => {
    const b = new Browser(t.app);
    const page = await b.get('/tidak-ada');
    expect(page.status).toBe(404);
    expect(page.text).toContain('Halaman tidak ditemukan');
    const api = await b.get('/api/tidak-ada');
    expect(api.status).toBe(404);
    expect(api.res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('answers health and readiness probes', async () => {
    const h = await t.app.request('/healthz');
    expect(await h.json()).toEqual({ status: 'ok' });
    const r = await t.app.request('/readyz');
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: 'ready', database: 'ok' });
  });
});
