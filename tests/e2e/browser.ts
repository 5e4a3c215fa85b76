// Browser-test helpers: Debian's Chromium through playwright-core, the real app on a real port, axe checks.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const RESULTS_DIR = path.resolve('test-results');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export type LiveApp = { t: TestApp; baseUrl: string; close(): Promise<void> };

/**
 * Serves a fresh test app on 127.0.0.1 and a random port. The port is known only after listening, and
 * the app's base URL (used by the Origin check) must be that address, so the server delegates to an
 * app that is built once the port is known.
 */
export async function startLiveApp(opts: { setupToken?: string | null } = {}): Promise<LiveApp> {
  let target: TestApp['app'] | null = null;
  const server: ServerType = await new Promise((resolve) => {
    const s = serve(
      {
        fetch: (req, env) => (target ? target.fetch(req, env) : new Response('starting', { status: 503 })),
        port: 0,
        hostname: '127.0.0.1',
      },
      () => resolve(s),
    );
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const t = await createTestApp({ config: { baseUrl }, setupToken: opts.setupToken ?? null });
  target = t.app;
  return {
    t,
    baseUrl,
    async close() {
      await new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      });
      await t.dispose();
    },
  };
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const noScriptContexts = new WeakSet<BrowserContext>();

/** A browser context; remembers the ones with JavaScript off, which axe cannot run in (see below). */
export async function newContext(browser: Browser, opts: BrowserContextOptions & { javaScriptEnabled: boolean }): Promise<BrowserContext> {
  const context = await browser.newContext(opts);
  if (!opts.javaScriptEnabled) noScriptContexts.add(context);
  return context;
}

const companions = new WeakMap<BrowserContext, Promise<Page>>();

/** One JavaScript-enabled page per no-JS context, closed with it. */
function companionPage(source: BrowserContext, viewport: { width: number; height: number } | null): Promise<Page> {
  let p = companions.get(source);
  if (!p) {
    p = (async () => {
      const context = await source.browser()!.newContext({ javaScriptEnabled: true, viewport });
      source.on('close', () => void context.close().catch(() => {}));
      return context.newPage();
    })();
    companions.set(source, p);
  }
  return p;
}

/**
 * axe needs timers, and a page with JavaScript off never fires them: axe would hang. So the DOM the
 * no-JS page ended up with is loaded, at the same address (so that the same CSS and images load), into a
 * companion page with JavaScript on, minus its scripts (which never ran), with <noscript> content kept as
 * it was parsed.
 */
async function companionOf(page: Page): Promise<Page> {
  const url = page.url();
  const html = (await page.content())
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<noscript\b([^>]*)>/gi, '<div data-noscript$1>')
    .replace(/<\/noscript>/gi, '</div>');
  const copy = await companionPage(page.context(), page.viewportSize());
  await copy.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }), { times: 1 });
  await copy.goto(url, { waitUntil: 'load' });
  return copy;
}

/** True in a page with JavaScript off, however its context was made: <noscript> content then parses as elements. */
function scriptingDisabled(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const d = document.createElement('div');
    d.innerHTML = '<noscript><p></p></noscript>';
    return d.querySelector('noscript p') !== null;
  });
}

/** Runs axe on the page as it is now; fails with each violation's id, help and targets. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const noScript = noScriptContexts.has(page.context()) || (await scriptingDisabled(page));
  const target = noScript ? await companionOf(page) : page;
  const result = await new AxeBuilder({ page: target }).withTags(AXE_TAGS).analyze();
  // A page axe found nothing to check on would pass silently.
  expect(result.passes.length, `axe checked nothing on ${label}`).toBeGreaterThan(5);
  const lines = result.violations.map(
    (v) =>
      `  [${v.impact ?? '?'}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `      ${n.target.join(' ')}  ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n')}`,
  );
  expect(lines, `axe violations on ${label} (${page.url()}):\n${lines.join('\n')}`).toEqual([]);
}

/** Navigates, checks the status, and runs axe. */
export async function visit(page: Page, baseUrl: string, urlPath: string, expectedStatus = 200): Promise<void> {
  const res = await page.goto(baseUrl + urlPath, { waitUntil: 'load' });
  expect(res, `no response for ${urlPath}`).not.toBeNull();
  expect(res!.status(), `HTTP status of ${urlPath} (landed on ${page.url()})`).toBe(expectedStatus);
  await expectNoAxeViolations(page, urlPath);
}

export async function loginViaForm(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/masuk`);
  await page.fill('#f-email', email);
  await page.fill('#f-password', password);
  await Promise.all([page.waitForURL((u) => u.pathname !== '/masuk'), page.click('main form[action="/masuk"] button[type="submit"]')]);
}

export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
}

/**
 * A full-page screenshot for people to look at (test-results/). It is an artefact, not a check: under
 * load Chromium sometimes refuses one ("Unable to capture screenshot"), so it is tried twice and then
 * skipped with a warning, and the test's own assertions decide.
 */
export async function screenshot(page: Page, name: string): Promise<string | null> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  for (let attempt = 1; ; attempt++) {
    try {
      await page.screenshot({ path: file, fullPage: true });
      return file;
    } catch (err) {
      if (attempt >= 2) {
        console.warn(`screenshot ${name} not taken: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
        return null;
      }
    }
  }
}
