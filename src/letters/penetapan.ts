// Surat Penetapan Klasifikasi Informasi Publik yang Dikecualikan (Perki 1/2017 Ps 4(4)–(5)): the six
// required elements on the body's letterhead, the signature of the deciding official on behalf of the head
// of the body, and the consequence-test table as a landscape attachment. An internal letter: it quotes the
// test's withheld information and harm, so only those who may read them may have it.
import { SECURITY_LEVEL_LABELS } from '../domain/classified/items.js';
import { formatLongDate } from '../domain/calendar/dates.js';
import type { ConsequenceTest, ItemFacts } from '../domain/exemptions/common.js';
import { groundLabel, groundReference } from '../domain/exemptions/grounds.js';
import { legalBasisText } from '../domain/exemptions/input.js';
import { letterheadNodes, LETTER_STYLES, type Letterhead } from './letterhead.js';
import { renderPdf, type PdfNode } from './pdf.js';

/** "16 Maret 2026", as dated on letters. */
const letterDate = (d: string) => formatLongDate(d).replace(/^[^,]+, /, '');

export type PenetapanInput = {
  test: ConsequenceTest;
  item: Pick<ItemFacts, 'number' | 'securityLevel'>;
  unitName: string;
  /** The PPID Utama who examined and forwarded the test. */
  reviewerName: string;
};

function periodSentence(t: ConsequenceTest): string {
  if (!t.periodEnd) return `Sejak ${letterDate(t.periodStart)} tanpa batas waktu (UU No. 14 Tahun 2008 Pasal 20; dasar pengecualian huruf ${t.ground}).`;
  return `${letterDate(t.periodStart)} sampai dengan ${letterDate(t.periodEnd)}.`;
}

const resultText = (t: ConsequenceTest) => (t.partial ? 'Dikecualikan sebagian' : 'Dikecualikan seluruhnya');

function signature(head: Letterhead, t: ConsequenceTest, compact = false): PdfNode {
  const place = head.body?.shortName || head.body?.name || '';
  return {
    unbreakable: true,
    margin: [0, compact ? 10 : 6, 0, 0],
    columns: [
      { width: '*', text: '' },
      {
        width: 250,
        stack: [
          { text: `Ditetapkan di ${place}` },
          { text: `pada tanggal ${t.decisionDate ? letterDate(t.decisionDate) : ''}` },
          { text: `a.n. ${t.onBehalfOf.toUpperCase()}`, margin: [0, 6, 0, 0] },
          { text: t.signerPosition.toUpperCase() },
          { text: 'selaku Atasan PPID,' },
          { text: t.signerName, bold: true, decoration: 'underline', margin: [0, 40, 0, 0] },
          { text: t.signerNip ? `NIP ${t.signerNip}` : 'NIP –' },
        ],
      },
    ],
  };
}

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
            { text: `${t.signerName}${t.signerNip ? `, NIP ${t.signerNip}` : ''}` },
            { text: `${t.signerPosition} selaku Atasan PPID, atas nama ${t.onBehalfOf}` },
            ...(p.reviewerName ? [{ text: `Pengujian konsekuensi diperiksa oleh PPID Utama: ${p.reviewerName}` }] : []),
          ],
        }),
        el('c', 'Badan publik dan unit kerja', { text: `${body}; unit kerja pengusul: ${p.unitName}` }),
        el('d', 'Jangka waktu pengecualian', { text: periodSentence(t) }),
        el('e', 'Alasan pengecualian', {
          stack: [
            { text: t.harm },
            { text: `Pertimbangan kepentingan publik: ${t.publicInterest}`, margin: [0, 3, 0, 0] },
            ...(t.decisionReasons ? [{ text: `Pertimbangan Atasan PPID: ${t.decisionReasons}`, margin: [0, 3, 0, 0] }] : []),
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
          'Berdasarkan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik Pasal 2 ayat (4), Pasal 17 dan Pasal 19, Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008, dan Peraturan Komisi Informasi Nomor 1 Tahun 2017 tentang Pengklasifikasian Informasi Publik, serta hasil pengujian tentang konsekuensi yang dilakukan dengan saksama dan penuh ketelitian, dengan ini ',
          { text: 'MENETAPKAN', bold: true },
          ' klasifikasi informasi publik yang dikecualikan sebagai berikut:',
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
        stack: [{ text: 'Demikian surat penetapan ini dibuat untuk dipergunakan sebagaimana mestinya.', style: 'para' }, signature(head, t)],
      },
      { text: 'LAMPIRAN', bold: true, pageBreak: 'before', pageOrientation: 'landscape' },
      { text: `Surat Penetapan Klasifikasi Informasi Publik yang Dikecualikan Nomor ${t.number}, tanggal ${letterDate(t.decisionDate)}` },
      { text: 'TABEL PENGUJIAN KONSEKUENSI', style: 'title', margin: [0, 12, 0, 8] },
      testTable,
      signature(head, t, true),
    ],
  };
  return renderPdf(doc);
}
