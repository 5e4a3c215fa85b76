// Reads a message received by the test SMTP server as a person would: the decoded subject and text body.
import type { KeyRing } from '../../src/documents/encryption.js';
import { fillSecret, openSecret } from '../../src/mail/secret.js';
import { parseHeaders, header, type Received } from './smtp.js';

/** RFC 2047 encoded words (=?UTF-8?Q?...?= / =?UTF-8?B?...?=) in a header, decoded. */
function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

/** Quoted-printable (RFC 2045 §6.7) to UTF-8 text. */
function decodeQuotedPrintable(body: string): string {
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

export function readMail(m: Received): { subject: string; text: string } {
  const headers = parseHeaders(m.raw);
  const end = m.raw.indexOf('\r\n\r\n');
  const raw = end >= 0 ? m.raw.slice(end + 4) : '';
  const encoding = (header(headers, 'Content-Transfer-Encoding') ?? '7bit').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(raw)
      : encoding === 'base64'
        ? Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('utf8')
        : raw;
  return { subject: decodeWords(header(headers, 'Subject') ?? ''), text: text.replace(/\r\n/g, '\n') };
}

/**
 * The text body of an outbox row as the recipient gets it: the stored body keeps a placeholder where the
 * secret (tracking code, reset / sign-in link token) goes, the secret itself is sealed apart
 * (src/mail/secret.ts); the outbox worker fills it in at send time, and so does this.
 */
export function deliveredBody(row: { textBody: string; secret: string | null }, keys: KeyRing | undefined): string {
  if (!row.secret) return row.textBody;
  if (!keys) throw new Error('deliveredBody: the row has a secret and no key ring was given');
  return fillSecret(row.textBody, openSecret(keys, row.secret));
}
