// Runs `qgesy` commands: in this process through runMain (what most tests need: the command's exit code
// and output, ≈10× cheaper), or as the real binary (bin/qgesy.mjs -> dist/main.js) in a child process,
// for what only a process shows: start-up, signals, exit codes of the process itself, a second process.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Readable } from 'node:stream';
import { runMain } from '../../src/main.js';

const BIN = path.resolve('bin/qgesy.mjs');

export type CliResult = { code: number | null; stdout: string; stderr: string };

/**
 * Runs one command in this process with exactly this environment (as the binary gets it: PATH, HOME,
 * LOG_LEVEL=warn and `env`) and `input` as its standard input.
 */
export async function runCli(args: string[], env: Record<string, string | undefined>, input?: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const stdin = Readable.from([Buffer.from(input ?? '')]) as Readable & { isTTY?: boolean };
  const code = await runMain(args, {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env } as NodeJS.ProcessEnv,
    stdin,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  if (code < 0) throw new Error(`qgesy ${args.join(' ')} keeps running: start it with startServer`);
  return { code, stdout, stderr };
}

/** Runs the real `qgesy` binary in a child process. */
export function runCliBinary(args: string[], env: Record<string, string | undefined>, input?: string, timeoutMs = 540_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env } as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`qgesy ${args.join(' ')} timed out\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

/** Starts `qgesy serve` and resolves once it prints that it is running. */
export function startServer(env: Record<string, string | undefined>, args: string[] = []) {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 300_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('Q-Gesy berjalan')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    ready,
    output: () => output,
    async stop(): Promise<number | null> {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

export async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
