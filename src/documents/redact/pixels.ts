// Pages as pixels: rendered with pdftoppm (lowered resolution for huge pages), scans recognised, areas burnt
// black, grey pages made one channel, encoded as JPEG; a page image for the back office to mark or preview.
import { deflateRawSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { redactionErrors } from './errors.js';
import { REDACTION_LIMITS } from './limits.js';
import { requireTools, runTool, toolFailure, type EngineOptions, type PopplerTools } from './poppler.js';
import { readPages, type PageSize, type Rect } from './read-pdf.js';

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

export async function renderRaster(tools: PopplerTools, pdf: Uint8Array, page: number, size: PageSize, dpi: number, timeoutMs: number): Promise<Raster> {
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

export async function renderJpeg(
  tools: PopplerTools,
  pdf: Uint8Array,
  page: number,
  size: PageSize,
  dpi: number,
  gray: boolean,
  timeoutMs: number,
): Promise<Buffer> {
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
export async function scannedPages(tools: PopplerTools, pdf: Uint8Array, pages: PageSize[], timeoutMs: number): Promise<Map<number, { gray: boolean }>> {
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
export function toGrayIfGray(r: Raster): Raster {
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
export function looksPhotographic(r: Raster): boolean {
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
