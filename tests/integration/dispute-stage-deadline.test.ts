// The dispute page shows the statutory deadline of the current stage (stage-periods.ts): 14 working days to
// start (Ps 38(1)), 100 to settle (Ps 38(2)); at the court stage, the day the judgment was received gives the
// cassation window in calendar days (Ps 50).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, systemActor } from '../../src/context.js';
import { auditLog, disputes, informationRequests, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { changeStage } from '../../src/domain/disputes/change-dispute-stage.js';
import { registerDispute } from '../../src/domain/disputes/register-dispute.js';
import { decideObjection, fileObjection } from '../../src/domain/objections/objections.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

describe(`dispute stage deadlines (${backendName})`, () => {
  let t: TestApp;
  let disputeId = '';
  const actorOf = async (email: string) => toActor((await t.db.db.select().from(users).where(eq(users.email, email)))[0]!);

  beforeAll(async () => {
    t = await createTestApp();
    await t.db.db.insert(units).values({ code: 'dishub', name: 'Dinas Perhubungan' });
    await makeUser(t.ctx, { email: 'atasan@kota.example', roles: ['atasan_ppid'] });
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    t.clock.set(new Date('2026-03-02T02:00:00Z'));
    const r = await submitRequest(
      { ...t.ctx, actor: systemActor('uji') },
      {
        applicantType: 'perorangan',
        name: 'Maria Ulfah',
        idNumber: '6271035408920001',
        address: 'Jl. Mahir Mahar No. 8, Palangka Raya',
        email: 'maria@warga.example',
        details: 'Data jumlah angkutan kota yang beroperasi dan trayeknya pada tahun 2025.',
        purpose: 'Penelitian transportasi.',
        obtainMethod: 'salinan',
        copyFormat: 'softcopy',
        deliveryMethod: 'email',
        unit: 'dishub',
        consent: true,
      },
    );
    await t.db.db.update(informationRequests).set({ dueDate: '2026-03-10' }).where(eq(informationRequests.id, r.request.id));
    t.clock.set(new Date('2026-03-11T03:00:00Z'));
    const o = await fileObjection({ ...t.ctx, actor: anonymous }, r.request.number, r.token, {
      grounds: ['tidak_ditanggapi'],
      caseSummary: 'Sudah lewat sepuluh hari kerja tanpa jawaban apa pun dari PPID.',
    });
    t.clock.set(new Date('2026-03-13T03:00:00Z'));
    await decideObjection(
      { ...t.ctx, actor: await actorOf('atasan@kota.example') },
      o.id,
      { decision: 'ditolak_menguatkan_ppid', reasons: 'Keputusan PPID sudah sesuai ketentuan yang berlaku.' },
      { calendarGapConfirmed: true },
    );
    t.clock.set(new Date('2026-03-17T03:00:00Z'));
    const d = await registerDispute({ ...t.ctx, actor: await actorOf('utama@kota.example') }, r.request.id, {
      commission: 'Komisi Informasi Provinsi Kalimantan Tengah',
      caseNumber: '011/III/KI-KT-PS/2026',
      filedOn: '2026-03-16',
    });
    disputeId = d.id;
  });
  afterAll(async () => t.dispose());

  it('shows the deadline of the initial examination and of mediation', async () => {
    const b = new Browser(t.app);
    await b.login('utama@kota.example');
    const page = await b.get(`/admin/sengketa/${disputeId}`);
    expect(page.text).toContain('Tenggat tahap ini: </strong>Senin, 13 April 2026');
    expect(page.text).toContain('14 hari kerja, UU KIP Ps 38(1)');
    await changeStage({ ...t.ctx, actor: await actorOf('utama@kota.example') }, disputeId, { stage: 'mediasi' });
    const mediation = await b.get(`/admin/sengketa/${disputeId}`);
    expect(mediation.text).toContain('Tenggat tahap ini: </strong>Jumat, 21 Agustus 2026');
    expect(mediation.text).toContain('100 hari kerja, UU KIP Ps 38(2)');
  });

  it('at the court stage, records the judgment’s receipt and shows the cassation window in calendar days', async () => {
    // The stages in between (ruling, appeal) are covered by disputes.test.ts; here the case is put at the court stage.
    await t.db.db.update(disputes).set({ stage: 'keberatan_pengadilan' }).where(eq(disputes.id, disputeId));
    t.clock.set(new Date('2026-12-21T03:00:00Z'));
    const b = new Browser(t.app);
    await b.login('utama@kota.example');
    const before = await b.get(`/admin/sengketa/${disputeId}`);
    expect(before.text).toContain('belum dapat dihitung');
    const future = await b.post(`/admin/sengketa/${disputeId}/pengadilan`, { receivedOn: '2026-12-30' });
    expect(future.status).toBe(422);
    expect(future.text).toContain('tidak setelah hari ini');
    const atasan = new Browser(t.app);
    await atasan.login('atasan@kota.example');
    await atasan.get(`/admin/sengketa/${disputeId}`);
    const ok = await b.post(`/admin/sengketa/${disputeId}/pengadilan`, { receivedOn: '2026-12-20' });
    expect(ok.status).toBe(303);
    const page = await b.get(`/admin/sengketa/${disputeId}`);
    // 14 calendar days: over Christmas, the cuti bersama of 24 December and the weekend, to Sunday 3 January.
    expect(page.text).toContain('Tenggat tahap ini: </strong>Minggu, 3 Januari 2027');
    expect(page.text).toContain('14 hari kalender, UU KIP Ps 50');
    expect((await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'dispute.court_ruling'))).length).toBe(1);
  });
});
