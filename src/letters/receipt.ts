// Tanda bukti penerimaan permohonan informasi publik: the applicant's receipt, with the registration
// number, what was asked, the statutory deadline and the way to track it (UU KIP Ps 22(4)–(6)).
import QRCode from 'qrcode';
import type { InformationRequest } from '../domain/requests/submit-request.js';
import { dateInZone, formatLongDate, zoneOf } from '../domain/calendar/dates.js';
import { receivedText } from './received.js';
import { letterheadNodes, LETTER_STYLES, type Letterhead } from '../domain/org/letterhead.js';
import { resolveSigner, signatureBlock } from '../domain/org/signer.js';
import { renderPdf, type PdfNode } from '../documents/pdf.js';

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

/** The tracking link as a QR code (PNG data URL), error correction M so a creased or smudged receipt still scans. */
export function trackingQr(url: string): Promise<string> {
  return QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, scale: 6 });
}

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
  const row = (label: string, value: string): PdfNode[] => [{ text: label, style: 'label' }, { text: value || '–' }];
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
  const doc = {
    pageSize: 'A4',
    pageMargins: [40, 36, 40, 48],
    info: { title: `Tanda Bukti Permohonan ${r.number}`, author: head.body?.name ?? 'PPID', subject: 'Tanda bukti penerimaan permohonan informasi publik' },
    defaultStyle: { fontSize: 10, lineHeight: 1.15 },
    styles: LETTER_STYLES,
    footer: (page: number, pages: number) => ({
      text: `${r.number} · halaman ${page} dari ${pages}`,
      style: 'small',
      alignment: 'center',
      margin: [0, 16, 0, 0],
    }),
    content: [
      ...letterheadNodes(head),
      { text: 'TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK', style: 'title' },
      { text: `Nomor: ${r.number}`, style: 'number' },
      { table: { widths: [150, '*'], body: rows }, layout: 'lightHorizontalLines' },
      {
        margin: [0, 14, 0, 0],
        table: {
          widths: ['*'],
          body: [
            [
              {
                stack: [
                  { text: 'Batas waktu pemberitahuan tertulis', bold: true },
                  { text: formatLongDate(r.dueDate), fontSize: 13, bold: true, margin: [0, 2, 0, 2] },
                  {
                    text: `10 hari kerja ${countFrom} (UU No. 14 Tahun 2008 Pasal 22 ayat (7)); dapat diperpanjang paling lama 7 hari kerja dengan pemberitahuan tertulis berisi alasannya (Pasal 22 ayat (8)). Hari Sabtu, Minggu, hari libur nasional dan cuti bersama tidak dihitung.`,
                    style: 'small',
                  },
                ],
                margin: [6, 6, 6, 6],
              },
            ],
          ],
        },
      },
      {
        margin: [0, 12, 0, 0],
        columns: [
          {
            width: '*',
            stack: [
              { text: 'Melacak permohonan', bold: true },
              { text: ['Kode pelacakan: ', { text: access.code, bold: true }, ' (rahasia; jangan dibagikan)'] },
              { text: access.trackingUrl, link: access.trackingUrl, color: '#0b4f8a', fontSize: 8.5, margin: [0, 2, 0, 0] },
              { text: 'Atau pindai kode QR di samping dengan kamera ponsel.', style: 'small', margin: [0, 2, 0, 0] },
              {
                text: 'Bila tidak mendapat jawaban dalam batas waktu, atau tidak puas dengan jawabannya, Anda berhak mengajukan keberatan kepada Atasan PPID dalam 30 hari kerja (UU No. 14 Tahun 2008 Pasal 35–36).',
                style: 'small',
                margin: [0, 6, 0, 0],
              },
            ],
          },
          // The QR code opens the tracking page with the number and the code: exactly the link printed beside it,
          // so it tells nobody holding this paper more than the paper already does.
          { width: 96, image: await trackingQr(access.trackingUrl), fit: [96, 96], margin: [8, 0, 0, 0] },
        ],
      },
      // Received online: made by the system, valid without a signature. At the counter: signed by the officer
      // set for receipts (signer.ts), with NIP.
      r.channel === 'web'
        ? {
            margin: [0, 24, 0, 0],
            columns: [
              { width: '*', text: '' },
              {
                width: 220,
                stack: [
                  { text: [head.body?.shortName, formatLongDate(dateIn(r.receivedAt, tz))].filter(Boolean).join(', ') },
                  { text: 'Petugas Pelayanan Informasi', margin: [0, 2, 0, 0] },
                  { text: 'Diterima melalui laman PPID; tanda bukti ini dibuat oleh sistem dan sah tanpa tanda tangan.', style: 'small', margin: [0, 8, 0, 0] },
                  { text: head.body?.ppidContactName || 'PPID', bold: true, margin: [0, 8, 0, 0] },
                ],
              },
            ],
          }
        : {
            margin: [0, 24, 0, 0],
            stack: [
              signatureBlock(resolveSigner(head.body, 'tanda_terima'), {
                heading: [[head.body?.shortName, formatLongDate(dateIn(r.receivedAt, tz))].filter(Boolean).join(', ')],
              }),
            ],
          },
    ],
  };
  return renderPdf(doc);
}
