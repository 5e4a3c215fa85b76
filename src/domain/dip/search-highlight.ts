// Highlighting of search hits: ts_headline's markers turned into plain pieces with the matched words
// marked (pages render them; nothing here is HTML), and the summary clipped when nothing is marked.
import { STOP_WORDS } from './text.js';

/** Text in pieces, each plain (unescaped); `mark`: a word the query matched. */
export type Highlighted = { text: string; mark?: true }[];

/** The pieces as one plain string (the API's `snippet`, a page's title attribute). */
export function plainOf(parts: Highlighted): string {
  return parts.map((p) => p.text).join('');
}

// --- highlighting -----------------------------------------------------------------------------------

// Private-use characters mark the highlights inside ts_headline's output; they are stripped from the
// source text first, so that the text itself can never open or close a <mark>.
export const START = '\uE000';
export const STOP = '\uE001';
export const HEADLINE_TITLE = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;
export const HEADLINE_SNIPPET = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=28, MinWords=12, ShortWord=2, FragmentDelimiter=" … "`;
// Headlines parse the text again (~1 ms per 1,000 characters): the start of a long document has to do.
export const SNIPPET_DOC_CHARS = 30_000;

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

export function clip(text: string, max = 240): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
