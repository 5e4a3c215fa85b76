// Encryption at rest: AES-256-GCM round trips, and every kind of damage (ciphertext, tag, wrapped key,
// wrong master key, unknown key id, a broken key file) fails with its own clear error and no plaintext.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { localBlobStore } from '../../src/documents/blob-store.js';
import {
  decryptBytes,
  DecryptionError,
  isSealed,
  newDataKey,
  openText,
  sealText,
  encryptBytes,
  ensureKeyFile,
  keyIdOf,
  keyRing,
  KeyRingError,
  newMasterKey,
  openEncrypted,
  parseKeyFile,
  rewrapDataKey,
  storeEncrypted,
  unwrapDataKey,
  wrapDataKey,
  writeKeyFile,
} from '../../src/documents/encryption.js';
import { tempDir } from '../helpers/db.js';

const tmp = tempDir('qgesy-enc-');
afterAll(() => tmp.cleanup());

const dataKey = () => Buffer.alloc(32, 7);

describe('AES-256-GCM files and data keys', () => {
  it('round-trips any bytes, and the blob is iv(12) ‖ ciphertext ‖ tag(16)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (plain) => {
        const blob = encryptBytes(dataKey(), plain);
        expect(blob.length).toBe(12 + plain.length + 16);
        expect(decryptBytes(dataKey(), blob).equals(Buffer.from(plain))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a flipped bit anywhere in the blob, a truncated blob and the wrong data key', () => {
    const plain = Buffer.from('Laporan investigasi pengadaan alat kesehatan tahun 2026');
    const blob = encryptBytes(dataKey(), plain);
    for (const at of [0, 11, 12, 20, blob.length - 17, blob.length - 1]) {
      const bad = Buffer.from(blob);
      bad[at] = bad[at]! ^ 0x01;
      expect(() => decryptBytes(dataKey(), bad), `bit flipped at ${at}`).toThrow(DecryptionError);
    }
    expect(() => decryptBytes(dataKey(), blob.subarray(0, 20))).toThrow(DecryptionError);
    expect(() => decryptBytes(Buffer.alloc(32, 8), blob)).toThrow(DecryptionError);
  });

  it('wraps data keys under a master key; a tampered wrap or another master key fails cleanly', () => {
    const a = newMasterKey(new Date());
    const b = newMasterKey(new Date());
    const wrapped = wrapDataKey(a, dataKey());
    expect(Buffer.from(wrapped, 'base64').length).toBe(12 + 32 + 16);
    expect(unwrapDataKey(a, wrapped).equals(dataKey())).toBe(true);
    expect(() => unwrapDataKey(b, wrapped)).toThrow(DecryptionError);
    const raw = Buffer.from(wrapped, 'base64');
    raw[30] = raw[30]! ^ 0x80;
    expect(() => unwrapDataKey(a, raw.toString('base64'))).toThrow(DecryptionError);
    expect(() => unwrapDataKey(a, 'AAAA')).toThrow(DecryptionError);
    const moved = rewrapDataKey(a, b, wrapped);
    expect(unwrapDataKey(b, moved).equals(dataKey())).toBe(true);
    expect(a.id).toBe(keyIdOf(a.key));
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('the key file', () => {
  it('is created once with mode 0600 and one current key, and read back', () => {
    const file = path.join(tmp.dir, 'keys', 'master.key');
    expect(ensureKeyFile(file)).toBe(true);
    expect(ensureKeyFile(file)).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('DO NOT LOSE');
    const keys = parseKeyFile(text);
    expect(keys).toHaveLength(1);
    expect(keys[0]!.status).toBe('current');
    expect(keyRing(file).current().id).toBe(keys[0]!.id);
  });

  it('names the line at fault when the file is damaged, and needs exactly one current key', () => {
    const k = newMasterKey(new Date('2026-01-01T00:00:00Z'));
    const good = JSON.stringify({ id: k.id, created: k.created, status: 'current', key: k.key.toString('base64') });
    expect(() => parseKeyFile(`# c\n${good}\n{oops`)).toThrow(/baris 3.*line 3/);
    expect(() => parseKeyFile(good.replace(k.id, '0000000000000000'))).toThrow(/tidak cocok|does not match/);
    expect(() => parseKeyFile(good.replace('current', 'retired'))).toThrow(/tepat satu kunci "current"/);
    expect(() => parseKeyFile(`${good}\n${good}`)).toThrow(/ganda|duplicate/);
    const short = JSON.stringify({ id: k.id, created: k.created, status: 'current', key: 'AAAA' });
    expect(() => parseKeyFile(short)).toThrow(/32 bita|32 bytes/);
  });

  it('a missing file is one clear KeyRingError naming the file and the setting', () => {
    const ring = keyRing(path.join(tmp.dir, 'nowhere', 'master.key'));
    let err: unknown;
    try {
      ring.current();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KeyRingError);
    expect((err as KeyRingError).code).toBe('missing');
    expect((err as Error).message).toMatch(/ENCRYPTION_KEY_FILE/);
    expect((err as Error).message).not.toMatch(/\n/);
  });

  it('an unknown key id makes the ring read the file again once; a key still missing is a KeyRingError', () => {
    const file = path.join(tmp.dir, 'ring.key');
    const first = newMasterKey(new Date());
    writeKeyFile(file, [first]);
    const ring = keyRing(file);
    expect(ring.current().id).toBe(first.id);
    // Another process rotates: a new current key, the old one retired.
    const second = newMasterKey(new Date());
    writeKeyFile(file, [{ ...first, status: 'retired' }, second]);
    expect(ring.get(second.id).key.equals(second.key)).toBe(true);
    expect(ring.current().id).toBe(second.id);
    expect(() => ring.get('ffffffffffffffff')).toThrow(KeyRingError);
    try {
      ring.get('ffffffffffffffff');
    } catch (e) {
      expect((e as KeyRingError).code).toBe('unknown_key');
      expect((e as Error).message).toContain('ffffffffffffffff');
    }
  });

  it('a ring notices a rotated file before it wraps the next file', () => {
    const file = path.join(tmp.dir, 'ring2.key');
    const first = newMasterKey(new Date());
    writeKeyFile(file, [first]);
    const ring = keyRing(file);
    expect(ring.current().id).toBe(first.id);
    const second = newMasterKey(new Date());
    writeKeyFile(file, [{ ...first, status: 'retired' }, second]);
    expect(ring.current().id).toBe(second.id);
  });
});

describe('storing through the blob store', () => {
  it('stores only ciphertext, under the sha256 of the ciphertext, from bytes and from a file', async () => {
    const file = path.join(tmp.dir, 'store.key');
    ensureKeyFile(file);
    const deps = { blobs: localBlobStore(path.join(tmp.dir, 'blobs')), keys: keyRing(file) };
    const phrase = 'Rencana pengamanan gudang logistik Tumbang Nusa';
    const plain = Buffer.from(`kolom;isi\n1;${phrase}\n`);
    const fromBytes = await storeEncrypted(deps, { bytes: plain }, 'text/csv');
    const src = path.join(tmp.dir, 'upload.csv');
    writeFileSync(src, plain);
    const fromFile = await storeEncrypted(deps, { path: src }, 'text/csv');
    for (const row of [fromBytes, fromFile]) {
      expect(row.size).toBe(plain.length);
      expect(row.keyId).toBe(deps.keys.current().id);
      const raw = readFileSync(deps.blobs.filePath(row.blobSha256));
      expect(raw.includes(Buffer.from(phrase))).toBe(false);
      expect(raw.includes(Buffer.from('Tumbang'))).toBe(false);
      expect((await openEncrypted(deps, row))!.equals(plain)).toBe(true);
    }
    // Two encryptions of the same file differ (fresh data key and iv): nothing to match between them.
    expect(fromBytes.blobSha256).not.toBe(fromFile.blobSha256);
    await expect(openEncrypted(deps, { ...fromBytes, keyId: '0123456789abcdef' })).rejects.toBeInstanceOf(KeyRingError);
    await expect(openEncrypted(deps, { ...fromBytes, wrappedKey: fromFile.wrappedKey })).rejects.toBeInstanceOf(DecryptionError);
  });
});

describe('sealed texts', () => {
  it('round-trips any text, recognisably sealed, different each time, and refuses damage or the wrong key', () => {
    const key = newDataKey();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const sealed = sealText(text, key);
        expect(isSealed(sealed)).toBe(true);
        expect(sealed.startsWith('enc1:')).toBe(true);
        expect(openText(sealed, key)).toBe(text);
      }),
    );
    const a = sealText('Daftar informan operasi', key);
    expect(a).not.toBe(sealText('Daftar informan operasi', key));
    expect(a).not.toContain('informan');
    expect(() => openText(a, newDataKey())).toThrow(DecryptionError);
    const raw = Buffer.from(a.slice(5), 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => openText(`enc1:${raw.toString('base64')}`, key)).toThrow(DecryptionError);
    expect(() => openText('enc1:AAAA', key)).toThrow(DecryptionError);
    expect(() => openText('Daftar informan operasi', key)).toThrow(DecryptionError);
    expect(isSealed('Daftar informan operasi')).toBe(false);
  });
});
