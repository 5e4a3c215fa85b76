// Crawls everything the public can reach: pages and the links in them, the sitemap, feeds, API answers
// (following every same-origin URL they mention) and downloads, each turned into searchable text
// (PDF text and raw bytes, every file inside an xlsx/zip). Used by the confidentiality tests.
import { unzipSync, strFromU8 } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';

export type Fetched = { url: string; status: number; type: string; text: string };

type Requester = { request(url: string, init?: RequestInit): Response | Promise<Response> };

const SKIP = [/^\/admin(\/|$)/, /^\/keluar$/, /^\/static\//];

function sameOriginPath(raw: string, base: string): string | null {
  try {
    const u = new URL(raw.replace(/&amp;/g, '&'), base);
    if (u.origin !== new URL(base).origin) return null;
    u.hash = '';
    const p = u.pathname + u.search;
    return SKIP.some((re) => re.test(u.pathname)) ? null : p;
  } catch {
    return null;
  }
}

async function textOf(type: string, bytes: Uint8Array): Promise<string> {
  const raw = Buffer.from(bytes).toString('latin1');
  if (type.includes('pdf')) {
    try {
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      const { text } = await extractText(pdf, { mergePages: true });
      return `${text}\n${raw}`;
    } catch {
      return raw;
    }
  }
  if (type.includes('spreadsheetml') || type.includes('zip') || type.includes('opendocument')) {
    try {
      const files = unzipSync(bytes);
      return Object.entries(files)
        .map(([name, data]) => `${name}\n${strFromU8(data)}`)
        .join('\n');
    } catch {
      return raw;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Every same-origin URL a text mentions: href/src attributes, sitemap <loc>, and URLs inside JSON. */
export function linksIn(text: string, base: string): string[] {
  const out = new Set<string>();
  const origin = new URL(base).origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const re of [/(?:href|src)="([^"]+)"/g, /<loc>([^<]+)<\/loc>/g, new RegExp(`"(${origin}[^"\\s]*)"`, 'g'), /"(\/[^"\s]*)"/g]) {
    for (const m of text.matchAll(re)) {
      const p = sameOriginPath(m[1]!, base);
      if (p) out.add(p);
    }
  }
  return [...out];
}

/**
 * Breadth-first crawl from the start paths with the given headers (none: anonymous). Stops after
 * `maxPages` distinct URLs. Only GET is used, so nothing is changed by crawling.
 */
export async function crawl(app: Requester, opts: { base: string; start: string[]; maxPages?: number; headers?: Record<string, string> }): Promise<Fetched[]> {
  const seen = new Set<string>();
  const queue = [...opts.start];
  const out: Fetched[] = [];
  const max = opts.maxPages ?? 2000;
  while (queue.length && seen.size < max) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const res = await app.request(path, { headers: opts.headers ?? {} });
    const type = res.headers.get('content-type') ?? '';
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = await textOf(type, bytes);
    const location = res.headers.get('location');
    out.push({ url: path, status: res.status, type, text: location ? `${location}\n${text}` : text });
    if (location) {
      const p = sameOriginPath(location, opts.base);
      if (p && !seen.has(p)) queue.push(p);
    }
    if (/html|xml|json|text\/plain/.test(type)) for (const link of linksIn(text, opts.base)) if (!seen.has(link)) queue.push(link);
  }
  return out;
}

/** The fetched answers whose text contains any of the phrases (case-insensitive). */
export function leaksOf(fetched: Fetched[], phrases: string[]): string[] {
  const lower = phrases.map((p) => p.toLowerCase());
  return fetched.filter((f) => lower.some((p) => f.text.toLowerCase().includes(p))).map((f) => `${f.status} ${f.url} (${f.type})`);
}
