// Redaction in Chromium: with JavaScript on (desktop and 360 px) the officer draws a rectangle over a
// withheld phrase on page 1, picks its Ps 17 ground, produces the released copy, and its text no longer
// has the phrase; the same with JavaScript off through the numbers and the text-pattern form. axe on
// every page, no sideways scrolling at 360 px.
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { attachClassifiedDocument } from '../../src/domain/classified/documents.js';
import { createItem } from '../../src/domain/classified/items.js';
import { readPages, readWords, type Word } from '../../src/documents/redact.js';
import { makeUser, PASSWORD } from '../helpers/app.js';
import { pdfPagesText, PHRASES, withheldPdf } from '../helpers/redaction.js';
import { approveTestBy } from '../helpers/exemptions.js';
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

if (!hasChromium) console.warn('Redaction browser tests SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

const flat = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

describe.skipIf(!hasChromium)('redaction in the browser', { timeout: 600_000 }, () => {
  let browser: Browser;
  let live: LiveApp;
  let documentId = '';
  let box: { x: number; y: number; w: number; h: number };
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
    const [dinkes] = await live.t.db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
    await makeUser(live.t.ctx, { email: 'rina@pky.go.id', roles: ['ppid_pembantu'], unitId: dinkes!.id, name: 'Rina Wulandari' });
    await live.t.db.db.update(users).set({ clearance: 'rahasia' }).where(eq(users.email, 'rina@pky.go.id'));
    const [u] = await live.t.db.db.select().from(users).where(eq(users.email, 'rina@pky.go.id'));
    const rina = { ...live.t.ctx, actor: toActor(u!) };
    const item = await createItem(rina, { title: 'Pengaduan pelapor', securityLevel: 'rahasia' });
    // The copy must rest on approved consequence tests covering the grounds used (a and h).
    await makeUser(live.t.ctx, { email: 'utama@pky.go.id', roles: ['ppid_utama'], name: 'PPID Utama' });
    await makeUser(live.t.ctx, { email: 'atasan@pky.go.id', roles: ['atasan_ppid'], name: 'Atasan PPID' });
    const ctxOf = async (email: string) => {
      await live.t.db.db.update(users).set({ clearance: 'rahasia' }).where(eq(users.email, email));
      const [x] = await live.t.db.db.select().from(users).where(eq(users.email, email));
      return { ...live.t.ctx, actor: toActor(x!) };
    };
    const people = { drafter: rina, utama: await ctxOf('utama@pky.go.id'), atasan: await ctxOf('atasan@pky.go.id') };
    await approveTestBy(people, { source: 'item', itemId: item.id, groundCode: 'h.2' });
    await approveTestBy(people, { itemTitle: 'Identitas pelapor tindak pidana', groundCode: 'a.2', publicTitle: 'Identitas pelapor dan saksi tindak pidana' });
    const pdf = await withheldPdf();
    documentId = (await attachClassifiedDocument(rina, item.id, { filename: 'pengaduan.pdf', bytes: pdf })).id;
    const words = (await readWords(pdf, await readPages(pdf)))[0]!;
    const parts = PHRASES.area.split(' ');
    const i = words.findIndex((_, k) => parts.every((p, j) => words[k + j]?.text === p));
    const ws: Word[] = words.slice(i, i + parts.length);
    const x = Math.min(...ws.map((w) => w.x)) - 0.01;
    const y = Math.min(...ws.map((w) => w.y)) - 0.006;
    box = { x, y, w: Math.max(...ws.map((w) => w.x + w.w)) + 0.01 - x, h: Math.max(...ws.map((w) => w.y + w.h)) + 0.006 - y };
  }, 300_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await live?.close();
  });

  async function open(js: boolean, width: number): Promise<Page> {
    const context = await newContext(browser, { javaScriptEnabled: js, viewport: { width, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await loginViaForm(page, live.baseUrl, 'rina@pky.go.id', PASSWORD);
    return page;
  }
  async function noOverflow(page: Page) {
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  }
  /** Clicks a link or a submit button and waits until the next page (a new address: every action redirects) has loaded. */
  const click = (page: Page, selector: string) => {
    const before = page.url();
    return Promise.all([page.waitForURL((u) => u.href !== before, { waitUntil: 'load' }), page.click(selector)]);
  };

  async function start(page: Page, label: string) {
    await visit(page, live.baseUrl, `/admin/penghitaman/dokumen/${documentId}`);
    await page.fill('#f-reason', 'Permohonan dikabulkan sebagian');
    await click(page, `main form[action="/admin/penghitaman/dokumen/${documentId}"] button[type="submit"]`);
    expect(page.url()).toMatch(/\/admin\/penghitaman\/[0-9a-f-]{36}\?ok=created$/);
    // The load event waited for the page image; it must have arrived as a picture.
    expect(await page.locator('.redact-canvas img').evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    await expectNoAxeViolations(page, `worksheet (${label})`);
    return page.url().replace(/\?.*$/, '');
  }

  /** Makes the copy from the worksheet and returns its text, read back from the downloaded PDF. */
  async function produce(page: Page, label: string): Promise<string[]> {
    await page.fill('#f-documentLabel', 'Laporan penanganan pengaduan');
    for (const test of await page.locator('input[name="testIds"]').all()) await test.check();
    await page.check('#f-checked');
    await click(page, 'main form[action*="/buat"] button[type="submit"]');
    expect(page.url()).toContain('ok=produced');
    expect(await page.locator('.notice').textContent()).toContain('Salinan untuk dirilis sudah dibuat');
    await expectNoAxeViolations(page, `produced (${label})`);
    const href = await page.locator('a[href$="/salinan.pdf"]').first().getAttribute('href');
    const res = await page.context().request.get(live.baseUrl + href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    return pdfPagesText(await res.body());
  }

  for (const width of [1280, 360]) {
    it(`draws a rectangle on page 1 with JavaScript on (${width} px), picks the ground, produces the copy`, async () => {
      const page = await open(true, width);
      const label = `js-${width}`;
      await start(page, label);
      if (width === 360) await noOverflow(page);
      await page.click('button.redact-toggle');
      expect(await page.locator('button.redact-toggle').getAttribute('aria-pressed')).toBe('true');
      const img = await page.locator('.redact-canvas img').boundingBox();
      const from = { x: img!.x + box.x * img!.width, y: img!.y + box.y * img!.height };
      const to = { x: img!.x + (box.x + box.w) * img!.width, y: img!.y + (box.y + box.h) * img!.height };
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
      await page.mouse.move(to.x, to.y, { steps: 4 });
      await page.mouse.up();
      // The drawn box filled the numbers of the first row, and the ground select has the focus.
      const x = Number(await page.inputValue('#f-area-0-x'));
      expect(Math.abs(x - box.x * 100)).toBeLessThan(1.5);
      expect(await page.inputValue('#f-area-0-page')).toBe('1');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-area-0-ground');
      expect(await page.locator('#redact-live').textContent()).toContain('Area 1 ditambahkan pada halaman 1');
      await page.selectOption('#f-area-0-ground', 'a.2');
      await screenshot(page, `redaction-drawn-${width}`);
      await click(page, 'main form[data-redact-areas] button[type="submit"]');
      expect(page.url()).toContain('ok=areas');
      expect(await page.locator('.redact-canvas rect.saved').count()).toBe(1);
      expect(await page.locator('table').textContent()).toContain('Pasal 17 huruf a angka 2');
      await expectNoAxeViolations(page, `area saved (${label})`);
      // The preview shows the page as it will be released.
      await click(page, 'a[href*="pratinjau=1"]');
      expect(await page.locator('.redact-canvas img').evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
      await expectNoAxeViolations(page, `preview (${label})`);
      await screenshot(page, `redaction-preview-${width}`);
      await click(page, 'a[href$="halaman=1"]:not([href*="pratinjau"])');
      const text = await produce(page, label);
      expect(text).toHaveLength(3);
      expect(text[0]!.trim()).toBe('');
      expect(flat(text.join(' '))).not.toContain(flat(PHRASES.area));
      expect(flat(text[2]!)).toContain(flat('Pasal 17 huruf a angka 2'));
      if (width === 360) await noOverflow(page);
      await screenshot(page, `redaction-produced-${width}`);
    });
  }

  it('does the same with JavaScript off at 360 px: an area by numbers and a text pattern', async () => {
    const page = await open(false, 360);
    await start(page, 'nojs-360');
    await noOverflow(page);
    // No drawing button without JavaScript: the numbers are the way.
    expect(await page.locator('button.redact-toggle').count()).toBe(0);
    const p = (n: number) => String(Math.round(n * 1000) / 10);
    await page.fill('#f-area-0-x', p(box.x));
    await page.fill('#f-area-0-y', p(box.y));
    await page.fill('#f-area-0-w', p(box.w));
    await page.fill('#f-area-0-h', p(box.h));
    await page.selectOption('#f-area-0-ground', 'h');
    await click(page, 'main form[data-redact-areas] button[type="submit"]');
    expect(page.url()).toContain('ok=areas');
    await page.selectOption('#f-pattern-0-page', '2');
    await page.fill('#f-pattern-0-pattern', PHRASES.pattern);
    await page.selectOption('#f-pattern-0-ground', 'h.2');
    await click(page, 'main form[action*="/pola"] button[type="submit"]');
    expect(page.url()).toContain('ok=patterns');
    expect(await page.locator('.pattern-row').first().textContent()).toContain('ditemukan di 1 tempat');
    await expectNoAxeViolations(page, 'patterns saved (no JS)');
    await noOverflow(page);
    await screenshot(page, 'redaction-nojs-360');
    const text = await produce(page, 'nojs-360');
    const all = flat(text.join(' '));
    expect(text[0]!.trim() + text[1]!.trim()).toBe('');
    expect(all).not.toContain(flat(PHRASES.area));
    expect(all).not.toContain(flat(PHRASES.pattern));
    expect(all).not.toContain('kalawa');
    expect(all).toContain(flat('Teks yang cocok dengan pola 1 (1 tempat)'));
  });
});
