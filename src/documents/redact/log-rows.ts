// The rows of the log page: one per marked area, one per pattern and page, with where and why; never the text removed.
import type { RedactionLogRow } from '../../letters/redaction-log.js';
import type { ResolvedArea } from './patterns.js';
import type { Rect } from './read-pdf.js';

/** Where an area sits on its page, in words. */
function position(a: Rect): string {
  const c = a.y + a.h / 2;
  return c < 1 / 3 ? 'bagian atas' : c < 2 / 3 ? 'bagian tengah' : 'bagian bawah';
}

/**
 * One row per marked area, and one per pattern and page (with the number of places): page, position,
 * ground. Never the text that was removed.
 */
export function logRows(areas: ResolvedArea[], labelFor: (ground: string) => string): RedactionLogRow[] {
  const rows: (RedactionLogRow & { y: number })[] = [];
  const grouped = new Map<string, { page: number; index: number; ground: string; y: number; matches: Set<number> }>();
  for (const a of areas) {
    if (a.source.kind === 'area') {
      rows.push({ page: a.page, what: `Area yang ditandai, ${position(a)}`, ground: labelFor(a.ground), y: a.y });
      continue;
    }
    const key = `${a.page}/${a.source.index}`;
    const g = grouped.get(key) ?? { page: a.page, index: a.source.index, ground: a.ground, y: a.y, matches: new Set<number>() };
    g.matches.add(a.source.match);
    g.y = Math.min(g.y, a.y);
    grouped.set(key, g);
  }
  for (const g of grouped.values()) {
    rows.push({ page: g.page, what: `Teks yang cocok dengan pola ${g.index + 1} (${g.matches.size} tempat)`, ground: labelFor(g.ground), y: g.y });
  }
  rows.sort((a, b) => a.page - b.page || a.y - b.y);
  return rows.map(({ page, what, ground }) => ({ page, what, ground }));
}
