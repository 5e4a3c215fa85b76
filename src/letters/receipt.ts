// Tanda bukti penerimaan permohonan informasi publik: the applicant's receipt, with the registration
// number, what was asked, the statutory deadline and the way to track it (UU KIP Ps 22(4)–(6)).
import type { InformationRequest } from '../domain/requests/submit-request.js';
import { dateInZone, formatLongDate, zoneOf } from '../domain/calendar/dates.js';
import { receivedText } from './received.js';
import type { Letterhead } from '../domain/org/letterhead.js';
import type { PdfNode } from '../documents/pdf.js';
import { receiptPdfOf, receiptRow } from './receipt-document.js';

const APPLICANT: Record<InformationRequest['applicantType'], string> = {
  perorangan: 'Perorangan',
  badan_hukum: 'Badan hukum',
  kelompok: 'Kelompok orang / organisasi masyarakat',
};
const OBTAIN: Record<InformationRequest['obtainMethod'], string> = {
  melihat: 'Melihat / membaca / mendengarkan / mencatat',
  salinan: 'Mendapatkan salinan informasi',
};
const FORMAT: Record<string, string> = { softcopy: 'Softcopy (berkas elektronik)', hardcopy: 'Hardcopy (cetak)' };
const DELIVERY: Record<string, string> = {
  email: 'Email',
  ambil_langsung: 'Mengambil langsung',
  pos: 'Pos',
  kurir: 'Kurir',
  faksimili: 'Faksimili',
};

const dateIn = (d: Date, timeZone: string) => dateInZone(d, timeZone).date;

export async function receiptPdf(
  head: Letterhead,
  r: InformationRequest & { unitName: string | null },
  access: { code: string; trackingUrl: string },
): Promise<Buffer> {
  const tz = zoneOf(head.body);
  const received = receivedText(r.receivedAt, tz);
  // A request received on a non-working day or after closing counts from the next working day (day 0).
  const countFrom =
    r.startDate === dateIn(r.receivedAt, tz)
      ? `sejak tanggal diterima`
      : `dihitung sejak ${formatLongDate(r.startDate)} (hari kerja berikutnya: permohonan diterima di luar hari atau jam layanan)`;
  const idLabel = r.applicantType === 'badan_hukum' ? 'Nomor SK pengesahan' : 'NIK';
  const row = receiptRow;
  const rows: PdfNode[][] = [
    row('Nomor pendaftaran', r.number),
    row('Diterima', received),
    row('Jenis pemohon', APPLICANT[r.applicantType]),
    row('Nama', r.name),
    row(idLabel, r.idNumber),
    row('Alamat', r.address),
    row('Pekerjaan', r.occupation),
    row('Telepon', r.phone),
    row('Email', r.email),
    ...(r.proxyName ? [row('Kuasa pemohon', r.proxyName)] : []),
    row('Rincian informasi yang dibutuhkan', r.details),
    row('Tujuan penggunaan informasi', r.purpose),
    row('Cara memperoleh informasi', OBTAIN[r.obtainMethod]),
    ...(r.obtainMethod === 'salinan'
      ? [row('Bentuk salinan', FORMAT[r.copyFormat ?? ''] ?? ''), row('Cara mendapatkan salinan', DELIVERY[r.deliveryMethod ?? ''] ?? '')]
      : []),
    ...(r.unitName ? [row('Ditujukan kepada', r.unitName)] : []),
  ];
  return receiptPdfOf(head, {
    number: r.number,
    info: { title: `Tanda Bukti Permohonan ${r.number}`, subject: 'Tanda bukti penerimaan permohonan informasi publik' },
    heading: 'TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK',
    rows,
    deadline: {
      label: 'Batas waktu pemberitahuan tertulis',
      date: r.dueDate,
      note: `10 hari kerja ${countFrom} (UU No. 14 Tahun 2008 Pasal 22 ayat (7)); dapat diperpanjang paling lama 7 hari kerja dengan pemberitahuan tertulis berisi alasannya (Pasal 22 ayat (8)). Hari Sabtu, Minggu, hari libur nasional dan cuti bersama tidak dihitung.`,
    },
    trackingHeading: 'Melacak permohonan',
    trackingAfter: [
      {
        text: 'Bila tidak mendapat jawaban dalam batas waktu, atau tidak puas dengan jawabannya, Anda berhak mengajukan keberatan kepada Atasan PPID dalam 30 hari kerja (UU No. 14 Tahun 2008 Pasal 35–36).',
        style: 'small',
        margin: [0, 6, 0, 0],
      },
    ],
    access,
    channel: r.channel,
    receivedAt: r.receivedAt,
  });
}
