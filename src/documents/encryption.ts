// Encryption at rest for classified documents and identity scans (docs/exemptions.md): AES-256-GCM with
// a random data key per file, the blob `iv(12) ‖ ciphertext ‖ tag(16)` stored in the blob store under the
// sha256 of those bytes, the data key wrapped (AES-256-GCM) by a master key from the key ring in
// ENCRYPTION_KEY_FILE. The key file is never in a backup archive: losing it loses every encrypted file.
//
// Key file format (docs/operations.md): UTF-8 text, one JSON object per line, lines starting with `#` are
// comments. Each key: {"id": first 16 hex digits of sha256(key), "created": ISO time, "status": "current"
// | "retired", "key": base64 of 32 bytes}. Exactly one key is current (new files are wrapped with it);
// retired keys are kept so that files still wrapped with them open, until `qgesy keys rotate
// --drop-retired` has re-wrapped everything and removes them.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BlobStore } from './blob-store.js';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

export type KeyStatus = 'current' | 'retired';
export type MasterKey = { id: string; created: string; status: KeyStatus; key: Buffer };

/**
 * A problem with the key file or a key: its message is one line in Indonesian and English, naming the
 * file and key ids but never a document. `code` lets callers decide how to answer.
 */
export class KeyRingError extends Error {
  constructor(
    readonly code: 'missing' | 'invalid' | 'unknown_key',
    message: string,
  ) {
    super(message);
    this.name = 'KeyRingError';
  }
}

/** The ciphertext or the wrapped key does not authenticate: tampered, truncated, or wrapped by another key. */
export class DecryptionError extends Error {
  constructor(message = 'dekripsi gagal: berkas atau kunci data rusak / decryption failed: file or data key damaged') {
    super(message);
    this.name = 'DecryptionError';
  }
}

/** The id of a master key: the first 16 hex digits of its sha256 (names the key without revealing it). */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export function newMasterKey(now: Date): MasterKey {
  const key = randomBytes(KEY_BYTES);
  return { id: keyIdOf(key), created: now.toISOString(), status: 'current', key };
}

const HEADER = [
  '# Q-Gesy: cincin kunci induk enkripsi / master encryption key ring (ENCRYPTION_KEY_FILE).',
  '# JANGAN HILANGKAN: tanpa berkas ini semua dokumen rahasia dan pindaian identitas tidak dapat dibuka lagi.',
  '# DO NOT LOSE: without this file no classified document or identity scan can ever be opened again.',
  '# Simpan salinannya terpisah dari arsip cadangan / keep a copy apart from the backup archives.',
  '# Satu kunci per baris / one key per line: {"id","created","status":"current"|"retired","key":base64}',
];

export function formatKeyFile(keys: readonly MasterKey[]): string {
  const lines = keys.map((k) => JSON.stringify({ id: k.id, created: k.created, status: k.status, key: k.key.toString('base64') }));
  return [...HEADER, ...lines].join('\n') + '\n';
}

/** Parses and checks a key file's text; throws KeyRingError('invalid') with the line at fault. */
export function parseKeyFile(text: string, file = 'ENCRYPTION_KEY_FILE'): MasterKey[] {
  const bad = (line: number, why: string) =>
    new KeyRingError('invalid', `Berkas kunci ${file} rusak (baris ${line}): ${why} / The key file ${file} is damaged (line ${line}): ${why}`);
  const keys: MasterKey[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch {
      throw bad(i + 1, 'bukan JSON / not JSON');
    }
    const r = o as Partial<Record<'id' | 'created' | 'status' | 'key', unknown>>;
    if (typeof r.key !== 'string' || typeof r.id !== 'string' || typeof r.created !== 'string') throw bad(i + 1, 'id/created/key hilang / missing');
    if (r.status !== 'current' && r.status !== 'retired') throw bad(i + 1, 'status harus current atau retired / status must be current or retired');
    const key = Buffer.from(r.key, 'base64');
    if (key.length !== KEY_BYTES || key.toString('base64') !== r.key) throw bad(i + 1, 'kunci harus 32 bita base64 / key must be 32 bytes of base64');
    if (keyIdOf(key) !== r.id) throw bad(i + 1, `id ${r.id} tidak cocok dengan kuncinya / does not match its key`);
    if (keys.some((k) => k.id === r.id)) throw bad(i + 1, `id ${r.id} ganda / duplicate`);
    keys.push({ id: r.id, created: r.created, status: r.status, key });
  });
  const current = keys.filter((k) => k.status === 'current');
  if (current.length !== 1) {
    throw new KeyRingError(
      'invalid',
      `Berkas kunci ${file} harus memuat tepat satu kunci "current" (ada ${current.length}) / The key file ${file} must hold exactly one "current" key (it has ${current.length})`,
    );
  }
  return keys;
}

/** Writes the key file atomically (temporary file, fsync, rename) with mode 0600, its folder 0700. */
export function writeKeyFile(file: string, keys: readonly MasterKey[]): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, formatKeyFile(keys));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  chmodSync(file, 0o600);
}

/** Creates the key file with one new current key when there is none. Returns whether it was created. */
export function ensureKeyFile(file: string, now = new Date()): boolean {
  if (existsSync(file)) return false;
  writeKeyFile(file, [newMasterKey(now)]);
  return true;
}

function readKeyFile(file: string): MasterKey[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new KeyRingError(
        'missing',
        `Berkas kunci enkripsi tidak ditemukan: ${file} (ENCRYPTION_KEY_FILE) / The encryption key file was not found: ${file} (ENCRYPTION_KEY_FILE)`,
      );
    }
    throw new KeyRingError(
      'invalid',
      `Berkas kunci ${file} tidak dapat dibaca (${code ?? 'error'}) / The key file ${file} cannot be read (${code ?? 'error'})`,
    );
  }
  return parseKeyFile(text, file);
}

/**
 * The master keys in a key file, read lazily. Before wrapping a new file the ring checks whether the file
 * changed on disk (a `qgesy keys rotate` in another process), so no process keeps wrapping with a retired
 * key; a key id it does not know makes it re-read the file once before giving up.
 */
export type KeyRing = {
  readonly file: string;
  /** The key new files are wrapped with. */
  current(): MasterKey;
  /** The key with this id; throws KeyRingError('unknown_key') when the file does not hold it. */
  get(id: string): MasterKey;
  /** Every key in the file, as last read. */
  list(): MasterKey[];
  /** Reads the file again now. */
  reload(): MasterKey[];
};

export function keyRing(file: string): KeyRing {
  let keys: MasterKey[] | null = null;
  let seen = '';
  const fingerprint = () => {
    try {
      const s = statSync(file);
      return `${s.ino}:${s.size}:${s.mtimeMs}`;
    } catch {
      return 'missing';
    }
  };
  const load = () => {
    seen = fingerprint();
    keys = readKeyFile(file);
    return keys;
  };
  const loaded = () => keys ?? load();
  return {
    file,
    current() {
      if (keys && fingerprint() !== seen) load();
      return loaded().find((k) => k.status === 'current')!;
    },
    get(id) {
      let k = loaded().find((x) => x.id === id);
      if (!k) k = load().find((x) => x.id === id);
      if (!k) {
        throw new KeyRingError(
          'unknown_key',
          `Kunci induk ${id} tidak ada di berkas kunci ${file}; pasang kembali berkas kunci yang benar / Master key ${id} is not in the key file ${file}; put the right key file back`,
        );
      }
      return k;
    },
    list: () => [...loaded()],
    reload: () => [...load()],
  };
}

// --- data keys ----------------------------------------------------------------------------------------------

/** base64 of `iv ‖ AES-256-GCM(master, dataKey) ‖ tag`. */
export function wrapDataKey(master: MasterKey, dataKey: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, master.key, iv);
  const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64');
}

export function unwrapDataKey(master: MasterKey, wrapped: string): Buffer {
  const raw = Buffer.from(wrapped, 'base64');
  if (raw.length !== IV_BYTES + KEY_BYTES + TAG_BYTES) throw new DecryptionError('kunci data terbungkus rusak / wrapped data key damaged');
  try {
    const decipher = createDecipheriv(ALGORITHM, master.key, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new DecryptionError('kunci data terbungkus rusak atau bukan untuk kunci induk ini / wrapped data key damaged or not for this master key');
  }
}

// --- files --------------------------------------------------------------------------------------------------

/** `iv ‖ ciphertext ‖ tag` of the bytes under a data key. */
export function encryptBytes(dataKey: Buffer, plaintext: Uint8Array): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, dataKey, iv);
  return Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/** The plaintext of a blob; throws DecryptionError unless the whole blob authenticates. */
export function decryptBytes(dataKey: Buffer, blob: Uint8Array): Buffer {
  const b = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  if (b.length < IV_BYTES + TAG_BYTES) throw new DecryptionError('berkas terenkripsi terpotong / encrypted file truncated');
  try {
    const decipher = createDecipheriv(ALGORITHM, dataKey, b.subarray(0, IV_BYTES));
    decipher.setAuthTag(b.subarray(b.length - TAG_BYTES));
    return Buffer.concat([decipher.update(b.subarray(IV_BYTES, b.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new DecryptionError();
  }
}

/** Encrypts a file on disk into another, as a stream, returning the sha256 and size of what was written. */
async function encryptFile(dataKey: Buffer, source: string, target: string): Promise<{ sha256: string; size: number }> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, dataKey, iv);
  const hash = createHash('sha256');
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
  });
  await pipeline(
    createReadStream(source),
    async function* (input: AsyncIterable<Buffer>) {
      yield iv;
      for await (const chunk of input) yield cipher.update(chunk);
      yield cipher.final();
      yield cipher.getAuthTag();
    },
    count,
    createWriteStream(target, { flags: 'wx', mode: 0o600 }),
  );
  return { sha256: hash.digest('hex'), size };
}

/** What `encrypted_files` keeps of a stored file (the row is written by the caller, in its transaction). */
export type EncryptedFileValues = { blobSha256: string; wrappedKey: string; keyId: string; size: number; mime: string };

/**
 * Encrypts bytes or a file on disk with a new data key, stores the ciphertext in the blob store and
 * returns what the `encrypted_files` row needs. A file is encrypted as a stream into a temporary file
 * beside it (so it is never held in memory whole); the temporary file is removed.
 */
export async function storeEncrypted(
  deps: { blobs: BlobStore; keys: KeyRing },
  source: { bytes: Uint8Array } | { path: string },
  mime: string,
): Promise<EncryptedFileValues> {
  const master = deps.keys.current();
  const dataKey = randomBytes(KEY_BYTES);
  try {
    const wrappedKey = wrapDataKey(master, dataKey);
    if ('bytes' in source) {
      const stored = await deps.blobs.put(encryptBytes(dataKey, source.bytes));
      return { blobSha256: stored.sha256, wrappedKey, keyId: master.id, size: source.bytes.byteLength, mime };
    }
    const tmp = path.join(path.dirname(source.path), `${randomBytes(8).toString('hex')}.enc`);
    try {
      const written = await encryptFile(dataKey, source.path, tmp);
      const stored = await deps.blobs.putFile(tmp, written);
      return { blobSha256: stored.sha256, wrappedKey, keyId: master.id, size: written.size - IV_BYTES - TAG_BYTES, mime };
    } finally {
      await rm(tmp, { force: true });
    }
  } finally {
    dataKey.fill(0);
  }
}

/** The plaintext of a stored file. KeyRingError for an unknown key, DecryptionError for damage, null when the blob is gone. */
export async function openEncrypted(
  deps: { blobs: BlobStore; keys: KeyRing },
  row: Pick<EncryptedFileValues, 'blobSha256' | 'wrappedKey' | 'keyId'>,
): Promise<Buffer | null> {
  const master = deps.keys.get(row.keyId);
  const blob = await deps.blobs.get(row.blobSha256);
  if (!blob) return null;
  const dataKey = unwrapDataKey(master, row.wrappedKey);
  try {
    return decryptBytes(dataKey, blob);
  } finally {
    dataKey.fill(0);
  }
}

/** Re-wraps a data key from one master key to another (key rotation; the blob is not touched). */
export function rewrapDataKey(from: MasterKey, to: MasterKey, wrapped: string): string {
  const dataKey = unwrapDataKey(from, wrapped);
  try {
    return wrapDataKey(to, dataKey);
  } finally {
    dataKey.fill(0);
  }
}

// --- short texts (titles, descriptions, file names, test internals) ----------------------------------------

/** The prefix of a sealed text: a value that starts with it is ciphertext, anything else is still plain. */
export const SEALED_PREFIX = 'enc1:';

/** Whether a stored text is sealed (by `sealText`). */
export function isSealed(value: string): boolean {
  return value.startsWith(SEALED_PREFIX);
}

/** A new random data key (for an item's texts); the caller wraps it and zeroes it when done. */
export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/**
 * Seals a text under a data key: `enc1:` + base64 of `iv ‖ tag ‖ ciphertext` (AES-256-GCM). Every call
 * uses a fresh iv, so equal texts give different values; the length of the text stays visible.
 */
export function sealText(plain: string, dataKey: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, dataKey, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** The plain text of a sealed value; DecryptionError when it is not one or does not authenticate under the key. */
export function openText(sealed: string, dataKey: Buffer): string {
  if (!isSealed(sealed)) throw new DecryptionError('bukan teks tersegel / not a sealed text');
  const raw = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64');
  if (raw.length < IV_BYTES + TAG_BYTES) throw new DecryptionError('teks tersegel terpotong / sealed text truncated');
  try {
    const decipher = createDecipheriv(ALGORITHM, dataKey, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new DecryptionError('teks tersegel rusak atau bukan untuk kunci ini / sealed text damaged or not for this key');
  }
}
