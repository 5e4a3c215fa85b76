// The operator's side of the master key ring: what each key wraps, rotation (a new key, every data key
// re-wrapped in one transaction, the old key retired) and, after it, dropping retired keys from the file.
// The blobs are never touched: only `encrypted_files.wrapped_key` and `key_id` change.
import { and, count, eq, inArray, isNotNull, ne, notLike, sql } from 'drizzle-orm';
import { existsSync } from 'node:fs';
import type { Db, DbOrTx, Tx } from '../../db/client.js';
import { encryptedFiles, outbox } from '../../db/schema/index.js';
import { rewrapSecret, sealedKeyId } from '../../jobs/outbox-secret.js';
import { ensureKeyFile, KeyRingError, newMasterKey, rewrapDataKey, writeKeyFile, type KeyRing, type MasterKey } from '../../documents/encryption.js';

export type KeyUse = { id: string; created: string; status: MasterKey['status']; files: number };
export type KeyStatusReport = {
  file: string;
  keys: KeyUse[];
  /** Key ids that wrap files but are not in the key file. */ missing: { id: string; files: number }[];
};

async function filesPerKey(db: DbOrTx): Promise<Map<string, number>> {
  const rows = await db.select({ keyId: encryptedFiles.keyId, n: count() }).from(encryptedFiles).groupBy(encryptedFiles.keyId);
  return new Map(rows.map((r) => [r.keyId, Number(r.n)]));
}

export async function keyStatus(db: DbOrTx, ring: KeyRing): Promise<KeyStatusReport> {
  const keys = ring.reload();
  const uses = await filesPerKey(db);
  return {
    file: ring.file,
    keys: keys.map((k) => ({ id: k.id, created: k.created, status: k.status, files: uses.get(k.id) ?? 0 })),
    missing: [...uses].filter(([id]) => !keys.some((k) => k.id === id)).map(([id, files]) => ({ id, files })),
  };
}

/** How many rows one statement re-wraps. */
const BATCH = 500;

/**
 * Re-wraps every data key not wrapped by `to`, in the caller's transaction, holding a lock that keeps
 * other processes from adding or changing files meanwhile (they wait, then see the new key file).
 */
async function rewrapAll(tx: Tx, keys: readonly MasterKey[], to: MasterKey): Promise<number> {
  await tx.execute(sql`lock table ${encryptedFiles} in share row exclusive mode`);
  const byId = new Map(keys.map((k) => [k.id, k]));
  let done = 0;
  for (;;) {
    const rows = await tx
      .select({ id: encryptedFiles.id, keyId: encryptedFiles.keyId, wrappedKey: encryptedFiles.wrappedKey })
      .from(encryptedFiles)
      .where(ne(encryptedFiles.keyId, to.id))
      .orderBy(encryptedFiles.id)
      .limit(BATCH);
    if (!rows.length) return done + (await rewrapOutboxSecrets(tx, keys, to));
    const values = rows.map((r) => {
      const from = byId.get(r.keyId);
      if (!from) {
        throw new KeyRingError('unknown_key', `Kunci induk ${r.keyId} tidak ada di berkas kunci / Master key ${r.keyId} is not in the key file`);
      }
      return sql`(${r.id}::uuid, ${rewrapDataKey(from, to, r.wrappedKey)})`;
    });
    await tx.execute(sql`
      update ${encryptedFiles} as f set wrapped_key = v.w, key_id = ${to.id}
      from (values ${sql.join(values, sql`, `)}) as v(id, w)
      where f.id = v.id`);
    done += rows.length;
  }
}

/**
 * The secrets of queued emails (src/jobs/outbox-secret.ts) are wrapped by the same master keys: re-wrap
 * them too, so that dropping a retired key does not leave a pending message unsendable. A secret wrapped
 * by a key the file does not hold is left alone (that message fails to send, as it would anyway).
 */
async function rewrapOutboxSecrets(tx: Tx, keys: readonly MasterKey[], to: MasterKey): Promise<number> {
  const rows = await tx
    .select({ id: outbox.id, secret: outbox.secret })
    .from(outbox)
    .where(and(isNotNull(outbox.secret), notLike(outbox.secret, `v1:${to.id}:%`)));
  let done = 0;
  for (const r of rows) {
    const from = keys.find((k) => k.id === sealedKeyId(r.secret!));
    if (!from) continue;
    const secret = rewrapSecret(from, r.secret!, to);
    await tx.update(outbox).set({ secret }).where(eq(outbox.id, r.id));
    done++;
  }
  return done;
}

export type RotationResult = { newKeyId: string; retired: string[]; rewrapped: number; dropped: string[] };

/**
 * `qgesy keys rotate`: writes a new current key into the file (the old current one becomes retired but
 * stays, so every file keeps opening), re-wraps every data key under the new key in one transaction, and
 * with `dropRetired` then removes retired keys from the file once no file is wrapped by them.
 * Refuses before changing anything when some files are wrapped by a key the file does not hold.
 */
export async function rotateKeys(db: Db, ring: KeyRing, now: Date, opts: { dropRetired?: boolean } = {}): Promise<RotationResult> {
  if (!existsSync(ring.file)) ring.reload(); // one clear KeyRingError('missing')
  const before = await keyStatus(db, ring);
  if (before.missing.length) {
    const list = before.missing.map((m) => `${m.id} (${m.files})`).join(', ');
    throw new KeyRingError(
      'unknown_key',
      `Rotasi dibatalkan: ada berkas yang dibungkus kunci yang tidak ada di ${ring.file}: ${list}. Pasang kembali kunci itu dahulu. / Rotation cancelled: files are wrapped by keys missing from ${ring.file}: ${list}. Put those keys back first.`,
    );
  }
  const old = ring.list();
  const fresh = newMasterKey(now);
  const retired = old.filter((k) => k.status === 'current').map((k) => k.id);
  // The new key first: from here on every process wraps new files with it, and the old keys still open theirs.
  writeKeyFile(ring.file, [...old.map((k) => ({ ...k, status: 'retired' as const })), fresh]);
  const keys = ring.reload();
  const rewrapped = await db.transaction((tx) => rewrapAll(tx, keys, fresh));
  const result: RotationResult = { newKeyId: fresh.id, retired, rewrapped, dropped: [] };
  if (!opts.dropRetired) return result;

  // A file added by a process that read the key file just before the rotation may still carry the old
  // key: wrap it again, then drop the retired keys only while the lock shows that nothing needs them.
  result.rewrapped += await db.transaction((tx) => rewrapAll(tx, ring.reload(), fresh));
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${encryptedFiles} in share row exclusive mode`);
    const current = ring.reload();
    const old = current.filter((k) => k.status === 'retired').map((k) => k.id);
    if (!old.length) return;
    const [n] = await tx.select({ n: count() }).from(encryptedFiles).where(inArray(encryptedFiles.keyId, old));
    if (Number(n!.n) > 0) return;
    writeKeyFile(
      ring.file,
      current.filter((k) => k.status === 'current'),
    );
    result.dropped = old;
  });
  ring.reload();
  return result;
}

/**
 * At server start: creates the key file when it is missing and nothing is encrypted yet; refuses to
 * start (one clear line) when it is missing but the database holds encrypted files, since a new key would
 * silently leave them unreadable. Returns the key ids that wrap files but are not in the file.
 */
export async function prepareKeyFile(db: DbOrTx, ring: KeyRing, now: Date): Promise<{ created: boolean; missing: { id: string; files: number }[] }> {
  if (!existsSync(ring.file)) {
    const [n] = await db.select({ n: count() }).from(encryptedFiles);
    if (Number(n!.n) > 0) {
      throw new KeyRingError(
        'missing',
        `Berkas kunci enkripsi ${ring.file} (ENCRYPTION_KEY_FILE) tidak ada, padahal basis data menyimpan ${n!.n} berkas terenkripsi. Pasang kembali salinan berkas kunci; kunci baru tidak dibuat. / The encryption key file ${ring.file} is missing while the database holds ${n!.n} encrypted files. Put the key file copy back; no new key was made.`,
      );
    }
    ensureKeyFile(ring.file, now);
    ring.reload();
    return { created: true, missing: [] };
  }
  const status = await keyStatus(db, ring);
  return { created: false, missing: status.missing };
}

/** Rows wrapped by one key (for tests and the status line). */
export async function filesWrappedBy(db: DbOrTx, keyId: string): Promise<number> {
  const [n] = await db.select({ n: count() }).from(encryptedFiles).where(eq(encryptedFiles.keyId, keyId));
  return Number(n!.n);
}
