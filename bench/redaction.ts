// Time and size of a released copy: a 20-page A4 scan (noisy JPEG pages, the usual archive document) and a
// 20-page text PDF (as exported from a word processor), each with one marked area on two pages and a text
// pattern on every page, plus the log page. Prints seconds and bytes per page; asserts nothing.
// Usage: npx tsx bench/redaction.ts [--pages 20] [--dpi 150]
import { execFileSync } from 'node:child_process';
import jpeg from 'jpeg-js';
import { PDFDocument } from 'pdf-lib';
import { redactPdf, REDACTION_LIMITS, type RedactInput } from '../src/documents/redact.js';
import { groundLabel, groundReference } from '../src/domain/redaction/grounds.js';
import { renderPdf } from '../src/documents/pdf.js';
import { flags, fmt, intFlag, machineLine, prng, seconds } from './lib.js';

const args = flags();
const PAGES = intFlag(args, 'pages', 20);
const DPI = intFlag(args, 'dpi', REDACTION_LIMITS.dpi);
const random = prng(42);
const WORDS =
  'pemerintah kota palangka raya dinas kesehatan laporan kegiatan anggaran tahun pelaksanaan program jalan jembatan sekolah rumah sakit warga kelurahan kecamatan'.split(
    ' ',
  );
const sentence = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');

async function textPdf(): Promise<Buffer> {
  const content: unknown[] = [];
  for (let p = 0; p < PAGES; p++) {
    content.push({ text: `Halaman ${p + 1}: laporan atas nama Siti Aminah binti Suparman`, bold: true, margin: [0, 0, 0, 8] });
    for (let l = 0; l < 14; l++) content.push({ text: sentence(40), margin: [0, 0, 0, 6] });
    if (p < PAGES - 1) content.push({ text: '', pageBreak: 'after' });
  }
  return renderPdf({ pageSize: 'A4', defaultStyle: { fontSize: 10 }, content });
}

/** The text pages, rendered at 200 dpi, given paper tint and grain, as JPEG q80: a typical office scan. */
async function scanPdf(text: Buffer): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let p = 1; p <= PAGES; p++) {
    const clean = execFileSync('pdftoppm', ['-r', '200', '-jpeg', '-f', String(p), '-l', String(p), '-singlefile', '-'], { input: text, maxBuffer: 1 << 28 });
    const raw = jpeg.decode(clean, { useTArray: true, maxMemoryUsageInMB: 1024 });
    for (let i = 0; i < raw.data.length; i += 4) {
      const grain = (random() - 0.5) * 30;
      raw.data[i] = Math.max(0, Math.min(255, raw.data[i]! * 0.88 + 22 + grain));
      raw.data[i + 1] = Math.max(0, Math.min(255, raw.data[i + 1]! * 0.88 + 20 + grain));
      raw.data[i + 2] = Math.max(0, Math.min(255, raw.data[i + 2]! * 0.88 + 12 + grain));
    }
    const img = await doc.embedJpg(jpeg.encode({ data: raw.data, width: raw.width, height: raw.height }, 80).data);
    doc.addPage([595.28, 841.89]).drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return Buffer.from(await doc.save());
}

const input = (patterns: boolean): RedactInput => ({
  areas: [
    { page: 1, x: 0.1, y: 0.05, w: 0.6, h: 0.04, ground: 'h' },
    { page: Math.min(2, PAGES), x: 0.1, y: 0.3, w: 0.8, h: 0.1, ground: 'h.2' },
  ],
  patterns: patterns ? [{ page: null, pattern: 'Siti Aminah binti Suparman', ground: 'h' }] : [],
  log: {
    letterhead: { body: undefined, logo: null },
    documentLabel: 'Dokumen uji kinerja',
    references: [],
    producedOn: '16 Maret 2026',
    producedBy: 'bench',
    reference: 'BENCH',
    labelFor: (g) => `${groundReference(g)}: ${groundLabel(g)}`,
  },
  dpi: DPI,
  now: new Date(),
});

async function measure(label: string, pdf: Buffer, patterns: boolean) {
  // One warm-up run (pdfmake's fonts, JIT), then the measured one.
  await redactPdf(pdf, input(patterns));
  const t = performance.now();
  const r = await redactPdf(pdf, input(patterns));
  const s = seconds(t);
  console.log(
    `${label}: ${PAGES} pages, in ${fmt(pdf.length / 1024)} KB; released copy ${fmt(r.pdf.length / 1024)} KB (${fmt(r.pdf.length / PAGES / 1024)} KB per page), ` +
      `${fmt(s, 2)} s (${fmt(s / PAGES, 3)} s per page), ${r.areas.length} areas`,
  );
}

console.log(machineLine());
console.log(`released pages at ${DPI} dpi`);
const text = await textPdf();
await measure('text PDF', text, true);
await measure('scanned PDF', await scanPdf(text), false);
