import { defineConfig } from 'vitest/config';

/** Files that replace a module (vi.mock): they need a module registry of their own. */
const ISOLATED = ['tests/integration/redaction-no-poppler.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // PGlite instances are memory-hungry; two workers fit the 2-core machines this runs on.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        // Files share loaded modules (import once per worker, not once per file); each still has its own database.
        test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], exclude: ISOLATED, isolate: false },
      },
      {
        extends: true,
        test: { name: 'isolated', include: ISOLATED },
      },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/e2e/**/*.test.ts'] },
      },
    ],
  },
});
