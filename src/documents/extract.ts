// Turns a stored document into plain text for the public search index: PDF (unpdf), DOCX (mammoth),
// XLSX (exceljs), ODT/ODS (content.xml), CSV; scans and images through tesseract OCR when installed.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';
import { checkCell, checkPdfLimits, checkZipInflated } from './file-limits.js';
import { kindOfMime, readZipEntry, zipEntries, type DocumentKind } from './sniff.js';

/** What the search index keeps of one document (characters); longer texts are cut. */
export const MAX_TEXT_CHARS = 1_000_000;
/** Archives that claim to unpack to more than this are not indexed (zip bombs, huge spreadsheets). */
const MAX_UNPACKED_BYTES = 300 * 1024 * 1024;
/** Scanned pages read by OCR per document, at most. */
export const MAX_OCR_PAGES = 100;
const OCR_DPI = 200;
const PROCESS_TIMEOUT_MS = 120_000;

export type Extraction = { status: 'done'; text: string } | { status: 'not_searchable'; reason: string };

/** An extraction that cannot succeed by trying again (the reason is shown in the back office). */
export class NotSearchable extends Error {}

export type OcrTools = { tesseract: string; pdftoppm: string | null; langs: string };

export type ExtractOptions = {
  /** OCR tools; undefined = detect once per process, null = no OCR. */
  ocr?: OcrTools | null | undefined;
  /** Stops OCR processes (worker shutdown, timeout). */
  signal?: AbortSignal | undefined;
};

// --- OCR detection -------------------------------------------------------------------------------------

function run(
  cmd: string,
  args: string[],
  opts: { timeoutMs?: number; maxBuffer?: number; signal?: AbortSignal | undefined } = {},
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const o = {
      timeout: opts.timeoutMs ?? PROCESS_TIMEOUT_MS,
      maxBuffer: opts.maxBuffer ?? 64 * 1024 * 1024,
      encoding: 'utf8' as const,
      windowsHide: true,
      ...(opts.signal ? { signal: opts.signal } : {}),
    };
    execFile(cmd, args, o, (err, stdout, stderr) => {
      if (err) reject(Object.assign(err, { stderr }));
      else resolve({ stdout, stderr });
    });
  });
}

let detected: Promise<OcrTools | null> | undefined;

/** tesseract with Indonesian data (`ind`), and pdftoppm for scanned PDFs; detected once per process. */
export function detectOcr(): Promise<OcrTools | null> {
  detected ??= (async () => {
    try {
      const { stdout, stderr } = await run('tesseract', ['--list-langs'], { timeoutMs: 10_000 });
      const langs = (stdout + '\n' + stderr).split(/\s+/);
      if (!langs.includes('ind')) return null;
      let pdftoppm: string | null = 'pdftoppm';
      try {
        await run('pdftoppm', ['-v'], { timeoutMs: 10_000 });
      } catch (err) {
        // pdftoppm -v exits 0 on current poppler and 99 on old ones; only a missing binary matters.
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') pdftoppm = null;
      }
      return { tesseract: 'tesseract', pdftoppm, langs: langs.includes('eng') ? 'ind+eng' : 'ind' };
    } catch {
      return null;
    }
  })();
  return detected;
}

const NO_OCR =
  'OCR tidak tersedia di server (tesseract dengan data bahasa Indonesia belum terpasang) / OCR is not available on the server (tesseract with Indonesian data is not installed)';

async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qgesy-ocr-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function ocrImageFile(ocr: OcrTools, file: string, signal: AbortSignal | undefined): Promise<string> {
  const { stdout } = await run(ocr.tesseract, [file, 'stdout', '-l', ocr.langs, '--psm', '3'], { timeoutMs: PROCESS_TIMEOUT_MS, signal });
  return stdout;
}

async function ocrImage(ocr: OcrTools, bytes: Buffer, ext: string, signal: AbortSignal | undefined): Promise<string> {
  return withTempDir(async (dir) => {
    const file = path.join(dir, `image.${ext}`);
    await writeFile(file, bytes);
    return ocrImageFile(ocr, file, signal);
  });
}

/** Renders the given pages of a PDF (1-based) with pdftoppm and reads them with tesseract. */
async function ocrPdfPages(
  ocr: OcrTools & { pdftoppm: string },
  bytes: Buffer,
  pages: number[],
  signal: AbortSignal | undefined,
): Promise<Map<number, string>> {
  return withTempDir(async (dir) => {
    const input = path.join(dir, 'input.pdf');
    await writeFile(input, bytes);
    const out = new Map<number, string>();
    for (const p of pages) {
      const prefix = path.join(dir, `p${p}`);
      signal?.throwIfAborted();
      await run(ocr.pdftoppm, ['-r', String(OCR_DPI), '-gray', '-png', '-f', String(p), '-l', String(p), input, prefix], { signal });
      const images = (await readdir(dir)).filter((f) => f.startsWith(`p${p}-`) || f === `p${p}.png`);
      for (const img of images) {
        out.set(p, (out.get(p) ?? '') + (await ocrImageFile(ocr, path.join(dir, img), signal)));
        await rm(path.join(dir, img), { force: true });
      }
    }
    return out;
  });
}

// --- formats ------------------------------------------------------------------------------------------------

const hasWords = (s: string) => (s.match(/\p{L}/gu)?.length ?? 0) >= 3;

async function pdfText(bytes: Buffer, ocr: OcrTools | null, signal: AbortSignal | undefined): Promise<Extraction> {
  // The page tree is walked (and a page-tree bomb refused) before pdf.js builds a single page.
  await checkPdfLimits(bytes);
  const { getDocumentProxy, extractText } = await import('unpdf');
  let pages: string[];
  try {
    // A copy: pdf.js transfers (detaches) the buffer it is given, and ours is still needed for OCR.
    const doc = await getDocumentProxy(new Uint8Array(bytes));
    try {
      pages = (await extractText(doc, { mergePages: false })).text;
    } finally {
      await doc.destroy();
    }
  } catch (err) {
    const name = (err as { name?: string }).name ?? '';
    if (name === 'PasswordException') throw new NotSearchable('PDF dilindungi kata sandi / the PDF is password-protected');
    if (name === 'InvalidPDFException') throw new NotSearchable('PDF rusak atau tidak dapat dibaca / the PDF is damaged or unreadable');
    throw err;
  }
  // Pages without a text layer are scans: read them with OCR when we can.
  const scanned = pages.map((t, i) => (hasWords(t) ? 0 : i + 1)).filter((p) => p > 0);
  if (scanned.length && ocr?.pdftoppm) {
    const read = await ocrPdfPages(ocr as OcrTools & { pdftoppm: string }, bytes, scanned.slice(0, MAX_OCR_PAGES), signal);
    pages = pages.map((t, i) => read.get(i + 1) ?? t);
  }
  const text = pages.join('\n\n');
  if (hasWords(text)) return { status: 'done', text };
  if (!ocr) return { status: 'not_searchable', reason: `PDF hasil pindaian tanpa lapisan teks; ${NO_OCR}` };
  if (!ocr.pdftoppm)
    return {
      status: 'not_searchable',
      reason:
        'PDF hasil pindaian tanpa lapisan teks; pdftoppm (poppler-utils) belum terpasang untuk OCR / scanned PDF without a text layer; pdftoppm (poppler-utils) is not installed for OCR',
    };
  return { status: 'not_searchable', reason: 'Tidak ada teks yang terbaca, juga dengan OCR / no readable text, not even with OCR' };
}

async function openZip(bytes: Buffer): Promise<{ zip: yauzl.ZipFile; entries: Map<string, yauzl.Entry> }> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, z) =>
      err || !z ? reject(err ?? new Error('zip')) : resolve(z),
    ),
  );
  try {
    const entries = await zipEntries(zip);
    return { zip, entries };
  } catch (err) {
    zip.close();
    throw err;
  }
}

/** Refuses archives over the limits of file-limits.ts, counted while inflating, before a library inflates them. */
async function checkUnpackedSize(bytes: Buffer): Promise<void> {
  await checkZipInflated(bytes);
}

async function docxText(bytes: Buffer): Promise<Extraction> {
  await checkUnpackedSize(bytes);
  const mammoth = await import('mammoth');
  const r = await mammoth.extractRawText({ buffer: bytes });
  return { status: 'done', text: r.value };
}

async function xlsxText(bytes: Buffer): Promise<Extraction> {
  await checkUnpackedSize(bytes);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((sheet) => {
    out.push(sheet.name);
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell((cell) => {
        let t = '';
        try {
          t = cell.text;
        } catch {
          t = String(cell.value ?? '');
        }
        checkCell(t);
        if (t) cells.push(t);
      });
      if (cells.length) out.push(cells.join('\t'));
    });
    out.push('');
  });
  return { status: 'done', text: out.join('\n') };
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Plain text of an OpenDocument content.xml: paragraphs and rows on lines, cells split by tabs. */
export function odfXmlToText(xml: string): string {
  const body = xml.replace(/^[\s\S]*?<office:body>/, '').replace(/<\/office:body>[\s\S]*$/, '');
  return decodeEntities(
    body
      .replace(/<text:s\s+text:c="(\d+)"\s*\/>/g, (_m, n: string) => ' '.repeat(Math.min(Number(n), 100)))
      .replace(/<text:s\s*\/>/g, ' ')
      .replace(/<text:tab\s*\/>/g, '\t')
      .replace(/<text:line-break\s*\/>/g, '\n')
      .replace(/<\/text:p>\s*<\/table:table-cell>|<\/table:table-cell>|<table:covered-table-cell[^>]*\/>/g, '\t')
      .replace(/<\/text:(?:p|h)>/g, '\n')
      .replace(/<\/table:table-row>/g, '\n')
      .replace(/<\/table:table>/g, '\n')
      .replace(/<[^>]*>/g, ''),
  );
}

async function odfText(bytes: Buffer): Promise<Extraction> {
  await checkUnpackedSize(bytes);
  const { zip, entries } = await openZip(bytes);
  try {
    const content = entries.get('content.xml');
    if (!content) throw new NotSearchable('Dokumen OpenDocument tanpa content.xml / OpenDocument file without content.xml');
    if (content.uncompressedSize > MAX_UNPACKED_BYTES) throw new NotSearchable('Isi berkas terlalu besar untuk diindeks / the content is too large to index');
    const xml = (await readZipEntry(zip, content, MAX_UNPACKED_BYTES)).toString('utf8');
    return { status: 'done', text: odfXmlToText(xml) };
  } finally {
    zip.close();
  }
}

/** Tidies extracted text: no NUL or other control characters (PostgreSQL text refuses NUL), fewer blank runs, capped. */
export function cleanText(raw: string): string {
  let s = raw
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/[ \u00a0]{2,}/g, ' ')
    .replace(/\t{2,}/g, '\t')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (s.length > MAX_TEXT_CHARS) {
    s = s.slice(0, MAX_TEXT_CHARS);
    // Do not leave half of a surrogate pair at the cut.
    if (/[\ud800-\udbff]$/.test(s)) s = s.slice(0, -1);
  }
  return s;
}

/**
 * Extracts the text of one document. Returns 'done' with text, or 'not_searchable' with a reason
 * (images or scans without OCR, protected or damaged files); throws on errors worth retrying.
 */
export async function extractText(bytes: Buffer, mimeOrKind: string, opts: ExtractOptions = {}): Promise<Extraction> {
  const kind: DocumentKind | null = mimeOrKind in KIND_SET ? (mimeOrKind as DocumentKind) : kindOfMime(mimeOrKind);
  const ocr = opts.ocr === undefined ? await detectOcr() : opts.ocr;
  let r: Extraction;
  try {
    switch (kind) {
      case 'pdf':
        r = await pdfText(bytes, ocr, opts.signal);
        break;
      case 'docx':
        r = await docxText(bytes);
        break;
      case 'xlsx':
        r = await xlsxText(bytes);
        break;
      case 'odt':
      case 'ods':
        r = await odfText(bytes);
        break;
      case 'csv':
        r = { status: 'done', text: new TextDecoder('utf-8').decode(bytes) };
        break;
      case 'jpeg':
      case 'png':
        r = ocr
          ? { status: 'done', text: await ocrImage(ocr, bytes, kind === 'png' ? 'png' : 'jpg', opts.signal) }
          : { status: 'not_searchable', reason: `Gambar; ${NO_OCR}` };
        break;
      default:
        return { status: 'not_searchable', reason: `Jenis berkas tidak diindeks / file type not indexed: ${mimeOrKind}` };
    }
  } catch (err) {
    if (err instanceof NotSearchable) return { status: 'not_searchable', reason: err.message };
    throw err;
  }
  if (r.status === 'not_searchable') return r;
  const text = cleanText(r.text);
  if (!text) return { status: 'not_searchable', reason: 'Dokumen tidak berisi teks / the document contains no text' };
  return { status: 'done', text };
}

const KIND_SET: Record<DocumentKind, true> = { pdf: true, docx: true, xlsx: true, odt: true, ods: true, csv: true, jpeg: true, png: true };
