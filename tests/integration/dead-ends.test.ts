// No dead ends (issue #12, part 3): "Minta informasi ini" opens the request form filled in from a public
// entry (never from a non-public one) or from search words; the "dapat diunduh" badge and filter follow the
// real documents of the published version; the forms of an entry are shown as they are.
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import { dipEntries, dipSearch, units, users } from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { attachDocument, listDocuments, removeDocument } from '../../src/domain/dip/documents.js';
import type { DipInput } from '../../src/domain/dip/input.js';
import { searchPublished } from '../../src/domain/dip/search.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { returnEntry } from '../../src/domain/dip/return-dip-entry.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { unpublishEntry } from '../../src/domain/dip/unpublish-dip-entry.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { dipInput } from '../helpers/dip.js';

const PDF = new Uint8Array(readFileSync(new URL('../fixtures/dokumen.pdf', import.meta.url)));

/** The text of the form's "rincian informasi" textarea, as the browser would show it. */
function detailsOf(html: string): string {
  const m = /<textarea[^>]*name="details"[^>]*>([\s\S]*?)<\/textarea>/.exec(html);
  expect(m, 'details textarea').not.toBeNull();
  return m![1]!
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
const selectedUnit = (html: string) => /<option value="([^"]*)" selected/.exec(html)?.[1] ?? '';

describe(`no dead ends: request links, download badge and filter, truthful forms (${backendName})`, () => {
  let t: TestApp;
  let pembantu: Ctx;
  let utama: Ctx;
  let unitId: string;
  const e: Record<string, { id: string; number: string; slug: string }> = {};

  const as = async (email: string): Promise<Ctx> => {
    const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
    return { ...t.ctx, actor: toActor(u!) };
  };

  async function publish(key: string, over: Partial<DipInput>, pdf = false) {
    t.clock.advance(3600_000);
    const d = await createDraft(pembantu, unitId, dipInput(over));
    if (pdf) await attachDocument(pembantu, d.id, { filename: 'laporan.pdf', bytes: PDF });
    await submitEntries(pembantu, [d.id]);
    await approveEntry(utama, d.id);
    e[key] = { id: d.id, number: d.number, slug: d.slug };
  }

  async function reapprove(id: string) {
    t.clock.advance(60_000);
    await submitEntries(pembantu, [id]);
    await approveEntry(utama, id);
  }

  const hasFile = async (id: string) => (await t.db.db.select({ f: dipSearch.hasFile }).from(dipSearch).where(eq(dipSearch.entryId, id)))[0]?.f;
  const downloadable = async (q = '') => (await searchPublished(t.db.db, { q, downloadable: true })).items.map((h) => h.id).sort();

  beforeAll(async () => {
    t = await createTestApp();
    const [a] = await t.db.db.insert(units).values({ code: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' }).returning();
    unitId = a!.id;
    await makeUser(t.ctx, { email: 'pembantu@dpupr.example', roles: ['ppid_pembantu'], unitId });
    await makeUser(t.ctx, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    pembantu = await as('pembantu@dpupr.example');
    utama = await as('utama@kota.example');

    // Claims "terekam (PDF, XLSX)" but has no file: the demo's 215 entries.
    await publish('nofile', {
      title: 'Rencana Kerja Jembatan Kahayan 2026',
      summary: 'Rencana pemeliharaan jembatan dan jalan kota.',
      forms: ['tercetak', 'terekam'],
      formats: ['PDF', 'XLSX'],
      tags: ['jembatan'],
    });
    await publish('file', { title: 'Laporan Kinerja Jembatan 2025', summary: 'Capaian kinerja pemeliharaan jembatan.', tags: ['jembatan'] }, true);

    // Never public: a draft, a returned entry and a withdrawn one, each with a title that must not leak.
    t.clock.advance(3600_000);
    const draft = await createDraft(pembantu, unitId, dipInput({ title: 'Draf Rahasia Zirkonium' }));
    e.draft = { id: draft.id, number: draft.number, slug: draft.slug };
    const ret = await createDraft(pembantu, unitId, dipInput({ title: 'Laporan Xenotim Dikembalikan' }));
    await submitEntries(pembantu, [ret.id]);
    await returnEntry(utama, ret.id, 'Perbaiki ringkasan.');
    e.returned = { id: ret.id, number: ret.number, slug: ret.slug };
    await publish('withdrawn', { title: 'Data Yttrium Ditarik' });
    await unpublishEntry(utama, e.withdrawn!.id, 'Mengandung data pribadi.');
  });
  afterAll(async () => t.dispose());

  describe('the request form opened from a link', () => {
    it('names a public entry by its number: title, number and unit from the database, unit preselected', async () => {
      const { status, text } = await new Browser(t.app).get(`/permohonan?dip=${encodeURIComponent(e.nofile!.number)}`);
      expect(status).toBe(200);
      expect(detailsOf(text)).toBe(`Informasi: Rencana Kerja Jembatan Kahayan 2026 (nomor DIP ${e.nofile!.number}, Dinas Pekerjaan Umum dan Penataan Ruang)`);
      expect(selectedUnit(text)).toBe('dpupr');
      expect(text).toContain(`href="/informasi/${e.nofile!.slug}"`);
    });

    it('a search whose words no entry has all of says so above the partial hits', async () => {
      const partial = await new Browser(t.app).get('/cari?q=kahayan%20laporan');
      expect(partial.text).toContain('Tidak ada informasi yang memuat semua kata Anda');
      expect(partial.text).toContain('informasi ditemukan');
      const whole = await new Browser(t.app).get('/cari?q=jembatan%20kahayan');
      expect(whole.text).not.toContain('Tidak ada informasi yang memuat semua kata Anda');
    });

    it('in English, the text is in English', async () => {
      const { text } = await new Browser(t.app).get(`/en/permohonan?dip=${encodeURIComponent(e.nofile!.number)}`);
      expect(detailsOf(text)).toBe(
        `Information: Rencana Kerja Jembatan Kahayan 2026 (DIP number ${e.nofile!.number}, Dinas Pekerjaan Umum dan Penataan Ruang)`,
      );
      const entry = await new Browser(t.app).get(`/en/informasi/${e.nofile!.slug}`);
      expect(entry.text).toContain('Request this information');
      // The request link stays on the English pages.
      expect(entry.text).toContain(`href="/en/permohonan?dip=`);
      expect(entry.text).toContain('Recorded (electronic copy): available on request');
    });

    it('never names a draft, returned or withdrawn entry: its title does not reach the form', async () => {
      for (const [key, title] of [
        ['draft', 'Zirkonium'],
        ['returned', 'Xenotim'],
        ['withdrawn', 'Yttrium'],
      ] as const) {
        const { status, text } = await new Browser(t.app).get(`/permohonan?dip=${encodeURIComponent(e[key]!.number)}`);
        expect(status, key).toBe(200);
        expect(text, key).not.toContain(title);
        expect(text, key).not.toContain(e[key]!.number);
        expect(detailsOf(text), key).toBe('');
        // Not even its unit is preselected.
        expect(selectedUnit(text), key).toBe('');
      }
    });

    it('fills in search words, escaped; ignores oversized, malformed and unknown values', async () => {
      const b = new Browser(t.app);
      const words = await b.get(`/permohonan?q=${encodeURIComponent('jembatan kahayan')}&unit=dpupr`);
      expect(detailsOf(words.text)).toBe('Informasi tentang: jembatan kahayan');
      expect(selectedUnit(words.text)).toBe('dpupr');

      const hostile = await b.get(`/permohonan?q=${encodeURIComponent('<script>alert(1)</script> "x" &amp;')}`);
      expect(hostile.status).toBe(200);
      expect(hostile.text).not.toContain('<script>alert(1)');
      expect(detailsOf(hostile.text)).toBe('Informasi tentang: <script>alert(1)</script> "x" &amp;');

      for (const path of [
        `/permohonan?q=${'a'.repeat(201)}`,
        `/permohonan?dip=${encodeURIComponent('../../etc/passwd')}`,
        `/permohonan?dip=${'D'.repeat(101)}`,
        `/permohonan?dip=DIP%2FTIDAK%2FADA%2F0001`,
        `/permohonan?unit=${encodeURIComponent('<b>')}`,
        `/permohonan?unit=tidak-ada`,
        `/permohonan?q=x`,
      ]) {
        const r = await b.get(path);
        expect(r.status, path).toBe(200);
        expect(detailsOf(r.text), path).toBe('');
        expect(selectedUnit(r.text), path).toBe('');
        expect(r.text, path).not.toContain('<b>');
      }
    });
  });

  describe('dead ends lead to the form', () => {
    it('an entry without a file: what is true, and "Minta informasi ini" with its number', async () => {
      const { text } = await new Browser(t.app).get(`/informasi/${e.nofile!.slug}`);
      expect(text).toContain('Minta informasi ini');
      expect(text).toContain(`href="/permohonan?dip=${encodeURIComponent(e.nofile!.number)}"`);
      expect(text).toContain('Terekam (salinan elektronik): tersedia atas permintaan');
      expect(text).not.toContain('(PDF, XLSX)');
      // The help box leads to the form too, for the same agency.
      expect(text).toContain('href="/permohonan?unit=dpupr"');
    });

    it('an entry with a file: its real file type, no request button for it', async () => {
      const { text } = await new Browser(t.app).get(`/informasi/${e.file!.slug}`);
      expect(text).toContain('Terekam (salinan elektronik) (PDF)');
      expect(text).not.toContain('Minta informasi ini');
      expect(text).toContain('href="/permohonan?unit=dpupr"');
    });

    it('a search that finds nothing offers the form with its words (and unit filter)', async () => {
      const { text } = await new Browser(t.app).get('/cari?q=kwitansi+zzyzx&unit=dpupr');
      expect(text).toContain('Tidak ada informasi yang cocok');
      expect(text).toContain('Minta informasi ini');
      expect(text).toContain('href="/permohonan?q=kwitansi+zzyzx&amp;unit=dpupr"');
    });

    it('the DIP table and the lists show the forms as they are', async () => {
      const dip = await new Browser(t.app).get('/dip');
      expect(dip.text).toContain('Tercetak, Terekam, atas permintaan');
      expect(dip.text).toContain('Tercetak, Terekam (PDF)');
      expect(dip.text).not.toContain('Terekam (PDF, XLSX)');
      const list = await new Browser(t.app).get('/informasi');
      expect(list.text.match(/class="badge dl"/g)?.length).toBe(1);
    });
  });

  it('the back office warns when "terekam" is declared without a document', async () => {
    const b = new Browser(t.app);
    await b.login('pembantu@dpupr.example');
    const without = await b.get(`/admin/dip/${e.nofile!.id}`);
    expect(without.status).toBe(200);
    expect(without.text).toContain('Bentuk &quot;terekam&quot; dicatat, tetapi versi ini belum memiliki dokumen');
    const withFile = await b.get(`/admin/dip/${e.file!.id}`);
    expect(withFile.text).not.toContain('belum memiliki dokumen');
  });

  describe('badge and "dapat diunduh" filter follow the published documents', () => {
    it('search results carry the badge; the filter keeps only entries with a file (page and API)', async () => {
      const r = await searchPublished(t.db.db, { q: 'jembatan' });
      expect(Object.fromEntries(r.items.map((h) => [h.id, h.hasFile]))).toEqual({ [e.nofile!.id]: false, [e.file!.id]: true });
      expect(await downloadable('jembatan')).toEqual([e.file!.id]);

      const page = await new Browser(t.app).get('/cari?q=jembatan');
      expect(page.text.match(/class="badge dl"/g)?.length).toBe(1);
      const filtered = await new Browser(t.app).get('/cari?q=jembatan&unduh=1');
      expect(filtered.text).toContain(`href="/informasi/${e.file!.slug}"`);
      expect(filtered.text).not.toContain(`href="/informasi/${e.nofile!.slug}"`);
      expect(filtered.text).toMatch(/<input type="checkbox" id="f-unduh" name="unduh" value="1" checked/);
      // Without search words, the filter alone lists what can be downloaded.
      const all = await new Browser(t.app).get('/cari?unduh=1');
      expect(all.text).toContain(`href="/informasi/${e.file!.slug}"`);
      expect(all.text).not.toContain(`href="/informasi/${e.nofile!.slug}"`);

      const api = await t.app.request('/api/v1/search?q=jembatan&downloadable=true');
      expect(api.status).toBe(200);
      const body = (await api.json()) as { total: number; items: { id: string; hasFile: boolean }[] };
      expect(body.total).toBe(1);
      expect(body.items.map((h) => [h.id, h.hasFile])).toEqual([[e.file!.id, true]]);
      const bad = await t.app.request('/api/v1/search?q=jembatan&downloadable=kadang');
      expect(bad.status).toBe(400);
    });

    it('a document added counts once its version is approved; removed, once that is approved; withdrawn, gone', async () => {
      const id = e.nofile!.id;
      await attachDocument(pembantu, id, { filename: 'rencana.pdf', bytes: PDF });
      // The new file is in a working version the portal does not show yet.
      expect(await hasFile(id)).toBe(false);
      expect(await downloadable()).toEqual([e.file!.id]);
      await reapprove(id);
      expect(await hasFile(id)).toBe(true);
      expect(await downloadable()).toEqual([e.file!.id, id].sort());
      const entry = await new Browser(t.app).get(`/informasi/${e.nofile!.slug}`);
      expect(entry.text).toContain('Terekam (salinan elektronik) (PDF)');
      expect(entry.text).not.toContain('Minta informasi ini');

      const [doc] = await listDocuments(pembantu, id);
      await removeDocument(pembantu, id, doc!.id);
      // Removed from the working version only: the published one still has it.
      expect(await hasFile(id)).toBe(true);
      await reapprove(id);
      expect(await hasFile(id)).toBe(false);
      expect(await downloadable()).toEqual([e.file!.id]);
      const again = await new Browser(t.app).get(`/informasi/${e.nofile!.slug}`);
      expect(again.text).toContain('Minta informasi ini');

      await unpublishEntry(utama, e.file!.id, 'Ditarik untuk diperbaiki.');
      expect(await downloadable()).toEqual([]);
      const [row] = await t.db.db.select({ status: dipEntries.status }).from(dipEntries).where(eq(dipEntries.id, e.file!.id));
      expect(row!.status).toBe('unpublished');
      // A withdrawn entry's number no longer fills in the form.
      const form = await new Browser(t.app).get(`/permohonan?dip=${encodeURIComponent(e.file!.number)}`);
      expect(form.text).not.toContain('Laporan Kinerja Jembatan 2025');
    });
  });
});
