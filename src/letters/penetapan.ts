// Surat Penetapan Klasifikasi Informasi Publik yang Dikecualikan (Perki 1/2017 Ps 4(3)–(5)): the six
// required elements on the body's letterhead; the PPID's decision (the PPID carries out the test and sets
// the classification, element b) with the approval (Menyetujui) of the head of the body or the official
// acting on the head's behalf (a.n.); the consequence-test table as a landscape attachment. An internal letter: it quotes the
// test's withheld information and harm, so only those who may read them may have it.
import { SECURITY_LEVEL_LABELS } from '../domain/classified/items.js';
import { letterDate } from '../domain/calendar/dates.js';
import type { ConsequenceTest, ItemFacts } from '../domain/exemptions/common.js';
import { groundLabel, groundReference } from '../domain/exemptions/grounds.js';
import { legalBasisText } from '../domain/exemptions/input.js';
import { letterheadNodes, LETTER_STYLES, type Letterhead } from '../domain/org/letterhead.js';
import { renderPdf, type PdfNode } from '../documents/pdf.js';
import { nipLine, signatureBlock, type Signer } from '../domain/org/signer.js';

/** "16 Maret 2026", as dated on letters. */

export type PenetapanInput = {
  test: ConsequenceTest;
  item: Pick<ItemFacts, 'number' | 'securityLevel'>;
  unitName: string;
  /** The PPID official who carried out the test and sets the classification (element b). */
  setter: Signer;
  /** The head of the body, or the official acting on the head's behalf (a.n.), who approves. */
  approver: Signer;
};

function periodSentence(t: ConsequenceTest): string {
  if (!t.periodEnd) return `Sejak ${letterDate(t.periodStart)} tanpa batas waktu (UU No. 14 Tahun 2008 Pasal 20; dasar pengecualian huruf ${t.ground}).`;
  return `${letterDate(t.periodStart)} sampai dengan ${letterDate(t.periodEnd)}.`;
}

const resultText = (t: ConsequenceTest) => (t.partial ? 'Dikecualikan sebagian' : 'Dikecualikan seluruhnya');

/** The PPID's signature on the right; below it, centred, the approval (Menyetujui) of the head or a.n. the head. */
function signatures(head: Letterhead, p: PenetapanInput, date: string, compact = false): PdfNode {
  const place = head.body?.shortName || head.body?.name || '';
  return {
    unbreakable: true,
    margin: [0, compact ? 10 : 6, 0, 0],
    stack: [
      signatureBlock(p.setter, { heading: [`Ditetapkan di ${place}`, `pada tanggal ${letterDate(date)}`], width: 250 }),
      { margin: [0, 10, 0, 0], stack: [signatureBlock(p.approver, { caption: 'Menyetujui,', align: 'center', width: 250 })] },
    ],
  };
}

const identity = (s: Signer) => [`${s.name}, ${nipLine(s.nip)}`, s.onBehalfOf ? `a.n. ${s.onBehalfOf}, ${s.position}` : s.position];

export async function penetapanPdf(head: Letterhead, p: PenetapanInput): Promise<Buffer> {
  const t = p.test;
  if (t.status === 'draft' || !t.number || !t.decisionDate) throw new Error('penetapan of a test that was not approved');
  const body = head.body?.name ?? 'Badan Publik';
  const place = head.body?.shortName || head.body?.name || '';
  const ground = `${groundReference(t.ground, t.subpoint)}: ${groundLabel(t.ground, t.subpoint)}`;
  const el = (letter: string, label: string, value: PdfNode): PdfNode[] => [
    { text: `${letter}.`, style: 'label' },
    { text: label, style: 'label' },
    { text: ':' },
    value,
  ];
  const table: PdfNode = {
    table: {
      widths: [12, 150, 6, '*'],
      body: [
        el('a', 'Jenis klasifikasi informasi yang dikecualikan', {
          stack: [
            { text: `Informasi yang dikecualikan berdasarkan UU No. 14 Tahun 2008 ${ground}.` },
            { text: `${resultText(t)}. Nomor register informasi ${p.item.number}; klasifikasi keamanan ${SECURITY_LEVEL_LABELS[p.item.securityLevel].id}.` },
          ],
        }),
        el('b', 'Identitas pejabat PPID yang menetapkan', {
          stack: [
            ...identity(p.setter).map((text) => ({ text })),
            { text: 'Dengan persetujuan:', margin: [0, 3, 0, 0], style: 'label' },
            ...identity(p.approver).map((text) => ({ text })),
          ],
        }),
        el('c', 'Badan publik dan unit kerja', { text: `${body}; unit kerja pengusul: ${p.unitName}` }),
        el('d', 'Jangka waktu pengecualian', { text: periodSentence(t) }),
        el('e', 'Alasan pengecualian', {
          stack: [
            { text: t.harm },
            { text: `Pertimbangan kepentingan publik: ${t.publicInterest}`, margin: [0, 3, 0, 0] },
            ...(t.decisionReasons ? [{ text: `Pertimbangan pada persetujuan: ${t.decisionReasons}`, margin: [0, 3, 0, 0] }] : []),
          ],
        }),
        el('f', 'Tempat dan tanggal penetapan', { text: `${place}, ${letterDate(t.decisionDate)}` }),
      ],
    },
    layout: { defaultBorder: false, paddingTop: () => 3, paddingBottom: () => 3, paddingLeft: () => 2, paddingRight: () => 2 },
    margin: [0, 0, 0, 8],
  };
  const th = (text: string): PdfNode => ({ text, style: 'th' });
  const testTable: PdfNode = {
    table: {
      headerRows: 1,
      dontBreakRows: false,
      widths: [18, '*', 90, '*', '*', 80, 70],
      body: [
        [
          th('No.'),
          th('Informasi yang dikecualikan'),
          th('Dasar hukum'),
          th('Konsekuensi apabila dibuka'),
          th('Pertimbangan kepentingan publik (dibuka / ditutup)'),
          th('Jangka waktu'),
          th('Hasil'),
        ],
        [
          '1.',
          {
            stack: [
              { text: t.withheldInformation },
              ...(t.partial && t.releasedPart ? [{ text: `Yang dapat diberikan: ${t.releasedPart}`, style: 'small', margin: [0, 3, 0, 0] }] : []),
            ],
          },
          { stack: [{ text: `UU No. 14 Tahun 2008 ${groundReference(t.ground, t.subpoint)}` }, { text: legalBasisText(t.legalBasis), margin: [0, 3, 0, 0] }] },
          t.harm,
          t.publicInterest,
          periodSentence(t),
          resultText(t),
        ],
      ],
    },
    layout: {
      fillColor: (row: number) => (row === 0 ? '#e8e8e8' : null),
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#666666',
      vLineColor: () => '#666666',
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
  };
  const doc = {
    pageSize: 'A4',
    pageMargins: [56, 32, 48, 44],
    info: { title: `Surat Penetapan Klasifikasi Informasi Publik yang Dikecualikan ${t.number}`, author: body, subject: 'Perki 1/2017 Pasal 4 ayat (4)' },
    defaultStyle: { fontSize: 10, lineHeight: 1.1 },
    styles: { ...LETTER_STYLES, para: { margin: [0, 0, 0, 8] }, th: { bold: true, fontSize: 8.5 }, small: { fontSize: 8, color: '#333333' } },
    footer: (page: number, pages: number) => ({
      text: `${t.number} · halaman ${page} dari ${pages}`,
      style: 'small',
      alignment: 'center',
      margin: [0, 18, 0, 0],
    }),
    content: [
      ...letterheadNodes(head),
      { text: 'SURAT PENETAPAN KLASIFIKASI', style: 'title' },
      { text: 'INFORMASI PUBLIK YANG DIKECUALIKAN', bold: true, fontSize: 12, alignment: 'center', decoration: 'underline' },
      { text: `Nomor: ${t.number}`, style: 'number' },
      {
        text: [
          'Pejabat Pengelola Informasi dan Dokumentasi (PPID), berdasarkan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik Pasal 2 ayat (4), Pasal 17 dan Pasal 19, Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008, dan Peraturan Komisi Informasi Nomor 1 Tahun 2017 tentang Pengklasifikasian Informasi Publik, serta hasil pengujian tentang konsekuensi yang dilakukan dengan saksama dan penuh ketelitian, dengan ini ',
          { text: 'MENETAPKAN', bold: true },
          ' klasifikasi informasi publik yang dikecualikan, dengan persetujuan pimpinan badan publik (Peraturan Komisi Informasi Nomor 1 Tahun 2017 Pasal 4 ayat (3)), sebagai berikut:',
        ],
        style: 'para',
      },
      table,
      {
        text: 'Tabel pengujian konsekuensi sebagaimana tercantum dalam lampiran merupakan bagian yang tidak terpisahkan dari surat penetapan ini. Penetapan ini ditinjau kembali sebelum jangka waktu pengecualian berakhir (UU No. 14 Tahun 2008 Pasal 20).',
        style: 'para',
      },
      // The closing line travels with the signature: a page never holds the signature alone.
      {
        unbreakable: true,
        stack: [{ text: 'Demikian surat penetapan ini dibuat untuk dipergunakan sebagaimana mestinya.', style: 'para' }, signatures(head, p, t.decisionDate)],
      },
      { text: 'LAMPIRAN', bold: true, pageBreak: 'before', pageOrientation: 'landscape' },
      { text: `Surat Penetapan Klasifikasi Informasi Publik yang Dikecualikan Nomor ${t.number}, tanggal ${letterDate(t.decisionDate)}` },
      { text: 'TABEL PENGUJIAN KONSEKUENSI', style: 'title', margin: [0, 12, 0, 8] },
      testTable,
      signatures(head, p, t.decisionDate, true),
    ],
  };
  return renderPdf(doc);
}
