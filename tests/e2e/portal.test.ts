// The DIP portal in a real browser (Debian's Chromium): axe on every page, JavaScript on and off,
// no horizontal scroll at 360 px, screenshots at 360 and 1280 px in test-results/.
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { dipDocuments, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { publishImmediately } from '../../src/domain/dip/publish-dip-entry.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { makeUser } from '../helpers/app.js';
import { dipInput } from '../helpers/dip.js';
import { expectNoAxeViolations, hasChromium, horizontalOverflow, launchBrowser, newContext, screenshot, startLiveApp, visit, type LiveApp } from './browser.js';

if (!hasChromium) console.warn('Portal browser tests SKIPPED: /usr/bin/chromium not found (apt-get install chromium)');

// Axe takes seconds per page, and this machine is shared: generous limits.
const LONG = 480_000;

const TOPICS = [
  ['Laporan Keuangan Pemerintah Kota', 'Neraca, laporan realisasi anggaran dan catatan atas laporan keuangan.', 'laporan_keuangan'],
  ['Rencana Strategis Dinas', 'Tujuan, sasaran, strategi dan program lima tahunan dinas.', 'rencana_kerja'],
  ['Standar Pelayanan Perizinan Berusaha', 'Persyaratan, prosedur, waktu dan biaya layanan perizinan berusaha.', 'prosedur_layanan'],
  ['Daftar Aset Tanah dan Bangunan', 'Inventaris aset tanah dan bangunan milik daerah beserta nilai perolehannya.', 'aset'],
  ['Pengumuman Pengadaan Barang dan Jasa', 'Rencana umum pengadaan dan pengumuman lelang tahun berjalan.', 'pengadaan'],
  ['Profil Pejabat Struktural', 'Nama, jabatan dan riwayat singkat pejabat struktural dinas.', 'profil'],
] as const;

describe.skipIf(!hasChromium)('portal in the browser (Chromium + axe)', () => {
  let browser: Browser;
  let live: LiveApp;
  let entrySlug = '';
  const unitCode = 'dpmptsp';

  beforeAll(async () => {
    browser = await launchBrowser();
    live = await startLiveApp();
    const t = live.t;
    const [a] = await t.db.db
      .insert(units)
      .values({
        code: unitCode,
        name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
        address: 'Jl. Tjilik Riwut km 5,5, Palangka Raya',
        phone: '(0536) 3221234',
        email: 'ppid@dpmptsp.example',
      })
      .returning();
    const [b] = await t.db.db.insert(units).values({ code: 'bpkad', name: 'Badan Pengelolaan Keuangan dan Aset Daerah' }).returning();
    await makeUser(t.ctx, { email: 'a@dpmptsp.example', roles: ['ppid_pembantu'], unitId: a!.id });
    await makeUser(t.ctx, { email: 'b@bpkad.example', roles: ['ppid_pembantu'], unitId: b!.id });
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    const actor = async (email: string): Promise<Ctx> => {
      const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
      return { ...t.ctx, actor: toActor(u!) };
    };
    const pa = await actor('a@dpmptsp.example');
    const pb = await actor('b@bpkad.example');
    const utama = await actor('utama@kota.example');

    const first = await createDraft(
      pb,
      b!.id,
      dipInput({
        title: 'Realisasi Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran 2025',
        summary:
          'Laporan realisasi anggaran pendapatan, belanja dan pembiayaan daerah sampai dengan 31 Desember 2025, disertai penjelasan atas selisih anggaran dan realisasi.',
        category: 'setiap_saat',
        subtype: 'rencana_anggaran',
        holder: 'Kepala Bidang Anggaran',
        responsible: 'Kepala Badan Pengelolaan Keuangan dan Aset Daerah',
        madeWhen: 'Januari 2026',
        madePlace: 'Kantor BPKAD, Jl. Imam Bonjol No. 2',
        formats: ['PDF', 'XLSX'],
        retention: '10 tahun (JRA keuangan)',
        tags: ['anggaran', 'APBD', 'realisasi belanja'],
        links: [{ label: 'Portal Satu Data', url: 'https://data.example.go.id/apbd-2025' }],
      }),
    );
    await t.db.db.insert(dipDocuments).values([
      {
        entryId: first.id,
        versionId: first.workingVersionId!,
        sha256: 'c'.repeat(64),
        filename: 'LRA-2025-audited-final-versi-lengkap.pdf',
        mime: 'application/pdf',
        size: 2_411_724,
        textStatus: 'done',
        text: 'Realisasi belanja pegawai, belanja barang dan jasa, belanja modal.',
        createdAt: t.clock.now(),
      },
      {
        entryId: first.id,
        versionId: first.workingVersionId!,
        sha256: 'd'.repeat(64),
        filename: 'lampiran-rincian.xlsx',
        mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        size: 88_100,
        textStatus: 'done',
        text: '',
        createdAt: t.clock.now(),
      },
    ]);
    await submitEntries(pb, [first.id]);
    await approveEntry(utama, first.id);
    entrySlug = first.slug;

    // Enough entries for two pages of /informasi.
    for (let i = 0; i < 24; i++) {
      t.clock.advance(3600_000);
      const [title, summary, subtype] = TOPICS[i % TOPICS.length]!;
      const e = await createDraft(pa, a!.id, dipInput({ title: `${title} ${2020 + (i % 6)} (${i + 1})`, summary, subtype, year: 2020 + (i % 6) }));
      await submitEntries(pa, [e.id]);
      await approveEntry(utama, e.id);
    }
    const sm = await createDraft(
      pa,
      a!.id,
      dipInput({
        title: 'Peringatan Dini Banjir Sungai Kahayan',
        summary: 'Warga bantaran sungai diminta waspada; jalur evakuasi dan posko pengungsian.',
        category: 'serta_merta',
        subtype: 'bencana',
      }),
    );
    await publishImmediately(pa, sm.id);
  }, LONG);

  afterAll(async () => {
    await browser?.close();
    await live?.close();
  });

  const pages = () => [
    ['home', '/'],
    ['search', '/cari?q=anggaran+belanja'],
    ['search-suggestion', '/cari?q=anggran'],
    ['search-didyoumean', '/cari?q=anggran+or+banjir'],
    ['search-empty', '/cari?q=zzqxw'],
    ['search-start', '/cari'],
    ['entry', `/informasi/${entrySlug}`],
    ['browse', '/informasi'],
    ['browse-page2', '/informasi?hal=2'],
    ['category', '/kategori/berkala'],
    ['units', '/unit'],
    ['unit', `/unit/${unitCode}`],
    ['dip', '/dip'],
  ];

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
        'every portal page passes axe',
        async () => {
          const page = await newPage();
          const errors: string[] = [];
          page.on('console', (m) => {
            if (m.type() === 'error') errors.push(m.text());
          });
          for (const [, path] of pages()) await visit(page, live.baseUrl, path!);
          await visit(page, live.baseUrl, '/informasi/tidak-ada', 404);
          // The JSON-LD block is data, not a script the CSP has to block.
          expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
        },
        LONG,
      );

      it(
        'searches with the GET form and its filters',
        async () => {
          const page = await newPage();
          await page.goto(`${live.baseUrl}/`);
          await page.fill('#q', 'perizinan');
          await Promise.all([page.waitForURL(/\/cari\?q=perizinan/), page.click('form[role="search"] button[type="submit"]')]);
          expect(await page.textContent('#results-h')).toMatch(/\d+ informasi ditemukan/);
          await page.click('.filter-box > summary');
          await page.selectOption('#f-tahun', '2021');
          await Promise.all([page.waitForURL(/tahun=2021/), page.click('.filter-box button[type="submit"]')]);
          expect(await page.textContent('#results-h')).toMatch(/^[1-9]\d* informasi ditemukan/);
          await expectNoAxeViolations(page, 'search with filters open');
        },
        LONG,
      );

      it(
        'English pages pass axe',
        async () => {
          const page = await newPage();
          await page.goto(`${live.baseUrl}/bahasa/en?next=/`);
          expect(page.url()).toBe(`${live.baseUrl}/en`);
          expect(await page.getAttribute('html', 'lang')).toBe('en');
          for (const [, path] of pages().slice(0, 7)) await visit(page, live.baseUrl, `/en${path}`);
        },
        LONG,
      );

      it(
        'no horizontal scroll at 360 px; screenshots at 360 and 1280 px',
        async () => {
          for (const width of [360, 1280]) {
            const page = await newPage({ width, height: width === 360 ? 740 : 900 });
            for (const [name, path] of pages()) {
              await page.goto(live.baseUrl + path!);
              const { scrollWidth } = await horizontalOverflow(page);
              await screenshot(page, `portal-${name}-${width}-${mode}`);
              expect(scrollWidth, `${path} at ${width}px`).toBeLessThanOrEqual(width);
            }
          }
        },
        LONG,
      );
    });
  }
});
