// Once per run, before any test file: builds dist/ (for the few tests that start the real `qgesy`
// binary) and the database snapshots every test file starts from (tests/helpers/snapshots.ts).
import type { TestProject } from 'vitest/node';
import { build } from '../../scripts/build.mjs';
import { buildSnapshots, removeSnapshots, type Snapshots } from './snapshots.js';

declare module 'vitest' {
  export interface ProvidedContext {
    qgesySnapshots: Snapshots;
  }
}

export default async function setup(project: TestProject) {
  const t0 = performance.now();
  await build();
  const snapshots = await buildSnapshots();
  const backend = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
  console.log(
    `[setup] ${backend}: dist ${((performance.now() - t0) / 1000 - snapshots.seconds.migrated - snapshots.seconds.demo).toFixed(1)} s, ` +
      `migrated snapshot ${snapshots.seconds.migrated.toFixed(1)} s, demo snapshot ${snapshots.seconds.demo.toFixed(1)} s`,
  );
  project.provide('qgesySnapshots', snapshots);
  return async () => {
    await removeSnapshots(snapshots);
  };
}
