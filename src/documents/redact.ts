// True redaction of PDFs for partial release (UU KIP Ps 22(7)(e)): every page is rendered to pixels with
// pdftoppm (poppler-utils), the withheld areas are burnt into those pixels in black, and a new PDF is built
// from the page images alone, so no text, font, vector or image data of the original survives anywhere in
// the file, not even under the black boxes. Text patterns are found with `pdftotext -bbox-layout` and
// become areas. A log page (Lembar Keterangan Penghitaman) listing the grounds is appended.
//
// The original never touches the disk: poppler reads it from stdin and writes pages to stdout.
import { spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { deflate, deflateRawSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { concatTransformationMatrix, drawObject, PDFDocument, PDFRawStream, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import type { RedactionArea, RedactionPattern } from '../db/schema/classification.js';
import { AppError } from '../errors.js';
import { redactionLogPdf, type RedactionLogInfo, type RedactionLogRow } from '../letters/redaction-log.js';

const deflateAsync = promisify(deflate);

export type PopplerTools = { pdftoppm: string; pdftotext: string; pdfinfo: string; pdfimages?: string };

export const REDACTION_LIMITS = {
  /** Resolution of the released pages: legible on screen and in print, a few hundred KB per page. */
  dpi: 150,
  /** Resolution of the page images the officer marks and of previews. */
  viewDpi: 100,
  /** Pages a PDF may have to be redacted here (a 20-page scan is the usual case). */
  maxPages: 300,
  /** Pixels of one rendered page, at most; larger pages (plans, maps) are rendered at a lower resolution. */
  maxPagePixels: 36_000_000,
  /** One poppler process, at most. */
  toolTimeoutMs: 60_000,
  /** Areas and patterns of one redaction, at most. */
  maxAreas: 500,
  maxPatterns: 50,
} as const;

// --- errors a user can understand ---------------------------------------------------------------------

export const redactionErrors = {
  unavailable: () =>
    new AppError('redaction_unavailable', 503, {
      id: 'Penghitaman belum dapat dilakukan di server ini: program pdftoppm dan pdftotext (paket poppler-utils) belum terpasang. Minta administrator memasangnya (lihat README, bagian pemasangan).',
      en: 'Redaction is not available on this server: pdftoppm and pdftotext (the poppler-utils package) are not installed. Ask the administrator to install them (see the README, set-up section).',
    }),
  notPdf: () =>
    new AppError('redaction_not_pdf', 415, {
      id: 'Hanya dokumen PDF yang dapat dihitamkan di sini. Simpan dokumen sebagai PDF terlebih dahulu.',
      en: 'Only PDF documents can be redacted here. Save the document as a PDF first.',
    }),
  encrypted: () =>
    new AppError('redaction_pdf_encrypted', 422, {
      id: 'PDF ini dilindungi kata sandi sehingga tidak dapat dibuka untuk penghitaman. Unggah salinan PDF tanpa kata sandi.',
      en: 'This PDF is password-protected and cannot be opened for redaction. Upload a copy without a password.',
    }),
  broken: () =>
    new AppError('redaction_pdf_broken', 422, {
      id: 'PDF ini rusak atau tidak dapat dibaca. Simpan ulang atau pindai ulang dokumen, lalu unggah kembali.',
      en: 'This PDF is damaged or cannot be read. Save or scan the document again and upload it once more.',
    }),
  tooManyPages: (pages: number, max: number) =>
    new AppError('redaction_too_many_pages', 422, {
      id: `PDF ini memiliki lebih dari ${max} halaman${pages > max ? ` (${pages})` : ''}; penghitaman dibatasi ${max} halaman per dokumen. Pisahkan dokumen menjadi beberapa berkas.`,
      en: `This PDF has more than ${max} pages${pages > max ? ` (${pages})` : ''}; redaction is limited to ${max} pages per document. Split the document into several files.`,
    }),
  noPage: (page: number, pages: number) =>
    new AppError('redaction_no_such_page', 422, {
      id: `Halaman ${page} tidak ada; dokumen ini memiliki ${pages} halaman.`,
      en: `There is no page ${page}; this document has ${pages} pages.`,
    }),
  timeout: () =>
    new AppError('redaction_timeout', 503, {
      id: 'Pemrosesan PDF memakan waktu terlalu lama dan dihentikan. Coba lagi nanti, atau pisahkan dokumen menjadi berkas yang lebih kecil.',
      en: 'Processing the PDF took too long and was stopped. Try again later, or split the document into smaller files.',
    }),
  /** Patterns are named by their row number only: the text of a pattern is withheld content. */
  patternsNotFound: (rows: number[]) =>
    new AppError('redaction_pattern_not_found', 422, {
      id: `Teks pada pola baris ${rows.join(', ')} tidak ditemukan di halaman yang dipilih, sehingga tidak ada yang dihitamkan untuk pola itu. Periksa ejaannya, atau tandai areanya langsung: halaman hasil pindaian tidak memiliki lapisan teks.`,
      en: `The text of pattern row ${rows.join(', ')} was not found on the pages chosen, so nothing would be removed for it. Check the spelling, or mark the area directly: scanned pages have no text layer.`,
    }),
};

// --- running poppler ----------------------------------------------------------------------------------

class ToolError extends Error {
  constructor(
    readonly code: number | null,
    readonly stderr: string,
    readonly timedOut: boolean,
  ) {
    super(`tool exited with ${timedOut ? 'timeout' : `code ${code}`}`);
  }
}

/** Runs a tool with `input` on stdin and returns its stdout; kills it on timeout or too much output. */
function runTool(cmd: string, args: string[], input: Uint8Array | null, opts: { timeoutMs: number; maxBytes: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const out: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let timedOut = false;
    let overflow = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.stdout.on('data', (c: Buffer) => {
      size += c.length;
      if (size > opts.maxBytes) {
        overflow = true;
        child.kill('SIGKILL');
      } else out.push(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      if (stderr.length < 4096) stderr += c.toString('utf8');
    });
    // The tool may exit before reading all of a broken input.
    child.stdin.on('error', () => {});
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0 && !overflow && !timedOut) resolve(Buffer.concat(out));
      else reject(new ToolError(code, overflow ? 'output too large' : stderr, timedOut));
    });
    if (input) child.stdin.end(input);
    else child.stdin.end();
  });
}

/** Maps a poppler failure on reading the document onto the error a user should see. */
function toolFailure(err: unknown): Error {
  if ((err as NodeJS.ErrnoException).code === 'ENOENT') return redactionErrors.unavailable();
  if (err instanceof ToolError) {
    if (err.timedOut) return redactionErrors.timeout();
    if (/incorrect password|encrypt/i.test(err.stderr)) return redactionErrors.encrypted();
    if (err.code === 1) return redactionErrors.broken();
    // No stderr in the message: it goes to the log, and the log never carries document content.
    return new Error(`poppler failed (${err.code ?? 'signal'})`);
  }
  return err instanceof Error ? err : new Error(String(err));
}

let detected: Promise<PopplerTools | null> | undefined;

/** pdftoppm, pdftotext and pdfinfo, detected once per process (null when poppler-utils is missing). */
export function detectPoppler(): Promise<PopplerTools | null> {
  detected ??= (async () => {
    const tools: PopplerTools = { pdftoppm: 'pdftoppm', pdftotext: 'pdftotext', pdfinfo: 'pdfinfo', pdfimages: 'pdfimages' };
    for (const cmd of Object.values(tools)) {
      try {
        await runTool(cmd, ['-v'], null, { timeoutMs: 10_000, maxBytes: 1 << 16 });
      } catch (err) {
        // `-v` exits 0 on current poppler and 99 on old releases; only a missing binary matters.
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      }
    }
    return tools;
  })();
  return detected;
}

async function requireTools(tools: PopplerTools | null | undefined): Promise<PopplerTools> {
  const t = tools === undefined ? await detectPoppler() : tools;
  if (!t) throw redactionErrors.unavailable();
  return t;
}

// --- reading the document -------------------------------------------------------------------------------

/** A page as a reader sees it: crop box, after /Rotate, in points. */
export type PageSize = { width: number; height: number };

export type EngineOptions = {
  /** Poppler tools; undefined = detect once per process, null = none (every call fails with `unavailable`). */
  tools?: PopplerTools | null | undefined;
  maxPages?: number;
  timeoutMs?: number;
};

function isPdf(bytes: Uint8Array): boolean {
  // As documents/sniff.ts: %PDF-1.x or %PDF-2.x at the very start.
  return bytes.length > 8 && Buffer.from(bytes.buffer, bytes.byteOffset, 5).toString('latin1') === '%PDF-' && (bytes[5] === 0x31 || bytes[5] === 0x32);
}

/**
 * The page sizes of a PDF, refusing what cannot be redacted here: not a PDF, damaged, password-protected,
 * or more than `maxPages` pages. (A PDF with only an owner password, i.e. restrictions on copying or
 * printing, opens and is redacted: the body holds the rights to its own document.)
 */
export async function readPages(pdf: Uint8Array, opts: EngineOptions = {}): Promise<PageSize[]> {
  if (!isPdf(pdf)) throw redactionErrors.notPdf();
  const tools = await requireTools(opts.tools);
  const maxPages = opts.maxPages ?? REDACTION_LIMITS.maxPages;
  let out: string;
  try {
    // -l one past the limit: enough to know the limit is exceeded without listing a huge document.
    out = (
      await runTool(tools.pdfinfo, ['-f', '1', '-l', String(maxPages + 1), '-'], pdf, {
        timeoutMs: opts.timeoutMs ?? REDACTION_LIMITS.toolTimeoutMs,
        maxBytes: 8 << 20,
      })
    ).toString('latin1');
  } catch (err) {
    throw toolFailure(err);
  }
  const count = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? NaN);
  if (!Number.isFinite(count) || count < 1) throw redactionErrors.broken();
  if (count > maxPages) throw redactionErrors.tooManyPages(count, maxPages);
  const pages: PageSize[] = [];
  for (let p = 1; p <= count; p++) {
    const size = new RegExp(`^Page\\s+${p} size:\\s+([\\d.]+) x ([\\d.]+) pts`, 'm').exec(out);
    const rot = Number(new RegExp(`^Page\\s+${p} rot:\\s+(-?\\d+)`, 'm').exec(out)?.[1] ?? 0);
    if (!size) throw redactionErrors.broken();
    const w = Number(size[1]);
    const h = Number(size[2]);
    if (!(w > 0 && h > 0)) throw redactionErrors.broken();
    const quarter = (((rot % 360) + 360) % 360) / 90;
    pages.push(quarter % 2 === 1 ? { width: h, height: w } : { width: w, height: h });
  }
  return pages;
}

/** A rectangle in page fractions (0–1 of the page as shown, origin top left). */
export type Rect = { x: number; y: number; w: number; h: number };

/** A word of the text layer and its box, in page fractions. */
export type Word = Rect & { text: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });

/**
 * The words of the text layer on each page (index 0 = page 1), in reading order, from
 * `pdftotext -bbox-layout -cropbox`: its boxes are in points of the page as shown (crop box, rotated).
 * Scanned pages without a text layer have no words.
 */
export async function readWords(pdf: Uint8Array, pages: PageSize[], opts: EngineOptions & { first?: number; last?: number } = {}): Promise<Word[][]> {
  const tools = await requireTools(opts.tools);
  const first = opts.first ?? 1;
  const last = opts.last ?? pages.length;
  let xml: string;
  try {
    xml = (
      await runTool(tools.pdftotext, ['-bbox-layout', '-cropbox', '-enc', 'UTF-8', '-f', String(first), '-l', String(last), '-', '-'], pdf, {
        timeoutMs: opts.timeoutMs ?? REDACTION_LIMITS.toolTimeoutMs,
        maxBytes: 256 << 20,
      })
    ).toString('utf8');
  } catch (err) {
    throw toolFailure(err);
  }
  const result: Word[][] = pages.map(() => []);
  const pageChunks = xml.split(/<page\b/).slice(1);
  pageChunks.forEach((chunk, i) => {
    const p = first + i;
    const size = pages[p - 1];
    if (!size) return;
    const words = result[p - 1]!;
    for (const m of chunk.matchAll(/<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g)) {
      const [x0, y0, x1, y1] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
      const text = unescapeXml(m[5]!);
      if (!text.trim()) continue;
      words.push({ text, x: x0 / size.width, y: y0 / size.height, w: (x1 - x0) / size.width, h: (y1 - y0) / size.height });
    }
  });
  return result;
}

// --- patterns -------------------------------------------------------------------------------------------

/**
 * How a pattern is read. `phrase` (the default): the words typed, matched as whole words, ignoring case
 * and the spacing or line breaks between them; it is not a regular expression (an officer's typo in a
 * regular expression could hide a match, or freeze the server). The others find personal data by shape.
 */
export type PatternKind = NonNullable<RedactionPattern['kind']>;
export const PATTERN_KINDS: readonly PatternKind[] = ['phrase', 'nik', 'nip', 'email', 'phone'];

// Our own expressions, linear in the text: digits with optional single separators.
const SHAPES: Record<Exclude<PatternKind, 'phrase'>, RegExp> = {
  // NIK: 16 digits, sometimes grouped (3201 2345 6789 0123).
  nik: /(?<![\p{L}\p{N}])\d(?:[ .-]?\d){15}(?![\p{L}\p{N}])/gu,
  // NIP: 18 digits, usually written 19700101 199001 1 001.
  nip: /(?<![\p{L}\p{N}])\d(?:[ .-]?\d){17}(?![\p{L}\p{N}])/gu,
  email: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+ ?@ ?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // Indonesian phone numbers: 08…, +62 8…, 62 8…, or a landline with an area code (0536) 322 1234.
  phone: /(?<![\p{L}\p{N}+])(?:\+?62[ .-]?|\(?0)\d{2,4}\)?(?:[ .-]?\d){5,9}(?![\p{L}\p{N}])/gu,
};

// --- personal data in a document's text (UU KIP Ps 17 h; UU 27/2022) -------------------------------------

export type PersonalDataKind = 'nik' | 'phone' | 'email' | 'address';
export type PersonalDataFindings = { counts: Record<PersonalDataKind, number>; samples: string[] };

/** A NIK has a province code (11–94), a birth day (01–31, women +40) and month in positions 7–10. */
function plausibleNik(digits: string): boolean {
  const prov = Number(digits.slice(0, 2));
  const day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  return prov >= 11 && prov <= 94 && ((day >= 1 && day <= 31) || (day >= 41 && day <= 71)) && month >= 1 && month <= 12;
}

// A home address with its neighbourhood: "Jl. Rajawali No. 12 RT 02/RW 05".
const ADDRESS = /(?<![\p{L}\p{N}])(?:jl\.?|jln\.?|jalan)\s+[^\n]{2,80}?\brt\.?\s*0*\d{1,3}\s*[/,]?\s*rw\.?\s*0*\d{1,3}/giu;

/** A sample that shows what was found without revealing it: never the whole NIK, number or address. */
export function maskPersonalData(kind: PersonalDataKind, value: string): string {
  if (kind === 'nik' || kind === 'phone') {
    const d = value.replace(/\D/g, '');
    return `${d.slice(0, 4)}${'•'.repeat(Math.max(0, d.length - 6))}${d.slice(-2)}`;
  }
  if (kind === 'email') {
    const [user = '', domain = ''] = value.replace(/\s/g, '').split('@');
    return `${user.slice(0, 1)}•••@${domain}`;
  }
  const rt = /rt\.?\s*0*\d{1,3}\s*[/,]?\s*rw\.?\s*0*\d{1,3}/iu.exec(value)?.[0] ?? '';
  return `${value.slice(0, 4)}••• ${rt.replace(/\d/g, '•')}`.trim();
}

/**
 * The personal data in a text, by the redaction tool's shapes (NIK, e-mail, mobile phone) and a home address
 * with RT/RW: counts per kind and up to two masked samples per kind. Null when nothing was found.
 */
export function findPersonalData(raw: string): PersonalDataFindings | null {
  const text = raw.normalize('NFKC');
  const counts: Record<PersonalDataKind, number> = { nik: 0, phone: 0, email: 0, address: 0 };
  const samples: string[] = [];
  const add = (kind: PersonalDataKind, value: string) => {
    counts[kind]++;
    if (counts[kind] <= 2) samples.push(`${kind}: ${maskPersonalData(kind, value)}`);
  };
  for (const m of text.matchAll(SHAPES.nik)) if (plausibleNik(m[0].replace(/\D/g, ''))) add('nik', m[0]);
  for (const m of text.matchAll(SHAPES.email)) add('email', m[0]);
  for (const m of text.matchAll(SHAPES.phone)) {
    // Mobile numbers are a person's; an office's landline is not personal data.
    const d = m[0].replace(/\D/g, '');
    if (/^(?:08|628)\d{7,}$/.test(d)) add('phone', m[0]);
  }
  for (const m of text.matchAll(ADDRESS)) add('address', m[0]);
  return Object.values(counts).some((n) => n > 0) ? { counts, samples } : null;
}

export function normalizeText(s: string): string {
  return s.normalize('NFKC').toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();
}

const WORDCHAR = /[\p{L}\p{N}]/u;

/**
 * The boxes of the words a pattern matches on one page: one box per matched run of words on a line
 * (so the spaces between them go too), each a little larger than the words' boxes. A match inside a word
 * takes the whole word (its punctuation included).
 */
export function matchPattern(
  words: Word[],
  pattern: Pick<RedactionPattern, 'pattern' | 'kind'>,
): { occurrences: number; rects: (Rect & { occurrence: number })[] } {
  const none = { occurrences: 0, rects: [] };
  if (!words.length) return none;
  // The page's words joined by single spaces; owner[i] = the word of character i (-1 for a space).
  let text = '';
  const owner: number[] = [];
  words.forEach((w, i) => {
    const t = normalizeText(w.text);
    if (!t) return;
    if (text) {
      text += ' ';
      owner.push(-1);
    }
    for (const ch of t) {
      text += ch;
      for (let k = 0; k < ch.length; k++) owner.push(i);
    }
  });
  const spans: [number, number][] = [];
  const kind = pattern.kind ?? 'phrase';
  if (kind === 'phrase') {
    const needle = normalizeText(pattern.pattern);
    if (!needle) return none;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      // Whole words: no letter or digit right before or after the match.
      const before = at > 0 ? text[at - 1]! : ' ';
      const after = end < text.length ? text[end]! : ' ';
      if (WORDCHAR.test(needle[0]!) && WORDCHAR.test(before)) continue;
      if (WORDCHAR.test(needle[needle.length - 1]!) && WORDCHAR.test(after)) continue;
      spans.push([at, end]);
    }
  } else {
    for (const m of text.matchAll(SHAPES[kind])) spans.push([m.index, m.index + m[0].length]);
  }
  const rects: (Rect & { occurrence: number })[] = [];
  for (const [occurrence, [a, b]] of spans.entries()) {
    const hit = [...new Set(owner.slice(a, b).filter((o) => o >= 0))].sort((x, y) => x - y);
    // Consecutive words whose boxes share a line become one box.
    let run: Word[] = [];
    const flush = () => {
      if (run.length) rects.push({ ...padRect(unionRect(run)), occurrence });
      run = [];
    };
    for (const i of hit) {
      const w = words[i]!;
      const prev = run[run.length - 1];
      if (prev && !sameLine(prev, w)) flush();
      run.push(w);
    }
    flush();
  }
  return { occurrences: spans.length, rects };
}

/** Two words on one line: side by side on a horizontal line, or one above the other in vertical text. */
function sameLine(a: Rect, b: Rect): boolean {
  const yOverlap = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  if (a.w >= a.h || b.w >= b.h) return yOverlap > 0.5 * Math.min(a.h, b.h);
  const xOverlap = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  return xOverlap > 0.5 * Math.min(a.w, b.w);
}

function unionRect(rs: Rect[]): Rect {
  const x0 = Math.min(...rs.map((r) => r.x));
  const y0 = Math.min(...rs.map((r) => r.y));
  const x1 = Math.max(...rs.map((r) => r.x + r.w));
  const y1 = Math.max(...rs.map((r) => r.y + r.h));
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** Word boxes follow the font's metrics; a margin of a fifth of the height covers anti-aliasing and accents. */
function padRect(r: Rect): Rect {
  const m = r.h * 0.2;
  const x = Math.max(0, r.x - m);
  const y = Math.max(0, r.y - m);
  return { x, y, w: Math.min(1, r.x + r.w + m) - x, h: Math.min(1, r.y + r.h + m) - y };
}

/** An area to black out on a page, resolved from a marked area or from a pattern's match. */
export type ResolvedArea = Rect & {
  page: number;
  ground: string;
  /** The marked area it came from, or the pattern and which of its matches (one match may take two boxes). */
  source: { kind: 'area'; index: number } | { kind: 'pattern'; index: number; match: number };
};

export type PatternInput = RedactionPattern;

/** Turns the patterns into areas; `matches[i]` is the number of places pattern i was found. */
export function resolvePatterns(words: Word[][], patterns: PatternInput[]): { areas: ResolvedArea[]; matches: number[] } {
  const areas: ResolvedArea[] = [];
  const matches = patterns.map((pat, index) => {
    const pages = pat.page === null ? words.map((_, i) => i + 1) : [pat.page];
    let n = 0;
    for (const p of pages) {
      const m = matchPattern(words[p - 1] ?? [], pat);
      for (const { occurrence, ...r } of m.rects) areas.push({ ...r, page: p, ground: pat.ground, source: { kind: 'pattern', index, match: n + occurrence } });
      n += m.occurrences;
    }
    return n;
  });
  return { areas, matches };
}

// --- pixels ---------------------------------------------------------------------------------------------

export type Raster = { width: number; height: number; channels: 1 | 3; pixels: Buffer };

function parsePnm(buf: Buffer): Raster {
  const m = /^(P[56])\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 64).toString('latin1'));
  if (!m || m[4] !== '255') throw new Error('unexpected pdftoppm output');
  const channels = m[1] === 'P6' ? 3 : 1;
  const width = Number(m[2]);
  const height = Number(m[3]);
  const pixels = buf.subarray(m[0].length, m[0].length + width * height * channels);
  if (pixels.length !== width * height * channels) throw new Error('short pdftoppm output');
  return { width, height, channels, pixels };
}

/** Resolution for a page: the wanted one, lowered for very large pages so they stay under maxPagePixels. */
function dpiFor(size: PageSize, dpi: number): number {
  const inches = (size.width / 72) * (size.height / 72);
  return Math.max(18, Math.min(dpi, Math.floor(Math.sqrt(REDACTION_LIMITS.maxPagePixels / inches))));
}

async function renderRaster(tools: PopplerTools, pdf: Uint8Array, page: number, size: PageSize, dpi: number, timeoutMs: number): Promise<Raster> {
  const r = dpiFor(size, dpi);
  const maxBytes = Math.ceil((size.width / 72) * r + 2) * Math.ceil((size.height / 72) * r + 2) * 3 + 64;
  try {
    const out = await runTool(tools.pdftoppm, ['-cropbox', '-r', String(r), '-f', String(page), '-l', String(page), '-singlefile', '-'], pdf, {
      timeoutMs,
      maxBytes,
    });
    return parsePnm(out);
  } catch (err) {
    throw toolFailure(err);
  }
}

async function renderJpeg(tools: PopplerTools, pdf: Uint8Array, page: number, size: PageSize, dpi: number, gray: boolean, timeoutMs: number): Promise<Buffer> {
  const r = dpiFor(size, dpi);
  const args = [
    '-cropbox',
    '-r',
    String(r),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    '-jpeg',
    '-jpegopt',
    'quality=75',
    ...(gray ? ['-gray'] : []),
    '-',
  ];
  try {
    return await runTool(tools.pdftoppm, args, pdf, { timeoutMs, maxBytes: REDACTION_LIMITS.maxPagePixels * 3 });
  } catch (err) {
    throw toolFailure(err);
  }
}

/**
 * Pages that are scans: one or more images covering at least 85% of the page (from `pdfimages -list`),
 * and whether those images are all grey. Such a page without areas is rendered straight to JPEG, once.
 * Any failure here only means the slower path is taken.
 */
async function scannedPages(tools: PopplerTools, pdf: Uint8Array, pages: PageSize[], timeoutMs: number): Promise<Map<number, { gray: boolean }>> {
  const found = new Map<number, { gray: boolean }>();
  if (!tools.pdfimages) return found;
  let out: string;
  try {
    out = (await runTool(tools.pdfimages, ['-list', '-'], pdf, { timeoutMs, maxBytes: 16 << 20 })).toString('latin1');
  } catch {
    return found;
  }
  const cover = new Map<number, { area: number; gray: boolean }>();
  for (const line of out.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 14 || f[2] !== 'image' || !/^\d+$/.test(f[0]!)) continue;
    const [page, w, h, xppi, yppi] = [Number(f[0]), Number(f[3]), Number(f[4]), Number(f[12]), Number(f[13])];
    if (!(xppi > 0 && yppi > 0)) continue;
    const c = cover.get(page) ?? { area: 0, gray: true };
    c.area += (w / xppi) * 72 * ((h / yppi) * 72);
    c.gray &&= f[5] === 'gray';
    cover.set(page, c);
  }
  for (const [page, c] of cover) {
    const size = pages[page - 1];
    if (size && c.area >= 0.85 * size.width * size.height) found.set(page, { gray: c.gray });
  }
  return found;
}

/** Fills each rectangle (page fractions) with black, rounding outwards so no partial pixel row survives. */
export function burn(r: Raster, rects: Rect[]): void {
  for (const a of rects) {
    const x0 = Math.max(0, Math.floor(a.x * r.width));
    const y0 = Math.max(0, Math.floor(a.y * r.height));
    const x1 = Math.min(r.width, Math.ceil((a.x + a.w) * r.width));
    const y1 = Math.min(r.height, Math.ceil((a.y + a.h) * r.height));
    if (x1 <= x0 || y1 <= y0) continue;
    for (let y = y0; y < y1; y++) r.pixels.fill(0, (y * r.width + x0) * r.channels, (y * r.width + x1) * r.channels);
  }
}

/** A colour page whose pixels are all grey (within a small tolerance) becomes one channel: a third of the bytes. */
function toGrayIfGray(r: Raster): Raster {
  if (r.channels === 1) return r;
  const px = r.pixels;
  for (let i = 0; i < px.length; i += 3) {
    const a = px[i]!;
    const b = px[i + 1]!;
    const c = px[i + 2]!;
    if (Math.abs(a - b) > 10 || Math.abs(b - c) > 10 || Math.abs(a - c) > 10) return r;
  }
  const gray = Buffer.allocUnsafe(px.length / 3);
  for (let i = 0, j = 0; j < gray.length; i += 3, j++) gray[j] = (px[i]! + px[i + 1]! + px[i + 2]!) / 3;
  return { ...r, channels: 1, pixels: gray };
}

/** Photographs and scans compress badly without loss; text and drawings compress well with Flate. */
function looksPhotographic(r: Raster): boolean {
  const row = r.width * r.channels;
  const parts: Buffer[] = [];
  for (let y = 0; y < r.height; y += 16) parts.push(r.pixels.subarray(y * row, (y + 1) * row));
  const sample = Buffer.concat(parts);
  return deflateRawSync(sample, { level: 1 }).length > sample.length * 0.2;
}

export function encodeJpeg(r: Raster, quality = 75): Buffer {
  const n = r.width * r.height;
  const rgba = Buffer.allocUnsafe(n * 4);
  const px = r.pixels;
  if (r.channels === 3) {
    for (let i = 0, j = 0; i < n * 3; i += 3, j += 4) {
      rgba[j] = px[i]!;
      rgba[j + 1] = px[i + 1]!;
      rgba[j + 2] = px[i + 2]!;
      rgba[j + 3] = 255;
    }
  } else {
    for (let i = 0, j = 0; i < n; i++, j += 4) {
      rgba[j] = rgba[j + 1] = rgba[j + 2] = px[i]!;
      rgba[j + 3] = 255;
    }
  }
  return jpeg.encode({ data: rgba, width: r.width, height: r.height }, quality).data;
}

// --- page images for the back office ---------------------------------------------------------------------

export type PageImage = { bytes: Buffer; mime: 'image/jpeg'; width: number; height: number };

/**
 * One page as a JPEG for marking or previewing, with the given areas already black (a preview shows
 * exactly what the released page will hold).
 */
export async function renderPageImage(
  pdf: Uint8Array,
  page: number,
  opts: EngineOptions & { dpi?: number; areas?: Rect[]; pages?: PageSize[] } = {},
): Promise<PageImage> {
  const pages = opts.pages ?? (await readPages(pdf, opts));
  const size = pages[page - 1];
  if (!size || !Number.isInteger(page)) throw redactionErrors.noPage(page, pages.length);
  const tools = await requireTools(opts.tools);
  const raster = await renderRaster(tools, pdf, page, size, opts.dpi ?? REDACTION_LIMITS.viewDpi, opts.timeoutMs ?? REDACTION_LIMITS.toolTimeoutMs);
  burn(raster, opts.areas ?? []);
  return { bytes: encodeJpeg(raster, 80), mime: 'image/jpeg', width: raster.width, height: raster.height };
}

// --- the released copy ----------------------------------------------------------------------------------

export type RedactInput = {
  areas: RedactionArea[];
  patterns: PatternInput[];
  /** The log page's facts; null = no log page (previews, benchmarks). */
  log: (Omit<RedactionLogInfo, 'pages' | 'rows'> & { labelFor: (ground: string) => string }) | null;
  /** Refuse when a pattern is found nowhere (its text may still be in the copy, e.g. on a scanned page). */
  requireMatches?: boolean;
  dpi?: number;
  /** When the released copy is made (the PDF's dates). */
  now: Date;
};

export type RedactResult = {
  pdf: Buffer;
  /** Pages of the original (the released copy adds the log page(s)). */
  sourcePages: number;
  pageCount: number;
  areas: ResolvedArea[];
  matches: number[];
};

function checkAreas(areas: RedactionArea[], pages: PageSize[]): void {
  for (const a of areas) {
    if (!Number.isInteger(a.page) || a.page < 1 || a.page > pages.length) throw redactionErrors.noPage(a.page, pages.length);
    const ok =
      [a.x, a.y, a.w, a.h].every((v) => Number.isFinite(v)) && a.x >= 0 && a.y >= 0 && a.w > 0 && a.h > 0 && a.x + a.w <= 1.000001 && a.y + a.h <= 1.000001;
    if (!ok) throw new Error('area outside the page');
  }
}

/**
 * Makes the released copy: every page re-rendered from pixels with the areas (marked, and found by the
 * patterns) burnt black, then the log page. Pages are images only: the copy has no text layer.
 */
export async function redactPdf(pdf: Uint8Array, input: RedactInput, opts: EngineOptions = {}): Promise<RedactResult> {
  const pages = await readPages(pdf, opts);
  const tools = await requireTools(opts.tools);
  const timeoutMs = opts.timeoutMs ?? REDACTION_LIMITS.toolTimeoutMs;
  checkAreas(input.areas, pages);
  for (const p of input.patterns)
    if (p.page !== null && (!Number.isInteger(p.page) || p.page < 1 || p.page > pages.length)) throw redactionErrors.noPage(p.page, pages.length);

  let found: { areas: ResolvedArea[]; matches: number[] } = { areas: [], matches: [] };
  if (input.patterns.length) {
    const words = await readWords(pdf, pages, opts);
    found = resolvePatterns(words, input.patterns);
    const missing = found.matches.flatMap((n, i) => (n === 0 ? [i + 1] : []));
    if (missing.length && (input.requireMatches ?? true)) throw redactionErrors.patternsNotFound(missing);
  }
  const areas: ResolvedArea[] = [...input.areas.map((a, index) => ({ ...a, source: { kind: 'area' as const, index } })), ...found.areas];
  const byPage = new Map<number, ResolvedArea[]>();
  for (const a of areas) byPage.set(a.page, [...(byPage.get(a.page) ?? []), a]);

  const out = await PDFDocument.create({ updateMetadata: false });
  out.setProducer('Q-Gesy');
  out.setCreator('Q-Gesy');
  out.setCreationDate(input.now);
  out.setModificationDate(input.now);
  if (input.log) out.setTitle(`${input.log.documentLabel} (salinan yang dihitamkan)`);

  const dpi = input.dpi ?? REDACTION_LIMITS.dpi;
  const scans = await scannedPages(tools, pdf, pages, timeoutMs);
  // A scan with nothing to remove goes straight to pdftoppm's own JPEG; every other page is rendered to
  // pixels first (to burn the areas, or to choose between Flate and JPEG).
  const direct = (p: number) => scans.has(p) && !byPage.has(p);
  type Rendered = { kind: 'jpeg'; bytes: Buffer } | { kind: 'raster'; raster: Raster };
  const render = async (p: number): Promise<Rendered> =>
    direct(p)
      ? { kind: 'jpeg', bytes: await renderJpeg(tools, pdf, p, pages[p - 1]!, dpi, scans.get(p)!.gray, timeoutMs) }
      : { kind: 'raster', raster: await renderRaster(tools, pdf, p, pages[p - 1]!, dpi, timeoutMs) };
  // Render the next page while this one is encoded (pdftoppm runs in its own process).
  let next: Promise<Rendered> | null = render(1);
  for (let p = 1; p <= pages.length; p++) {
    const current = next!;
    next = p < pages.length ? render(p + 1) : null;
    next?.catch(() => {});
    const rendered = await current;
    const size = pages[p - 1]!;
    const page = out.addPage([size.width, size.height]);
    if (rendered.kind === 'jpeg') {
      page.drawImage(await out.embedJpg(rendered.bytes), { x: 0, y: 0, width: size.width, height: size.height });
      continue;
    }
    const raster = toGrayIfGray(rendered.raster);
    const onPage = byPage.get(p) ?? [];
    burn(raster, onPage);
    if (looksPhotographic(raster)) {
      // Scans and photographs: JPEG. A page with nothing to remove is rendered to JPEG by pdftoppm itself
      // (several times faster than encoding in JavaScript); a page with areas is encoded from the burnt pixels.
      const jpg = onPage.length ? encodeJpeg(raster) : await renderJpeg(tools, pdf, p, size, dpi, raster.channels === 1, timeoutMs);
      page.drawImage(await out.embedJpg(jpg), { x: 0, y: 0, width: size.width, height: size.height });
    } else {
      // zlib's thread pool: the server keeps answering others while a long document is compressed.
      const data = await deflateAsync(raster.pixels, { level: 6 });
      const dict = out.context.obj({
        Type: 'XObject',
        Subtype: 'Image',
        Width: raster.width,
        Height: raster.height,
        ColorSpace: raster.channels === 1 ? 'DeviceGray' : 'DeviceRGB',
        BitsPerComponent: 8,
        Filter: 'FlateDecode',
      });
      const ref = out.context.register(PDFRawStream.of(dict, data));
      const name = page.node.newXObject('Im', ref);
      page.pushOperators(pushGraphicsState(), concatTransformationMatrix(size.width, 0, 0, size.height, 0, 0), drawObject(name), popGraphicsState());
    }
  }

  if (input.log) {
    const rows = logRows(areas, input.log.labelFor);
    const logBytes = await redactionLogPdf({ ...input.log, pages: pages.length, rows });
    const logDoc = await PDFDocument.load(logBytes);
    for (const p of await out.copyPages(logDoc, logDoc.getPageIndices())) out.addPage(p);
  }
  const bytes = Buffer.from(await out.save());
  return { pdf: bytes, sourcePages: pages.length, pageCount: out.getPageCount(), areas, matches: found.matches };
}

/** Where an area sits on its page, in words. */
function position(a: Rect): string {
  const c = a.y + a.h / 2;
  return c < 1 / 3 ? 'bagian atas' : c < 2 / 3 ? 'bagian tengah' : 'bagian bawah';
}

/**
 * One row per marked area, and one per pattern and page (with the number of places): page, position,
 * ground. Never the text that was removed.
 */
export function logRows(areas: ResolvedArea[], labelFor: (ground: string) => string): RedactionLogRow[] {
  const rows: (RedactionLogRow & { y: number })[] = [];
  const grouped = new Map<string, { page: number; index: number; ground: string; y: number; matches: Set<number> }>();
  for (const a of areas) {
    if (a.source.kind === 'area') {
      rows.push({ page: a.page, what: `Area yang ditandai, ${position(a)}`, ground: labelFor(a.ground), y: a.y });
      continue;
    }
    const key = `${a.page}/${a.source.index}`;
    const g = grouped.get(key) ?? { page: a.page, index: a.source.index, ground: a.ground, y: a.y, matches: new Set<number>() };
    g.matches.add(a.source.match);
    g.y = Math.min(g.y, a.y);
    grouped.set(key, g);
  }
  for (const g of grouped.values()) {
    rows.push({ page: g.page, what: `Teks yang cocok dengan pola ${g.index + 1} (${g.matches.size} tempat)`, ground: labelFor(g.ground), y: g.y });
  }
  rows.sort((a, b) => a.page - b.page || a.y - b.y);
  return rows.map(({ page, what, ground }) => ({ page, what, ground }));
}

/** One warning line at start-up when poppler-utils is missing (`qgesy serve`); the redaction pages explain it too. */
export async function warnIfNoPoppler(logger: { warn(msg: string): void }): Promise<void> {
  if (await detectPoppler()) return;
  logger.warn(
    'pdftoppm/pdftotext (poppler-utils) tidak ditemukan: penghitaman PDF tidak tersedia; pasang paket poppler-utils / not found: PDF redaction is unavailable; install the poppler-utils package',
  );
}
