// The signer of each letter type (issue #14): set in the body profile (name, jabatan, NIP, a.n.), checked at
// the edge; a letter is signed by the officer who decided where the case records one (their NIP from their
// account), otherwise by the signer set for its type, otherwise by the profile's PPID; every letter prints a NIP.
import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/context.js';
import { informationRequests, publicBody, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { getPublicBody } from '../../src/domain/org/public-body.js';
import { extendRequest } from '../../src/domain/requests/extend-request.js';
import { renderRequestLetter } from '../../src/letters/issued-request-letters.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { loadLetterhead } from '../../src/domain/org/letterhead.js';
import { receiptPdf } from '../../src/letters/receipt.js';
import { resolveSigner } from '../../src/domain/org/signer.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { insertPublicBody, insertUnits } from '../helpers/factories.js';

const text = async (pdf: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.replace(/\s+/g, ' ');

const citizen = {
  applicantType: 'perorangan' as const,
  name: 'Maria Ulfah',
  idNumber: '6271035408920001',
  address: 'Jl. Mahir Mahar No. 8, Palangka Raya',
  email: 'maria@warga.example',
  details: 'Data jumlah angkutan kota yang beroperasi dan trayeknya pada tahun 2025.',
  purpose: 'Penelitian transportasi.',
  obtainMethod: 'salinan' as const,
  copyFormat: 'softcopy' as const,
  deliveryMethod: 'email' as const,
  unit: 'dishub',
  consent: true,
};

describe(`letter signers (${backendName})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await insertPublicBody(t);
    await insertUnits(t, [{ code: 'dishub', name: 'Dinas Perhubungan' }]);
    await makeUser(t.ctx, { email: 'admin@pky.go.id', roles: ['admin'], name: 'Administrator' });
    await makeUser(t.ctx, { email: 'utama@pky.go.id', roles: ['ppid_utama'], name: 'Yosef Dehen, S.Sos.' });
    await t.db.db.update(users).set({ nip: '198902142014021003' }).where(eq(users.email, 'utama@pky.go.id'));
  });
  afterAll(async () => t.dispose());

  it('signer per letter type: set in the profile with its NIP, used where no deciding officer is recorded; the deciding officer and their NIP otherwise', async () => {
    const admin = new Browser(t.app);
    await admin.login('admin@pky.go.id');
    const page = await admin.get('/admin/badan-publik');
    for (const f of [
      'name="ppidNip"',
      'name="penetapanApprover"',
      'name="komisiInformasi"',
      'name="atasanLetterheadUnit"',
      'name="signer.perpanjangan.nip"',
      'name="signer.penetapan_tingkat_klasifikasi.onBehalfOf"',
    ]) {
      expect(page.text).toContain(f);
    }
    const form = {
      name: 'Pemerintah Kota Palangka Raya',
      shortName: 'Palangka Raya',
      address: 'Jl. Tjilik Riwut Km. 5,5, Palangka Raya 73112',
      ppidContactName: 'Rina Kartika Sari, S.Kom.',
      agencyOfficerLabel: 'PPID Pembantu',
      ppidPosition: 'Kepala Dinas Kominfo selaku PPID Utama',
      ppidNip: '1978 0311 200212 1 004',
      'signer.perpanjangan.name': 'Drs. Hendra Lesmana',
      'signer.perpanjangan.position': 'Sekretaris Dinas Kominfo',
      'signer.perpanjangan.nip': '12345',
      'signer.perpanjangan.onBehalfOf': 'PPID Utama Kota Palangka Raya',
    };
    // A NIP that is not 18 digits: 422 with the message by the field, nothing saved.
    const bad = await admin.post('/admin/badan-publik', form);
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('NIP terdiri dari 18 angka (boleh dikosongkan).');
    expect(bad.text).toContain('id="e-signer.perpanjangan.nip"');
    expect(bad.text).toContain('value="Drs. Hendra Lesmana"');
    expect((await getPublicBody(t.db.db))!.letterSigners).toEqual({});
    const ok = await admin.post('/admin/badan-publik', { ...form, 'signer.perpanjangan.nip': '197205102000031002' });
    expect(ok.status).toBe(303);
    const body = (await getPublicBody(t.db.db))!;
    expect(body.ppidNip).toBe('197803112002121004');
    expect(body.letterSigners).toEqual({
      perpanjangan: {
        name: 'Drs. Hendra Lesmana',
        position: 'Sekretaris Dinas Kominfo',
        nip: '197205102000031002',
        onBehalfOf: 'PPID Utama Kota Palangka Raya',
      },
    });

    // Defaults by role, from the profile.
    expect(resolveSigner(body, 'pemberitahuan')).toEqual({
      name: 'Rina Kartika Sari, S.Kom.',
      position: 'Kepala Dinas Kominfo selaku PPID Utama',
      nip: '197803112002121004',
      onBehalfOf: '',
    });
    expect(resolveSigner(body, 'tanggapan_keberatan')).toMatchObject({ position: 'Sekretaris Daerah selaku Atasan PPID', onBehalfOf: '' });
    expect(resolveSigner(body, 'penetapan_persetujuan')).toMatchObject({
      onBehalfOf: 'Wali Kota Palangka Raya',
      position: 'Sekretaris Daerah selaku Atasan PPID',
    });
    // The deciding officer signs, with the NIP of their account, under the position set for the type.
    expect(resolveSigner(body, 'perpanjangan', { name: 'Yosef Dehen, S.Sos.', nip: '198902142014021003' })).toEqual({
      name: 'Yosef Dehen, S.Sos.',
      nip: '198902142014021003',
      position: 'Sekretaris Dinas Kominfo',
      onBehalfOf: 'PPID Utama Kota Palangka Raya',
    });

    // An extension by the system (no officer on the case): the signer set for the type, with the a.n. line and NIP.
    t.clock.set(new Date('2026-03-09T02:00:00Z'));
    const a = await submitRequest({ ...t.ctx, actor: systemActor('uji') }, citizen);
    t.clock.set(new Date('2026-03-12T03:00:00Z'));
    await extendRequest({ ...t.ctx, actor: systemActor('uji') }, a.request.id, { reason: 'Dokumen masih dipindai di gudang arsip.' });
    const [r1] = await t.db.db.select().from(informationRequests).where(eq(informationRequests.id, a.request.id));
    const bySetting = await text((await renderRequestLetter(t.ctx, r1!, 'perpanjangan')).pdf);
    expect(bySetting).toMatch(/a\.n\. PPID Utama Kota Palangka Raya Sekretaris Dinas Kominfo, Drs\. Hendra Lesmana NIP 197205102000031002/);
    expect(bySetting).not.toContain('Rina Kartika');

    // An extension by an officer: that officer signs with the NIP of their account.
    const b = await submitRequest({ ...t.ctx, actor: systemActor('uji') }, citizen);
    const [officer] = await t.db.db.select().from(users).where(eq(users.email, 'utama@pky.go.id'));
    await extendRequest({ ...t.ctx, actor: toActor(officer!) }, b.request.id, { reason: 'Dokumen masih dipindai di gudang arsip.' });
    const [r2] = await t.db.db.select().from(informationRequests).where(eq(informationRequests.id, b.request.id));
    const byOfficer = await text((await renderRequestLetter(t.ctx, r2!, 'perpanjangan')).pdf);
    expect(byOfficer).toMatch(/Sekretaris Dinas Kominfo, Yosef Dehen, S\.Sos\. NIP 198902142014021003/);
    // A receipt given at the counter is signed by the officer set for receipts, with NIP; one made online is not signed.
    await t.db.db
      .update(publicBody)
      .set({ letterSigners: { tanda_terima: { name: 'Siti Rahmah, A.Md.', position: 'Petugas Pelayanan Informasi', nip: '199203152019032011' } } });
    const head = await loadLetterhead(t.ctx, await getPublicBody(t.db.db));
    const access = { code: 'KODE', trackingUrl: 'https://ppid.example/permohonan/lacak' };
    const counter = await text(await receiptPdf(head, { ...r1!, channel: 'langsung', unitName: null }, access));
    expect(counter).toMatch(/Petugas Pelayanan Informasi, Siti Rahmah, A\.Md\. NIP 199203152019032011/);
    const online = await text(await receiptPdf(head, { ...r1!, channel: 'web', unitName: null }, access));
    expect(online).toContain('sah tanpa tanda tangan');
    expect(online).not.toContain('Siti Rahmah');
    await t.db.db.update(publicBody).set({ letterSigners: {} });
  });
});
