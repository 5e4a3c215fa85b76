// Search hits' highlighted text (the domain's Highlighted pieces): marked words in <mark>, rendered by
// JSX (which escapes every piece), and the same pieces as escaped HTML for the API's `snippetHtml`.
import type { Highlighted } from '../../domain/dip/search-highlight.js';

export const Marked = ({ parts }: { parts: Highlighted }) => <>{parts.map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/** The pieces as HTML: every piece escaped, the marked ones in <mark>. */
export function markedHtml(parts: Highlighted): string {
  return parts.map((p) => (p.mark ? `<mark>${escape(p.text)}</mark>` : escape(p.text))).join('');
}
