// Without poppler-utils: `qgesy serve` says so in one warning line at start, and the redaction pages explain
// what is missing (503) instead of failing with an error page or a stack trace.
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { attachClassifiedDocument } from '../../src/domain/classified/documents.js';
import { createItem } from '../../src/domain/classified/items.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { freePort, startServer } from '../helpers/cli.js';
import { backendName, freshPostgresDatabase, tempDir, usingPostgres } from '../helpers/db.js';
import { withheldPdf } from '../helpers/redaction.js';

// This file's process behaves as a server without poppler-utils (the detection is the only thing replaced).
vi.mock('../../src/documents/redact.js', async (original) => ({
  ...(await original<typeof import('../../src/documents/redact.js')>()),
  detectPoppler: async () => null,
}));

describe(`redaction without poppler-utils (${backendName})`, { timeout: 300_000 }, () => {
  let t: TestApp;
  let documentId = '';

  beforeAll(async () => {
    t = await createTestApp();
    const [dinkes] = await t.db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
    await makeUser(t.ctx, { email: 'rina@kota.example', roles: ['ppid_pembantu'], unitId: dinkes!.id, name: 'Rina' });
    await t.db.db.update(users).set({ clearance: 'rahasia' }).where(eq(users.email, 'rina@kota.example'));
    const [u] = await t.db.db.select().from(users).where(eq(users.email, 'rina@kota.example'));
    const rina = { ...t.ctx, actor: toActor(u!) };
    const item = await createItem(rina, { title: 'Pengaduan', securityLevel: 'rahasia' });
    documentId = (await attachClassifiedDocument(rina, item.id, { filename: 'a.pdf', bytes: await withheldPdf() })).id;
  }, 120_000);
  afterAll(async () => t?.dispose());

  it('explains on the pages what is missing and how to install it', async () => {
    const b = new Browser(t.app);
    await b.login('rina@kota.example');
    const list = await b.get(`/admin/penghitaman/dokumen/${documentId}`);
    expect(list.status).toBe(200);
    expect(list.text).toContain('Penghitaman belum tersedia di server ini');
    expect(list.text).toContain('apt-get install poppler-utils');
    expect(list.text).not.toContain('Mulai penghitaman');
    const start = await b.post(`/admin/penghitaman/dokumen/${documentId}`, { reason: 'Permohonan dikabulkan sebagian', testId: '', requestNumber: '' });
    expect(start.status).toBe(503);
    expect(start.text).toContain('poppler-utils');
    expect(start.text).not.toMatch(/at \w+ \(|Error:/);
  });

  it('qgesy serve prints one warning line when pdftoppm is not on the PATH', async () => {
    const tmp = tempDir('qgesy-nopoppler-');
    const pgDb = usingPostgres ? await freshPostgresDatabase() : undefined;
    try {
      const port = await freePort();
      // An empty folder as the PATH: no poppler-utils (node itself is started by its full path).
      const server = startServer({
        DATA_DIR: path.join(tmp.dir, 'data'),
        PORT: String(port),
        PATH: path.join(tmp.dir, 'bin'),
        ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
      });
      await server.ready;
      await new Promise((r) => setTimeout(r, 1500));
      const lines = server
        .output()
        .split('\n')
        .filter((l) => l.includes('poppler-utils'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('penghitaman PDF tidak tersedia');
      expect(lines[0]).toContain('PDF redaction is unavailable');
      expect(await server.stop()).toBe(0);
    } finally {
      await pgDb?.drop();
      tmp.cleanup();
    }
  });
});
