// Once per run, before any test file: builds dist/ (for the few tests that start the real `qgesy`
// binary) and the database snapshots every test file starts from (tests/helpers/snapshots.ts).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from '../../scripts/build.mjs';
import { buildSnapshots, removeSnapshots, type Snapshots } from './snapshots.js';

declare module 'vitest' {
  export interface ProvidedContext {
    qgesySnapshots: Snapshots;
  }
}

/** The newest modification time under a folder. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function distIsCurrent(): boolean {
  try {
    return statSync('dist/main.js').mtimeMs >= newest('src');
  } catch {
    return false;
  }
}

/** One build per run, shared by the projects of vitest.config.ts (each calls this setup). */
type Shared = { snapshots: Promise<Snapshots>; users: number };
const shared = globalThis as typeof globalThis & { qgesySetup?: Shared };

async function buildOnce(): Promise<Snapshots> {
  const t0 = performance.now();
  // .ci/run builds once before running groups side by side; a run of its own builds when src/ is newer.
  if (!distIsCurrent()) await build();
  const snapshots = await buildSnapshots();
  const backend = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
  console.log(
    `[setup] ${backend}: dist ${((performance.now() - t0) / 1000 - snapshots.seconds).toFixed(1)} s, migrated snapshot ${snapshots.seconds.toFixed(1)} s`,
  );
  return snapshots;
}

export default async function setup(project: TestProject) {
  shared.qgesySetup ??= { snapshots: buildOnce(), users: 0 };
  const mine = shared.qgesySetup;
  mine.users++;
  project.provide('qgesySnapshots', await mine.snapshots);
  return async () => {
    if (--mine.users > 0) return;
    shared.qgesySetup = undefined;
    await removeSnapshots(await mine.snapshots);
  };
}
