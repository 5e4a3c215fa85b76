// The DIP back-office pages in Chromium, checked with axe with JavaScript on and off, plus screenshots
// of the entry form and the detail page at phone and desktop widths (into test-results/).
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { dipDocuments, dipEntries, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { returnEntry } from '../../src/domain/dip/return-dip-entry.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { updateEntry } from '../../src/domain/dip/update-dip-entry.js';
import { makeUser, PASSWORD } from '../helpers/app.js';
import { dipInput } from '../helpers/dip.js';
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

if (!hasChromium) console.warn('Browser tests SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

const LONG = 180_000;

describe.skipIf(!hasChromium)('DIP back office in a browser (Chromium + axe)', () => {
  let browser: Browser;
  let live: LiveApp;
  let detailId: string;
  let queuedId: string;
  const toSubmit = new Map<string, string>();

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
    const sys = live.t.ctx;
    const [a] = await live.t.db.db.insert(units).values({ code: 'dpmptsp', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu' }).returning();
    await live.t.db.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' });
    await makeUser(sys, { email: 'pembantu@dpmptsp.example', name: 'Sari PPID DPMPTSP', roles: ['ppid_pembantu'], unitId: a!.id });
    await makeUser(sys, { email: 'utama@kota.example', name: 'Rina PPID Utama', roles: ['ppid_utama'] });
    const as = async (email: string): Promise<Ctx> => {
      const [u] = await live.t.db.db.select().from(users).where(eq(users.email, email));
      return { ...sys, actor: toActor(u!) };
    };
    const pembantu = await as('pembantu@dpmptsp.example');
    const utama = await as('utama@kota.example');

    // An entry with some history: returned once, published, then changed again (a draft over a published version).
    const e = await createDraft(pembantu, a!.id, dipInput({ links: [{ label: 'Situs JDIH Kota', url: 'https://jdih.example.go.id/perizinan-umk-2025' }] }));
    await submitEntries(pembantu, [e.id]);
    await returnEntry(utama, e.id, 'Lengkapi tempat pembuatan dan format berkas, lalu ajukan kembali.');
    await updateEntry(pembantu, e.id, dipInput({ madePlace: 'Kantor DPMPTSP, Jl. Tjilik Riwut Km 5', formats: ['PDF', 'XLSX'] }));
    await submitEntries(pembantu, [e.id]);
    await approveEntry(utama, e.id);
    await updateEntry(pembantu, e.id, dipInput({ title: 'Perizinan Usaha Mikro dan Kecil Tahun 2025 (revisi)', formats: ['PDF', 'XLSX'] }));
    detailId = e.id;
    const [uploader] = await live.t.db.db.select({ id: users.id }).from(users).where(eq(users.email, 'pembantu@dpmptsp.example'));
    const [entry] = await live.t.db.db.select().from(dipEntries).where(eq(dipEntries.id, e.id));
    const doc = {
      entryId: e.id,
      versionId: entry!.workingVersionId!,
      sha256: 'b'.repeat(64),
      mime: 'application/pdf',
      uploadedBy: uploader!.id,
      createdAt: new Date('2026-03-16T03:00:00Z'),
    };
    await live.t.db.db.insert(dipDocuments).values([
      { ...doc, filename: 'daftar-izin-usaha-mikro-dan-kecil-tahun-2025-lengkap.pdf', size: 2_400_000, textStatus: 'done' },
      { ...doc, filename: 'pindaian-sk.pdf', size: 800_000, textStatus: 'not_searchable' },
      { ...doc, filename: 'baru.pdf', size: 1200, textStatus: 'pending' },
    ]);

    // Two more for the list and the review queue.
    const q = await createDraft(
      pembantu,
      a!.id,
      dipInput({ title: 'Standar Pelayanan Perizinan Berusaha', category: 'setiap_saat', subtype: 'prosedur_layanan' }),
    );
    await submitEntries(pembantu, [q.id]);
    queuedId = q.id;
    await createDraft(pembantu, a!.id, dipInput({ title: 'Peringatan Dini Banjir Sungai Kahayan', category: 'serta_merta', subtype: 'bencana' }));
    // One draft per run (JS on, JS off) to tick and submit from the list.
    for (const mode of ['js', 'nojs'])
      toSubmit.set(mode, (await createDraft(pembantu, a!.id, dipInput({ title: `Rekapitulasi Izin Usaha Triwulan I (${mode})` }))).id);
  }, LONG);

  afterAll(async () => {
    await browser?.close();
    await live?.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? 'js' : 'nojs';

    describe(javaScriptEnabled ? 'JS on' : 'JS off', () => {
      let context: BrowserContext | null = null;
      const newPage = async (viewport = { width: 1280, height: 900 }): Promise<Page> => {
        await context?.close();
        context = await newContext(browser, { javaScriptEnabled, viewport });
        return context.newPage();
      };
      afterAll(async () => {
        await context?.close();
      });

      it(
        'PPID Pembantu: list, new-entry form with its error state, detail, edit',
        async () => {
          const page = await newPage();
          const base = live.baseUrl;
          await loginViaForm(page, base, 'pembantu@dpmptsp.example', PASSWORD);
          await visit(page, base, '/admin/dip');
          expect(await page.textContent('main')).toContain('Ajukan yang dipilih');

          await visit(page, base, '/admin/dip/baru');
          await page.fill('#f-title', 'Lap');
          await Promise.all([page.waitForURL(`${base}/admin/dip`), page.click('main form.dip-form button[type="submit"]')]);
          await page.waitForLoadState('load');
          expect(await page.textContent('.error-summary')).toContain('Judul informasi wajib diisi');
          expect(await page.inputValue('#f-title')).toBe('Lap');
          await expectNoAxeViolations(page, 'new entry form with errors');

          await visit(page, base, `/admin/dip/${detailId}`);
          expect(await page.textContent('main')).toContain('Terbit – ada perubahan draf');
          await visit(page, base, `/admin/dip/${detailId}/ubah`);
          expect(await page.textContent('main')).toContain('Portal tetap menampilkan versi 1');

          // Submitting ticked rows works as a plain form.
          await page.goto(`${base}/admin/dip`);
          await page.check(`#pick-${toSubmit.get(mode)}`);
          await Promise.all([page.waitForURL((u) => u.searchParams.get('ok') === 'submitted'), page.click('form.dip-bulk button[type="submit"]')]);
          expect(await page.textContent('.notice')).toContain('Entri diajukan ke PPID Utama');
          await expectNoAxeViolations(page, 'list after submitting');

          for (const width of [360, 1280]) {
            const shot = await newPage({ width, height: 900 });
            await loginViaForm(shot, base, 'pembantu@dpmptsp.example', PASSWORD);
            await shot.goto(`${base}/admin/dip/baru`);
            await shot.click('main form.dip-form button[type="submit"]');
            await shot.waitForLoadState('load');
            expect(await shot.textContent('h1')).toContain('Tambah entri DIP');
            const o = await horizontalOverflow(shot);
            expect(o.scrollWidth, `form overflows at ${width}px`).toBeLessThanOrEqual(o.clientWidth);
            await screenshot(shot, `dip-form-${width}-${mode}`);
            await shot.goto(`${base}/admin/dip/${detailId}`);
            const d = await horizontalOverflow(shot);
            expect(d.scrollWidth, `detail overflows at ${width}px`).toBeLessThanOrEqual(d.clientWidth);
            await screenshot(shot, `dip-detail-${width}-${mode}`);
            await shot.goto(`${base}/admin/dip`);
            await screenshot(shot, `dip-list-${width}-${mode}`);
          }
        },
        LONG,
      );

      it(
        'PPID Utama: review queue, detail with the review actions, and the return form in its error state',
        async () => {
          const page = await newPage();
          const base = live.baseUrl;
          await loginViaForm(page, base, 'utama@kota.example', PASSWORD);
          await visit(page, base, '/admin/dip/tinjauan');
          expect(await page.textContent('main')).toContain('Standar Pelayanan Perizinan Berusaha');
          await visit(page, base, '/admin/dip');
          await visit(page, base, '/admin/dip/baru');
          await visit(page, base, `/admin/dip/${queuedId}`);
          await Promise.all([
            page.waitForURL(`${base}/admin/dip/${queuedId}/kembalikan`),
            page.click(`form[action="/admin/dip/${queuedId}/kembalikan"] button[type="submit"]`),
          ]);
          await page.waitForLoadState('load');
          expect(await page.textContent('main')).toContain('Tuliskan catatan perbaikan');
          await expectNoAxeViolations(page, 'detail with a return-note error');
          await page.setViewportSize({ width: 360, height: 900 });
          await screenshot(page, `dip-review-detail-360-${mode}`);
          await page.goto(`${base}/admin/dip/tinjauan`);
          await screenshot(page, `dip-queue-360-${mode}`);
        },
        LONG,
      );
    });
  }
});
