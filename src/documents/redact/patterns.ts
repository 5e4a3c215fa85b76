// Patterns to black out: a phrase matched as whole words, or personal data by shape (NIK, NIP, e-mail, phone),
// turned into areas on the words of the text layer.
import type { RedactionPattern } from '../../db/schema/classification.js';
import type { Rect, Word } from './read-pdf.js';

/**
 * How a pattern is read. `phrase` (the default): the words typed, matched as whole words, ignoring case
 * and the spacing or line breaks between them; it is not a regular expression (an officer's typo in a
 * regular expression could hide a match, or freeze the server). The others find personal data by shape.
 */
export type PatternKind = NonNullable<RedactionPattern['kind']>;
export const PATTERN_KINDS: readonly PatternKind[] = ['phrase', 'nik', 'nip', 'email', 'phone'];

// Our own expressions, linear in the text: digits with optional single separators.
export const SHAPES: Record<Exclude<PatternKind, 'phrase'>, RegExp> = {
  // NIK: 16 digits, sometimes grouped (3201 2345 6789 0123).
  nik: /(?<![\p{L}\p{N}])\d(?:[ .-]?\d){15}(?![\p{L}\p{N}])/gu,
  // NIP: 18 digits, usually written 19700101 199001 1 001.
  nip: /(?<![\p{L}\p{N}])\d(?:[ .-]?\d){17}(?![\p{L}\p{N}])/gu,
  email: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+ ?@ ?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // Indonesian phone numbers: 08…, +62 8…, 62 8…, or a landline with an area code (0536) 322 1234.
  phone: /(?<![\p{L}\p{N}+])(?:\+?62[ .-]?|\(?0)\d{2,4}\)?(?:[ .-]?\d){5,9}(?![\p{L}\p{N}])/gu,
};

export function normalizeText(s: string): string {
  return s.normalize('NFKC').toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();
}

const WORDCHAR = /[\p{L}\p{N}]/u;

/**
 * The boxes of the words a pattern matches on one page: one box per matched run of words on a line
 * (so the spaces between them go too), each a little larger than the words' boxes. A match inside a word
 * takes the whole word (its punctuation included).
 */
export function matchPattern(
  words: Word[],
  pattern: Pick<RedactionPattern, 'pattern' | 'kind'>,
): { occurrences: number; rects: (Rect & { occurrence: number })[] } {
  const none = { occurrences: 0, rects: [] };
  if (!words.length) return none;
  // The page's words joined by single spaces; owner[i] = the word of character i (-1 for a space).
  let text = '';
  const owner: number[] = [];
  words.forEach((w, i) => {
    const t = normalizeText(w.text);
    if (!t) return;
    if (text) {
      text += ' ';
      owner.push(-1);
    }
    for (const ch of t) {
      text += ch;
      for (let k = 0; k < ch.length; k++) owner.push(i);
    }
  });
  const spans: [number, number][] = [];
  const kind = pattern.kind ?? 'phrase';
  if (kind === 'phrase') {
    const needle = normalizeText(pattern.pattern);
    if (!needle) return none;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      // Whole words: no letter or digit right before or after the match.
      const before = at > 0 ? text[at - 1]! : ' ';
      const after = end < text.length ? text[end]! : ' ';
      if (WORDCHAR.test(needle[0]!) && WORDCHAR.test(before)) continue;
      if (WORDCHAR.test(needle[needle.length - 1]!) && WORDCHAR.test(after)) continue;
      spans.push([at, end]);
    }
  } else {
    for (const m of text.matchAll(SHAPES[kind])) spans.push([m.index, m.index + m[0].length]);
  }
  const rects: (Rect & { occurrence: number })[] = [];
  for (const [occurrence, [a, b]] of spans.entries()) {
    const hit = [...new Set(owner.slice(a, b).filter((o) => o >= 0))].sort((x, y) => x - y);
    // Consecutive words whose boxes share a line become one box.
    let run: Word[] = [];
    const flush = () => {
      if (run.length) rects.push({ ...padRect(unionRect(run)), occurrence });
      run = [];
    };
    for (const i of hit) {
      const w = words[i]!;
      const prev = run[run.length - 1];
      if (prev && !sameLine(prev, w)) flush();
      run.push(w);
    }
    flush();
  }
  return { occurrences: spans.length, rects };
}

/** Two words on one line: side by side on a horizontal line, or one above the other in vertical text. */
function sameLine(a: Rect, b: Rect): boolean {
  const yOverlap = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  if (a.w >= a.h || b.w >= b.h) return yOverlap > 0.5 * Math.min(a.h, b.h);
  const xOverlap = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  return xOverlap > 0.5 * Math.min(a.w, b.w);
}

function unionRect(rs: Rect[]): Rect {
  const x0 = Math.min(...rs.map((r) => r.x));
  const y0 = Math.min(...rs.map((r) => r.y));
  const x1 = Math.max(...rs.map((r) => r.x + r.w));
  const y1 = Math.max(...rs.map((r) => r.y + r.h));
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** Word boxes follow the font's metrics; a margin of a fifth of the height covers anti-aliasing and accents. */
function padRect(r: Rect): Rect {
  const m = r.h * 0.2;
  const x = Math.max(0, r.x - m);
  const y = Math.max(0, r.y - m);
  return { x, y, w: Math.min(1, r.x + r.w + m) - x, h: Math.min(1, r.y + r.h + m) - y };
}

/** An area to black out on a page, resolved from a marked area or from a pattern's match. */
export type ResolvedArea = Rect & {
  page: number;
  ground: string;
  /** The marked area it came from, or the pattern and which of its matches (one match may take two boxes). */
  source: { kind: 'area'; index: number } | { kind: 'pattern'; index: number; match: number };
};

export type PatternInput = RedactionPattern;

/** Turns the patterns into areas; `matches[i]` is the number of places pattern i was found. */
export function resolvePatterns(words: Word[][], patterns: PatternInput[]): { areas: ResolvedArea[]; matches: number[] } {
  const areas: ResolvedArea[] = [];
  const matches = patterns.map((pat, index) => {
    const pages = pat.page === null ? words.map((_, i) => i + 1) : [pat.page];
    let n = 0;
    for (const p of pages) {
      const m = matchPattern(words[p - 1] ?? [], pat);
      for (const { occurrence, ...r } of m.rects) areas.push({ ...r, page: p, ground: pat.ground, source: { kind: 'pattern', index, match: n + occurrence } });
      n += m.occurrences;
    }
    return n;
  });
  return { areas, matches };
}
