// Classified items: recorded in one's own unit under one's clearance, read only with clearance and
// need-to-know (own unit or a grant in force, clock-controlled), every read logged with its reason, and
// listed so that neither rows nor matches reveal an item the reader may not see.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toActor } from '../../src/domain/accounts/sessions.js';
import type { Ctx } from '../../src/context.js';
import { accessGrants, auditLog, classifiedAccessLog, units, users } from '../../src/db/schema/index.js';
import { createItem, listReadableItems, readItem } from '../../src/domain/classified/items.js';
import { AppError } from '../../src/errors.js';
import { createTestApp, makeUser, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

describe(`classified items (${backendName})`, () => {
  let t: TestApp;
  let unitA = '';
  let unitB = '';
  const as = async (email: string, clearance: string): Promise<Ctx> => {
    await t.db.db.update(users).set({ clearance }).where(eq(users.email, email));
    const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
    return { ...t.ctx, actor: toActor(u!) };
  };

  beforeAll(async () => {
    t = await createTestApp();
    const [a, b] = await t.db.db
      .insert(units)
      .values([
        { code: 'dinkes', name: 'Dinas Kesehatan' },
        { code: 'bkpsdm', name: 'Badan Kepegawaian' },
      ])
      .returning();
    unitA = a!.id;
    unitB = b!.id;
    await makeUser(t.ctx, { email: 'a@kota.example', roles: ['ppid_pembantu'], unitId: unitA });
    await makeUser(t.ctx, { email: 'b@kota.example', roles: ['ppid_pembantu'], unitId: unitB });
    await makeUser(t.ctx, { email: 'admin@kota.example', roles: ['admin'] });
  });
  afterAll(async () => t.dispose());

  it('records in the own unit, not above the clearance, and audits without the title', async () => {
    const a = await as('a@kota.example', 'terbatas');
    await expect(createItem(a, { title: 'Rekam medis pasien X', securityLevel: 'rahasia' })).rejects.toMatchObject({ status: 422 });
    const item = await createItem(a, {
      title: 'Data kesehatan pegawai tahun 2026',
      description: 'Hasil pemeriksaan kesehatan berkala.',
      securityLevel: 'terbatas',
    });
    expect(item.unitId).toBe(unitA);
    expect(item.number).toBe('INF/dinkes/2026/0001');
    const audit = await t.db.db.select().from(auditLog).where(eq(auditLog.entityId, item.id));
    expect(JSON.stringify(audit)).not.toContain('kesehatan pegawai');
    const admin = await as('admin@kota.example', 'none');
    await expect(createItem(admin, { title: 'Apa saja', securityLevel: 'biasa' })).rejects.toMatchObject({ status: 403 });
  });

  it('reads with clearance and need-to-know only, with a grant until its end and not after, logging every read', async () => {
    const a = await as('a@kota.example', 'rahasia');
    const item = await createItem(a, { title: 'Laporan investigasi pengadaan alat kesehatan', securityLevel: 'rahasia' });
    const b = await as('b@kota.example', 'rahasia');
    await expect(readItem(b, item.id, 'Koordinasi pemeriksaan')).rejects.toMatchObject({ status: 404 });
    expect((await listReadableItems(b, { q: 'investigasi' })).map((r) => r.id)).not.toContain(item.id);

    const end = new Date('2026-03-20T00:00:00Z');
    const [bUser] = await t.db.db.select().from(users).where(eq(users.email, 'b@kota.example'));
    await t.db.db.insert(accessGrants).values({ itemId: item.id, userId: bUser!.id, reason: 'Audit bersama', grantedAt: t.clock.now(), expiresAt: end });
    t.clock.set(new Date(end.getTime() - 60_000));
    const read = await readItem(b, item.id, 'Koordinasi pemeriksaan');
    expect(read.access.via).toBe('grant');
    expect((await listReadableItems(b, { q: 'investigasi' })).map((r) => r.id)).toContain(item.id);
    t.clock.set(end);
    await expect(readItem(b, item.id, 'Koordinasi pemeriksaan')).rejects.toMatchObject({ status: 404 });
    expect((await listReadableItems(b)).map((r) => r.id)).not.toContain(item.id);

    const low = await as('b@kota.example', 'terbatas');
    t.clock.set(new Date(end.getTime() - 60_000));
    await expect(readItem(low, item.id, 'Koordinasi pemeriksaan')).rejects.toMatchObject({ status: 404 });

    const a2 = await as('a@kota.example', 'rahasia');
    await expect(readItem(a2, item.id, '')).rejects.toBeInstanceOf(AppError);
    await readItem(a2, item.id, 'Menyiapkan uji konsekuensi');
    const log = await t.db.db.select().from(classifiedAccessLog).where(eq(classifiedAccessLog.itemId, item.id)).orderBy(classifiedAccessLog.id);
    expect(log.map((l) => [l.action, l.reason])).toEqual([
      ['denied', ''],
      ['view', 'Koordinasi pemeriksaan'],
      ['denied', ''],
      ['denied', ''],
      ['view', 'Menyiapkan uji konsekuensi'],
    ]);
    expect(log[1]!.grantId).not.toBeNull();
    await expect(t.db.db.delete(classifiedAccessLog)).rejects.toThrow();
  });
});
