// Running poppler-utils (pdftoppm, pdftotext, pdfinfo, pdfimages): detected once per process, each run with
// the document on stdin, a time limit and an output limit; its failures mapped onto the errors a user sees.
import { spawn } from 'node:child_process';
import { redactionErrors } from './errors.js';

export type PopplerTools = { pdftoppm: string; pdftotext: string; pdfinfo: string; pdfimages?: string };

export type EngineOptions = {
  /** Poppler tools; undefined = detect once per process, null = none (every call fails with `unavailable`). */
  tools?: PopplerTools | null | undefined;
  maxPages?: number;
  timeoutMs?: number;
};

export class ToolError extends Error {
  constructor(
    readonly code: number | null,
    readonly stderr: string,
    readonly timedOut: boolean,
  ) {
    super(`tool exited with ${timedOut ? 'timeout' : `code ${code}`}`);
  }
}

/** Runs a tool with `input` on stdin and returns its stdout; kills it on timeout or too much output. */
export function runTool(cmd: string, args: string[], input: Uint8Array | null, opts: { timeoutMs: number; maxBytes: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const out: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let timedOut = false;
    let overflow = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.stdout.on('data', (c: Buffer) => {
      size += c.length;
      if (size > opts.maxBytes) {
        overflow = true;
        child.kill('SIGKILL');
      } else out.push(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      if (stderr.length < 4096) stderr += c.toString('utf8');
    });
    // The tool may exit before reading all of a broken input.
    child.stdin.on('error', () => {});
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0 && !overflow && !timedOut) resolve(Buffer.concat(out));
      else reject(new ToolError(code, overflow ? 'output too large' : stderr, timedOut));
    });
    if (input) child.stdin.end(input);
    else child.stdin.end();
  });
}

/** Maps a poppler failure on reading the document onto the error a user should see. */
export function toolFailure(err: unknown): Error {
  if ((err as NodeJS.ErrnoException).code === 'ENOENT') return redactionErrors.unavailable();
  if (err instanceof ToolError) {
    if (err.timedOut) return redactionErrors.timeout();
    if (/incorrect password|encrypt/i.test(err.stderr)) return redactionErrors.encrypted();
    if (err.code === 1) return redactionErrors.broken();
    // No stderr in the message: it goes to the log, and the log never carries document content.
    return new Error(`poppler failed (${err.code ?? 'signal'})`);
  }
  return err instanceof Error ? err : new Error(String(err));
}

let detected: Promise<PopplerTools | null> | undefined;

/** pdftoppm, pdftotext and pdfinfo, detected once per process (null when poppler-utils is missing). */
export function detectPoppler(): Promise<PopplerTools | null> {
  detected ??= (async () => {
    const tools: PopplerTools = { pdftoppm: 'pdftoppm', pdftotext: 'pdftotext', pdfinfo: 'pdfinfo', pdfimages: 'pdfimages' };
    for (const cmd of Object.values(tools)) {
      try {
        await runTool(cmd, ['-v'], null, { timeoutMs: 10_000, maxBytes: 1 << 16 });
      } catch (err) {
        // `-v` exits 0 on current poppler and 99 on old releases; only a missing binary matters.
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      }
    }
    return tools;
  })();
  return detected;
}

export async function requireTools(tools: PopplerTools | null | undefined): Promise<PopplerTools> {
  const t = tools === undefined ? await detectPoppler() : tools;
  if (!t) throw redactionErrors.unavailable();
  return t;
}

/** One warning line at start-up when poppler-utils is missing (`qgesy serve`); the redaction pages explain it too. */
export async function warnIfNoPoppler(logger: { warn(msg: string): void }): Promise<void> {
  if (await detectPoppler()) return;
  logger.warn(
    'pdftoppm/pdftotext (poppler-utils) tidak ditemukan: penghitaman PDF tidak tersedia; pasang paket poppler-utils / not found: PDF redaction is unavailable; install the poppler-utils package',
  );
}
