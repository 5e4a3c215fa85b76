// Console prompts for the CLI; a secret is read without echo on a terminal, or as one line from a pipe.
import { createInterface } from 'node:readline';

let piped: Promise<string[]> | undefined;

function pipedLines(): Promise<string[]> {
  piped ??= new Promise((resolve) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8').split(/\r?\n/)));
  });
  return piped;
}

export async function prompt(question: string): Promise<string> {
  if (!process.stdin.isTTY) return ((await pipedLines()).shift() ?? '').trim();
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((resolve) =>
    rl.question(question, (a) => {
      rl.close();
      resolve(a.trim());
    }),
  );
}

export async function readSecret(question: string): Promise<string> {
  if (!process.stdin.isTTY) return (await pipedLines()).shift() ?? '';
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  let muted = false;
  out._writeToOutput = (s: string) => {
    if (!muted) out.output.write(s);
  };
  return new Promise((resolve) => {
    rl.question(question, (a) => {
      rl.close();
      process.stdout.write('\n');
      resolve(a);
    });
    muted = true;
  });
}
