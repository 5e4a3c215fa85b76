// Classified documents on the S3-compatible blob store (s3rver in this process): the object in the bucket
// is ciphertext under the sha256 of the ciphertext, a file from disk is streamed through the cipher, and
// both open back to the original bytes.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { encryptedFiles, units, users } from '../../src/db/schema/index.js';
import { s3BlobStore } from '../../src/documents/s3-store.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { attachClassifiedDocument, openClassifiedDocument } from '../../src/domain/classified/documents.js';
import { createItem } from '../../src/domain/classified/items.js';
import { makeUser } from '../helpers/app.js';
import { backendName, createTestDb, testCtx, type TestDb } from '../helpers/db.js';

type S3rverInstance = { run(): Promise<{ port: number }>; close(): Promise<void> };
const S3rver = createRequire(import.meta.url)('s3rver') as new (opts: Record<string, unknown>) => S3rverInstance;
const BUCKET = 'qgesy-uji-rahasia';
const fixture = (name: string) => readFileSync(path.resolve('tests/fixtures', name));

/** Every file s3rver keeps on disk for the bucket (objects and their metadata). */
function stored(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = path.join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}

describe(`classified documents on S3 (${backendName})`, () => {
  let server: S3rverInstance;
  let store: ReturnType<typeof s3BlobStore>;
  let db: TestDb;
  let ctx: Ctx;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qgesy-s3rver-cls-'));

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
    db = await createTestDb();
    const base = { ...testCtx(db), blobs: store };
    const [u] = await db.db.insert(units).values({ code: 'bpkad', name: 'Badan Pengelolaan Keuangan dan Aset Daerah' }).returning();
    await makeUser(base, { email: 'keu@kota.example', roles: ['ppid_pembantu'], unitId: u!.id });
    await db.db.update(users).set({ clearance: 'sangat_rahasia' }).where(eq(users.email, 'keu@kota.example'));
    const [row] = await db.db.select().from(users).where(eq(users.email, 'keu@kota.example'));
    ctx = { ...base, actor: toActor(row!) };
  });
  afterAll(async () => {
    store?.client.destroy();
    await server?.close();
    await db?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts only ciphertext into the bucket and opens it back, from bytes and from a file on disk', async () => {
    const item = await createItem(ctx, { title: 'Rencana penjualan aset daerah', securityLevel: 'sangat_rahasia' });
    const csv = fixture('dokumen.csv');
    const fromBytes = await attachClassifiedDocument(ctx, item.id, { filename: 'aset.csv', bytes: csv });
    const tmp = path.join(dir, 'unggahan.pdf');
    writeFileSync(tmp, fixture('dokumen.pdf'));
    const fromFile = await attachClassifiedDocument(ctx, item.id, { filename: 'aset.pdf', path: tmp });
    for (const [doc, plain] of [
      [fromBytes, csv],
      [fromFile, fixture('dokumen.pdf')],
    ] as const) {
      const [f] = await db.db.select().from(encryptedFiles).where(eq(encryptedFiles.id, doc.fileId));
      const object = (await store.get(f!.blobSha256))!;
      expect(createHash('sha256').update(object).digest('hex')).toBe(f!.blobSha256);
      expect(object.length).toBe(plain.length + 28);
      expect(object.includes(plain.subarray(0, 24))).toBe(false);
      const opened = await openClassifiedDocument(ctx, doc.id, 'Pemeriksaan penyimpanan S3');
      expect(opened.bytes.equals(plain)).toBe(true);
    }
    const onDisk = stored(dir).filter((p) => !p.endsWith('unggahan.pdf'));
    for (const p of onDisk) {
      const b = readFileSync(p);
      expect(b.includes(Buffer.from('posyandu Kereng'))).toBe(false);
      expect(b.includes(Buffer.from('%PDF-'))).toBe(false);
    }
  });
});
