// argon2id hashing and the password rule shown to users.
import { messageRef } from '../../i18n/catalogue.js';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

// OWASP's argon2id baseline (m=19 MiB, t=2, p=1).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: 2 } as const;

export const MIN_PASSWORD = 10;
export const ZPassword = z
  .string()
  .min(MIN_PASSWORD, { message: messageRef('validation.password_min_characters', { min: MIN_PASSWORD }) })
  .max(256, { message: messageRef('validation.password_too_long_most_256_characters') });

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verifying against a fixed hash when the account does not exist keeps the response time the same.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hash('tidak-ada-akun-ini', OPTIONS);
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
