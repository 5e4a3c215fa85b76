// The back-office register of requests is paged (issue #11): 50 a page, with the total and links to every
// page, so that a flood of requests cannot push a real one out of sight (it used to stop at 200 rows).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/context.js';
import { INBOX_PAGE_SIZE } from '../../src/domain/requests/inbox.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { citizenRequest } from '../helpers/factories.js';

const FLOOD = 2 * INBOX_PAGE_SIZE + 30;

describe(`request register paging (${backendName})`, () => {
  let t: TestApp;
  let b: Browser;
  let real = '';
  const numbersOn = (html: string) => [...html.matchAll(/<a href="\/admin\/permohonan\/[0-9a-f-]{36}">([^<]+)<\/a>/g)].map((m) => m[1]!);

  beforeAll(async () => {
    t = await createTestApp();
    const ctx = { ...t.ctx, actor: systemActor('uji') };
    // One real request first, then a flood after it.
    real = (await submitRequest(ctx, citizenRequest({ unit: '', name: 'Pemohon Asli' }), { ipHash: 'ip-asli' })).request.number;
    for (let i = 1; i < FLOOD; i++) {
      t.clock.advance(1000);
      await submitRequest(ctx, citizenRequest({ unit: '', email: '', deliveryMethod: 'ambil_langsung', phone: `0812${i}` }), { ipHash: `ip-${i}` });
    }
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    b = new Browser(t.app);
    await b.login('utama@kota.example');
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it(`shows ${INBOX_PAGE_SIZE} a page with the total, and every request on exactly one page`, async () => {
    const pages = Math.ceil(FLOOD / INBOX_PAGE_SIZE);
    const seen: string[] = [];
    for (let p = 1; p <= pages; p++) {
      const page = await b.get(`/admin/permohonan?filter=semua${p > 1 ? `&halaman=${p}` : ''}`);
      expect(page.status).toBe(200);
      const numbers = numbersOn(page.text);
      expect(numbers).toHaveLength(p < pages ? INBOX_PAGE_SIZE : FLOOD - (pages - 1) * INBOX_PAGE_SIZE);
      expect(page.text).toContain(`dari ${FLOOD} permohonan`);
      expect(page.text).toContain(`Halaman ${p} dari ${pages}`);
      // Links to the other pages, with the filter kept.
      for (let q = 1; q <= pages; q++) if (q !== p && q > 1) expect(page.text).toContain(`href="/admin/permohonan?filter=semua&amp;halaman=${q}"`);
      if (p < pages) expect(page.text).toContain('rel="next"');
      seen.push(...numbers);
    }
    expect(seen).toHaveLength(FLOOD);
    expect(new Set(seen).size).toBe(FLOOD);
    // The real request, filed before the flood, is not hidden: it is on the last page of the newest-first list.
    expect(seen).toContain(real);
  });

  it('brings a page number out of range back to the nearest page', async () => {
    const last = await b.get('/admin/permohonan?filter=semua&halaman=999');
    expect(numbersOn(last.text)).toHaveLength(FLOOD - 2 * INBOX_PAGE_SIZE);
    const junk = await b.get('/admin/permohonan?filter=semua&halaman=abc');
    expect(junk.status).toBe(200);
    expect(numbersOn(junk.text)).toHaveLength(INBOX_PAGE_SIZE);
  });

  it('pages the open requests (the default filter) the same way', async () => {
    const first = await b.get('/admin/permohonan');
    expect(numbersOn(first.text)).toHaveLength(INBOX_PAGE_SIZE);
    expect(first.text).toContain(`dari ${FLOOD} permohonan`);
  });
});
