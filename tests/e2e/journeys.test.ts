// The main journeys in a real browser (Debian's Chromium), each page checked with axe, with JavaScript on and off.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/context.js';
import { outbox } from '../../src/db/schema/index.js';
import { updatePublicBody, ZPublicBody } from '../../src/domain/org/public-body.js';
import { createUnit, ZUnit } from '../../src/domain/units/units.js';
import { makeUser, PASSWORD } from '../helpers/app.js';
import {
  expectNoAxeViolations,
  hasChromium,
  horizontalOverflow,
  launchBrowser,
  loginViaForm,
  newContext,
  openMenu,
  screenshot,
  startLiveApp,
  visit,
  type LiveApp,
} from './browser.js';

if (!hasChromium) console.warn('Browser tests SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

const SETUP_TOKEN = 'KODEUJI234';
const LONG = 300_000;

const UNITS = [
  { code: 'diskominfo', name: 'Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Palangka Raya', shortName: 'Diskominfo', isPpidUtama: true },
  { code: 'dinkes', name: 'Dinas Kesehatan Kota Palangka Raya', shortName: 'Dinkes', isPpidUtama: false },
  { code: 'disdik', name: 'Dinas Pendidikan Kota Palangka Raya', shortName: 'Disdik', isPpidUtama: false },
  { code: 'setda', name: 'Sekretariat Daerah Kota Palangka Raya', shortName: 'Setda', isPpidUtama: false },
];

const PEOPLE: { email: string; name: string; roles: Role[]; unit?: string }[] = [
  { email: 'admin@uji.example', name: 'Administrator Sistem', roles: ['admin'], unit: 'diskominfo' },
  { email: 'utama@uji.example', name: 'Rina Kartika Sari, S.Kom.', roles: ['ppid_utama'], unit: 'diskominfo' },
  { email: 'pembantu@uji.example', name: 'PPID Pembantu Dinkes', roles: ['ppid_pembantu'], unit: 'dinkes' },
  { email: 'atasan@uji.example', name: 'Dr. H. Agus Salim, M.Si.', roles: ['atasan_ppid'], unit: 'setda' },
  { email: 'pemantau@uji.example', name: 'Tim Monev Komisi Informasi', roles: ['viewer'] },
];

describe.skipIf(!hasChromium)('browser journeys (Chromium + axe)', () => {
  let browser: Browser;
  // One server for everything: it starts without accounts (so the first-run page is open) and gets
  // its units and users from seed(), which the journeys after the first-run checks call.
  let live: LiveApp;
  let seeding: Promise<void> | null = null;
  const unitIdByCode = new Map<string, string>();
  const userIdByEmail = new Map<string, string>();

  const seed = () =>
    (seeding ??= (async () => {
      const ctx = live.t.ctx;
      await updatePublicBody(
        ctx,
        ZPublicBody.parse({
          name: 'Pemerintah Kota Palangka Raya',
          shortName: 'Palangka Raya',
          address: 'Jl. Tjilik Riwut Km. 5,5, Palangka Raya, Kalimantan Tengah 73112',
          phone: '(0536) 3222121',
          email: 'ppid@uji.example',
          ppidContactName: 'PPID Utama – Diskominfo',
          ppidContactEmail: 'ppid@uji.example',
          ppidContactPhone: '0811 5200 1234',
          serviceHours: 'Senin–Kamis: 08.00–15.30 WIB\nJumat: 08.00–11.00 WIB',
        }),
      );
      for (const u of UNITS) unitIdByCode.set(u.code, (await createUnit(ctx, ZUnit.parse(u))).id);
      for (const p of PEOPLE) {
        const user = await makeUser(ctx, { email: p.email, name: p.name, roles: p.roles, ...(p.unit ? { unitId: unitIdByCode.get(p.unit)! } : {}) });
        userIdByEmail.set(p.email, user.id);
      }
      live.t.deps.setup.token = null;
    })());

  const person = (role: Role) => PEOPLE.find((p) => p.roles.includes(role))!;
  const someUserId = () => userIdByEmail.get(person('ppid_utama').email)!;

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp({ setupToken: SETUP_TOKEN });
  }, LONG);

  afterAll(async () => {
    await browser?.close();
    await live?.close();
  }, LONG);

  // Before any account exists, in both modes; everything after this block runs on the seeded server.
  for (const javaScriptEnabled of [true, false]) {
    it(
      `first run (${javaScriptEnabled ? 'JS on' : 'JS off'}): the home page points to /persiapan, whose form shows its errors`,
      async () => {
        const context = await newContext(browser, { javaScriptEnabled });
        try {
          const page = await context.newPage();
          await visit(page, live.baseUrl, '/');
          expect(await page.locator('main a[href="/persiapan"]').count()).toBe(1);
          await visit(page, live.baseUrl, '/persiapan');
          expect(await page.locator('form[action="/persiapan/admin"]').count()).toBe(1);
          const [res] = await Promise.all([page.waitForNavigation(), page.click('form[action="/persiapan/admin"] button[type="submit"]')]);
          expect(res?.status()).toBe(422);
          expect(await page.locator('.error-summary').isVisible()).toBe(true);
          await expectNoAxeViolations(page, '/persiapan with errors');
        } finally {
          await context.close();
        }
      },
      LONG,
    );
  }

  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? 'JS on' : 'JS off';

    describe(mode, () => {
      let context: BrowserContext | null = null;
      const newPage = async (opts: { viewport?: { width: number; height: number } } = {}): Promise<Page> => {
        await context?.close();
        context = await newContext(browser, { javaScriptEnabled, ...opts });
        return context.newPage();
      };
      afterAll(async () => {
        await context?.close();
      });

      it('the axe check itself catches a known violation', async () => {
        const page = await newPage();
        const url = `${live.baseUrl}/__axe-sanity`;
        await page.route(url, (route) =>
          route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: '<!doctype html><html lang="id"><head><title>Uji</title></head><body><main><h1>Uji</h1><img src="/logo"><p><input type="text"></p></main></body></html>',
          }),
        );
        await page.goto(url);
        const err = await expectNoAxeViolations(page, 'a deliberately broken page', { fresh: true }).then(
          () => null,
          (e: unknown) => String(e),
        );
        expect(err).toContain('image-alt');
        expect(err).toContain('label');
      });

      it(
        'anonymous visitor: home, units, sign-in, forgotten password, 404, English home',
        async () => {
          await seed();
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
          // The switch leads to the page's own English URL.
          await openMenu(page);
          await Promise.all([page.waitForURL((u) => u.pathname === '/en'), page.click('header a.lang')]);
          await page.waitForLoadState('load');
          expect(await page.getAttribute('html', 'lang')).toBe('en');
          expect(await page.textContent('h1')).toContain('Public Information Service');
          await expectNoAxeViolations(page, '/ (English)');
        },
        LONG,
      );

      it(
        'administrator: wrong password, sign-in, every back-office page, an invalid form, sign-out',
        async () => {
          const page = await newPage();
          const base = live.baseUrl;
          await seed();
          const admin = person('admin');

          // A wrong password shows the error and keeps the visitor on the form.
          await page.goto(`${base}/masuk`);
          await page.fill('#f-email', admin.email);
          await page.fill('#f-password', 'salah-sekali-123');
          const [bad] = await Promise.all([page.waitForNavigation(), page.click('main form[action="/masuk"] button[type="submit"]')]);
          expect(bad?.status()).toBe(401);
          expect(await page.locator('.error-summary').isVisible()).toBe(true);
          expect(await page.textContent('.error-summary')).toMatch(/salah|tidak cocok|tidak valid/i);
          await expectNoAxeViolations(page, '/masuk with a wrong password');

          await loginViaForm(page, base, admin.email, PASSWORD);
          expect(new URL(page.url()).pathname).toBe('/admin');

          const unitId = unitIdByCode.get('dinkes')!;
          for (const p of [
            '/admin',
            '/admin/unit',
            `/admin/unit/${unitId}`,
            `/admin/unit/${unitId}/ubah`,
            '/admin/unit/baru',
            '/admin/pengguna',
            '/admin/pengguna/baru',
            `/admin/pengguna/${someUserId()}`,
            '/admin/badan-publik',
            '/admin/audit',
            '/admin/audit?verify=1',
            '/admin/akun',
          ]) {
            await visit(page, base, p);
          }

          // A form post through the browser (CSRF token and Origin check): send a reset link, then read it in the outbox.
          await page.goto(`${base}/admin/pengguna/${someUserId()}`);
          await Promise.all([page.waitForNavigation(), page.click(`form[action="/admin/pengguna/${someUserId()}/kirim-tautan"] button`)]);
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
          await seed();
          const me = person('ppid_pembantu');
          await loginViaForm(page, base, me.email, PASSWORD);
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

      for (const role of ['ppid_utama', 'atasan_ppid', 'viewer'] as const) {
        it(
          `${role}: every link in the back-office navigation opens`,
          async () => {
            const page = await newPage();
            const base = live.baseUrl;
            await seed();
            const me = person(role);
            await loginViaForm(page, base, me.email, PASSWORD);
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
          await seed();
          const admin = person('admin');
          for (const width of [360, 1280]) {
            const page = await newPage({ viewport: { width, height: width === 360 ? 740 : 900 } });
            const base = live.baseUrl;
            await page.goto(`${base}/`);
            const home = await horizontalOverflow(page);
            await screenshot(page, `home-${width}-${suffix}`);
            await loginViaForm(page, base, admin.email, PASSWORD);
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
