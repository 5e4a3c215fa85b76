// The released copy: every page rebuilt from its pixels with the areas (marked, and found by the patterns) burnt
// black, as Flate or JPEG images only, then the log page (Lembar Keterangan Penghitaman).
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import { concatTransformationMatrix, drawObject, PDFDocument, PDFRawStream, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import type { RedactionArea } from '../../db/schema/classification.js';
import { redactionLogPdf, type RedactionLogInfo } from '../../letters/redaction-log.js';
import { redactionErrors } from './errors.js';
import { REDACTION_LIMITS } from './limits.js';
import { logRows } from './log-rows.js';
import { resolvePatterns, type PatternInput, type ResolvedArea } from './patterns.js';
import { burn, encodeJpeg, looksPhotographic, renderJpeg, renderRaster, scannedPages, toGrayIfGray, type Raster } from './pixels.js';
import { requireTools, type EngineOptions } from './poppler.js';
import { readPages, readWords, type PageSize } from './read-pdf.js';

const deflateAsync = promisify(deflate);

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
