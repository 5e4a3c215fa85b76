// Public full-text search over the DIP: reads only dip_search (published entries), ranks title over
// summary over document text, highlights the page of hits, and suggests a spelling from published words.
import { isNotNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import { DIP_CATEGORIES, DIP_FORMS, dipEntries, dipSearch, searchSynonyms, searchWords, units, type DipCategory } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { FILLER_WORDS, QUESTION_WORDS, STOP_WORDS } from './text.js';

export const MAX_QUERY_LENGTH = 200;

export const ZSearchInput = z.object({
  q: z.string().max(MAX_QUERY_LENGTH).default(''),
  unitId: z.uuid().optional(),
  category: z.enum(DIP_CATEGORIES).optional(),
  year: z.number().int().min(1000).max(9999).optional(),
  form: z.enum(DIP_FORMS).optional(),
  /** Only entries whose published version has a downloadable file. */
  downloadable: z.boolean().optional(),
  page: z.number().int().min(1).max(1000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
export type SearchInput = z.input<typeof ZSearchInput>;

export type SearchHit = {
  id: string;
  slug: string;
  number: string;
  title: string;
  /** The title in pieces, the matched words marked (plain text: the page escapes it when it renders). */
  titleParts: Highlighted;
  unitId: string;
  unitCode: string;
  unitName: string;
  category: DipCategory;
  year: number | null;
  /** A fragment of the summary or document text in pieces, the matched words marked (plain text). */
  snippetParts: Highlighted;
  /** Higher is better; only comparable within one result set. */
  rank: number;
  publishedAt: Date;
  /** The published version has a downloadable file (dip_search.has_file). */
  hasFile: boolean;
};

/** Text in pieces, each plain (unescaped); `mark`: a word the query matched. */
export type Highlighted = { text: string; mark?: true }[];

/** The pieces as one plain string (the API's `snippet`, a page's title attribute). */
export function plainOf(parts: Highlighted): string {
  return parts.map((p) => p.text).join('');
}

export type SearchResult = {
  /** The number of hits; with `totalCapped`, a lower bound (COUNT_CAP, or the end of the page asked for). */
  total: number;
  /** True when there are more than `total` hits and they were not all counted ("more than 1,000"). */
  totalCapped: boolean;
  items: SearchHit[];
  page: number;
  pageSize: number;
  /** A corrected query ("Maksud Anda: …") when a word is not in the published vocabulary; null otherwise. */
  suggestion: string | null;
  /** True when the query found nothing and the items are those of `suggestion`. */
  suggestionApplied: boolean;
  /** Common words left out of the query (yang, dan, di, …). */
  ignoredWords: string[];
  /** No published entry has every word of the query: the hits have some of them, those with more first. */
  partialOnly: boolean;
  tookMs: number;
};

// --- query parsing ----------------------------------------------------------------------------------

/**
 * One part of a query: a word or a quoted phrase, possibly negated with a leading minus. Other forms, each
 * a word list (one word, or a phrase matched in order): `alts`, other ways of writing it (e-ktp: ektp,
 * "e ktp"); `syn`, the synonym dictionary's expansions (ranked below the words as written).
 */
export type Clause = { words: string[]; phrase: boolean; negated: boolean; alts?: string[][]; syn?: string[][] };
/** Clauses in a group must all match; any group may match (OR). */
export type ParsedQuery = { groups: Clause[][]; ignored: string[] };

const MAX_CLAUSES = 24;
const OR_WORDS = new Set(['or', 'atau']);
/** At most this many other forms per part of a query (dictionary expansions included). */
const MAX_ALTS = 8;

/** Lower-case, without diacritics, split into letters-and-digits words. */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && w.length <= 60);
}

// e-KTP, covid-19, e-mail (hyphen, non-breaking hyphen); not dashes between years (2025–2029), which
// stay two words.
const COMPOUND = /^[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)+$/u;

/**
 * The words of one written form for matching: a hyphenated word becomes one joined word (e-KTP → ektp),
 * as the index holds it (migration 0018); everything else as wordsOf.
 */
export function formWords(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/\s+/)) {
    const t = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (COMPOUND.test(t)) {
      const joined = wordsOf(t).join('');
      if (joined.length <= 40) {
        out.push(joined);
        continue;
      }
    }
    out.push(...wordsOf(t));
  }
  return out;
}

/** A word clause with the other written forms of a word: covid19 → "covid 19". */
function wordClause(w: string, negated: boolean): Clause {
  const m = /^(\p{L}{2,})(\p{N}+)$/u.exec(w);
  return m ? { words: [w], phrase: false, negated, alts: [[m[1]!, m[2]!]] } : { words: [w], phrase: false, negated };
}

/**
 * Parses a query with web-search semantics: words (ranked by how many of them an entry has, see
 * searchPublished), "quoted phrases" match in order, -word excludes, `or` (or `atau`) between parts gives
 * alternatives. Stop words and question words (berapa, kapan, di mana) are dropped from plain words, and
 * so are filler words (mohon, minta, informasi) while another word is left; not from phrases, whose word
 * distances must stay as written. Hyphenated, split and joined forms meet: "e-ktp", "e ktp" and "ektp"
 * all search for ektp or the phrase "e ktp".
 */
export function parseQuery(input: string): ParsedQuery {
  const groups: (Clause & { filler?: boolean })[][] = [[]];
  const ignored: string[] = [];
  let count = 0;
  const re = /(-?)"([^"]*)"?|(\S+)/g;
  for (let m = re.exec(input); m && count < MAX_CLAUSES; m = re.exec(input)) {
    const current = groups[groups.length - 1]!;
    if (m[2] !== undefined) {
      const words = wordsOf(m[2]);
      if (!words.length) continue;
      current.push(words.length === 1 ? wordClause(words[0]!, m[1] === '-') : { words, phrase: true, negated: m[1] === '-' });
      count++;
      continue;
    }
    const token = m[3]!;
    if (OR_WORDS.has(token.toLowerCase())) {
      if (current.length) groups.push([]);
      continue;
    }
    const negated = token.startsWith('-') && token.length > 1;
    const body = (negated ? token.slice(1) : token).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const parts = wordsOf(body);
    if (COMPOUND.test(body.normalize('NFKD')) && parts.length > 1 && parts.join('').length <= 40) {
      current.push({ words: [parts.join('')], phrase: false, negated, alts: [parts] });
      count++;
      continue;
    }
    for (const w of parts) {
      if (STOP_WORDS.has(w) || QUESTION_WORDS.has(w)) {
        if (!ignored.includes(w)) ignored.push(w);
        continue;
      }
      current.push({ ...wordClause(w, negated), ...(FILLER_WORDS.has(w) && !negated ? { filler: true } : {}) });
      count++;
    }
  }
  const out: Clause[][] = [];
  for (const g of groups) {
    // A lone letter before a word is the first part of a split form: "e ktp" → ektp or "e ktp".
    const merged: (Clause & { filler?: boolean })[] = [];
    for (let i = 0; i < g.length; i++) {
      const c = g[i]!;
      const next = g[i + 1];
      if (!c.phrase && !c.negated && !c.alts && /^\p{L}$/u.test(c.words[0]!) && next && !next.phrase && !next.negated && !next.filler) {
        const second = next.alts?.[0] ?? next.words;
        merged.push({ words: [c.words[0]! + next.words[0]!], phrase: false, negated: false, alts: [[c.words[0]!, ...second]] });
        i++;
        continue;
      }
      merged.push(c);
    }
    const content = merged.some((c) => !c.negated && !c.filler);
    const kept: Clause[] = [];
    for (const c of merged) {
      if (c.filler && content) {
        if (!ignored.includes(c.words[0]!)) ignored.push(c.words[0]!);
        continue;
      }
      const { filler: _filler, ...clause } = c;
      kept.push(clause);
    }
    if (kept.length) out.push(kept);
  }
  return { groups: out, ignored };
}

/** The query written back as text, e.g. for the "Maksud Anda" link (dictionary expansions are not written). */
export function formatQuery(p: ParsedQuery): string {
  return p.groups.map((g) => g.map((c) => `${c.negated ? '-' : ''}${c.phrase ? `"${c.words.join(' ')}"` : c.words[0]}`).join(' ')).join(' or ');
}

// --- synonym and abbreviation dictionary ------------------------------------------------------------

/** One dictionary entry as stored (search_synonyms). */
export type SynonymRow = { term: string; expansions: string[]; kind: string; twoWay: boolean };
/** The dictionary for matching: the content words of a form (joined by spaces) → the other forms' words. */
export type SynonymMap = Map<string, string[][]>;

/** The key a form is looked up by: its words without stop words (the query parser drops those too). */
export function synonymKey(text: string): string {
  const words = formWords(text).filter((w) => !STOP_WORDS.has(w) && !QUESTION_WORDS.has(w));
  // As the parser does: filler words go while another word is left (pejabat pengelola informasi …).
  const content = words.filter((w) => !FILLER_WORDS.has(w));
  return (content.length ? content : words).join(' ');
}

/**
 * Builds the lookup: an abbreviation and each of its long forms find each other (RKPD ↔ rencana kerja
 * pemerintah daerah); the forms of a two-way synonym all find one another (IMB ↔ PBG); a one-way synonym
 * takes the everyday word to the official terms only (lelang → tender, not tender → lelang).
 */
export function buildSynonymMap(rows: readonly SynonymRow[]): SynonymMap {
  const map: SynonymMap = new Map();
  const add = (from: string, to: string) => {
    const key = synonymKey(from);
    const words = formWords(to);
    if (!key || !words.length || synonymKey(to) === key) return;
    const list = map.get(key) ?? [];
    if (!list.some((l) => l.join(' ') === words.join(' '))) list.push(words);
    map.set(key, list);
  };
  for (const r of rows) {
    const expansions = r.expansions.filter((f) => f.trim());
    if (r.kind === 'singkatan') {
      // The abbreviation and each long form, not the long forms among themselves (SPM: standar pelayanan
      // minimal, surat perintah membayar).
      for (const b of expansions) {
        add(r.term, b);
        add(b, r.term);
      }
    } else if (r.twoWay) {
      const forms = [r.term, ...expansions];
      for (const a of forms) for (const b of forms) if (a !== b) add(a, b);
    } else for (const b of expansions) add(r.term, b);
  }
  return map;
}

/** The longest dictionary key, in words: longer runs of query words are not looked up. */
const MAX_KEY_WORDS = 8;

/**
 * Adds the dictionary's forms to the plain words of a query. A run of query words that is a key (one
 * word, "rkpd", or several, "jalan rusak") gives each of its words the key's other forms as
 * alternatives: an entry with "pemeliharaan jalan" then has every word of "jalan rusak", and one with
 * only "jalan" has one of two. Phrases and excluded words are taken as written.
 */
export function expandQuery(p: ParsedQuery, dict: SynonymMap | undefined): ParsedQuery {
  if (!dict || !dict.size) return p;
  const groups = p.groups.map((g) => {
    const out = g.map((c) => ({ ...c, syn: [] as string[][] }));
    for (let i = 0; i < out.length; i++) {
      for (let n = 1; n <= MAX_KEY_WORDS && i + n <= out.length; n++) {
        const run = out.slice(i, i + n);
        if (run.some((c) => c.phrase || c.negated)) break;
        const forms = dict.get(run.map((c) => c.words[0]!).join(' '));
        if (!forms) continue;
        for (const c of run)
          for (const f of forms) {
            if (c.syn.length >= MAX_ALTS) break;
            const key = f.join(' ');
            if (key !== c.words.join(' ') && !c.syn.some((a) => a.join(' ') === key) && !c.alts?.some((a) => a.join(' ') === key)) c.syn.push(f);
          }
      }
    }
    return out.map(({ syn, ...c }) => (syn.length ? { ...c, syn } : c));
  });
  return { groups, ignored: p.ignored };
}

function lastPositiveWord(p: ParsedQuery): Clause | null {
  const g = p.groups[p.groups.length - 1];
  const c = g?.[g.length - 1];
  return c && !c.negated && !c.phrase && /^[a-z0-9]{3,}$/.test(c.words[0]!) ? c : null;
}

/**
 * The tsquery of one clause as SQL. Every piece of user text is a bound parameter passed to
 * plainto/phraseto_tsquery, which ignore operator syntax; to_tsquery only ever sees [a-z0-9]+ followed by ":*".
 */
/** `withSyn`: the dictionary's forms too (`words`: only its one-word forms, no phrases). */
function clauseSql(c: Clause, last: Clause | null, withSyn: boolean | 'words' = true): SQL {
  const text = c.words.join(' ');
  const main =
    c === last
      ? sql`to_tsquery('indonesian', ${`${text}:*`})`
      : c.phrase
        ? sql`phraseto_tsquery('indonesian', ${text})`
        : sql`plainto_tsquery('indonesian', ${text})`;
  const syn = withSyn === 'words' ? (c.syn ?? []).filter((a) => a.length === 1) : withSyn ? (c.syn ?? []) : [];
  // A written form of several words is a phrase ("e ktp"); a dictionary form is all of its words in any
  // order (pusat & kesehatan & masyarakat): a phrase would be checked position by position in every
  // candidate's whole vector, which at 100,000 entries costs more than the search itself.
  const content = (a: string[]) => (a.some((w) => !STOP_WORDS.has(w)) ? a.filter((w) => !STOP_WORDS.has(w)) : a);
  const alts = [
    ...(c.alts ?? []).map((a) => (a.length === 1 ? sql`plainto_tsquery('indonesian', ${a[0]!})` : sql`phraseto_tsquery('indonesian', ${a.join(' ')})`)),
    ...syn.map((a) => sql`plainto_tsquery('indonesian', ${content(a).join(' ')})`),
  ];
  const q = alts.length ? sql`(${sql.join([main, ...alts], sql` || `)})` : main;
  return c.negated ? sql`(!! ${q})` : q;
}

/** The tsquery of the whole query: every part of a group (AND), any group (OR). */
function tsquerySql(p: ParsedQuery, prefix: boolean, withSyn = true): SQL | null {
  if (!p.groups.length) return null;
  const last = prefix ? lastPositiveWord(p) : null;
  const groups = p.groups.map(
    (g) =>
      sql`(${sql.join(
        g.map((c) => clauseSql(c, last, withSyn)),
        sql` && `,
      )})`,
  );
  return sql`(${sql.join(groups, sql` || `)})`;
}

/** Beyond this many combinations a coverage level is folded into the next lower one. */
const MAX_COMBINATIONS = 20;

function combinations(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick = (start: number, acc: number[]) => {
    if (acc.length === k) return void out.push(acc);
    for (let i = start; i <= n - (k - acc.length); i++) pick(i + 1, [...acc, i]);
  };
  pick(0, []);
  return out;
}

/**
 * Coverage levels of a one-group query with several positive parts: for k = n-1 down to 1, the tsquery
 * "at least k of the n parts (and none of the excluded)", as an OR of the k-part combinations. Level 1
 * is any part. A level with too many combinations is left out (its entries fall to the level below).
 * The dictionary's phrases (calon pegawai negeri sipil) count only for entries with every part: in the
 * levels their words would make thousands of candidates to check position by position; one-word forms
 * (PPDB) count everywhere.
 */
function coverageLevels(p: ParsedQuery, prefix: boolean, withSyn: boolean | 'words' = 'words'): { k: number; q: SQL }[] {
  if (p.groups.length !== 1) return [];
  const last = prefix ? lastPositiveWord(p) : null;
  const g = p.groups[0]!;
  const pos = g.filter((c) => !c.negated).map((c) => clauseSql(c, last, withSyn));
  const neg = g.filter((c) => c.negated).map((c) => clauseSql(c, last, withSyn));
  if (pos.length < 2) return [];
  const levels: { k: number; q: SQL }[] = [];
  for (let k = pos.length - 1; k >= 1; k--) {
    const combos = combinations(pos.length, k);
    if (combos.length > MAX_COMBINATIONS && k > 1) continue;
    const any = sql.join(
      combos.map((combo) =>
        combo.length === 1
          ? pos[combo[0]!]!
          : sql`(${sql.join(
              combo.map((i) => pos[i]!),
              sql` && `,
            )})`,
      ),
      sql` || `,
    );
    levels.push({ k, q: neg.length ? sql`((${any}) && ${sql.join(neg, sql` && `)})` : sql`(${any})` });
  }
  return levels;
}

// --- highlighting -----------------------------------------------------------------------------------

// Private-use characters mark the highlights inside ts_headline's output; they are stripped from the
// source text first, so that the text itself can never open or close a <mark>.
const START = '\uE000';
const STOP = '\uE001';
const HEADLINE_TITLE = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;
const HEADLINE_SNIPPET = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=28, MinWords=12, ShortWord=2, FragmentDelimiter=" … "`;
// Headlines parse the text again (~1 ms per 1,000 characters): the start of a long document has to do.
const SNIPPET_DOC_CHARS = 30_000;

/**
 * The headline in pieces, the text between the markers marked; unbalanced markers are dropped. A
 * highlighted stop word is the stemmer conflating (pengadaan → ada), not a match the reader asked for:
 * it stays unmarked. Neighbouring plain pieces are joined.
 */
export function highlightParts(headline: string): Highlighted {
  const out: Highlighted = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (!mark && last && !last.mark) last.text += text;
    else out.push(mark ? { text, mark: true } : { text });
  };
  let marked: string | null = null;
  const close = () => {
    if (marked) push(marked, !STOP_WORDS.has(marked.trim().toLowerCase()));
    marked = null;
  };
  for (const part of headline.split(/([\uE000\uE001])/)) {
    if (part === START) marked ??= '';
    else if (part === STOP) close();
    else if (marked !== null) marked += part;
    else push(part, false);
  }
  close();
  return out;
}

function clip(text: string, max = 240): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

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
type Prepared = { parsed: ParsedQuery; where: SQL[]; gen?: string };

// Short statements: compiling them (JIT) or starting parallel workers costs more than it saves; and
// see searchPublished for the sequential scans.
const SETTINGS = sql`set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true), set_config('random_page_cost', '1.1', true), set_config('effective_cache_size', '8MB', true)`;

/** Finds the words that need the rule above; with `configure`, also applies the search's settings (same statement). */
async function prepare(db: DbOrTx, parsed: ParsedQuery, configure = false): Promise<Prepared> {
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
  const gen = configure ? sql`, (select n from public_generation where id = 1)::text as gen` : sql``;
  if (!all.length) {
    const r = await db.execute(sql`select ${configure ? SETTINGS : sql`1`}${gen}`);
    return { parsed, where: [], gen: (r.rows[0] as { gen?: string } | undefined)?.gen ?? '' };
  }
  const stems = await db.execute(
    sql`select ${configure ? sql`${SETTINGS}, ` : sql``}w, ts_lexize('indonesian_stem', w) as stems${gen} from (values ${sql.join(
      all.map((w) => sql`(${w}::text)`),
      sql`, `,
    )}) v(w)`,
  );
  const rows = stems.rows as { w: string; stems: string[] | null; gen?: string }[];
  const generation = rows[0]?.gen ?? '';
  const colliding = new Set(rows.filter((r) => r.stems?.some((x) => STOP_WORDS.has(x))).map((r) => r.w));
  if (!colliding.size) return { parsed, where: [], gen: generation };
  const keep = (a: string[]) => !(a.length === 1 && colliding.has(a[0]!));
  const dropAlts = (c: Clause): Clause => {
    const { alts, syn, ...rest } = c;
    const a = alts?.filter(keep) ?? [];
    const y = syn?.filter(keep) ?? [];
    return { ...rest, ...(a.length ? { alts: a } : {}), ...(y.length ? { syn: y } : {}) };
  };
  const cleaned: ParsedQuery = { ...parsed, groups: parsed.groups.map((g) => g.map(dropAlts)) };
  if (cleaned.groups.length !== 1) return { parsed: cleaned, where: [], gen: generation };
  const where: SQL[] = [];
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
      where.push(alt ? sql`(${has} or s.tsv @@ ${alt})` : has);
    }
  }
  return { parsed: { ...cleaned, groups: kept.length ? [kept] : [] }, where, gen: generation };
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
 * order first; `minBound`, the least bound. Exported so that a test can reach every way on a small catalog.
 */
export const searchTuning = { sample: 1000, minBound: 1000 };
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
async function runPage(
  db: DbOrTx,
  f: z.output<typeof ZSearchInput>,
  { parsed, where: extra }: Prepared,
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
  const read: SQL[] = [];
  for (const [i, t] of tiers.entries()) {
    const left = read.length ? sql`greatest(${want}::int - ${sql.join(read, sql` - `)}, 0)` : sql`${want}::int`;
    const tier = tiers.length - i;
    // With an excluded word, the tier's newest rows are checked against the whole vector one by one, as
    // they come: combined with the tier's index, the whole vector's long lists would be read in full.
    ctes.push(
      negated && t.name !== 't1'
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
  for (const t of levelTiers) {
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
    q && !negated && !exactTotal
      ? sql`when (select count(*) from t3) >= ${want}
          and (select count(*) from (select 1 from ${dipSearch} s where ${TITLE_TSV} @@ ${q} and ${and([...filterSql(f, true), ...extra])} limit ${cap + 1}) y) > ${cap}
          then ${cap + 1}`
      : sql``;
  // A word of the query that more than `cap` published entries have in their title, summary or tags
  // (search_words, kept by the publication's search_terms) proves "more than cap" with one key lookup:
  // each of those entries has the word's stem in its vector, so every one matches the loosest level
  // (any part). Reading the index instead builds the bitmap of every hit first: ~40,000 at 1,000,000
  // entries for a common word, several times that for the union of a few. Only without filters and
  // exclusions, and for plain words of four letters or more (not the pieces of addresses and numbers
  // that the parser keeps whole: www, com, http).
  const positive = parsed.groups.length === 1 ? parsed.groups[0]!.filter((c) => !c.negated) : [];
  const lastWord = prefix ? lastPositiveWord(parsed) : null;
  const broadWords =
    q && !exactTotal && !negated && !filters.length && parsed.groups.length === 1 && (levels.length > 0 || positive.length === 1)
      ? positive.filter((c) => c !== lastWord && !c.phrase && /^[a-z]{4,40}$/.test(c.words[0]!) && !URL_PIECES.has(c.words[0]!)).map((c) => c.words[0]!)
      : [];
  const broadFirst = broadWords.length
    ? sql`when exists (select 1 from ${searchWords} t where t.word in (${sql.join(
        broadWords.map((w) => sql`${w}`),
        sql`, `,
      )}) and t.entries > ${cap}) then ${cap + 1}`
    : sql``;
  // Rank: cover density with weights three orders of magnitude apart (A title 1, B summary and tags 1e-3,
  // C document text 1e-6). A vector keeps at most 256 positions per word, so a word repeated all through
  // a document (<= 2.6e-4) never outranks one mention in the summary, nor a summary one in the title.
  // Entries with only some of the words rank by the words they have (the query's phrases weigh the same).
  const weights = sql`'{0, 0.000001, 0.001, 1}'`;
  const rankOf = (x: SQL, lit: SQL | null) =>
    lit ? sql`ts_rank_cd(${weights}, s.tsv, ${x}) + ts_rank_cd(${weights}, s.tsv, ${lit})` : sql`ts_rank_cd(${weights}, s.tsv, ${x})`;
  const rank = q
    ? levels.length
      ? sql`(case when c.tier > 0 then ${rankOf(q, litQ)} else ${rankOf(anyQ!, litAnyQ)} end)::float8`
      : sql`(${rankOf(q, litQ)})::float8`
    : sql`0::float8`;
  // Within the window: ranked; the page may also reach past it, where candidate order holds.
  const wanted = offset < RANK_WINDOW ? sql`c.pos <= ${want}` : sql`c.pos > ${offset} and c.pos <= ${need}`;
  const order = offset < RANK_WINDOW ? sql`r.pos > ${RANK_WINDOW}, r.tier desc, case when r.pos <= ${RANK_WINDOW} then r.rank end desc, r.pos` : sql`r.pos`;
  const skip = offset < RANK_WINDOW ? offset : 0;
  // Only the page of hits gets joined and highlighted. The document text is parsed for a snippet only
  // when neither the summary nor the title explains the hit: parsing 30,000 characters takes milliseconds.
  const strip = (col: SQL) => sql`translate(${col}, ${START + STOP}, '')`;
  const headlines = q
    ? sql`ts_headline('indonesian', ${strip(sql`s.title`)}, ${anyQ}, ${HEADLINE_TITLE}) as title_hl,
          case when strpos(x.summary_hl, ${START}) > 0 or s.doc_text = '' or h.tier = 3 then x.summary_hl
               else ts_headline('indonesian', ${strip(sql`left(s.doc_text, ${SNIPPET_DOC_CHARS})`)}, ${anyQ}, ${HEADLINE_SNIPPET}) end as snippet_hl`
    : sql`null as title_hl, null as snippet_hl`;
  const summaryHeadline = q ? sql`ts_headline('indonesian', ${strip(sql`s.summary`)}, ${anyQ}, ${HEADLINE_SNIPPET})` : sql`null::text`;
  const result = await db.execute(sql`
    with ${sql.join(ctes, sql`, `)},
    cand as (
      select c.*, row_number() over (order by c.tier desc, c.published_at desc, c.entry_id desc) as pos
      from (${sql.join(
        [...tiers, ...levelTiers].map((t) => sql`select * from ${sql.raw(t.name)}`),
        sql` union all `,
      )}) c
    ),
    counted as (
      select case when (select count(*) from cand) < ${want} then (select count(*)::int from cand)
        ${broadFirst}
        ${titleFirst}
        else ${
          exactTotal
            ? sql`(select count(*)::int from (select 1 from ${dipSearch} s where ${all}) x)`
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
type PageResult = { total: number; totalCapped: boolean; items: SearchHit[]; strict: number };

/** Unknown words of the query, each mapped to the closest published word, or to null when none is close. */
async function corrections(db: DbOrTx, parsed: ParsedQuery, known: Set<string> = new Set()): Promise<Map<string, string | null>> {
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
    return sql`select ${w}::text as w,
      exists (select 1 from ${searchWords} t where t.word = ${w})
      or (select count(*) from (select 1 from ${dipSearch} s where s.tsv @@ ${tq} limit 1) x) > 0 as found`;
  });
  const found = await db.execute(sql.join(probes, sql` union all `));
  const missing = (found.rows as { w: string; found: boolean }[]).filter((r) => !r.found).map((r) => r.w);
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
  const hi = lo.slice(0, -1) + String.fromCharCode(lo.charCodeAt(lo.length - 1) + 1);
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
function applyCorrections(p: ParsedQuery, fixes: Map<string, string | null>): ParsedQuery {
  const groups = p.groups.map((g) => {
    const fixed = g
      .filter((c) => c.negated || c.phrase || fixes.get(c.words[0]!) !== null)
      .map((c) => (c.negated ? c : { ...c, words: c.words.map((w) => fixes.get(w) ?? w) }));
    return fixed.some((c) => !c.negated) ? fixed : g;
  });
  return { ignored: p.ignored, groups };
}

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
      throw new AppError('query_too_long', 400, {
        id: `Kata kunci terlalu panjang. Gunakan paling banyak ${MAX_QUERY_LENGTH} karakter.`,
        en: `The search text is too long. Use at most ${MAX_QUERY_LENGTH} characters.`,
      });
    }
    throw new AppError('invalid_search', 400, { id: 'Saringan pencarian tidak valid.', en: 'The search filters are not valid.' });
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
  let prepared = await prepare(db, expanded, true);
  if (!cached || cached.gen !== prepared.gen) {
    cached = { gen: prepared.gen ?? '', map: await loadDictionary(db) };
    dictionaries.set(key, cached);
    const again = expandQuery(parsed, cached.map);
    if (formatExpanded(again) !== formatExpanded(expanded)) {
      expanded = again;
      prepared = await prepare(db, expanded);
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
      const alt = (altFirst = await runPage(db, f, await prepare(db, expandQuery(fixed, dict)), false, exact, matchAll));
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
      const alt = r.strict > 0 ? null : (altFirst ?? (await runPage(db, f, await prepare(db, expandQuery(fixed, dict)), false, exact, matchAll)));
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
