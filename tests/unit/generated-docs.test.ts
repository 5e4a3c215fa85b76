// docs/configuration.md and docs/cli.md are generated from the env schema and the CLI command table;
// this fails when one of them is stale (run `npm run docs:gen`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_COMMANDS } from '../../src/cli/commands.js';
import { EnvSchema } from '../../src/config/env.js';
import { generatedDocs, renderCliDoc, renderConfigurationDoc } from '../../scripts/gen-docs.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('generated docs', () => {
  for (const [file, expected] of Object.entries(generatedDocs())) {
    it(`${file} is up to date (npm run docs:gen)`, () => {
      expect(readFileSync(path.join(root, file), 'utf8'), `${file} is stale: run npm run docs:gen`).toBe(expected);
    });
  }

  it('lists every environment variable of the schema, with its default', () => {
    const doc = renderConfigurationDoc();
    for (const name of Object.keys(EnvSchema.shape)) expect(doc).toContain(`| \`${name}\` |`);
    expect(doc).toMatch(/\| `PORT` \| `3000` \| whole number 1–65535 \|/);
  });

  it('lists every command of the table and the help text has them too', () => {
    const doc = renderCliDoc();
    for (const c of CLI_COMMANDS) expect(doc).toContain(`| \`${c.usage.replace(/\|/g, '\\|')}\` |`);
    expect(CLI_COMMANDS.map((c) => c.usage.split(' ')[0])).toEqual(
      expect.arrayContaining([
        'serve',
        'worker',
        'migrate',
        'create-admin',
        'seed-demo',
        'backup',
        'restore',
        'audit',
        'keys',
        'clearance',
        'anonymise',
        'reviews',
        'deadline',
        'calendar',
        'reminders',
        'blobs',
      ]),
    );
  });
});
