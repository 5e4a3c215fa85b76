// Bundles src/ into dist/main.js and dist/file-worker.js with esbuild (dependencies stay external); takes well under a second.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function build() {
  const esbuild = await import('esbuild').catch(() => null);
  if (!esbuild) {
    throw new Error('esbuild is not installed: run `npm ci` (with dev dependencies) before the first start.');
  }
  // main.js, and the file sandbox's child (src/documents/sandbox.ts forks dist/file-worker.js).
  await esbuild.build({
    entryPoints: { main: path.join(root, 'src', 'main.ts'), 'file-worker': path.join(root, 'src', 'documents', 'file-worker.ts') },
    outdir: path.join(root, 'dist'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await build();
}
