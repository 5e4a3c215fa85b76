import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/domain/audit/record-audit.js';
import { verifyAuditChain } from '../../src/domain/audit/verify-audit-chain.js';
import { createTestDb, testAuditKey, testCtx, type TestDb } from '../helpers/db.js';

describe('audit chain', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.dispose());

  it('chains rows and detects a changed row by its number', async () => {
    const ctx = testCtx(t);
    for (let i = 0; i < 5; i++) {
      ctx.clock.advance(1000);
      await recordAudit(ctx, { action: 'unit.updated', entityType: 'unit', entityId: `u${i}`, before: { name: 'A' }, after: { name: `B${i}` } });
    }
    expect(await verifyAuditChain(t.db, testAuditKey())).toMatchObject({ ok: true, rows: 5, head: { seq: 5 } });

    await expect(t.db.execute(sql`update audit_log set action = 'x' where seq = 3`)).rejects.toThrow();

    await t.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await t.db.execute(sql`update audit_log set summary = '{"changes":{"name":["A","Z"]}}' where seq = 3`);
    const r = await verifyAuditChain(t.db, testAuditKey());
    expect(r).toMatchObject({ ok: false, seq: 3, problem: 'changed' });
  });

  it('detects a deleted row', async () => {
    await t.db.execute(sql`delete from audit_log where seq = 2`);
    const r = await verifyAuditChain(t.db, testAuditKey());
    expect(r).toMatchObject({ ok: false, seq: 2, problem: 'deleted' });
  });
});

describe('audit chain tail', () => {
  it('names the first row deleted from the end', async () => {
    const t = await createTestDb();
    try {
      const ctx = testCtx(t);
      for (let i = 0; i < 9; i++) await recordAudit(ctx, { action: 'x.y', entityType: 'unit', entityId: `u${i}` });
      await t.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
      await t.db.execute(sql`delete from audit_log where seq >= 8`);
      expect(await verifyAuditChain(t.db, testAuditKey())).toMatchObject({ ok: false, seq: 8, problem: 'deleted' });
    } finally {
      await t.dispose();
    }
  });
});
