// Tanda bukti penerimaan keberatan on ground b of UU KIP Ps 35(1) filed without a request (information that
// must be published was not): the applicant's receipt as a PDF, with the objection's number, its applicant,
// what was not published, the Atasan PPID's 30 working days (Ps 36(2)) and the way to track it. Laid out as
// the request's receipt (receipt.ts), whose tracking QR code it shares.
import type { Objection } from '../domain/objections/objections.js';
import { dateInZone, formatLongDate, zoneOf } from '../domain/calendar/dates.js';
import { letterheadNodes, LETTER_STYLES, type Letterhead } from '../domain/org/letterhead.js';
import { resolveSigner, signatureBlock } from '../domain/org/signer.js';
import { renderPdf, type PdfNode } from '../documents/pdf.js';
import { receivedText } from './received.js';
import { trackingQr } from './receipt.js';

/** The tracking page of an objection without a request, with its number and code (what the QR code opens). */
export function objectionTrackingUrl(baseUrl: string, number: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/permohonan/keberatan/lacak?nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(code)}`;
}

export async function unpublishedObjectionReceiptPdf(
  head: Letterhead,
  o: Objection & { unitName: string | null },
  access: { code: string; trackingUrl: string },
): Promise<Buffer> {
  const tz = zoneOf(head.body);
  const row = (label: string, value: string): PdfNode[] => [{ text: label, style: 'label' }, { text: value || '–' }];
  const rows: PdfNode[][] = [
    row('Nomor registrasi keberatan', o.number),
    row('Diterima', receivedText(o.receivedAt, tz)),
    row('Alasan keberatan', 'UU No. 14 Tahun 2008 Pasal 35 ayat (1) huruf b: informasi yang wajib diumumkan (Pasal 9, 10, 11) belum diumumkan'),
    row('Nama', o.applicantName),
    row('NIK', o.applicantIdNumber),
    row('Alamat', o.applicantAddress),
    row('Telepon', o.applicantPhone),
    row('Email', o.applicantEmail),
    ...(o.proxyName ? [row('Kuasa pemohon', o.proxyName)] : []),
    row('Informasi yang belum diumumkan', o.unpublishedInformation),
    ...(o.unitName ? [row('Unit yang menguasai informasi', o.unitName)] : []),
    row('Kasus posisi', o.caseSummary),
  ];
  const place = [head.body?.shortName, formatLongDate(dateInZone(o.receivedAt, tz).date)].filter(Boolean).join(', ');
  const doc = {
    pageSize: 'A4',
    pageMargins: [40, 36, 40, 48],
    info: { title: `Tanda Bukti Keberatan ${o.number}`, author: head.body?.name ?? 'PPID', subject: 'Tanda bukti penerimaan keberatan' },
    defaultStyle: { fontSize: 10, lineHeight: 1.15 },
    styles: LETTER_STYLES,
    footer: (page: number, pages: number) => ({
      text: `${o.number} · halaman ${page} dari ${pages}`,
      style: 'small',
      alignment: 'center',
      margin: [0, 16, 0, 0],
    }),
    content: [
      ...letterheadNodes(head),
      { text: 'TANDA BUKTI PENERIMAAN KEBERATAN', style: 'title' },
      { text: `Nomor: ${o.number}`, style: 'number' },
      { table: { widths: [150, '*'], body: rows }, layout: 'lightHorizontalLines' },
      {
        margin: [0, 14, 0, 0],
        table: {
          widths: ['*'],
          body: [
            [
              {
                stack: [
                  { text: 'Tanggapan tertulis Atasan PPID paling lambat', bold: true },
                  { text: formatLongDate(o.dueDate), fontSize: 13, bold: true, margin: [0, 2, 0, 2] },
                  {
                    text: '30 hari kerja sejak keberatan diterima (UU No. 14 Tahun 2008 Pasal 36 ayat (2)). Hari Sabtu, Minggu, hari libur nasional dan cuti bersama tidak dihitung. Bila tidak puas dengan tanggapan Atasan PPID, Anda dapat mengajukan sengketa ke Komisi Informasi dalam 14 hari kerja sejak tanggapan diterima (Pasal 37).',
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
              { text: 'Melacak keberatan', bold: true },
              { text: ['Kode pelacakan: ', { text: access.code, bold: true }, ' (rahasia; jangan dibagikan)'] },
              { text: access.trackingUrl, link: access.trackingUrl, color: '#0b4f8a', fontSize: 8.5, margin: [0, 2, 0, 0] },
              { text: 'Atau pindai kode QR di samping dengan kamera ponsel.', style: 'small', margin: [0, 2, 0, 0] },
            ],
          },
          { width: 96, image: await trackingQr(access.trackingUrl), fit: [96, 96], margin: [8, 0, 0, 0] },
        ],
      },
      // Received online: made by the system, valid without a signature; at the counter: signed by the receipts' officer.
      o.channel === 'web'
        ? {
            margin: [0, 24, 0, 0],
            columns: [
              { width: '*', text: '' },
              {
                width: 220,
                stack: [
                  { text: place },
                  { text: 'Petugas Pelayanan Informasi', margin: [0, 2, 0, 0] },
                  { text: 'Diterima melalui laman PPID; tanda bukti ini dibuat oleh sistem dan sah tanpa tanda tangan.', style: 'small', margin: [0, 8, 0, 0] },
                  { text: head.body?.ppidContactName || 'PPID', bold: true, margin: [0, 8, 0, 0] },
                ],
              },
            ],
          }
        : { margin: [0, 24, 0, 0], stack: [signatureBlock(resolveSigner(head.body, 'tanda_terima'), { heading: [place] })] },
    ],
  };
  return renderPdf(doc);
}
