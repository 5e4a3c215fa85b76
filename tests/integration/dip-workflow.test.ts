import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, dipReviews, dipSearch, dipVersions, outbox, units } from '../../src/db/schema/index.js';
import type { Ctx } from '../../src/context.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { approveEntry } from '../../src/domain/dip/approve-dip-entries.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { getEntry } from '../../src/domain/dip/get-dip-entry.js';
import { listEntries } from '../../src/domain/dip/list-dip-entries.js';
import { publishImmediately } from '../../src/domain/dip/publish-dip-entry.js';
import { returnEntry } from '../../src/domain/dip/return-dip-entry.js';
import { submitEntries } from '../../src/domain/dip/submit-dip-entries.js';
import { unpublishEntry } from '../../src/domain/dip/unpublish-dip-entry.js';
import { updateEntry } from '../../src/domain/dip/update-dip-entry.js';
import { users } from '../../src/db/schema/index.js';
import { makeUser } from '../helpers/app.js';
import { createTestDb, testCtx, type TestDb } from '../helpers/db.js';
import { dipInput } from '../helpers/dip.js';

describe('DIP workflow', () => {
  let t: TestDb;
  let sys: ReturnType<typeof testCtx>;
  let pembantu: Ctx;
  let otherPembantu: Ctx;
  let utama: Ctx;
  let unitA: string;

  const as = async (email: string): Promise<Ctx> => {
    const [u] = await t.db.select().from(users).where(eq(users.email, email));
    return { ...sys, actor: toActor(u!) };
  };

  beforeAll(async () => {
    t = await createTestDb();
    sys = testCtx(t);
    const [a] = await t.db.insert(units).values({ code: 'dpmptsp', name: 'Dinas Penanaman Modal dan PTSP' }).returning();
    const [b] = await t.db.insert(units).values({ code: 'dinkes', name: 'Dinas Kesehatan' }).returning();
    unitA = a!.id;
    await makeUser(sys, { email: 'pembantu@dpmptsp.example', roles: ['ppid_pembantu'], unitId: unitA });
    await makeUser(sys, { email: 'pembantu@dinkes.example', roles: ['ppid_pembantu'], unitId: b!.id });
    await makeUser(sys, { email: 'utama@kota.example', roles: ['ppid_utama'] });
    pembantu = await as('pembantu@dpmptsp.example');
    otherPembantu = await as('pembantu@dinkes.example');
    utama = await as('utama@kota.example');
  });
  afterAll(async () => t.dispose());

  it('runs draft → submit → return → fix → submit → approve → published and searchable', async () => {
    const e = await createDraft(pembantu, unitA, dipInput());
    expect(e.number).toMatch(/^DIP\/DPMPTSP\/2026\/0001$/);
    expect(e.slug).toBe('perizinan-usaha-mikro-dan-kecil-tahun-2025');
    await expect(createDraft(otherPembantu, unitA, dipInput())).rejects.toMatchObject({ code: 'forbidden' });
    await expect(submitEntries(otherPembantu, [e.id])).rejects.toMatchObject({ code: 'forbidden' });
    await expect(approveEntry(pembantu, e.id)).rejects.toMatchObject({ code: 'forbidden' });

    await submitEntries(pembantu, [e.id]);
    const [mailToLead] = await t.db.select().from(outbox).where(eq(outbox.template, 'dip_submitted'));
    expect(mailToLead!.toAddress).toBe('utama@kota.example');
    await expect(updateEntry(pembantu, e.id, dipInput())).rejects.toMatchObject({ code: 'dip_wrong_state' });

    await expect(returnEntry(utama, e.id, 'ok')).rejects.toThrow();
    await returnEntry(utama, e.id, 'Lengkapi tempat pembuatan dan format berkas.');
    const [returnedMail] = await t.db.select().from(outbox).where(eq(outbox.template, 'dip_returned'));
    expect(returnedMail!.toAddress).toBe('pembantu@dpmptsp.example');
    expect(returnedMail!.textBody).toContain('Lengkapi tempat pembuatan');
    expect(await t.db.select().from(dipSearch)).toHaveLength(0);

    await updateEntry(pembantu, e.id, dipInput({ madePlace: 'Kantor DPMPTSP, Jl. Tjilik Riwut', formats: ['PDF', 'XLSX'] }));
    await submitEntries(pembantu, [e.id]);
    const published = await approveEntry(utama, e.id);
    expect(published.status).toBe('published');
    const rows = await t.db.execute(sql`select entry_id from dip_search where tsv @@ websearch_to_tsquery('indonesian', 'izin')`);
    expect(rows.rows).toHaveLength(1);
    const steps = (await t.db.select().from(dipReviews).where(eq(dipReviews.entryId, e.id))).map((r) => r.action);
    expect(steps).toEqual(['submit', 'return', 'submit', 'approve']);
    const audit = (await t.db.select().from(auditLog).where(eq(auditLog.entityId, e.id))).map((a) => a.action);
    expect(audit).toEqual(['dip.created', 'dip.submitted', 'dip.returned', 'dip.updated', 'dip.submitted', 'dip.published']);
  });

  it('editing a published entry makes a new version; the portal keeps the old one until approved', async () => {
    const { id } = (await listEntries(pembantu, { page: 1 })).items[0]!;
    await updateEntry(pembantu, id, dipInput({ title: 'Perizinan Usaha Mikro dan Kecil Tahun 2025 (revisi)' }));
    const detail = await getEntry(pembantu, id);
    expect(detail.working.versionNo).toBe(2);
    expect(detail.published!.versionNo).toBe(1);
    const [s1] = await t.db.select().from(dipSearch);
    expect(s1!.title).not.toContain('revisi');
    await submitEntries(pembantu, [id]);
    await approveEntry(utama, id);
    const [s2] = await t.db.select().from(dipSearch);
    expect(s2!.title).toContain('revisi');
    expect(await t.db.select().from(dipVersions).where(eq(dipVersions.entryId, id))).toHaveLength(2);
  });

  it('unpublishing needs a reason and removes the entry from search', async () => {
    const { id } = (await listEntries(utama, { page: 1 })).items[0]!;
    await expect(unpublishEntry(utama, id, 'salah')).rejects.toThrow();
    await unpublishEntry(utama, id, 'Dokumen mengandung data pribadi yang belum dihitamkan.');
    expect(await t.db.select().from(dipSearch)).toHaveLength(0);
  });

  it('publishes serta-merta information at once and tells the PPID Utama', async () => {
    const e = await createDraft(pembantu, unitA, dipInput({ title: 'Peringatan Banjir Sungai Kahayan', category: 'serta_merta', subtype: 'bencana' }));
    const p = await publishImmediately(pembantu, e.id);
    expect(p.status).toBe('published');
    const normal = await createDraft(pembantu, unitA, dipInput({ title: 'Laporan Kinerja Tahunan' }));
    await expect(publishImmediately(pembantu, normal.id)).rejects.toMatchObject({ code: 'dip_not_serta_merta' });
  });

  it('a ppid_pembantu lists only its own unit', async () => {
    expect((await listEntries(otherPembantu, { page: 1 })).total).toBe(0);
    expect((await listEntries(pembantu, { page: 1 })).total).toBe(3);
    await expect(listEntries(otherPembantu, { page: 1, unitId: unitA })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('a withdrawn entry', () => {
  it('stays off the portal when edited, until the new version is approved', async () => {
    const t = await createTestDb();
    try {
      const sys = testCtx(t);
      const [u] = await t.db.insert(units).values({ code: 'dlh', name: 'Dinas Lingkungan Hidup' }).returning();
      await makeUser(sys, { email: 'p@dlh.example', roles: ['ppid_pembantu'], unitId: u!.id });
      await makeUser(sys, { email: 'u@kota.example', roles: ['ppid_utama'] });
      const actor = async (email: string): Promise<Ctx> => ({ ...sys, actor: toActor((await t.db.select().from(users).where(eq(users.email, email)))[0]!) });
      const p = await actor('p@dlh.example');
      const lead = await actor('u@kota.example');
      const { publishedBySlug } = await import('../../src/domain/dip/public.js');
      const e = await createDraft(p, u!.id, dipInput({ title: 'Data Kualitas Udara Harian' }));
      await submitEntries(p, [e.id]);
      await approveEntry(lead, e.id);
      expect(await publishedBySlug(t.db, e.slug)).not.toBeNull();
      await unpublishEntry(lead, e.id, 'Alat ukur rusak; data tidak valid sejak Maret.');
      expect(await publishedBySlug(t.db, e.slug)).toBeNull();
      const edited = await updateEntry(p, e.id, dipInput({ title: 'Data Kualitas Udara Harian (perbaikan)' }));
      expect(edited.status).toBe('unpublished');
      expect(await publishedBySlug(t.db, e.slug)).toBeNull();
      await submitEntries(p, [e.id]);
      expect(await publishedBySlug(t.db, e.slug)).toBeNull();
      await approveEntry(lead, e.id);
      expect((await publishedBySlug(t.db, e.slug))!.title).toContain('perbaikan');
    } finally {
      await t.dispose();
    }
  }, 120_000);
});
