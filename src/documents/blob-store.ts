// Content-addressed file store (sha256 key) on the local file system under DATA_DIR.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, stat, utimes, writeFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** A stored blob as the store sees it: its key, size and when it was last written. */
export type BlobEntry = { sha256: string; size: number; modifiedAt: Date };

export type BlobStore = {
  /**
   * Stores bytes under their sha256. When the blob is already there, its modification time is renewed, so
   * that garbage collection (which never deletes a blob written within its grace period) cannot take it
   * away between this call and the commit of the row that will refer to it.
   */
  put(data: Uint8Array): Promise<{ sha256: string; size: number }>;
  get(sha256: string): Promise<Buffer | null>;
  stream(sha256: string): Readable | null;
  has(sha256: string): Promise<boolean>;
  /** Every stored key, for backups. */
  list(): Promise<string[]>;
  /** Every stored blob with its size and modification time, for garbage collection. */
  entries(): Promise<BlobEntry[]>;
  /** Size and modification time of one blob; null when it is not stored. */
  info(sha256: string): Promise<BlobEntry | null>;
  /** Where a blob lives on disk (local store only; used by backup). */
  filePath(sha256: string): string;
  /**
   * Stores a file that is already on disk (an upload streamed to a temporary file) without
   * reading it into memory. The file itself is left where it is. `known` is the sha256 and size the
   * caller computed while writing that very file (so it is not read twice).
   */
  putFile(file: string, known?: { sha256: string; size: number }): Promise<{ sha256: string; size: number }>;
  /** The blob, or its bytes start..end (inclusive), as a stream; null when it is not stored. */
  read(sha256: string, range?: { start: number; end: number }): Promise<Readable | null>;
  /**
   * Deletes a blob (nothing when it is not stored). Content-addressed: the caller makes sure that no row
   * refers to it any more (e.g. an identity scan removed under the retention setting).
   */
  remove(sha256: string): Promise<void>;
};

/** sha256 and size of a file on disk, read as a stream. */
export async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

const SHA = /^[0-9a-f]{64}$/;

/** Renews the modification time of a stored file; false when there is no such file. */
async function touch(file: string): Promise<boolean> {
  const now = new Date();
  try {
    await utimes(file, now, now);
    return true;
  } catch {
    return false;
  }
}

export function localBlobStore(root: string): BlobStore {
  const fileOf = (sha: string) => {
    if (!SHA.test(sha)) throw new Error('invalid blob key');
    return path.join(root, sha.slice(0, 2), sha);
  };
  return {
    async put(data) {
      const sha256 = createHash('sha256').update(data).digest('hex');
      const file = fileOf(sha256);
      if (!(await touch(file))) {
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
    async entries() {
      const out: BlobEntry[] = [];
      if (!existsSync(root)) return out;
      for (const dir of await readdir(root)) {
        if (!/^[0-9a-f]{2}$/.test(dir)) continue;
        for (const f of await readdir(path.join(root, dir))) {
          if (!SHA.test(f)) continue;
          const s = await stat(path.join(root, dir, f)).catch(() => null);
          if (s) out.push({ sha256: f, size: s.size, modifiedAt: s.mtime });
        }
      }
      return out.sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1));
    },
    async info(sha) {
      const s = await stat(fileOf(sha)).catch(() => null);
      return s ? { sha256: sha, size: s.size, modifiedAt: s.mtime } : null;
    },
    filePath: fileOf,
    async putFile(source, known) {
      const { sha256, size } = known ?? (await hashFile(source));
      const file = fileOf(sha256);
      if (!(await touch(file))) {
        await mkdir(path.dirname(file), { recursive: true });
        const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        await copyFile(source, tmp);
        await rename(tmp, file);
      }
      return { sha256, size };
    },
    async read(sha, range) {
      const file = fileOf(sha);
      try {
        await stat(file);
      } catch {
        return null;
      }
      return range ? createReadStream(file, { start: range.start, end: range.end }) : createReadStream(file);
    },
    async remove(sha) {
      await rm(fileOf(sha), { force: true });
    },
  };
}

export async function removeBlobStore(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}
