// Lembar Keterangan Penghitaman: the page appended to a redacted copy (UU KIP Ps 22(7)(e)) that says what
// was blacked out, where, and on which ground of Pasal 17, without ever repeating the withheld content.
import { letterheadNodes, LETTER_STYLES, type Letterhead } from '../domain/org/letterhead.js';
import { renderPdf, type PdfNode } from '../documents/pdf.js';
import { signatureBlock, type Signer } from '../domain/org/signer.js';

export type RedactionLogRow = { page: number; what: string; ground: string };

export type RedactionLogInfo = {
  letterhead: Letterhead;
  /** A public description of the document (never the classified title or file name). */
  documentLabel: string;
  /** Further references, e.g. the register number of the item, the consequence test, the request. */
  references: { label: string; value: string }[];
  /** The date, already written in the body's time zone ("7 April 2026"). */
  producedOn: string;
  producedBy: string;
  /** Who signs the statement (the officer who produced the copy, with NIP; signer.ts). */
  signer?: Signer;
  /** The number printed in the footer of every log page. */
  reference: string;
  /** The approved consequence tests the withheld parts rest on (UU KIP Ps 17, 19; Perki 1/2017 Ps 4(1)). */
  tests?: { citation: string; title: string }[];
  /** Pages of the original. */
  pages: number;
  rows: RedactionLogRow[];
};

export async function redactionLogPdf(info: RedactionLogInfo): Promise<Buffer> {
  const row = (label: string, value: string): PdfNode[] => [{ text: label, style: 'label' }, { text: value || '–' }];
  const grounds = [...new Set(info.rows.map((r) => r.ground))];
  const doc = {
    pageSize: 'A4',
    pageMargins: [48, 32, 48, 48],
    info: { title: `Lembar Keterangan Penghitaman ${info.reference}`, author: info.letterhead.body?.name ?? 'PPID' },
    defaultStyle: { fontSize: 10, lineHeight: 1.15 },
    styles: { ...LETTER_STYLES, h: { bold: true, margin: [0, 10, 0, 4] }, th: { bold: true, fillColor: '#eeeeee' } },
    footer: (page: number, pages: number) => ({
      text: `Lembar keterangan penghitaman ${info.reference} · halaman ${page} dari ${pages}`,
      style: 'small',
      alignment: 'center',
      margin: [0, 18, 0, 0],
    }),
    content: [
      ...letterheadNodes(info.letterhead),
      { text: 'LEMBAR KETERANGAN PENGHITAMAN', style: 'title' },
      { text: 'UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik, Pasal 22 ayat (7) huruf e', style: 'number' },
      {
        text:
          'Salinan ini memuat dokumen yang sebagian isinya merupakan informasi yang dikecualikan menurut Pasal 17 UU No. 14 Tahun 2008. ' +
          'Bagian yang dikecualikan telah dihitamkan. Halaman-halaman salinan dibuat ulang sebagai gambar, sehingga isi yang dihitamkan ' +
          'telah dihapus dari berkas dan tidak hanya ditutup.',
        margin: [0, 0, 0, 8],
      },
      {
        table: {
          widths: [150, '*'],
          body: [
            row('Dokumen', info.documentLabel),
            ...info.references.map((r) => row(r.label, r.value)),
            row('Jumlah halaman dokumen', String(info.pages)),
            row('Tanggal penghitaman', info.producedOn),
            row('Dihitamkan oleh', info.producedBy),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      ...(info.tests?.length
        ? [
            { text: 'Dasar penghitaman: uji konsekuensi', style: 'h' },
            {
              text: 'Bagian yang dihitamkan dikecualikan berdasarkan pengujian tentang konsekuensi yang telah ditetapkan (UU No. 14 Tahun 2008 Pasal 17 dan Pasal 19; Peraturan Komisi Informasi No. 1 Tahun 2017 Pasal 4 ayat (1)):',
              margin: [0, 0, 0, 4],
            },
            { ul: info.tests.map((t) => `${t.title} — ${t.citation}`) },
          ]
        : []),
      { text: 'Bagian yang dihitamkan', style: 'h' },
      info.rows.length
        ? {
            table: {
              headerRows: 1,
              widths: [22, 48, '*', 190],
              body: [
                [
                  { text: 'No.', style: 'th' },
                  { text: 'Halaman', style: 'th' },
                  { text: 'Bagian', style: 'th' },
                  { text: 'Dasar pengecualian', style: 'th' },
                ],
                ...info.rows.map((r, i) => [String(i + 1), String(r.page), r.what, r.ground]),
              ],
            },
            layout: 'lightHorizontalLines',
          }
        : { text: 'Tidak ada bagian yang dihitamkan.' },
      ...(grounds.length ? [{ text: 'Dasar pengecualian yang digunakan', style: 'h' }, { ul: grounds.map((g) => `UU No. 14 Tahun 2008 ${g}`) }] : []),
      {
        text: 'Pemohon informasi yang tidak menerima penghitaman ini dapat mengajukan keberatan kepada Atasan PPID paling lambat 30 (tiga puluh) hari kerja setelah menerima salinan ini (UU No. 14 Tahun 2008 Pasal 35 ayat (1) huruf a dan Pasal 36 ayat (1)).',
        style: 'small',
        margin: [0, 14, 0, 0],
      },
      ...(info.signer
        ? [
            {
              margin: [0, 16, 0, 0],
              stack: [signatureBlock(info.signer, { heading: [[info.letterhead.body?.shortName, info.producedOn].filter(Boolean).join(', ')] })],
            },
          ]
        : []),
    ],
  };
  return renderPdf(doc);
}
