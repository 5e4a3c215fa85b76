#!/usr/bin/env node
// Entry point of the `qgesy` command: builds dist/ when the sources are newer, then runs it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'main.js');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const srcDir = path.join(root, 'src');
if (existsSync(srcDir) && (!existsSync(out) || !existsSync(path.join(root, 'dist', 'file-worker.js')) || newest(srcDir) > statSync(out).mtimeMs)) {
  const { build } = await import(pathToFileURL(path.join(root, 'scripts', 'build.mjs')).href);
  await build();
}
const { run } = await import(pathToFileURL(out).href);
await run(process.argv.slice(2));
