// The operator's side of the master key ring: what each key wraps, rotation (a new key, every data key
// re-wrapped in one transaction, the old key retired) and, after it, dropping retired keys from the file.
// Data keys are those of encrypted files (`encrypted_files`) and of classified items, whose texts are
// sealed under them (`classified_items`, see sealed-text.ts). The blobs and the sealed texts are never
// touched: only `wrapped_key` and `key_id` change. Queued emails' secrets are re-wrapped too.
import { and, count, eq, inArray, isNotNull, ne, notLike, sql } from 'drizzle-orm';
import { existsSync } from 'node:fs';
import type { Db, DbOrTx, Tx } from '../../db/client.js';
import { classifiedItems, encryptedFiles, outbox } from '../../db/schema/index.js';
import { rewrapSecret, sealedKeyId } from '../../mail/secret.js';
import { ensureKeyFile, KeyRingError, newMasterKey, rewrapDataKey, writeKeyFile, type KeyRing, type MasterKey } from '../../documents/encryption.js';

export type KeyUse = { id: string; created: string; status: MasterKey['status']; files: number; items: number };
export type KeyStatusReport = {
  file: string;
  keys: KeyUse[];
  /** Key ids that wrap files or items but are not in the key file. */ missing: { id: string; files: number; items: number }[];
};

async function usesPerKey(db: DbOrTx): Promise<Map<string, { files: number; items: number }>> {
  const files = await db.select({ keyId: encryptedFiles.keyId, n: count() }).from(encryptedFiles).groupBy(encryptedFiles.keyId);
  const items = await db
    .select({ keyId: classifiedItems.keyId, n: count() })
    .from(classifiedItems)
    .where(isNotNull(classifiedItems.keyId))
    .groupBy(classifiedItems.keyId);
  const uses = new Map<string, { files: number; items: number }>();
  for (const r of files) uses.set(r.keyId, { files: Number(r.n), items: 0 });
  for (const r of items) {
    const u = uses.get(r.keyId!) ?? { files: 0, items: 0 };
    u.items = Number(r.n);
    uses.set(r.keyId!, u);
  }
  return uses;
}

export async function keyStatus(db: DbOrTx, ring: KeyRing): Promise<KeyStatusReport> {
  const keys = ring.reload();
  const uses = await usesPerKey(db);
  return {
    file: ring.file,
    keys: keys.map((k) => ({ id: k.id, created: k.created, status: k.status, files: uses.get(k.id)?.files ?? 0, items: uses.get(k.id)?.items ?? 0 })),
    missing: [...uses].filter(([id]) => !keys.some((k) => k.id === id)).map(([id, u]) => ({ id, ...u })),
  };
}

/** How many rows one statement re-wraps. */
const BATCH = 500;

/** The tables that keep wrapped data keys, locked in this order by every rotation. */
const WRAPPED = [encryptedFiles, classifiedItems] as const;

const lockWrapped = (tx: Tx) => tx.execute(sql`lock table ${encryptedFiles}, ${classifiedItems} in share row exclusive mode`);

/**
 * Re-wraps every data key not wrapped by `to`, in the caller's transaction, holding a lock that keeps
 * other processes from adding or changing files and items meanwhile (they wait, then see the new key file).
 */
async function rewrapAll(tx: Tx, keys: readonly MasterKey[], to: MasterKey): Promise<number> {
  await lockWrapped(tx);
  let done = 0;
  for (const table of WRAPPED) done += await rewrapTable(tx, table, keys, to);
  return done + (await rewrapOutboxSecrets(tx, keys, to));
}

async function rewrapTable(tx: Tx, table: (typeof WRAPPED)[number], keys: readonly MasterKey[], to: MasterKey): Promise<number> {
  const byId = new Map(keys.map((k) => [k.id, k]));
  let done = 0;
  for (;;) {
    const rows = (
      await tx
        .select({ id: table.id, keyId: table.keyId, wrappedKey: table.wrappedKey })
        .from(table)
        .where(and(isNotNull(table.keyId), isNotNull(table.wrappedKey), ne(table.keyId, to.id)))
        .orderBy(table.id)
        .limit(BATCH)
    ).map((r) => ({ id: r.id, keyId: r.keyId!, wrappedKey: r.wrappedKey! }));
    if (!rows.length) return done;
    const values = rows.map((r) => {
      const from = byId.get(r.keyId);
      if (!from) {
        throw new KeyRingError('unknown_key', `Kunci induk ${r.keyId} tidak ada di berkas kunci / Master key ${r.keyId} is not in the key file`);
      }
      return sql`(${r.id}::uuid, ${rewrapDataKey(from, to, r.wrappedKey)})`;
    });
    await tx.execute(sql`
      update ${table} as f set wrapped_key = v.w, key_id = ${to.id}
      from (values ${sql.join(values, sql`, `)}) as v(id, w)
      where f.id = v.id`);
    done += rows.length;
  }
}

/**
 * The secrets of queued emails (src/mail/secret.ts) are wrapped by the same master keys: re-wrap
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
    const list = before.missing.map((m) => `${m.id} (${m.files + m.items})`).join(', ');
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
    await lockWrapped(tx);
    const current = ring.reload();
    const old = current.filter((k) => k.status === 'retired').map((k) => k.id);
    if (!old.length) return;
    const [n] = await tx.select({ n: count() }).from(encryptedFiles).where(inArray(encryptedFiles.keyId, old));
    const [m] = await tx.select({ n: count() }).from(classifiedItems).where(inArray(classifiedItems.keyId, old));
    if (Number(n!.n) + Number(m!.n) > 0) return;
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
export async function prepareKeyFile(
  db: DbOrTx,
  ring: KeyRing,
  now: Date,
): Promise<{ created: boolean; missing: { id: string; files: number; items: number }[] }> {
  if (!existsSync(ring.file)) {
    const [files] = await db.select({ n: count() }).from(encryptedFiles);
    const [items] = await db.select({ n: count() }).from(classifiedItems).where(isNotNull(classifiedItems.wrappedKey));
    const nf = Number(files!.n);
    const ni = Number(items!.n);
    if (nf + ni > 0) {
      const id = `${nf} berkas terenkripsi${ni ? ` dan ${ni} informasi berklasifikasi tersegel` : ''}`;
      const en = `${nf} encrypted files${ni ? ` and ${ni} sealed classified items` : ''}`;
      throw new KeyRingError(
        'missing',
        `Berkas kunci enkripsi ${ring.file} (ENCRYPTION_KEY_FILE) tidak ada, padahal basis data menyimpan ${id}. Pasang kembali salinan berkas kunci; kunci baru tidak dibuat. / The encryption key file ${ring.file} is missing while the database holds ${en}. Put the key file copy back; no new key was made.`,
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
