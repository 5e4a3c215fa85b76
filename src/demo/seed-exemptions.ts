// Demo exempt and classified information, played through the real domain functions on a clock that walks
// back over working days: clearances for the demo staff, one classified item per security level with a
// one-page memo (encrypted at rest), consequence tests approved and numbered so that the public DIK lists
// them, one of which ends next month so that its expiry review is open, and two tests still on their way
// (waiting for the PPID Utama and for the Atasan PPID), so that no inbox of the workflow is empty.
import { eq, isNull, sql } from 'drizzle-orm';
import type { Ctx, UserActor } from '../context.js';
import { classifiedItems, CLEARANCES, outbox, units, users, type Clearance, type SecurityLevel } from '../db/schema/index.js';
import { toActor } from '../domain/accounts/sessions.js';
import { addDays, addYears, dateInZone, zoneOf } from '../domain/calendar/dates.js';
import { setClearanceByEmail } from '../domain/classified/clearances.js';
import { attachClassifiedDocument } from '../domain/classified/documents.js';
import { createItem, SECURITY_LEVEL_LABELS } from '../domain/classified/items.js';
import { prepareKeyFile } from '../domain/classified/keys.js';
import { draftTest, type DraftInput } from '../domain/exemptions/draft-test.js';
import { runExpiryReviews } from '../domain/exemptions/reviews.js';
import { decideTest, reviewTest, submitTest } from '../domain/exemptions/workflow.js';
import { getPublicBody } from '../domain/org/public-body.js';
import { renderPdf, type PdfNode } from '../documents/pdf.js';
import { tanggal } from './documents.js';
import { DEMO_DOMAIN } from './demo-domain.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** WIB is UTC+7 all year. */
const WIB = 7 * HOUR;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** The working day (Mon–Fri, WIB) `n` working days before `from`'s day, at `hour`:`minute` WIB. */
function workingDay(from: Date, n: number, hour: number, minute = 0): Date {
  const local = new Date(from.getTime() + WIB);
  const d = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
  const weekend = () => d.getUTCDay() === 0 || d.getUTCDay() === 6;
  let left = n;
  while (left > 0 || weekend()) {
    d.setUTCDate(d.getUTCDate() - 1);
    if (!weekend() && left > 0) left--;
  }
  return new Date(d.getTime() + hour * HOUR + minute * 60_000 - WIB);
}

/** The last day of a period of `years` years from `start`, as on a penetapan ("1 Maret 2026 – 28 Februari 2031"). */
function yearsFrom(start: string, years: number): string {
  return addDays(addYears(start, years), -1);
}

// --- clearances ---------------------------------------------------------------------------------------

/**
 * Who may read what in the demo. Every PPID Pembantu at least Terbatas; the officers of units holding
 * Rahasia or Sangat Rahasia information at that level. The administrator keeps none: administering the
 * system is not a need to know.
 */
const CLEARANCE_OF: Record<string, Clearance> = {
  'ppid.utama': 'rahasia',
  'atasan.ppid': 'sangat_rahasia',
  pemantau: 'biasa',
  'ppid.satpolpp': 'rahasia',
  'ppid.dp3appkb': 'rahasia',
  'ppid.diskominfo': 'sangat_rahasia',
};

const rank = (c: string) => (CLEARANCES as readonly string[]).indexOf(c);

/** Raises (never lowers) a clearance, through the audited domain function. */
async function raiseClearance(ctx: Ctx, email: string, to: Clearance): Promise<void> {
  const [u] = await ctx.db.select({ clearance: users.clearance }).from(users).where(eq(users.email, email));
  if (!u || rank(u.clearance) >= rank(to)) return;
  await setClearanceByEmail(ctx, email, to);
}

// --- the memo of a classified item ---------------------------------------------------------------------

type Memo = {
  nomor: string;
  kepada: string;
  dari: string;
  hal: string;
  paragraphs: string[];
  signer: { position: string; name: string; nip: string };
};

async function memoPdf(m: Memo, o: { unitName: string; level: SecurityLevel; title: string; date: Date }): Promise<Buffer> {
  const mark = SECURITY_LEVEL_LABELS[o.level].id.toUpperCase();
  const marking = { text: mark, alignment: 'center', bold: true, fontSize: 11, color: '#9b1c1c', margin: [0, 22, 0, 0] };
  const row = (label: string, value: string): PdfNode[] => [{ text: label }, { text: ':' }, { text: value }];
  return renderPdf({
    pageSize: 'A4',
    pageMargins: [64, 64, 56, 64],
    // The title in the metadata is the item's; the memo's own subject is in the text.
    info: { title: o.title, subject: m.hal, author: o.unitName, creator: 'Q-Gesy (data contoh)', creationDate: o.date },
    header: marking,
    footer: { ...marking, margin: [0, 24, 0, 0] },
    content: [
      { text: 'PEMERINTAH KOTA PALANGKA RAYA', alignment: 'center', bold: true, fontSize: 13 },
      { text: o.unitName.toUpperCase(), alignment: 'center', bold: true, fontSize: 11, margin: [0, 2, 0, 0] },
      { text: 'Jl. Tjilik Riwut Km. 5,5, Palangka Raya, Kalimantan Tengah 73112', alignment: 'center', fontSize: 8.5, margin: [0, 2, 0, 0] },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 6, x2: 475, y2: 6, lineWidth: 2 },
          { type: 'line', x1: 0, y1: 9, x2: 475, y2: 9, lineWidth: 0.5 },
        ],
        margin: [0, 0, 0, 14],
      },
      { text: 'NOTA DINAS', alignment: 'center', bold: true, fontSize: 12, decoration: 'underline', margin: [0, 0, 0, 12] },
      {
        table: {
          widths: [60, 8, '*'],
          body: [
            row('Kepada', m.kepada),
            row('Dari', m.dari),
            row('Tanggal', tanggal(o.date)),
            row('Nomor', m.nomor),
            row('Sifat', SECURITY_LEVEL_LABELS[o.level].id),
            row('Lampiran', '-'),
            row('Hal', m.hal),
          ],
        },
        layout: 'noBorders',
        fontSize: 10,
      },
      { canvas: [{ type: 'line', x1: 0, y1: 4, x2: 475, y2: 4, lineWidth: 0.5 }], margin: [0, 4, 0, 12] },
      ...m.paragraphs.map((p) => ({ text: p, alignment: 'justify', fontSize: 10.5, lineHeight: 1.25, margin: [0, 0, 0, 8] })),
      {
        columns: [
          { text: '', width: '*' },
          {
            width: 230,
            stack: [
              { text: m.signer.position, margin: [0, 16, 0, 48] },
              { text: m.signer.name, bold: true, decoration: 'underline' },
              { text: `NIP. ${m.signer.nip}` },
            ],
            fontSize: 10.5,
          },
        ],
      },
    ],
  });
}

// --- the plan -----------------------------------------------------------------------------------------

type Steps = {
  /** When the item (and its memo) was recorded; only for items recorded before their test. */
  recorded?: Date;
  drafted: Date;
  submitted?: Date;
  reviewed?: Date;
  decided?: Date;
};

type Plan = {
  unit: string;
  steps: Steps;
  /** A classified item recorded by the unit (with its memo), tested later when a test follows. */
  item?: { title: string; description: string; level: SecurityLevel; memo: Memo };
  /** The test: on the item above (source 'item') or on new information (source 'baru'). */
  test?: Omit<DraftInput, 'source' | 'itemId' | 'moment'>;
  /** What the PPID Utama writes when forwarding. */
  forwardNote?: string;
};

type Dates = {
  now: Date;
  day: (d: Date) => string;
  expiryEnd: string;
};

function plans(d: Dates): Plan[] {
  const wd = (n: number, hour: number, minute = 0) => workingDay(d.now, n, hour, minute);
  // The one that ends next month was approved more than a year ago (and so in an earlier year).
  const longAgo = new Date(d.now.getTime() - 400 * DAY);
  const old = (n: number, hour: number, minute = 0) => workingDay(longAgo, n, hour, minute);
  const year = (x: Date) => new Date(x.getTime() + WIB).getUTCFullYear();
  const month = (x: Date) => ROMAN[new Date(x.getTime() + WIB).getUTCMonth()]!;
  const ref = (code: string, n: number, x: Date) => `${code.replace('{n}', String(n))}/${month(x)}/${year(x)}`;

  const bpprd: Steps = { recorded: wd(8, 9, 20), drafted: wd(7, 10), submitted: wd(7, 14, 10), reviewed: wd(6, 9, 40), decided: wd(5, 13, 30) };
  const dinkes: Steps = { recorded: wd(17, 8, 45), drafted: wd(16, 10, 15), submitted: wd(16, 14), reviewed: wd(15, 10, 30), decided: wd(13, 9, 15) };
  const satpolpp: Steps = { recorded: wd(12, 13, 5), drafted: wd(11, 9, 30), submitted: wd(11, 11), reviewed: wd(10, 14, 20), decided: wd(9, 10, 45) };
  const disdukcapil: Steps = { drafted: wd(4, 9, 30), submitted: wd(4, 10, 10), reviewed: wd(2, 14, 15) };
  const dp3appkb: Steps = { drafted: wd(1, 9, 0), submitted: wd(1, 13, 40) };
  const bpkad: Steps = { drafted: old(4, 10), submitted: old(4, 14), reviewed: old(2, 9, 30), decided: old(0, 11) };

  return [
    // Biasa: the tax payers' list of a city tax, exempt in part (the summary per kelurahan stays open).
    {
      unit: 'bpprd',
      steps: bpprd,
      item: {
        title: 'Daftar ketetapan dan tunggakan PBB-P2 per wajib pajak tahun 2025',
        description:
          'Basis data SPPT PBB-P2 per objek pajak: nama dan alamat wajib pajak, NOP, luas dan NJOP bumi dan bangunan, ketetapan, pembayaran dan tunggakan tahun pajak 2025.',
        level: 'biasa',
        memo: {
          nomor: ref('973/{n}/BPPRD-PDP', 214, bpprd.recorded!),
          kepada: 'Kepala Badan Pengelola Pajak dan Retribusi Daerah',
          dari: 'Kepala Bidang Pendataan dan Penetapan',
          hal: 'Penyampaian daftar tunggakan PBB-P2 tahun pajak 2025 untuk penagihan',
          paragraphs: [
            'Bersama ini kami sampaikan daftar ketetapan dan tunggakan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) tahun pajak 2025 hasil pemutakhiran basis data per 31 Desember 2025, sebanyak 14.236 objek pajak dengan jumlah tunggakan Rp8.412.550.000,00.',
            'Tunggakan terbesar berada di Kecamatan Jekan Raya (5.118 objek pajak) dan Kecamatan Pahandut (3.907 objek pajak). Sebanyak 612 wajib pajak orang pribadi menunggak tiga tahun pajak berturut-turut dan kami usulkan untuk diterbitkan Surat Teguran pada triwulan berjalan.',
            'Daftar memuat nama, alamat, Nomor Objek Pajak, NJOP dan besarnya tunggakan setiap wajib pajak, sehingga hanya digunakan oleh petugas penagihan BPPRD dan tidak untuk diedarkan. Rekapitulasi per kelurahan kami lampirkan terpisah untuk bahan laporan kepada Wali Kota.',
            'Demikian kami sampaikan untuk mendapat arahan lebih lanjut.',
          ],
          signer: { position: 'Kepala Bidang Pendataan dan Penetapan,', name: 'Hj. Norhayati, S.E., M.M.', nip: '197605142002122003' },
        },
      },
      test: {
        groundCode: 'h.3',
        legalRegulation: 'UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi',
        legalArticle: 'Pasal 4 ayat (2) huruf f',
        withheldInformation: 'Nama, alamat, Nomor Objek Pajak, NJOP, besarnya ketetapan dan tunggakan PBB-P2 setiap wajib pajak orang pribadi.',
        harm: 'Membuka daftar per wajib pajak mengungkap kondisi keuangan serta aset tanah dan bangunan seseorang, dapat dipakai untuk penipuan berkedok penagihan pajak, dan mempermalukan wajib pajak yang menunggak.',
        publicInterest:
          'Kepentingan publik atas pengelolaan pajak daerah terpenuhi dengan rekapitulasi per kecamatan dan kelurahan yang tetap dibuka; daftar perorangan tidak menambah akuntabilitas, sedangkan kerugiannya bagi wajib pajak nyata.',
        partial: 'ya',
        releasedPart:
          'Rekapitulasi per kecamatan dan kelurahan: jumlah SPPT, jumlah ketetapan, realisasi pembayaran dan jumlah tunggakan, tanpa data wajib pajak perorangan.',
        periodStart: d.day(bpprd.decided!),
        periodEnd: yearsFrom(d.day(bpprd.decided!), 5),
        publicTitle: 'Data ketetapan dan tunggakan PBB-P2 per wajib pajak orang pribadi',
        publicSummary: 'Data per wajib pajak mengungkap kondisi keuangan dan aset seseorang; rekapitulasi per kelurahan tetap dapat diminta.',
      },
      forwardNote: 'Sudah sesuai; rekapitulasi per kelurahan agar diunggah ke DIP berkala.',
    },
    // Terbatas: the Puskesmas' register of HIV and drug-resistant TB patients, closed without end.
    {
      unit: 'dinkes',
      steps: dinkes,
      item: {
        title: 'Register kohort pasien HIV dan TBC resisten obat di Puskesmas se-Kota Palangka Raya 2025',
        description:
          'Register pasien per Puskesmas: identitas, NIK, alamat, hasil pemeriksaan laboratorium, regimen pengobatan dan status kepatuhan minum obat.',
        level: 'terbatas',
        memo: {
          nomor: ref('440/{n}/Dinkes-P2P', 388, dinkes.recorded!),
          kepada: 'Kepala Dinas Kesehatan Kota Palangka Raya',
          dari: 'Kepala Bidang Pencegahan dan Pengendalian Penyakit',
          hal: 'Laporan kohort pasien HIV dan TBC resisten obat triwulan IV 2025',
          paragraphs: [
            'Dengan hormat, bersama ini kami laporkan register kohort pasien HIV dan TBC resisten obat (TBC RO) dari 11 Puskesmas se-Kota Palangka Raya sampai dengan triwulan IV tahun 2025.',
            'Jumlah orang dengan HIV yang sedang menjalani terapi ARV tercatat 486 orang, 37 di antaranya putus berobat lebih dari tiga bulan. Pasien TBC RO yang sedang diobati berjumlah 23 orang; dua pasien di wilayah kerja Puskesmas Kereng Bangkirai memerlukan kunjungan rumah oleh petugas pengawas menelan obat.',
            'Register memuat nama, NIK, alamat, hasil laboratorium dan riwayat pengobatan setiap pasien. Mohon register ini hanya diakses oleh pengelola program dan tidak dikirim melalui aplikasi pesan; data agregat per kecamatan telah kami siapkan untuk laporan bulanan.',
          ],
          signer: { position: 'Kepala Bidang P2P,', name: 'dr. Yohana Sintha Mahar, M.Kes.', nip: '198103222009022004' },
        },
      },
      test: {
        groundCode: 'h.2',
        legalRegulation: 'UU No. 17 Tahun 2023 tentang Kesehatan',
        legalArticle: 'Pasal 4 ayat (1) huruf i',
        withheldInformation: 'Identitas, NIK, alamat, hasil laboratorium, regimen dan riwayat pengobatan setiap pasien dalam register kohort.',
        harm: 'Membuka register mengungkap status HIV atau TBC seseorang, yang dapat berujung pada stigma, pengucilan dan kehilangan pekerjaan, serta membuat pasien enggan berobat.',
        publicInterest:
          'Kepentingan publik atas pengendalian penyakit menular terpenuhi melalui data agregat kasus per kecamatan yang diumumkan berkala; data perorangan pasien tidak menambah manfaat bagi publik.',
        partial: 'tidak',
        periodStart: d.day(dinkes.decided!),
        periodEnd: '',
        publicTitle: 'Register pasien HIV dan TBC resisten obat di Puskesmas',
        publicSummary: 'Register memuat identitas dan kondisi kesehatan pasien; membukanya mengungkap rahasia pribadi dan menimbulkan stigma.',
      },
    },
    // Rahasia: Satpol PP's plan for a joint enforcement operation, closed while the operations run.
    {
      unit: 'satpolpp',
      steps: satpolpp,
      item: {
        title: `Rencana operasi penertiban terpadu kawasan Pasar Kahayan dan bantaran Sungai Kahayan tahun ${year(satpolpp.recorded!)}`,
        description:
          'Sasaran, jadwal, titik kumpul, jumlah dan penempatan personel gabungan Satpol PP, TNI, Polri dan perangkat daerah, serta rencana pengamanan petugas.',
        level: 'rahasia',
        memo: {
          nomor: ref('300.1.4/{n}/Satpol PP-Gakda', 57, satpolpp.recorded!),
          kepada: 'Kepala Satuan Polisi Pamong Praja Kota Palangka Raya',
          dari: 'Kepala Bidang Penegakan Peraturan Perundang-undangan Daerah',
          hal: 'Rencana operasi penertiban terpadu kawasan Pasar Kahayan dan bantaran Sungai Kahayan',
          paragraphs: [
            'Menindaklanjuti hasil rapat koordinasi Forkopimda tentang ketertiban kawasan Pasar Kahayan dan bantaran Sungai Kahayan, bersama ini kami sampaikan rencana operasi penertiban terpadu bangunan tanpa izin dan pedagang kaki lima yang menempati badan jalan dan sempadan sungai.',
            'Operasi direncanakan dalam tiga tahap pada minggu kedua dan ketiga bulan berjalan, dimulai pukul 05.30 WIB dari titik kumpul Lapangan Sanaman Mantikei, dengan kekuatan 120 personel Satpol PP, 40 personel Polresta, 30 personel Kodim 1016 dan petugas DLH serta DPUPR dengan dua unit alat berat.',
            'Surat Peringatan Ketiga telah disampaikan kepada 64 pemilik bangunan. Mengingat adanya informasi rencana pengerahan massa oleh sebagian pedagang, jadwal, sasaran dan penempatan personel agar tidak disampaikan kepada pihak di luar tim operasi sampai pelaksanaan selesai.',
          ],
          signer: { position: 'Kepala Bidang Gakda,', name: 'Rudy Antang Pahlawan, S.STP., M.Si.', nip: '198409172003121002' },
        },
      },
      test: {
        groundCode: 'a.4',
        legalRegulation:
          'PP No. 16 Tahun 2018 tentang Satuan Polisi Pamong Praja jo. Permendagri No. 16 Tahun 2023 tentang Standar Operasional Prosedur Satuan Polisi Pamong Praja dan Kode Etik Polisi Pamong Praja',
        legalArticle: 'Pasal 5 huruf a dan huruf b PP No. 16 Tahun 2018',
        withheldInformation:
          'Jadwal, lokasi sasaran, titik kumpul, jumlah dan penempatan personel serta rencana pengamanan dalam rencana operasi penertiban terpadu.',
        harm: 'Bila jadwal dan sasaran diketahui lebih dahulu, pelanggar dapat menghindar atau mengerahkan massa untuk menghadang petugas, sehingga operasi gagal dan keselamatan anggota Satpol PP serta warga terancam.',
        publicInterest:
          'Publik tetap memperoleh Perda yang ditegakkan, sosialisasi dan surat peringatan kepada pelanggar sebelum penertiban, serta laporan hasil operasi sesudahnya; yang ditutup hanya rincian taktis selama rangkaian operasi berjalan.',
        partial: 'tidak',
        periodStart: d.day(satpolpp.decided!),
        periodEnd: addDays(d.day(satpolpp.decided!), 182),
        publicTitle: 'Rencana operasi penertiban terpadu Satuan Polisi Pamong Praja',
        publicSummary:
          'Membuka jadwal, sasaran dan penempatan personel sebelum operasi memungkinkan pelanggar menghindar dan membahayakan keselamatan petugas.',
      },
      forwardNote: 'Jangka waktu dibatasi enam bulan; laporan hasil operasi tetap diumumkan.',
    },
    // Sangat Rahasia: the city's cipher keys. No test: the PPID Utama is not cleared to review it.
    {
      unit: 'diskominfo',
      steps: { recorded: wd(21, 10, 5), drafted: wd(21, 10, 5) },
      item: {
        title: 'Dokumen kunci sistem persandian dan jaring komunikasi sandi Pemerintah Kota Palangka Raya',
        description:
          'Daftar perangkat dan alokasi kunci sandi, pola hubungan komunikasi sandi antarperangkat daerah, serta prosedur penggantian kunci dalam keadaan darurat.',
        level: 'sangat_rahasia',
        memo: {
          nomor: ref('000.5.4/{n}/Diskominfo-Sandi', 12, wd(21, 10, 5)),
          kepada: 'Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian',
          dari: 'Kepala Bidang Persandian',
          hal: 'Penggantian kunci sandi periodik dan pemutakhiran jaring komunikasi sandi',
          paragraphs: [
            'Sesuai Peraturan Badan Siber dan Sandi Negara Nomor 10 Tahun 2019 tentang Pelaksanaan Persandian untuk Pengamanan Informasi di Pemerintah Daerah, kami laporkan bahwa penggantian kunci sandi periodik semester I telah dilaksanakan pada seluruh simpul jaring komunikasi sandi Pemerintah Kota.',
            'Jaring komunikasi sandi kini menghubungkan Wali Kota, Sekretaris Daerah, Inspektorat, BPBPK dan Satpol PP dengan 14 perangkat terenkripsi. Alokasi kunci, nomor seri perangkat dan pola hubungan setiap simpul kami uraikan dalam tabel terlampir yang disimpan terpisah di ruang sandi.',
            'Dalam keadaan darurat, kunci cadangan disimpan dalam brankas ruang sandi dan hanya dapat dibuka oleh dua pejabat sandi secara bersamaan. Mohon dokumen ini tidak diperbanyak.',
          ],
          signer: { position: 'Kepala Bidang Persandian,', name: 'Ir. Bambang Sutrisno Tingang, M.T.', nip: '197712052005011003' },
        },
      },
    },
    // New information, approved more than a year ago; its period ends next month, so its review is open.
    {
      unit: 'bpkad',
      steps: bpkad,
      test: {
        itemTitle: 'Rencana awal pembelian tanah untuk perluasan kompleks perkantoran Pemerintah Kota di Jalan Tjilik Riwut',
        itemDescription:
          'Kajian kebutuhan lahan, daftar bidang tanah yang akan dibeli beserta pemiliknya, hasil penilaian awal harga oleh penilai publik dan rencana penganggaran.',
        securityLevel: 'terbatas',
        groundCode: 'e.4',
        legalRegulation: 'UU No. 2 Tahun 2012 tentang Pengadaan Tanah bagi Pembangunan untuk Kepentingan Umum',
        legalArticle: 'Pasal 33 dan Pasal 34',
        withheldInformation:
          'Lokasi dan luas bidang tanah yang akan dibeli, identitas pemiliknya, nilai taksiran penilai publik dan pagu anggaran yang disiapkan.',
        harm: 'Bila lokasi dan pagu diketahui sebelum musyawarah harga, spekulan dapat membeli lebih dulu dan menaikkan harga, sehingga daerah membayar lebih mahal dari nilai wajar dan pengadaan tertunda.',
        publicInterest:
          'Kebutuhan lahan dan anggarannya tetap terbuka dalam dokumen APBD; lokasi, luas dan harga dibuka setelah pembelian selesai. Kerugian keuangan daerah bila dibuka sekarang lebih besar daripada manfaatnya.',
        partial: 'tidak',
        periodStart: d.day(bpkad.decided!),
        periodEnd: d.expiryEnd,
        publicTitle: 'Rencana awal pembelian tanah untuk perluasan kompleks perkantoran Pemerintah Kota',
        publicSummary: 'Membuka lokasi dan nilai taksiran sebelum musyawarah harga mengundang spekulasi tanah dan merugikan keuangan daerah.',
      },
      forwardNote: 'Mohon ditetapkan; jangka waktu mengikuti jadwal pembelian tanah.',
    },
    // Forwarded by the PPID Utama, waiting for the Atasan PPID.
    {
      unit: 'disdukcapil',
      steps: disdukcapil,
      test: {
        itemTitle: 'Biodata penduduk dan riwayat perubahan data dalam Kartu Keluarga',
        itemDescription:
          'Biodata penduduk, susunan anggota keluarga, status perkawinan, riwayat pindah datang serta dokumen pendukung perubahan elemen data pada Kartu Keluarga.',
        securityLevel: 'terbatas',
        groundCode: 'h.1',
        legalRegulation: 'UU No. 24 Tahun 2013 tentang Perubahan atas UU No. 23 Tahun 2006 tentang Administrasi Kependudukan',
        legalArticle: 'Pasal 79 ayat (1) dan Pasal 84 ayat (1)',
        withheldInformation:
          'Biodata, NIK, susunan dan hubungan anggota keluarga, status perkawinan, keterangan disabilitas serta dokumen pendukung perubahan data seseorang.',
        harm: 'Membuka data perseorangan dan riwayat keluarga mengungkap perceraian, pengangkatan anak atau disabilitas seseorang, dan membuka peluang penyalahgunaan NIK untuk pinjaman daring ilegal dan penipuan.',
        publicInterest:
          'Data agregat kependudukan per kecamatan dan kelurahan tetap diumumkan setiap semester; data perseorangan hanya diberikan kepada penduduk yang bersangkutan atau lembaga pengguna yang sah.',
        partial: 'tidak',
        periodStart: d.day(disdukcapil.drafted),
        periodEnd: '',
        publicTitle: 'Data perseorangan penduduk dan riwayat Kartu Keluarga',
        publicSummary: 'Data perseorangan penduduk memuat riwayat dan kondisi keluarga seseorang yang dilindungi sebagai rahasia pribadi.',
      },
      forwardNote: 'Dasar hukum sudah tepat; mohon Atasan PPID menetapkan.',
    },
    // Submitted, waiting for the PPID Utama.
    {
      unit: 'dp3appkb',
      steps: dp3appkb,
      test: {
        itemTitle: 'Berkas pengaduan dan pendampingan korban kekerasan terhadap perempuan dan anak di UPTD PPA',
        itemDescription:
          'Formulir pengaduan, kronologi kejadian, hasil asesmen psikologis, catatan pendampingan hukum dan rujukan layanan kesehatan bagi korban.',
        securityLevel: 'rahasia',
        groundCode: 'a.2',
        legalRegulation: 'UU No. 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak jo. UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual',
        legalArticle: 'Pasal 19 ayat (1) UU No. 11 Tahun 2012',
        withheldInformation: 'Identitas korban dan pelapor, kronologi kejadian, hasil asesmen psikologis dan catatan pendampingan setiap kasus.',
        harm: 'Membuka berkas mengungkap identitas korban dan pelapor, membuka peluang intimidasi oleh pelaku dan keluarganya, serta menimbulkan trauma ulang dan stigma bagi korban, terlebih anak.',
        publicInterest:
          'Publik tetap memperoleh jumlah kasus, jenis kekerasan dan layanan yang diberikan setiap tahun dalam laporan UPTD PPA; identitas dan rincian kasus tidak menambah manfaat bagi publik.',
        partial: 'tidak',
        periodStart: d.day(dp3appkb.drafted),
        periodEnd: yearsFrom(d.day(dp3appkb.drafted), 10),
        publicTitle: 'Berkas pengaduan dan pendampingan korban kekerasan terhadap perempuan dan anak',
        publicSummary: 'Membuka berkas pengaduan mengungkap identitas korban dan pelapor yang dilindungi dalam proses penegakan hukum.',
      },
    },
  ];
}

// --- the seeding --------------------------------------------------------------------------------------

/**
 * Seeds the demo's classified items and consequence tests; does nothing (returns 0) when classified items
 * other than the refused request's exist. Needs the demo units and users, and the key ring. Returns the
 * number of items recorded.
 */
export async function seedDemoExemptions(ctx: Ctx): Promise<number> {
  const [any] = await ctx.db.select({ id: classifiedItems.id }).from(classifiedItems).where(isNull(classifiedItems.requestId)).limit(1);
  if (any || !ctx.keys) return 0;
  const userBy = async (email: string): Promise<UserActor | null> => {
    const [u] = await ctx.db.select().from(users).where(eq(users.email, email));
    return u ? toActor(u) : null;
  };
  if (!(await userBy(`ppid.utama@${DEMO_DOMAIN}`)) || !(await userBy(`atasan.ppid@${DEMO_DOMAIN}`))) return 0;
  // `qgesy seed-demo` may run before the first `serve` made the key file: make it as serve does (never
  // over files encrypted with a key that is missing).
  await prepareKeyFile(ctx.db, ctx.keys, ctx.clock.now());

  const unitRows = await ctx.db.select({ id: units.id, code: units.code, name: units.name }).from(units);
  for (const u of unitRows) await raiseClearance(ctx, `ppid.${u.code}@${DEMO_DOMAIN}`, CLEARANCE_OF[`ppid.${u.code}`] ?? 'terbatas');
  for (const who of ['ppid.utama', 'atasan.ppid', 'pemantau']) await raiseClearance(ctx, `${who}@${DEMO_DOMAIN}`, CLEARANCE_OF[who]!);

  // Actors are read after the clearances changed.
  const utama = (await userBy(`ppid.utama@${DEMO_DOMAIN}`))!;
  const atasan = (await userBy(`atasan.ppid@${DEMO_DOMAIN}`))!;
  const now = ctx.clock.now();
  const body = await getPublicBody(ctx.db);
  const zone = zoneOf(body);
  const day = (x: Date) => dateInZone(x, zone).date;
  const today = day(now);
  const reviewDays = body?.exemptionReviewDays ?? 30;
  const as = (actor: UserActor, when: Date): Ctx => ({ ...ctx, actor, clock: { now: () => when } });

  // Every step of every plan, played in time order: the audit log reads as one history and the
  // penetapan numbers follow the decision dates.
  type Step = { at: Date; run: () => Promise<void> };
  const steps: Step[] = [];
  let made = 0;
  for (const p of plans({ now, day, expiryEnd: addDays(today, Math.min(30, reviewDays)) })) {
    const unit = unitRows.find((u) => u.code === p.unit);
    const officer = await userBy(`ppid.${p.unit}@${DEMO_DOMAIN}`);
    if (!unit || !officer) continue;
    const s = p.steps;
    const item = p.item;
    const test = p.test;
    let itemId = '';
    let testId = '';
    if (item) {
      const at = s.recorded ?? s.drafted;
      steps.push({
        at,
        run: async () => {
          const recorded = await createItem(as(officer, at), { title: item.title, description: item.description, securityLevel: item.level });
          itemId = recorded.id;
          const pdf = await memoPdf(item.memo, { unitName: unit.name, level: item.level, title: item.title, date: at });
          await attachClassifiedDocument(as(officer, new Date(at.getTime() + 12 * 60_000)), itemId, {
            filename: `nota-dinas-${p.unit}-${item.memo.nomor.split('/')[1]}.pdf`,
            bytes: pdf,
          });
        },
      });
      made++;
    }
    if (!test) continue;
    if (!item) made++;
    steps.push({
      at: s.drafted,
      run: async () => {
        const source = itemId ? { source: 'item', itemId } : { source: 'baru' };
        testId = (await draftTest(as(officer, s.drafted), { ...test, ...source, moment: 'proaktif' })).id;
      },
    });
    const { submitted, reviewed, decided } = s;
    if (submitted) steps.push({ at: submitted, run: async () => void (await submitTest(as(officer, submitted), testId)) });
    if (reviewed) steps.push({ at: reviewed, run: async () => void (await reviewTest(as(utama, reviewed), testId, 'forward', { note: p.forwardNote ?? '' })) });
    if (decided) steps.push({ at: decided, run: async () => void (await decideTest(as(atasan, decided), testId, { decision: 'setujui', reasons: '' })) });
  }
  steps.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const step of steps) await step.run();
  // Mails of steps weeks old would have gone out long ago: only the last week's stay queued.
  await ctx.db
    .update(outbox)
    .set({ status: 'sent', attempts: 1, sentAt: outbox.createdAt })
    .where(sql`${outbox.template} like 'exemption_%' and ${outbox.status} = 'pending' and ${outbox.createdAt} < ${new Date(now.getTime() - 7 * DAY)}`);
  // The daily job, so that the review of the exemption ending next month is open in the back office.
  await runExpiryReviews(ctx);
  return made;
}
