// The file sandbox: every piece of work on an uploaded file (type check, text extraction and OCR,
// watermarking, redaction, spreadsheet import) runs in a child process (src/documents/file-worker.ts),
// never on the server's thread. Each child has a heap cap (--max-old-space-size), is watched for resident
// memory, and has a time limit; on either it is killed with its whole process group (poppler and tesseract
// included). At most FILE_LIMITS.children run at once, FILE_LIMITS.queue jobs wait, and beyond that the
// caller gets a BusyError (HTTP 503 with Retry-After). A file that kills its child gets a 422 with a code
// (file_timeout, file_memory, file_crash); the server and the other jobs carry on.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../errors.js';
import { BusyError, FILE_LIMITS, limitErrors } from './file-limits.js';
import type { FileJob, FileJobResult } from './file-jobs.js';

export type JobOptions = { timeoutMs?: number; signal?: AbortSignal | undefined };

type Waiting = {
  job: FileJob;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
};

type Child = {
  proc: ChildProcess;
  busy: Waiting | null;
  stderr: string;
  idle: NodeJS.Timeout | undefined;
  dead: boolean;
  /** Why we killed it, to tell the waiting caller. */
  killedFor: AppError | null;
};

const IDLE_MS = 30_000;
const RSS_POLL_MS = 200;
/** Scheduling priority of a child (nice value; 0 = the server's own). */
const CHILD_NICE = 10;

function workerEntry(): { file: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  const dir = path.dirname(here);
  const heap = `--max-old-space-size=${FILE_LIMITS.heapMb}`;
  if (here.endsWith('.ts')) return { file: path.join(dir, 'file-worker.ts'), execArgv: [heap, '--import', 'tsx'] };
  // Bundled: dist/main.js next to dist/file-worker.js.
  const js = path.join(dir, 'file-worker.js');
  if (existsSync(js)) return { file: js, execArgv: [heap] };
  // Run from source by a loader other than Vitest/tsx (should not happen): fall back to the TypeScript entry.
  return { file: path.join(dir, 'file-worker.ts'), execArgv: [heap, '--import', 'tsx'] };
}

let nextId = 1;

class Sandbox {
  private children = new Set<Child>();
  private queue: Waiting[] = [];
  private stopped = false;
  private rssTimer: NodeJS.Timeout | undefined;

  run<T>(job: FileJob, opts: JobOptions = {}): Promise<T> {
    if (this.stopped) return Promise.reject(new BusyError(30));
    opts.signal?.throwIfAborted();
    const busy = [...this.children].filter((c) => c.busy).length;
    if (busy >= FILE_LIMITS.children && this.queue.length >= FILE_LIMITS.queue) return Promise.reject(new BusyError());
    return new Promise<T>((resolve, reject) => {
      const w: Waiting = { job, timeoutMs: opts.timeoutMs ?? FILE_LIMITS.defaultMs, signal: opts.signal, resolve: resolve as (v: unknown) => void, reject };
      this.queue.push(w);
      opts.signal?.addEventListener(
        'abort',
        () => {
          const i = this.queue.indexOf(w);
          if (i >= 0) {
            this.queue.splice(i, 1);
            reject(opts.signal!.reason);
            return;
          }
          for (const c of this.children)
            if (c.busy === w) this.kill(c, opts.signal!.reason instanceof AppError ? opts.signal!.reason : null, opts.signal!.reason);
        },
        { once: true },
      );
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length && !this.stopped) {
      let child = [...this.children].find((c) => !c.busy && !c.dead);
      if (!child) {
        if (this.children.size >= FILE_LIMITS.children) return;
        child = this.spawn();
      }
      this.dispatch(child, this.queue.shift()!);
    }
  }

  private spawn(): Child {
    const { file, execArgv } = workerEntry();
    const proc = fork(file, [], {
      execArgv,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      // Its own process group, so that a kill reaches the tools it started too.
      detached: true,
    });
    // File work is background work: the server's own thread gets the CPU first (health checks, pages).
    if (proc.pid) {
      try {
        setPriority(proc.pid, CHILD_NICE);
      } catch {
        // not permitted here: run at normal priority
      }
    }
    const child: Child = { proc, busy: null, stderr: '', idle: undefined, dead: false, killedFor: null };
    proc.stderr?.on('data', (d: Buffer) => {
      child.stderr = (child.stderr + d.toString('utf8')).slice(-8192);
    });
    proc.on('message', (msg: { id: number; ok: boolean; result?: unknown; error?: SerializedError }) => this.onMessage(child, msg));
    proc.on('exit', (code, signal) => this.onExit(child, code, signal));
    proc.on('error', () => {});
    this.children.add(child);
    this.watchRss();
    return child;
  }

  private dispatch(child: Child, w: Waiting): void {
    if (child.idle) clearTimeout(child.idle);
    child.idle = undefined;
    child.busy = w;
    child.proc.ref();
    (child.proc.channel as { ref?: () => void } | undefined)?.ref?.();
    const id = nextId++;
    (w as Waiting & { id?: number }).id = id;
    const timer = setTimeout(() => this.kill(child, limitErrors.timeout(w.timeoutMs)), w.timeoutMs);
    (w as Waiting & { timer?: NodeJS.Timeout }).timer = timer;
    child.proc.send({ id, job: w.job }, (err) => {
      if (err) this.kill(child, limitErrors.crash());
    });
  }

  private settle(child: Child): Waiting | null {
    const w = child.busy;
    if (!w) return null;
    clearTimeout((w as Waiting & { timer?: NodeJS.Timeout }).timer);
    child.busy = null;
    return w;
  }

  private onMessage(child: Child, msg: { id: number; ok: boolean; result?: unknown; error?: SerializedError }): void {
    const w = child.busy;
    if (!w || (w as Waiting & { id?: number }).id !== msg.id) return;
    this.settle(child);
    if (msg.ok) w.resolve(msg.result);
    else w.reject(deserializeError(msg.error));
    if (!child.dead) {
      child.proc.unref();
      (child.proc.channel as { unref?: () => void } | undefined)?.unref?.();
      child.idle = setTimeout(() => this.kill(child, null), IDLE_MS);
      child.idle.unref();
    }
    this.pump();
  }

  private onExit(child: Child, code: number | null, signal: NodeJS.Signals | null): void {
    child.dead = true;
    if (child.idle) clearTimeout(child.idle);
    this.children.delete(child);
    // The group may still hold tools the child started.
    killGroup(child.proc.pid);
    const w = this.settle(child);
    if (w) {
      let err: unknown = child.killedFor;
      if (!err) {
        const oom = /heap out of memory|JavaScript heap|Allocation failed|Reached heap limit/i.test(child.stderr);
        err = oom ? limitErrors.memory() : limitErrors.crash();
        if (!oom) (err as AppError & { detail?: string }).detail = `exit ${code ?? signal}: ${child.stderr.slice(-500)}`;
      }
      w.reject(err);
    }
    this.pump();
  }

  /** Kills a child and its process group; the job it held (if any) fails with `why`. */
  private kill(child: Child, why: AppError | null, reason?: unknown): void {
    if (child.dead) return;
    child.killedFor = why ?? (reason instanceof Error ? (reason as AppError) : null);
    child.dead = true;
    killGroup(child.proc.pid);
    try {
      child.proc.kill('SIGKILL');
    } catch {
      // already gone
    }
  }

  private watchRss(): void {
    if (this.rssTimer || process.platform !== 'linux') return;
    this.rssTimer = setInterval(() => {
      if (!this.children.size) {
        clearInterval(this.rssTimer);
        this.rssTimer = undefined;
        return;
      }
      for (const c of this.children) {
        if (!c.busy || c.dead || !c.proc.pid) continue;
        readFile(`/proc/${c.proc.pid}/statm`, 'utf8').then(
          (s) => {
            const pages = Number(s.split(' ')[1]);
            if (pages * 4096 > FILE_LIMITS.rssBytes) this.kill(c, limitErrors.memory());
          },
          () => {},
        );
      }
    }, RSS_POLL_MS);
    this.rssTimer.unref();
  }

  /** Ends every child (and what it started) and refuses new work; pending callers get a BusyError. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const w of this.queue.splice(0)) w.reject(new BusyError(30));
    const exits = [...this.children].map(
      (c) => new Promise<void>((resolve) => (c.proc.exitCode !== null || c.proc.signalCode !== null ? resolve() : c.proc.once('exit', () => resolve()))),
    );
    for (const c of this.children) this.kill(c, new BusyError(30));
    await Promise.race([Promise.all(exits), new Promise((r) => setTimeout(r, 2000).unref())]);
  }

  /** Process ids of live children (tests). */
  pids(): number[] {
    return [...this.children].flatMap((c) => (c.proc.pid ? [c.proc.pid] : []));
  }

  /** Starts accepting work again after stop() (tests). */
  restart(): void {
    this.stopped = false;
  }
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // no such group: already gone
  }
}

// --- errors across the process boundary -----------------------------------------------------------------

export type SerializedError = { app?: { code: string; status: number; messages: { id: string; en: string } }; name?: string; message: string };

export function serializeError(err: unknown): SerializedError {
  if (err instanceof AppError) return { app: { code: err.code, status: err.status, messages: err.messages }, message: err.message };
  if (err instanceof Error) return { name: err.name, message: err.message };
  return { message: String(err) };
}

/** Errors of a known name keep it (e.g. NotSearchable), others become plain Errors with the child's message. */
function deserializeError(e: SerializedError | undefined): Error {
  if (!e) return limitErrors.crash();
  if (e.app) return new AppError(e.app.code, e.app.status, e.app.messages);
  const err = new Error(e.message);
  if (e.name) err.name = e.name;
  return err;
}

// --- the one sandbox of this process ----------------------------------------------------------------------

let sandbox: Sandbox | undefined;

function instance(): Sandbox {
  sandbox ??= new Sandbox();
  return sandbox;
}

/** Runs one job in a child process and returns its result. */
export function runFileJob<K extends FileJob['type']>(job: Extract<FileJob, { type: K }>, opts?: JobOptions): Promise<FileJobResult<K>> {
  return instance().run<FileJobResult<K>>(job, opts);
}

/** Stops every child (SIGTERM of serve / worker). Safe to call when no sandbox was started. */
export async function stopSandbox(): Promise<void> {
  await sandbox?.stop();
}

/** Live child pids (tests). */
export function sandboxPids(): number[] {
  return sandbox?.pids() ?? [];
}

/** Re-opens the sandbox after stopSandbox (tests). */
export function restartSandbox(): void {
  sandbox?.restart();
}
