// A visible watermark on every page of a PDF handed out from the classified register: the level large and
// faint across the page, and a banner at the top and the bottom naming the level, the reader and the time.
// Pages keep their content; the marks are drawn on top, upright however the page is rotated.
import { catalogueMessages } from '../i18n/catalogue.js';
import { PDFDocument, StandardFonts, degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { AppError } from '../errors.js';

export type Watermark = {
  /** The level in capitals, e.g. "RAHASIA": drawn large across each page. */
  headline: string;
  /** The full line, e.g. "RAHASIA · dibuka oleh Nama <email> · 1 Des 2026 10.15 WIB". */
  line: string;
};

export const unmarkablePdf = () => new AppError('pdf_not_markable', 422, catalogueMessages('documents.watermark.pdf_cannot_read_put_watermark'));

/** Loads a PDF the way watermarking needs it; refuses encrypted or unreadable files. */
export async function loadMarkablePdf(bytes: Uint8Array): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
    // pdf-lib reads a damaged file leniently; one without a page tree throws only here.
    if (doc.isEncrypted || doc.getPageCount() === 0) throw unmarkablePdf();
  } catch {
    throw unmarkablePdf();
  }
  return doc;
}

/** The standard fonts know only WinAnsi: other letters lose their accents, anything else becomes "?". */
function printable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  const ok = (s: string) => [...s].every((c) => known.has(c.codePointAt(0)!));
  return [...text.normalize('NFC')]
    .map((ch) => {
      if (ok(ch)) return ch;
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      return base && ok(base) ? base : '?';
    })
    .join('');
}

type Frame = { width: number; height: number; at(vx: number, vy: number): { x: number; y: number }; angle: number };

/**
 * The page as it is shown (after /Rotate), with a map from shown coordinates to the page's own. PDF
 * rotates clockwise; drawing rotated the same amount counter-clockwise makes the marks upright.
 */
function shownFrame(page: PDFPage): Frame {
  const box = page.getCropBox();
  const r = (((page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
  const W = box.width;
  const H = box.height;
  const map =
    {
      0: (vx: number, vy: number) => ({ x: vx, y: vy }),
      90: (vx: number, vy: number) => ({ x: W - vy, y: vx }),
      180: (vx: number, vy: number) => ({ x: W - vx, y: H - vy }),
      270: (vx: number, vy: number) => ({ x: vy, y: H - vx }),
    }[r] ?? ((vx: number, vy: number) => ({ x: vx, y: vy }));
  const sideways = r === 90 || r === 270;
  return {
    width: sideways ? H : W,
    height: sideways ? W : H,
    angle: r,
    at(vx, vy) {
      const p = map(vx, vy);
      return { x: box.x + p.x, y: box.y + p.y };
    },
  };
}

const INK = rgb(0.62, 0, 0);

function banner(page: PDFPage, f: Frame, font: PDFFont, text: string, top: boolean): void {
  const pad = 4;
  let size = 9;
  const room = f.width - 24;
  while (size > 5 && font.widthOfTextAtSize(text, size) > room) size -= 0.5;
  const width = Math.min(font.widthOfTextAtSize(text, size), room);
  const height = size + pad * 2;
  const vx = (f.width - width) / 2;
  const vy = top ? f.height - height - 6 : 6;
  const corner = f.at(vx - pad, vy);
  page.drawRectangle({
    ...corner,
    width: width + pad * 2,
    height,
    color: rgb(1, 1, 1),
    opacity: 0.88,
    borderColor: INK,
    borderWidth: 0.8,
    rotate: degrees(f.angle),
  });
  page.drawText(text, { ...f.at(vx, vy + pad + size * 0.22), size, font, color: INK, rotate: degrees(f.angle) });
}

function diagonal(page: PDFPage, f: Frame, font: PDFFont, text: string): void {
  const angle = Math.atan2(f.height, f.width);
  const length = Math.hypot(f.width, f.height);
  const size = Math.min(160, (length * 0.6) / Math.max(1, font.widthOfTextAtSize(text, 1)));
  const w = font.widthOfTextAtSize(text, size);
  const h = font.heightAtSize(size, { descender: false });
  // Start so that the text's middle sits on the page's centre.
  const vx = f.width / 2 - (Math.cos(angle) * w) / 2 + (Math.sin(angle) * h) / 2;
  const vy = f.height / 2 - (Math.sin(angle) * w) / 2 - (Math.cos(angle) * h) / 2;
  page.drawText(text, { ...f.at(vx, vy), size, font, color: INK, opacity: 0.2, rotate: degrees(f.angle + (angle * 180) / Math.PI) });
}

/** The PDF with the watermark on every page. Throws the 422 AppError above for a PDF it cannot read. */
export async function watermarkPdf(bytes: Uint8Array, mark: Watermark): Promise<Buffer> {
  const doc = await loadMarkablePdf(bytes);
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  const line = printable(font, mark.line);
  const headline = printable(font, mark.headline);
  for (const page of doc.getPages()) {
    const f = shownFrame(page);
    diagonal(page, f, font, headline);
    banner(page, f, font, line, true);
    banner(page, f, font, line, false);
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
