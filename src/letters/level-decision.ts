// Keputusan penetapan tingkat klasifikasi: the numbered letter of one decision on a classified item's
// security level. It names the item by its register number and owning unit only, never its title,
// description or documents, and is given only to the item's readers (domain/classified/level-decisions.ts).
import { eq } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { classifiedLevelDecisions, units } from '../db/schema/index.js';
import { canReadLevelDecision } from '../policies/classification.js';
import { letterDate } from '../domain/calendar/dates.js';
import { hidden, loadReadableItem, logAccess, SECURITY_LEVEL_LABELS } from '../domain/classified/items.js';
import type { LevelDecision } from '../domain/classified/level-decisions.js';
import { readingExpired, reasonOfReading } from '../domain/classified/reading.js';
import { getPublicBody } from '../domain/org/public-body.js';
import { letterheadNodes, loadLetterhead, LETTER_STYLES, type Letterhead } from '../domain/org/letterhead.js';
import { renderPdf, type PdfNode } from '../documents/pdf.js';
import { signatureBlock } from '../domain/org/signer.js';
import { isUuid } from '../shared/ids.js';

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

/**
 * The letter of one decision, for a reader of the item within their current opening (`reading`, its log
 * id) or with a reason given now; the download is logged in the read log like a document.
 */
export async function renderLevelDecision(
  ctx: Ctx,
  itemId: string,
  decisionId: string,
  by: { reading: number } | { reason: string },
): Promise<{ pdf: Buffer; filename: string }> {
  const loaded = await loadReadableItem(ctx, itemId);
  if (!canReadLevelDecision(ctx.actor, loaded.facts, loaded.now)) throw hidden();
  const reason = 'reading' in by ? await reasonOfReading(ctx, itemId, by.reading) : by.reason.trim();
  if (!reason) throw readingExpired();
  const [dec] = isUuid(decisionId) ? await ctx.db.select().from(classifiedLevelDecisions).where(eq(classifiedLevelDecisions.id, decisionId)) : [];
  if (!dec || dec.itemId !== itemId) throw hidden();
  await logAccess(ctx, { itemId, action: 'download', level: loaded.item.securityLevel, reason, grantId: loaded.access.allowed ? loaded.access.grantId : null });
  const body = await getPublicBody(ctx.db);
  const [unit] = await ctx.db.select({ name: units.name }).from(units).where(eq(units.id, loaded.item.unitId));
  const pdf = await levelDecisionPdf(await loadLetterhead(ctx, body), { decision: dec, itemNumber: loaded.item.number, unitName: unit?.name ?? '' });
  return { pdf, filename: `penetapan-tingkat-${dec.number.replace(/[^A-Za-z0-9]+/g, '-')}` };
}
