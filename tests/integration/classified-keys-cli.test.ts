// The operator's commands for encryption at rest, run as the real `qgesy`: keys status and rotate (the
// document still opens, encrypted_files.key_id changes, the blob bytes do not), --drop-retired, the
// PGlite lock, a running server that meets the rotated key, a missing or wrong key file (one clear line),
// backup and restore with the same key file (the archive holds no key), and `qgesy clearance`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Ctx } from '../../src/context.js';
import { openDatabase } from '../../src/db/client.js';
import { classifiedDocuments, encryptedFiles, units, users } from '../../src/db/schema/index.js';
import { fixedClock } from '../../src/clock.js';
import { localBlobStore } from '../../src/documents/blob-store.js';
import { ensureKeyFile, keyRing, parseKeyFile } from '../../src/documents/encryption.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { attachClassifiedDocument, openClassifiedDocument } from '../../src/domain/classified/documents.js';
import { createItem } from '../../src/domain/classified/items.js';
import { makeUser, PASSWORD } from '../helpers/app.js';
import { freePort, runCli, startServer } from '../helpers/cli.js';
import { freshPostgresDatabase, tempDir, usingPostgres } from '../helpers/db.js';

const fixture = (name: string) => readFileSync(path.resolve('tests/fixtures', name));

/** A cookie-keeping client for a real server: signs in and posts forms with their CSRF token. */
class Client {
  jar = new Map<string, string>();
  csrf = '';
  constructor(private base: string) {}
  private cookie() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  private keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      this.jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  }
  async get(p: string) {
    const res = await fetch(this.base + p, { headers: { cookie: this.cookie() }, redirect: 'manual' });
    this.keep(res);
    const text = await res.text();
    const m = /name="_csrf" value="([^"]+)"/.exec(text);
    if (m) this.csrf = m[1]!;
    return { status: res.status, text };
  }
  async post(p: string, form: Record<string, string>) {
    const res = await fetch(this.base + p, {
      method: 'POST',
      body: new URLSearchParams({ ...form, _csrf: this.csrf }),
      headers: { cookie: this.cookie(), 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    });
    this.keep(res);
    return res;
  }
}

describe('qgesy keys, clearance, and backups of encrypted files', { timeout: 900_000 }, () => {
  const tmp = tempDir('qgesy-keys-');
  let pgDb: { url: string; drop(): Promise<void> } | undefined;
  let env: Record<string, string>;
  let keyFile = '';
  let itemId = '';
  let docId = '';

  const openSame = () => openDatabase(pgDb ? { databaseUrl: pgDb.url } : { pgliteDir: path.join(env.DATA_DIR!, 'pglite') });
  const blobPath = (dataDir: string, sha: string) => path.join(dataDir, 'blobs', sha.slice(0, 2), sha);

  /** Opens the document through the domain, as an officer of its unit, with the given data dir and key file. */
  async function openDoc(database: Awaited<ReturnType<typeof openSame>>, dataDir: string, file: string) {
    const [u] = await database.db.select().from(users).where(eq(users.email, 'a@kota.example'));
    const ctx: Ctx = {
      db: database.db,
      actor: toActor(u!),
      clock: fixedClock(new Date()),
      ip: null,
      blobs: localBlobStore(path.join(dataDir, 'blobs')),
      keys: keyRing(file),
      settings: { baseUrl: 'http://localhost', sessionTtlHours: 12, maxUploadBytes: 50 << 20 },
    };
    return openClassifiedDocument(ctx, docId, 'Pemeriksaan oleh operator');
  }

  async function fileRow() {
    const db = await openSame();
    try {
      const [doc] = await db.db.select().from(classifiedDocuments).where(eq(classifiedDocuments.id, docId));
      const [f] = await db.db.select().from(encryptedFiles).where(eq(encryptedFiles.id, doc!.fileId));
      return f!;
    } finally {
      await db.close();
    }
  }

  beforeAll(async () => {
    if (usingPostgres) pgDb = await freshPostgresDatabase();
    env = { DATA_DIR: path.join(tmp.dir, 'data'), ...(pgDb ? { DATABASE_URL: pgDb.url } : {}) };
    keyFile = path.join(env.DATA_DIR!, 'keys', 'master.key');
    const m = await runCli(['migrate'], env);
    expect(m.code, m.stderr).toBe(0);
    const db = await openSame();
    const base: Ctx = {
      db: db.db,
      actor: systemActor('uji'),
      clock: fixedClock(new Date('2026-03-16T02:00:00Z')),
      ip: null,
      blobs: localBlobStore(path.join(env.DATA_DIR!, 'blobs')),
      keys: keyRing(keyFile),
      settings: { baseUrl: 'http://localhost', sessionTtlHours: 12, maxUploadBytes: 50 << 20 },
    };
    ensureKeyFile(keyFile);
    const [unit] = await db.db.insert(units).values({ code: 'inspektorat', name: 'Inspektorat' }).returning();
    await makeUser(base, { email: 'a@kota.example', roles: ['ppid_pembantu'], unitId: unit!.id, name: 'Auditor Inspektorat' });
    await makeUser(base, { email: 'atasan@kota.example', roles: ['atasan_ppid'], name: 'Atasan' });
    await db.db.update(users).set({ clearance: 'rahasia' }).where(eq(users.email, 'a@kota.example'));
    const [u] = await db.db.select().from(users).where(eq(users.email, 'a@kota.example'));
    const a = { ...base, actor: toActor(u!) };
    const item = await createItem(a, { title: 'Laporan hasil pemeriksaan khusus', securityLevel: 'rahasia' });
    const doc = await attachClassifiedDocument(a, item.id, { filename: 'lhp.pdf', bytes: fixture('dokumen.pdf') });
    itemId = item.id;
    docId = doc.id;
    await db.close();
  }, 300_000); // a CLI migration of a fresh PGlite on a busy machine
  afterAll(async () => {
    await pgDb?.drop();
    tmp.cleanup();
  });

  it('keys status names the current key and how many files it wraps', async () => {
    const r = await runCli(['keys', 'status'], env);
    expect(r.code, r.stderr).toBe(0);
    const id = parseKeyFile(readFileSync(keyFile, 'utf8'))[0]!.id;
    expect(r.stdout).toContain(keyFile);
    expect(r.stdout).toMatch(new RegExp(`${id}\\s+current.*berkas / files: 1`));
  });

  it('keys rotate re-wraps every data key: the key id changes, the blob does not, the document opens', async () => {
    const before = await fileRow();
    const blobBefore = readFileSync(blobPath(env.DATA_DIR!, before.blobSha256));
    const r = await runCli(['keys', 'rotate'], env);
    expect(r.code, r.stderr).toBe(0);
    // The document's file key and its item's key.
    expect(r.stdout).toContain('2 kunci data dibungkus ulang');
    const after = await fileRow();
    expect(after.keyId).not.toBe(before.keyId);
    expect(after.wrappedKey).not.toBe(before.wrappedKey);
    expect(after.blobSha256).toBe(before.blobSha256);
    expect(readFileSync(blobPath(env.DATA_DIR!, after.blobSha256)).equals(blobBefore)).toBe(true);
    const keys = parseKeyFile(readFileSync(keyFile, 'utf8'));
    expect(keys.map((k) => [k.id, k.status])).toEqual([
      [before.keyId, 'retired'],
      [after.keyId, 'current'],
    ]);
    const db = await openSame();
    const opened = await openDoc(db, env.DATA_DIR!, keyFile);
    await db.close();
    expect(opened.bytes.equals(fixture('dokumen.pdf'))).toBe(true);
    const s = await runCli(['keys', 'status'], env);
    expect(s.stdout).toMatch(new RegExp(`${before.keyId}\\s+retired.*files: 0`));
    expect(s.stdout).toMatch(new RegExp(`${after.keyId}\\s+current.*files: 1`));
  });

  it('--drop-retired leaves only the current key in the file', async () => {
    const r = await runCli(['keys', 'rotate', '--drop-retired'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Dihapus dari berkas kunci');
    const keys = parseKeyFile(readFileSync(keyFile, 'utf8'));
    expect(keys).toHaveLength(1);
    expect((await fileRow()).keyId).toBe(keys[0]!.id);
  });

  it('a running server opens the document after a rotation (PostgreSQL: rotated under it; PGlite: the rotation waits for it)', async () => {
    const port = await freePort();
    const server = startServer({ ...env, PORT: String(port), BASE_URL: `http://127.0.0.1:${port}` });
    await server.ready;
    try {
      const rotated = await runCli(['keys', 'rotate'], env);
      if (pgDb) {
        expect(rotated.code, rotated.stderr).toBe(0);
      } else {
        expect(rotated.code).toBe(1);
        expect(rotated.stderr).toContain('sedang dipakai proses lain');
        expect(rotated.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
      }
      const c = new Client(`http://127.0.0.1:${port}`);
      await c.get('/masuk');
      expect((await c.post('/masuk', { email: 'a@kota.example', password: PASSWORD })).status).toBe(303);
      await c.get('/admin');
      const opened = await c.post(`/admin/informasi/${itemId}/buka`, { reason: 'Pemeriksaan setelah rotasi' });
      expect(opened.status).toBe(200);
      const page = await opened.text();
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
      c.csrf = csrf;
      const reading = /name="baca" value="(\d+)"/.exec(page)![1]!;
      const dl = await c.post(`/admin/informasi/${itemId}/dokumen/${docId}/unduh`, { baca: reading });
      expect(dl.status).toBe(200);
      const pdf = await getDocumentProxy(new Uint8Array(await dl.arrayBuffer()));
      const text = (await extractText(pdf, { mergePages: true })).text;
      expect(text).toContain('RAHASIA · dibuka oleh Auditor Inspektorat <a@kota.example>');
      expect(text).toContain('jembatan gantung Tumbang Nusa');
    } finally {
      expect(await server.stop()).toBe(0);
    }
    // The server's log lines name no document.
    expect(server.output()).not.toContain('lhp.pdf');
    expect(server.output()).not.toContain('pemeriksaan khusus');
  });

  it('a missing key file: one clear line, and the server refuses to start rather than make a new key', async () => {
    const away = `${keyFile}.away`;
    renameSync(keyFile, away);
    try {
      const s = await runCli(['keys', 'status'], env);
      expect(s.code).toBe(1);
      expect(s.stderr.trim().split('\n')).toHaveLength(1);
      expect(s.stderr).toContain('ENCRYPTION_KEY_FILE');
      expect(s.stderr).not.toMatch(/at .*\.js:\d+/);
      const port = await freePort();
      const server = startServer({ ...env, PORT: String(port) });
      await expect(server.ready).rejects.toThrow(/tidak ada, padahal basis data menyimpan 1 berkas terenkripsi/);
      expect(existsSync(keyFile)).toBe(false);
    } finally {
      renameSync(away, keyFile);
    }
  });

  it('backs up without the key; a restore with the same key file opens the document, another key file does not', async () => {
    const archive = path.join(tmp.dir, 'cadangan.tar.gz');
    const b = await runCli(['backup', archive], env);
    expect(b.code, b.stderr).toBe(0);
    // The archive holds no key file and none of the master keys.
    const unpacked = path.join(tmp.dir, 'unpacked');
    mkdirSync(unpacked, { recursive: true });
    execFileSync('tar', ['-xzf', archive, '-C', unpacked]);
    const listing = execFileSync('tar', ['-tzf', archive]).toString();
    expect(listing).not.toMatch(/keys|master\.key/);
    const everything = execFileSync(
      'cat',
      listing
        .split('\n')
        .filter((f) => f && !f.endsWith('/'))
        .map((f) => path.join(unpacked, f)),
    );
    for (const k of parseKeyFile(readFileSync(keyFile, 'utf8'))) expect(everything.includes(Buffer.from(k.key.toString('base64')))).toBe(false);
    // The database rows are there, as they should be, but the item's title and the file name only sealed.
    expect(everything.includes(Buffer.from('INF/inspektorat/'))).toBe(true);
    expect(everything.includes(Buffer.from('Laporan hasil pemeriksaan khusus'))).toBe(false);
    expect(everything.includes(Buffer.from('lhp.pdf'))).toBe(false);

    const target = await (usingPostgres ? freshPostgresDatabase() : Promise.resolve(undefined));
    try {
      const env2 = { DATA_DIR: path.join(tmp.dir, 'restored'), ENCRYPTION_KEY_FILE: keyFile, ...(target ? { DATABASE_URL: target.url } : {}) };
      const r = await runCli(['restore', archive], env2);
      expect(r.code, r.stderr).toBe(0);
      const status = await runCli(['keys', 'status'], env2);
      expect(status.code, status.stdout + status.stderr).toBe(0);
      const db = await openDatabase(target ? { databaseUrl: target.url } : { pgliteDir: path.join(env2.DATA_DIR, 'pglite') });
      try {
        const opened = await openDoc(db, env2.DATA_DIR, keyFile);
        expect(opened.bytes.equals(fixture('dokumen.pdf'))).toBe(true);
        // With a key file that is not the one the files were wrapped with: a clear refusal, no content.
        const other = path.join(tmp.dir, 'lain.key');
        ensureKeyFile(other);
        await expect(openDoc(db, env2.DATA_DIR, other)).rejects.toMatchObject({ status: 503, code: 'encryption_unavailable' });
      } finally {
        await db.close();
      }
      const other = path.join(tmp.dir, 'lain2.key');
      copyFileSync(path.join(tmp.dir, 'lain.key'), other);
      const wrong = await runCli(['keys', 'status'], { ...env2, ENCRYPTION_KEY_FILE: other });
      expect(wrong.code).toBe(1);
      expect(wrong.stdout).toContain('TIDAK ADA DI BERKAS / MISSING FROM THE FILE');
    } finally {
      await target?.drop();
    }
  });

  it('qgesy clearance clears the first Atasan PPID; a wrong level or email is one clear line', async () => {
    const ok = await runCli(['clearance', '--email', 'atasan@kota.example', '--level', 'sangat_rahasia'], env);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('biasa -> sangat_rahasia');
    const db = await openSame();
    const [u] = await db.db.select().from(users).where(eq(users.email, 'atasan@kota.example'));
    await db.close();
    expect(u!.clearance).toBe('sangat_rahasia');
    const bad = await runCli(['clearance', '--email', 'atasan@kota.example', '--level', 'top-secret'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Tingkat tidak dikenal');
    expect(bad.stderr).not.toMatch(/at .*\.js:\d+/);
    const nobody = await runCli(['clearance', '--email', 'siapa@kota.example', '--level', 'biasa'], env);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain('Tidak ada akun dengan email');
    const usage = await runCli(['clearance', '--email', 'atasan@kota.example'], env);
    expect(usage.code).toBe(2);
  });
});
