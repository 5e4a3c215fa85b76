// Kept in step with package.json by scripts/build.mjs' check; shown by the CLI and written into backups.
export const APP_VERSION = '0.1.0';
