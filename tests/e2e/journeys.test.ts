// The main journeys in a real browser (Debian's Chromium), each page checked with axe, with JavaScript on and off.
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, units, users } from '../../src/db/schema/index.js';
import { seedDemo, type DemoLogin } from '../../src/demo/seed-demo.js';
import { expectNoAxeViolations, hasChromium, horizontalOverflow, launchBrowser, loginViaForm, screenshot, startLiveApp, visit, type LiveApp } from './browser.js';

if (!hasChromium) console.warn('Browser tests SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

const SETUP_TOKEN = 'KODEUJI234';
const LONG = 180_000;

describe.skipIf(!hasChromium)('browser journeys (Chromium + axe)', () => {
  let browser: Browser;
  let live: LiveApp;
  let fresh: LiveApp; // no accounts yet: the first-run page is open
  let logins: DemoLogin[];
  let unitIdByCode: Map<string, string>;
  let someUserId: string;

  const login = (role: string) => {
    const l = logins.find((x) => x.role === role);
    if (!l) throw new Error(`no demo login for ${role}`);
    return l;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
    fresh = await startLiveApp({ setupToken: SETUP_TOKEN });
    logins = (await seedDemo(live.t.ctx)) ?? [];
    unitIdByCode = new Map((await live.t.db.db.select({ id: units.id, code: units.code }).from(units)).map((u) => [u.code, u.id]));
    const [u] = await live.t.db.db.select({ id: users.id }).from(users).where(eq(users.email, login('ppid_utama').email));
    someUserId = u!.id;
  }, LONG);

  afterAll(async () => {
    await browser?.close();
    await live?.close();
    await fresh?.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? 'JS on' : 'JS off';

    describe(mode, () => {
      let context: BrowserContext | null = null;
      const newPage = async (opts: { viewport?: { width: number; height: number } } = {}): Promise<Page> => {
        await context?.close();
        context = await browser.newContext({ javaScriptEnabled, ...opts });
        return context.newPage();
      };
      afterAll(async () => {
        await context?.close();
      });

      it(
        'anonymous visitor: home, units, sign-in, forgotten password, 404, English home, first-run page',
        async () => {
          const page = await newPage();
          const base = live.baseUrl;
          await visit(page, base, '/');
          expect(await page.getAttribute('html', 'lang')).toBe('id');
          await visit(page, base, '/unit');
          await visit(page, base, '/masuk');
          await visit(page, base, '/lupa-sandi');
          await visit(page, base, '/halaman-yang-tidak-ada', 404);

          // English, through the language link in the header.
          await page.goto(`${base}/`);
          await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.click('header a.lang')]);
          await page.waitForLoadState('load');
          expect(await page.getAttribute('html', 'lang')).toBe('en');
          expect(await page.textContent('h1')).toContain('Public Information Service');
          await expectNoAxeViolations(page, '/ (English)');

          // First run: a server without accounts and with a setup code.
          const setup = await newPage();
          await visit(setup, fresh.baseUrl, '/');
          await visit(setup, fresh.baseUrl, '/persiapan');
          expect(await setup.locator('form[action="/persiapan/admin"]').count()).toBe(1);
          // Submitting it without the code shows the error summary.
          const [res] = await Promise.all([setup.waitForNavigation(), setup.click('form[action="/persiapan/admin"] button[type="submit"]')]);
          expect(res?.status()).toBe(422);
          expect(await setup.locator('.error-summary').isVisible()).toBe(true);
          await expectNoAxeViolations(setup, '/persiapan with errors');
        },
        LONG,
      );

      it(
        'administrator: wrong password, sign-in, every back-office page, an invalid form, sign-out',
        async () => {
          const page = await newPage();
          const base = live.baseUrl;
          const admin = login('admin');

          // A wrong password shows the error and keeps the visitor on the form.
          await page.goto(`${base}/masuk`);
          await page.fill('#f-email', admin.email);
          await page.fill('#f-password', 'salah-sekali-123');
          const [bad] = await Promise.all([page.waitForNavigation(), page.click('main form[action="/masuk"] button[type="submit"]')]);
          expect(bad?.status()).toBe(401);
          expect(await page.locator('.error-summary').isVisible()).toBe(true);
          expect(await page.textContent('.error-summary')).toMatch(/salah|tidak cocok|tidak valid/i);
          await expectNoAxeViolations(page, '/masuk with a wrong password');

          await loginViaForm(page, base, admin.email, admin.password);
          expect(new URL(page.url()).pathname).toBe('/admin');

          const unitId = unitIdByCode.get('dinkes') ?? [...unitIdByCode.values()][0]!;
          for (const p of [
            '/admin',
            '/admin/unit',
            `/admin/unit/${unitId}`,
            `/admin/unit/${unitId}/ubah`,
            '/admin/unit/baru',
            '/admin/pengguna',
            '/admin/pengguna/baru',
            `/admin/pengguna/${someUserId}`,
            '/admin/badan-publik',
            '/admin/audit',
            '/admin/audit?verify=1',
            '/admin/akun',
          ]) {
            await visit(page, base, p);
          }

          // A form post through the browser (CSRF token and Origin check): send a reset link, then read it in the outbox.
          await page.goto(`${base}/admin/pengguna/${someUserId}`);
          await Promise.all([page.waitForNavigation(), page.click(`form[action="/admin/pengguna/${someUserId}/kirim-tautan"] button`)]);
          expect(page.url()).toContain('ok=users.reset_sent');
          await expectNoAxeViolations(page, 'user page with a notice');
          await visit(page, base, '/admin/kotak-keluar');
          const [mail] = await live.t.db.db.select({ id: outbox.id }).from(outbox).limit(1);
          expect(mail).toBeDefined();
          await visit(page, base, `/admin/kotak-keluar/${mail!.id}`);

          // An invalid value shows the error summary.
          await page.goto(`${base}/admin/unit/baru`);
          await page.fill('#f-name', '');
          await page.fill('#f-code', 'Kode Salah!');
          const [invalid] = await Promise.all([page.waitForNavigation(), page.click('main form.form button[type="submit"]')]);
          expect(invalid?.status()).toBe(422);
          expect(await page.locator('.error-summary').isVisible()).toBe(true);
          expect(await page.locator('.error-summary li').count()).toBeGreaterThanOrEqual(2);
          expect(await page.getAttribute('#f-code', 'aria-invalid')).toBe('true');
          await expectNoAxeViolations(page, '/admin/unit (invalid form)');

          // Sign out with the header button.
          await Promise.all([page.waitForURL((u) => u.pathname === '/masuk'), page.click('header form[action="/keluar"] button')]);
          expect(await page.locator('.notice').textContent()).toMatch(/keluar/i);
          await expectNoAxeViolations(page, '/masuk after sign-out');
          const after = await page.goto(`${base}/admin`);
          expect(new URL(page.url()).pathname).toBe('/masuk');
          expect(after?.status()).toBe(200);
        },
        LONG,
      );

      it(
        'PPID Pembantu: own unit only; no user management',
        async () => {
          const page = await newPage();
          const base = live.baseUrl;
          const me = login('ppid_pembantu');
          await loginViaForm(page, base, me.email, me.password);
          await visit(page, base, '/admin');
          const own = unitIdByCode.get(me.unit!)!;
          const other = [...unitIdByCode.entries()].find(([code]) => code !== me.unit)![1];
          expect(await page.locator(`nav.bo-nav a[href="/admin/unit/${own}"]`).count()).toBe(1);
          await visit(page, base, `/admin/unit/${own}`);
          await visit(page, base, `/admin/unit/${other}`, 403);
          expect(await page.textContent('h1')).toContain('Akses ditolak');
          await visit(page, base, '/admin/pengguna', 403);
        },
        LONG,
      );

      for (const role of ['ppid_utama', 'atasan_ppid', 'viewer']) {
        it(
          `${role}: every link in the back-office navigation opens`,
          async () => {
            const page = await newPage();
            const base = live.baseUrl;
            const me = login(role);
            await loginViaForm(page, base, me.email, me.password);
            await visit(page, base, '/admin');
            const hrefs = await page.$$eval('nav.bo-nav a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
            expect(hrefs.length).toBeGreaterThanOrEqual(2);
            for (const href of hrefs) await visit(page, base, href);
          },
          LONG,
        );
      }

      it(
        'narrow (360 px) and wide (1280 px) screens: no horizontal scroll on home and /admin',
        async () => {
          const suffix = javaScriptEnabled ? 'js' : 'nojs';
          const admin = login('admin');
          for (const width of [360, 1280]) {
            const page = await newPage({ viewport: { width, height: width === 360 ? 740 : 900 } });
            const base = live.baseUrl;
            await page.goto(`${base}/`);
            const home = await horizontalOverflow(page);
            await screenshot(page, `home-${width}-${suffix}`);
            await loginViaForm(page, base, admin.email, admin.password);
            await page.goto(`${base}/admin`);
            const bo = await horizontalOverflow(page);
            await screenshot(page, `admin-${width}-${suffix}`);
            expect(home.scrollWidth, `home at ${width}px`).toBeLessThanOrEqual(width);
            expect(bo.scrollWidth, `/admin at ${width}px`).toBeLessThanOrEqual(width);
          }
        },
        LONG,
      );
    });
  }
});
