// The people and units of the exemption tests, and a consequence test carried through its whole way.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../src/context.js';
import { users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { draftTest, type DraftInput } from '../../src/domain/exemptions/draft-test.js';
import { decideTest, reviewTest, submitTest } from '../../src/domain/exemptions/workflow.js';
import { makeUser, type TestApp } from './app.js';
import { insertPublicBody, insertUnits } from './factories.js';

export type Cast = {
  dinkes: string;
  bkpsdm: string;
  diskominfo: string;
  setda: string;
  as(email: string): Promise<Ctx>;
};

export const EMAILS = {
  pembantu: 'pembantu.dinkes@pky.go.id',
  other: 'pembantu.bkpsdm@pky.go.id',
  utama: 'utama@pky.go.id',
  atasan: 'atasan@pky.go.id',
  viewer: 'lihat@pky.go.id',
  admin: 'admin@pky.go.id',
};

/** The body, four units and one person per role; everyone but the viewer and the administrator may read Rahasia. */
export async function setupCast(t: TestApp): Promise<Cast> {
  await insertPublicBody(t);
  const { dinkes, bkpsdm, diskominfo, setda } = await insertUnits(t, [
    { code: 'dinkes', name: 'Dinas Kesehatan' },
    { code: 'bkpsdm', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' },
    { code: 'diskominfo', name: 'Dinas Komunikasi, Informatika, Statistik dan Persandian', isPpidUtama: true },
    { code: 'setda', name: 'Sekretariat Daerah' },
  ]);
  await makeUser(t.ctx, { email: EMAILS.pembantu, roles: ['ppid_pembantu'], unitId: dinkes!, name: 'Yuliana Pembantu Dinkes' });
  await makeUser(t.ctx, { email: EMAILS.other, roles: ['ppid_pembantu'], unitId: bkpsdm!, name: 'Pembantu BKPSDM' });
  await makeUser(t.ctx, { email: EMAILS.utama, roles: ['ppid_utama'], unitId: diskominfo!, name: 'Rina Kartika Sari, S.Kom.' });
  await makeUser(t.ctx, { email: EMAILS.atasan, roles: ['atasan_ppid'], unitId: setda!, name: 'Dr. H. Agus Salim, M.Si.' });
  await makeUser(t.ctx, { email: EMAILS.viewer, roles: ['viewer'], name: 'Pemantau' });
  await makeUser(t.ctx, { email: EMAILS.admin, roles: ['admin'], name: 'Administrator' });
  for (const e of [EMAILS.pembantu, EMAILS.other, EMAILS.utama, EMAILS.atasan]) {
    await t.db.db.update(users).set({ clearance: 'rahasia' }).where(eq(users.email, e));
  }
  await t.db.db.update(users).set({ nip: '197011081995031002' }).where(eq(users.email, EMAILS.atasan));
  return {
    dinkes: dinkes!,
    bkpsdm: bkpsdm!,
    diskominfo: diskominfo!,
    setda: setda!,
    async as(email: string) {
      const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
      return { ...t.ctx, actor: toActor(u!) };
    },
  };
}

/** A complete form of a test on new information (ground h.2, five years from 1 March 2026). */
export function testInput(over: Partial<DraftInput> = {}): DraftInput {
  return {
    source: 'baru',
    itemTitle: 'Rekam medis pasien rawat inap RSUD 2025',
    itemDescription: 'Berkas rekam medis elektronik pasien rawat inap.',
    securityLevel: 'terbatas',
    moment: 'proaktif',
    groundCode: 'h.2',
    legalRegulation: 'UU No. 17 Tahun 2023 tentang Kesehatan',
    legalArticle: 'Pasal 4 ayat (1) huruf i',
    withheldInformation: 'Isi rekam medis: diagnosis, riwayat pengobatan dan hasil pemeriksaan pasien.',
    harm: 'Membuka rekam medis mengungkap kondisi kesehatan pribadi pasien dan dapat menimbulkan stigma serta diskriminasi.',
    publicInterest: 'Kepentingan melindungi privasi pasien lebih besar daripada manfaat membuka data individual; statistik agregat tetap dibuka.',
    partial: 'tidak',
    releasedPart: '',
    periodStart: '2026-03-01',
    periodEnd: '2031-02-28',
    publicTitle: 'Rekam medis pasien rumah sakit daerah',
    publicSummary: 'Membuka rekam medis perorangan mengungkap rahasia pribadi tentang kesehatan pasien.',
    ...over,
  };
}

/** Drafted by the Dinkes PPID Pembantu, forwarded by the PPID Utama, approved by the Atasan PPID. */
export async function approvedTest(cast: Cast, over: Partial<DraftInput> = {}, who: { drafter?: string } = {}) {
  const drafter = await cast.as(who.drafter ?? EMAILS.pembantu);
  const draft = await draftTest(drafter, testInput(over));
  await submitTest(drafter, draft.id);
  await reviewTest(await cast.as(EMAILS.utama), draft.id, 'forward', { note: '' });
  return decideTest(await cast.as(EMAILS.atasan), draft.id, { decision: 'setujui', reasons: '' });
}

/**
 * A test drafted, forwarded and approved by the given people: what a redacted copy must rest on (UU KIP
 * Ps 17, 19; Perki 1/2017 Ps 4(1)). `over.itemId` with `source: 'item'` tests an existing item.
 */
export async function approveTestBy(people: { drafter: Ctx; utama: Ctx; atasan: Ctx }, over: Partial<DraftInput> = {}) {
  const draft = await draftTest(people.drafter, testInput({ periodStart: '2025-01-01', ...over }));
  await submitTest(people.drafter, draft.id);
  await reviewTest(people.utama, draft.id, 'forward', { note: '' });
  return decideTest(people.atasan, draft.id, { decision: 'setujui', reasons: 'Pengecualian berdasar uji konsekuensi.' });
}
