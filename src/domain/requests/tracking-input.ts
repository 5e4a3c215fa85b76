// What an applicant types on the tracking page, read forgivingly: the registration number regardless of case,
// spaces and the leading zeros of its sequence (and of {bulan2}), and the tracking code regardless of case,
// spaces and dashes. New codes are drawn from an alphabet without case (Crockford base32), so that a code read
// aloud over the phone or typed from paper still opens the request; older base64url codes stay exact.
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { informationRequests } from '../../db/schema/index.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new tracking code: 24 characters of Crockford base32, 120 random bits. */
export function newTrackingCode(): string {
  const bytes = randomBytes(15);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/**
 * The spellings of a typed code to try against the stored hash: as typed without whitespace (an older,
 * case-sensitive base64url code), and in the canonical Crockford form (upper case, no dashes, O read as 0,
 * I and L as 1). At most two, so a wrong code costs two hashes.
 */
export function codeCandidates(typed: string): string[] {
  const bare = typed.normalize('NFKC').replace(/\s+/g, '');
  const canonical = bare.replace(/-/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{24}$/.test(canonical) && canonical !== bare ? [bare, canonical] : [bare];
}

/**
 * The comparison key of a registration number: upper case, no whitespace, and no leading zeros in any run
 * of digits, so that "1/ppid/iii/2026", " 001 / PPID / III / 2026 " and "001/PPID/III/2026" are one number.
 * Numbers are made from one pattern per body with the sequence padded to 3 digits (numbering.ts), so two
 * stored numbers never share a key unless the pattern changed in between; the code then tells them apart.
 */
export function numberKey(typed: string): string {
  return typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/(^|[^0-9])0+([0-9])/g, '$1$2');
}

/** The requests a typed number may mean: the exact number first; otherwise those with the same key. */
export async function requestsByTypedNumber(db: DbOrTx, typed: string) {
  const exact = await db.select().from(informationRequests).where(eq(informationRequests.number, typed.trim()));
  if (exact.length) return exact;
  const key = numberKey(typed);
  if (!key) return [];
  // The same normalisation as numberKey, in SQL (PostgreSQL and PGlite regular expressions agree here).
  return db
    .select()
    .from(informationRequests)
    .where(sql`regexp_replace(regexp_replace(upper(${informationRequests.number}), '\\s+', '', 'g'), '(^|[^0-9])0+([0-9])', '\\1\\2', 'g') = ${key}`)
    .limit(5);
}
