// The redaction engine's calls, each run in the file sandbox (a child process with limits of time and memory):
// page sizes, words, page images and the redacted PDF.
import type { EngineOptions, PageImage, PageSize, Rect, RedactInput, RedactResult, Word } from '../../documents/redact.js';
import { FILE_LIMITS } from '../../documents/file-limits.js';
import { runFileJob } from '../../documents/sandbox.js';

export function readPages(pdf: Uint8Array, opts?: EngineOptions): Promise<PageSize[]> {
  return runFileJob({ type: 'redactPages', pdf, ...(opts ? { opts } : {}) });
}

export function readWords(pdf: Uint8Array, pages: PageSize[], opts?: EngineOptions & { first?: number; last?: number }): Promise<Word[][]> {
  return runFileJob({ type: 'redactWords', pdf, pages, ...(opts ? { opts } : {}) });
}

export async function renderPageImage(pdf: Uint8Array, page: number, opts: EngineOptions & { areas?: Rect[]; pages?: PageSize[] }): Promise<PageImage> {
  const r = await runFileJob({ type: 'redactImage', pdf, page, opts });
  return { ...r, bytes: Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength) };
}

/** The log's labels are computed here (the child gets a table, not a function). */
export async function redactPdf(pdf: Uint8Array, input: RedactInput): Promise<RedactResult> {
  const { log, ...rest } = input;
  let sent = null;
  if (log) {
    const { labelFor, ...info } = log;
    const labels: Record<string, string> = {};
    for (const g of [...input.areas.map((a) => a.ground), ...input.patterns.map((p) => p.ground)]) labels[g] = labelFor(g);
    sent = { ...info, labels };
  }
  const r = await runFileJob({ type: 'redactPdf', pdf, input: { ...rest, log: sent } }, { timeoutMs: FILE_LIMITS.redactMs });
  return { ...r, pdf: Buffer.from(r.pdf.buffer, r.pdf.byteOffset, r.pdf.byteLength) };
}
