// A transaction-scoped advisory lock per key (e.g. "request-ip:<hash>", "request-email:<address>"), so that
// "count what this key did in the last hour, then insert" runs one at a time per key. Without it, concurrent
// submissions all counted the same rows and all passed (19 and 14 through limits of 10 and 5). The lock is
// released at commit or rollback; PGlite and PostgreSQL both have it.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { LOCK_KEYS } from '../../db/lock-keys.js';

/**
 * Takes the locks for these keys inside the caller's transaction (must be called on a transaction), in a fixed
 * order so that two transactions needing overlapping keys cannot deadlock. Empty keys are skipped.
 */
/** The lock's second key: the first four bytes of the key's sha256, as a signed 32-bit integer. */
export const lockIdOf = (key: string): number => createHash('sha256').update(key).digest().readInt32BE(0);

export async function lockKeys(tx: DbOrTx, keys: readonly string[]): Promise<void> {
  // Sorted by lock id (not by key): two keys sharing an id are one lock, taken once.
  const ids = [...new Set(keys.filter((k) => k.length > 0).map(lockIdOf))].sort((a, b) => a - b);
  for (const id of ids) await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEYS.limitNs}::int, ${id}::int)`);
}
