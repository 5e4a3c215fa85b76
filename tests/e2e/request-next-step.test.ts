// The request page at a phone's width with JavaScript off: a demo case at the written-notice step shows one
// "Langkah berikutnya" panel, the outcome asked first, and forms of finished steps nowhere. Prints the page's
// height and the number of inputs one can see without opening a disclosure ([figures]); axe on every page.
import { eq, like } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { informationRequests, users } from '../../src/db/schema/index.js';
import { DEMO_DOMAIN } from '../../src/demo/seed-demo.js';
import { hashPassword } from '../../src/domain/accounts/passwords.js';
import { PASSWORD } from '../helpers/app.js';
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

if (!hasChromium) console.warn('Request next-step browser test SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

/** Height of the document, and the inputs a person sees without opening a closed <details>. */
function figures(page: Page): Promise<{ height: number; inputs: number; forms: number }> {
  return page.evaluate(() => {
    const fields = [...document.querySelectorAll('main input, main select, main textarea')].filter((el) => {
      if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
      // Inside a closed <details> (other than in its summary): not seen until opened.
      for (let p = el.parentElement; p; p = p.parentElement) {
        if (p instanceof HTMLDetailsElement && !p.open) return false;
      }
      return true;
    });
    return { height: document.documentElement.scrollHeight, inputs: fields.length, forms: document.querySelectorAll('main form').length };
  });
}

describe.skipIf(!hasChromium)('the request page shows the one next step (demo, 360 px, JavaScript off)', { timeout: 300_000 }, () => {
  let browser: Browser;
  let live: LiveApp;
  let context: BrowserContext;
  let page: Page;
  let caseId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp({ demo: true });
    const db = live.t.db.db;
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(PASSWORD) })
      .where(eq(users.email, `ppid.utama@${DEMO_DOMAIN}`));
    // The demo's case at the written-notice step: disposed to Disdik, answered by the unit, not yet notified.
    const [r] = await db.select().from(informationRequests).where(like(informationRequests.details, 'Daftar sekolah dasar negeri penerima dana BOS%'));
    caseId = r!.id;
    expect(r!.status).toBe('in_progress');
    context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    page = await context.newPage();
    await loginViaForm(page, live.baseUrl, `ppid.utama@${DEMO_DOMAIN}`, PASSWORD);
  }, 240_000);
  async function noOverflow() {
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  }
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await live?.close();
  });

  it('a case at the written-notice step: one next-step panel, the outcome first, then only its fields', async () => {
    const path = `/admin/permohonan/${caseId}`;
    await visit(page, live.baseUrl, path);
    await noOverflow();
    const first = await figures(page);
    console.log(`[figures] height=${first.height} inputs=${first.inputs} forms=${first.forms} (case page at the written-notice step)`);
    await screenshot(page, 'permohonan-langkah-berikutnya-360');
    expect(first.height).toBeLessThan(2500);
    // One panel, holding the notice's first step: the decision, as a GET.
    expect(await page.locator('main [data-next-step]').count()).toBe(1);
    expect(await page.getAttribute('main [data-next-step]', 'data-next-step')).toBe('respond');
    expect(await page.locator('main [data-next-step] form').count()).toBe(1);
    expect(await page.getAttribute('main [data-next-step] form', 'method')).toBe('get');
    expect(await page.locator('main [data-next-step] input[name="hasil"]').count()).toBe(5);
    // The unit's answer (a finished step) has no form at all; passing the case to another unit is an other action.
    expect(await page.locator('main form[action$="/jawaban-unit"]').count()).toBe(0);
    expect(await page.locator('main [data-next-step] form[action$="/disposisi"]').count()).toBe(0);
    expect(await page.isVisible('main form[action$="/disposisi"]')).toBe(false);
    // Extension and the scan are other actions, behind a closed disclosure.
    expect(await page.locator('main details.other-actions:not([open])').count()).toBe(1);
    expect(await page.isVisible('main form[action$="/perpanjang"]')).toBe(false);

    // Step 1 → step 2 without JavaScript: only the chosen decision's fields.
    await page.check('#f-hasil-diberikan_seluruhnya');
    await Promise.all([page.waitForURL(/hasil=diberikan_seluruhnya/), page.click('main [data-next-step] button[type="submit"]')]);
    await expectNoAxeViolations(page, 'notice, step 2 (given in full)');
    await noOverflow();
    const second = await figures(page);
    console.log(`[figures] height=${second.height} inputs=${second.inputs} forms=${second.forms} (step 2: given in full)`);
    await screenshot(page, 'permohonan-pemberitahuan-langkah-2-360');
    expect(await page.isVisible('#f-materialGiven')).toBe(true);
    for (const absent of ['#f-consequenceTestId', '#f-materialWithheld', '#f-holderBody', '#f-reason', 'input[name="hasil"]'])
      expect(await page.locator(`main ${absent}`).count(), absent).toBe(0);
    // Costs are folded until needed.
    expect(await page.isVisible('#f-sheets')).toBe(false);

    // A refusal asks for the consequence test and the reasons, not for what is given.
    await visit(page, live.baseUrl, `${path}?hasil=ditolak_dikecualikan`);
    expect(await page.locator('main #f-materialGiven').count()).toBe(0);
    expect(await page.locator('main #f-reason').count()).toBe(1);

    // Sent without the reasons: the page comes back at step 2 with the message, nothing issued.
    await Promise.all([page.waitForLoadState('load'), page.click('main form[action$="/pemberitahuan"] button[type="submit"]')]);
    expect(await page.textContent('.error-summary')).toContain('Tuliskan alasannya.');
    expect(await page.locator('main input[name="outcome"][value="ditolak_dikecualikan"]').count()).toBe(1);
    await expectNoAxeViolations(page, 'notice refused with errors');
  });
});
