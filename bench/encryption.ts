// Encryption at rest and the watermark, measured: AES-256-GCM encrypt/decrypt throughput against a plain
// copy of the same bytes (the baseline), streamed encryption of a file, and the PDF watermark per page.
// Prints figures; asserts nothing. Run: npx tsx bench/encryption.ts [--mb 64] [--pages 200]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { localBlobStore } from '../src/documents/blob-store.js';
import { decryptBytes, encryptBytes, ensureKeyFile, keyRing, openEncrypted, storeEncrypted } from '../src/documents/encryption.js';
import { watermarkPdf } from '../src/documents/watermark.js';
import { fmt, machineLine } from './lib.js';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '64' }, pages: { type: 'string', default: '200' } } });
const MB = Number(values.mb);
const PAGES = Number(values.pages);

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}
async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}
const rate = (bytes: number, ms: number) => `${fmt(bytes / 2 ** 20 / (ms / 1000), 0)} MB/s`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-bench-enc-'));
try {
  console.log(machineLine());
  const data = randomBytes(MB * 2 ** 20);
  const key = randomBytes(32);
  const [, copyMs] = time(() => Buffer.from(data));
  const [blob, encMs] = time(() => encryptBytes(key, data));
  const [, decMs] = time(() => decryptBytes(key, blob));
  console.log(
    `in memory, ${MB} MB: copy (baseline) ${rate(data.length, copyMs)}, encrypt ${rate(data.length, encMs)}, decrypt and verify ${rate(data.length, decMs)}`,
  );

  const keyFile = path.join(dir, 'master.key');
  ensureKeyFile(keyFile);
  const deps = { blobs: localBlobStore(path.join(dir, 'blobs')), keys: keyRing(keyFile) };
  const src = path.join(dir, 'upload.bin');
  writeFileSync(src, data);
  const [row, storeMs] = await timeAsync(() => storeEncrypted(deps, { path: src }, 'application/octet-stream'));
  const [, openMs] = await timeAsync(() => openEncrypted(deps, row));
  console.log(`through the local blob store, ${MB} MB: streamed encrypt + store ${rate(data.length, storeMs)}, read + decrypt ${rate(data.length, openMs)}`);

  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < PAGES; i++) {
    const p = doc.addPage([595, 842]);
    for (let l = 0; l < 40; l++) p.drawText(`Halaman ${i + 1}, baris ${l + 1}: laporan hasil pemeriksaan khusus`, { x: 40, y: 800 - l * 18, size: 10, font });
  }
  const pdf = await doc.save();
  const mark = { headline: 'RAHASIA', line: 'RAHASIA · dibuka oleh Petugas Uji <uji@contoh.go.id> · 1 Des 2026 10.15 WIB' };
  await watermarkPdf(pdf, mark); // warm-up
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) runs.push((await timeAsync(() => watermarkPdf(pdf, mark)))[1]);
  runs.sort((a, b) => a - b);
  const [, loadMs] = await timeAsync(async () => (await PDFDocument.load(pdf)).save());
  console.log(
    `watermark, ${PAGES} pages (${fmt(pdf.length / 1024)} KiB): median ${fmt(runs[2]!, 0)} ms (${fmt(runs[2]! / PAGES, 2)} ms a page); load + save without marks (baseline) ${fmt(loadMs, 0)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
