// The redaction engine on real PDFs with poppler: withheld phrases (marked area, text pattern, metadata)
// are gone from the released copy's text and bytes, its pages are pixels only, the black boxes are where
// they should be and nowhere else, the log page names the grounds, and bad input fails clearly.
import { execFileSync } from 'node:child_process';
import jpeg from 'jpeg-js';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  detectPoppler,
  matchPattern,
  readPages,
  readWords,
  redactPdf,
  renderPageImage,
  type PatternInput,
  type RedactInput,
  type Word,
} from '../../src/documents/redact.js';
import { groundLabel, groundReference } from '../../src/domain/redaction/grounds.js';
import { AppError } from '../../src/errors.js';
import { renderPdf } from '../../src/documents/pdf.js';
import { bytesContain, darkShare, pdfPagesText, PHRASES, renderGray, withheldPdf } from '../helpers/redaction.js';

const SLOW = 180_000;
const flat = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

const log: RedactInput['log'] = {
  letterhead: { body: undefined, logo: null },
  documentLabel: 'Laporan penanganan pengaduan (uji)',
  references: [{ label: 'Nomor register informasi', value: 'INF/DINKES/2026/0001' }],
  producedOn: '16 Maret 2026',
  producedBy: 'Rina Wulandari',
  reference: 'PH-0001',
  labelFor: (g) => `${groundReference(g)}: ${groundLabel(g)}`,
};

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

/** The box of a run of words as an officer would draw it: around them, with a small margin. */
function boxAround(words: Word[], phrase: string) {
  const parts = phrase.split(' ');
  const start = words.findIndex((_, i) => parts.every((p, k) => words[i + k]?.text === p));
  expect(start).toBeGreaterThanOrEqual(0);
  const ws = words.slice(start, start + parts.length);
  const x = Math.min(...ws.map((w) => w.x)) - 0.01;
  const y = Math.min(...ws.map((w) => w.y)) - 0.005;
  return { x, y, w: Math.max(...ws.map((w) => w.x + w.w)) + 0.01 - x, h: Math.max(...ws.map((w) => w.y + w.h)) + 0.005 - y };
}

describe('redaction engine', () => {
  let original: Buffer;
  let words: Word[][];

  beforeAll(async () => {
    expect(await detectPoppler()).not.toBeNull();
    original = await withheldPdf();
    words = await readWords(original, await readPages(original));
  }, SLOW);

  it(
    'removes a marked area and a pattern match, keeps the rest visible, and leaves no text of the original',
    async () => {
      // The fixture really holds the phrases (so the checks below can fail).
      const before = (await pdfPagesText(original)).map(flat);
      expect(before[0]).toContain(flat(PHRASES.area));
      expect(before[1]).toContain(flat(PHRASES.pattern));
      expect(bytesContain(original, PHRASES.area)).toBe(true);
      expect(bytesContain(original, PHRASES.pattern)).toBe(true);

      const area = { page: 1, ...boxAround(words[0]!, PHRASES.area), ground: 'a.2' };
      const result = await redactPdf(original, {
        areas: [area],
        patterns: [{ page: 2, pattern: 'rumah sakit   JIWA kalawa atei', ground: 'h.2' }],
        log,
        now: new Date('2026-03-16T02:00:00Z'),
      });
      expect(result.sourcePages).toBe(2);
      expect(result.pageCount).toBe(3);
      // Split over a line break: one match, two boxes.
      expect(result.matches).toEqual([1]);
      expect(result.areas.filter((a) => a.source.kind === 'pattern')).toHaveLength(2);

      const text = await pdfPagesText(result.pdf);
      expect(text).toHaveLength(3);
      // The pages of the original are pictures: no text at all, withheld or not.
      expect(text[0]!.trim()).toBe('');
      expect(text[1]!.trim()).toBe('');
      const all = flat(text.join(' '));
      for (const p of [PHRASES.area, PHRASES.pattern, 'Kalawa', 'Aminah']) expect(all).not.toContain(flat(p));
      expect(bytesContain(result.pdf, PHRASES.area)).toBe(false);
      expect(bytesContain(result.pdf, PHRASES.pattern)).toBe(false);
      expect(bytesContain(result.pdf, 'Aminah')).toBe(false);
      // Nothing of the original's fonts or metadata survives.
      const raw = result.pdf.toString('latin1');
      expect(raw).not.toMatch(/Roboto|FontFile|Q-Gesy tests/);

      // Pixels: the marked area and the pattern boxes are black; the public sentence is still there.
      const p1 = renderGray(result.pdf, 1, 72);
      expect(darkShare(p1, { x: area.x + 0.01, y: area.y + 0.004, w: area.w - 0.02, h: area.h - 0.008 })).toBeGreaterThan(0.99);
      const publicBox = boxAround(words[0]!, PHRASES.public);
      const publicDark = darkShare(p1, publicBox, 128);
      expect(publicDark).toBeGreaterThan(0.03);
      expect(publicDark).toBeLessThan(0.5);
      // Outside the area nothing else was blacked out: the page is mostly white.
      expect(darkShare(p1, { x: 0, y: 0, w: 1, h: 1 })).toBeLessThan(0.05);
      const p2 = renderGray(result.pdf, 2, 72);
      for (const a of result.areas.filter((x) => x.page === 2)) {
        expect(darkShare(p2, { x: a.x + 0.003, y: a.y + 0.003, w: a.w - 0.006, h: a.h - 0.006 })).toBeGreaterThan(0.99);
      }
      expect(darkShare(p2, boxAround(words[1]!, 'Anggaran pemeliharaan jembatan kedua'), 128)).toBeLessThan(0.5);
    },
    SLOW,
  );

  it(
    'reads the kept text back by OCR and finds no withheld words there (when tesseract is installed)',
    async () => {
      let hasTesseract = true;
      try {
        execFileSync('tesseract', ['--version'], { stdio: 'ignore' });
      } catch {
        hasTesseract = false;
      }
      if (!hasTesseract) return;
      const result = await redactPdf(original, {
        areas: [{ page: 1, ...boxAround(words[0]!, PHRASES.area), ground: 'h' }],
        patterns: [{ page: null, pattern: PHRASES.pattern, ground: 'h.2' }],
        log: null,
        now: new Date(),
      });
      const ocr = (page: number) =>
        execFileSync('sh', ['-c', `pdftoppm -r 200 -gray -png -f ${page} -l ${page} -singlefile - | tesseract stdin stdout -l ind+eng 2>/dev/null`], {
          input: result.pdf,
          maxBuffer: 1 << 24,
        }).toString('utf8');
      const one = flat(ocr(1));
      const two = flat(ocr(2));
      expect(one).toContain('anggaran pemeliharaan jembatan');
      expect(one).not.toContain('aminah');
      expect(two).toContain('tetap terbuka');
      expect(two).not.toContain('kalawa');
    },
    SLOW,
  );

  it(
    'appends the Lembar Keterangan Penghitaman with page, ground and label of every area, never the text',
    async () => {
      const result = await redactPdf(original, {
        areas: [{ page: 1, ...boxAround(words[0]!, PHRASES.area), ground: 'a.2' }],
        patterns: [
          { page: null, pattern: PHRASES.pattern, ground: 'h.2' },
          { page: 2, pattern: '', kind: 'nik', ground: 'h' },
          { page: 2, pattern: '', kind: 'email', ground: 'h' },
        ],
        log,
        now: new Date(),
      });
      expect(result.matches).toEqual([1, 1, 1]);
      const text = await pdfPagesText(result.pdf);
      const page = flat(text[2]!);
      expect(page).toContain('lembar keterangan penghitaman');
      expect(page).toContain('pasal 22 ayat (7) huruf e');
      expect(page).toContain(flat(log!.documentLabel));
      expect(page).toContain('inf/dinkes/2026/0001');
      expect(page).toContain('rina wulandari');
      expect(page).toContain('16 maret 2026');
      expect(page).toContain(flat('Pasal 17 huruf a angka 2: mengungkapkan identitas informan'));
      expect(page).toContain(flat('Pasal 17 huruf h angka 2: riwayat, kondisi dan perawatan'));
      expect(page).toContain(flat('Pasal 17 huruf h: mengungkap rahasia pribadi'));
      expect(page).toContain('area yang ditandai');
      expect(page).toContain(flat('Teks yang cocok dengan pola 1 (1 tempat)'));
      for (const p of [PHRASES.area, PHRASES.pattern, '6271', 'pelapor.rahasia']) expect(page).not.toContain(flat(p));
      expect(flat(text.join(' '))).not.toContain('contoh.go.id');
    },
    SLOW,
  );

  it(
    'refuses a pattern that is found nowhere, naming its row and not its text',
    async () => {
      const err = await refusal(
        redactPdf(original, {
          areas: [],
          patterns: [
            { page: null, pattern: PHRASES.pattern, ground: 'h' },
            { page: 1, pattern: 'Kalawa Atei', ground: 'h' },
          ],
          log: null,
          now: new Date(),
        }),
      );
      expect(err.status).toBe(422);
      expect(err.code).toBe('redaction_pattern_not_found');
      expect(err.messages.id).toContain('baris 2');
      expect(err.messages.id + err.messages.en).not.toContain('Kalawa');
    },
    SLOW,
  );

  it(
    'follows rotated pages and crop boxes: the pattern box is black where the text is shown',
    async () => {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const rotated = doc.addPage([595, 842]);
      rotated.drawText('Nomor rekening Bank Kalteng 0123456789 milik pegawai', { x: 60, y: 600, size: 14, font });
      rotated.setRotation(degrees(90));
      const cropped = doc.addPage([595, 842]);
      cropped.drawText('Alamat rumah Jalan Tjilik Riwut km 5', { x: 120, y: 500, size: 14, font });
      cropped.setCropBox(100, 100, 400, 600);
      const pdf = Buffer.from(await doc.save());
      const pages = await readPages(pdf);
      expect(pages).toEqual([
        { width: 842, height: 595 },
        { width: 400, height: 600 },
      ]);
      const result = await redactPdf(pdf, {
        areas: [],
        patterns: [
          { page: 1, pattern: '0123456789', ground: 'h.3' },
          { page: 2, pattern: 'Jalan Tjilik Riwut', ground: 'h' },
        ],
        log: null,
        now: new Date(),
      });
      expect(result.matches).toEqual([1, 1]);
      expect(await pdfPagesText(result.pdf)).toEqual(['', '']);
      const out = await PDFDocument.load(result.pdf);
      expect(out.getPages().map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())])).toEqual([
        [842, 595],
        [400, 600],
      ]);
      for (const a of result.areas) {
        const img = renderGray(result.pdf, a.page, 72);
        expect(darkShare(img, { x: a.x + 0.004, y: a.y + 0.004, w: a.w - 0.008, h: a.h - 0.008 })).toBeGreaterThan(0.99);
        expect(darkShare(img, { x: 0, y: 0, w: 1, h: 1 })).toBeLessThan(0.1);
      }
    },
    SLOW,
  );

  it(
    'redacts a scanned page (an image, no text layer) by its marked area, as JPEG pixels',
    async () => {
      // A "scan": the fixture's first page rendered, given paper grain (noise), as a JPEG on an A4 page.
      const clean = execFileSync('pdftoppm', ['-r', '100', '-jpeg', '-f', '1', '-l', '1', '-singlefile', '-'], { input: original, maxBuffer: 1 << 26 });
      const raw = jpeg.decode(clean, { useTArray: true });
      let seed = 7;
      for (let i = 0; i < raw.data.length; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        if (i % 4 !== 3) raw.data[i] = Math.max(0, Math.min(255, raw.data[i]! * 0.85 + 20 + ((seed / 2147483648) * 50 - 25)));
      }
      const jpg = jpeg.encode({ data: raw.data, width: raw.width, height: raw.height }, 80).data;
      const doc = await PDFDocument.create();
      const img = await doc.embedJpg(jpg);
      doc.addPage([595.28, 841.89]).drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
      doc.addPage([595.28, 841.89]).drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
      const scan = Buffer.from(await doc.save());
      expect((await readWords(scan, await readPages(scan))).flat()).toEqual([]);
      const box = boxAround(words[0]!, PHRASES.area);
      const result = await redactPdf(scan, { areas: [{ page: 2, ...box, ground: 'h' }], patterns: [], log: null, now: new Date() });
      // Scans are kept as JPEG (Flate would make them several times larger).
      expect(result.pdf.toString('latin1').match(/DCTDecode/g)).toHaveLength(2);
      expect(result.pdf.length).toBeLessThan(2 * scan.length);
      const one = renderGray(result.pdf, 1, 72);
      const two = renderGray(result.pdf, 2, 72);
      // Page 2 has the box; page 1 (nothing marked) still shows the phrase's ink.
      expect(darkShare(two, { x: box.x + 0.01, y: box.y + 0.004, w: box.w - 0.02, h: box.h - 0.008 })).toBeGreaterThan(0.99);
      const inkOne = darkShare(one, box, 128);
      expect(inkOne).toBeGreaterThan(0.03);
      expect(inkOne).toBeLessThan(0.6);
    },
    SLOW,
  );

  it(
    'renders a page image for marking and a preview with the areas already black',
    async () => {
      const box = boxAround(words[0]!, PHRASES.area);
      const plain = await renderPageImage(original, 1, { dpi: 50 });
      const preview = await renderPageImage(original, 1, { dpi: 50, areas: [box] });
      expect(plain.mime).toBe('image/jpeg');
      expect(plain.bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      expect([plain.width, plain.height]).toEqual([414, 585]);
      expect(preview.bytes.equals(plain.bytes)).toBe(false);
      const err = await refusal(renderPageImage(original, 3));
      expect(err.code).toBe('redaction_no_such_page');
      expect(err.messages.id).toContain('2 halaman');
    },
    SLOW,
  );

  it(
    'refuses what it cannot redact with a clear message: not a PDF, damaged, password, too many pages, no poppler',
    async () => {
      const notPdf = await refusal(redactPdf(Buffer.from('MZ\x90\x00 bukan pdf sama sekali'), { areas: [], patterns: [], log: null, now: new Date() }));
      expect([notPdf.status, notPdf.code]).toEqual([415, 'redaction_not_pdf']);
      expect(notPdf.messages.id).toContain('Hanya dokumen PDF');

      const damaged = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]);
      const broken = await refusal(readPages(damaged));
      expect([broken.status, broken.code]).toEqual([422, 'redaction_pdf_broken']);
      expect(broken.messages.id).toContain('rusak');
      // Cut in half: the cross-reference table and half the objects are gone.
      const truncated = await refusal(
        redactPdf(original.subarray(0, Math.floor(original.length / 3)), { areas: [], patterns: [], log: null, now: new Date() }),
      );
      expect(truncated.code).toMatch(/^redaction_pdf_broken$/);

      const locked = await renderPdf({ userPassword: 'rahasia', ownerPassword: 'pemilik', content: ['Terkunci'] });
      const enc = await refusal(readPages(locked));
      expect([enc.status, enc.code]).toEqual([422, 'redaction_pdf_encrypted']);
      expect(enc.messages.id).toContain('kata sandi');
      // Only an owner password (restrictions, no password to open): it opens and is redacted.
      const restricted = await renderPdf({ ownerPassword: 'pemilik', permissions: { copying: false }, content: ['Dibatasi'] });
      expect((await redactPdf(restricted, { areas: [], patterns: [], log: null, now: new Date() })).pageCount).toBe(1);

      const many = await refusal(readPages(original, { maxPages: 1 }));
      expect([many.status, many.code]).toEqual([422, 'redaction_too_many_pages']);
      expect(many.messages.id).toContain('lebih dari 1 halaman (2)');

      for (const tools of [null, { pdftoppm: '/nonexistent/pdftoppm', pdftotext: '/nonexistent/pdftotext', pdfinfo: '/nonexistent/pdfinfo' }]) {
        const missing = await refusal(redactPdf(original, { areas: [], patterns: [], log: null, now: new Date() }, { tools }));
        expect([missing.status, missing.code]).toEqual([503, 'redaction_unavailable']);
        expect(missing.messages.id).toContain('poppler-utils');
      }

      const noPage = await refusal(
        redactPdf(original, { areas: [{ page: 5, x: 0, y: 0, w: 0.1, h: 0.1, ground: 'h' }], patterns: [], log: null, now: new Date() }),
      );
      expect(noPage.code).toBe('redaction_no_such_page');
    },
    SLOW,
  );
});

describe('matching a pattern on the words of a page', () => {
  // Two lines: "Ibu Siti Aminah, warga" / "Kelurahan Pahandut NIK 6271031234560007 telp 0812-3456-7890".
  const line = (y: number, ...ws: string[]): Word[] => ws.map((text, i) => ({ text, x: 0.1 + i * 0.12, y, w: 0.1, h: 0.02 }));
  const words = [
    ...line(0.1, 'Ibu', 'Siti', 'Aminah,', 'warga'),
    ...line(0.13, 'Kelurahan', 'Pahandut', 'NIK', '6271031234560007', 'telp', '0812-3456-7890', 'Surel:', 'siti@contoh.id'),
  ];
  const m = (pattern: string, kind?: PatternInput['kind']) => matchPattern(words, { pattern, kind });

  it('matches whole words, ignoring case and spacing, across a line break', () => {
    expect(m('siti aminah').occurrences).toBe(1);
    expect(m('SITI   AMINAH').rects).toHaveLength(1);
    // "aminah," takes its comma; across the line break: two boxes for one match.
    const across = m('warga kelurahan');
    expect(across.occurrences).toBe(1);
    expect(across.rects).toHaveLength(2);
    // Part of a word is not a match ("Ami" in "Aminah"), and neither is a phrase not there.
    expect(m('ami').occurrences).toBe(0);
    expect(m('siti pahandut').occurrences).toBe(0);
    expect(m('').occurrences).toBe(0);
    // The box covers the words, a little larger, never beyond the page.
    const r = m('siti aminah').rects[0]!;
    expect(r.x).toBeLessThan(0.22);
    expect(r.x + r.w).toBeGreaterThan(0.44);
    expect(r.y).toBeLessThan(0.1);
    expect(r.y + r.h).toBeGreaterThan(0.12);
    expect(r.y + r.h).toBeLessThan(0.13);
  });

  it('finds personal data by shape: NIK, phone number, email', () => {
    expect(m('', 'nik').occurrences).toBe(1);
    expect(m('', 'phone').occurrences).toBe(1);
    expect(m('', 'email').occurrences).toBe(1);
    expect(m('', 'nip').occurrences).toBe(0);
    const grouped = matchPattern(line(0.5, 'NIK', '6271', '0312', '3456', '0007', 'dan', '19700101', '199001', '1', '001'), { pattern: '', kind: 'nik' });
    expect(grouped.occurrences).toBe(1);
    expect(grouped.rects).toHaveLength(1);
    expect(matchPattern(line(0.5, 'NIP', '19700101', '199001', '1', '001'), { pattern: '', kind: 'nip' }).occurrences).toBe(1);
  });
});
