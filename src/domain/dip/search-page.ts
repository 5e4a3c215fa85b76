// One page of search hits in one statement (candidates tier by tier, the capped count, the ranked window,
// highlights), the statement that prepares it, and the spelling corrections of unknown words.
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { dipEntries, dipSearch, searchWords, units, type DipCategory } from '../../db/schema/index.js';
import { clip, highlightParts, HEADLINE_SNIPPET, HEADLINE_TITLE, SNIPPET_DOC_CHARS, START, STOP } from './search-highlight.js';
import type { SearchHit, ZSearchInput } from './search-input.js';
import { clauseSql, coverageLevels, lastPositiveWord, tsquerySql, type Clause, type ParsedQuery } from './search-query.js';
import { postingsWords, titlePostingsScan, type LexemeStats, type PostingsHints } from './search-title-postings.js';
import { STOP_WORDS } from './text.js';

// --- search -----------------------------------------------------------------------------------------

type Row = {
  entry_id: string;
  rank: number;
  slug: string;
  number: string;
  unit_id: string;
  unit_code: string;
  unit_name: string;
  title: string;
  summary: string;
  category: DipCategory;
  year: number | null;
  published_at: Date | string;
  has_file: boolean;
  title_hl: string | null;
  snippet_hl: string | null;
};

/**
 * The Snowball stemmer maps some everyday search words onto stop words: pengadaan and keadaan → ada,
 * pendapatan → dapat, perbaikan → baik. The index holds those stop words too (PostgreSQL has no
 * Indonesian stop list), so such a word alone would match nearly every text. For these words the entry
 * must also have the word itself (or a longer form) in a published title, summary or tag; an excluded
 * one (-pengadaan) excludes only those entries instead of every text with "ada" in it. Only for queries
 * without alternatives (or), which keeps the rule simple.
 */
/** `gen`: the public generation read with the settings (the dictionary's version, see searchQuery). */
export type Prepared = { parsed: ParsedQuery; where: SQL[]; gen?: string; postings?: PostingsHints; required?: string[] };

// Short statements: compiling them (JIT) or starting parallel workers costs more than it saves; and
// see searchPublished for the sequential scans.
const SETTINGS = sql`set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true), set_config('random_page_cost', '1.1', true), set_config('effective_cache_size', '8MB', true)`;

/** Finds the words that need the rule above; with `configure`, also applies the search's settings (same statement). */
export async function prepare(db: DbOrTx, parsed: ParsedQuery, configure = false, stats?: LexemeStats): Promise<Prepared> {
  const plain = (w: string) => /^[a-z0-9]{3,40}$/.test(w);
  const words =
    parsed.groups.length === 1 ? [...new Set(parsed.groups[0]!.filter((c) => !c.phrase && !c.negated && plain(c.words[0]!)).map((c) => c.words[0]!))] : [];
  const negatedWords = parsed.groups.length === 1 ? parsed.groups[0]!.filter((c) => !c.phrase && c.negated && plain(c.words[0]!)).map((c) => c.words[0]!) : [];
  // One-word alternatives (dictionary forms) are checked too: one that the stemmer maps onto a stop word
  // would match nearly every text, and is left out (a phrase form, "pengadaan barang", is kept).
  const altWords = parsed.groups.flatMap((g) =>
    g.flatMap((c) => [...(c.alts ?? []), ...(c.syn ?? [])].filter((a) => a.length === 1 && plain(a[0]!)).map((a) => a[0]!)),
  );
  const all = [...new Set([...words, ...negatedWords, ...altWords])];
  // With the stems, the words' stems as the title vectors hold them, for choosing how to walk the title
  // words in published order (search-title-postings.ts).
  const forms = postingsWords(parsed);
  const asked = [...new Set([...all, ...forms])];
  const gen = configure ? sql`, (select n from public_generation where id = 1)::text as gen` : sql``;
  if (!asked.length) {
    const r = await db.execute(sql`select ${configure ? SETTINGS : sql`1`}${gen}`);
    return { parsed, where: [], gen: (r.rows[0] as { gen?: string } | undefined)?.gen ?? '' };
  }
  const stems = await db.execute(
    sql`select ${configure ? sql`${SETTINGS}, ` : sql``}w, ts_lexize('indonesian_stem', w) as stems,
      (tsvector_to_array(to_tsvector('indonesian', w)))[1] as lex${gen} from (values ${sql.join(
        asked.map((w) => sql`(${w}::text)`),
        sql`, `,
      )}) v(w)`,
  );
  const rows = stems.rows as { w: string; stems: string[] | null; lex: string | null; gen?: string }[];
  const generation = rows[0]?.gen ?? '';
  const postings: PostingsHints = { lexemes: new Map(rows.filter((r) => r.lex !== null).map((r) => [r.w, r.lex!])), ...(stats ? { stats } : {}) };
  const inAll = new Set(all);
  const colliding = new Set(rows.filter((r) => inAll.has(r.w) && r.stems?.some((x) => STOP_WORDS.has(x))).map((r) => r.w));
  if (!colliding.size) return { parsed, where: [], gen: generation, postings };
  const keep = (a: string[]) => !(a.length === 1 && colliding.has(a[0]!));
  const dropAlts = (c: Clause): Clause => {
    const { alts, syn, ...rest } = c;
    const a = alts?.filter(keep) ?? [];
    const y = syn?.filter(keep) ?? [];
    return { ...rest, ...(a.length ? { alts: a } : {}), ...(y.length ? { syn: y } : {}) };
  };
  const cleaned: ParsedQuery = { ...parsed, groups: parsed.groups.map((g) => g.map(dropAlts)) };
  if (cleaned.groups.length !== 1) return { parsed: cleaned, where: [], gen: generation, postings };
  const where: SQL[] = [];
  const required: string[] = [];
  const kept: Clause[] = [];
  for (const c of cleaned.groups[0]!) {
    const w = c.words[0]!;
    if (c.phrase || !colliding.has(w)) {
      kept.push(c);
      continue;
    }
    // The word itself or a longer form, in the stored unstemmed words (words_tsv, migration 0029): a
    // condition on each row like the others, which the planner may also take from that column's index.
    // Such a word is required (not ranked by coverage): its stemmed form alone cannot tell the entries
    // that have it. Its other forms (peserta: PPDB) count as having it.
    const others = c.negated ? [] : [...(c.alts ?? []), ...(c.syn ?? [])];
    const alt = others.length
      ? clauseSql(
          { words: others[0]!, phrase: others[0]!.length > 1, negated: false, ...(c.alts ? { alts: c.alts } : {}), ...(c.syn ? { syn: c.syn } : {}) },
          null,
        )
      : undefined;
    const has = sql`s.words_tsv @@ to_tsquery('simple', ${`${w}:*`})`;
    if (c.negated) where.push(sql`not (${has})`);
    else {
      kept.push(c);
      required.push(w);
      where.push(alt ? sql`(${has} or s.tsv @@ ${alt})` : has);
    }
  }
  return { parsed: { ...cleaned, groups: kept.length ? [kept] : [] }, where, gen: generation, postings, required };
}

/**
 * The filters as conditions. `unindexed`: category and "downloadable" written so that the planner cannot
 * take them from their own indexes. With three categories and two values, each matches a large share of
 * the entries (berkala: 72 %), and for the capped count the planner would otherwise read such an index in
 * full to combine it with the words' (anggaran berkala: 725,000 index rows for 1,001 hits); checked on
 * each hit instead. A year or a unit is a small share, and its index is the quick way.
 */
function filterSql(f: z.output<typeof ZSearchInput>, unindexed = false): SQL[] {
  const where: SQL[] = [];
  if (f.unitId) where.push(sql`s.unit_id = ${f.unitId}`);
  if (f.category) where.push(unindexed ? sql`s.category || '' = ${f.category}` : sql`s.category = ${f.category}`);
  if (f.year) where.push(sql`s.year = ${f.year}`);
  if (f.form) where.push(sql`${f.form} = any(s.forms)`);
  if (f.downloadable) where.push(unindexed ? sql`s.has_file is true` : sql`s.has_file`);
  return where;
}

// The order of hits: tier first (3: the title alone matches, 2: title with summary and tags, 1: only
// with the document text), then, within the first RANK_WINDOW positions, the rank; newest first on ties
// and beyond the window. Ranking reads each hit's whole vector, so only that window is ranked: a broad
// word (anggaran: 23,000 hits at 100,000 entries) would otherwise rank tens of thousands of vectors.
const RANK_WINDOW = 100;
/**
 * How a tier of several words chooses how to read (see runPage): `sample`, rows checked in published
 * order first; `minBound`, the least bound; `titlePostings`, the title tier from search_title_postings
 * where it can. Exported so that a test can reach every way on a small catalog.
 */
export const searchTuning = { sample: 1000, minBound: 1000, titlePostings: true };
/** Pieces of web and mail addresses, which the text parser keeps inside one token (see broadWords). */
const URL_PIECES = new Set(['http', 'https', 'html', 'mailto']);
/** Broad queries count their hits up to this many, and then say "more than" (see SearchResult.totalCapped). */
export const COUNT_CAP = 1000;

// The title (A) and title-and-summary (A, B) parts of the vector, stored and indexed (migration 0029).
const TITLE_TSV = sql`s.title_tsv`;
const HEAD_TSV = sql`s.head_tsv`;

/**
 * One statement for the page and its total: the candidates tier by tier (a tier is read only while the
 * ones above it leave the window short, newest first, each from its own index or in published order),
 * the count (capped), the window ranked, and the page joined and highlighted.
 */
export async function runPage(
  db: DbOrTx,
  f: z.output<typeof ZSearchInput>,
  { parsed, where: extra, postings, required = [] }: Prepared,
  prefix: boolean,
  exactTotal: boolean,
  matchAll = false,
): Promise<PageResult> {
  const q = tsquerySql(parsed, prefix);
  // Entries with only some of the words come after those with all of them, by how many they have.
  const levels = q && !matchAll ? coverageLevels(parsed, prefix) : [];
  /** Any part matches: the loosest level when there are levels, else the query itself. */
  const anyQ = levels.length ? levels[levels.length - 1]!.q : q;
  // The same without the dictionary's forms: an entry with the words as written ranks above one that
  // has only a synonym (banjir above bencana).
  const hasSyn = parsed.groups.some((g) => g.some((c) => c.syn?.length));
  const litQ = hasSyn ? tsquerySql(parsed, prefix, false) : null;
  const litLevels = hasSyn && levels.length ? coverageLevels(parsed, prefix, false) : [];
  const litAnyQ = litLevels.length ? litLevels[litLevels.length - 1]!.q : litQ;
  const filters = [...filterSql(f), ...extra];
  const offset = (f.page - 1) * f.pageSize;
  const need = offset + f.pageSize;
  const want = Math.max(RANK_WINDOW, need);
  const cap = Math.max(COUNT_CAP, need);
  const and = (parts: SQL[]) => (parts.length ? sql.join(parts, sql` and `) : sql`true`);
  const negated = parsed.groups.some((g) => g.some((c) => c.negated));
  // A tier's own condition. Hits of the tiers above are left out by id: when a lower tier is read at all,
  // those above it were read completely. tsv (everything) stays the judge of an excluded word
  // (-perubahan), which may be absent from the title yet present in the document text (see below).
  const tiers: { name: string; cond: SQL }[] = q
    ? [
        { name: 't3', cond: sql`${TITLE_TSV} @@ ${q}` },
        { name: 't2', cond: sql`${HEAD_TSV} @@ ${q} and s.entry_id not in (select entry_id from t3)` },
        { name: 't1', cond: sql`s.tsv @@ ${q} and s.entry_id not in (select entry_id from t3) and s.entry_id not in (select entry_id from t2)` },
      ]
    : [{ name: 't1', cond: sql`true` }];
  // Coverage levels below them (tier numbers below zero: level k is tier k - 100), from the whole vector.
  const levelTiers = levels.map((l, i) => ({
    name: `l${l.k}`,
    tier: l.k - 100,
    cond: sql`s.tsv @@ ${l.q} and ${sql.join(
      [...tiers.map((t) => t.name), ...levels.slice(0, i).map((x) => `l${x.k}`)].map((n) => sql`s.entry_id not in (select entry_id from ${sql.raw(n)})`),
      sql` and `,
    )}`,
  }));
  const ctes: SQL[] = [];
  // Several words that must all match: the planner multiplies their shares (kode & rekening: 0.5 % of the
  // entries), but words that come together in a catalog match far more (10 %), and then it sorts tens of
  // thousands of index hits for the newest hundred. A phrase is such a case too ("laporan realisasi
  // anggaran": guessed 369 titles, in truth 22,621). For such a tier the newest SAMPLE rows (in published
  // order, after the filters) are checked first, on the stored vectors (a microsecond or two a row):
  // - the window is full there: those are the newest hits, done;
  // - else their share of hits, times the entries, estimates all hits. Above BOUND = sqrt(want × entries)
  //   (10,000 at 1,000,000), the walk goes on (about entries/BOUND × want rows at most); at or below it,
  //   the hits are read from the index and sorted (at most about BOUND rows). Either way about BOUND rows
  //   instead of every hit, and no count of the hits first (which read up to BOUND rows from the heap
  //   before the walk even started).
  const together =
    parsed.groups.length === 1 && (parsed.groups[0]!.filter((c) => !c.negated).length > 1 || parsed.groups[0]!.some((c) => !c.negated && c.phrase));
  let boundMade = false;
  const boundedTier = (name: string, tier: number, cond: SQL, left: SQL) => {
    const sample = sql.raw(`${name}_s`);
    const first = !boundMade;
    boundMade = true;
    // The estimate: hits in the sample × entries / SAMPLE (the sample is the whole table when smaller).
    const many = sql`(select count(*) from ${sample}) * (select n from bound) > (select v from bound) * ${searchTuning.sample}::float8`;
    const newest = sql`(select * from ${dipSearch} s where ${and(filterSql(f))} order by s.published_at desc, s.entry_id desc`;
    return sql`${first ? sql`bound as materialized (select greatest(${searchTuning.minBound}::int, sqrt(${want}::float8 * greatest(c.reltuples, 0)))::int as v, greatest(c.reltuples, 0)::float8 as n from pg_class c where c.oid = 'dip_search'::regclass), ` : sql``}${sample} as materialized (
        select s.entry_id, s.published_at from ${newest} limit ${searchTuning.sample}) s where ${cond} and ${and(extra)}),
      ${sql.raw(name)} as materialized (
        select * from (
          (select x.entry_id, x.published_at, ${tier}::int as tier from ${sample} x
           where (select count(*) from ${sample}) >= ${left} order by x.published_at desc, x.entry_id desc limit ${left})
          union all
          (select s.entry_id, s.published_at, ${tier}::int as tier from ${newest} offset 0) s
           where ${cond} and ${and(extra)} and (select count(*) from ${sample}) < ${left} and ${many} limit ${left})
          union all
          (select s.entry_id, s.published_at, ${tier}::int as tier from ${dipSearch} s
           where ${cond} and ${and(filters)} and (select count(*) from ${sample}) < ${left} and not ${many}
           order by s.published_at + interval '0 seconds' desc, s.entry_id desc limit ${left})
        ) u limit ${left})`;
  };
  // A word of the query that more than `cap` published entries have in their title, summary or tags
  // (search_words, kept by the publication's search_terms) proves "more than cap" with one key lookup:
  // each of those entries has the word's stem in its vector, so every one matches the loosest level
  // (any part). Reading the index instead builds the bitmap of every hit first: ~40,000 at 1,000,000
  // entries for a common word, several times that for the union of a few. Only without filters and
  // exclusions, and for plain words of four letters or more (not the pieces of addresses and numbers
  // that the parser keeps whole: www, com, http).
  const positive = parsed.groups.length === 1 ? parsed.groups[0]!.filter((c) => !c.negated) : [];
  const lastWord = prefix ? lastPositiveWord(parsed) : null;
  // With the stop-word rule's condition (one required word, see prepare), that word alone: an entry with
  // it in a title, summary or tags meets the condition too.
  const broadWords =
    q &&
    !exactTotal &&
    !negated &&
    !filterSql(f).length &&
    (extra.length === 0 || (extra.length === 1 && required.length === 1)) &&
    parsed.groups.length === 1 &&
    (levels.length > 0 || positive.length === 1)
      ? positive
          .filter((c) => c !== lastWord && !c.phrase && /^[a-z]{4,40}$/.test(c.words[0]!) && !URL_PIECES.has(c.words[0]!))
          .map((c) => c.words[0]!)
          .filter((w) => !extra.length || w === required[0])
      : [];
  // The last word read as a prefix (infor): a published word starting with it that more than `cap`
  // entries have, and whose own stem the prefix matches (informasi: yes; pengadaan → ada for "peng": no),
  // proves the same, from a short key range instead of the bitmap of every word it starts (~90,000 hits).
  const prefixWord =
    lastWord && q && !exactTotal && !negated && !filters.length && parsed.groups.length === 1 && (levels.length > 0 || positive.length === 1)
      ? lastWord.words[0]!
      : null;
  const broadPrefix =
    prefixWord && /^[a-z]{4,40}$/.test(prefixWord) && !URL_PIECES.has(prefixWord)
      ? sql`exists (select 1 from ${searchWords} t where t.word >= ${prefixWord} and t.word < ${nextKey(prefixWord)}
          and t.entries > ${cap} and to_tsvector('indonesian', t.word) @@ to_tsquery('indonesian', ${`${prefixWord}:*`}))`
      : null;
  const broadChecks = [
    ...(broadWords.length
      ? [
          sql`exists (select 1 from ${searchWords} t where t.word in (${sql.join(
            broadWords.map((w) => sql`${w}`),
            sql`, `,
          )}) and t.entries > ${cap})`,
        ]
      : []),
    ...(broadPrefix ? [broadPrefix] : []),
  ];
  const broadFirst = broadChecks.length ? sql`when ${sql.join(broadChecks, sql` or `)} then ${cap + 1}` : sql``;
  // The title tier from the title's words in published order, when the query has a shape they can read:
  // read first, on its own. When it fills the window, the tiers below it and the coverage levels are
  // left out of the page's statement (planning them cost more than reading the titles), and when it also
  // finds more than `cap` titles (read that far when no published word proves the count), so is the count.
  const titleScan = q && searchTuning.titlePostings ? titlePostingsScan(parsed, prefix, f, extra, q, postings) : null;
  // A published word's proof (below) is asked in the same statement: then the page's statement need not
  // carry (and plan) the count from the index either.
  let titleRows: { entry_id: string; published_at: Date | string; broad?: boolean }[] | null = null;
  let proven = false;
  if (titleScan) {
    const far = !broadChecks.length && !exactTotal;
    const broad = broadChecks.length && !exactTotal ? sql`, ${sql.join(broadChecks, sql` or `)} as broad` : sql``;
    // With an exclusion, every candidate's whole vector is read (document text too); the count is proven
    // from the titles of entries without a document instead, whose vector is the title and summary's.
    const split = far && titleScan.negated;
    const proof = split ? sql`, (select count(*) from (${titleScan.select(sql`1`, sql`${cap + 1}::int`, true)}) n) > ${cap} as broad` : broad;
    const r = await db.execute(
      sql`select w.*${proof} from (${titleScan.select(sql`p0.entry_id, p0.published_at`, sql`${far && !split ? cap + 1 : want}::int`)}) w`,
    );
    titleRows = r.rows as { entry_id: string; published_at: Date | string; broad?: boolean }[];
    proven = !exactTotal && (titleRows.length > cap || titleRows[0]?.broad === true);
  }
  const titleFull = titleRows !== null && titleRows.length >= want;
  const readTiers = titleFull ? tiers.filter((t) => t.name === 't3') : tiers;
  const readLevels = titleFull ? [] : levelTiers;
  const read: SQL[] = [];
  for (const t of readTiers) {
    const left = read.length ? sql`greatest(${want}::int - ${sql.join(read, sql` - `)}, 0)` : sql`${want}::int`;
    const tier = tiers.length - tiers.indexOf(t);
    // With an excluded word, the tier's newest rows are checked against the whole vector one by one, as
    // they come: combined with the tier's index, the whole vector's long lists would be read in full.
    ctes.push(
      titleRows && t.name === 't3'
        ? sql`t3 as materialized (
            select x.entry_id, x.published_at, ${tier}::int as tier
            from unnest(${sql.param(titleRows.map((r) => r.entry_id))}::uuid[], ${sql.param(titleRows.map((r) => new Date(r.published_at).toISOString()))}::timestamptz[]) x(entry_id, published_at)
            order by x.published_at desc, x.entry_id desc limit ${left})`
        : negated && t.name !== 't1'
          ? sql`${sql.raw(t.name)} as materialized (
            select y.entry_id, y.published_at, ${tier}::int as tier from (
              select s.entry_id, s.published_at, s.tsv from ${dipSearch} s where ${t.cond} and ${and(filters)}
              order by s.published_at desc, s.entry_id desc offset 0
            ) y where y.tsv @@ ${q} limit ${left})`
          : together
            ? boundedTier(t.name, tier, t.cond, left)
            : sql`${sql.raw(t.name)} as materialized (
            select s.entry_id, s.published_at, ${tier}::int as tier from ${dipSearch} s where ${t.cond} and ${and(filters)}
            order by s.published_at desc, s.entry_id desc limit ${left})`,
    );
    read.push(sql`(select count(*)::int from ${sql.raw(t.name)})`);
  }
  for (const t of readLevels) {
    const left = sql`greatest(${want}::int - ${sql.join(read, sql` - `)}, 0)`;
    ctes.push(sql`${sql.raw(t.name)} as materialized (
      select s.entry_id, s.published_at, ${t.tier}::int as tier from ${dipSearch} s where ${t.cond} and ${and(filters)}
      order by s.published_at desc, s.entry_id desc limit ${left})`);
    read.push(sql`(select count(*)::int from ${sql.raw(t.name)})`);
  }
  const all = and([...(anyQ ? [sql`s.tsv @@ ${anyQ}`] : []), ...filters]);
  const capped = and([...(anyQ ? [sql`s.tsv @@ ${anyQ}`] : []), ...(anyQ ? filterSql(f, true) : filterSql(f)), ...extra]);
  // When the titles alone fill the window, their own (shorter) index may show more than the cap already:
  // cheaper than the whole vector's, above all for phrases, which are checked row by row.
  const titleFirst =
    q && !exactTotal && titleRows
      ? proven
        ? sql`when true then ${cap + 1}`
        : sql``
      : q && !negated && !exactTotal
        ? sql`when (select count(*) from t3) >= ${want}
          and (select count(*) from (select 1 from ${dipSearch} s where ${TITLE_TSV} @@ ${q} and ${and([...filterSql(f, true), ...extra])} limit ${cap + 1}) y) > ${cap}
          then ${cap + 1}`
        : sql``;
  // Rank: cover density with weights three orders of magnitude apart (A title 1, B summary and tags 1e-3,
  // C document text 1e-6). A vector keeps at most 256 positions per word, so a word repeated all through
  // a document (<= 2.6e-4) never outranks one mention in the summary, nor a summary one in the title.
  // Entries with only some of the words rank by the words they have (the query's phrases weigh the same).
  const weights = sql`'{0, 0.000001, 0.001, 1}'`;
  // Each tsquery once for the statement (a scalar subquery), not parsed and stemmed again for every
  // ranked or highlighted row.
  const once = (x: SQL | null) => (x ? sql`(select ${x})` : null);
  const rankOf = (x: SQL, lit: SQL | null) =>
    lit ? sql`ts_rank_cd(${weights}, s.tsv, ${x}) + ts_rank_cd(${weights}, s.tsv, ${lit})` : sql`ts_rank_cd(${weights}, s.tsv, ${x})`;
  const rank = q
    ? levels.length
      ? sql`(case when c.tier > 0 then ${rankOf(once(q)!, once(litQ))} else ${rankOf(once(anyQ)!, once(litAnyQ))} end)::float8`
      : sql`(${rankOf(once(q)!, once(litQ))})::float8`
    : sql`0::float8`;
  // Within the window: ranked; the page may also reach past it, where candidate order holds.
  const wanted = offset < RANK_WINDOW ? sql`c.pos <= ${want}` : sql`c.pos > ${offset} and c.pos <= ${need}`;
  const order = offset < RANK_WINDOW ? sql`r.pos > ${RANK_WINDOW}, r.tier desc, case when r.pos <= ${RANK_WINDOW} then r.rank end desc, r.pos` : sql`r.pos`;
  const skip = offset < RANK_WINDOW ? offset : 0;
  // Only the page of hits gets joined and highlighted. The document text is parsed for a snippet only
  // when neither the summary nor the title explains the hit: parsing 30,000 characters takes milliseconds.
  const strip = (col: SQL) => sql`translate(${col}, ${START + STOP}, '')`;
  const headlines = q
    ? sql`ts_headline('indonesian', ${strip(sql`s.title`)}, ${once(anyQ)}, ${HEADLINE_TITLE}) as title_hl,
          case when strpos(x.summary_hl, ${START}) > 0 or s.doc_text = '' or h.tier = 3 then x.summary_hl
               else ts_headline('indonesian', ${strip(sql`left(s.doc_text, ${SNIPPET_DOC_CHARS})`)}, ${once(anyQ)}, ${HEADLINE_SNIPPET}) end as snippet_hl`
    : sql`null as title_hl, null as snippet_hl`;
  const summaryHeadline = q ? sql`ts_headline('indonesian', ${strip(sql`s.summary`)}, ${once(anyQ)}, ${HEADLINE_SNIPPET})` : sql`null::text`;
  const result = await db.execute(sql`
    with ${sql.join(ctes, sql`, `)},
    cand as (
      select c.*, row_number() over (order by c.tier desc, c.published_at desc, c.entry_id desc) as pos
      from (${sql.join(
        [...readTiers, ...readLevels].map((t) => sql`select * from ${sql.raw(t.name)}`),
        sql` union all `,
      )}) c
    ),
    counted as (
      select case when (select count(*) from cand) < ${want} then (select count(*)::int from cand)
        ${proven ? sql`` : broadFirst}
        ${titleFirst}
        else ${
          exactTotal
            ? sql`(select count(*)::int from (select 1 from ${dipSearch} s where ${all}) x)`
            : proven
              ? sql`${cap + 1}`
              : sql`(select count(*)::int from (select 1 from ${dipSearch} s where ${capped} limit ${cap + 1}) x)`
        } end as total,
        (select count(*)::int from cand where tier > 0) as strict
    ),
    page as (
      select r.*, row_number() over (order by ${order}) as ord from (
        select c.entry_id, c.tier, c.pos, c.published_at, ${rank} as rank
        from cand c join ${dipSearch} s on s.entry_id = c.entry_id where ${wanted} offset 0
      ) r
      order by ${order} limit ${f.pageSize} offset ${skip}
    )
    select n.total, n.strict, h.entry_id, h.rank, e.slug, e.number, s.unit_id, u.code as unit_code, u.name as unit_name,
           s.title, s.summary, s.category, s.year, s.published_at, s.has_file, ${headlines}
    from counted n left join (
      page h
      join ${dipSearch} s on s.entry_id = h.entry_id
      join ${dipEntries} e on e.id = h.entry_id and e.published_version_id is not null and e.status <> 'unpublished'
      join ${units} u on u.id = e.unit_id
      cross join lateral (select ${summaryHeadline} as summary_hl offset 0) x
    ) on true
    order by h.ord`);
  const rows = result.rows as unknown as (Row & { total: number; strict: number })[];
  let total = Number(rows[0]?.total ?? 0);
  const strict = Number(rows[0]?.strict ?? 0);
  let totalCapped = false;
  if (!exactTotal && total > cap) {
    total = cap;
    totalCapped = true;
  }
  const items = rows
    .filter((r) => r.entry_id !== null)
    .map((r): SearchHit => {
      const snippetParts = r.snippet_hl && r.snippet_hl.includes(START) ? highlightParts(r.snippet_hl) : [{ text: clip(r.summary) }];
      return {
        id: r.entry_id,
        slug: r.slug,
        number: r.number,
        title: r.title,
        titleParts: r.title_hl ? highlightParts(r.title_hl) : [{ text: r.title }],
        unitId: r.unit_id,
        unitCode: r.unit_code,
        unitName: r.unit_name,
        category: r.category,
        year: r.year === null ? null : Number(r.year),
        snippetParts,
        rank: Number(r.rank),
        publishedAt: r.published_at instanceof Date ? r.published_at : new Date(r.published_at),
        hasFile: r.has_file === true,
      };
    });
  return { total, totalCapped, items, strict };
}

/** One page of hits; `strict`: how many of the candidates have every word (0: only partial matches). */
export type PageResult = { total: number; totalCapped: boolean; items: SearchHit[]; strict: number };

/** The least key after every key that starts with `w` (for a primary key range of words starting with it). */
function nextKey(w: string): string {
  return w.slice(0, -1) + String.fromCharCode(w.charCodeAt(w.length - 1) + 1);
}

/** Unknown words of the query, each mapped to the closest published word, or to null when none is close. */
export async function corrections(db: DbOrTx, parsed: ParsedQuery, known: Set<string> = new Set()): Promise<Map<string, string | null>> {
  const last = lastPositiveWord(parsed);
  const candidates = new Map<string, boolean>();
  for (const g of parsed.groups)
    for (const c of g) {
      if (c.negated) continue;
      for (const w of c.words) {
        if (w.length < 3 || w.length > 40 || /^\d+$/.test(w) || STOP_WORDS.has(w) || known.has(w)) continue;
        candidates.set(w, candidates.get(w) || c === last);
      }
    }
  const out = new Map<string, string | null>();
  if (!candidates.size) return out;
  // A word is known when it is a published title/summary word (primary key lookup), or else when the
  // index finds it (stemmed, or only in document text): one hit is enough.
  const probes = [...candidates].map(([w, prefix]) => {
    const tq = prefix ? sql`to_tsquery('indonesian', ${`${w}:*`})` : sql`plainto_tsquery('indonesian', ${w})`;
    // As a prefix, a published word that starts with it and whose stem it matches (a short key range)
    // comes before the index, which would first gather every word it starts (infor: ~90,000 hits).
    const published = prefix
      ? sql`exists (select 1 from ${searchWords} t where t.word >= ${w} and t.word < ${nextKey(w)} and to_tsvector('indonesian', t.word) @@ ${tq})`
      : sql`exists (select 1 from ${searchWords} t where t.word = ${w})`;
    return {
      w,
      published: sql`select ${w}::text as w, ${published} as found`,
      indexed: sql`select ${w}::text as w,
      (select count(*) from (select 1 from ${dipSearch} s where s.tsv @@ ${tq} limit 1) x) > 0 as found`,
    };
  });
  // The published words first, on their own: a statement that names the vector costs milliseconds to plan
  // (the planner reads the column's word statistics), and most words are published ones.
  const inWords = await db.execute(
    sql.join(
      probes.map((p) => p.published),
      sql` union all `,
    ),
  );
  const unknown = new Set((inWords.rows as { w: string; found: boolean }[]).filter((r) => !r.found).map((r) => r.w));
  const indexed = unknown.size
    ? await db.execute(
        sql.join(
          probes.filter((p) => unknown.has(p.w)).map((p) => p.indexed),
          sql` union all `,
        ),
      )
    : { rows: [] };
  const missing = (indexed.rows as { w: string; found: boolean }[]).filter((r) => !r.found).map((r) => r.w);
  for (const w of missing) out.set(w, await closestTerm(db, w));
  return out;
}

/**
 * The published word closest to `w` by trigram similarity, from the distinct published words. First the
 * words sharing the first two letters (a primary key range), kept when clearly close (similarity >= 0.4);
 * only then the trigram index, for typos in the first two letters. Ties: the word more entries use.
 */
async function closestTerm(db: DbOrTx, w: string): Promise<string | null> {
  const lo = w.slice(0, 2);
  const hi = nextKey(lo);
  const near = await db.execute(sql`
    select t.word from ${searchWords} t
    where t.word >= ${lo} and t.word < ${hi} and t.word <> ${w} and similarity(t.word, ${w}) >= 0.4
    order by similarity(t.word, ${w}) desc, t.entries desc, t.word limit 1`);
  const quick = (near.rows[0] as { word: string } | undefined)?.word;
  if (quick) return quick;
  // `%` uses the trigram index (similarity above pg_trgm.similarity_threshold, 0.3 by default).
  const best = await db.execute(sql`
    select t.word from ${searchWords} t where t.word % ${w} and t.word <> ${w}
    order by similarity(t.word, ${w}) desc, t.entries desc, t.word limit 1`);
  return (best.rows[0] as { word: string } | undefined)?.word ?? null;
}

/**
 * The query with its unknown words replaced by their closest published words. A plain word with no close
 * match is left out, so that "realisasi anggran zzqx" suggests "realisasi anggaran" rather than another
 * query that cannot find anything; a part is never emptied of its positive words that way.
 */
export function applyCorrections(p: ParsedQuery, fixes: Map<string, string | null>): ParsedQuery {
  const groups = p.groups.map((g) => {
    const fixed = g
      .filter((c) => c.negated || c.phrase || fixes.get(c.words[0]!) !== null)
      .map((c) => (c.negated ? c : { ...c, words: c.words.map((w) => fixes.get(w) ?? w) }));
    return fixed.some((c) => !c.negated) ? fixed : g;
  });
  return { ignored: p.ignored, groups };
}
