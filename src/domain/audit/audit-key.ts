// The key of the audit chain (docs/operations.md): every audit row's hash is an HMAC-SHA256 under this
// key, so that someone who can write to the database but cannot read the server's key folder can no
// longer rewrite a row and re-hash the rows after it. It lives in `audit.key` beside the master
// encryption key file (ENCRYPTION_KEY_FILE, default DATA_DIR/keys/master.key), never in the database
// nor in a backup archive; it is made on the first run, like the encryption key.
//
// Format: UTF-8 text, `#` lines are comments, one JSON line {"id": first 16 hex of sha256(key),
// "created": ISO time, "key": base64 of 32 bytes}.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { KeyRing } from '../../documents/encryption.js';

const KEY_BYTES = 32;

export type AuditKey = { id: string; created: string; key: Buffer; file: string };

/** The audit key file is missing, unreadable or damaged. Its message is one line in both languages. */
export class AuditKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditKeyError';
  }
}

/** `audit.key` in the folder of the master encryption key file. */
export function auditKeyFileFor(encryptionKeyFile: string): string {
  return path.join(path.dirname(path.resolve(encryptionKeyFile)), 'audit.key');
}

const HEADER = [
  '# Q-Gesy: kunci rantai log audit / audit chain key (HMAC-SHA256).',
  '# JANGAN HILANGKAN: tanpa berkas ini `qgesy audit verify` tidak dapat memeriksa log audit.',
  '# DO NOT LOSE: without this file `qgesy audit verify` cannot check the audit log.',
  '# Simpan salinannya bersama berkas kunci enkripsi, terpisah dari cadangan / keep a copy with the encryption key file, apart from backups.',
];

function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/**
 * Creates the audit key file when there is none (mode 0600, folder 0700). Atomic and safe against another
 * process doing the same at the same moment: the file is written aside and linked into place, so a reader
 * sees either no file or the whole file. Returns whether this call created it.
 */
export function ensureAuditKeyFile(file: string, now: Date): boolean {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = randomBytes(KEY_BYTES);
  const line = JSON.stringify({ id: keyIdOf(key), created: now.toISOString(), key: key.toString('base64') });
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, [...HEADER, line].join('\n') + '\n');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, file);
    chmodSync(file, 0o600);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Reads and checks the audit key file; AuditKeyError with the reason otherwise. */
export function readAuditKeyFile(file: string): AuditKey {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new AuditKeyError(
      code === 'ENOENT'
        ? `Berkas kunci audit tidak ditemukan: ${file}; pasang kembali salinannya / The audit key file was not found: ${file}; put its copy back`
        : `Berkas kunci audit ${file} tidak dapat dibaca (${code}) / The audit key file ${file} cannot be read (${code})`,
    );
  }
  const bad = (why: string) => new AuditKeyError(`Berkas kunci audit ${file} rusak: ${why} / The audit key file ${file} is damaged: ${why}`);
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (lines.length !== 1) throw bad('harus tepat satu kunci / must hold exactly one key');
  let o: Partial<Record<'id' | 'created' | 'key', unknown>>;
  try {
    o = JSON.parse(lines[0]!) as typeof o;
  } catch {
    throw bad('bukan JSON / not JSON');
  }
  if (typeof o.key !== 'string' || typeof o.id !== 'string' || typeof o.created !== 'string') throw bad('id/created/key hilang / missing');
  const key = Buffer.from(o.key, 'base64');
  if (key.length !== KEY_BYTES || key.toString('base64') !== o.key) throw bad('kunci harus 32 bita base64 / key must be 32 bytes of base64');
  if (keyIdOf(key) !== o.id) throw bad('id tidak cocok dengan kuncinya / id does not match its key');
  return { id: o.id, created: o.created, key, file };
}

// The key never changes while a process runs: read once per file.
const cache = new Map<string, AuditKey>();

/** The audit key kept beside the key ring's file (read once, cached). */
export function auditKeyOf(keys: KeyRing | undefined): AuditKey {
  if (!keys) {
    throw new AuditKeyError('Kunci audit tidak tersedia (konteks tanpa cincin kunci) / The audit key is not available (context without a key ring)');
  }
  const file = auditKeyFileFor(keys.file);
  let k = cache.get(file);
  if (!k) {
    k = readAuditKeyFile(file);
    cache.set(file, k);
  }
  return k;
}

/** Forgets cached keys (a test that replaces a key file). */
export function forgetAuditKeys(): void {
  cache.clear();
}

/** Hex HMAC-SHA256 of text under the audit key. */
export function auditHmac(key: AuditKey, text: string): string {
  return createHmac('sha256', key.key).update(text).digest('hex');
}

/** The audit key for checking the chain, or null when the key file does not exist (damage still throws). */
export function auditKeyIfAny(keys: KeyRing | undefined): AuditKey | null {
  if (!keys || !existsSync(auditKeyFileFor(keys.file))) return null;
  return auditKeyOf(keys);
}
