// The layout both receipts share (a request's, receipt.ts, and an objection's without a request,
// objection-receipt.ts): letterhead, title and number, the rows, the deadline box, the tracking block with
// its QR code, and the closing: made by the system when received online, signed at the counter.
import QRCode from 'qrcode';
import { dateInZone, formatLongDate, zoneOf } from '../domain/calendar/dates.js';
import { letterheadNodes, LETTER_STYLES, type Letterhead } from '../domain/org/letterhead.js';
import { resolveSigner, signatureBlock } from '../domain/org/signer.js';
import { renderPdf, type PdfNode } from '../documents/pdf.js';

/** The tracking link as a QR code (PNG data URL), error correction M so a creased or smudged receipt still scans. */
export function trackingQr(url: string): Promise<string> {
  return QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, scale: 6 });
}

/** A label and its value as a table row ("–" for an empty value). */
export const receiptRow = (label: string, value: string): PdfNode[] => [{ text: label, style: 'label' }, { text: value || '–' }];

export type ReceiptSpec = {
  number: string;
  /** The PDF's title and subject, and the heading printed on it. */
  info: { title: string; subject: string };
  heading: string;
  rows: PdfNode[][];
  deadline: { label: string; date: string; note: string };
  /** "Melacak permohonan" / "Melacak keberatan", and what follows the QR hint. */
  trackingHeading: string;
  trackingAfter?: PdfNode[];
  access: { code: string; trackingUrl: string };
  channel: string;
  receivedAt: Date;
};

export async function receiptPdfOf(head: Letterhead, spec: ReceiptSpec): Promise<Buffer> {
  const place = [head.body?.shortName, formatLongDate(dateInZone(spec.receivedAt, zoneOf(head.body)).date)].filter(Boolean).join(', ');
  const doc = {
    pageSize: 'A4',
    pageMargins: [40, 36, 40, 48],
    info: { title: spec.info.title, author: head.body?.name ?? 'PPID', subject: spec.info.subject },
    defaultStyle: { fontSize: 10, lineHeight: 1.15 },
    styles: LETTER_STYLES,
    footer: (page: number, pages: number) => ({
      text: `${spec.number} · halaman ${page} dari ${pages}`,
      style: 'small',
      alignment: 'center',
      margin: [0, 16, 0, 0],
    }),
    content: [
      ...letterheadNodes(head),
      { text: spec.heading, style: 'title' },
      { text: `Nomor: ${spec.number}`, style: 'number' },
      { table: { widths: [150, '*'], body: spec.rows }, layout: 'lightHorizontalLines' },
      {
        margin: [0, 14, 0, 0],
        table: {
          widths: ['*'],
          body: [
            [
              {
                stack: [
                  { text: spec.deadline.label, bold: true },
                  { text: formatLongDate(spec.deadline.date), fontSize: 13, bold: true, margin: [0, 2, 0, 2] },
                  { text: spec.deadline.note, style: 'small' },
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
              { text: spec.trackingHeading, bold: true },
              { text: ['Kode pelacakan: ', { text: spec.access.code, bold: true }, ' (rahasia; jangan dibagikan)'] },
              { text: spec.access.trackingUrl, link: spec.access.trackingUrl, color: '#0b4f8a', fontSize: 8.5, margin: [0, 2, 0, 0] },
              { text: 'Atau pindai kode QR di samping dengan kamera ponsel.', style: 'small', margin: [0, 2, 0, 0] },
              ...(spec.trackingAfter ?? []),
            ],
          },
          // The QR code opens the tracking page with the number and the code: exactly the link printed beside it,
          // so it tells nobody holding this paper more than the paper already does.
          { width: 96, image: await trackingQr(spec.access.trackingUrl), fit: [96, 96], margin: [8, 0, 0, 0] },
        ],
      },
      // Received online: made by the system, valid without a signature. At the counter: signed by the officer
      // set for receipts (signer.ts), with NIP.
      spec.channel === 'web'
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
