// The title tier read in published order from search_title_postings (migration 0033) instead of the
// title's GIN index. The GIN index finds every title with the words, and the newest hundred can only be
// chosen after reading each of those rows for its publication time (stunting at 1,000,000 entries: 4,966
// rows for 100); a pair of words that come together in few titles is worse either way (the bound in
// search-page.ts). The ordered index holds each word's titles newest first with the filter columns, so the
// newest titles with the words are the first rows of a walk along the words' ranges side by side, read
// from the index alone; a row of dip_search is read only where the walk cannot tell (see below).
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import type { ZSearchInput } from './search-input.js';
import type { Clause, ParsedQuery } from './search-query.js';
import { STOP_WORDS } from './text.js';

/**
 * How common the title words are: the planner's statistics of search_title_postings.lexeme (its most
 * common stems with their share of the rows; migration 0033 keeps 1,000). A stem not among them is at
 * most as common as the least common one there (`floor`). Read once in ten minutes per database; empty
 * before the table is first analysed.
 */
export type LexemeStats = { share: Map<string, number>; floor: number };
/** What prepare learnt for the walk: the stems of the query's words as the title vectors hold them. */
export type PostingsHints = { lexemes: Map<string, string>; stats?: LexemeStats };

const STATS_TTL_MS = 10 * 60_000;
const statsCache = new WeakMap<object, { at: number; stats: LexemeStats }>();

export async function lexemeStats(db: DbOrTx, key: object): Promise<LexemeStats> {
  const hit = statsCache.get(key);
  if (hit && performance.now() - hit.at < STATS_TTL_MS) return hit.stats;
  const r = await db.execute(sql`select most_common_vals::text::text[] as vals, most_common_freqs as freqs from pg_stats
    where schemaname = current_schema() and tablename = 'search_title_postings' and attname = 'lexeme'`);
  const row = r.rows[0] as { vals: string[] | null; freqs: number[] | null } | undefined;
  const vals = row?.vals ?? [];
  const freqs = (row?.freqs ?? []).map(Number);
  const stats = { share: new Map(vals.map((v, i) => [v, freqs[i] ?? 0])), floor: freqs.length ? Math.min(...freqs) : 0 };
  statsCache.set(key, { at: performance.now(), stats });
  return stats;
}

/** The words whose stems the walk needs (see prepare). */
export function postingsWords(p: ParsedQuery): string[] {
  if (p.groups.length !== 1) return [];
  return [...new Set(p.groups[0]!.flatMap((c) => formsOf(c) ?? []).flat())];
}

/** One written form of a part of the query: the words a title must all have (a stop word only when alone). */
type Form = string[];

/** The forms of a clause as the tsquery reads them (see clauseSql), or null when one is not plain ASCII words. */
function formsOf(c: Clause): Form[] | null {
  const out: Form[] = [];
  for (const form of [c.words, ...(c.alts ?? []), ...(c.syn ?? [])]) {
    const content = form.some((w) => !STOP_WORDS.has(w)) ? form.filter((w) => !STOP_WORDS.has(w)) : form;
    // Only plain ASCII words: each is exactly one word of the parser, so it has exactly one stem.
    if (!content.length || content.length > 6 || !content.every((w) => /^[a-z0-9]{1,40}$/.test(w))) return null;
    out.push([...new Set(content)]);
  }
  return out;
}

type Filters = z.output<typeof ZSearchInput>;

/**
 * Titles with every part of a query, newest first: `select(cols, limit)` gives the statement that
 * selects `cols` (of p0: entry_id, published_at) for at most `limit` titles; `indexOnly` when it reads
 * the index alone. Null when the query has a
 * shape this cannot read: alternatives between groups, an exclusion, a prefix, a word the parser would
 * split, too many ways to match. `q` is the query's tsquery; `extra`, conditions on dip_search s (see prepare).
 *
 * - Each way to match (one written form of every part: jalan rusak is jalan + rusak, or pemeliharaan
 *   jalan, or …) is its words' ranges of the index joined on (published_at, entry_id), newest first, up to
 *   the limit: the planner walks them side by side (a merge join), or probes the others from a rare one.
 *   The newest of the ways together are the answer: a title among the newest `limit` of them all is among
 *   the newest `limit` of its own way.
 * - The filters (unit, category, year, downloadable) are columns of the index, checked as it is read.
 * - Phrases (word order), a form of the information and the stop-word rule are checked on each joined
 *   candidate's row: one primary key read, in a scalar subquery so that the planner cannot turn it into a
 *   join that reads every title first.
 */
export function titlePostingsScan(
  parsed: ParsedQuery,
  prefix: boolean,
  f: Filters,
  extra: SQL[],
  q: SQL,
  hints?: PostingsHints,
): { select: (cols: SQL, limit: SQL, withoutDocuments?: boolean) => SQL; indexOnly: boolean; negated: boolean } | null {
  // A word as the stem the title vectors hold: from prepare, or by the same parser and dictionaries here.
  const key = (w: string) => {
    const l = hints?.lexemes.get(w);
    return l !== undefined ? `L${l}` : `W${w}`;
  };
  const lexeme = (k: string) => (k[0] === 'L' ? sql`${k.slice(1)}::text` : sql`(tsvector_to_array(to_tsvector('indonesian', ${k.slice(1)}::text)))[1]`);
  if (prefix || !parsed.groups.length) return null;
  // An excluded word is judged on the whole vector (document text too), on each candidate's row.
  const negated = parsed.groups.some((g) => g.some((c) => c.negated));
  if (negated && parsed.groups.length !== 1) return null;
  const ways: Set<string>[] = [];
  let recheck = false;
  for (const g of parsed.groups) {
    const parts: Set<string>[][] = [];
    for (const c of g) {
      if (c.negated) continue;
      const forms = formsOf(c);
      if (!forms) return null;
      parts.push(forms.map((form) => new Set(form.map(key))));
      recheck ||= c.phrase || (c.alts ?? []).some((a) => a.length > 1);
    }
    const found = parts.length ? everyWay(parts) : null;
    if (!found) return null;
    ways.push(...found);
  }
  const walks = fewest(ways);
  if (!walks) return null;
  const filters: SQL[] = [];
  if (f.unitId) filters.push(sql`p0.unit_id = ${f.unitId}`);
  if (f.category) filters.push(sql`p0.category = ${f.category}`);
  if (f.year) filters.push(sql`p0.year = ${f.year}`);
  if (f.downloadable) filters.push(sql`p0.has_file`);
  // A way of many words is read from its two least common ones (by the statistics), and checked whole on
  // the row: joining every range would cost more to plan than to read.
  const share = (k: string) => (k[0] === 'L' ? (hints?.stats?.share.get(k.slice(1)) ?? hints?.stats?.floor ?? 0) : 0);
  const joined = walks.map((w) => [...w].sort((a, b) => share(a) - share(b)).slice(0, MAX_JOINED));
  if (joined.some((w, i) => w.length < walks[i]!.size)) recheck = true;
  const checksOf = (withoutDocuments: boolean) => [
    // The query as a scalar subquery: built once for the statement, not parsed and stemmed again for
    // every candidate (a stable function in a condition runs per row: tens of microseconds each).
    ...(recheck ? [sql`s.title_tsv @@ (select ${q})`] : []),
    // Without a document the whole vector is the title and summary's (head_tsv), a few hundred bytes
    // instead of tens of kilobytes to decompress.
    ...(negated ? [withoutDocuments ? sql`s.head_tsv @@ (select ${q})` : sql`s.tsv @@ (select ${q})`] : []),
    ...(f.form ? [sql`${f.form} = any(s.forms)`] : []),
    ...extra,
  ];
  const walk = (words: string[], cols: SQL, limit: SQL, withoutDocuments: boolean) => {
    const checks = checksOf(withoutDocuments);
    const where = withoutDocuments ? [...filters, sql`not p0.has_file`] : filters;
    const alias = (i: number) => sql.raw(`p${i}`);
    // The row is read once the words' ranges are joined (the subquery names the first and the last), not
    // for every row of one of them.
    const last = alias(words.length - 1);
    const conditions = checks.length
      ? [...where, sql`(select ${sql.join(checks, sql` and `)} from dip_search s where s.entry_id = ${last}.entry_id and ${last}.entry_id = p0.entry_id)`]
      : where;
    const joins = words
      .slice(1)
      .map(
        (w, i) =>
          sql` join search_title_postings ${alias(i + 1)} on ${alias(i + 1)}.lexeme = ${lexeme(w)} and ${alias(i + 1)}.published_at = p0.published_at and ${alias(i + 1)}.entry_id = p0.entry_id`,
      );
    return sql`select ${cols} from search_title_postings p0${sql.join(joins, sql``)}
      where p0.lexeme = ${lexeme(words[0]!)}${conditions.length ? sql` and ${sql.join(conditions, sql` and `)}` : sql``}
      order by p0.published_at desc, p0.entry_id desc limit ${limit}`;
  };
  /** `withoutDocuments`: only titles of entries without a document (a cheaper proof of a count). */
  const select = (cols: SQL, limit: SQL, withoutDocuments = false) => {
    if (joined.length === 1) return walk(joined[0]!, cols, limit, withoutDocuments);
    const legs = joined.map((w) => sql`(${walk(w, sql`p0.entry_id, p0.published_at`, limit, withoutDocuments)})`);
    return sql`select ${cols} from (select entry_id, published_at from (${sql.join(legs, sql` union all `)}) u
      group by entry_id, published_at) p0 order by p0.published_at desc, p0.entry_id desc limit ${limit}`;
  };
  // One walk with nothing to check on the rows: a read of the index alone, a few hundred rows a millisecond.
  return { select, indexOnly: joined.length === 1 && checksOf(false).length === 0, negated };
}

/** At most this many walks; a query with more ways to match is read from the GIN index. */
const MAX_WALKS = 12;
/** At most this many of a way's words joined. */
const MAX_JOINED = 2;

/** The ways a title can have every part: a form of each part, its words together (see fewest). */
export function everyWay(parts: Set<string>[][]): Set<string>[] | null {
  let ways: Set<string>[] | null = [new Set()];
  for (const forms of parts) {
    const next: Set<string>[] = [];
    for (const w of ways) for (const form of forms) next.push(new Set([...w, ...form]));
    ways = fewest(next);
    if (!ways) return null;
  }
  return ways;
}

/**
 * The ways without those that contain another (a title with the smaller set is found by its walk
 * already), and without repeats. Null beyond MAX_WALKS.
 */
export function fewest(ways: Set<string>[]): Set<string>[] | null {
  const out: Set<string>[] = [];
  for (const n of [...ways].sort((a, b) => a.size - b.size)) if (!out.some((w) => [...w].every((x) => n.has(x)))) out.push(n);
  return out.length > MAX_WALKS ? null : out;
}
