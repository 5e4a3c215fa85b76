// Registration numbers (nomor pendaftaran, UU KIP Ps 22(4)): a sequence per year, taken inside the
// registering transaction, so a number is used only when its request is stored (no gaps, no repeats).
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { objectionCounters, requestCounters } from '../../db/schema/index.js';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export const DEFAULT_NUMBER_PATTERN = '{nomor}/PPID/{bulan}/{tahun}';
/** Objections have their own register and numbers (Perki 1/2021 Ps 41). */
export const OBJECTION_NUMBER_PATTERN = '{nomor}/KEB/{bulan}/{tahun}';

/**
 * The next sequence number of `year`. The counter row is locked by the update until the transaction ends,
 * so concurrent registrations queue for it; a rolled-back registration gives its number back.
 */
export async function nextSequence(db: DbOrTx, year: number, counters: typeof requestCounters | typeof objectionCounters = requestCounters): Promise<number> {
  const r = await db
    .insert(counters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: counters.year, set: { last: sql`${counters.last} + 1` } })
    .returning({ last: counters.last });
  return r[0]!.last;
}

/** Fills the pattern: {nomor} (at least 3 digits), {tahun}, {bulan} (Roman month), {bulan2} (01–12). */
export function formatRequestNumber(pattern: string, seq: number, date: { year: number; month: number }): string {
  return pattern
    .replaceAll('{nomor}', String(seq).padStart(3, '0'))
    .replaceAll('{tahun}', String(date.year))
    .replaceAll('{bulan}', ROMAN[date.month - 1]!)
    .replaceAll('{bulan2}', String(date.month).padStart(2, '0'));
}
