// Content-addressed file store (sha256 key) on the local file system under DATA_DIR.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readdir, rename, stat, writeFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

export type BlobStore = {
  put(data: Uint8Array): Promise<{ sha256: string; size: number }>;
  get(sha256: string): Promise<Buffer | null>;
  stream(sha256: string): Readable | null;
  has(sha256: string): Promise<boolean>;
  /** Every stored key, for backups. */
  list(): Promise<string[]>;
  /** Where a blob lives on disk (local store only; used by backup). */
  filePath(sha256: string): string;
};

const SHA = /^[0-9a-f]{64}$/;

export function localBlobStore(root: string): BlobStore {
  const fileOf = (sha: string) => {
    if (!SHA.test(sha)) throw new Error('invalid blob key');
    return path.join(root, sha.slice(0, 2), sha);
  };
  return {
    async put(data) {
      const sha256 = createHash('sha256').update(data).digest('hex');
      const file = fileOf(sha256);
      if (!existsSync(file)) {
        await mkdir(path.dirname(file), { recursive: true });
        // Write then rename: a crash never leaves a half-written file under its final name.
        const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        await writeFile(tmp, data);
        await rename(tmp, file);
      }
      return { sha256, size: data.byteLength };
    },
    async get(sha) {
      try {
        return await readFile(fileOf(sha));
      } catch {
        return null;
      }
    },
    stream(sha) {
      const file = fileOf(sha);
      return existsSync(file) ? createReadStream(file) : null;
    },
    async has(sha) {
      try {
        await stat(fileOf(sha));
        return true;
      } catch {
        return false;
      }
    },
    async list() {
      const out: string[] = [];
      if (!existsSync(root)) return out;
      for (const dir of await readdir(root)) {
        if (!/^[0-9a-f]{2}$/.test(dir)) continue;
        for (const f of await readdir(path.join(root, dir))) if (SHA.test(f)) out.push(f);
      }
      return out.sort();
    },
    filePath: fileOf,
  };
}

export async function removeBlobStore(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}
