// The jobs the file sandbox's child process runs (src/documents/file-worker.ts), one at a time. Each
// applies the limits of file-limits.ts before a library walks the file. Loaded only in the child.
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import type { ParsedImport } from '../domain/dip/import-format.js';
import { extractText, type Extraction, type OcrTools } from './extract.js';
import { checkPdfLimits, checkZipInflated, isZip } from './file-limits.js';
import {
  readPages,
  readWords,
  redactPdf,
  renderPageImage,
  type EngineOptions,
  type PageImage,
  type PageSize,
  type PatternInput,
  type Rect,
  type RedactInput,
  type RedactResult,
  type Word,
} from './redact.js';
import { sniffBytesDirect, type Sniffed } from './sniff.js';
import { loadMarkablePdf, watermarkPdf, type Watermark } from './watermark.js';

type RedactLog = Omit<NonNullable<RedactInput['log']>, 'labelFor'> & { labels: Record<string, string> };

export type FileJob =
  | { type: 'sniff'; bytes?: Uint8Array; path?: string }
  | { type: 'markable'; bytes?: Uint8Array; path?: string }
  | { type: 'watermark'; bytes: Uint8Array; mark: Watermark }
  | { type: 'extract'; bytes: Uint8Array; mime: string; ocr?: OcrTools | null }
  | { type: 'dipImport'; bytes: Uint8Array }
  | { type: 'redactPages'; pdf: Uint8Array; opts?: EngineOptions }
  | { type: 'redactWords'; pdf: Uint8Array; pages: PageSize[]; opts?: EngineOptions & { first?: number; last?: number } }
  | { type: 'redactImage'; pdf: Uint8Array; page: number; opts?: EngineOptions & { dpi?: number; areas?: Rect[]; pages?: PageSize[] } }
  | { type: 'redactPdf'; pdf: Uint8Array; input: Omit<RedactInput, 'log'> & { log: RedactLog | null; patterns: PatternInput[] }; opts?: EngineOptions }
  /** For the sandbox's own tests: sleep, allocate, crash, or start a tool that sleeps. */
  | { type: 'probe'; action: 'echo' | 'sleep' | 'alloc' | 'crash' | 'spawnSleep'; ms?: number; pidFile?: string };

type Results = {
  sniff: Sniffed;
  markable: true;
  watermark: Uint8Array;
  extract: Extraction;
  dipImport: ParsedImport;
  redactPages: PageSize[];
  redactWords: Word[][];
  redactImage: PageImage;
  redactPdf: RedactResult;
  probe: { pid: number; childPid?: number };
};
export type FileJobResult<K extends FileJob['type']> = Results[K];

const asBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

async function bytesOf(job: { bytes?: Uint8Array; path?: string }): Promise<Buffer> {
  return job.bytes ? asBuffer(job.bytes) : await readFile(job.path!);
}

export async function runJob(job: FileJob): Promise<unknown> {
  switch (job.type) {
    case 'sniff': {
      const bytes = await bytesOf(job);
      // Limits first: a zip bomb is refused as such, not as "not an office document". The entries are
      // inflated and counted (headers can lie), so a stored office file is known to unpack within limits.
      if (isZip(bytes)) await checkZipInflated(bytes);
      const s = await sniffBytesDirect(bytes);
      if (s.kind === 'pdf') await checkPdfLimits(bytes);
      return s;
    }
    case 'markable': {
      const bytes = await bytesOf(job);
      await checkPdfLimits(bytes);
      await loadMarkablePdf(bytes);
      return true;
    }
    case 'watermark': {
      await checkPdfLimits(job.bytes);
      return watermarkPdf(job.bytes, job.mark);
    }
    case 'extract':
      return extractText(asBuffer(job.bytes), job.mime, job.ocr === undefined ? {} : { ocr: job.ocr });
    case 'dipImport': {
      const { parseImportFileDirect } = await import('../domain/dip/parse-import-file.js');
      return parseImportFileDirect(job.bytes);
    }
    case 'redactPages':
      await checkPdfLimits(job.pdf);
      return readPages(job.pdf, job.opts);
    case 'redactWords':
      return readWords(job.pdf, job.pages, job.opts);
    case 'redactImage':
      return renderPageImage(job.pdf, job.page, job.opts);
    case 'redactPdf': {
      await checkPdfLimits(job.pdf);
      const { log, ...rest } = job.input;
      const input: RedactInput = { ...rest, log: log ? { ...log, labelFor: (g: string) => log.labels[g] ?? g } : null };
      return redactPdf(job.pdf, input, job.opts);
    }
    case 'probe':
      return probe(job);
  }
}

async function probe(job: Extract<FileJob, { type: 'probe' }>): Promise<{ pid: number; childPid?: number }> {
  switch (job.action) {
    case 'echo':
      return { pid: process.pid };
    case 'sleep':
      await new Promise((r) => setTimeout(r, job.ms ?? 60_000));
      return { pid: process.pid };
    case 'alloc': {
      // The heap grows until V8 gives up at --max-old-space-size.
      const keep: number[][] = [];
      for (;;) {
        keep.push(new Array<number>(1_000_000).fill(keep.length + 0.5));
        if (keep.length % 8 === 0) await new Promise((r) => setImmediate(r));
      }
    }
    case 'crash':
      process.exit(3);
      break;
    case 'spawnSleep': {
      const child = spawn('sleep', ['600'], { stdio: 'ignore' });
      if (job.pidFile) await writeFile(job.pidFile, String(child.pid));
      await new Promise((r) => setTimeout(r, job.ms ?? 600_000));
      return { pid: process.pid, ...(child.pid ? { childPid: child.pid } : {}) };
    }
  }
  return { pid: process.pid };
}
