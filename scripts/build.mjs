// Bundles src/ into dist/main.js with esbuild (dependencies stay external); takes well under a second.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function build() {
  const esbuild = await import('esbuild').catch(() => null);
  if (!esbuild) {
    throw new Error('esbuild is not installed: run `npm ci` (with dev dependencies) before the first start.');
  }
  await esbuild.build({
    entryPoints: [path.join(root, 'src', 'main.ts')],
    outfile: path.join(root, 'dist', 'main.js'),
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
