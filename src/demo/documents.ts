// Small, real PDF documents for the demo catalog: one A4 page of Indonesian text per entry, so that
// downloads open and text extraction and document search have something true to work on.
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { DEFAULT_TIME_ZONE, formatDate, formatMonthYear } from '../domain/calendar/dates.js';

export type DemoDocument = {
  /** Letterhead lines, e.g. the body and the unit. */
  letterhead: string[];
  title: string;
  /** Reference line under the title, e.g. the DIP number. */
  reference?: string;
  paragraphs: string[];
  /** "Palangka Raya, 12 Maret 2025" and the signing official. */
  place: string;
  signedBy: string;
  date: Date;
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/** "12 Maret 2025" in the demo body's zone (the default, WIB). */
export function tanggal(d: Date): string {
  return formatDate(d, 'id', DEFAULT_TIME_ZONE);
}

/** "Maret 2025" in the demo body's zone (the default, WIB). */
export function bulanTahun(d: Date): string {
  return formatMonthYear(d, 'id', DEFAULT_TIME_ZONE);
}

// The standard fonts only cover WinAnsi; anything else (rare in Indonesian text) is replaced so
// that generation never fails on a stray character.
function encodable(font: PDFFont, s: string): string {
  const set = new Set(font.getCharacterSet());
  return Array.from(s.normalize('NFC'), (ch) => (set.has(ch.codePointAt(0)!) ? ch : ch === '\u2011' ? '-' : '?')).join('');
}

function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** One or more A4 pages; deterministic bytes for the same input (dates come from `doc.date`). */
export async function makeDemoPdf(doc: DemoDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(doc.title);
  pdf.setAuthor(doc.letterhead[doc.letterhead.length - 1] ?? '');
  pdf.setProducer('Q-Gesy (data contoh)');
  pdf.setCreationDate(doc.date);
  pdf.setModificationDate(doc.date);
  pdf.setLanguage('id-ID');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = A4[0] - 2 * MARGIN;
  let page = pdf.addPage(A4);
  let y = A4[1] - MARGIN;

  const put = (text: string, font: PDFFont, size: number, opts: { center?: boolean; gap?: number } = {}) => {
    for (const line of wrap(font, size, encodable(font, text), width)) {
      if (y < MARGIN + size) {
        page = pdf.addPage(A4);
        y = A4[1] - MARGIN;
      }
      const x = opts.center ? (A4[0] - font.widthOfTextAtSize(line, size)) / 2 : MARGIN;
      page.drawText(line, { x, y, size, font });
      y -= size * 1.45;
    }
    y -= opts.gap ?? 0;
  };

  for (const l of doc.letterhead) put(l.toUpperCase(), bold, 11, { center: true });
  y -= 4;
  page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness: 1 });
  y -= 22;
  put(doc.title, bold, 13, { center: true, gap: 2 });
  if (doc.reference) put(doc.reference, regular, 9, { center: true });
  y -= 12;
  for (const p of doc.paragraphs) put(p, regular, 10.5, { gap: 8 });
  y -= 16;
  put(`${doc.place}, ${tanggal(doc.date)}`, regular, 10.5);
  put(doc.signedBy, bold, 10.5);
  return pdf.save();
}
