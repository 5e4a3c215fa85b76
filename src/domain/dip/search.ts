// Public full-text search over the DIP: reads only dip_search (published entries), ranks title over
// summary over document text, highlights the page of hits, and suggests a spelling from published words.
// The entry point; the query language is in search-query.ts, one page's statement in search-page.ts,
// the highlights in search-highlight.ts, the input and result shapes in search-input.ts.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import { dipSearch, searchSynonyms, searchWords } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { prepare, runPage, corrections, applyCorrections, type PageResult } from './search-page.js';
import { buildSynonymMap, expandQuery, formatQuery, lastPositiveWord, parseQuery, wordsOf, type ParsedQuery, type SynonymMap } from './search-query.js';
import { lexemeStats } from './search-title-postings.js';
import { MAX_QUERY_LENGTH, ZSearchInput, type SearchHit, type SearchInput, type SearchResult } from './search-input.js';

/**
 * Searches the published DIP (a stable entry point: the portal and the CKAN-style API both call it).
 *
 * - `q`: web-search syntax (words, "phrases", -exclusions, or/atau); stop, question and filler words are
 *   dropped; Indonesian stemming (perizinan finds izin); hyphenated, split and joined forms meet (e-ktp,
 *   e ktp, ektp); the synonym dictionary adds other forms (RKPD ↔ rencana kerja pemerintah daerah). An
 *   empty query, or one of stop words only, lists everything that passes the filters, newest first.
 * - Any word may match: entries with every part of the query come first (as the order below), then those
 *   with fewer parts, by how many (`matchAll`: every part must match, as CKAN's q).
 * - Filters: `unitId`, `category`, `year`, `form`; paging: `page` (1-based, at most 1000) and `pageSize`
 *   (at most 100).
 * - Order: title matches, then summary/tag matches, then document-text matches; newest first on ties.
 * - `suggestion` when a word is unknown; when no entry had every word and the suggestion's entries do (or
 *   nothing was found at all), the items are those of the suggestion (`suggestionApplied`).
 * - `total`: hits are counted up to COUNT_CAP (or the end of the page asked for) and `totalCapped` says
 *   there are more; `exactTotal` counts them all (slower for broad words: tens of milliseconds at 100,000 entries).
 * - Throws AppError `query_too_long` (400) over 200 characters, `invalid_search` (400) for bad filters.
 */
export async function searchPublished(db: DbOrTx, input: SearchInput, opts: { exactTotal?: boolean; matchAll?: boolean } = {}): Promise<SearchResult> {
  const exact = opts.exactTotal ?? false;
  const started = performance.now();
  const parsedInput = ZSearchInput.safeParse(input);
  if (!parsedInput.success) {
    if (parsedInput.error.issues.some((i) => i.path[0] === 'q')) {
      throw new AppError('query_too_long', 400, catalogueMessages('dip.search.search_text_too_long_use', { MAX_QUERY_LENGTH }));
    }
    throw new AppError('invalid_search', 400, catalogueMessages('dip.search.search_filters_are_not_valid'));
  }
  const f = parsedInput.data;
  const parsed = parseQuery(f.q);
  if (!parsed.groups.length) return finish(await runPage(db, f, { parsed, where: [] }, false, exact));
  return (db as Db).transaction(async (tx) => {
    // Matching and ranking read each row's whole stored vector, which the planner does not cost: left to
    // itself it picks a sequential scan (and reads every vector) for prefix and "common" words. Measured
    // on both backends: the GIN index is never slower here, and often many times faster. So sequential
    // scans are off for the transaction (set in its first statement, by prepare).
    return finish(await searchQuery(tx, f, parsed, exact, db, opts.matchAll ?? false));
  });

  function finish(r: {
    total: number;
    totalCapped: boolean;
    items: SearchHit[];
    suggestion?: string | null;
    suggestionApplied?: boolean;
    partialOnly?: boolean;
  }): SearchResult {
    return {
      total: r.total,
      totalCapped: r.totalCapped,
      items: r.items,
      page: f.page,
      pageSize: f.pageSize,
      suggestion: r.suggestion ?? null,
      suggestionApplied: r.suggestionApplied ?? false,
      ignoredWords: parsed.ignored,
      partialOnly: r.partialOnly ?? false,
      tookMs: Math.round((performance.now() - started) * 10) / 10,
    };
  }
}

// The dictionary, per database, as of a public generation: edits to search_synonyms bump the generation
// (a trigger, migration 0018) like every change the portal shows, and each search reads the generation
// in its first statement anyway. A changed generation (this or another instance, or a publication)
// reloads the dictionary: one small read.
type DictionaryCache = { gen: string; map: SynonymMap };
const dictionaries = new WeakMap<object, DictionaryCache>();

async function loadDictionary(db: DbOrTx): Promise<SynonymMap> {
  const rows = await db.execute(sql`select term, expansions, kind, two_way from ${searchSynonyms}`);
  return buildSynonymMap(
    (rows.rows as { term: string; expansions: string[]; kind: string; two_way: boolean }[]).map((r) => ({
      term: r.term,
      expansions: r.expansions,
      kind: r.kind,
      twoWay: r.two_way,
    })),
  );
}

/** Words of the query that the dictionary knows (not "corrected" into another word). */
function expandedWords(p: ParsedQuery): Set<string> {
  return new Set(p.groups.flatMap((g) => g.filter((c) => c.syn?.length).map((c) => c.words[0]!)));
}

async function searchQuery(db: DbOrTx, f: z.output<typeof ZSearchInput>, parsed: ParsedQuery, exact: boolean, key: object, matchAll: boolean) {
  let cached = dictionaries.get(key);
  let expanded = expandQuery(parsed, cached?.map);
  // How common the title words are, for the walk in published order (search-title-postings.ts).
  const stats = await lexemeStats(db, key);
  let prepared = await prepare(db, expanded, true, stats);
  if (!cached || cached.gen !== prepared.gen) {
    cached = { gen: prepared.gen ?? '', map: await loadDictionary(db) };
    dictionaries.set(key, cached);
    const again = expandQuery(parsed, cached.map);
    if (formatExpanded(again) !== formatExpanded(expanded)) {
      expanded = again;
      prepared = await prepare(db, expanded, false, stats);
    }
  }
  const dict = cached.map;
  // A word no published text has (a typo) cannot match together with the others: no entry has every
  // word, and the suggestion below would replace the hits whenever its entries do. Such a query goes to
  // the suggestion first (one cheap lookup per word), and only when that finds no entry with every word
  // is the query itself read: the same outcome without reading the partial matches first (kebakran
  // lahan: every text with "lahan"). Only for a plain word (no other forms, not in a phrase), which
  // matches nothing when the lookup knows it not.
  let fixes: Map<string, string | null> | undefined;
  let altFirst: PageResult | undefined;
  if (parsed.groups.length === 1) {
    fixes = await corrections(db, parsed, expandedWords(expanded));
    const clauses = expanded.groups[0]!;
    const plainTypo = [...fixes.keys()].some((w) => clauses.some((c) => !c.phrase && !c.negated && !c.alts?.length && !c.syn?.length && c.words[0] === w));
    const fixed = applyCorrections(parsed, fixes);
    const corrected = formatQuery(fixed);
    if (plainTypo && corrected !== formatQuery(parsed)) {
      const alt = (altFirst = await runPage(db, f, await prepare(db, expandQuery(fixed, dict), false, stats), false, exact, matchAll));
      if (alt.total > 0 && alt.strict > 0) {
        return { total: alt.total, totalCapped: alt.totalCapped, items: alt.items, suggestion: corrected, suggestionApplied: true, partialOnly: false };
      }
    }
  }
  let r = await runPage(db, f, prepared, false, exact, matchAll);
  // A last word that matches nothing whole may be the start of one ("keuang"): try it as a prefix.
  // Only when nothing was found, so that "dana" does not bury its own hits under "danau"; with other
  // words found, the correction below offers the whole word ("laporan keuang" → laporan keuangan).
  if (r.total === 0 && lastPositiveWord(prepared.parsed)) r = await runPage(db, f, prepared, true, exact, matchAll);
  let { total, totalCapped, items, strict } = r;
  let suggestion: string | null = null;
  let suggestionApplied = false;
  // With one group and hits for every word, every word matched something; a typo can hide only where no
  // entry has all the words, or behind alternatives (or).
  if (parsed.groups.length && (r.strict === 0 || parsed.groups.length > 1)) {
    const fixed = applyCorrections(parsed, fixes ?? (await corrections(db, parsed, expandedWords(expanded))));
    const corrected = formatQuery(fixed);
    if (corrected !== formatQuery(parsed)) {
      // No entry with every word: show what the suggestion finds when its entries have every word (or when
      // the query found nothing at all), else keep the partial matches and offer the suggestion.
      const alt = r.strict > 0 ? null : (altFirst ?? (await runPage(db, f, await prepare(db, expandQuery(fixed, dict), false, stats), false, exact, matchAll)));
      if (alt && alt.total > 0 && (alt.strict > 0 || total === 0)) {
        ({ total, totalCapped, items, strict } = alt);
        suggestion = corrected;
        suggestionApplied = true;
      } else if (total > 0) suggestion = corrected;
    }
  }
  return { total, totalCapped, items, suggestion, suggestionApplied, partialOnly: total > 0 && strict === 0 };
}

function formatExpanded(p: ParsedQuery): string {
  return JSON.stringify(p.groups);
}

/** Published words starting like `prefix` (or, failing that, resembling it), most used first. */
export async function suggestTerms(db: DbOrTx, prefix: string, limit = 8): Promise<string[]> {
  const w = wordsOf(prefix).join('');
  // Below three letters the trigram index cannot help, and every word would qualify anyway.
  if (w.length < 3) return [];
  const n = Math.min(Math.max(limit, 1), 50);
  const starts = await db.execute(sql`
    select t.word from ${searchWords} t where t.word like ${`${w.replace(/[\\%_]/g, '\\$&')}%`}
    order by t.entries desc, t.word limit ${n}`);
  const terms = (starts.rows as { word: string }[]).map((r) => r.word);
  if (terms.length) return terms;
  const similar = await db.execute(sql`
    select t.word from ${searchWords} t where t.word % ${w}
    order by similarity(t.word, ${w}) desc, t.entries desc, t.word limit ${n}`);
  return (similar.rows as { word: string }[]).map((r) => r.word);
}

/** Years present among published entries, for the filter menus. */
export async function searchFacets(db: DbOrTx): Promise<{ years: number[] }> {
  const rows = await db
    .selectDistinct({ year: dipSearch.year })
    .from(dipSearch)
    .where(isNotNull(dipSearch.year))
    .orderBy(sql`${dipSearch.year} desc`);
  return { years: rows.map((r) => Number(r.year)) };
}
