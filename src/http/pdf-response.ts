// A PDF letter as an HTTP response: inline, never cached or indexed (it carries personal data).
import type { Context } from 'hono';
import type { Env } from './types.js';

/** A letter as an inline PDF that no cache or search engine keeps (it carries personal data). */
export function pdfResponse(c: Context<Env>, pdf: Buffer, name: string): Response {
  return c.body(new Uint8Array(pdf), 200, {
    'content-type': 'application/pdf',
    'content-disposition': `inline; filename="${name.replace(/[^A-Za-z0-9]+/g, '-')}.pdf"`,
    'cache-control': 'no-store',
    'x-robots-tag': 'noindex',
  });
}
