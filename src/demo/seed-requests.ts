// Demo requests for information, played through the real domain functions on a clock that walks through the
// last weeks: some new, some with an agency, answered (given, refused as exempt: objected to, upheld and
// taken to the Komisi Informasi), one extended, one late and objected to and decided, so that the inbox, the register, the tracking page and the objection
// register show a believable picture.
import { eq, sql } from 'drizzle-orm';
import { anonymous, type Ctx } from '../context.js';
import { informationRequests, outbox, units, users, type RequestChannel } from '../db/schema/index.js';
import { toActor } from '../domain/accounts/sessions.js';
import { addHearing } from '../domain/disputes/add-dispute-hearing.js';
import { changeStage } from '../domain/disputes/change-dispute-stage.js';
import { registerDispute } from '../domain/disputes/register-dispute.js';
import { decideObjection, fileObjection } from '../domain/objections/objections.js';
import { completeFollowUp } from '../domain/objections/complete-follow-up.js';
import { answerDisposition } from '../domain/requests/answer-disposition.js';
import { disposeRequest } from '../domain/requests/dispose-request.js';
import { extendRequest } from '../domain/requests/extend-request.js';
import type { RequestInput } from '../domain/requests/input.js';
import { respondRequest } from '../domain/requests/respond-request.js';
import { submitRequest } from '../domain/requests/submit-request.js';
import { draftTest } from '../domain/exemptions/draft-test.js';
import { addDays, utcDate } from '../domain/calendar/dates.js';
import { decideTest, reviewTest, submitTest } from '../domain/exemptions/workflow.js';
import { requestDispositions } from '../db/schema/request-handling.js';
import { DEMO_DOMAIN } from './demo-domain.js';
import { seedDemoGroundB } from './seed-ground-b.js';

/** Seeded near the end of a year, a letter's deadline may lie in a year whose calendar is not loaded yet: the
 * demo's officers confirm it, as the forms ask (domain/calendar/calendar-gaps.ts). */
const CONFIRMED = { calendarGapConfirmed: true };

const DAY = 86_400_000;

type Plan = {
  daysAgo: number;
  unit: string;
  input: Omit<RequestInput, 'consent' | 'unit'>;
  /** How far it got: received, disposed, unit answered, extended, answered (given or refused), objected. */
  stage: 'received' | 'disposed' | 'unit_answered' | 'extended' | 'given' | 'refused' | 'objected';
  /** intake: received in person, by letter, email or phone and entered by the PPID Utama (web when absent). */
  channel?: RequestChannel;
};

const person = (name: string, nik: string, address: string, occupation: string, email: string, phone = '') => ({
  applicantType: 'perorangan' as const,
  name,
  idNumber: nik,
  address,
  occupation,
  email,
  phone,
  proxyName: '',
});

const PLANS: Plan[] = [
  {
    daysAgo: 2,
    unit: 'dpupr',
    stage: 'received',
    input: {
      ...person('Yohanes Dambung', '6271031203870004', 'Jl. Rajawali VII No. 12, Palangka Raya', 'Wiraswasta', 'yohanes@warga.example'),
      details: 'Salinan kontrak pembangunan drainase Jalan G. Obos tahun anggaran 2025 beserta adendumnya.',
      purpose: 'Memantau pelaksanaan pembangunan di lingkungan tempat tinggal.',
      obtainMethod: 'salinan',
      copyFormat: 'softcopy',
      deliveryMethod: 'email',
    },
  },
  {
    daysAgo: 6,
    unit: 'dinkes',
    stage: 'disposed',
    input: {
      ...person('Siti Rahmawati', '6271034507900002', 'Jl. G. Obos XI No. 3, Palangka Raya', 'Mahasiswa', 'siti@warga.example'),
      details: 'Data kasus demam berdarah dengue per kelurahan tahun 2025 dan 2026.',
      purpose: 'Penelitian skripsi kesehatan masyarakat.',
      obtainMethod: 'salinan',
      copyFormat: 'softcopy',
      deliveryMethod: 'email',
    },
  },
  {
    // 11 days before the test clock (16 March 2026): its notice is due on 26 March, three working days
    // later (Nyepi and Idul Fitri in between), so that the work queue shows a request due soon.
    daysAgo: 11,
    unit: 'disdik',
    stage: 'unit_answered',
    input: {
      ...person('Agus Tinus', '6271010101800009', 'Jl. Diponegoro No. 21, Palangka Raya', 'Guru', '', '0812 5100 2233'),
      details: 'Daftar sekolah dasar negeri penerima dana BOS tahun 2026 dan besarannya.',
      purpose: 'Bahan rapat komite sekolah.',
      obtainMethod: 'salinan',
      copyFormat: 'hardcopy',
      deliveryMethod: 'ambil_langsung',
    },
  },
  {
    daysAgo: 16,
    unit: 'dpupr',
    stage: 'extended',
    input: {
      ...person('Maria Ulfah', '6271035408920001', 'Jl. Mahir Mahar No. 8, Palangka Raya', 'Peneliti', 'maria@warga.example'),
      details: 'Dokumen AMDAL dan izin lingkungan pembangunan jembatan Kahayan II.',
      purpose: 'Kajian lingkungan oleh lembaga swadaya masyarakat.',
      obtainMethod: 'salinan',
      copyFormat: 'softcopy',
      deliveryMethod: 'email',
    },
  },
  {
    daysAgo: 24,
    unit: 'bpkad',
    stage: 'given',
    input: {
      ...person('Dewi Lestari', '6271034507900003', 'Jl. Tjilik Riwut Km. 7, Palangka Raya', 'Wartawan', 'dewi@warga.example'),
      details: 'Laporan realisasi anggaran Pemerintah Kota Palangka Raya tahun 2025.',
      purpose: 'Bahan pemberitaan.',
      obtainMethod: 'salinan',
      copyFormat: 'softcopy',
      deliveryMethod: 'email',
    },
  },
  {
    daysAgo: 30,
    unit: 'bkpsdm',
    stage: 'refused',
    input: {
      ...person('Budi Santoso', '6271012304850001', 'Jl. Kinibalu No. 5, Palangka Raya', 'Karyawan swasta', 'budi@warga.example'),
      details: 'Salinan berkas penilaian kinerja dan catatan disiplin seorang pegawai dinas.',
      purpose: 'Kepentingan pribadi.',
      obtainMethod: 'salinan',
      copyFormat: 'softcopy',
      deliveryMethod: 'email',
    },
  },
  {
    daysAgo: 40,
    unit: 'dishub',
    stage: 'objected',
    input: {
      ...person('Rahmat Hidayat', '6271010507880006', 'Jl. Yos Sudarso No. 14, Palangka Raya', 'Pengemudi angkutan', 'rahmat@warga.example'),
      details: 'Data trayek dan jumlah angkutan kota yang beroperasi tahun 2025.',
      purpose: 'Bahan diskusi paguyuban pengemudi.',
      obtainMethod: 'salinan',
      copyFormat: 'softcopy',
      deliveryMethod: 'email',
    },
  },
];

/** Seeds the demo requests; does nothing when any request exists. Needs the demo units and users. */
export async function seedDemoRequests(ctx: Ctx): Promise<number> {
  const [any] = await ctx.db.select({ id: informationRequests.id }).from(informationRequests).limit(1);
  if (any) return 0;
  // The refusal's consequence test is on a Terbatas item: its drafter, reviewer and decider must be able to read it.
  await ctx.db
    .update(users)
    .set({ clearance: 'terbatas' })
    .where(
      sql`${users.email} in (${`ppid.utama@${DEMO_DOMAIN}`}, ${`atasan.ppid@${DEMO_DOMAIN}`}, ${`ppid.bkpsdm@${DEMO_DOMAIN}`}) and ${users.clearance} in ('none', 'biasa')`,
    );
  const userBy = async (email: string) => {
    const [u] = await ctx.db.select().from(users).where(eq(users.email, email));
    return u ? toActor(u) : null;
  };
  const utama = await userBy(`ppid.utama@${DEMO_DOMAIN}`);
  const atasan = await userBy(`atasan.ppid@${DEMO_DOMAIN}`);
  if (!utama || !atasan) return 0;
  const now = ctx.clock.now().getTime();
  // Working hours (10:00 WIB) on the day `daysAgo` before today.
  const at = (daysAgo: number, hour = 3) => {
    const d = new Date(now - daysAgo * DAY);
    d.setUTCHours(hour, 0, 0, 0);
    return d;
  };
  const as = (actor: typeof utama, when: Date): Ctx => ({ ...ctx, actor, clock: { now: () => when } });
  // The register must read like a real year: the cases of the story plus earlier, answered requests since
  // 2 January, all registered in the order they came in (numbers ascend with the time of receipt, no gaps),
  // mostly within service hours (08.00–15.30 WIB) at varied minutes.
  const plans = [...backgroundPlans(new Date(now)), ...PLANS]
    .map((p, i) => ({ p, i, received: receivedAt(now, p.daysAgo, i, p.stage === 'received') }))
    .sort((a, b) => a.received.getTime() - b.received.getTime());
  let made = 0;
  for (const { p, i, received } of plans) {
    const [unit] = await ctx.db.select().from(units).where(eq(units.code, p.unit));
    if (!unit) continue;
    const officer = await userBy(`ppid.${p.unit}@${DEMO_DOMAIN}`);
    const { request, token } = await submitRequest(
      { ...ctx, clock: { now: () => received } },
      { ...p.input, unit: p.unit, consent: true },
      // intake: a staff-entered request keeps its channel and the officer who entered it.
      p.channel && p.channel !== 'web' ? { channel: p.channel, enteredBy: utama.id } : { ipHash: `demo-${i}` },
    );
    made++;
    if (p.stage === 'received') continue;
    await disposeRequest(as(utama, at(p.daysAgo - 1)), request.id, {
      unitIds: [unit.id],
      instruction: 'Mohon siapkan informasi yang diminta dan sampaikan jawaban unit melalui Q-Gesy.',
    });
    if (p.stage === 'disposed') continue;
    const [disp] = await ctx.db.select().from(requestDispositions).where(eq(requestDispositions.requestId, request.id));
    if (officer && disp) {
      await answerDisposition(as(officer, at(p.daysAgo - 3)), request.id, {
        dispositionId: disp.id,
        answer:
          p.stage === 'refused'
            ? 'Informasi berisi data pribadi dan penilaian kinerja pegawai; diusulkan dikecualikan.'
            : 'Informasi tersedia dan sudah kami siapkan dalam bentuk berkas PDF.',
      });
    }
    if (p.stage === 'unit_answered') continue;
    if (p.stage === 'extended') {
      await extendRequest(
        as(utama, at(p.daysAgo - 8)),
        request.id,
        {
          reason: 'Dokumen masih dihimpun dari arsip bidang dan perlu diperiksa apakah memuat informasi yang dikecualikan.',
        },
        CONFIRMED,
      );
      continue;
    }
    if (p.stage === 'refused') {
      if (!officer) continue;
      // The refusal cites a consequence test drafted for this request by the unit, approved by the Atasan PPID.
      const test = await refusalTest(as(officer, at(p.daysAgo - 4)), request.id, at(p.daysAgo - 4));
      await submitTest(as(officer, at(p.daysAgo - 4)), test);
      await reviewTest(as(utama, at(p.daysAgo - 5)), test, 'forward', { note: 'Dasar hukum dan pertimbangan sudah tepat.' });
      await decideTest(as(atasan, at(p.daysAgo - 5, 5)), test, { decision: 'setujui', reasons: 'Penilaian kinerja adalah rahasia pribadi pegawai.' });
      await respondRequest(
        as(utama, at(p.daysAgo - 6)),
        request.id,
        {
          outcome: 'ditolak_dikecualikan',
          held: 'ya',
          consequenceTestId: test,
          reason: 'Informasi memuat riwayat, kondisi dan penilaian kinerja pribadi seorang pegawai.',
        },
        CONFIRMED,
      );
      // The applicant objects, the Atasan PPID upholds the refusal, and the case goes to the Komisi Informasi.
      const objection = await fileObjection({ ...ctx, actor: anonymous, clock: { now: () => at(p.daysAgo - 8) } }, request.number, token, {
        grounds: ['penolakan_pasal17'],
        caseSummary: 'Yang saya minta hanya rekapitulasi, bukan data pribadi pegawai; seharusnya dapat diberikan dengan penghitaman.',
      });
      await decideObjection(
        as(atasan, at(p.daysAgo - 13)),
        objection.id,
        {
          decision: 'ditolak_menguatkan_ppid',
          reasons: 'Rekapitulasi untuk satu unit kecil tetap dapat mengungkap penilaian pegawai tertentu; keputusan PPID dikuatkan.',
        },
        CONFIRMED,
      );
      const dispute = await registerDispute(as(utama, at(p.daysAgo - 21)), request.id, {
        commission: 'Komisi Informasi Provinsi Kalimantan Tengah',
        caseNumber: `004/${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][at(p.daysAgo - 21).getUTCMonth()]}/KI-KT-PS/${at(p.daysAgo - 21).getUTCFullYear()}`,
        filedOn: at(p.daysAgo - 20)
          .toISOString()
          .slice(0, 10),
        respondentRep: 'Kepala Bagian Hukum Sekretariat Daerah',
      });
      await addHearing(as(utama, at(p.daysAgo - 25)), dispute.id, {
        date: at(p.daysAgo - 25)
          .toISOString()
          .slice(0, 10),
        note: 'Pemeriksaan awal: kedudukan hukum pemohon diterima.',
      });
      // A refusal under Ps 17 (objection ground a) is not mediated: it goes to adjudication (UU KIP Ps 40(2)).
      await changeStage(as(utama, at(p.daysAgo - 26)), dispute.id, { stage: 'ajudikasi' });
      continue;
    }
    if (p.stage === 'given') {
      await respondRequest(
        as(utama, at(p.daysAgo - 6)),
        request.id,
        {
          outcome: 'diberikan_seluruhnya',
          held: 'ya',
          materialGiven: 'Laporan Realisasi Anggaran tahun 2025 (PDF, 48 halaman).',
          format: 'softcopy',
          delivery: 'email',
          provideWorkingDays: '1',
        },
        CONFIRMED,
      );
      continue;
    }
    // objected: never answered; two days after the deadline the applicant objects, the Atasan PPID decides.
    const latest = now - 3_600_000;
    const filed = new Date(Math.min(Date.parse(`${request.dueDate}T03:00:00Z`) + 2 * DAY, latest - DAY));
    const objection = await fileObjection({ ...ctx, actor: anonymous, clock: { now: () => filed } }, request.number, token, {
      grounds: ['tidak_ditanggapi'],
      caseSummary: 'Permohonan saya tidak dijawab sampai batas waktu sepuluh hari kerja lewat.',
    });
    const decidedAt = new Date(Math.min(filed.getTime() + 5 * DAY, latest));
    await decideObjection(
      as(atasan, decidedAt),
      objection.id,
      {
        decision: 'dikabulkan',
        reasons: 'PPID tidak memberikan pemberitahuan tertulis dalam jangka waktu UU 14/2008 Pasal 22 ayat (7); data trayek adalah informasi publik.',
        followUp: 'PPID Utama memberikan data trayek kepada pemohon paling lambat 5 hari kerja.',
        followUpWorkingDays: 5,
      },
      CONFIRMED,
    );
    // The PPID carried the decision out three days later (the follow-up task closes; the case is no longer late).
    const carriedOut = new Date(decidedAt.getTime() + 3 * DAY);
    if (carriedOut.getTime() < latest) {
      await completeFollowUp(as(utama, carriedOut), objection.id, {
        givenOn: utcDate(carriedOut),
        note: 'Data trayek angkutan kota dikirim ke email pemohon dalam bentuk berkas PDF dan XLSX.',
      });
    }
  }
  // Objections on ground b without a request (information not published), after the others: the numbering is shared.
  await seedDemoGroundB(ctx, { utama, atasan });
  // Mails of events weeks old would have gone out long ago: only the last week's stay queued.
  await ctx.db
    .update(outbox)
    .set({ status: 'sent', attempts: 1, sentAt: outbox.createdAt })
    .where(
      sql`${outbox.template} like any (array['request_%', 'objection_%', 'exemption_%']) and ${outbox.status} = 'pending' and ${outbox.createdAt} < ${new Date(now - 7 * DAY)}`,
    );
  return made;
}

/**
 * When the demo's request `i` arrives: on a working day, at varied minutes within the service hours (08.00–14.59
 * WIB). The newest one came through the web form on a Saturday evening, as real ones sometimes do.
 */
function receivedAt(now: number, daysAgo: number, i: number, evening: boolean): Date {
  let d = new Date(now - daysAgo * DAY);
  if (evening) {
    d.setUTCHours(10, 9, 0, 0); // 17.09 WIB
    return d;
  }
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d = new Date(d.getTime() - DAY);
  const minutes = (i * 137 + 41) % 420;
  d.setUTCHours(1, minutes, (i * 29) % 60, 0);
  return d;
}

const BACKGROUND: { unit: string; details: string; purpose: string; who: [string, string, string, string] }[] = [
  {
    unit: 'bpkad',
    details: 'Ringkasan APBD Kota Palangka Raya tahun anggaran 2026 per urusan.',
    purpose: 'Bahan diskusi forum warga.',
    who: ['Hendra Saputra', '6271011702880003', 'Jl. Beliang No. 9, Palangka Raya', 'Wiraswasta'],
  },
  {
    unit: 'dinkes',
    details: 'Jumlah puskesmas dan tenaga kesehatan per kecamatan tahun 2025.',
    purpose: 'Penelitian tugas akhir.',
    who: ['Nur Aini', '6271034811990002', 'Jl. Sisingamangaraja No. 4, Palangka Raya', 'Mahasiswa'],
  },
  {
    unit: 'disdik',
    details: 'Jadwal dan kuota penerimaan peserta didik baru SMP negeri tahun 2026.',
    purpose: 'Persiapan pendaftaran anak.',
    who: ['Yuliani', '6271026104850001', 'Jl. Temanggung Tilung No. 17, Palangka Raya', 'Ibu rumah tangga'],
  },
  {
    unit: 'dpupr',
    details: 'Daftar paket pekerjaan jalan lingkungan tahun anggaran 2026 beserta pagunya.',
    purpose: 'Pemantauan pembangunan oleh LSM.',
    who: ['Fransiskus Ngabut', '6271030309790005', 'Jl. Seth Adji No. 30, Palangka Raya', 'Aktivis LSM'],
  },
  {
    unit: 'dishub',
    details: 'Data titik lampu lalu lintas dan jadwal pemeliharaannya tahun 2025.',
    purpose: 'Bahan pemberitaan.',
    who: ['Rizky Pratama', '6271011210930004', 'Jl. Cilik Riwut Km. 3, Palangka Raya', 'Wartawan'],
  },
  {
    unit: 'bkpsdm',
    details: 'Rekapitulasi jumlah aparatur sipil negara menurut golongan dan jenis kelamin tahun 2025.',
    purpose: 'Penelitian kebijakan kepegawaian.',
    who: ['Lusiana Damanik', '6271035506870006', 'Jl. Ahmad Yani No. 55, Palangka Raya', 'Dosen'],
  },
];

/** Earlier, answered requests: one about every six days from the first working days of January to 45 days ago. */
const STAFF_CHANNELS: RequestChannel[] = ['langsung', 'surat', 'email', 'telepon'];

function backgroundPlans(now: Date): Plan[] {
  const jan2 = Date.UTC(now.getUTCFullYear(), 0, 2, 2);
  const plans: Plan[] = [];
  for (let day = jan2, k = 0; day < now.getTime() - 45 * DAY; day += 6 * DAY, k++) {
    let d = new Date(day);
    // Weekdays only.
    while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d = new Date(d.getTime() + DAY);
    const daysAgo = Math.round((now.getTime() - d.getTime()) / DAY);
    const b = BACKGROUND[k % BACKGROUND.length]!;
    const email = `${b.who[0].split(' ')[0]!.toLowerCase()}@warga.example`;
    plans.push({
      daysAgo,
      unit: b.unit,
      stage: 'given',
      // intake: the year's first requests came through every channel, so the annual report counts them.
      channel: STAFF_CHANNELS[k] ?? 'web',
      input: {
        ...person(b.who[0], b.who[1], b.who[2], b.who[3], email),
        details: b.details,
        purpose: b.purpose,
        obtainMethod: 'salinan',
        copyFormat: 'softcopy',
        deliveryMethod: 'email',
      },
    });
  }
  return plans;
}

/** The consequence test of the refused demo request: ground h.4 (evaluation of a person's capability), five years. */
async function refusalTest(ctx: Ctx, requestId: string, when: Date): Promise<string> {
  const day = utcDate(when);
  const end = addDays(day, 5 * 365);
  const test = await draftTest(ctx, {
    source: 'permohonan',
    requestId,
    itemTitle: 'Berkas penilaian kinerja dan catatan disiplin pegawai yang dimohon',
    itemDescription: 'Sasaran kinerja pegawai, penilaian atasan dan catatan hukuman disiplin seorang pegawai.',
    securityLevel: 'terbatas',
    moment: 'saat_permohonan',
    groundCode: 'h.4',
    legalRegulation: 'PP No. 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil',
    legalArticle: 'Pasal 47 ayat (1)',
    withheldInformation: 'Nilai dan catatan penilaian kinerja serta catatan disiplin pegawai yang namanya disebut pemohon.',
    harm: 'Membuka penilaian kinerja dan catatan disiplin seorang pegawai mengungkap hasil evaluasi kemampuannya dan dapat merugikan nama baik serta kariernya.',
    publicInterest:
      'Kepentingan publik atas akuntabilitas kepegawaian terpenuhi melalui informasi agregat yang dibuka; penilaian perorangan tidak menyangkut kepentingan publik yang lebih besar.',
    partial: 'tidak',
    periodStart: day,
    periodEnd: end,
    publicTitle: 'Berkas penilaian kinerja dan catatan disiplin perorangan pegawai',
    publicSummary: 'Membuka penilaian kinerja perorangan mengungkap hasil evaluasi kemampuan seseorang yang dilindungi sebagai rahasia pribadi.',
  });
  return test.id;
}
