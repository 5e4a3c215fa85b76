// The request form's signed tokens: its age (too fast or too old is refused), the hashed IP, and an
// identity scan kept encrypted between a refused submission and the next.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { z } from 'zod';
import type { EncryptedFileValues } from '../../../documents/encryption.js';
import type { Env } from '../../types.js';

/** A form older than this is refused (and shown again with everything kept); one faster than MIN is a robot's. */
export const FORM_MIN_MS = 3_000;

export const FORM_MAX_MS = 24 * 3_600_000;

function sign(secret: string, value: string): string {
  return createHmac('sha256', secret).update(`request-form:${value}`).digest('base64url');
}

/**
 * A signed timestamp of when the form was shown (the time trap) with a random part, so that no state is kept
 * per visitor until the form is sent; the accepted submission spends it (domain/requests/form-tokens.ts).
 */
export function formToken(c: Context<Env>): string {
  const at = String(c.get('deps').clock.now().getTime());
  const nonce = randomBytes(12).toString('base64url');
  return `${at}.${nonce}.${sign(c.get('deps').config.sessionSecret, `${at}.${nonce}`)}`;
}

export function formAge(c: Context<Env>, token: string): number | null {
  const [at, nonce, mac, ...rest] = token.split('.');
  if (!at || !nonce || !mac || rest.length || !/^\d{10,16}$/.test(at) || !/^[A-Za-z0-9_-]{16}$/.test(nonce)) return null;
  const want = Buffer.from(sign(c.get('deps').config.sessionSecret, `${at}.${nonce}`));
  const got = Buffer.from(mac);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
  return c.get('deps').clock.now().getTime() - Number(at);
}

/** The client's address, keyed so that the stored value cannot be turned back into the address. */
export function ipHash(c: Context<Env>): string {
  const ip = c.get('ip');
  return ip ? createHmac('sha256', c.get('deps').config.sessionSecret).update(`ip:${ip}`).digest('hex').slice(0, 32) : '';
}

// --- the identity scan kept across a refused submission ------------------------------------------------------

/**
 * A scan already stored (encrypted) when the rest of the form was refused is carried in a signed hidden
 * field, so that the applicant on a slow connection does not send it again. It holds only what the
 * `encrypted_files` row needs: ciphertext address and the data key wrapped by the master key.
 */
export type KeptScan = { token: string; mime: string; size: number };

const ZKept = z.object({
  blobSha256: z.string().regex(/^[0-9a-f]{64}$/),
  wrappedKey: z.string().max(200),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  size: z.number().int().positive(),
  mime: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
  at: z.number().int(),
});

export function keepScan(c: Context<Env>, values: EncryptedFileValues): KeptScan {
  const payload = Buffer.from(JSON.stringify({ ...values, at: c.get('deps').clock.now().getTime() })).toString('base64url');
  return { token: `${payload}.${sign(c.get('deps').config.sessionSecret, `identity-scan:${payload}`)}`, mime: values.mime, size: values.size };
}

export function keptScan(c: Context<Env>, token: string): (KeptScan & { values: EncryptedFileValues }) | null {
  const [payload, mac] = token.split('.');
  if (!payload || !mac || payload.length > 2000) return null;
  const want = Buffer.from(sign(c.get('deps').config.sessionSecret, `identity-scan:${payload}`));
  const got = Buffer.from(mac);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
  let parsed: z.infer<typeof ZKept>;
  try {
    parsed = ZKept.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return null;
  }
  const age = c.get('deps').clock.now().getTime() - parsed.at;
  if (age < 0 || age > FORM_MAX_MS) return null;
  const { at: _at, ...values } = parsed;
  return { token, mime: values.mime, size: values.size, values };
}
