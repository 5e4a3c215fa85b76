// The advisory-lock keys: the numbers distinct and in their lock space, and no lock key written anywhere else
// in src/ or in the migrations' SQL.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_KEYS } from '../../src/db/lock-keys.js';

const root = path.resolve(import.meta.dirname, '../..');

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => path.join(dir, f));
}

describe('advisory-lock keys', () => {
  it('the numeric keys are distinct (the text key is compared by its hash in tests/integration/lock-keys.test.ts)', () => {
    const numbers = Object.values(LOCK_KEYS).filter((v) => typeof v === 'number');
    expect(numbers.length).toBe(Object.keys(LOCK_KEYS).length - 1);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('the numeric keys fit their lock space (two-key first keys in int4, the others in int8)', () => {
    for (const [name, v] of Object.entries(LOCK_KEYS)) {
      if (typeof v === 'string') continue;
      if (name.endsWith('Ns')) expect(Math.abs(v), name).toBeLessThan(2 ** 31);
      else expect(Number.isSafeInteger(v), name).toBe(true);
    }
  });

  it('every advisory lock in src/ and in the migrations takes its key from LOCK_KEYS', () => {
    const lockCall = /pg_(?:try_)?advisory_(?:xact_)?(?:un)?lock(?:_shared)?\s*\(([^)]*)\)/g;
    const sources = [...filesUnder(path.join(root, 'src'), /\.tsx?$/), ...filesUnder(path.join(root, 'src/db/migrations'), /\.sql$/)].filter(
      (f) => !f.endsWith(path.join('db', 'lock-keys.ts')),
    );
    const known = new Set(Object.values(LOCK_KEYS).map(String));
    const calls: string[] = [];
    for (const f of sources) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(lockCall)) {
        const args = m[1]!;
        calls.push(args);
        if (f.endsWith('.sql')) {
          // A migration (never edited once applied) may only use a key listed here, written out as a number or text.
          const literals = [...args.matchAll(/'([^']*)'|\b(\d[\d_]*)\b/g)].map((x) => (x[1] ?? x[2]!).replaceAll('_', ''));
          for (const l of literals) expect(known.has(l), `${f}: ${args}`).toBe(true);
        } else {
          // In TypeScript the key is LOCK_KEYS.<name>, never a literal number or string.
          expect(args, `${path.relative(root, f)}: ${args}`).toMatch(/LOCK_KEYS\.\w+|\$1/);
          expect(args, `${path.relative(root, f)}: ${args}`).not.toMatch(/\b\d{4,}|'[^']*'/);
        }
      }
    }
    // The locks listed in LOCK_KEYS are really taken somewhere (7 call sites at least, plus the migration unlock).
    expect(calls.length).toBeGreaterThanOrEqual(Object.keys(LOCK_KEYS).length);
  });
});
