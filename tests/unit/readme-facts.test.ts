// The README's facts that come from the code: the demo accounts (src/demo/seed-demo.ts) and the number of
// demo units (src/demo/data/sopd-palangka-raya.json), in both languages.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DOMAIN } from '../../src/demo/seed-demo.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (p: string): string => readFileSync(path.join(root, p), 'utf8');
const units = JSON.parse(read('src/demo/data/sopd-palangka-raya.json')) as { code: string }[];
/** The fixed demo accounts (`admin@…`, `ppid.utama@…`) and the per-unit pattern `ppid.${s.code}@…`. */
const fixed = [...read('src/demo/seed-demo.ts').matchAll(/email: `([a-z.]+)@\$\{DEMO_DOMAIN\}`/g)].map((m) => `${m[1]}@${DEMO_DOMAIN}`);

describe.each(['README.md', 'README.id.md'])('%s', (file) => {
  const text = read(file);
  const listed = new Set([...text.matchAll(/`([a-z.<>-]+@palangkaraya\.example)`/g)].map((m) => m[1]!));

  it('lists exactly the demo accounts the seed creates', () => {
    expect(fixed.length).toBeGreaterThanOrEqual(4);
    expect([...listed].sort()).toEqual(
      [
        ...fixed.filter((e) => !e.startsWith('ppid@')),
        `ppid.<unit>@${DEMO_DOMAIN}`,
        ...[...listed].filter((e) => /^ppid\.[a-z-]+@/.test(e) && e !== `ppid.utama@${DEMO_DOMAIN}`),
      ].sort(),
    );
    for (const e of listed) {
      const m = /^ppid\.([a-z-]+)@/.exec(e);
      if (m && m[1] !== 'utama')
        expect(
          units.map((u) => u.code),
          `${e} is not a demo unit`,
        ).toContain(m[1]);
    }
  });

  it('gives the number of demo units', () => {
    expect(text).toContain(`(${units.length})`);
    expect(text).toMatch(new RegExp(`\\b${units.length} unit`));
  });
});
