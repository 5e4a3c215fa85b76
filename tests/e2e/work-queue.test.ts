// "Perlu tindakan Anda" at 360 px with JavaScript off (issue 13, item 5): the PPID Utama's and a PPID
// Pembantu's /admin on the demo pass axe, do not scroll sideways, and say their counts in the navigation's
// link text. Screenshots go to test-results/work-queue-*.png.
import type { Browser, BrowserContext } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units, users } from '../../src/db/schema/index.js';
import { makeUser, PASSWORD } from '../helpers/app.js';
import {
  expectNoAxeViolations,
  hasChromium,
  horizontalOverflow,
  launchBrowser,
  loginViaForm,
  newContext,
  screenshot,
  startLiveApp,
  visit,
  type LiveApp,
} from './browser.js';

const LONG = 480_000;

describe.skipIf(!hasChromium)('work queue on /admin at 360 px (Chromium, JavaScript off)', () => {
  let browser: Browser;
  let live: LiveApp;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp({ demo: true });
    const [dinkes] = await live.t.db.db.select().from(units).where(eq(units.code, 'dinkes'));
    await makeUser(live.t.ctx, { email: 'wq.utama@uji.example', name: 'Rina PPID Utama', roles: ['ppid_utama'] });
    // Cleared like the demo's PPID Utama, so that the tests waiting for a decision are shown to it.
    await live.t.db.db.update(users).set({ clearance: 'terbatas' }).where(eq(users.email, 'wq.utama@uji.example'));
    await makeUser(live.t.ctx, { email: 'wq.dinkes@uji.example', name: 'Dewi PPID Dinkes', roles: ['ppid_pembantu'], unitId: dinkes!.id });
  }, LONG);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await live?.close();
  });

  for (const who of [
    {
      email: 'wq.utama@uji.example',
      name: 'utama',
      sections: ['Permohonan melewati tenggat', 'Permohonan jatuh tempo dalam 3 hari kerja', 'Entri DIP menunggu tinjauan'],
    },
    { email: 'wq.dinkes@uji.example', name: 'pembantu', sections: ['Disposisi menunggu jawaban unit', 'Kelengkapan DIP berkala unit Anda'] },
  ]) {
    it(
      `${who.name}: sections with counts, axe-clean, no sideways scrolling, counts in the link text`,
      async () => {
        const context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
        contexts.push(context);
        const page = await context.newPage();
        await loginViaForm(page, live.baseUrl, who.email, PASSWORD);
        await visit(page, live.baseUrl, '/admin');
        const heading = await page.textContent('#wq-title');
        expect(heading).toMatch(/^Perlu tindakan Anda \(\d+\)$/);
        for (const s of who.sections) expect(await page.textContent('.work-queue'), s).toContain(s);
        const overflow = await horizontalOverflow(page);
        expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
        // The home link carries the total in its accessible name, not only in the coloured badge.
        const total = Number(/\((\d+)\)/.exec(heading!)![1]);
        expect(total).toBeGreaterThan(0);
        // On a phone the workspace links are folded into a menu whose button shows the same total.
        expect(await page.textContent('.bo-menu > summary')).toContain(`${total} perlu tindakan`);
        expect(await page.locator('.bo-nav a[href="/admin"]').isVisible()).toBe(false);
        await page.click('.bo-menu > summary');
        expect(await page.locator('.bo-nav a[href="/admin"]').isVisible()).toBe(true);
        await expectNoAxeViolations(page, `${who.name}: workspace menu open`);
        const name = await page.getByRole('link', { name: new RegExp(`, ${total} perlu tindakan`) }).first();
        expect(await name.getAttribute('href')).toBe('/admin');
        // Every item opens the page where its action is done.
        const first = await page.locator('.wq-list a').first().getAttribute('href');
        expect(first).toMatch(/^\/admin\//);
        await visit(page, live.baseUrl, first!);
        await page.goto(`${live.baseUrl}/admin`);
        await screenshot(page, `work-queue-${who.name}-360`);
      },
      LONG,
    );
  }
});
