// Browser-test helpers: Debian's Chromium through playwright-core, the real app on a real port, axe checks.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import axe from 'axe-core';
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
export async function startLiveApp(opts: { setupToken?: string | null; demo?: boolean } = {}): Promise<LiveApp> {
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
  const t = await createTestApp({ config: { baseUrl }, setupToken: opts.setupToken ?? null, demo: opts.demo ?? false });
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

// ------------------------------------------------------------------------------------------------------
// axe
//
// axe-core runs in the page itself (what @axe-core/playwright's legacy mode does): the app has no
// frames, so axe.run over the document is the whole check. Same tags; only the rule ids, helps, targets
// and summaries of the violations, and the number of passed rules, come back to Node.

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_OPTIONS = { runOnly: { type: 'tag', values: AXE_TAGS } };
const AXE_SETUP = `${axe.source}
;axe.configure({ allowedOrigins: ['<same_origin>'], branding: { application: 'playwright' } });`;

type Verdict = { passes: number; violations: string[] };

type AxeWindow = { axe?: typeof axe };

/** Runs axe on the document in `page` (axe must be in it already) and keeps what the assertions need. */
function runAxe(page: Page): Promise<Verdict> {
  return page.evaluate(async (options) => {
    const r = await (window as unknown as AxeWindow).axe!.run(document, options as axe.RunOptions);
    return {
      passes: r.passes.length,
      violations: r.violations.map(
        (v) =>
          `  [${v.impact ?? '?'}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `      ${n.target.join(' ')}  ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n')}`,
      ),
    };
  }, AXE_OPTIONS);
}

/** A page with JavaScript on: axe goes in once per document. */
async function analyseInPlace(page: Page): Promise<Verdict> {
  if (!(await page.evaluate(() => typeof (window as unknown as AxeWindow).axe === 'object'))) await page.evaluate(AXE_SETUP);
  return runAxe(page);
}

const noScriptContexts = new WeakSet<BrowserContext>();
/** The options of the contexts made here that could change how a page renders (all but these three). */
const renderingOptions = new WeakMap<BrowserContext, string>();
const IGNORED_OPTIONS = new Set(['javaScriptEnabled', 'viewport', 'acceptDownloads']);

/** The headers of a document's response that change how it renders, which the companion page repeats. */
const RENDERING_HEADERS = ['content-security-policy', 'content-language'];
/** Per page: the URL and rendering headers of the last HTML document its main frame received. */
const documentHeaders = new WeakMap<Page, { url: string; headers: Promise<Record<string, string> | null> }>();

function watchDocuments(page: Page): void {
  page.on('response', (res) => {
    if (!res.request().isNavigationRequest() || res.frame() !== page.mainFrame()) return;
    if (!/^text\/html\b/i.test(res.headers()['content-type'] ?? '')) return; // a download stays on the page it came from
    documentHeaders.set(page, {
      url: res.url(),
      headers: res.allHeaders().then(
        (all) => Object.fromEntries(RENDERING_HEADERS.filter((h) => all[h] !== undefined).map((h) => [h, all[h]!])),
        () => null,
      ),
    });
  });
}

/** The rendering headers of the document now in `page`, or null when they are not known. */
async function headersOf(page: Page): Promise<Record<string, string> | null> {
  const d = documentHeaders.get(page);
  return d && d.url === page.url() ? d.headers : null;
}

/** A browser context; remembers the ones with JavaScript off, which axe cannot run in (see below). */
export async function newContext(browser: Browser, opts: BrowserContextOptions & { javaScriptEnabled: boolean }): Promise<BrowserContext> {
  const context = await browser.newContext(opts);
  if (!opts.javaScriptEnabled) noScriptContexts.add(context);
  const rendering = Object.entries(opts)
    .filter(([k]) => !IGNORED_OPTIONS.has(k))
    .sort(([a], [b]) => a.localeCompare(b));
  renderingOptions.set(context, JSON.stringify(rendering));
  for (const p of context.pages()) watchDocuments(p);
  context.on('page', watchDocuments);
  return context;
}

/**
 * axe needs timers, and a page with JavaScript off never fires them: axe would hang. So the DOM the
 * no-JS page ended up with is loaded, at the same address, with the same rendering headers (CSP) and
 * the same cookies (so that the same CSS and images load), into a companion page with JavaScript on,
 * minus its executable scripts (which never ran; JSON data blocks stay, as in the no-JS page), with
 * <noscript> content kept as it was parsed.
 *
 * One companion page per browser, used by one check at a time. Its first document at an origin (or
 * with other rendering headers) is a navigation, answered from Node through the DevTools protocol's
 * Fetch domain (asked for documents only: Playwright's page.route would turn the HTTP cache off, and the
 * stylesheet and logo would be fetched again for every check); axe comes into it by an init script. The
 * next copies are written into that document (document.open/write/close, after history.replaceState to
 * the page's address): a new DOM parsed from the same HTML, with the same CSP, at the same address,
 * and an axe that is already loaded and compiled. Addresses with a fragment are always navigated to
 * (a :target would not follow replaceState).
 */
type Companion = {
  page: Page;
  queue: Promise<unknown>;
  /** Origin and rendering headers of the document the page holds, if it came from serve(). */
  base: string | null;
  /** The next request for `url` gets this document; the returned function tells whether it was served. */
  serve(url: string, headers: Record<string, string>, html: string): () => boolean;
};
const companions = new WeakMap<Browser, Promise<Companion>>();

function companionFor(browser: Browser): Promise<Companion> {
  let c = companions.get(browser);
  if (!c) {
    c = (async () => {
      const context = await browser.newContext({ javaScriptEnabled: true });
      await context.addInitScript(AXE_SETUP);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      let next: { url: string; headers: Record<string, string>; html: string } | null = null;
      cdp.on('Fetch.requestPaused', (e) => {
        const doc = next && e.request.url === next.url ? next : null;
        if (doc) next = null;
        const answer = doc
          ? cdp.send('Fetch.fulfillRequest', {
              requestId: e.requestId,
              responseCode: 200,
              responseHeaders: Object.entries(doc.headers).map(([name, value]) => ({ name, value })),
              body: Buffer.from(doc.html).toString('base64'),
            })
          : cdp.send('Fetch.continueRequest', { requestId: e.requestId });
        answer.catch(() => {}); // the page may be gone
      });
      await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*', resourceType: 'Document', requestStage: 'Request' }] });
      return {
        page,
        queue: Promise.resolve(),
        base: null,
        serve: (url, headers, html) => {
          const doc = { url, headers, html };
          next = doc;
          return () => next !== doc;
        },
      };
    })();
    companions.set(browser, c);
  }
  return c;
}

const DATA_BLOCK = /\btype\s*=\s*["']?application\/(?:ld\+)?json["'\s>]/i;

/** The HTML of a no-JS page as the companion page gets it. */
function companionHtml(content: string): string {
  return content
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, (whole, attrs: string) => (DATA_BLOCK.test(`${attrs}>`) ? whole : ''))
    .replace(/<noscript\b([^>]*)>/gi, '<div data-noscript$1>')
    .replace(/<\/noscript>/gi, '</div>');
}

async function analyseInCompanion(page: Page, html: string, headers: Record<string, string> | null): Promise<Verdict> {
  const companion = await companionFor(page.context().browser()!);
  const run = companion.queue.then(async () => {
    const copy = companion.page;
    const viewport = page.viewportSize();
    const current = copy.viewportSize();
    if (viewport && (viewport.width !== current?.width || viewport.height !== current?.height)) await copy.setViewportSize(viewport);
    await copy.context().clearCookies();
    const cookies = await page.context().cookies();
    if (cookies.length) await copy.context().addCookies(cookies);
    const url = page.url();
    const responseHeaders = { ...headers, 'content-type': 'text/html; charset=utf-8' };
    const base = JSON.stringify([new URL(url).origin, responseHeaders]);
    if (companion.base === base && !url.includes('#')) {
      const written = await copy.evaluate(
        ({ url, html }) =>
          new Promise<boolean>((resolve) => {
            history.replaceState(null, '', url);
            document.open();
            document.write(html);
            document.close();
            if (document.readyState === 'complete') resolve(true);
            else window.addEventListener('load', () => resolve(true), { once: true });
            setTimeout(() => resolve(false), 30_000);
          }),
        { url, html },
      );
      if (!written) throw new Error(`the copy of ${url} did not load in the companion page`);
      await copy.evaluate(() => window.scrollTo(0, 0));
    } else {
      companion.base = null;
      // A new address only in its fragment would not load a new document.
      if (url.includes('#')) await copy.goto('about:blank');
      const served = companion.serve(url.replace(/#.*$/, ''), responseHeaders, html);
      await copy.goto(url, { waitUntil: 'load' });
      if (!served()) throw new Error(`the companion page did not get the copy of ${url}`);
      if (!url.includes('#')) companion.base = base;
    }
    return runAxe(copy);
  });
  companion.queue = run.catch(() => {});
  return run;
}

// ------------------------------------------------------------------------------------------------------
// Verdict cache
//
// Within a test file, a page whose DOM, address, viewport, rendering headers and state are those of a
// page axe has already checked gets the same verdict, and it is asserted the same way. The key is built
// from what the analysed document is, exactly:
// - its HTML (doctype and outerHTML; for a no-JS page the companion's HTML), with the value of the CSRF
//   field (a hidden input: no rendering, no semantics) blanked;
// - its address, the viewport, the rendering headers of its response (CSP, content language), the
//   context options that could change rendering, and axe's version and tags;
// - and its state must be that of a freshly loaded document: a companion page always is; a page with
//   JavaScript on takes part only if no script can have run in it (no executable <script>), the browser's
//   parse of its HTML serialises back to the same HTML, it has loaded, and nothing is focused, hovered,
//   scrolled, targeted or typed into. Anything else is checked by axe and not remembered.
// The stylesheets and images are the app's, at the addresses in the HTML, and the companion fetches them
// with the page's cookies, so the same HTML gets the same CSS and images.

const verdicts = new Map<string, Verdict>();

function keyOf(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

const normalised = (html: string) => html.replace(/(<input type="hidden" name="_csrf" value=")[^"]*"/g, '$1"');

function cacheKey(page: Page, html: string, headers: Record<string, string>, rendering: string): string {
  return keyOf([expect.getState().testPath, axe.version, AXE_TAGS, page.url(), page.viewportSize(), headers, rendering, normalised(html)]);
}

/** The HTML of a page with JavaScript on, and whether it is as freshly loaded from that HTML (see above). */
function inPlaceProbe(page: Page): Promise<{ html: string; fresh: boolean }> {
  return page.evaluate(() => {
    const serialise = (d: Document) => (d.doctype ? new XMLSerializer().serializeToString(d.doctype) : '') + (d.documentElement?.outerHTML ?? '');
    const html = serialise(document);
    const scriptless = [...document.scripts].every((s) => /^application\/(ld\+)?json$/i.test(s.type)) && document.querySelector('noscript') === null;
    const untouched =
      document.readyState === 'complete' &&
      (document.activeElement === null || document.activeElement === document.body) &&
      window.scrollX === 0 &&
      window.scrollY === 0 &&
      document.querySelector(':hover, :target, :focus-within') === null &&
      ![...document.querySelectorAll('*')].some((e) => e.shadowRoot !== null);
    if (!scriptless || !untouched) return { html, fresh: false };
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    if (serialise(parsed) !== html) return { html, fresh: false };
    // Form controls as the parser left them: nothing typed, ticked or chosen since.
    type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const state = (d: Document) =>
      [...d.querySelectorAll<Control>('input, textarea, select')].map((e) =>
        e instanceof HTMLSelectElement ? [...e.options].map((o) => o.selected).join() : e instanceof HTMLInputElement ? `${e.value}|${e.checked}` : e.value,
      );
    return { html, fresh: JSON.stringify(state(document)) === JSON.stringify(state(parsed)) };
  });
}

/** True in a page with JavaScript off, however its context was made: <noscript> content then parses as elements. */
function scriptingDisabled(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const d = document.createElement('div');
    d.innerHTML = '<noscript><p></p></noscript>';
    return d.querySelector('noscript p') !== null;
  });
}

/**
 * Runs axe on the page as it is now (or takes the verdict of the same page checked before in this file,
 * see above); fails with each violation's id, help and targets. `fresh: true` always runs axe.
 */
export async function expectNoAxeViolations(page: Page, label: string, opts: { fresh?: boolean } = {}): Promise<void> {
  const rendering = renderingOptions.get(page.context());
  // A context made by newContext is known; any other is asked.
  const noScript = noScriptContexts.has(page.context()) || (rendering === undefined && (await scriptingDisabled(page)));
  let verdict: Verdict | undefined;
  let key: string | null = null;
  if (noScript) {
    const html = companionHtml(await page.content());
    const headers = await headersOf(page);
    // The companion page is made with the default options, whatever the no-JS context's.
    key = cacheKey(page, html, headers ?? {}, '[]');
    verdict = opts.fresh ? undefined : verdicts.get(key);
    verdict ??= await analyseInCompanion(page, html, headers);
  } else {
    const probe = await inPlaceProbe(page);
    const headers = await headersOf(page);
    if (probe.fresh && headers && rendering !== undefined) key = cacheKey(page, probe.html, headers, rendering);
    verdict = key && !opts.fresh ? verdicts.get(key) : undefined;
    verdict ??= await analyseInPlace(page);
  }
  if (key) verdicts.set(key, verdict);
  // A page axe found nothing to check on would pass silently.
  expect(verdict.passes, `axe checked nothing on ${label}`).toBeGreaterThan(5);
  const lines = verdict.violations;
  expect(lines, `axe violations on ${label} (${page.url()}):\n${lines.join('\n')}`).toEqual([]);
}

/** On a narrow screen the public navigation is folded into a `<details>` menu: open it (no JavaScript needed). */
export async function openMenu(page: Page): Promise<void> {
  if ((await page.isVisible('.menu > summary')) && (await page.getAttribute('.menu', 'open')) === null) await page.click('.menu > summary');
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
