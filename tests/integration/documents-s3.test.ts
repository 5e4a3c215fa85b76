// The S3-compatible blob store against s3rver running in this process: every BlobStore method, and a
// document attached, extracted and read back through it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.js';
import { systemActor } from '../../src/context.js';
import { dipDocuments, units } from '../../src/db/schema/index.js';
import { attachDocument } from '../../src/domain/dip/documents.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { s3BlobStore } from '../../src/documents/s3-store.js';
import { startTextExtractionWorker } from '../../src/jobs/text-extraction.js';
import { createTestDb, testCtx, type TestDb } from '../helpers/db.js';
import { dipInput } from '../helpers/dip.js';

type S3rverInstance = { run(): Promise<{ port: number }>; close(): Promise<void> };
type S3rverClass = new (opts: Record<string, unknown>) => S3rverInstance;
// s3rver ships no type declarations.
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const BUCKET = 'qgesy-uji-dokumen';

async function readAll(s: AsyncIterable<Buffer | Uint8Array> | null): Promise<Buffer | null> {
  if (!s) return null;
  const parts: Buffer[] = [];
  for await (const c of s) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
}

describe('S3 settings', () => {
  it('are optional, validated, and never echo secrets', () => {
    expect(loadConfig({}).s3).toBeUndefined();
    expect(
      loadConfig({
        S3_BUCKET: 'ppid-dokumen',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_ACCESS_KEY_ID: 'kunci',
        S3_SECRET_ACCESS_KEY: 'rahasia',
        S3_FORCE_PATH_STYLE: 'true',
      }).s3,
    ).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      bucket: 'ppid-dokumen',
      accessKeyId: 'kunci',
      secretAccessKey: 'rahasia',
      forcePathStyle: true,
    });
    for (const bad of ['Dokumen_PPID', 'ab', 'a..b', '-awal', '192.168.1.1']) {
      expect(() => loadConfig({ S3_BUCKET: bad }), bad).toThrow(ConfigError);
    }
    expect(() => loadConfig({ S3_BUCKET: 'ppid-dokumen', S3_ENDPOINT: 'ftp://x' })).toThrow(/S3_ENDPOINT/);
    expect(() => loadConfig({ S3_BUCKET: 'ppid-dokumen', S3_ACCESS_KEY_ID: 'kunci' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => loadConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/S3_BUCKET/);
    let message = '';
    try {
      loadConfig({ S3_BUCKET: 'ppid-dokumen', S3_ACCESS_KEY_ID: 'kunci', S3_SECRET_ACCESS_KEY: 'rahasia', S3_FORCE_PATH_STYLE: 'mungkin' });
    } catch (err) {
      message = String(err);
    }
    expect(message).toContain('S3_FORCE_PATH_STYLE');
    expect(message).not.toContain('rahasia');
    expect(message).not.toContain('mungkin');
  });
});

describe('S3 blob store (s3rver)', () => {
  let server: S3rverInstance;
  let store: ReturnType<typeof s3BlobStore>;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-s3rver-'));

  beforeAll(async () => {
    server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: BUCKET }] });
    const { port } = await server.run();
    store = s3BlobStore({
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      bucket: BUCKET,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    });
  });
  afterAll(async () => {
    store?.client.destroy();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores by sha256 and reads back whole, in ranges and as a stream', async () => {
    const data = readFileSync(path.join(FIXTURES, 'dokumen.pdf'));
    const sha = createHash('sha256').update(data).digest('hex');
    expect(await store.has(sha)).toBe(false);
    expect(await store.put(data)).toEqual({ sha256: sha, size: data.length });
    expect(await store.put(data)).toEqual({ sha256: sha, size: data.length }); // idempotent
    expect(await store.has(sha)).toBe(true);
    expect((await store.get(sha))!.equals(data)).toBe(true);
    expect((await readAll(await store.read(sha, { start: 5, end: 14 })))!.equals(data.subarray(5, 15))).toBe(true);
    expect((await readAll(await store.read(sha)))!.equals(data)).toBe(true);
    expect((await readAll(store.stream(sha)))!.equals(data)).toBe(true);
    expect(await store.list()).toEqual([sha]);
    expect(() => store.filePath(sha)).toThrow(/no local files/);
  });

  it('stores a file from disk without reading it into memory first', async () => {
    const tmp = path.join(dir, 'upload.bin');
    const data = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    writeFileSync(tmp, data);
    const r = await store.putFile(tmp);
    expect(r).toEqual({ sha256: createHash('sha256').update(data).digest('hex'), size: data.length });
    expect((await store.get(r.sha256))!.equals(data)).toBe(true);
    expect((await store.list()).length).toBe(2);
  });

  it('reports missing blobs as missing', async () => {
    const none = '0'.repeat(64);
    expect(await store.get(none)).toBeNull();
    expect(await store.read(none)).toBeNull();
    expect(await store.has(none)).toBe(false);
    await expect(readAll(store.stream(none))).rejects.toThrow(/not found/);
    await expect(store.get('../etc/passwd')).rejects.toThrow(/invalid blob key/);
  });

  describe('with documents', () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await createTestDb();
    }, 180_000);
    afterAll(async () => t.dispose());

    it('a document attached through the S3 store is extracted from it', async () => {
      const ctx = { ...testCtx(t), blobs: store, actor: systemActor('uji') };
      const [u] = await t.db.insert(units).values({ code: 'diskominfo', name: 'Dinas Komunikasi dan Informatika' }).returning();
      const e = await createDraft(ctx, u!.id, dipInput());
      const tmp = path.join(dir, 'dokumen.docx');
      writeFileSync(tmp, readFileSync(path.join(FIXTURES, 'dokumen.docx')));
      const d = await attachDocument(ctx, e.id, { filename: 'rencana.docx', path: tmp });
      expect(await store.has(d.sha256)).toBe(true);
      const w = startTextExtractionWorker({ db: t.db, blobs: store, clock: ctx.clock, pollMs: 3_600_000, ocr: null });
      try {
        expect(await w.tick()).toBe(1);
      } finally {
        await w.stop();
      }
      const [row] = await t.db.select().from(dipDocuments).where(eq(dipDocuments.id, d.id));
      expect(row).toMatchObject({ textStatus: 'done' });
      expect(row!.text).toContain('sumur bor Kelurahan Kalampangan');
    });
  });
});
