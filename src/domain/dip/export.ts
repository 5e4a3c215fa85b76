// Exports of the DIP: the public tables (xlsx, CSV, PDF) read only from the public read model, page by
// page, and the back-office list (xlsx) with the same filters and scoping as listEntries.
import { PassThrough, Readable } from 'node:stream';
import { and, eq, inArray, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Ctx } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { dipEntries, dipVersions, units, type DipCategory, type DipStatus } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { dateOf, formatDateTime, zoneLabel, zoneOf } from '../calendar/dates.js';
import { getPublicBody } from '../org/public-body.js';

import { CATEGORY_CELL, IMPORT_COLUMNS, type ImportField } from './import-format.js';
import { allPublished, isPublic, listPublished, type PublicEntry } from './public.js';
import { subtypeLabel } from './subtypes.js';
import { listEntries, type EntryFilter } from './list-dip-entries.js';
import { REGISTER_STYLES, REGISTER_TABLE_LAYOUT, renderPdf, type PdfNode } from '../../documents/pdf.js';

// --- shared ---------------------------------------------------------------------------------------------

const PAGE = 1000;

const CATEGORY_TITLE: Record<DipCategory, string> = { berkala: 'Berkala', serta_merta: 'Serta-merta', setiap_saat: 'Setiap saat' };

export const STATUS_LABEL: Record<DipStatus, string> = {
  draft: 'Draf',
  submitted: 'Diajukan',
  returned: 'Dikembalikan',
  published: 'Terbit',
  unpublished: 'Ditarik dari portal',
};

/** YYYY-MM-DD in the body's time zone. */
export const isoDay = (d: Date, timeZone: string) => dateOf(d, timeZone);
/** "16 Maret 2026 pukul 10.00 WIB" in the body's time zone. */
export const longDateTime = (d: Date, timeZone: string) => `${formatDateTime(d, 'id', timeZone, 'long')} ${zoneLabel(timeZone)}`;
/** A day as a spreadsheet date cell (midnight, no zone). */
const dayCell = (d: Date, timeZone: string) => new Date(`${isoDay(d, timeZone)}T00:00:00Z`);

/** A file-name-safe part: lower-case ASCII words joined by hyphens. */
export function fileSlug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'badan-publik'
  );
}

/** Waits until the reader took what was written, so that a slow client does not make us buffer the table. */
async function drained(out: PassThrough): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

type Column = { header: string; width: number; wrap?: boolean };
type Sheet = { name: string; columns: Column[]; rows: AsyncIterable<unknown[][]> };

/** Streams an xlsx workbook: each sheet's rows are committed as they come and never held in memory together. */
export function streamXlsx(sheets: Sheet[], props: { title: string; created: Date }): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Q-Gesy';
  wb.title = props.title;
  wb.created = props.created;
  void (async () => {
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = s.columns.map((c) => ({
        width: c.width,
        style: c.wrap ? { alignment: { wrapText: true, vertical: 'top' } } : { alignment: { vertical: 'top' } },
      }));
      const head = ws.addRow(s.columns.map((c) => c.header));
      head.font = { bold: true };
      head.alignment = { wrapText: true, vertical: 'top' };
      head.commit();
      for await (const page of s.rows) {
        for (const values of page) ws.addRow(values).commit();
        await drained(out);
        if (out.destroyed) return;
      }
      ws.commit();
    }
    await wb.commit();
  })().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}

// --- public exports -------------------------------------------------------------------------------------

export type PublicScope = { kind: 'body' } | { kind: 'unit'; unitId: string; unitCode: string; unitName: string };

/** The unit behind /unit/:code, or a 404. */
export async function publicScopeOf(db: DbOrTx, unitCode?: string): Promise<PublicScope> {
  if (unitCode === undefined) return { kind: 'body' };
  const [u] = unitCode.length <= 60 ? await db.select({ id: units.id, code: units.code, name: units.name }).from(units).where(eq(units.code, unitCode)) : [];
  if (!u) throw errors.notFound();
  return { kind: 'unit', unitId: u.id, unitCode: u.code, unitName: u.name };
}

/** Public entries of the scope, page by page, in register-number order. */
export async function* publicPages(db: DbOrTx, scope: PublicScope): AsyncGenerator<PublicEntry[]> {
  if (scope.kind === 'body') {
    yield* allPublished(db, PAGE);
    return;
  }
  for (let offset = 0; ; offset += PAGE) {
    const { items } = await listPublished(db, { unitId: scope.unitId, order: 'number', limit: PAGE, offset });
    if (!items.length) return;
    yield items;
    if (items.length < PAGE) return;
  }
}

/**
 * Changes whenever anything a public export shows may have changed: the set of public entries and their
 * published versions (a version's content never changes), and the names of their units. Cheap enough to
 * ask on every request, so that a costly export (the PDF) can be reused until then.
 */
export async function publicFingerprint(db: DbOrTx, scope: PublicScope): Promise<string> {
  const [r] = await db
    .select({
      n: sql<number>`count(*)::int`,
      versions: sql<string>`coalesce(sum(hashtext(${dipEntries.publishedVersionId}::text)), 0)::text`,
      names: sql<string>`coalesce(md5(string_agg(distinct ${units.name}, '|' order by ${units.name})), '')`,
    })
    .from(dipEntries)
    .innerJoin(units, eq(units.id, dipEntries.unitId))
    .where(scope.kind === 'unit' ? and(isPublic, eq(dipEntries.unitId, scope.unitId)) : isPublic);
  return `${scope.kind === 'unit' ? scope.unitId : 'body'}|${r?.n ?? 0}|${r?.versions ?? ''}|${r?.names ?? ''}`;
}

/** `timeZone`: the body's; every date and time of the export is written in it. */
export type PublicExportMeta = { bodyName: string; baseUrl: string; now: Date; scope: PublicScope; timeZone: string };

export function publicTitle(meta: Pick<PublicExportMeta, 'bodyName' | 'scope'>): string {
  const base = `Daftar Informasi Publik ${meta.bodyName}`.trim();
  return meta.scope.kind === 'unit' ? `${base} – ${meta.scope.unitName}` : base;
}

export function publicFilename(meta: Pick<PublicExportMeta, 'bodyName' | 'scope' | 'now' | 'timeZone'>, ext: 'xlsx' | 'csv' | 'pdf'): string {
  const who = meta.scope.kind === 'unit' ? fileSlug(meta.scope.unitCode) : fileSlug(meta.bodyName);
  return `daftar-informasi-publik-${who}-${isoDay(meta.now, meta.timeZone)}.${ext}`;
}

/** The columns of the public tables: the seven DIP elements of Perki 1/2010, then category and helpers. */
export const PUBLIC_COLUMNS: Column[] = [
  { header: 'No.', width: 6 },
  { header: 'Nomor DIP', width: 24 },
  { header: 'Judul Informasi', width: 40, wrap: true },
  { header: 'Ringkasan Isi Informasi', width: 60, wrap: true },
  { header: 'Pejabat/Unit/Satuan Kerja yang Menguasai Informasi', width: 32, wrap: true },
  { header: 'Penanggung Jawab Pembuatan atau Penerbitan Informasi', width: 32, wrap: true },
  { header: 'Waktu dan Tempat Pembuatan Informasi', width: 26, wrap: true },
  { header: 'Bentuk/Format Informasi yang Tersedia', width: 26, wrap: true },
  { header: 'Jangka Waktu Penyimpanan atau Retensi Arsip', width: 22, wrap: true },
  { header: 'Kategori Informasi', width: 16 },
  { header: 'Jenis Informasi', width: 30 },
  { header: 'Tahun', width: 8 },
  { header: 'Unit Kerja', width: 32 },
  { header: 'Pertama Terbit', width: 14 },
  { header: 'Terakhir Diperbarui', width: 14 },
  { header: 'Alamat di Portal', width: 50 },
];

const holderText = (e: PublicEntry) => (e.holder && e.holder !== e.unitName ? `${e.holder}, ${e.unitName}` : e.unitName);
const whenWhere = (e: Pick<PublicEntry, 'madeWhen' | 'madePlace'>) => [e.madeWhen, e.madePlace].filter(Boolean).join(', ');
/**
 * The forms as they are (as on the portal): terekam with the types of the files that can be downloaded, or
 * "atas permintaan" when the entry has no file, whatever types the unit declared.
 */
const formText = (e: Pick<PublicEntry, 'forms' | 'fileTypes'>) => {
  const parts = e.forms.filter((f) => f !== 'terekam');
  if (e.fileTypes.length) parts.push(`terekam (${e.fileTypes.join(', ')})`);
  else if (e.forms.includes('terekam')) parts.push('terekam (atas permintaan)');
  return parts.join(', ');
};

/** One public entry as the row of the public tables; `asText` gives dates as YYYY-MM-DD (CSV). */
export function publicRow(e: PublicEntry, n: number, baseUrl: string, asText: boolean, timeZone: string): unknown[] {
  const day = (d: Date) => (asText ? isoDay(d, timeZone) : dayCell(d, timeZone));
  return [
    n,
    e.number,
    e.title,
    e.summary,
    holderText(e),
    e.responsible,
    whenWhere(e),
    formText(e),
    e.retention,
    CATEGORY_TITLE[e.category],
    subtypeLabel(e.subtype),
    e.year ?? '',
    e.unitName,
    day(e.firstPublishedAt),
    day(e.updatedAt),
    `${baseUrl}/informasi/${e.slug}`,
  ];
}

async function* numbered(db: DbOrTx, meta: PublicExportMeta, asText: boolean): AsyncGenerator<unknown[][]> {
  let n = 0;
  for await (const page of publicPages(db, meta.scope)) yield page.map((e) => publicRow(e, ++n, meta.baseUrl, asText, meta.timeZone));
}

export function publicXlsx(db: DbOrTx, meta: PublicExportMeta): Readable {
  const title = publicTitle(meta);
  async function* about(): AsyncGenerator<unknown[][]> {
    yield [
      ['Judul', title],
      ['Badan publik', meta.bodyName],
      ...(meta.scope.kind === 'unit' ? [['Unit kerja', meta.scope.unitName]] : []),
      ['Dibuat', longDateTime(meta.now, meta.timeZone)],
      ['Sumber', meta.baseUrl],
      ['Isi', 'Hanya informasi yang telah diterbitkan dan tidak ditarik dari portal (UU 14/2008 Pasal 11 ayat 1 huruf a).'],
    ];
  }
  return streamXlsx(
    [
      { name: 'DIP', columns: PUBLIC_COLUMNS, rows: numbered(db, meta, false) },
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

/** A CSV field: quoted when needed; a leading formula character is neutralised so that spreadsheets do not run it. */
export function csvField(v: unknown): string {
  let s = v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (values: unknown[]) => `${values.map(csvField).join(',')}\r\n`;

/** The public table as RFC 4180 CSV (comma, CRLF), UTF-8 with a byte-order mark for spreadsheet programs. */
export function publicCsv(db: DbOrTx, meta: PublicExportMeta): Readable {
  async function* lines(): AsyncGenerator<Buffer> {
    yield Buffer.from(`\uFEFF${csvLine(PUBLIC_COLUMNS.map((c) => c.header))}`, 'utf8');
    for await (const page of numbered(db, meta, true)) yield Buffer.from(page.map(csvLine).join(''), 'utf8');
  }
  return Readable.from(lines());
}

/**
 * The public DIP as a PDF: A4 landscape, the seven DIP columns plus category, page numbers and the date
 * it was made. pdfmake lays out the whole document in memory, so the rows are collected first.
 */
export async function publicPdf(db: DbOrTx, meta: PublicExportMeta): Promise<Buffer> {
  const title = publicTitle(meta);
  const head = [
    'No.',
    'Ringkasan Isi Informasi',
    'Pejabat/Unit/Satuan Kerja yang Menguasai Informasi',
    'Penanggung Jawab Pembuatan atau Penerbitan Informasi',
    'Waktu dan Tempat Pembuatan Informasi',
    'Bentuk/Format Informasi yang Tersedia',
    'Jangka Waktu Penyimpanan atau Retensi Arsip',
    'Kategori',
  ].map((text): PdfNode => ({ text, style: 'th' }));
  const body: PdfNode[][] = [head];
  let n = 0;
  for await (const page of publicPages(db, meta.scope)) {
    for (const e of page) {
      body.push([
        String(++n),
        { stack: [{ text: e.title, bold: true }, { text: e.summary }, { text: e.number, style: 'small' }] },
        holderText(e),
        e.responsible,
        whenWhere(e) || '–',
        formText(e),
        e.retention,
        CATEGORY_TITLE[e.category],
      ]);
    }
  }
  if (n === 0) body.push([{ text: 'Belum ada informasi yang diterbitkan.', colSpan: 8, italics: true }, '', '', '', '', '', '', '']);
  const made = longDateTime(meta.now, meta.timeZone);
  return renderPdf({
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 36, 28, 40],
    info: { title, author: meta.bodyName, creator: 'Q-Gesy', subject: 'Daftar Informasi Publik (UU 14/2008)' },
    footer: (currentPage: number, pageCount: number) => ({
      margin: [28, 12, 28, 0],
      fontSize: 7,
      color: '#444444',
      columns: [{ text: `${title} · Dibuat ${made}` }, { text: `Halaman ${currentPage} dari ${pageCount}`, alignment: 'right', width: 110 }],
    }),
    content: [
      { text: title, style: 'title' },
      { text: `Dibuat ${made} dari ${meta.baseUrl}. Berisi ${n} informasi yang diterbitkan.`, style: 'sub' },
      {
        table: { headerRows: 1, dontBreakRows: false, widths: [20, '*', 100, 100, 80, 80, 70, 52], body },
        layout: REGISTER_TABLE_LAYOUT,
      },
    ],
    styles: REGISTER_STYLES,
    defaultStyle: { fontSize: 7.5, lineHeight: 1.1 },
  });
}

// --- back-office list export ----------------------------------------------------------------------------

type VersionRow = typeof dipVersions.$inferSelect;

/** The cells of the import columns for a version, so that an export can be edited and imported again. */
export function versionCells(v: VersionRow): Record<ImportField, unknown> {
  return {
    title: v.title,
    summary: v.summary,
    category: CATEGORY_CELL[v.category],
    subtype: subtypeLabel(v.subtype),
    holder: v.holder,
    responsible: v.responsible,
    madeWhen: v.madeWhen,
    madePlace: v.madePlace,
    forms: v.forms.join(', '),
    formats: v.formats.join(', '),
    retention: v.retention,
    year: v.year ?? '',
    periodLabel: v.periodLabel,
    tags: v.tags.join(', '),
    links: v.links.map((l) => l.url).join('\n'),
  };
}

export const ADMIN_COLUMNS: Column[] = [
  { header: 'Nomor DIP', width: 24 },
  ...IMPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width, wrap: c.width >= 30 })),
  { header: 'Unit Kerja', width: 30 },
  { header: 'Status', width: 16 },
  { header: 'Tampil di Portal', width: 10 },
  { header: 'Diperbarui', width: 14 },
];

/**
 * The back-office list as xlsx: the same filter and the same scoping as listEntries (it is called for each
 * page), with the working version's fields in the import columns.
 */
export async function adminXlsx(ctx: Ctx, filter: Omit<EntryFilter, 'page'>): Promise<Readable> {
  // Asked once before streaming, so that a refusal is an error page and not a broken download.
  await listEntries(ctx, { ...filter, page: 1 }, 1);
  const timeZone = zoneOf(await getPublicBody(ctx.db));
  async function* rows(): AsyncGenerator<unknown[][]> {
    for (let page = 1; ; page++) {
      const { items } = await listEntries(ctx, { ...filter, page }, PAGE);
      if (!items.length) return;
      const versions = await ctx.db
        .select({ entryId: dipEntries.id, v: dipVersions })
        .from(dipEntries)
        .innerJoin(dipVersions, eq(dipVersions.id, dipEntries.workingVersionId))
        .where(
          inArray(
            dipEntries.id,
            items.map((i) => i.id),
          ),
        );
      const byEntry = new Map(versions.map((r) => [r.entryId, r.v]));
      yield items.flatMap((i) => {
        const v = byEntry.get(i.id);
        if (!v) return [];
        const cells = versionCells(v);
        return [
          [
            i.number,
            ...IMPORT_COLUMNS.map((c) => cells[c.field]),
            i.unitName,
            STATUS_LABEL[i.status],
            i.isPublic ? 'Ya' : 'Tidak',
            dayCell(i.updatedAt, timeZone),
          ],
        ];
      });
      if (items.length < PAGE) return;
    }
  }
  return streamXlsx([{ name: 'DIP', columns: ADMIN_COLUMNS, rows: rows() }], { title: 'Daftar Informasi Publik (ruang kerja)', created: ctx.clock.now() });
}
