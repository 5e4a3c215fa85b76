// Decides what an uploaded file is from its bytes alone (never its name or the browser's claim):
// the eight kinds a DIP document may be. Anything else is refused with a message naming them.
import { catalogueMessages } from '../i18n/catalogue.js';
import { open, type FileHandle } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import yauzl from 'yauzl';
import { AppError } from '../errors.js';
import { runFileJob } from './sandbox.js';

export const DOCUMENT_KINDS = {
  pdf: { mime: 'application/pdf', ext: 'pdf', label: 'PDF' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx', label: 'Word (DOCX)' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx', label: 'Excel (XLSX)' },
  odt: { mime: 'application/vnd.oasis.opendocument.text', ext: 'odt', label: 'OpenDocument Text (ODT)' },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', ext: 'ods', label: 'OpenDocument Spreadsheet (ODS)' },
  csv: { mime: 'text/csv; charset=utf-8', ext: 'csv', label: 'CSV (UTF-8)' },
  jpeg: { mime: 'image/jpeg', ext: 'jpg', label: 'JPEG' },
  png: { mime: 'image/png', ext: 'png', label: 'PNG' },
} as const;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;
export type Sniffed = { kind: DocumentKind; mime: string; ext: string };

/** For `<input type="file" accept=...>`: a hint for the file picker only; the server decides by content. */
export const ACCEPT_ATTRIBUTE = '.pdf,.docx,.xlsx,.odt,.ods,.csv,.jpg,.jpeg,.png';
export const ACCEPTED_LABEL = 'PDF, DOCX, XLSX, ODT, ODS, CSV (UTF-8), JPEG, PNG';

/** The kind stored for a document, from its stored mime type. */
export function kindOfMime(mime: string): DocumentKind | null {
  const base = mime.split(';')[0]!.trim().toLowerCase();
  for (const [k, v] of Object.entries(DOCUMENT_KINDS)) if (v.mime.split(';')[0] === base) return k as DocumentKind;
  return null;
}

/** Why a file was refused, when we can tell: shown after the general sentence. */
type Hint = { id: string; en: string };

export function refusedType(hint?: Hint): AppError {
  return new AppError('document_type_refused', 415, {
    id: `Jenis berkas ini tidak diterima.${hint ? ` ${hint.id}` : ''} Jenis berkas diperiksa dari isinya, bukan dari nama atau ekstensinya. Yang diterima hanya: ${ACCEPTED_LABEL}.`,
    en: `This type of file is not accepted.${hint ? ` ${hint.en}` : ''} Files are checked by their content, not by their name or extension. Only these are accepted: ${ACCEPTED_LABEL}.`,
  });
}

export function emptyFile(): AppError {
  return new AppError('document_empty', 422, catalogueMessages('documents.sniff.uploaded_file_empty_0_bytes'));
}

const HINTS = {
  exe: { id: 'Berkas ini adalah program (berkas yang dapat dijalankan), bukan dokumen.', en: 'This file is a program (an executable), not a document.' },
  zip: { id: 'Berkas ini adalah arsip ZIP atau dokumen kantor jenis lain.', en: 'This file is a ZIP archive or another kind of office document.' },
  macro: {
    id: 'Dokumen yang berisi makro tidak diterima; simpan ulang sebagai DOCX atau XLSX biasa.',
    en: 'Documents with macros are not accepted; save it again as a plain DOCX or XLSX.',
  },
  ole: {
    id: 'Berkas ini berformat Office lama (.doc/.xls/.ppt) atau dilindungi kata sandi; simpan ulang sebagai DOCX/XLSX tanpa kata sandi, atau sebagai PDF.',
    en: 'This file is in an old Office format (.doc/.xls/.ppt) or password-protected; save it again as DOCX/XLSX without a password, or as PDF.',
  },
  markup: { id: 'Berkas ini berisi HTML, XML atau SVG.', en: 'This file contains HTML, XML or SVG.' },
  text: {
    id: 'Berkas teks hanya diterima sebagai CSV berenkode UTF-8 dengan jumlah kolom yang sama di setiap baris.',
    en: 'Text files are only accepted as UTF-8 CSV with the same number of columns on every line.',
  },
} satisfies Record<string, Hint>;

// --- reading the bytes, from memory or from a file on disk -----------------------------------------

type Source = {
  size: number;
  head(n: number): Promise<Buffer>;
  chunks(): AsyncIterable<Buffer>;
  zip(): Promise<yauzl.ZipFile>;
  close(): Promise<void>;
};

const ZIP_OPTIONS: yauzl.Options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false, decodeStrings: true };

function bufferSource(bytes: Uint8Array): Source {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    size: buf.length,
    head: async (n) => buf.subarray(0, n),
    async *chunks() {
      for (let i = 0; i < buf.length; i += 1 << 20) yield buf.subarray(i, i + (1 << 20));
    },
    zip: () => new Promise((resolve, reject) => yauzl.fromBuffer(buf, ZIP_OPTIONS, (err, z) => (err || !z ? reject(err ?? new Error('zip')) : resolve(z)))),
    close: async () => {},
  };
}

async function fileSource(path: string): Promise<Source> {
  const fh: FileHandle = await open(path, 'r');
  const { size } = await fh.stat();
  return {
    size,
    async head(n) {
      const b = Buffer.alloc(Math.min(n, size));
      const { bytesRead } = await fh.read(b, 0, b.length, 0);
      return b.subarray(0, bytesRead);
    },
    chunks: () => createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>,
    zip: () => new Promise((resolve, reject) => yauzl.open(path, ZIP_OPTIONS, (err, z) => (err || !z ? reject(err ?? new Error('zip')) : resolve(z)))),
    close: () => fh.close(),
  };
}

// --- ZIP containers -----------------------------------------------------------------------------------

/** More entries than any real office document has; a guard against pathological archives. */
const MAX_ZIP_ENTRIES = 50_000;

/** Lists the entries of an opened archive (the central directory only; nothing is inflated). */
export function zipEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const out = new Map<string, yauzl.Entry>();
    zip.on('entry', (e: yauzl.Entry) => {
      out.set(e.fileName, e);
      if (out.size > MAX_ZIP_ENTRIES) reject(new Error('too many zip entries'));
      else zip.readEntry();
    });
    zip.on('end', () => resolve(out));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Inflates one entry, refusing more than maxBytes (yauzl also checks the size the archive declared). */
export function readZipEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, maxBytes: number): Promise<Buffer> {
  if (entry.uncompressedSize > maxBytes) return Promise.reject(new Error(`zip entry ${entry.fileName} is too large`));
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('zip entry'));
      const parts: Buffer[] = [];
      let n = 0;
      stream.on('data', (c: Buffer) => {
        n += c.length;
        if (n > maxBytes) stream.destroy(new Error(`zip entry ${entry.fileName} is too large`));
        else parts.push(c);
      });
      stream.on('end', () => resolve(Buffer.concat(parts)));
      stream.on('error', reject);
    });
  });
}

const OOXML_MAIN = {
  docx: /application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml/,
  xlsx: /application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\.main\+xml/,
  macro: /application\/vnd\.ms-(?:word|excel|powerpoint)\.[a-z]*\.?macroEnabled|vnd\.ms-office\.vbaProject/i,
};

async function sniffZip(src: Source): Promise<Sniffed> {
  let zip: yauzl.ZipFile;
  try {
    zip = await src.zip();
  } catch {
    throw refusedType(HINTS.zip);
  }
  try {
    const entries = await zipEntries(zip).catch(() => {
      throw refusedType(HINTS.zip);
    });
    // OpenDocument: a stored `mimetype` entry names the document type (ODF 1.2, section 3.3).
    const mimetype = entries.get('mimetype');
    if (mimetype && entries.has('content.xml')) {
      const declared = (await readZipEntry(zip, mimetype, 200)).toString('ascii').trim();
      if (declared === DOCUMENT_KINDS.odt.mime) return sniffed('odt');
      if (declared === DOCUMENT_KINDS.ods.mime) return sniffed('ods');
      throw refusedType(HINTS.zip);
    }
    // Office Open XML: [Content_Types].xml names the main part's content type.
    const types = entries.get('[Content_Types].xml');
    if (types) {
      const xml = (await readZipEntry(zip, types, 1 << 20)).toString('utf8');
      if (OOXML_MAIN.macro.test(xml) || [...entries.keys()].some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) throw refusedType(HINTS.macro);
      if (OOXML_MAIN.docx.test(xml) && entries.has('word/document.xml')) return sniffed('docx');
      if (OOXML_MAIN.xlsx.test(xml) && entries.has('xl/workbook.xml')) return sniffed('xlsx');
    }
    throw refusedType(HINTS.zip);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw refusedType(HINTS.zip);
  } finally {
    zip.close();
  }
}

// --- CSV ------------------------------------------------------------------------------------------------

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * A CSV is valid UTF-8 without NUL bytes whose records (RFC 4180 quoting) all have the same number of
 * fields, at least two, split by one of , ; TAB |. The delimiter is the one that splits the first
 * record best. Reads the whole file as a stream.
 */
async function isCsv(src: Source): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let delim: string | null = null;
  let pending = '';
  let first = true;
  // Record state, carried across chunks.
  let inQuotes = false;
  let afterQuote = false;
  let fields = 1;
  let hasContent = false;
  let expected = -1;
  let records = 0;
  const endRecord = (): boolean => {
    if (hasContent || fields > 1) {
      if (expected === -1) expected = fields;
      else if (fields !== expected) return false;
      records++;
    }
    fields = 1;
    hasContent = false;
    return true;
  };
  const scan = (text: string): boolean => {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (afterQuote) {
        afterQuote = false;
        if (ch === '"') continue; // "" inside quotes: an escaped quote
        inQuotes = false;
      }
      if (inQuotes) {
        if (ch === '"') afterQuote = true;
        continue;
      }
      if (ch === '"') {
        inQuotes = true;
        hasContent = true;
      } else if (ch === delim) fields++;
      else if (ch === '\n') {
        if (!endRecord()) return false;
      } else if (ch !== '\r') hasContent = true;
    }
    return true;
  };
  const feed = (text: string, final: boolean): boolean => {
    if (first && text.length) {
      if (/^\uFEFF?\s*</.test(text)) throw refusedType(HINTS.markup);
      first = false;
    }
    if (delim === null) {
      // The delimiter is chosen from the whole first line (up to 64 KB).
      pending += text;
      const nl = pending.indexOf('\n');
      if (nl === -1 && pending.length < 65536 && !final) return true;
      delim = chooseDelimiter(nl === -1 ? pending : pending.slice(0, nl));
      if (!delim) return false;
      text = pending;
      pending = '';
    }
    return scan(text);
  };
  try {
    for await (const chunk of src.chunks()) {
      if (chunk.includes(0)) return false;
      if (!feed(decoder.decode(chunk, { stream: true }), false)) return false;
    }
    if (!feed(decoder.decode(), true)) return false;
  } catch (err) {
    if (err instanceof AppError) throw err;
    return false; // not valid UTF-8
  }
  if (afterQuote) inQuotes = false;
  if (inQuotes || !endRecord()) return false;
  return records >= 1 && expected >= 2;
}

function chooseDelimiter(line: string): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const d of DELIMITERS) {
    let n = 0;
    let q = false;
    for (const ch of line) {
      if (ch === '"') q = !q;
      else if (!q && ch === d) n++;
    }
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

// --- entry points -----------------------------------------------------------------------------------------

function sniffed(kind: DocumentKind): Sniffed {
  return { kind, mime: DOCUMENT_KINDS[kind].mime, ext: DOCUMENT_KINDS[kind].ext };
}

function startsWith(head: Buffer, sig: number[] | string, at = 0): boolean {
  const bytes = typeof sig === 'string' ? Buffer.from(sig, 'latin1') : Buffer.from(sig);
  return head.length >= at + bytes.length && head.subarray(at, at + bytes.length).equals(bytes);
}

async function sniffSource(src: Source): Promise<Sniffed> {
  if (src.size === 0) throw emptyFile();
  const head = await src.head(64);
  if (startsWith(head, '%PDF-') && head.length > 5 && head[5]! >= 0x31 && head[5]! <= 0x32) return sniffed('pdf');
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && startsWith(head, 'IHDR', 12)) return sniffed('png');
  // SOI followed by any marker (APPn, DQT, SOF...): baseline, progressive, JFIF and Exif files alike.
  if (startsWith(head, [0xff, 0xd8, 0xff]) && head.length > 3 && head[3]! >= 0xc0 && head[3]! <= 0xfe) return sniffed('jpeg');
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(src);
  if (startsWith(head, 'MZ') || startsWith(head, [0x7f, 0x45, 0x4c, 0x46]) || startsWith(head, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(head, '#!'))
    throw refusedType(HINTS.exe);
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) throw refusedType(HINTS.ole);
  if (startsWith(head, [0x50, 0x4b])) throw refusedType(HINTS.zip);
  if (await isCsv(src)) return sniffed('csv');
  throw refusedType(looksLikeText(head) ? HINTS.text : undefined);
}

function looksLikeText(head: Buffer): boolean {
  return !head.includes(0) && head.every((b) => b >= 0x09);
}

/** Sniffs bytes in memory, in this process (the file sandbox's child calls this). */
export async function sniffBytesDirect(bytes: Uint8Array): Promise<Sniffed> {
  return sniffSource(bufferSource(bytes));
}

/** Sniffs a file on disk without reading all of it into memory, in this process. */
export async function sniffFileDirect(path: string): Promise<Sniffed> {
  const src = await fileSource(path);
  try {
    return await sniffSource(src);
  } finally {
    await src.close();
  }
}

/**
 * What the first bytes decide alone, without parsing: images, programs, old Office files. Null when the
 * file must be read further (PDF, ZIP containers, CSV), which happens in the file sandbox.
 */
function quickSniff(head: Buffer, size: number): Sniffed | null {
  if (size === 0) throw emptyFile();
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && startsWith(head, 'IHDR', 12)) return sniffed('png');
  if (startsWith(head, [0xff, 0xd8, 0xff]) && head.length > 3 && head[3]! >= 0xc0 && head[3]! <= 0xfe) return sniffed('jpeg');
  if (startsWith(head, 'MZ') || startsWith(head, [0x7f, 0x45, 0x4c, 0x46]) || startsWith(head, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(head, '#!'))
    throw refusedType(HINTS.exe);
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) throw refusedType(HINTS.ole);
  return null;
}

/**
 * Sniffs an upload: the type from its bytes, and the limits of file-limits.ts (PDF page tree, ZIP sizes),
 * in the file sandbox. Throws AppError 415 (refused type) or 422 (empty, over a limit).
 */
export async function sniffBytes(bytes: Uint8Array): Promise<Sniffed> {
  const quick = quickSniff(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(64, bytes.byteLength)), bytes.byteLength);
  if (quick) return quick;
  return runFileJob({ type: 'sniff', bytes });
}

/** As sniffBytes, for a file on disk (the child reads it). */
export async function sniffFile(path: string): Promise<Sniffed> {
  const src = await fileSource(path);
  let quick: Sniffed | null;
  try {
    quick = quickSniff(await src.head(64), src.size);
  } finally {
    await src.close();
  }
  if (quick) return quick;
  return runFileJob({ type: 'sniff', path });
}
