// The API documentation page in a real browser (Debian's Chromium) with axe, JavaScript on and off.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, horizontalOverflow, launchBrowser, newContext, startLiveApp, visit, type LiveApp } from './browser.js';

if (!hasChromium) console.warn('Browser tests SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

const LONG = 120_000;

describe.skipIf(!hasChromium)('API documentation page (Chromium + axe)', () => {
  let browser: Browser;
  let live: LiveApp;

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
  }, LONG);

  afterAll(async () => {
    await browser?.close();
    await live?.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? 'JS on' : 'JS off';

    describe(mode, () => {
      let context: BrowserContext | null = null;
      afterAll(async () => {
        await context?.close();
      });

      it(
        '/api in Indonesian and English has no axe violations and fits a 360 px screen',
        async () => {
          context = await newContext(browser, { javaScriptEnabled, viewport: { width: 360, height: 800 } });
          const page = await context.newPage();
          await visit(page, live.baseUrl, '/api');
          expect(await page.locator('h1').innerText()).toBe('API Data Terbuka');
          expect(await page.locator('html').getAttribute('lang')).toBe('id');
          expect(await page.locator('a[href="#op-searchDip"]').count()).toBe(1);
          expect(await page.locator('#ckan-package_search').count()).toBe(1);
          const { scrollWidth, clientWidth } = await horizontalOverflow(page);
          expect(scrollWidth, 'page scrolls sideways at 360 px').toBeLessThanOrEqual(clientWidth);

          await context.addCookies([{ name: 'qg_lang', value: 'en', url: live.baseUrl }]);
          await visit(page, live.baseUrl, '/api');
          expect(await page.locator('h1').innerText()).toBe('Open data API');
          expect(await page.locator('html').getAttribute('lang')).toBe('en');
        },
        LONG,
      );
    });
  }
});
