// The applicant's identity scan for the staff allowed their personal data: decrypted, shown inline (an
// image or a PDF), never cached, each view audited.
import { Hono, type Context } from 'hono';
import { openIdentityScan } from '../../../domain/requests/identity-scan.js';
import type { Env } from '../../types.js';
import { contentDisposition } from '../dip/documents.js';

export const identityScanAdminRoutes = new Hono<Env>();

const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

/** A decrypted scan of personal data, shown inline by the browser: never cached, no scripts, no framing. */
export function inlineScan(c: Context<Env>, prefix: string, scan: { bytes: Buffer; mime: string; number: string }) {
  const name = `${prefix}-${scan.number.replace(/[^A-Za-z0-9]+/g, '-')}.${EXT[scan.mime] ?? 'bin'}`;
  return c.body(new Uint8Array(scan.bytes), 200, {
    'content-type': scan.mime,
    'content-disposition': contentDisposition('inline', name),
    'content-length': String(scan.bytes.length),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-robots-tag': 'noindex',
    // Shown by the browser, never a page of ours: no scripts, no framing.
    'content-security-policy': "default-src 'none'; img-src 'self'; frame-ancestors 'none'; sandbox",
  });
}

identityScanAdminRoutes.get('/:id/identitas', async (c) => inlineScan(c, 'identitas', await openIdentityScan(c.get('ctx'), c.req.param('id'))));
