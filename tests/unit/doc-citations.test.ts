// Every document the code or the docs point to exists: doc paths cited in src/ comments (with the section
// number or the quoted title they name), relative links and their #anchors in README*.md and docs/*.md,
// and "§N" references between docs. Also keeps the migration count quoted in the docs true.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const docsDir = path.join(root, 'docs');

function walk(dir: string, exts: RegExp): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, exts));
    else if (exts.test(e.name)) out.push(p);
  }
  return out;
}

const rel = (p: string): string => path.relative(root, p);
const read = (p: string): string => readFileSync(p, 'utf8');

/** Markdown without fenced code blocks (links and headings inside them do not count). */
function withoutFences(md: string): string {
  return md.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

type Heading = { text: string; slug: string };

/** Headings with GitHub's anchor slugs (lower case, punctuation dropped, spaces to '-', -1/-2 for repeats). */
function headingsOf(md: string): Heading[] {
  const seen = new Map<string, number>();
  const out: Heading[] = [];
  for (const m of withoutFences(md).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = m[1]!;
    const base = text
      .toLowerCase()
      .replace(/<[^>]+>/g, '')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.push({ text, slug: n ? `${base}-${n}` : base });
  }
  return out;
}

/** Resolves a doc name as cited in a comment: `docs/x.md`, `x.md` (in docs/), or README*.md at the root. */
function resolveDoc(name: string): string | null {
  const candidates = [path.join(root, name), path.join(docsDir, path.basename(name))];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Whether `file` has a heading numbered `num` ("## 5. Requests" for 5, "### 5.4 Time limits" for 5.4). */
function hasNumberedSection(file: string, num: string): boolean {
  return headingsOf(read(file)).some((h) => new RegExp(`^${num.replace(/\./g, '\\.')}(?:\\.|\\s)`).test(h.text));
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** A quoted title names a heading, or failing that a phrase of the document. */
function hasTitleOrPhrase(file: string, quoted: string): boolean {
  const md = read(file);
  const q = squash(quoted);
  return headingsOf(md).some((h) => squash(h.text).includes(q)) || squash(md).includes(q);
}

type Citation = { where: string; doc: string; sections: string[]; quoted?: string };

/** Citations in one source file; comment line breaks are joined so a cited title may wrap. */
function citationsIn(text: string, where: string): Citation[] {
  const flat = text.replace(/\n[ \t]*(?:\/\/|\*|--)[ \t]?/g, ' ');
  const out: Citation[] = [];
  const re = /((?:docs\/)?[A-Za-z0-9_-]+(?:\.[a-z]{2})?\.md)(?:,? ?((?:§\d+(?:\.\d+)*(?:[–-]|, ?| and )?)+)|(?:,|:)? "([^"]+)")?/g;
  for (const m of flat.matchAll(re)) {
    const sections = m[2] ? [...m[2].matchAll(/§(\d+(?:\.\d+)*)/g)].map((s) => s[1]!) : [];
    out.push({ where, doc: m[1]!, sections, ...(m[3] ? { quoted: m[3] } : {}) });
  }
  for (const m of flat.matchAll(/architecture notes §(\d+)/g)) out.push({ where, doc: 'docs/architecture-notes.md', sections: [m[1]!] });
  return out;
}

function problemsOf(c: Citation): string[] {
  const file = resolveDoc(c.doc);
  if (!file) return [`${c.where}: cites ${c.doc}, which is not in docs/`];
  const out: string[] = [];
  for (const s of c.sections) if (!hasNumberedSection(file, s)) out.push(`${c.where}: cites ${c.doc} §${s}, which has no such section`);
  if (c.quoted && !hasTitleOrPhrase(file, c.quoted)) out.push(`${c.where}: cites ${c.doc} "${c.quoted}", which is not in it`);
  return out;
}

const markdownFiles = [
  ...readdirSync(root)
    .filter((f) => /^README.*\.md$/.test(f))
    .map((f) => path.join(root, f)),
  ...walk(docsDir, /\.md$/),
];

/** Relative links and images of a Markdown file that do not resolve (file or #anchor). */
function brokenLinks(file: string, md: string): string[] {
  const out: string[] = [];
  const body = withoutFences(md).replace(/`[^`\n]*`/g, '');
  for (const m of body.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1]!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto:
    const [p, anchor] = target.split('#') as [string, string | undefined];
    const dest = p ? path.resolve(path.dirname(file), decodeURIComponent(p)) : file;
    if (!existsSync(dest)) {
      out.push(`${rel(file)}: link to ${target}: no such file`);
      continue;
    }
    if (anchor && dest.endsWith('.md') && !headingsOf(read(dest)).some((h) => h.slug === anchor)) {
      out.push(`${rel(file)}: link to ${target}: no heading with that anchor`);
    }
  }
  return out;
}

describe('doc citations in src/ (and tests/, bench/, scripts/)', () => {
  const self = path.join(root, 'tests/unit/doc-citations.test.ts'); // its own examples are broken on purpose
  const sources = ['src', 'tests', 'bench', 'scripts'].flatMap((d) => walk(path.join(root, d), /\.(ts|tsx|sql|mjs)$/)).filter((f) => f !== self);
  const citations = sources.flatMap((f) => citationsIn(read(f), rel(f)));

  it('finds the citations (kip-domain.md by section, the architecture notes, the operator guide)', () => {
    expect(citations.filter((c) => c.doc.endsWith('kip-domain.md')).length).toBeGreaterThan(30);
    expect(citations.some((c) => c.doc.endsWith('architecture-notes.md') && c.sections.includes('21'))).toBe(true);
    expect(citations.some((c) => c.quoted === 'Letter signatures')).toBe(true);
    expect(citations.some((c) => c.where.startsWith('tests/') && c.doc.endsWith('kip-domain.md'))).toBe(true);
  });

  it('every cited doc, section and title exists in docs/', () => {
    expect(citations.flatMap(problemsOf)).toEqual([]);
  });
});

describe('links in README*.md and docs/*.md', () => {
  it('every relative link and #anchor resolves', () => {
    expect(markdownFiles.length).toBeGreaterThan(5);
    expect(markdownFiles.flatMap((f) => brokenLinks(f, read(f)))).toEqual([]);
  });

  it('every "x.md §N" between docs names a section that exists', () => {
    const cites = markdownFiles.flatMap((f) =>
      [...withoutFences(read(f)).matchAll(/\b([a-z0-9-]+\.md) §(\d+(?:\.\d+)*)/g)].map((m) => ({ where: rel(f), doc: m[1]!, sections: [m[2]!] })),
    );
    expect(cites.flatMap(problemsOf)).toEqual([]);
  });
});

describe('the checker itself', () => {
  it('reports a missing doc, a missing section, a missing title and a broken link', () => {
    const cites = citationsIn('// see kip-domain.md §99.1 and nowhere.md\n// docs/architecture-notes.md, "No such\n// heading"', 'x.ts');
    expect(cites.flatMap(problemsOf)).toEqual([
      'x.ts: cites kip-domain.md §99.1, which has no such section',
      'x.ts: cites nowhere.md, which is not in docs/',
      'x.ts: cites docs/architecture-notes.md "No such heading", which is not in it',
    ]);
    const readme = path.join(root, 'README.md');
    expect(brokenLinks(readme, '[a](docs/missing.md) [b](docs/operations.md#no-such) [c](docs/operations.md#14-encryption-key)')).toEqual([
      'README.md: link to docs/missing.md: no such file',
      'README.md: link to docs/operations.md#no-such: no heading with that anchor',
    ]);
  });

  it('slugs headings as GitHub does', () => {
    expect(
      headingsOf('## 14. CORS: the read API is open, the write API is not\n### Uji deteksi perubahan log audit / Audit tamper test\n## A\n## A').map(
        (h) => h.slug,
      ),
    ).toEqual(['14-cors-the-read-api-is-open-the-write-api-is-not', 'uji-deteksi-perubahan-log-audit--audit-tamper-test', 'a', 'a-1']);
  });
});
