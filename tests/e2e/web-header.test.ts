// The compact phone header (issue #12, part 4): at 360 × 800 the public header is one row of at most
// ~100 px; its menu opens without JavaScript, by mouse and keyboard, with 44 px targets; axe finds nothing
// with the menu open; English pages link in English. Screenshots of home and an entry page in both
// languages at 360 px go to test-results/.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import {
  expectNoAxeViolations,
  hasChromium,
  horizontalOverflow,
  launchBrowser,
  newContext,
  RESULTS_DIR,
  screenshot,
  startLiveApp,
  type LiveApp,
} from './browser.js';

const LONG = 480_000;

describe.skipIf(!hasChromium)('phone header at 360 px (Chromium, JavaScript off)', () => {
  let browser: Browser;
  let live: LiveApp;
  let context: BrowserContext;
  let slug = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp({ demo: true });
    const list = await (await live.t.app.request('/informasi')).text();
    slug = /href="\/informasi\/([a-z0-9-]+)"/.exec(list)![1]!;
    context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  }, LONG);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await live?.close();
  });

  const open = async (path: string): Promise<Page> => {
    const page = await context.newPage();
    const res = await page.goto(live.baseUrl + path, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    return page;
  };
  /** What a phone shows first (the viewport, not the full page): an artefact for people to look at. */
  const firstScreen = async (page: Page, name: string) => {
    await screenshot(page, name);
    await page.screenshot({ path: path.join(RESULTS_DIR, `${name}-viewport.png`) }).catch(() => undefined);
  };
  const headerHeight = (page: Page) => page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);

  it(
    'takes at most 100 px, with the menu closed; the entry title is shown once before the content',
    async () => {
      for (const path of ['/', `/informasi/${slug}`, '/en', `/en/informasi/${slug}`, '/permohonan', '/cari?q=anggaran']) {
        const page = await open(path);
        expect(await headerHeight(page), path).toBeLessThanOrEqual(100);
        expect(await page.isVisible('.site-header .main-nav a[href$="/informasi"]'), path).toBe(false);
        expect((await horizontalOverflow(page)).scrollWidth, path).toBeLessThanOrEqual(360);
        if (path.includes('/informasi/')) {
          const title = (await page.textContent('h1'))!.trim();
          const crumbs = (await page.textContent('.crumbs'))!;
          expect(crumbs).not.toContain(title);
        }
        const name =
          path === '/'
            ? 'home-id'
            : path === '/en'
              ? 'home-en'
              : path.startsWith('/en/informasi')
                ? 'entry-en'
                : path.startsWith('/informasi')
                  ? 'entry-id'
                  : null;
        if (name) await firstScreen(page, `header-360-${name}`);
        await page.close();
      }
    },
    LONG,
  );

  it(
    'opens the menu without JavaScript by click and by keyboard, with visible focus and 44 px targets; axe clean',
    async () => {
      const page = await open('/');
      await page.click('.menu > summary');
      expect(await page.isVisible('.main-nav a[href="/informasi"]')).toBe(true);
      const targets = await page.$$eval('.main-nav a, .main-nav button', (els) => els.map((e) => e.getBoundingClientRect().height));
      expect(Math.min(...targets)).toBeGreaterThanOrEqual(44);
      await firstScreen(page, 'header-360-menu-open-id');
      await expectNoAxeViolations(page, 'home at 360 px, menu open', { fresh: true });
      // Closed again by the same control; then by keyboard alone, on a fresh page.
      await page.click('.menu > summary');
      expect(await page.isVisible('.main-nav a[href="/informasi"]')).toBe(false);
      await page.close();
      const kb = await open('/');
      for (let i = 0; i < 5 && !(await kb.evaluate(() => document.activeElement?.tagName === 'SUMMARY')); i++) await kb.keyboard.press('Tab');
      expect(await kb.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      const focus = await kb.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return { outline: s.outlineStyle, width: s.outlineWidth };
      });
      expect(focus.outline).toBe('solid');
      expect(focus.width).toBe('3px');
      await kb.keyboard.press('Enter');
      expect(await kb.isVisible('.main-nav a[href="/informasi"]')).toBe(true);
      await kb.keyboard.press('Tab');
      expect(await kb.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/');
      await kb.close();

      const en = await open('/en');
      await en.click('.menu > summary');
      expect(await en.getAttribute('html', 'lang')).toBe('en');
      expect(await en.isVisible('.main-nav a[href="/en/informasi"]')).toBe(true);
      expect(await en.getAttribute('.main-nav a.lang', 'href')).toBe('/');
      await firstScreen(en, 'header-360-menu-open-en');
      await expectNoAxeViolations(en, 'English home at 360 px, menu open', { fresh: true });
      await Promise.all([en.waitForURL(/\/en\/informasi$/), en.click('.main-nav a[href="/en/informasi"]')]);
      expect(await en.getAttribute('html', 'lang')).toBe('en');
      await en.close();
    },
    LONG,
  );

  it(
    'shows the whole navigation on a wide screen without a menu button',
    async () => {
      const wide = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      const page = await wide.newPage();
      await page.goto(`${live.baseUrl}/`);
      expect(await page.isVisible('.menu > summary')).toBe(false);
      expect(await page.isVisible('.main-nav a[href="/informasi"]')).toBe(true);
      await screenshot(page, 'header-1280-home-id');
      await wide.close();
    },
    LONG,
  );
});
