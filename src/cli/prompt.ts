// Console prompts for the CLI; a secret is read without echo on a terminal, or as one line from a pipe.
import { createInterface } from 'node:readline';
import type { CliIo } from './io.js';

const piped = new WeakMap<object, Promise<string[]>>();

function pipedLines(io: CliIo): Promise<string[]> {
  let lines = piped.get(io.stdin);
  if (!lines) {
    lines = new Promise((resolve) => {
      const chunks: Buffer[] = [];
      io.stdin.on('data', (c: Buffer | string) => chunks.push(Buffer.from(c)));
      io.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8').split(/\r?\n/)));
    });
    piped.set(io.stdin, lines);
  }
  return lines;
}

export async function prompt(io: CliIo, question: string): Promise<string> {
  if (!io.stdin.isTTY) return ((await pipedLines(io)).shift() ?? '').trim();
  const rl = createInterface({ input: io.stdin, output: process.stdout });
  return new Promise((resolve) =>
    rl.question(question, (a) => {
      rl.close();
      resolve(a.trim());
    }),
  );
}

export async function readSecret(io: CliIo, question: string): Promise<string> {
  if (!io.stdin.isTTY) return (await pipedLines(io)).shift() ?? '';
  const rl = createInterface({ input: io.stdin, output: process.stdout, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  let muted = false;
  out._writeToOutput = (s: string) => {
    if (!muted) out.output.write(s);
  };
  return new Promise((resolve) => {
    rl.question(question, (a) => {
      rl.close();
      io.stdout.write('\n');
      resolve(a);
    });
    muted = true;
  });
}
