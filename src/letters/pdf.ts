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

/** Renders a pdfmake document with the bundled Roboto fonts (which cover Indonesian text). */
export async function renderPdf(doc: Record<string, unknown>): Promise<Buffer> {
  const { pdfmake, fonts } = loadPdfmake();
  // pdfmake is a shared singleton: set the fonts right before creating, in the same tick.
  pdfmake.setFonts(fonts);
  return pdfmake.createPdf({ ...doc, defaultStyle: { font: 'Roboto', ...((doc.defaultStyle as object) ?? {}) } }).getBuffer();
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
