// The title tier read in published order from search_title_postings (migration 0033) instead of the
// title's GIN index. The GIN index finds every title with the words, and the newest hundred can only be
// chosen after reading each of those rows for its publication time (stunting at 1,000,000 entries: 4,966
// rows for 100); a pair of words that come together in few titles is worse either way (the bound in
// search-page.ts). The ordered index holds each word's titles newest first with the filter columns, so the
// newest titles with the words are the first rows of a walk along the words' ranges side by side, read
// from the index alone; a row of dip_search is read only where the walk cannot tell (see below).
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZSearchInput } from './search-input.js';
import type { Clause, ParsedQuery } from './search-query.js';
import { STOP_WORDS } from './text.js';

/** The word's stem as the title vector holds it (the same parser and dictionaries as the query's tsquery). */
const lexeme = (w: string) => sql`(tsvector_to_array(to_tsvector('indonesian', ${w}::text)))[1]`;

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
export function titlePostingsScan(parsed: ParsedQuery, prefix: boolean, f: Filters, extra: SQL[], q: SQL): ((cols: SQL, limit: SQL) => SQL) | null {
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
  // The walks: one (the one-word parts joined), or one per form of the part with the fewest forms.
  const driver = plain.length ? null : parts.reduce((a, b) => (b.forms.length < a.forms.length ? b : a));
  const walks: Form[] = driver ? driver.forms : [plain.map((p) => p.forms[0]![0]!)];
  const walked = new Set(driver ? [driver] : plain);
  const rowCheck = parts.some((p) => !walked.has(p) || p.phrase) ? [sql`s.title_tsv @@ ${q}`] : [];
  const checks = [...rowCheck, ...(f.form ? [sql`${f.form} = any(s.forms)`] : []), ...extra];
  const where: SQL[] = [];
  if (f.unitId) where.push(sql`p0.unit_id = ${f.unitId}`);
  if (f.category) where.push(sql`p0.category = ${f.category}`);
  if (f.year) where.push(sql`p0.year = ${f.year}`);
  if (f.downloadable) where.push(sql`p0.has_file`);
  if (checks.length) where.push(sql`(select ${sql.join(checks, sql` and `)} from dip_search s where s.entry_id = p0.entry_id)`);
  const walk = (words: Form, cols: SQL, limit: SQL) => {
    const joins = words
      .slice(1)
      .map(
        (w, i) =>
          sql` join search_title_postings ${sql.raw(`p${i + 1}`)} on ${sql.raw(`p${i + 1}`)}.lexeme = ${lexeme(w)} and ${sql.raw(`p${i + 1}`)}.published_at = p0.published_at and ${sql.raw(`p${i + 1}`)}.entry_id = p0.entry_id`,
      );
    return sql`select ${cols} from search_title_postings p0${sql.join(joins, sql``)}
      where p0.lexeme = ${lexeme(words[0]!)}${where.length ? sql` and ${sql.join(where, sql` and `)}` : sql``}
      order by p0.published_at desc, p0.entry_id desc limit ${limit}`;
  };
  return (cols, limit) => {
    if (walks.length === 1) return walk(walks[0]!, cols, limit);
    const legs = walks.map((w) => sql`(${walk(w, sql`p0.entry_id, p0.published_at`, limit)})`);
    return sql`select ${cols} from (select entry_id, published_at from (${sql.join(legs, sql` union all `)}) u
      group by entry_id, published_at) p0 order by p0.published_at desc, p0.entry_id desc limit ${limit}`;
  };
}
