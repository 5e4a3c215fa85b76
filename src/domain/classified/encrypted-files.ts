// Files encrypted at rest, as the domain uses them: store one (ciphertext to the blob store first, the
// `encrypted_files` row in the caller's transaction) and open one. Key and damage problems become
// AppErrors a user can read; their detail (key id, never a file name) goes to the server log.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { encryptedFiles } from '../../db/schema/index.js';
import { DecryptionError, KeyRingError, openEncrypted, storeEncrypted, type EncryptedFileValues, type KeyRing } from '../../documents/encryption.js';
import { AppError } from '../../errors.js';

export type EncryptedFile = typeof encryptedFiles.$inferSelect;

/** A server-side failure the user is told about plainly; `detail` is for the log only. */
export class EncryptionProblem extends AppError {
  constructor(
    code: string,
    messages: { id: string; en: string },
    readonly detail: string,
  ) {
    super(code, 503, messages);
  }
}

export function keysUnavailable(detail: string): EncryptionProblem {
  return new EncryptionProblem(
    'encryption_unavailable',
    {
      id: 'Kunci enkripsi tidak tersedia di server, sehingga berkas terenkripsi tidak dapat disimpan atau dibuka saat ini. Hubungi administrator sistem.',
      en: 'The encryption key is not available on the server, so encrypted files cannot be stored or opened right now. Contact the system administrator.',
    },
    detail,
  );
}

function damaged(detail: string): EncryptionProblem {
  return new EncryptionProblem(
    'encrypted_file_damaged',
    {
      id: 'Berkas terenkripsi ini rusak atau tidak cocok dengan kuncinya, sehingga tidak dibuka. Hubungi administrator sistem.',
      en: 'This encrypted file is damaged or does not match its key, so it was not opened. Contact the system administrator.',
    },
    detail,
  );
}

function keysOf(ctx: Ctx): KeyRing {
  if (!ctx.keys) throw keysUnavailable('no key ring in this context');
  return ctx.keys;
}

function translate(err: unknown, fileId: string | null): never {
  if (err instanceof KeyRingError) throw keysUnavailable(`${err.message}${fileId ? ` (encrypted_files ${fileId})` : ''}`);
  if (err instanceof DecryptionError) throw damaged(`${err.message}${fileId ? ` (encrypted_files ${fileId})` : ''}`);
  throw err;
}

/** Encrypts and stores the file in the blob store; the row is written by `insertEncryptedFile`. */
export async function encryptForStore(ctx: Ctx, source: { bytes: Uint8Array } | { path: string }, mime: string): Promise<EncryptedFileValues> {
  const keys = keysOf(ctx);
  try {
    return await storeEncrypted({ blobs: ctx.blobs, keys }, source, mime);
  } catch (err) {
    return translate(err, null);
  }
}

/** Writes the `encrypted_files` row (inside the caller's transaction) and returns its id. */
export async function insertEncryptedFile(db: DbOrTx, values: EncryptedFileValues, now: Date): Promise<string> {
  const [row] = await db
    .insert(encryptedFiles)
    .values({ ...values, createdAt: now })
    .returning({ id: encryptedFiles.id });
  return row!.id;
}

/**
 * The plaintext of an encrypted file. The caller has already decided that the actor may read it. A
 * missing blob is a 404-like AppError; an unknown key or a damaged file an EncryptionProblem (503).
 */
export async function decryptStoredFile(ctx: Ctx, fileId: string): Promise<{ bytes: Buffer; mime: string; size: number; wrappedKey: string; keyId: string }> {
  const keys = keysOf(ctx);
  const [row] = await ctx.db.select().from(encryptedFiles).where(eq(encryptedFiles.id, fileId));
  if (!row) throw damaged(`encrypted_files ${fileId} has no row`);
  let bytes: Buffer | null;
  try {
    bytes = await openEncrypted({ blobs: ctx.blobs, keys }, row);
  } catch (err) {
    return translate(err, fileId);
  }
  if (!bytes) throw damaged(`the blob of encrypted_files ${fileId} is missing from the store`);
  return { bytes, mime: row.mime, size: row.size, wrappedKey: row.wrappedKey, keyId: row.keyId };
}
