// The letters of a request's handling, on the body's letterhead: the written notice (pemberitahuan
// tertulis, UU KIP Ps 22(7)), the refusal decision (kip-domain.md §5.7) and the extension notice (Ps 22(8)).
import type { RequestResponse } from '../domain/requests/respond-request.js';
import type { InformationRequest } from '../domain/requests/submit-request.js';
import { dateInZone, formatLongDate, letterDate, zoneOf } from '../domain/calendar/dates.js';
import { DELIVERY_LABELS, exemptionText, FORMAT_LABELS, OBJECTION_OUTCOMES, OUTCOME_LABELS, rupiah } from '../domain/requests/labels.js';
import { groundFullText } from '../domain/exemptions/grounds.js';
import { receivedText } from './received.js';
import { letterheadNodes, LETTER_STYLES, type Letterhead } from '../domain/org/letterhead.js';
import { renderPdf, type PdfNode } from '../documents/pdf.js';
import { signatureBlock, type Signer } from '../domain/org/signer.js';

/** The zone the letter is dated in: the body's. */
const headZone = (head: Letterhead) => zoneOf(head.body);

/**
 * When the request was received (the real day and time, as on the receipt) and, when it differs, the working
 * day the clock counts from; never the counting day in place of the day of receipt.
 */
function receiptRows(head: Letterhead, r: InformationRequest): [string, string][] {
  const tz = headZone(head);
  return [
    ['Tanggal diterima', receivedText(r.receivedAt, tz)],
    ...(r.startDate !== dateInZone(r.receivedAt, tz).date
      ? [['Jangka waktu dihitung sejak', `${formatLongDate(r.startDate)} (hari kerja berikutnya)`] as [string, string]]
      : []),
  ];
}

const cell = (text: string, extra: Record<string, unknown> = {}): PdfNode => ({ text: text || '–', ...extra });

function frame(head: Letterhead, o: { title: string; number: string; docTitle: string; subject: string; content: PdfNode[] }) {
  return {
    pageSize: 'A4',
    pageMargins: [48, 32, 48, 48],
    info: { title: `${o.docTitle} ${o.number}`, author: head.body?.name ?? 'PPID', subject: o.subject },
    defaultStyle: { fontSize: 10, lineHeight: 1.15 },
    styles: { ...LETTER_STYLES, para: { margin: [0, 0, 0, 6] }, h: { bold: true, margin: [0, 8, 0, 4] } },
    footer: (page: number, pages: number) => ({
      text: `${o.number} · halaman ${page} dari ${pages}`,
      style: 'small',
      alignment: 'center',
      margin: [0, 18, 0, 0],
    }),
    content: [...letterheadNodes(head), { text: o.title, style: 'title' }, { text: `Nomor: ${o.number}`, style: 'number' }, ...o.content],
  };
}

/** Addressee (Yth. ...) on the left and the place and date on the right. */
function addressee(head: Letterhead, r: InformationRequest, date: string): PdfNode {
  return {
    columns: [
      {
        width: '*',
        stack: [
          { text: 'Kepada Yth.' },
          { text: r.proxyName ? `${r.name} (melalui kuasa: ${r.proxyName})` : r.name, bold: true },
          { text: r.address },
          ...(r.email ? [{ text: r.email }] : []),
        ],
      },
      { width: 170, text: [head.body?.shortName || head.body?.name || '', letterDate(date)].filter(Boolean).join(', '), alignment: 'right' },
    ],
    margin: [0, 0, 0, 12],
  };
}

/** The closing sentence, when given, stays on the page of the signature: a signature never stands alone. */
function signature(head: Letterhead, date: string, signer: Signer, closing?: string): PdfNode {
  const block = signatureBlock(signer, { heading: [[head.body?.shortName || head.body?.name || '', letterDate(date)].filter(Boolean).join(', ')] });
  return { unbreakable: true, stack: [...(closing ? [{ text: closing, style: 'para' }] : []), { margin: [0, 18, 0, 0], stack: [block] }] };
}

function table(rows: [string, string][]): PdfNode {
  return {
    table: { widths: [170, '*'], body: rows.map(([k, v]) => [cell(k, { style: 'label' }), cell(v)]) },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 8],
  };
}

/** The approved consequence test a refusal or partial grant cites (its penetapan). */
export type CitedTest = { number: string; decisionDate: string; subpoint: number | null } | null;

/** The ground as the letter states it: with the sub-point and the penetapan when a test is cited. */
function groundOf(resp: RequestResponse, test: CitedTest): string {
  if (!resp.exemptionGround) return '';
  return test ? groundFullText(resp.exemptionGround, test.subpoint) : exemptionText(resp.exemptionGround);
}
const penetapanText = (test: NonNullable<CitedTest>) =>
  `Surat Penetapan Klasifikasi Informasi Publik yang Dikecualikan Nomor ${test.number} tanggal ${letterDate(test.decisionDate)}`;

const objectionRight = (r: InformationRequest): PdfNode => ({
  text: `Apabila Pemohon tidak puas dengan keputusan ini, Pemohon berhak mengajukan keberatan kepada Atasan PPID paling lambat 30 (tiga puluh) hari kerja sejak pemberitahuan ini diterima, dengan menyebut nomor pendaftaran ${r.number} (UU No. 14 Tahun 2008 Pasal 35 dan 36).`,
  style: 'para',
});

export async function noticePdf(head: Letterhead, r: InformationRequest, resp: RequestResponse, test: CitedTest, signer: Signer): Promise<Buffer> {
  const granted = resp.outcome === 'diberikan_seluruhnya' || resp.outcome === 'diberikan_sebagian';
  const rows: [string, string][] = [
    ['Nomor pendaftaran', r.number],
    ...receiptRows(head, r),
    ['Batas waktu pemberitahuan tertulis', formatLongDate(r.dueDate)],
    ['Nama pemohon', r.name],
    ['Alamat', r.address],
    ['Nomor telepon / email', [r.phone, r.email].filter(Boolean).join(' / ')],
    ['Rincian informasi yang dibutuhkan', r.details],
    ['Tujuan penggunaan informasi', r.purpose],
  ];
  const decision: [string, string][] = [
    ['Keputusan', OUTCOME_LABELS[resp.outcome].id],
    ['Penguasaan informasi', resp.held ? 'Informasi berada di bawah penguasaan kami' : 'Informasi tidak berada di bawah penguasaan kami'],
    ...(!resp.held ? [['Badan publik yang menguasai', resp.holderBody || 'Tidak diketahui'] as [string, string]] : []),
    ...(granted ? [['Informasi yang akan diberikan', resp.materialGiven] as [string, string]] : []),
    ...(resp.materialWithheld ? [['Bagian yang dihitamkan / dikecualikan', resp.materialWithheld] as [string, string]] : []),
    ...(resp.exemptionGround ? [['Dasar pengecualian', groundOf(resp, test)] as [string, string]] : []),
    ...(test ? [['Uji konsekuensi', penetapanText(test)] as [string, string]] : []),
    ...(resp.reason ? [['Alasan', resp.reason] as [string, string]] : []),
  ];
  const delivery: [string, string][] = granted
    ? [
        ['Bentuk informasi', FORMAT_LABELS[resp.format ?? '']?.id ?? ''],
        ['Cara penyampaian', DELIVERY_LABELS[resp.delivery ?? '']?.id ?? ''],
        ['Waktu penyediaan', resp.provideWorkingDays === null ? '' : `${resp.provideWorkingDays} hari kerja`],
        // Free of charge is said once, not as four lines of Rp0.
        ...(resp.totalCost === 0
          ? [['Biaya', 'Tanpa biaya'] as [string, string]]
          : ([
              ['Biaya penyalinan', `${resp.sheets} lembar × ${rupiah(resp.tariff)} = ${rupiah(resp.sheets * resp.tariff)}`],
              ['Biaya pengiriman', rupiah(resp.deliveryCost)],
              ['Jumlah biaya', rupiah(resp.totalCost)],
              ['Cara pembayaran', resp.paymentMethod],
            ] as [string, string][])),
      ]
    : [];
  const doc = frame(head, {
    title: 'PEMBERITAHUAN TERTULIS',
    number: resp.noticeNumber,
    docTitle: 'Pemberitahuan Tertulis',
    subject: 'Pemberitahuan tertulis atas permohonan informasi publik (UU No. 14 Tahun 2008 Pasal 22 ayat (7))',
    content: [
      addressee(head, r, resp.noticeDate),
      {
        text: `Berdasarkan permohonan informasi publik yang kami terima pada ${receivedText(r.receivedAt, headZone(head))} dengan nomor pendaftaran ${r.number}, bersama ini kami sampaikan pemberitahuan tertulis sesuai UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik Pasal 22 ayat (7):`,
        style: 'para',
      },
      { text: 'A. Permohonan', style: 'h' },
      table(rows),
      { text: 'B. Keputusan PPID', style: 'h' },
      table(decision),
      ...(granted ? [{ text: 'C. Penyampaian dan biaya', style: 'h' }, table(delivery)] : []),
      ...(resp.refusalNumber
        ? [{ text: `Surat Keputusan PPID tentang Penolakan Permohonan Informasi Nomor ${resp.refusalNumber} terlampir.`, style: 'para' }]
        : []),
      ...(OBJECTION_OUTCOMES.includes(resp.outcome) ? [objectionRight(r)] : []),
      signature(head, resp.noticeDate, signer, 'Demikian pemberitahuan ini kami sampaikan.'),
    ],
  });
  return renderPdf(doc);
}

export async function refusalPdf(head: Letterhead, r: InformationRequest, resp: RequestResponse, test: CitedTest, signer: Signer): Promise<Buffer> {
  const ground = groundOf(resp, test);
  const doc = frame(head, {
    title: 'SURAT KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI',
    number: resp.refusalNumber ?? '',
    docTitle: 'Surat Keputusan Penolakan',
    subject: 'Keputusan PPID tentang penolakan permohonan informasi publik',
    content: [
      addressee(head, r, resp.noticeDate),
      { text: 'Pejabat Pengelola Informasi dan Dokumentasi (PPID) memutuskan menolak permohonan informasi publik berikut:', style: 'para' },
      table([
        ['Nomor pendaftaran', r.number],
        ['Nama', r.name],
        ['Alamat', r.address],
        ['Pekerjaan', r.occupation],
        ['Nomor telepon / email', [r.phone, r.email].filter(Boolean).join(' / ')],
        ['Informasi yang dimohon', r.details],
        ['Informasi yang dikecualikan', resp.materialWithheld || r.details],
        ['Dasar pengecualian', ground],
        ['Alasan penolakan', resp.reason],
        ['Konsekuensi bila informasi dibuka (uji konsekuensi)', resp.consequence],
        ...(test ? [['Penetapan uji konsekuensi', penetapanText(test)] as [string, string]] : []),
        ['Tanggal penolakan', letterDate(resp.noticeDate)],
      ]),
      {
        text: 'Pengecualian ini ditetapkan berdasarkan pengujian tentang konsekuensi yang timbul apabila informasi dibuka, dengan saksama dan penuh ketelitian (UU No. 14 Tahun 2008 Pasal 2 ayat (4) dan Pasal 19).',
        style: 'para',
      },
      objectionRight(r),
      signature(head, resp.noticeDate, signer),
    ],
  });
  return renderPdf(doc);
}

export async function extensionPdf(head: Letterhead, r: InformationRequest, date: string, signer: Signer): Promise<Buffer> {
  const doc = frame(head, {
    title: 'SURAT PEMBERITAHUAN PERPANJANGAN JANGKA WAKTU',
    number: r.extensionNumber ?? '',
    docTitle: 'Pemberitahuan Perpanjangan',
    subject: 'Pemberitahuan perpanjangan jangka waktu pemberitahuan tertulis (UU No. 14 Tahun 2008 Pasal 22 ayat (8))',
    content: [
      addressee(head, r, date),
      {
        text: `Menanggapi permohonan informasi publik dengan nomor pendaftaran ${r.number}, dengan ini kami beritahukan bahwa jangka waktu pemberitahuan tertulis diperpanjang paling lama 7 (tujuh) hari kerja sesuai UU No. 14 Tahun 2008 Pasal 22 ayat (8).`,
        style: 'para',
      },
      table([
        ['Nomor pendaftaran', r.number],
        ...receiptRows(head, r),
        ['Nama pemohon', r.name],
        ['Informasi yang dimohon', r.details],
        ['Batas waktu semula', r.dueDateBeforeExtension ? formatLongDate(r.dueDateBeforeExtension) : ''],
        ['Batas waktu setelah perpanjangan', formatLongDate(r.dueDate)],
        ['Alasan perpanjangan', r.extensionReason ?? ''],
      ]),
      signature(head, date, signer, 'Demikian pemberitahuan ini kami sampaikan. Atas perhatian Saudara kami ucapkan terima kasih.'),
    ],
  });
  return renderPdf(doc);
}
