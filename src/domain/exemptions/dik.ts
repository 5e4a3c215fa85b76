// The public Daftar Informasi yang Dikecualikan (DIK): approved consequence tests whose period is running
// today, with their public columns only. This is the one place the portal, its downloads, the JSON API and
// the open-data feeds read exemptions from: the item's title, description, documents and file names and
// the test's withheld information, harm and public-interest text are never selected here.
import type { Readable } from 'node:stream';
import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { consequenceTests, units } from '../../db/schema/index.js';
import { REGISTER_STYLES, REGISTER_TABLE_LAYOUT, renderPdf, type PdfNode } from '../../documents/pdf.js';
import { dateInZone, letterDate, zoneOf } from '../calendar/dates.js';
import { fileSlug, isoDay, longDateTime, streamXlsx } from '../dip/export.js';
import { getPublicBody } from '../org/public-body.js';
import { groundLabel, groundReference } from './grounds.js';
import { legalBasisText, splitLegalBasis } from './input.js';
import { inForceOn } from './queries.js';

export type DikRow = {
  id: string;
  number: string;
  decisionDate: string;
  publicTitle: string;
  publicSummary: string;
  partial: boolean;
  ground: string;
  subpoint: number | null;
  legalBasis: string;
  periodStart: string;
  periodEnd: string | null;
  unitId: string;
  unitCode: string;
  unitName: string;
};

/** Today in the body's time zone: the DIK changes when a day begins, not only when data changes. */
export async function dikToday(ctx: Pick<Ctx, 'db' | 'clock'>): Promise<{ today: string; timeZone: string }> {
  const tz = zoneOf(await getPublicBody(ctx.db));
  return { today: dateInZone(ctx.clock.now(), tz).date, timeZone: tz };
}

/** The first instant of the next day in the zone (when a cached DIK page goes stale). */
export function nextDayStarts(now: Date, timeZone: string): Date {
  const { date: today, minutes } = dateInZone(now, timeZone);
  const minuteStart = Math.floor(now.getTime() / 60_000) * 60_000;
  let t = minuteStart + (1440 - minutes) * 60_000;
  // A daylight-saving change on the way moves local midnight by up to an hour.
  while (dateInZone(new Date(t - 60_000), timeZone).date !== today) t -= 15 * 60_000;
  while (dateInZone(new Date(t), timeZone).date === today) t += 15 * 60_000;
  return new Date(t);
}

export async function listDik(db: DbOrTx, opts: { today: string; unitId?: string | undefined }): Promise<DikRow[]> {
  const rows = await db
    .select({
      id: consequenceTests.id,
      number: consequenceTests.number,
      decisionDate: consequenceTests.decisionDate,
      publicTitle: consequenceTests.publicTitle,
      publicSummary: consequenceTests.publicSummary,
      partial: consequenceTests.partial,
      ground: consequenceTests.ground,
      subpoint: consequenceTests.subpoint,
      legalBasis: consequenceTests.legalBasis,
      periodStart: consequenceTests.periodStart,
      periodEnd: consequenceTests.periodEnd,
      unitId: consequenceTests.unitId,
      unitCode: units.code,
      unitName: units.name,
    })
    .from(consequenceTests)
    .innerJoin(units, eq(units.id, consequenceTests.unitId))
    .where(and(inForceOn(opts.today), opts.unitId ? eq(consequenceTests.unitId, opts.unitId) : undefined))
    .orderBy(asc(units.name), asc(consequenceTests.decisionDate), asc(consequenceTests.year), asc(consequenceTests.seq), asc(consequenceTests.id));
  return rows.map((r) => ({ ...r, number: r.number ?? '', decisionDate: r.decisionDate ?? '' }));
}

/** Codes of the units that have exempt information today (for the sitemap). */
export async function dikUnitCodes(db: DbOrTx, today: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ code: units.code })
    .from(consequenceTests)
    .innerJoin(units, eq(units.id, consequenceTests.unitId))
    .where(and(inForceOn(today), eq(units.active, true)))
    .orderBy(asc(units.code));
  return rows.map((r) => r.code);
}

export function periodText(r: Pick<DikRow, 'periodStart' | 'periodEnd'>, locale: 'id' | 'en' = 'id'): string {
  if (!r.periodEnd) return locale === 'en' ? `from ${letterDate(r.periodStart, 'en')}, without end` : `sejak ${letterDate(r.periodStart)}, tanpa batas waktu`;
  return `${letterDate(r.periodStart, locale)} – ${letterDate(r.periodEnd, locale)}`;
}

export const groundCell = (r: Pick<DikRow, 'ground' | 'subpoint'>, locale: 'id' | 'en' = 'id') =>
  `${groundReference(r.ground, r.subpoint, locale)}: ${groundLabel(r.ground, r.subpoint, locale)}`;

/** One row as the public JSON API gives it. */
export function toApiDik(r: DikRow, baseUrl: string) {
  const { regulation, article } = splitLegalBasis(r.legalBasis);
  return {
    number: r.number,
    decisionDate: r.decisionDate,
    title: r.publicTitle,
    consequenceSummary: r.publicSummary,
    partial: r.partial,
    unit: { code: r.unitCode, name: r.unitName, url: `${baseUrl}/unit/${r.unitCode}/informasi-dikecualikan` },
    ground: {
      letter: r.ground,
      subpoint: r.subpoint,
      reference: groundReference(r.ground, r.subpoint),
      label: { id: groundLabel(r.ground, r.subpoint, 'id'), en: groundLabel(r.ground, r.subpoint, 'en') },
    },
    legalBasis: { regulation, article, text: legalBasisText(r.legalBasis) },
    period: { start: r.periodStart, end: r.periodEnd },
  };
}

/** `timeZone`: the body's; the export's dates and times are written in it. */
export type DikExportMeta = { bodyName: string; baseUrl: string; now: Date; unit?: { code: string; name: string } | undefined; timeZone: string };

export const dikTitle = (m: Pick<DikExportMeta, 'bodyName' | 'unit'>) =>
  `Daftar Informasi yang Dikecualikan ${m.bodyName}${m.unit ? ` – ${m.unit.name}` : ''}`.trim();

export const dikFilename = (m: DikExportMeta, ext: 'xlsx' | 'pdf') =>
  `daftar-informasi-dikecualikan-${fileSlug(m.unit?.code ?? m.bodyName)}-${isoDay(m.now, m.timeZone)}.${ext}`;

const COLUMNS = [
  { header: 'No.', width: 6 },
  { header: 'Informasi yang Dikecualikan', width: 40, wrap: true },
  { header: 'Unit/SOPD Penguasa', width: 30, wrap: true },
  { header: 'Dasar Pengecualian (UU 14/2008 Pasal 17)', width: 40, wrap: true },
  { header: 'Dasar Hukum', width: 36, wrap: true },
  { header: 'Konsekuensi bila Dibuka (Ringkasan)', width: 60, wrap: true },
  { header: 'Jangka Waktu Pengecualian', width: 30, wrap: true },
  { header: 'Nomor Surat Penetapan', width: 30 },
  { header: 'Tanggal Penetapan', width: 14 },
];

export function dikXlsx(rows: DikRow[], meta: DikExportMeta): Readable {
  const title = dikTitle(meta);
  async function* body(): AsyncGenerator<unknown[][]> {
    yield rows.map((r, i) => [
      i + 1,
      r.partial ? `${r.publicTitle} (dikecualikan sebagian)` : r.publicTitle,
      r.unitName,
      groundCell(r),
      legalBasisText(r.legalBasis),
      r.publicSummary,
      periodText(r),
      r.number,
      r.decisionDate ? new Date(`${r.decisionDate}T00:00:00Z`) : '',
    ]);
  }
  async function* about(): AsyncGenerator<unknown[][]> {
    yield [
      ['Judul', title],
      ['Badan publik', meta.bodyName],
      ...(meta.unit ? [['Unit kerja', meta.unit.name]] : []),
      ['Dibuat', longDateTime(meta.now, meta.timeZone)],
      ['Sumber', `${meta.baseUrl}/informasi-dikecualikan`],
      [
        'Isi',
        'Informasi yang dikecualikan berdasarkan uji konsekuensi yang ditetapkan dan masih dalam jangka waktu pengecualian (UU 14/2008 Pasal 17, 19 dan 20).',
      ],
    ];
  }
  return streamXlsx(
    [
      { name: 'DIK', columns: COLUMNS, rows: body() },
      {
        name: 'Keterangan',
        columns: [
          { header: 'Keterangan', width: 18 },
          { header: '', width: 100, wrap: true },
        ],
        rows: about(),
      },
    ],
    { title, created: meta.now },
  );
}

export async function dikPdf(rows: DikRow[], meta: DikExportMeta): Promise<Buffer> {
  const title = dikTitle(meta);
  const head = ['No.', 'Informasi yang Dikecualikan', 'Dasar Pengecualian', 'Dasar Hukum', 'Konsekuensi bila Dibuka', 'Jangka Waktu', 'Penetapan'].map(
    (text): PdfNode => ({ text, style: 'th' }),
  );
  const body: PdfNode[][] = [head];
  rows.forEach((r, i) => {
    body.push([
      String(i + 1),
      {
        stack: [
          { text: r.publicTitle, bold: true },
          { text: r.unitName, style: 'small' },
          ...(r.partial ? [{ text: 'Dikecualikan sebagian', style: 'small' }] : []),
        ],
      },
      groundCell(r),
      legalBasisText(r.legalBasis),
      r.publicSummary,
      periodText(r),
      { stack: [{ text: r.number }, { text: r.decisionDate ? letterDate(r.decisionDate) : '', style: 'small' }] },
    ]);
  });
  if (!rows.length) body.push([{ text: 'Tidak ada informasi yang dikecualikan saat ini.', colSpan: 7, italics: true }, '', '', '', '', '', '']);
  const made = longDateTime(meta.now, meta.timeZone);
  return renderPdf({
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 36, 28, 40],
    info: { title, author: meta.bodyName, creator: 'Q-Gesy', subject: 'Daftar Informasi yang Dikecualikan (UU 14/2008 Pasal 17)' },
    footer: (currentPage: number, pageCount: number) => ({
      margin: [28, 12, 28, 0],
      fontSize: 7,
      color: '#444444',
      columns: [{ text: `${title} · Dibuat ${made}` }, { text: `Halaman ${currentPage} dari ${pageCount}`, alignment: 'right', width: 110 }],
    }),
    content: [
      { text: title, style: 'title' },
      {
        text: `Dibuat ${made} dari ${meta.baseUrl}. Berisi ${rows.length} informasi yang dikecualikan berdasarkan uji konsekuensi (UU 14/2008 Pasal 19) dan masih dalam jangka waktu pengecualian.`,
        style: 'sub',
      },
      {
        table: { headerRows: 1, dontBreakRows: true, widths: [20, '*', 120, 100, '*', 80, 90], body },
        layout: REGISTER_TABLE_LAYOUT,
      },
    ],
    styles: REGISTER_STYLES,
    defaultStyle: { fontSize: 7.5, lineHeight: 1.1 },
  });
}
