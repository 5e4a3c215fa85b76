// Demo objections on ground b of UU KIP Ps 35(1) filed without a request (information that must be published
// was not), so that the demo shows the form's result in the register, the Atasan PPID's inbox and decision,
// and the citizen account: one sent through the web form and decided (granted), one handed in as a letter at
// the counter and still with the Atasan PPID. Filed after the demo's other objections, so that the shared
// numbering ascends with the time of receipt.
import { eq, isNull, max } from 'drizzle-orm';
import type { Ctx, UserActor } from '../context.js';
import { objections, units } from '../db/schema/index.js';
import { fileUnpublishedObjection } from '../domain/objections/file-unpublished-objection.js';
import { decideObjection } from '../domain/objections/objections.js';

const CONFIRMED = { calendarGapConfirmed: true };

/** Files the two (nothing when the database already holds an objection without a request); returns how many. */
export async function seedDemoGroundB(ctx: Ctx, staff: { utama: UserActor; atasan: UserActor }): Promise<number> {
  const [existing] = await ctx.db.select({ id: objections.id }).from(objections).where(isNull(objections.requestId)).limit(1);
  if (existing) return 0;
  const now = ctx.clock.now().getTime();
  const [last] = await ctx.db.select({ at: max(objections.receivedAt) }).from(objections);
  const from = last?.at ? last.at.getTime() : now - 14 * 86_400_000;
  const span = Math.max(now - from, 3 * 3_600_000);
  const when = (share: number) => new Date(from + Math.round(span * share));
  const unitOf = async (code: string) => (await ctx.db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]?.id ?? '';

  const web = await fileUnpublishedObjection(
    { ...ctx, clock: { now: () => when(0.3) } },
    {
      name: 'Yunita Sari Tambunan',
      idNumber: '6271034507910002',
      address: 'Jl. Temanggung Tilung XV No. 21, Kelurahan Menteng, Kecamatan Jekan Raya, Palangka Raya',
      phone: '081351230417',
      email: 'yunita.tambunan@warga.example',
      unpublishedInformation:
        'Ringkasan laporan keuangan dan laporan realisasi anggaran Dinas Lingkungan Hidup Kota Palangka Raya tahun 2025, serta laporan pengelolaan sampah di TPA Jalan Tjilik Riwut km 14.',
      unitId: await unitOf('dlh'),
      caseSummary:
        'Saya mencari laporan keuangan dan laporan pengelolaan sampah Dinas Lingkungan Hidup tahun 2025 di laman PPID Kota dan di papan pengumuman kantor dinas, tetapi keduanya tidak ada. Laporan keuangan adalah informasi berkala menurut Pasal 9 ayat (2) huruf c UU 14/2008.',
    },
  );
  const clinic = await fileUnpublishedObjection(
    { ...ctx, actor: staff.utama, clock: { now: () => when(0.6) } },
    {
      name: 'Forum Warga Peduli Kesehatan Pahandut',
      address: 'Jl. Kinibalu No. 7, Kelurahan Pahandut, Kecamatan Pahandut, Palangka Raya',
      phone: '085249007312',
      unpublishedInformation:
        'Jadwal layanan, daftar tarif retribusi dan prosedur rujukan di puskesmas se-Kota Palangka Raya (informasi yang wajib tersedia setiap saat, Pasal 11).',
      unitId: await unitOf('dinkes'),
      caseSummary:
        'Pengurus forum sudah tiga kali menanyakan ke puskesmas dan ke laman PPID; jadwal dan tarif yang terpasang masih tahun 2023. Kami meminta daftar yang berlaku diumumkan di laman PPID dan di setiap puskesmas.',
      proxyName: 'Markus Dambung (ketua forum)',
    },
    { channel: 'langsung', enteredBy: staff.utama.id, receivedAt: when(0.6) },
  );
  await decideObjection(
    { ...ctx, actor: staff.atasan, clock: { now: () => when(0.85) } },
    web.objection.id,
    {
      decision: 'dikabulkan',
      reasons:
        'Ringkasan laporan keuangan dan laporan kegiatan termasuk informasi yang wajib diumumkan secara berkala (UU 14/2008 Pasal 9 ayat (2)); Dinas Lingkungan Hidup belum mengumumkannya untuk tahun 2025.',
      followUp: 'PPID Pelaksana Dinas Lingkungan Hidup mengumumkan laporan keuangan 2025 dan laporan pengelolaan sampah TPA di laman PPID Kota.',
      followUpWorkingDays: 5,
    },
    CONFIRMED,
  );
  return [web, clinic].length;
}
