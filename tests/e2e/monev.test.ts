// Monitoring, checklist editor and DIP import pages in Chromium, checked with axe with JavaScript on and
// off; screenshots of /admin/monev at phone and desktop widths (into test-results/).
import path from 'node:path';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { IMPORT_COLUMNS } from '../../src/domain/dip/import-format.js';
import type { DipInput } from '../../src/domain/dip/input.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { returnEntry } from '../../src/domain/dip/return-dip-entry.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { makeUser, PASSWORD } from '../helpers/app.js';
import { dipInput } from '../helpers/dip.js';
import {
  expectNoAxeViolations,
  hasChromium,
  horizontalOverflow,
  launchBrowser,
  loginViaForm,
  newContext,
  RESULTS_DIR,
  screenshot,
  startLiveApp,
  visit,
  type LiveApp,
} from './browser.js';

if (!hasChromium) console.warn('Browser tests SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

const LONG = 240_000;

/** An import file whose rows 3 and 5 are wrong. */
async function badXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DIP');
  ws.addRow(IMPORT_COLUMNS.map((c) => c.header));
  const ok = [
    'Laporan Realisasi Anggaran 2025',
    'Ringkasan realisasi anggaran tahun 2025 per program.',
    'berkala',
    'Rencana dan realisasi anggaran',
    'Sekretariat',
    'Sekretaris',
    '2025',
    'Palangka Raya',
    'terekam',
    'PDF',
    '5 tahun',
    2025,
  ];
  ws.addRow(ok);
  ws.addRow(['Lap', ...ok.slice(1)]);
  ws.addRow(ok);
  ws.addRow([...ok.slice(0, 8), 'mikrofilm', ...ok.slice(9)]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.skipIf(!hasChromium)('DIP monitoring and import in a browser (Chromium + axe)', () => {
  let browser: Browser;
  let live: LiveApp;
  let bad: Buffer;

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
    bad = await badXlsx();
    const sys = live.t.ctx;
    const db = live.t.db.db;
    const made = await db
      .insert(units)
      .values([
        { code: 'dpmptsp', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', shortName: 'DPMPTSP' },
        { code: 'dinkes', name: 'Dinas Kesehatan' },
        { code: 'diskominfo', name: 'Dinas Komunikasi, Informatika, Statistik dan Persandian' },
        { code: 'bpbd', name: 'Badan Penanggulangan Bencana Daerah', shortName: 'BPBD' },
        { code: 'bappeda', name: 'Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah' },
      ])
      .returning();
    const id = (code: string) => made.find((u) => u.code === code)!.id;
    await makeUser(sys, { email: 'pembantu@dinkes.example', name: 'Dewi PPID Dinkes', roles: ['ppid_pembantu'], unitId: id('dinkes') });
    await makeUser(sys, { email: 'utama@kota.example', name: 'Rina PPID Utama', roles: ['ppid_utama'] });
    const as = async (email: string): Promise<Ctx> => {
      const [u] = await db.select().from(users).where(eq(users.email, email));
      return { ...sys, actor: toActor(u!) };
    };
    const utama = await as('utama@kota.example');
    const publish = async (unit: string, over: Partial<DipInput>) => {
      const e = await createDraft(utama, id(unit), dipInput(over));
      await submitEntries(utama, [e.id]);
      return approveEntry(utama, e.id);
    };
    // Different completeness per unit, so that the chart has bars of every colour.
    const berkala = [
      'profil',
      'program_kegiatan',
      'kinerja',
      'laporan_keuangan',
      'laporan_akses_informasi',
      'regulasi',
      'sop',
      'pengaduan',
      'pengadaan',
      'darurat',
    ];
    for (const s of berkala) await publish('dpmptsp', { title: `Informasi berkala DPMPTSP: ${s}`, subtype: s, year: 2026 });
    for (const s of berkala.slice(0, 7)) await publish('diskominfo', { title: `Informasi berkala Diskominfo: ${s}`, subtype: s, year: 2026 });
    for (const s of berkala.slice(0, 4)) await publish('dinkes', { title: `Informasi berkala Dinkes: ${s}`, subtype: s, year: 2026 });
    await publish('dinkes', { title: 'Laporan Keuangan Dinkes 2023', subtype: 'laporan_keuangan', year: 2023 });
    await publish('bpbd', { title: 'Profil BPBD', subtype: 'profil', year: 2026 });
    await publish('bpbd', { title: 'SOP Siaga Bencana', subtype: 'darurat', year: 2022 });
    const r = await createDraft(utama, id('dinkes'), dipInput({ title: 'Tata Cara Pengaduan Layanan Kesehatan', subtype: 'pengaduan' }));
    await submitEntries(utama, [r.id]);
    await returnEntry(utama, r.id, 'Lengkapi nomor pengaduan.');
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
        'PPID Utama: monitoring overview (sorted), a unit, the checklist editor and its error state; screenshots',
        async () => {
          const page = await newPage();
          const base = live.baseUrl;
          await loginViaForm(page, base, 'utama@kota.example', PASSWORD);
          await visit(page, base, '/admin/monev');
          expect(await page.getAttribute('svg.chart', 'role')).toBe('img');
          expect(await page.locator('svg.chart rect.chart-bar').count()).toBe(4);
          expect(await page.getAttribute('.bo-nav a[href="/admin/monev"]', 'aria-current')).toBe('page');
          // Sorting is a plain link.
          await Promise.all([page.waitForURL((u) => u.searchParams.get('sort') === 'unit'), page.click('th a[href^="/admin/monev?sort=unit"]')]);
          expect(await page.getAttribute('th[aria-sort]', 'aria-sort')).toBe('ascending');
          expect(await page.textContent('tbody tr:first-child th')).toContain('Badan Penanggulangan Bencana Daerah');
          await expectNoAxeViolations(page, 'monev sorted by unit');
          await page.click('tbody tr:first-child th a');
          await page.waitForLoadState('load');
          expect(await page.textContent('h1')).toContain('Badan Penanggulangan Bencana Daerah');
          await expectNoAxeViolations(page, 'monev unit page');

          await visit(page, base, '/admin/monev/daftar-periksa');
          await page.fill('#f-title_profil', '');
          await Promise.all([page.waitForURL(`${base}/admin/monev/daftar-periksa`), page.click('form:has(input[value="save"]) button[type="submit"]')]);
          await page.waitForLoadState('load');
          expect(await page.textContent('.error-summary')).toContain('Judul butir wajib diisi');
          await expectNoAxeViolations(page, 'checklist editor with errors');

          for (const width of [360, 1280]) {
            const shot = await newPage({ width, height: 900 });
            await loginViaForm(shot, base, 'utama@kota.example', PASSWORD);
            await shot.goto(`${base}/admin/monev`);
            const o = await horizontalOverflow(shot);
            expect(o.scrollWidth, `monev overflows at ${width}px`).toBeLessThanOrEqual(o.clientWidth);
            // The chart's text is drawn at its own size, never scaled down to fit a phone.
            const label = await shot
              .locator('svg.chart text.chart-label')
              .first()
              .evaluate((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), box: (el as SVGGraphicsElement).getBBox().height }));
            expect(label.size).toBeGreaterThanOrEqual(12);
            await screenshot(shot, `monev-${width}-${mode}`);
            await shot.locator('figure.monev-figure').screenshot({ path: path.join(RESULTS_DIR, `monev-chart-${width}-${mode}.png`) });
          }
        },
        LONG,
      );

      it(
        'PPID Pembantu: own monitoring page; DIP import page and its error state',
        async () => {
          const page = await newPage();
          const base = live.baseUrl;
          await loginViaForm(page, base, 'pembantu@dinkes.example', PASSWORD);
          await visit(page, base, '/admin/monev');
          expect(await page.textContent('h1')).toContain('Dinas Kesehatan');
          expect(await page.textContent('main')).toContain('Butir wajib yang belum terpenuhi');
          expect(await page.textContent('main')).not.toContain('Dinas Penanaman Modal');

          await visit(page, base, '/admin/dip/impor');
          await page.setInputFiles('#f-file', {
            name: 'dip-dinkes.xlsx',
            mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            buffer: bad,
          });
          await Promise.all([page.waitForURL(`${base}/admin/dip/impor`), page.click('main form[action="/admin/dip/impor"] button[type="submit"]')]);
          await page.waitForSelector('.issue-list li');
          const issues = await page.locator('.issue-list li').allTextContents();
          expect(issues).toEqual([
            'Baris 3, kolom Judul Informasi: judul informasi wajib diisi (minimal 5 karakter).',
            'Baris 5, kolom Bentuk Informasi: bentuk informasi: tercetak atau terekam.',
          ]);
          await expectNoAxeViolations(page, 'import with errors');
          if (javaScriptEnabled) await screenshot(page, `dip-import-errors-1280-${mode}`);

          // No file at all: the field's own error.
          await page.goto(`${base}/admin/dip/impor`);
          await Promise.all([page.waitForURL(`${base}/admin/dip/impor`), page.click('main form[action="/admin/dip/impor"] button[type="submit"]')]);
          await page.waitForLoadState('load');
          expect(await page.textContent('#e-file')).toContain('Pilih berkas .xlsx');
          await expectNoAxeViolations(page, 'import without a file');
        },
        LONG,
      );
    });
  }
});
