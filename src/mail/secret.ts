// The secret part of an outgoing email (a tracking code that opens a citizen's data, a password-reset,
// invitation or sign-in link token) is never stored in the message body: the body keeps a placeholder,
// the secret is kept apart in `outbox.secret`, encrypted with the envelope keys of the files encrypted at
// rest (src/documents/encryption.ts: a data key per message, wrapped by the current master key). The
// outbox worker puts it back only at send time; the back office shows the placeholder masked
// (policy `outbox.read_secret`: nobody), and offers "Kirim ulang / Resend" instead of a readable link.
import { randomBytes } from 'node:crypto';
import { decryptBytes, encryptBytes, unwrapDataKey, wrapDataKey, type KeyRing, type MasterKey } from '../documents/encryption.js';

/** Stands in the stored body where the secret goes. Not something a template would write by itself. */
export const SECRET_PLACEHOLDER = '{{qgesy:rahasia}}';
/** What the back office shows instead of the secret. */
export const SECRET_MASK = '••••••••';

const VERSION = 'v1';

/** Replaces every occurrence of the secret in a rendered text with the placeholder. */
export function withPlaceholder(text: string, secret: string): string {
  return text.split(secret).join(SECRET_PLACEHOLDER);
}

/** `v1:<master key id>:<wrapped data key>:<iv ‖ ciphertext ‖ tag>` (base64 parts). */
export function sealSecret(keys: KeyRing, secret: string): string {
  const master = keys.current();
  const dataKey = randomBytes(32);
  try {
    const wrapped = wrapDataKey(master, dataKey);
    const sealed = encryptBytes(dataKey, Buffer.from(secret, 'utf8')).toString('base64');
    return `${VERSION}:${master.id}:${wrapped}:${sealed}`;
  } finally {
    dataKey.fill(0);
  }
}

/** The master key id a sealed secret is wrapped with (key rotation re-wraps by it). */
export function sealedKeyId(sealed: string): string | null {
  const parts = sealed.split(':');
  return parts.length === 4 && parts[0] === VERSION ? parts[1]! : null;
}

/** The secret; KeyRingError for an unknown key, DecryptionError when the stored value was tampered with. */
export function openSecret(keys: KeyRing, sealed: string): string {
  const parts = sealed.split(':');
  if (parts.length !== 4 || parts[0] !== VERSION) throw new Error('outbox secret: unknown format');
  const [, keyId, wrapped, body] = parts as [string, string, string, string];
  const dataKey = unwrapDataKey(keys.get(keyId), wrapped);
  try {
    return decryptBytes(dataKey, Buffer.from(body, 'base64')).toString('utf8');
  } finally {
    dataKey.fill(0);
  }
}

/** Re-wraps a sealed secret's data key under another master key (`qgesy keys rotate`); the ciphertext stays. */
export function rewrapSecret(from: MasterKey, sealed: string, to: MasterKey): string {
  const [, , wrapped, body] = sealed.split(':') as [string, string, string, string];
  const dataKey = unwrapDataKey(from, wrapped);
  try {
    return `${VERSION}:${to.id}:${wrapDataKey(to, dataKey)}:${body}`;
  } finally {
    dataKey.fill(0);
  }
}

/** The text as it is sent: the placeholder replaced by the secret. */
export function fillSecret(text: string, secret: string): string {
  return text.split(SECRET_PLACEHOLDER).join(secret);
}

/** The text as the back office shows it. */
export function maskSecret(text: string): string {
  return text.split(SECRET_PLACEHOLDER).join(SECRET_MASK);
}
