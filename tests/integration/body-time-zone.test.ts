// A body in Papua (WIT, Asia/Jayapura) set in its profile sees its own dates: the receipt letter, the tracking
// page and the back-office list are dated in WIT, and the deadline counts from its own closing hour.
import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/context.js';
import { publicBody, units } from '../../src/db/schema/index.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { citizenRequest, insertPublicBody } from '../helpers/factories.js';

const PROFILE = { name: 'Pemerintah Kota Jayapura', agencyOfficerLabel: 'PPID Pembantu' };

const pdfText = async (bytes: ArrayBuffer) =>
  (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text.replace(/\s+/g, ' ');

describe(`the body's time zone (${backendName})`, () => {
  let t: TestApp;
  let admin: Browser;

  beforeAll(async () => {
    t = await createTestApp();
    await insertPublicBody(t);
    await t.db.db.insert(units).values({ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' });
    await makeUser(t.ctx, { email: 'admin@kota.example', roles: ['admin'] });
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    admin = new Browser(t.app);
    await admin.login('admin@kota.example');
  });
  afterAll(async () => t.dispose());

  it('is chosen in the profile from WIB, WITA and WIT only', async () => {
    const page = await admin.get('/admin/badan-publik');
    expect(page.text).toContain('WIT (Waktu Indonesia Timur, UTC+9)');
    const bad = await admin.post('/admin/badan-publik', { ...PROFILE, timeZone: 'Europe/Berlin' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Pilih zona waktu: WIB, WITA atau WIT.');
    const ok = await admin.post('/admin/badan-publik', { ...PROFILE, timeZone: 'Asia/Jayapura' });
    expect(ok.status).toBe(303);
    const [row] = await t.db.db.select({ timeZone: publicBody.timeZone }).from(publicBody).where(eq(publicBody.id, 1));
    expect(row!.timeZone).toBe('Asia/Jayapura');
  });

  it('dates the receipt, the tracking page and the register in WIT', async () => {
    // Monday 16 March 2026, 15:30 UTC: 22:30 WIB on Monday, but already 00:30 WIT on Tuesday 17 March.
    t.clock.set(new Date('2026-03-16T15:30:00Z'));
    const r = await submitRequest({ ...t.ctx, actor: systemActor('uji') }, citizenRequest());
    expect(r.request.startDate).toBe('2026-03-17');
    const q = `nomor=${encodeURIComponent(r.request.number)}&kode=${r.token}`;

    const receipt = await pdfText(await (await t.app.request(`/permohonan/tanda-bukti.pdf?${q}`)).arrayBuffer());
    expect(receipt).toContain('Selasa, 17 Maret 2026 pukul 00.30 WIT');
    expect(receipt).not.toContain('16 Maret 2026');

    const tracking = await new Browser(t.app).get(`/permohonan/lacak?${q}`);
    expect(tracking.status).toBe(200);
    expect(tracking.text).toContain('17 Maret 2026');
    expect(tracking.text).not.toContain('16 Maret 2026');

    const utama = new Browser(t.app);
    await utama.login('utama@kota.example');
    const list = await utama.get('/admin/permohonan');
    expect(list.text).toContain('17 Mar 2026, 00.30');
  });

  it('counts the deadline from the closing hour in WIT, not in WIB', async () => {
    // Tuesday 14 April, 08:30 UTC: 15:30 WIB (before the 16:00 closing) but 17:30 WIT (after it), so day 0
    // is Wednesday; a body in WIB would count from Tuesday.
    t.clock.set(new Date('2026-04-14T08:30:00Z'));
    const r = await submitRequest({ ...t.ctx, actor: systemActor('uji') }, citizenRequest({ email: 'kedua@warga.example' }));
    expect(r.request.startDate).toBe('2026-04-15');
  });
});
