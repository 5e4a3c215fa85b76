// Tanggapan Atasan PPID atas keberatan (UU KIP Ps 36; kip-domain.md §6.5): the written answer to an
// objection, with the decision, its reasons, the order to the PPID and the right to go to the Komisi Informasi.
import { dateInZone, formatLongDate, zoneOf } from '../domain/calendar/dates.js';
import { DECISION_LABELS, GROUND_LABELS, type Objection } from '../domain/objections/objections.js';
import type { ObjectionSubject } from '../domain/objections/file-unpublished-objection.js';
import { receivedText } from './received.js';
import { atasanUnitLine, letterheadNodes, LETTER_STYLES, type Letterhead } from '../domain/org/letterhead.js';
import { signatureBlock, type Signer } from '../domain/org/signer.js';
import { renderPdf, type PdfNode } from '../documents/pdf.js';

const dateIn = (d: Date, timeZone: string) => dateInZone(d, timeZone).date;

export type ObjectionLetterExtras = {
  signer: Signer;
  /** The competent Komisi Informasi, e.g. "Komisi Informasi Provinsi Kalimantan Tengah". */
  commission: string;
  /** The last day to file a dispute (UU KIP Ps 37(2)); null when it cannot be computed. */
  lastDay: string | null;
};

export async function objectionResponsePdf(head: Letterhead, o: Objection, r: ObjectionSubject, x: ObjectionLetterExtras): Promise<Buffer> {
  if (o.status !== 'decided' || !o.decision || !o.decidedAt) throw new Error('objection not decided');
  const tz = zoneOf(head.body);
  const decided = formatLongDate(dateIn(o.decidedAt, tz)).replace(/^[^,]+, /, '');
  const row = (label: string, value: string): PdfNode[] => [{ text: label, style: 'label' }, { text: value || '–' }];
  const upheld = o.decision === 'ditolak_menguatkan_ppid';
  const doc = {
    pageSize: 'A4',
    pageMargins: [40, 36, 40, 48],
    info: { title: `Tanggapan atas Keberatan ${o.number}`, author: head.body?.name ?? 'PPID' },
    defaultStyle: { fontSize: 10, lineHeight: 1.2 },
    styles: LETTER_STYLES,
    footer: (page: number, pages: number) => ({
      text: `${o.number} · halaman ${page} dari ${pages}`,
      style: 'small',
      alignment: 'center',
      margin: [0, 16, 0, 0],
    }),
    content: [
      ...letterheadNodes(head, { line: atasanUnitLine(head.body), sub: 'Atasan Pejabat Pengelola Informasi dan Dokumentasi' }),
      { text: 'TANGGAPAN ATAS KEBERATAN', style: 'title' },
      { text: `Nomor: ${o.number}`, style: 'number' },
      {
        columns: [
          {
            width: '*',
            stack: [{ text: 'Kepada Yth.' }, { text: r.name, bold: true }, { text: r.address }, { text: 'di tempat', margin: [0, 2, 0, 0] }],
          },
          { width: 170, text: [head.body?.shortName, decided].filter(Boolean).join(', '), alignment: 'right' },
        ],
        margin: [0, 0, 0, 12],
      },
      {
        text: `Menanggapi keberatan Saudara yang kami terima pada ${receivedText(o.receivedAt, tz)} ${r.number ? `atas permohonan informasi nomor ${r.number}` : 'atas informasi yang wajib diumumkan tetapi belum diumumkan (Pasal 35 ayat (1) huruf b)'}, ${x.signer.position} ${head.body?.name ?? ''} menyampaikan tanggapan sebagai berikut.`,
        margin: [0, 0, 0, 8],
      },
      {
        table: {
          widths: [150, '*'],
          body: [
            row('Nomor registrasi keberatan', o.number),
            row('Tanggal diterima', receivedText(o.receivedAt, tz)),
            row('Batas waktu tanggapan (30 hari kerja, Pasal 36 ayat (2))', formatLongDate(o.dueDate)),
            ...(r.number
              ? [row('Nomor pendaftaran permohonan', r.number), row('Informasi yang diminta', r.details), row('Tujuan penggunaan', r.purpose)]
              : [row('Informasi yang belum diumumkan', r.details)]),
            row('Alasan keberatan (UU 14/2008 Pasal 35 ayat (1))', o.grounds.map((g) => `huruf ${GROUND_LABELS[g].letter}: ${GROUND_LABELS[g].id}`).join('\n')),
            ...(o.proxyName ? [row('Kuasa pemohon', o.proxyName)] : []),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      { text: 'Keputusan', bold: true, margin: [0, 12, 0, 2] },
      { text: DECISION_LABELS[o.decision].id, fontSize: 11, bold: true },
      { text: upheld ? 'Alasan tertulis (UU 14/2008 Pasal 36 ayat (3))' : 'Alasan', bold: true, margin: [0, 10, 0, 2] },
      { text: o.reasons },
      ...(o.followUp ? [{ text: 'Perintah kepada PPID', bold: true, margin: [0, 10, 0, 2] }, { text: o.followUp }] : []),
      // The right to a dispute travels with the signature: a signature never stands alone on a page.
      {
        unbreakable: true,
        stack: [
          { text: 'Hak mengajukan sengketa informasi', bold: true, margin: [0, 14, 0, 2] },
          {
            text: x.lastDay
              ? [
                  `Apabila Saudara tidak puas dengan tanggapan ini, Saudara dapat mengajukan permohonan penyelesaian sengketa informasi publik kepada ${x.commission} paling lambat `,
                  { text: formatLongDate(x.lastDay), bold: true },
                  `, yaitu 14 (empat belas) hari kerja sejak tanggapan ini diterima (UU No. 14 Tahun 2008 Pasal 37 ayat (2)). Tanggal itu dihitung dari tanggal surat ini; bila surat ini Saudara terima kemudian, 14 hari kerja dihitung sejak tanggal Saudara menerimanya.`,
                ]
              : `Apabila Saudara tidak puas dengan tanggapan ini, Saudara dapat mengajukan permohonan penyelesaian sengketa informasi publik kepada ${x.commission} paling lambat 14 (empat belas) hari kerja sejak tanggapan ini diterima (UU No. 14 Tahun 2008 Pasal 37 ayat (2)).`,
          },
          {
            margin: [0, 24, 0, 0],
            stack: [signatureBlock(x.signer, { heading: [[head.body?.shortName, decided].filter(Boolean).join(', ')], width: 240 })],
          },
        ],
      },
    ],
  };
  return renderPdf(doc);
}
