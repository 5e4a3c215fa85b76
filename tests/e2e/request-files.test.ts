// case-docs (issue 13 item 2): the request case's files panel and the tracking page's download list in
// Chromium at 360 px with JavaScript off, axe on both; the applicant downloads the file from the tracking
// page and gets the same bytes. Screenshots: test-results/request-files-*.png.
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Ctx } from '../../src/context.js';
import { users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { attachUploadedFile } from '../../src/domain/requests/attach-request-file.js';
import { disposeRequest } from '../../src/domain/requests/dispose-request.js';
import { releaseRequestFile } from '../../src/domain/requests/release-request-file.js';
import { respondRequest } from '../../src/domain/requests/respond-request.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { makeUser, PASSWORD } from '../helpers/app.js';
import { citizenRequest, insertPublicBody, insertUnits } from '../helpers/factories.js';
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

const PDF = readFileSync('tests/fixtures/dokumen.pdf');

describe.skipIf(!hasChromium)('request files in the browser at 360 px, JavaScript off', { timeout: 300_000 }, () => {
  let browser: Browser;
  let live: LiveApp;
  let context: BrowserContext;
  let page: Page;
  let requestId = '';
  let tracking = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
    const t = live.t;
    await insertPublicBody(t);
    const u = await insertUnits(t, [{ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' }]);
    await makeUser(t.ctx, { email: 'utama@pky.go.id', roles: ['ppid_utama'], name: 'Petugas Utama' });
    await makeUser(t.ctx, { email: 'pupr@pky.go.id', roles: ['ppid_pembantu'], unitId: u.dpupr!, name: 'Pembantu PUPR' });
    const as = async (email: string): Promise<Ctx> => ({ ...t.ctx, actor: toActor((await t.db.db.select().from(users).where(eq(users.email, email)))[0]!) });
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
    const { request, token } = await submitRequest({ ...t.ctx, actor: systemActor('uji') }, citizenRequest());
    requestId = request.id;
    tracking = `/permohonan/lacak?nomor=${encodeURIComponent(request.number)}&kode=${encodeURIComponent(token)}`;
    const utama = await as('utama@pky.go.id');
    await disposeRequest(utama, request.id, { unitIds: [u.dpupr!], instruction: 'Siapkan kontrak.', internalDueDate: '' });
    const file = await attachUploadedFile(await as('pupr@pky.go.id'), request.id, {
      dispositionId: '',
      bytes: PDF,
      filename: 'kontrak-drainase-2025.pdf',
      exempt: false,
    });
    await attachUploadedFile(await as('pupr@pky.go.id'), request.id, {
      dispositionId: '',
      bytes: readFileSync('tests/fixtures/gambar.png'),
      filename: 'rekening.png',
      exempt: true,
    });
    await respondRequest(utama, request.id, {
      outcome: 'diberikan_seluruhnya',
      held: 'ya',
      materialGiven: 'Kontrak drainase 2025.',
      format: 'softcopy',
      delivery: 'email',
      provideWorkingDays: '3',
    } as Parameters<typeof respondRequest>[2]);
    await releaseRequestFile(utama, request.id, file.id);
    context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    page = await context.newPage();
  }, 240_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await live?.close();
  });

  it('shows the files panel on the case page, usable at 360 px', async () => {
    await loginViaForm(page, live.baseUrl, 'utama@pky.go.id', PASSWORD);
    await visit(page, live.baseUrl, `/admin/permohonan/${requestId}`);
    const panel = page.locator('#berkas-perkara');
    expect(await panel.textContent()).toContain('kontrak-drainase-2025.pdf');
    expect(await panel.textContent()).toContain('Dikecualikan');
    await panel.screenshot({ path: 'test-results/request-files-case-panel.png' });
    await expectNoAxeViolations(page, 'case page with files');
    const o = await horizontalOverflow(page);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.clientWidth);
  });

  it('lists the released file on the tracking page, and downloads the same bytes', async () => {
    const citizen = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const p = await citizen.newPage();
    await visit(p, live.baseUrl, tracking);
    const list = p.locator('section[aria-labelledby="released-files"]');
    expect(await list.textContent()).toContain('kontrak-drainase-2025.pdf');
    expect(await p.content()).not.toContain('rekening.png');
    await screenshot(p, 'request-files-tracking');
    await list.screenshot({ path: 'test-results/request-files-tracking-list.png' });
    await expectNoAxeViolations(p, 'tracking page with files');
    const o = await horizontalOverflow(p);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.clientWidth);
    const href = await list.locator('a').first().getAttribute('href');
    const res = await citizen.request.get(`${live.baseUrl}${href}`);
    expect(res.status()).toBe(200);
    expect(Buffer.from(await res.body()).equals(PDF)).toBe(true);
    await citizen.close();
  });
});
