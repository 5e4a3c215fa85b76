// The worksheets of an uploaded xlsx, read row by row with exceljs' streaming reader, in the workbook's own
// order whatever the order of the parts inside the zip.
//
// Why not exceljs' WorkbookReader as it is: it reads the archive in one streaming pass and names a worksheet
// and resolves its shared strings from whatever it has parsed when the worksheet's entry arrives. A worksheet
// stored before xl/workbook.xml then fails ("Cannot read properties of undefined (reading 'sheets')"), and
// on Node 18+ the pass now and then loses the archive's last entry, which exceljs itself writes as
// xl/workbook.xml: the same file reads, or does not, depending on timing (exceljs issue #3064, open for 4.4.0).
// Here the parts are opened through the central directory (openZipEntries, under the file limits), the
// workbook's relationships, the workbook, the shared strings and the styles are parsed first, and only then
// each worksheet, still streamed. exceljs' own parsers do the reading; the calls below are to its internal
// (underscored) methods, typed in ReaderParts, and tests/integration/dip-import-entry-order.test.ts fails if
// an exceljs upgrade changes them.
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { openZipEntries } from './file-limits.js';

/** One worksheet: its name in the workbook and its rows, read as the caller iterates them. */
export type XlsxSheet = { name: string; rows: AsyncIterable<ExcelJS.Row> };

type SheetModel = { id: number; name: string; state?: string; rId: string };
type SheetReader = AsyncIterable<ExcelJS.Row> & { id: number; name: string; state?: string };

/** The parts of exceljs 4.4's WorkbookReader used here (lib/stream/xlsx/workbook-reader.js). */
type ReaderParts = {
  model?: { sheets?: SheetModel[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Iterable<{ eventType: string; value: SheetReader }>;
};

/** A relationship target of xl/workbook.xml as a path in the archive. */
function partPath(target: string): string {
  return target.startsWith('/') ? posix.normalize(target.slice(1)) : posix.normalize(posix.join('xl', target));
}

/**
 * The worksheets in the order of the workbook's tabs (hidden ones too), rows read lazily: a sheet the caller
 * leaves early is closed when the next one is asked for. Throws on a file that is not a readable workbook
 * (and with the limit's error on one over a file limit).
 */
export async function* xlsxSheets(bytes: Uint8Array): AsyncGenerator<XlsxSheet> {
  const zip = await openZipEntries(bytes);
  if (!zip) throw new Error('xlsx: not a zip archive');
  try {
    const part = async (name: string): Promise<Readable> => {
      const s = await zip.readZipEntry(name);
      if (!s) throw new Error(`xlsx: no ${name}`);
      return s;
    };
    // The input is never read: the parts are handed to the reader's parsers one by one.
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      worksheets: 'emit',
      entries: 'ignore',
    }) as unknown as ReaderParts;
    await reader._parseRels(await part('xl/_rels/workbook.xml.rels'));
    await reader._parseWorkbook(await part('xl/workbook.xml'));
    const strings = await zip.readZipEntry('xl/sharedStrings.xml');
    if (strings) for await (const _ of reader._parseSharedStrings(strings)); // 'cache': fills reader.sharedStrings
    const styles = await zip.readZipEntry('xl/styles.xml');
    if (styles) await reader._parseStyles(styles);

    for (const sheet of reader.model?.sheets ?? []) {
      const target = reader.workbookRels?.find((r) => r.Id === sheet.rId)?.Target;
      const path = target ? partPath(target) : '';
      if (!path.startsWith('xl/worksheets/')) continue; // a chart sheet has no rows
      const entry = await zip.readZipEntry(path);
      if (!entry) continue;
      try {
        const ws = [...reader._parseWorksheet(entry, String(sheet.id))][0]?.value;
        if (!ws) continue;
        ws.id = sheet.id;
        ws.name = sheet.name;
        ws.state = sheet.state;
        yield { name: sheet.name, rows: ws };
      } finally {
        entry.destroy();
      }
    }
  } finally {
    zip.close();
  }
}
