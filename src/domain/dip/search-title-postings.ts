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
 * common stems with their share of the rows, migration 0033 keeps 1,000). A stem not among them is at
 * most as common as the least common one there (`floor`). Read once in ten minutes per database.
 */
export type LexemeStats = { share: Map<string, number>; floor: number };
/** What prepare learnt for the walk: the stems of the query's words, and the statistics. */
export type PostingsHints = { stats: LexemeStats; lexemes: Map<string, string> };

const STATS_TTL_MS = 10 * 60_000;
const statsCache = new WeakMap<object, { at: number; stats: LexemeStats }>();

export async function lexemeStats(db: DbOrTx, key: object): Promise<LexemeStats> {
  const hit = statsCache.get(key);
  if (hit && Date.now() - hit.at < STATS_TTL_MS) return hit.stats;
  const r = await db.execute(sql`select most_common_vals::text::text[] as vals, most_common_freqs as freqs from pg_stats
    where schemaname = current_schema() and tablename = 'search_title_postings' and attname = 'lexeme'`);
  const row = r.rows[0] as { vals: string[] | null; freqs: number[] | null } | undefined;
  const vals = row?.vals ?? [];
  const freqs = (row?.freqs ?? []).map(Number);
  const stats = { share: new Map(vals.map((v, i) => [v, freqs[i] ?? 0])), floor: freqs.length ? Math.min(...freqs) : 0 };
  statsCache.set(key, { at: Date.now(), stats });
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
 * Titles with every part of a one-group query, newest first: `(cols, limit)` gives the statement that
 * selects `cols` (of p0: entry_id, published_at) for at most `limit` titles. Null when the query has a
 * shape this cannot read: alternatives between groups, an exclusion, a prefix, a word the parser would
 * split. `q` is the query's tsquery; `extra`, conditions on dip_search s (see prepare).
 *
 * - Parts of one word and no other form are ranges of the index joined on (published_at, entry_id): the
 *   planner walks them side by side (a merge join), newest first, and stops at the limit.
 * - Without such a part, the part with the fewest forms is walked form by form (a form of several words
 *   is its words' ranges joined), each walk stopping at the limit; the newest of their union are the answer
 *   (a title among the newest `limit` of the union is among the newest `limit` of its own form).
 * - The other parts, phrases (word order), a form of the information and the stop-word rule are checked on
 *   each candidate's row: one primary key read, in a scalar subquery so that the planner cannot turn it
 *   into a join that reads every title first.
 * - The filters (unit, category, year, downloadable) are columns of the index, checked as it is read.
 */
export function titlePostingsScan(
  parsed: ParsedQuery,
  prefix: boolean,
  f: Filters,
  extra: SQL[],
  q: SQL,
  hints?: PostingsHints,
): ((cols: SQL, limit: SQL) => SQL) | null {
  // The word's stem as the title vector holds it: from prepare, or by the same parser and dictionaries here.
  const lexeme = (w: string) => {
    const known = hints?.lexemes.get(w);
    return known !== undefined ? sql`${known}::text` : sql`(tsvector_to_array(to_tsvector('indonesian', ${w}::text)))[1]`;
  };
  // A form's rows: about those of its rarest word; a part's, its forms' together.
  const share = (w: string) => {
    const l = hints?.lexemes.get(w);
    return l === undefined || !hints ? 1 : (hints.stats.share.get(l) ?? hints.stats.floor);
  };
  const cost = (forms: Form[]) => forms.reduce((sum, form) => sum + Math.min(...form.map(share)), 0);
  if (prefix || parsed.groups.length !== 1) return null;
  const clauses = parsed.groups[0]!;
  if (!clauses.length || clauses.some((c) => c.negated)) return null;
  const parts: { forms: Form[]; phrase: boolean }[] = [];
  for (const c of clauses) {
    const forms = formsOf(c);
    if (!forms) return null;
    parts.push({ forms, phrase: c.phrase || (c.alts ?? []).some((a) => a.length > 1) });
  }
  const plain = parts.filter((p) => p.forms.length === 1 && p.forms[0]!.length === 1);
  // The walks start from the part with the fewest rows (by the statistics; else the fewest forms): the
  // one-word parts joined when that is one of them, else one walk per form of that part.
  const rarest = parts.reduce((a, b) => (cost(b.forms) < cost(a.forms) || (cost(b.forms) === cost(a.forms) && b.forms.length < a.forms.length) ? b : a));
  const driver = plain.includes(rarest) ? null : rarest;
  const walks: Form[] = driver ? driver.forms : [plain.map((p) => p.forms[0]![0]!)];
  const walked = new Set(driver ? [driver] : plain);
  const rowCheck = parts.some((p) => !walked.has(p) || p.phrase) ? [sql`s.title_tsv @@ ${q}`] : [];
  const checks = [...rowCheck, ...(f.form ? [sql`${f.form} = any(s.forms)`] : []), ...extra];
  const where: SQL[] = [];
  if (f.unitId) where.push(sql`p0.unit_id = ${f.unitId}`);
  if (f.category) where.push(sql`p0.category = ${f.category}`);
  if (f.year) where.push(sql`p0.year = ${f.year}`);
  if (f.downloadable) where.push(sql`p0.has_file`);
  const walk = (words: Form, cols: SQL, limit: SQL) => {
    // The row is read after the words' ranges are joined (it names the last of them), not for every row
    // of the first.
    const last = sql.raw(`p${words.length - 1}`);
    const conditions = checks.length ? [...where, sql`(select ${sql.join(checks, sql` and `)} from dip_search s where s.entry_id = ${last}.entry_id)`] : where;
    const joins = words
      .slice(1)
      .map(
        (w, i) =>
          sql` join search_title_postings ${sql.raw(`p${i + 1}`)} on ${sql.raw(`p${i + 1}`)}.lexeme = ${lexeme(w)} and ${sql.raw(`p${i + 1}`)}.published_at = p0.published_at and ${sql.raw(`p${i + 1}`)}.entry_id = p0.entry_id`,
      );
    return sql`select ${cols} from search_title_postings p0${sql.join(joins, sql``)}
      where p0.lexeme = ${lexeme(words[0]!)}${conditions.length ? sql` and ${sql.join(conditions, sql` and `)}` : sql``}
      order by p0.published_at desc, p0.entry_id desc limit ${limit}`;
  };
  return (cols, limit) => {
    if (walks.length === 1) return walk(walks[0]!, cols, limit);
    const legs = walks.map((w) => sql`(${walk(w, sql`p0.entry_id, p0.published_at`, limit)})`);
    return sql`select ${cols} from (select entry_id, published_at from (${sql.join(legs, sql` union all `)}) u
      group by entry_id, published_at) p0 order by p0.published_at desc, p0.entry_id desc limit ${limit}`;
  };
}
