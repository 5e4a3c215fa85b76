// The search log in Chromium: a citizen's search and an opened result are counted (the link's ping, sent
// by the browser itself), and the PPID Utama's report and note form work at 360 px with JavaScript off,
// with axe finding nothing.
import { and, eq } from 'drizzle-orm';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, searchQueryStats, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { currentMonth, searchLogFor } from '../../src/domain/search-log/query-log.js';
import { makeUser, PASSWORD } from '../helpers/app.js';
import { dipInput } from '../helpers/dip.js';
import {
  expectNoAxeViolations,
  hasChromium,
  horizontalOverflow,
  launchBrowser,
  loginViaForm,
  newContext,
  startLiveApp,
  visit,
  type LiveApp,
} from './browser.js';

const LONG = 240_000;
const CITIZEN_UA = 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36';

describe.skipIf(!hasChromium)('search log in a browser (Chromium + axe)', () => {
  let browser: Browser;
  let live: LiveApp;
  const contexts: BrowserContext[] = [];
  const flush = () => searchLogFor(live.t.db.db, live.t.clock, live.t.deps.logger).flush();
  const row = async (q: string) =>
    (
      await live.t.db.db
        .select()
        .from(searchQueryStats)
        .where(and(eq(searchQueryStats.query, q), eq(searchQueryStats.month, await currentMonth(live.t.db.db, live.t.clock.now()))))
    )[0];

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
    const db = live.t.db.db;
    const [dinkes] = await db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
    const [pupr] = await db.insert(units).values({ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' }).returning();
    await makeUser(live.t.ctx, { email: 'utama@kota.example', name: 'Rina PPID Utama', roles: ['ppid_utama'] });
    await makeUser(live.t.ctx, { email: 'pembantu@dinkes.example', name: 'Dewi PPID Dinkes', roles: ['ppid_pembantu'], unitId: dinkes!.id });
    const [u] = await db.select().from(users).where(eq(users.email, 'utama@kota.example'));
    const utama = { ...live.t.ctx, actor: toActor(u!) };
    const e = await createDraft(utama, pupr!.id, dipInput({ title: 'Pembangunan Jembatan Kahayan 2025', tags: ['jembatan'] }));
    await submitEntries(utama, [e.id]);
    await approveEntry(utama, e.id);
  }, LONG);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await live?.close();
  });

  it(
    'a citizen searches and opens a result: both counted, the click by the link’s ping',
    async () => {
      // Headless Chromium says so in its user agent, and the log leaves crawlers and headless browsers out.
      const context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 800 }, userAgent: CITIZEN_UA });
      contexts.push(context);
      const page = await context.newPage();
      const base = live.baseUrl;
      await visit(page, base, '/cari?q=Jembatan');
      await visit(page, base, '/cari?q=anggaran+sirkus');
      await visit(page, base, '/cari?q=anggaran+sirkus');
      await page.goto(`${base}/cari?q=Jembatan`);
      await Promise.all([page.waitForURL(/\/informasi\//), page.click('ol.hits a[ping]')]);
      // The ping is sent in the background: wait for it to arrive, then write the buffer.
      let clicks = 0;
      for (let i = 0; i < 50 && clicks === 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        await flush();
        clicks = (await row('jembatan'))?.clicks ?? 0;
      }
      expect(await row('jembatan')).toMatchObject({ searches: 2, zeroResults: 0, clicks: 1 });
      expect(await row('anggaran sirkus')).toMatchObject({ searches: 2, zeroResults: 2, clicks: 0 });
    },
    LONG,
  );

  it(
    'the PPID Utama reads the report and sends a note to a unit, at 360 px without JavaScript',
    async () => {
      const context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
      contexts.push(context);
      const page = await context.newPage();
      const base = live.baseUrl;
      await loginViaForm(page, base, 'utama@kota.example', PASSWORD);
      await visit(page, base, '/admin/pencarian');
      expect(await page.textContent('main')).toContain('anggaran sirkus');
      const o = await horizontalOverflow(page);
      expect(o.scrollWidth, 'report overflows at 360 px').toBeLessThanOrEqual(o.clientWidth);
      await Promise.all([page.waitForURL(/\/admin\/pencarian\/catatan/), page.click('a[href*="/admin/pencarian/catatan"][href*="anggaran"]')]);
      await expectNoAxeViolations(page, 'note form');
      await Promise.all([page.waitForLoadState('load'), page.click('main form button[type="submit"]')]);
      expect(await page.textContent('.error-summary')).toContain('Pilih unit');
      await expectNoAxeViolations(page, 'note form with errors');
      await page.selectOption('#f-unitId', { label: 'Dinas Kesehatan' });
      await page.fill('#f-note', 'Warga mencari anggaran sirkus; mohon terbitkan rincian anggaran hiburan rakyat.');
      await Promise.all([page.waitForURL(/ok=search_log.note_sent/), page.click('main form button[type="submit"]')]);
      expect(await page.textContent('main')).toContain('Catatan terkirim ke Dinas Kesehatan');
      await expectNoAxeViolations(page, 'report after a note');
      expect(await live.t.db.db.select().from(outbox).where(eq(outbox.template, 'search_note'))).toHaveLength(1);

      const pembantu = await (await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 800 } })).newPage();
      contexts.push(pembantu.context());
      await loginViaForm(pembantu, base, 'pembantu@dinkes.example', PASSWORD);
      await visit(pembantu, base, '/admin');
      expect(await pembantu.textContent('main')).toContain('anggaran sirkus');
    },
    LONG,
  );
});
