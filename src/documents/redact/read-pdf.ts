// Reading the document with poppler: its page sizes (pdfinfo) and the words of its text layer with their boxes
// (pdftotext -bbox-layout), refusing what cannot be redacted here.
import { redactionErrors } from './errors.js';
import { REDACTION_LIMITS } from './limits.js';
import { requireTools, runTool, toolFailure, type EngineOptions } from './poppler.js';

/** A page as a reader sees it: crop box, after /Rotate, in points. */
export type PageSize = { width: number; height: number };

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
