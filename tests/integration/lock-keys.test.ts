// The text lock key (hashed by PostgreSQL's hashtext) differs from every numeric key, and the lock is taken
// with it as a query parameter exactly as penetapan.ts does, on PGlite and PostgreSQL alike.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_KEYS } from '../../src/db/lock-keys.js';
import { backendName, createTestDb, type TestDb } from '../helpers/db.js';

describe(`advisory-lock keys (${backendName})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ from: 'empty' });
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('hashtext of the text key is none of the numeric keys', async () => {
    const r = await t.db.execute(sql`select hashtext(${LOCK_KEYS.dipPenetapan})::int as h, hashtext('dip_penetapan')::int as literal`);
    const row = r.rows[0] as { h: number; literal: number };
    // The parameter hashes like the literal the code used before the keys moved to one file.
    expect(row.h).toBe(row.literal);
    const numbers = Object.values(LOCK_KEYS).filter((v) => typeof v === 'number');
    expect(numbers).not.toContain(row.h);
  });

  it('the text-key lock is taken and held for the transaction', async () => {
    const held = await t.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${LOCK_KEYS.dipPenetapan}))`);
      const r = await tx.execute(sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()`);
      return (r.rows[0] as { n: number }).n;
    });
    expect(held).toBeGreaterThanOrEqual(1);
  });
});
