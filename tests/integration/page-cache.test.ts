// The public page cache: anonymous portal pages are served from memory, and any committed change to what
// the portal shows (through the domain, or straight in SQL) is visible on the very next request.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { unpublishEntry } from '../../src/domain/dip/unpublish-dip-entry.js';
import { updateEntry } from '../../src/domain/dip/update-dip-entry.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { dipInput } from '../helpers/dip.js';

describe(`public page cache (${backendName})`, () => {
  let t: TestApp;
  let pembantu: Ctx;
  let utama: Ctx;
  let unitId: string;

  const as = async (email: string): Promise<Ctx> => {
    const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
    return { ...t.ctx, actor: toActor(u!) };
  };
  const anon = () => new Browser(t.app);
  const cached = (r: { res: Response }) => r.res.headers.get('x-page-cache') === 'hit';

  async function publish(title: string) {
    t.clock.advance(60_000);
    const e = await createDraft(pembantu, unitId, dipInput({ title }));
    await submitEntries(pembantu, [e.id]);
    await approveEntry(utama, e.id);
    return e;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const [u] = await t.db.db.insert(units).values({ code: 'dishub', name: 'Dinas Perhubungan' }).returning();
    unitId = u!.id;
    await makeUser(t.ctx, { email: 'pembantu@dishub.example', roles: ['ppid_pembantu'], unitId });
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    pembantu = await as('pembantu@dishub.example');
    utama = await as('utama@kota.example');
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('serves the second anonymous view from memory with the same bytes and headers', async () => {
    const e = await publish('Jadwal Uji Kir Kendaraan 2026');
    const first = await anon().get(`/informasi/${e.slug}`);
    expect(first.status).toBe(200);
    expect(cached(first)).toBe(false);
    const second = await anon().get(`/informasi/${e.slug}`);
    expect(cached(second)).toBe(true);
    expect(second.text).toBe(first.text);
    expect(second.res.headers.get('content-type')).toBe(first.res.headers.get('content-type'));
    expect(second.res.headers.get('content-security-policy')).toBe(first.res.headers.get('content-security-policy'));
    // A first visit's cookie (the form token's) belongs to that visitor and is never replayed.
    expect(first.res.headers.getSetCookie().length).toBeGreaterThan(0);
    expect(second.res.headers.getSetCookie()).toEqual([]);
  });

  it('shows an unpublished entry as gone on the very next request, and an approved edit at once', async () => {
    const e = await publish('Data Trayek Angkutan Kota');
    expect((await anon().get(`/informasi/${e.slug}`)).status).toBe(200);
    expect(cached(await anon().get('/'))).toBe(false);
    const home = await anon().get('/');
    expect(cached(home)).toBe(true);
    expect(home.text).toContain('Data Trayek Angkutan Kota');

    await updateEntry(pembantu, e.id, dipInput({ title: 'Data Trayek Angkutan Kota (Revisi)' }));
    // An edit that is not approved changes nothing public, but the catalogue moved: rendered again.
    const pending = await anon().get(`/informasi/${e.slug}`);
    expect(pending.text).toContain('Data Trayek Angkutan Kota');
    expect(pending.text).not.toContain('(Revisi)');
    await submitEntries(pembantu, [e.id]);
    await approveEntry(utama, e.id);
    expect((await anon().get(`/informasi/${e.slug}`)).text).toContain('Data Trayek Angkutan Kota (Revisi)');

    await unpublishEntry(utama, e.id, 'Salah unggah, memuat data pribadi.');
    expect((await anon().get(`/informasi/${e.slug}`)).status).toBe(404);
    expect((await anon().get('/')).text).not.toContain('Data Trayek Angkutan Kota');
    expect((await anon().get('/cari?q=trayek')).text).not.toContain('Data Trayek Angkutan Kota');
  });

  it('sees changes made straight in the database, outside the application code', async () => {
    await anon().get('/unit');
    expect(cached(await anon().get('/unit'))).toBe(true);
    await t.db.db.execute(sql`update units set name = 'Dinas Perhubungan Kota' where code = 'dishub'`);
    const after = await anon().get('/unit');
    expect(cached(after)).toBe(false);
    expect(after.text).toContain('Dinas Perhubungan Kota');
  });

  it('keeps languages apart and never serves a signed-in officer from memory', async () => {
    await anon().get('/informasi');
    const id = await anon().get('/informasi');
    expect(cached(id)).toBe(true);
    expect(id.text).toContain('<html lang="id"');
    // English has its own URL (and the language cookie does not change what a portal URL shows).
    const en = new Browser(t.app);
    en.cookies.set('qg_lang', 'en');
    expect((await en.get('/informasi')).text).toContain('<html lang="id"');
    const enFirst = await en.get('/en/informasi');
    expect(cached(enFirst)).toBe(false);
    expect(enFirst.text).toContain('<html lang="en"');
    expect(cached(await en.get('/en/informasi'))).toBe(true);

    const officer = new Browser(t.app);
    await officer.login('utama@kota.example');
    for (let i = 0; i < 2; i++) {
      const page = await officer.get('/informasi');
      expect(cached(page)).toBe(false);
      expect(page.text).toContain('action="/keluar"');
    }
  });

  it('does not keep error pages, files or the back office', async () => {
    for (let i = 0; i < 2; i++) {
      const missing = await anon().get('/informasi/tidak-ada-entri-ini');
      expect(missing.status).toBe(404);
      expect(cached(missing)).toBe(false);
      expect(cached(await anon().get('/sitemap.xml'))).toBe(false);
      expect(cached(await anon().get('/masuk'))).toBe(false);
    }
  });

  it('moves the public generation once per committed transaction, not for other tables', async () => {
    const before = await t.db.publicGeneration();
    await t.db.db.transaction(async (tx) => {
      await tx.execute(sql`update units set phone = '0536 1' where code = 'dishub'`);
      await tx.execute(sql`update units set phone = '0536 2' where code = 'dishub'`);
    });
    const once = await t.db.publicGeneration();
    expect(once).toBe(before + 1);
    await t.db.db.execute(sql`update users set name = name`);
    expect(await t.db.publicGeneration()).toBe(once);
    await expect(
      t.db.db.transaction(async (tx) => {
        await tx.execute(sql`update units set phone = '0536 3' where code = 'dishub'`);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const [u] = await t.db.db.select().from(units).where(eq(units.code, 'dishub'));
    expect(u!.phone).toBe('0536 2');
    expect(await t.db.publicGeneration()).toBe(once);
  });
});
