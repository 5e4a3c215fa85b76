// The search dictionary's back office over HTTP (/admin/pencarian/kamus): who may use it, the ?baru=
// prefill from a zero-result query, zod validation with Indonesian messages, CSRF, audit, and a change
// that the public search page (cached) shows at once.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, searchSynonyms, users } from '../../src/db/schema/index.js';
import { createUnit } from '../../src/domain/units/units.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { dipInput } from '../helpers/dip.js';

describe('search dictionary back office', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const unit = await createUnit(t.ctx, {
      code: 'dpupr',
      name: 'Dinas Pekerjaan Umum',
      shortName: '',
      isPpidUtama: false,
      address: '',
      email: '',
      phone: '',
      active: true,
    });
    await makeUser(t.ctx, { email: 'admin@uji.example', roles: ['admin'] });
    const utama = await makeUser(t.ctx, { email: 'utama@uji.example', roles: ['ppid_utama'] });
    const pembantu = await makeUser(t.ctx, { email: 'pembantu@uji.example', roles: ['ppid_pembantu'], unitId: unit.id });
    await makeUser(t.ctx, { email: 'viewer@uji.example', roles: ['viewer'] });
    const e = await createDraft(
      { ...t.ctx, actor: toActor((await t.db.db.select().from(users).where(eq(users.id, pembantu.id)))[0]!) },
      unit.id,
      dipInput({ title: 'Data Jembatan Kota', summary: 'Daftar jembatan.', tags: [] }),
    );
    await submitEntries({ ...t.ctx, actor: toActor((await t.db.db.select().from(users).where(eq(users.id, pembantu.id)))[0]!) }, [e.id]);
    await approveEntry({ ...t.ctx, actor: toActor((await t.db.db.select().from(users).where(eq(users.id, utama.id)))[0]!) }, e.id);
  });
  afterAll(async () => t.dispose());

  it('is open to the PPID Utama and the administrator only, and linked from their navigation', async () => {
    for (const email of ['pembantu@uji.example', 'viewer@uji.example']) {
      const b = new Browser(t.app);
      await b.login(email);
      expect((await b.get('/admin/pencarian/kamus')).status, email).toBe(403);
      expect((await b.get('/admin')).text, email).not.toContain('/admin/pencarian/kamus');
    }
    expect((await new Browser(t.app).get('/admin/pencarian/kamus')).status).toBe(303);
    for (const email of ['utama@uji.example', 'admin@uji.example']) {
      const b = new Browser(t.app);
      await b.login(email);
      const page = await b.get('/admin/pencarian/kamus');
      expect(page.status, email).toBe(200);
      expect(page.text).toContain('RKPD');
      expect((await b.get('/admin')).text, email).toContain('href="/admin/pencarian/kamus"');
    }
  });

  it('prefills the term from ?baru=, validates, refuses without CSRF, audits, and the search page uses the entry at once', async () => {
    const b = new Browser(t.app);
    await b.login('utama@uji.example');
    const anon = new Browser(t.app);
    // The public search page (cached for anonymous visitors) finds nothing for the citizen's word.
    expect((await anon.get('/cari?q=titian+gantung')).text).not.toContain('href="/informasi/data-jembatan-kota"');
    const prefilled = await b.get('/admin/pencarian/kamus?baru=' + encodeURIComponent('titian gantung <b>'));
    expect(prefilled.text).toContain('value="titian gantung &lt;b&gt;"');
    const bad = await b.post('/admin/pencarian/kamus', { term: 'titian gantung', expansions: '', kind: 'sinonim' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Isi paling sedikit satu padanan.');
    const dup = await b.post('/admin/pencarian/kamus', { term: 'rkpd', expansions: 'rencana kerja', kind: 'singkatan' });
    expect(dup.status).toBe(422);
    expect(dup.text).toContain('Istilah ini sudah ada di kamus');
    expect((await b.post('/admin/pencarian/kamus', { term: 'titian gantung', expansions: 'jembatan', kind: 'sinonim' }, { csrf: null })).status).toBe(403);
    const ok = await b.post('/admin/pencarian/kamus', { term: 'titian gantung', expansions: 'jembatan\njembatan gantung', kind: 'sinonim' });
    expect(ok.status).toBe(303);
    const [row] = await t.db.db.select().from(searchSynonyms).where(eq(searchSynonyms.term, 'titian gantung'));
    expect(row).toMatchObject({ expansions: ['jembatan', 'jembatan gantung'], kind: 'sinonim', twoWay: false });
    expect((await anon.get('/cari?q=titian+gantung')).text).toContain('href="/informasi/data-jembatan-kota"');
    // Edit, then delete.
    const edit = await b.get(`/admin/pencarian/kamus/${row!.id}/ubah`);
    expect(edit.text).toContain('jembatan gantung');
    expect((await b.post(`/admin/pencarian/kamus/${row!.id}`, { term: 'titian gantung', expansions: 'sungai', kind: 'sinonim' })).status).toBe(303);
    expect((await anon.get('/cari?q=titian+gantung')).text).not.toContain('href="/informasi/data-jembatan-kota"');
    expect((await b.post(`/admin/pencarian/kamus/${row!.id}/hapus`, {})).status).toBe(303);
    expect(await t.db.db.select().from(searchSynonyms).where(eq(searchSynonyms.id, row!.id))).toHaveLength(0);
    const actions = (await t.db.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, row!.id))).map((r) => r.action);
    expect(actions).toEqual(['search.synonym_created', 'search.synonym_updated', 'search.synonym_deleted']);
    // An unknown id is a 404, not an error page.
    expect((await b.get('/admin/pencarian/kamus/bukan-id/ubah')).status).toBe(404);
  });
});
