// The limits every uploaded file is held to before a library walks it (docs/file-processing.md lists them
// for administrators), the checks that apply them, and the errors a person sees when a file is over one.
// The checks run inside the file sandbox's child process (src/documents/sandbox.ts), never on the server's
// own thread; the sandbox adds the limits of time and memory.
import { Transform, type Readable } from 'node:stream';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import yauzl from 'yauzl';
import { AppError } from '../errors.js';

export const FILE_LIMITS = {
  /** Pages of one PDF. */
  pdfPages: 2000,
  /** Levels of the page tree (real files have 2–5). */
  pdfTreeDepth: 64,
  /** Entries of one ZIP container (docx, xlsx, odt, ods). */
  zipEntries: 10_000,
  /** All entries of one ZIP container, unpacked. */
  zipTotalBytes: 200 * 1024 * 1024,
  /** One entry, unpacked. */
  zipEntryBytes: 100 * 1024 * 1024,
  /** Unpacked size : packed size of one entry (text compresses 5–20:1, a zip bomb 1000:1 and more). */
  zipRatio: 1000,
  /** Characters of one spreadsheet cell (Excel's own limit). */
  xlsxCellChars: 32_767,
  /** Heap of one child process (MB) and its resident memory before it is stopped (bytes). */
  heapMb: 512,
  rssBytes: 1024 * 1024 * 1024,
  /** Time of one piece of work (ms). */
  defaultMs: 60_000,
  extractMs: 5 * 60_000,
  redactMs: 10 * 60_000,
  /** Child processes at once, and pieces of work waiting for one. */
  children: 2,
  queue: 32,
} as const;

export type FileErrorCode = 'file_limit' | 'file_timeout' | 'file_memory' | 'file_crash';

/** A file that cannot be processed: always 422, with the reason in both languages. */
export function fileError(code: FileErrorCode, why: { id: string; en: string }): AppError {
  return new AppError(code, 422, {
    id: `Berkas tidak dapat diproses: ${why.id} Lihat batas berkas di panduan administrator (docs/file-processing.md).`,
    en: `The file cannot be processed: ${why.en} See the file limits in the administrator guide (docs/file-processing.md).`,
  });
}

export const FILE_ERROR_CODES: readonly string[] = ['file_limit', 'file_timeout', 'file_memory', 'file_crash'];

export const limitErrors = {
  pdfPages: (n: number | null) =>
    fileError('file_limit', {
      id: `PDF ini memiliki lebih dari ${FILE_LIMITS.pdfPages} halaman${n ? ` (${n})` : ''}. Pisahkan menjadi beberapa berkas.`,
      en: `this PDF has more than ${FILE_LIMITS.pdfPages} pages${n ? ` (${n})` : ''}. Split it into several files.`,
    }),
  pdfRepeatedPage: () =>
    fileError('file_limit', {
      id: 'daftar halaman PDF ini memuat halaman yang sama berulang kali (pola berkas perusak). Simpan ulang dokumen sebagai PDF biasa.',
      en: 'the page list of this PDF names the same page again and again (the pattern of a hostile file). Save the document again as a plain PDF.',
    }),
  pdfNesting: () =>
    fileError('file_limit', {
      id: 'struktur PDF ini bersarang terlalu dalam. Simpan ulang dokumen sebagai PDF biasa.',
      en: 'the structure of this PDF is nested too deeply. Save the document again as a plain PDF.',
    }),
  zipEntries: () =>
    fileError('file_limit', {
      id: `arsip di dalam berkas ini memuat lebih dari ${FILE_LIMITS.zipEntries.toLocaleString('id-ID')} bagian.`,
      en: `the archive inside this file holds more than ${FILE_LIMITS.zipEntries.toLocaleString('en')} parts.`,
    }),
  zipSize: () =>
    fileError('file_limit', {
      id: `isi berkas ini jika dibuka melebihi ${mb(FILE_LIMITS.zipTotalBytes)} MB (atau ${mb(FILE_LIMITS.zipEntryBytes)} MB untuk satu bagian), atau dimampatkan lebih dari ${FILE_LIMITS.zipRatio}:1 (pola bom zip).`,
      en: `the content of this file unpacks to more than ${mb(FILE_LIMITS.zipTotalBytes)} MB (or ${mb(FILE_LIMITS.zipEntryBytes)} MB for one part), or is compressed more than ${FILE_LIMITS.zipRatio}:1 (the pattern of a zip bomb).`,
    }),
  zipBroken: () =>
    fileError('file_limit', {
      id: 'arsip di dalam berkas ini rusak (ukuran yang dicatat tidak sesuai isinya).',
      en: 'the archive inside this file is damaged (the sizes it records do not match its content).',
    }),
  cell: () =>
    fileError('file_limit', {
      id: `satu sel lembar kerja berisi lebih dari ${FILE_LIMITS.xlsxCellChars.toLocaleString('id-ID')} karakter (batas Excel sendiri).`,
      en: `one spreadsheet cell holds more than ${FILE_LIMITS.xlsxCellChars.toLocaleString('en')} characters (Excel's own limit).`,
    }),
  timeout: (ms: number) =>
    fileError('file_timeout', {
      id: `pemrosesan dihentikan setelah ${Math.round(ms / 1000)} detik.`,
      en: `processing was stopped after ${Math.round(ms / 1000)} seconds.`,
    }),
  memory: () =>
    fileError('file_memory', {
      id: `pemrosesan dihentikan karena memerlukan memori lebih dari batas (${FILE_LIMITS.heapMb} MB).`,
      en: `processing was stopped because it needed more memory than allowed (${FILE_LIMITS.heapMb} MB).`,
    }),
  crash: () =>
    fileError('file_crash', {
      id: 'proses pembaca berkas berhenti tak terduga saat membaca berkas ini (berkas mungkin rusak).',
      en: 'the process reading the file stopped unexpectedly on this file (it may be damaged).',
    }),
};

function mb(n: number): number {
  return Math.round(n / (1024 * 1024));
}

/** Too much waiting work: the caller is told to come back (HTTP 503 with Retry-After). */
export class BusyError extends AppError {
  readonly retryAfter: number;
  constructor(seconds = 10) {
    super('file_busy', 503, {
      id: `Server sedang memproses banyak berkas. Coba lagi dalam ${seconds} detik.`,
      en: `The server is processing many files. Try again in ${seconds} seconds.`,
    });
    this.retryAfter = seconds;
  }
}

// --- PDF ---------------------------------------------------------------------------------------------------

/**
 * Walks the page tree of a PDF without building pages: refuses a page listed twice (a page-tree bomb: one
 * page named 100,000 times costs nothing to store and everything to render), a tree deeper than
 * pdfTreeDepth, and more than pdfPages pages (counted and declared). A file pdf-lib cannot parse at all is
 * left to the reader that comes next (which then fails with its own message), except a structure nested
 * so deeply that the parser runs out of stack.
 */
export async function checkPdfLimits(bytes: Uint8Array): Promise<{ pages: number } | null> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch (err) {
    if (err instanceof RangeError) throw limitErrors.pdfNesting();
    return null;
  }
  const ctx = doc.context;
  let root: PDFRef | undefined;
  try {
    const r = doc.catalog.get(PDFName.of('Pages'));
    root = r instanceof PDFRef ? r : undefined;
  } catch {
    return null;
  }
  if (!root) return null;
  const seen = new Set<string>([root.tag]);
  const stack: { ref: PDFRef; depth: number }[] = [{ ref: root, depth: 1 }];
  let pages = 0;
  while (stack.length) {
    const { ref, depth } = stack.pop()!;
    const node = ctx.lookup(ref);
    if (!(node instanceof PDFDict)) continue;
    const kids = node.get(PDFName.of('Kids'));
    const kidsArr = kids instanceof PDFRef ? ctx.lookup(kids) : kids;
    const type = node.get(PDFName.of('Type'));
    if (kidsArr instanceof PDFArray || (type instanceof PDFName && type.asString() === '/Pages')) {
      if (depth > FILE_LIMITS.pdfTreeDepth) throw limitErrors.pdfNesting();
      const count = node.get(PDFName.of('Count'));
      if (count instanceof PDFNumber && count.asNumber() > FILE_LIMITS.pdfPages) throw limitErrors.pdfPages(count.asNumber());
      if (!(kidsArr instanceof PDFArray)) continue;
      for (let i = 0; i < kidsArr.size(); i++) {
        const kid = kidsArr.get(i);
        if (!(kid instanceof PDFRef)) continue;
        if (seen.has(kid.tag)) throw limitErrors.pdfRepeatedPage();
        seen.add(kid.tag);
        if (seen.size > FILE_LIMITS.pdfPages * 2 + 1000) throw limitErrors.pdfPages(null);
        stack.push({ ref: kid, depth: depth + 1 });
      }
    } else if (++pages > FILE_LIMITS.pdfPages) throw limitErrors.pdfPages(null);
  }
  return { pages };
}

// --- ZIP ---------------------------------------------------------------------------------------------------

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function openZipBuffer(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(buf, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, z) =>
      err || !z ? reject(err ?? new Error('zip')) : resolve(z),
    ),
  );
}

function checkEntryHeader(e: yauzl.Entry, total: number): void {
  if (e.uncompressedSize > FILE_LIMITS.zipEntryBytes || total > FILE_LIMITS.zipTotalBytes) throw limitErrors.zipSize();
  if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize / Math.max(1, e.compressedSize) > FILE_LIMITS.zipRatio) throw limitErrors.zipSize();
}

/**
 * The central directory: entry count, declared sizes and ratios. Cheap (nothing is inflated); run at
 * upload. Returns false when the bytes are not a readable archive (the type check then says so).
 */
export async function checkZipDirectory(bytes: Uint8Array): Promise<boolean> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZipBuffer(bytes);
  } catch {
    return false;
  }
  try {
    if (zip.entryCount > FILE_LIMITS.zipEntries) throw limitErrors.zipEntries();
    let total = 0;
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (e: yauzl.Entry) => {
        total += e.uncompressedSize;
        try {
          checkEntryHeader(e, total);
        } catch (err) {
          reject(err);
          return;
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', reject);
      zip.readEntry();
    });
    return true;
  } catch (err) {
    if (err instanceof AppError) throw err;
    return false;
  } finally {
    zip.close();
  }
}

/**
 * Inflates every entry and counts what comes out, refusing at the first byte over a limit: headers can
 * lie, the inflater cannot. Run before a library (exceljs, mammoth) unpacks the archive itself.
 */
export async function checkZipInflated(bytes: Uint8Array): Promise<void> {
  if (!(await checkZipDirectory(bytes))) return;
  const zip = await openZipBuffer(bytes);
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (e: yauzl.Entry) => {
        if (e.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(e, (err, stream) => {
          if (err || !stream) return reject(err ?? new Error('zip entry'));
          let n = 0;
          let packed = 0;
          stream.on('data', (c: Buffer) => {
            n += c.length;
            total += c.length;
            packed = Math.max(1, e.compressedSize);
            if (n > FILE_LIMITS.zipEntryBytes || total > FILE_LIMITS.zipTotalBytes || (n > 1024 * 1024 && n / packed > FILE_LIMITS.zipRatio)) {
              stream.destroy(limitErrors.zipSize());
            }
          });
          stream.on('end', () => zip.readEntry());
          stream.on('error', (e2: Error) => reject(e2 instanceof AppError ? e2 : limitErrors.zipBroken()));
        });
      });
      zip.on('end', () => resolve());
      zip.on('error', (e2: Error) => reject(e2 instanceof AppError ? e2 : limitErrors.zipBroken()));
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}

/** Entries of a ZIP container opened through its central directory: see openZipEntries. */
export type ZipEntries = {
  /** The entry's bytes as they inflate, or null when the archive has no such entry. */
  readZipEntry(name: string): Promise<Readable | null>;
  close(): void;
};

/**
 * A ZIP container's entries by name, read through the central directory, so the order the entries are
 * stored in does not matter (a streaming unzip sees them in stored order only). The same limits as
 * checkZipDirectory and checkZipInflated: entry count and declared sizes when opened, and the bytes
 * counted while they inflate against one entry's size, the ratio and the total of everything inflated
 * through this reader. A stream over a limit fails with the limit's error. Null when the bytes are not a
 * readable archive.
 */
export async function openZipEntries(bytes: Uint8Array): Promise<ZipEntries | null> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZipBuffer(bytes);
  } catch {
    return null;
  }
  const entries = new Map<string, yauzl.Entry>();
  try {
    if (zip.entryCount > FILE_LIMITS.zipEntries) throw limitErrors.zipEntries();
    let declared = 0;
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (e: yauzl.Entry) => {
        declared += e.uncompressedSize;
        try {
          checkEntryHeader(e, declared);
        } catch (err) {
          reject(err);
          return;
        }
        // A name stored twice is read as its first copy, whatever a later one says.
        if (!e.fileName.endsWith('/') && !entries.has(e.fileName)) entries.set(e.fileName, e);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', reject);
      zip.readEntry();
    });
  } catch (err) {
    zip.close();
    if (err instanceof AppError) throw err;
    return null;
  }
  let total = 0;
  const readZipEntry = (name: string): Promise<Readable | null> =>
    new Promise((resolve, reject) => {
      const e = entries.get(name);
      if (!e) return resolve(null);
      zip.openReadStream(e, (err, raw) => {
        if (err || !raw) return reject(limitErrors.zipBroken());
        let n = 0;
        const packed = Math.max(1, e.compressedSize);
        const counted = new Transform({
          transform(chunk: Buffer, _enc, done) {
            n += chunk.length;
            total += chunk.length;
            if (n > FILE_LIMITS.zipEntryBytes || total > FILE_LIMITS.zipTotalBytes || (n > 1024 * 1024 && n / packed > FILE_LIMITS.zipRatio))
              done(limitErrors.zipSize());
            else done(null, chunk);
          },
        });
        raw.on('error', (e2: Error) => counted.destroy(e2 instanceof AppError ? e2 : limitErrors.zipBroken()));
        counted.on('close', () => raw.destroy());
        resolve(raw.pipe(counted));
      });
    });
  return { readZipEntry, close: () => zip.close() };
}

/** Refuses a spreadsheet cell over xlsxCellChars. */
export function checkCell(text: string): void {
  if (text.length > FILE_LIMITS.xlsxCellChars) throw limitErrors.cell();
}
