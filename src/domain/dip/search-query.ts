// Search queries: web-search syntax parsed into clauses (words, phrases, exclusions, or), the synonym
// dictionary's expansions, and the tsquery SQL of a query and of its coverage levels.
import { sql, type SQL } from 'drizzle-orm';
import { FILLER_WORDS, QUESTION_WORDS, STOP_WORDS } from './text.js';

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
export function wordsOf(text: string): string[] {
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

export function lastPositiveWord(p: ParsedQuery): Clause | null {
  const g = p.groups[p.groups.length - 1];
  const c = g?.[g.length - 1];
  return c && !c.negated && !c.phrase && /^[a-z0-9]{3,}$/.test(c.words[0]!) ? c : null;
}

/**
 * The tsquery of one clause as SQL. Every piece of user text is a bound parameter passed to
 * plainto/phraseto_tsquery, which ignore operator syntax; to_tsquery only ever sees [a-z0-9]+ followed by ":*".
 */
/** `withSyn`: the dictionary's forms too (`words`: only its one-word forms, no phrases). */
export function clauseSql(c: Clause, last: Clause | null, withSyn: boolean | 'words' = true): SQL {
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
export function tsquerySql(p: ParsedQuery, prefix: boolean, withSyn = true): SQL | null {
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
export function coverageLevels(p: ParsedQuery, prefix: boolean, withSyn: boolean | 'words' = 'words'): { k: number; q: SQL }[] {
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
