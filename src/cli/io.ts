// What a CLI command reads and writes besides the database: the environment and the three standard
// streams. The `qgesy` process passes its own; tests run commands in process with strings instead.
import { processEnvironment } from '../config/env.js';

export type CliIo = {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
};

export function processIo(): CliIo {
  return { env: processEnvironment(), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}
