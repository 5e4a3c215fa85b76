// Keputusan penetapan tingkat klasifikasi: the numbered letter of one decision on a classified item's
// security level. It names the item by its register number and owning unit only, never its title,
// description or documents, and is given only to the item's readers (domain/classified/level-decisions.ts).
import { formatLongDate } from '../domain/calendar/dates.js';
import { SECURITY_LEVEL_LABELS } from '../domain/classified/items.js';
import type { LevelDecision } from '../domain/classified/level-decisions.js';
import { letterheadNodes, LETTER_STYLES, type Letterhead } from './letterhead.js';
import { renderPdf, type PdfNode } from './pdf.js';
import { signatureBlock } from './signer.js';

const letterDate = (d: string) => formatLongDate(d).replace(/^[^,]+, /, '');
const label = (l: string) => SECURITY_LEVEL_LABELS[l as keyof typeof SECURITY_LEVEL_LABELS]?.id ?? l;

export type LevelDecisionLetter = { decision: LevelDecision; itemNumber: string; unitName: string };

export async function levelDecisionPdf(head: Letterhead, p: LevelDecisionLetter): Promise<Buffer> {
  const d = p.decision;
  const place = head.body?.shortName || head.body?.name || '';
  const period = d.periodEnd
    ? `${letterDate(d.periodStart)} sampai dengan ${letterDate(d.periodEnd)}`
    : `Sejak ${letterDate(d.periodStart)}, sampai ditetapkan lain`;
  const after = d.reviewOn
    ? d.nextLevel
      ? `Diturunkan menjadi ${label(d.nextLevel)} pada ${letterDate(d.reviewOn)}`
      : `Dibuka (tidak lagi diklasifikasikan) pada ${letterDate(d.reviewOn)}`
    : 'Ditinjau kembali sebelum masa klasifikasi berakhir';
  const row = (k: string, v: string): PdfNode[] => [{ text: k, style: 'label' }, { text: v || '–' }];
  const doc = {
    pageSize: 'A4',
    pageMargins: [48, 32, 48, 48],
    info: {
      title: `Penetapan Tingkat Klasifikasi ${d.number}`,
      author: head.body?.name ?? 'PPID',
      subject: 'Penetapan tingkat klasifikasi keamanan informasi',
    },
    defaultStyle: { fontSize: 10, lineHeight: 1.15 },
    styles: { ...LETTER_STYLES, para: { margin: [0, 0, 0, 8] } },
    footer: (page: number, pages: number) => ({
      text: `${d.number} · halaman ${page} dari ${pages}`,
      style: 'small',
      alignment: 'center',
      margin: [0, 18, 0, 0],
    }),
    content: [
      ...letterheadNodes(head),
      { text: 'KEPUTUSAN PENETAPAN TINGKAT KLASIFIKASI INFORMASI', style: 'title' },
      { text: `Nomor: ${d.number}`, style: 'number' },
      {
        text: [
          `${d.signerPosition} ${head.body?.name ?? ''}, berdasarkan ${d.legalBasis}, dengan ini `,
          { text: 'MENETAPKAN', bold: true },
          ' tingkat klasifikasi keamanan informasi berikut:',
        ],
        style: 'para',
      },
      {
        table: {
          widths: [170, '*'],
          body: [
            row('Nomor register informasi', p.itemNumber),
            row('Unit kerja pemilik informasi', p.unitName),
            row('Tingkat klasifikasi yang ditetapkan', label(d.level)),
            row(
              'Tingkat sebelumnya',
              d.previousLevel && d.previousLevel !== d.level
                ? label(d.previousLevel)
                : d.previousLevel
                  ? `${label(d.previousLevel)} (tidak berubah)`
                  : 'Penetapan pertama',
            ),
            row('Dasar hukum', d.legalBasis),
            row('Tanggal penetapan', letterDate(d.decisionDate)),
            row('Masa klasifikasi', period),
            row('Penurunan tingkat atau pembukaan', after),
            row('Pejabat yang menetapkan', [d.signerName, d.signerNip ? `NIP ${d.signerNip}` : 'NIP –', d.signerPosition].join(', ')),
          ],
        },
        layout: 'lightHorizontalLines',
        margin: [0, 0, 0, 8],
      },
      {
        text: 'Surat ini menyebut informasi hanya dengan nomor registernya. Penetapan ini berlaku sampai diubah dengan penetapan baru, yang dicatat dalam riwayat informasi tersebut.',
        style: 'para',
      },
      {
        margin: [0, 12, 0, 0],
        stack: [
          signatureBlock(
            { name: d.signerName, position: d.signerPosition, nip: d.signerNip, onBehalfOf: d.onBehalfOf },
            { heading: [`Ditetapkan di ${place}`, `pada tanggal ${letterDate(d.decisionDate)}`], width: 240 },
          ),
        ],
      },
    ],
  };
  return renderPdf(doc);
}
