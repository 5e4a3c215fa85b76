// Redaction tests: a real PDF with withheld phrases (pdfmake, so with a real font and text layer), its
// text read back with unpdf, and its pages rendered to pixels with pdftoppm to look at the black boxes.
import { execFileSync } from 'node:child_process';
import { extractText, getDocumentProxy } from 'unpdf';
import { renderPdf } from '../../src/documents/pdf.js';

/** Phrases of the fixture: two withheld (one marked as an area, one found by a pattern), one public. */
export const PHRASES = {
  /** On page 1, line 3: removed by a marked area. */
  area: 'Siti Aminah binti Suparman',
  /** On page 2, split over a line break: removed by a text pattern. */
  pattern: 'Rumah Sakit Jiwa Kalawa Atei',
  /** On page 1, line 5 and page 2: must stay readable. */
  public: 'Anggaran pemeliharaan jembatan',
};

/**
 * A two-page A4 letter. Page 1: the area phrase alone on its line; page 2: the pattern phrase broken over
 * two lines (a fixed-width column forces the break), plus a NIK and an email for the shape patterns.
 */
export async function withheldPdf(): Promise<Buffer> {
  return renderPdf({
    pageSize: 'A4',
    pageMargins: [60, 60, 60, 60],
    defaultStyle: { fontSize: 14 },
    // Withheld words in the metadata too: a copy that kept the original's metadata would leak them.
    info: { title: 'Berkas uji penghitaman', author: 'Q-Gesy tests', subject: PHRASES.pattern, keywords: PHRASES.area },
    content: [
      { text: 'LAPORAN PENANGANAN PENGADUAN', bold: true, margin: [0, 0, 0, 20] },
      { text: 'Pelapor dalam perkara ini adalah:', margin: [0, 0, 0, 10] },
      { text: PHRASES.area, margin: [0, 0, 0, 40] },
      { text: 'Keterangan umum yang boleh diketahui publik:', margin: [0, 0, 0, 10] },
      { text: `${PHRASES.public} Tumbang Nusa tahun 2026.`, margin: [0, 0, 0, 10] },
      { text: '', pageBreak: 'after' },
      { text: 'Lanjutan laporan', bold: true, margin: [0, 0, 0, 20] },
      // A narrow column so the phrase breaks after "Jiwa".
      {
        columns: [
          { width: 230, text: `Pelapor dirawat di ${PHRASES.pattern} sejak bulan Januari.` },
          { width: '*', text: '' },
        ],
        margin: [0, 0, 0, 20],
      },
      { text: 'NIK pelapor: 6271 0312 3456 0007', margin: [0, 0, 0, 10] },
      { text: 'Surel: pelapor.rahasia@contoh.go.id', margin: [0, 0, 0, 10] },
      { text: `${PHRASES.public} kedua tetap terbuka.` },
    ],
  });
}

/** The text of each page, read back with unpdf (pdf.js). */
export async function pdfPagesText(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  try {
    return (await extractText(doc, { mergePages: false })).text;
  } finally {
    await doc.destroy();
  }
}

export type Gray = { width: number; height: number; pixels: Buffer };

/** One page rendered in grey with pdftoppm (the way the brief asks PDFs to be looked at). */
export function renderGray(bytes: Uint8Array, page: number, dpi = 60): Gray {
  const out = execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), '-singlefile', '-'], {
    input: bytes,
    maxBuffer: 256 << 20,
  });
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(out.subarray(0, 40).toString('latin1'))!;
  return { width: Number(m[1]), height: Number(m[2]), pixels: out.subarray(m[0].length) };
}

/** Share of pixels darker than `threshold` inside a rectangle given in page fractions. */
export function darkShare(img: Gray, r: { x: number; y: number; w: number; h: number }, threshold = 60): number {
  const x0 = Math.ceil(r.x * img.width);
  const y0 = Math.ceil(r.y * img.height);
  const x1 = Math.floor((r.x + r.w) * img.width);
  const y1 = Math.floor((r.y + r.h) * img.height);
  let dark = 0;
  let all = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      all++;
      if (img.pixels[y * img.width + x]! < threshold) dark++;
    }
  }
  return all ? dark / all : 0;
}

/** Whether the bytes hold the phrase as a PDF may store plain text: Latin-1, UTF-16BE, or either in hex. */
export function bytesContain(bytes: Uint8Array, phrase: string): boolean {
  const b = Buffer.from(bytes);
  const forms = [Buffer.from(phrase, 'latin1'), Buffer.from(phrase, 'utf16le').swap16()];
  const hex = forms.flatMap((f) => [f.toString('hex'), f.toString('hex').toUpperCase()].map((h) => Buffer.from(h, 'latin1')));
  return [...forms, ...hex].some((f) => b.includes(f));
}
