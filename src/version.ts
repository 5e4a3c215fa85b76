// Shown by the CLI and written into backups; keep in step with package.json (tests/unit/config.test.ts checks it).
export const APP_VERSION = '0.1.0';
