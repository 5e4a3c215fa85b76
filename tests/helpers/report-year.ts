// A year of requests (July 2025, a month without holidays) with figures worked out by hand: five requests
// through four channels, every kind of notice, an extension, a late answer, a refusal whose consequence
// test names another Ps 17 letter than the notice, two objections and a dispute. Used by the annual
// report and the anonymisation tests, which must agree on the same figures.
import { eq } from 'drizzle-orm';
import { systemActor, type Ctx } from '../../src/context.js';
import { classifiedItems, consequenceTests, disputes, encryptedFiles, informationRequests, publicBody, units } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { decideObjection, fileObjection } from '../../src/domain/objections/objections.js';
import { disposeRequest } from '../../src/domain/requests/dispose-request.js';
import { extendRequest } from '../../src/domain/requests/extend-request.js';
import type { RequestInput } from '../../src/domain/requests/input.js';
import { respondRequest } from '../../src/domain/requests/respond-request.js';
import { submitRequest, type InformationRequest } from '../../src/domain/requests/submit-request.js';
import { makeUser } from './app.js';
import { citizenRequest } from './factories.js';

type Clock = { set(d: Date): void };

export const APPLICANT: RequestInput = citizenRequest({
  details: 'Salinan kontrak pembangunan drainase Jalan G. Obos tahun 2025 dan adendumnya, untuk rumah saya di Jl. Rajawali.',
  purpose: 'Memantau pembangunan di depan rumah saya.',
});
export const OTHER_EMAIL = 'lain@warga.example';
export const INTERNAL_NOTE = 'Catatan internal: pemohon menelepon, suaranya marah.';
export const INSTRUCTION = 'Mohon cek arsip kontrak Bapak Yohanes Dambung.';
export const CASE_SUMMARY = 'Saya Yohanes Dambung, permohonan saya ditolak padahal kontrak itu bukan rahasia.';

/** 09:00 WIB on a date. */
const at = (date: string, hh = '02:00') => new Date(`${date}T${hh}:00Z`);

export type SeededYear = {
  requests: Record<'r1' | 'r2' | 'r3' | 'r4' | 'r5' | 'old', InformationRequest>;
  tokens: Record<'r1' | 'r2' | 'r3' | 'r4' | 'r5' | 'old', string>;
  units: { dpupr: string; dinkes: string; dishub: string };
  identityFile: string;
  identityBlob: string;
};

export async function seedReportYear(base: Ctx, clock: Clock): Promise<SeededYear> {
  const ctx: Ctx = { ...base, actor: systemActor('uji') };
  await ctx.db
    .insert(publicBody)
    .values({ id: 1, name: 'Pemerintah Kota Palangka Raya', shortName: 'Palangka Raya', ppidContactName: 'Dra. Maria Lumban, M.Si.', timeZone: 'Asia/Jakarta' })
    .onConflictDoUpdate({
      target: publicBody.id,
      set: { name: 'Pemerintah Kota Palangka Raya', shortName: 'Palangka Raya', ppidContactName: 'Dra. Maria Lumban, M.Si.' },
    });
  const [dpupr] = await ctx.db.insert(units).values({ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' }).returning();
  const [dinkes] = await ctx.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
  const [dishub] = await ctx.db.insert(units).values({ code: 'dishub', name: 'Dinas Perhubungan' }).returning();
  const atasan = toActor({ ...(await makeUser(ctx, { email: 'atasan.laporan@pky.go.id', roles: ['atasan_ppid'], name: 'Ir. Sekda Kota' })), passwordHash: '' });

  const submit = async (date: string, input: Partial<RequestInput>, channel: 'web' | 'langsung' | 'email' | 'surat') => {
    clock.set(at(date));
    return submitRequest(ctx, { ...APPLICANT, ...input } as RequestInput, { channel, ipHash: 'ip-hash-of-the-applicant' });
  };
  const respond = async (date: string, id: string, input: Record<string, string>) => {
    clock.set(at(date, '06:00'));
    return respondRequest(ctx, id, { held: 'ya', internalNote: INTERNAL_NOTE, ...input } as never);
  };
  const granted = { materialGiven: 'Kontrak dan adendum', format: 'softcopy', delivery: 'email', provideWorkingDays: '3' };

  // A request of the year before: not counted.
  clock.set(at('2024-11-04'));
  const old = await submitRequest(ctx, { ...APPLICANT, unit: 'dinkes' }, { channel: 'web' });

  // R1: web, individual, DPUPR; granted in full on day 3.
  const r1 = await submit('2025-07-07', {}, 'web');
  await respond('2025-07-10', r1.request.id, { outcome: 'diberikan_seluruhnya', ...granted });
  // The approved consequence tests the refusal and the partial grant cite (UU KIP Ps 19): h.3 and j.
  const approvedTest = async (ground: string, subpoint: number | null, title: string, unitId: string, periodEnd: string | null) => {
    const now = new Date('2025-07-01T00:00:00Z');
    const n = (await ctx.db.select({ id: classifiedItems.id }).from(classifiedItems)).length + 1;
    const [item] = await ctx.db
      .insert(classifiedItems)
      .values({ unitId, number: `INF/UJI/2025/${String(n).padStart(4, '0')}`, title, securityLevel: 'terbatas', createdAt: now, updatedAt: now })
      .returning();
    const [test] = await ctx.db
      .insert(consequenceTests)
      .values({
        itemId: item!.id,
        unitId,
        ground,
        subpoint,
        legalBasis: 'UU 27/2022 tentang Pelindungan Data Pribadi',
        withheldInformation: 'x',
        harm: 'x',
        publicInterest: 'x',
        publicTitle: title,
        publicSummary: 'Membuka informasi ini merugikan pihak yang dilindungi.',
        periodStart: '2025-07-01',
        periodEnd,
        status: 'approved',
        number: `00${n}/PENETAPAN/PPID/VII/2025`,
        year: 2025,
        seq: n,
        decisionDate: '2025-07-01',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return test!;
  };
  const testH = await approvedTest('h', 3, 'Data pribadi penyedia jasa', dpupr!.id, null);
  const testJ = await approvedTest('j', null, 'Rekam medis pasien puskesmas', dinkes!.id, '2030-06-30');

  // R2: web, legal entity, DPUPR; refused on day 10, citing the test on ground h.
  const r2 = await submit('2025-07-07', { applicantType: 'badan_hukum', idNumber: 'AHU-0012345.AH.01.04 Tahun 2019', email: OTHER_EMAIL }, 'web');
  await respond('2025-07-21', r2.request.id, {
    outcome: 'ditolak_dikecualikan',
    reason: 'Memuat data pribadi pihak ketiga.',
    consequenceTestId: testH.id,
  });
  // R3: in person, a group, no unit named; disposed to Dinkes, extended, granted in part (letter j) on day 15.
  const r3 = await submit(
    '2025-07-08',
    { applicantType: 'kelompok', unit: '', email: '', deliveryMethod: 'ambil_langsung', copyFormat: 'hardcopy' },
    'langsung',
  );
  clock.set(at('2025-07-09'));
  await disposeRequest(ctx, r3.request.id, { unitIds: [dinkes!.id], instruction: INSTRUCTION, internalDueDate: '' });
  clock.set(at('2025-07-18'));
  await extendRequest(ctx, r3.request.id, { reason: 'Dokumen masih dikumpulkan dari puskesmas.' });
  await respond('2025-07-29', r3.request.id, {
    outcome: 'diberikan_sebagian',
    ...granted,
    materialWithheld: 'Nama pasien dihitamkan.',
    reason: 'Rahasia medis.',
    consequenceTestId: testJ.id,
  });
  // R4: email, individual, DPUPR; "not held", late on day 12 (due day 10).
  const r4 = await submit('2025-07-09', {}, 'email');
  await respond('2025-07-25', r4.request.id, { outcome: 'tidak_dikuasai', held: 'tidak', holderBody: 'BPN Kota Palangka Raya' });
  // R5: by letter, individual, Dinkes; never answered.
  const r5 = await submit('2025-07-10', { unit: 'dinkes' }, 'surat');

  // Objections: on R2 (grounds a and d), decided in time; on R4 (ground e), still open.
  clock.set(at('2025-07-23'));
  const o1 = await fileObjection(ctx, r2.request.number, r2.token, { grounds: ['penolakan_pasal17', 'tidak_sesuai_permintaan'], caseSummary: CASE_SUMMARY });
  clock.set(at('2025-08-04'));
  await decideObjection({ ...ctx, actor: atasan }, o1.id, {
    decision: 'ditolak_menguatkan_ppid',
    reasons: 'Pertimbangan uji konsekuensi tetap berlaku untuk data pribadi.',
  });
  clock.set(at('2025-07-28'));
  await fileObjection(ctx, r4.request.number, r4.token, { grounds: ['tidak_dipenuhi'], caseSummary: CASE_SUMMARY });
  // A dispute at the Komisi Informasi on R2, in mediation.
  await ctx.db.insert(disputes).values({
    requestId: r2.request.id,
    objectionId: o1.id,
    commission: 'Komisi Informasi Provinsi Kalimantan Tengah',
    caseNumber: '012/KI-KT/PS/VIII/2025',
    filedOn: '2025-08-15',
    stage: 'mediasi',
    hearings: [{ date: '2025-09-01', note: 'Pemohon Yohanes Dambung hadir.' }],
    mediationResult: 'Yohanes Dambung menolak tawaran.',
    createdAt: at('2025-08-15'),
    updatedAt: at('2025-09-01'),
  });

  // R1 came with a scan of the identity card (encrypted at rest).
  const blob = await ctx.blobs.put(new TextEncoder().encode(`ciphertext of the KTP of ${r1.request.number} ${Math.random()}`));
  const [file] = await ctx.db
    .insert(encryptedFiles)
    .values({ blobSha256: blob.sha256, wrappedKey: 'd3JhcHBlZA==', keyId: '0123456789abcdef', size: 1234, mime: 'image/jpeg', createdAt: at('2025-07-07') })
    .returning();
  await ctx.db.update(informationRequests).set({ identityFileId: file!.id }).where(eq(informationRequests.id, r1.request.id));

  const fresh = async (id: string) => (await ctx.db.select().from(informationRequests).where(eq(informationRequests.id, id)))[0]!;
  return {
    requests: {
      r1: await fresh(r1.request.id),
      r2: await fresh(r2.request.id),
      r3: await fresh(r3.request.id),
      r4: await fresh(r4.request.id),
      r5: await fresh(r5.request.id),
      old: old.request,
    },
    tokens: { r1: r1.token, r2: r2.token, r3: r3.token, r4: r4.token, r5: r5.token, old: old.token },
    units: { dpupr: dpupr!.id, dinkes: dinkes!.id, dishub: dishub!.id },
    identityFile: file!.id,
    identityBlob: blob.sha256,
  };
}
