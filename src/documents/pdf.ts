// PDF rendering with pdfmake and its bundled Roboto fonts (which cover Indonesian text), for letters,
// receipts and the DIP tables.
import { createRequire } from 'node:module';
import path from 'node:path';

// pdfmake has no types for 0.3; this is the part of it we use.
export type PdfNode = Record<string, unknown> | string;
type PdfMake = {
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (p: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
};

const require = createRequire(import.meta.url);
let pdfmakeLoaded: { pdfmake: PdfMake; fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>> } | null = null;

function loadPdfmake() {
  if (pdfmakeLoaded) return pdfmakeLoaded;
  const pdfmake = require('pdfmake') as PdfMake;
  const dir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const fonts = {
    Roboto: {
      normal: path.join(dir, 'Roboto-Regular.ttf'),
      bold: path.join(dir, 'Roboto-Medium.ttf'),
      italics: path.join(dir, 'Roboto-Italic.ttf'),
      bolditalics: path.join(dir, 'Roboto-MediumItalic.ttf'),
    },
  };
  // Documents are built from our own data only: no remote images, and only the bundled fonts on disk.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p) => path.resolve(p).startsWith(dir));
  pdfmakeLoaded = { pdfmake, fonts };
  return pdfmakeLoaded;
}

/** Where the content of a rendered PDF ends: its last page (1-based) and the free space below it, in points. */
export type ContentEnd = { page: number; x: number; top: number; bottom: number; width: number };
const contentEnds = new WeakMap<Buffer, ContentEnd>();
const END_MARK = '__qgesy_content_end';

/**
 * Where the content of a PDF rendered here ends (for the signature block added to a letter's last page,
 * src/letters/sign.ts); undefined for other PDFs.
 */
export const contentEndOf = (pdf: Buffer): ContentEnd | undefined => contentEnds.get(pdf);

/** Renders a pdfmake document with the bundled Roboto fonts (which cover Indonesian text). */
export async function renderPdf(doc: Record<string, unknown>): Promise<Buffer> {
  const { pdfmake, fonts } = loadPdfmake();
  // A one-point mark after the content tells where the content ends (pdfmake reports node positions to
  // pageBreakBefore); the document's own pageBreakBefore, if any, still decides page breaks.
  let end: ContentEnd | undefined;
  const own = doc.pageBreakBefore as ((node: { id?: string }, ...rest: unknown[]) => boolean) | undefined;
  // pageMargins: one number, [horizontal, vertical] or [left, top, right, bottom]; pdfmake's default is 40.
  const m = doc.pageMargins;
  const mTop = typeof m === 'number' ? m : Array.isArray(m) ? Number(m[1] ?? 40) : 40;
  const content = Array.isArray(doc.content) ? [...(doc.content as PdfNode[]), { text: ' ', fontSize: 1, id: END_MARK }] : doc.content;
  const pageBreakBefore = (node: { id?: string; startPosition?: Record<string, number> }, ...rest: unknown[]) => {
    if (node.id === END_MARK && node.startPosition) {
      const p = node.startPosition;
      end = { page: p.pageNumber!, x: p.left!, top: p.top!, bottom: mTop + p.pageInnerHeight!, width: p.pageInnerWidth! };
      return false;
    }
    return own ? own(node, ...rest) : false;
  };
  // pdfmake is a shared singleton: set the fonts right before creating, in the same tick.
  pdfmake.setFonts(fonts);
  const pdf = await pdfmake
    .createPdf({ ...doc, content, pageBreakBefore, defaultStyle: { font: 'Roboto', ...((doc.defaultStyle as object) ?? {}) } })
    .getBuffer();
  if (end) contentEnds.set(pdf, end);
  return pdf;
}

/** The ruled table of a register printed as a list (DIP, DIK): a shaded header row and thin grey lines. */
export const REGISTER_TABLE_LAYOUT = {
  fillColor: (row: number) => (row === 0 ? '#dce8f5' : null),
  hLineColor: () => '#9aa5b1',
  vLineColor: () => '#9aa5b1',
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
};

/** The styles of such a list: its title, the line under it, header cells and small print. */
export const REGISTER_STYLES = {
  title: { fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
  sub: { fontSize: 8, color: '#444444', margin: [0, 0, 0, 8] },
  th: { bold: true, fontSize: 7.5 },
  small: { fontSize: 6.5, color: '#444444' },
};
