import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowHash, GENESIS_HASH, KEYED, KEYED_SWITCH_ACTION, PLAIN } from '../../src/domain/audit/hash.js';
import { recordAudit, upgradeAuditChain } from '../../src/domain/audit/record-audit.js';
import { checkCheckpoint, formatCheckpoint, verifyAuditChain } from '../../src/domain/audit/verify-audit-chain.js';
import { ensureKeyFile } from '../../src/documents/encryption.js';
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

// An attacker with write access to the database (a superuser who can switch triggers off) but without the
// server's key folder: what they can do to the chain, and what catches it.
describe('keyed audit chain against a database writer', () => {
  let t: TestDb;
  let keyFile: string;
  beforeAll(async () => {
    t = await createTestDb();
    // Its own key ring, with the audit key made now: the rows below are dated by the fixed clock (March
    // 2026), before the key, as rows written before an upgrade are. The shared test key may have been made
    // by an earlier file at the fixed clock's time, after which a plain row reads as rewritten at once.
    keyFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'qgesy-audit-writer-')), 'data.key');
    ensureKeyFile(keyFile);
    testAuditKey(testCtx(t, { keyFile }));
  });
  afterAll(async () => t.dispose());

  const triggersOff = async () => {
    await t.db.execute(sql`alter table audit_log disable trigger all`);
    await t.db.execute(sql`alter table audit_head disable trigger all`);
  };
  const triggersOn = async () => {
    await t.db.execute(sql`alter table audit_log enable trigger all`);
    await t.db.execute(sql`alter table audit_head enable trigger all`);
  };
  type Row = {
    seq: number;
    at: Date;
    actor_id: string | null;
    actor_name: string;
    ip: string | null;
    action: string;
    entity_type: string;
    entity_id: string | null;
    summary: unknown;
    prev_hash: string;
    hash: string;
    alg: string;
  };
  const rows = async () =>
    (await t.db.execute(sql`select * from audit_log order by seq`)).rows.map((r) => {
      const x = r as Row;
      return { ...x, seq: Number(x.seq), at: new Date(x.at) };
    });
  /** Re-hashes rows from `from` on with plain sha256 (all an attacker without the key can compute) and moves the head. */
  async function rehashPlain(from: number, alg: 'sha256' | 'hmac-sha256') {
    const all = await rows();
    let prev = all.find((r) => r.seq === from - 1)?.hash ?? GENESIS_HASH;
    for (const r of all.filter((x) => x.seq >= from)) {
      const hash = auditRowHash(
        {
          seq: r.seq,
          at: r.at,
          actorId: r.actor_id,
          actorName: r.actor_name,
          ip: r.ip,
          action: r.action,
          entityType: r.entity_type,
          entityId: r.entity_id,
          summary: r.summary,
          prevHash: prev,
        },
        PLAIN,
        null,
      );
      await t.db.execute(sql`update audit_log set prev_hash = ${prev}, hash = ${hash}, alg = ${alg} where seq = ${r.seq}`);
      prev = hash;
    }
    const last = all[all.length - 1]!;
    await t.db.execute(sql`update audit_head set seq = ${last.seq}, hash = ${prev}`);
  }

  it('writes keyed rows (HMAC-SHA256 under audit.key) that verify', async () => {
    const ctx = testCtx(t, { keyFile });
    for (let i = 0; i < 12; i++) {
      ctx.clock.advance(1000);
      await recordAudit(ctx, { action: 'unit.updated', entityType: 'unit', entityId: `u${i}`, before: { name: 'A' }, after: { name: `B${i}` } });
    }
    const all = await rows();
    expect(all.map((r) => r.alg)).toEqual(Array(12).fill(KEYED));
    expect(await verifyAuditChain(t.db, testAuditKey(testCtx(t, { keyFile })))).toMatchObject({ ok: true, rows: 12, head: { seq: 12 } });
    // Without the key the keyed rows cannot be checked at all.
    expect(await verifyAuditChain(t.db, null)).toMatchObject({ ok: false, seq: 1, problem: 'key' });
  });

  it('refuses DELETE and TRUNCATE on audit_log and audit_head, and a head that moves backwards or off the last row', async () => {
    await expect(t.db.execute(sql`delete from audit_log where seq = 12`)).rejects.toThrow();
    await expect(t.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_head`)).rejects.toThrow();
    await expect(t.db.execute(sql`truncate audit_head`)).rejects.toThrow();
    const [r11] = (await rows()).filter((r) => r.seq === 11);
    // (the database's own message is the driver error's cause)
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => 'accepted',
        (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
      );
    expect(await refusal(t.db.execute(sql`update audit_head set seq = 11, hash = ${r11!.hash}`))).toMatch(
      /must point at the last audit_log row|only moves forward/,
    );
    expect(await refusal(t.db.execute(sql`update audit_head set seq = 13, hash = ${'f'.repeat(64)}`))).toMatch(/must point at the last audit_log row/);
    expect(await refusal(t.db.execute(sql`update audit_head set hash = ${'f'.repeat(64)}`))).toMatch(/must point at the last audit_log row/);
    expect(await refusal(t.db.execute(sql`delete from audit_head`))).toMatch(/audit_head cannot be deleted/);
    expect(await refusal(t.db.execute(sql`truncate audit_head`))).toMatch(/audit_head cannot be deleted/);
    expect(await verifyAuditChain(t.db, testAuditKey(testCtx(t, { keyFile })))).toMatchObject({ ok: true, rows: 12 });
  });

  it('a row rewritten and every later row re-hashed with plain sha256, head updated: verify fails', async () => {
    const key = testAuditKey(testCtx(t, { keyFile }));
    const checkpoint = formatCheckpoint(key, (await verifyAuditChain(t.db, key)).ok ? { seq: 12, hash: (await rows())[11]!.hash } : { seq: 0, hash: '' });
    await triggersOff();
    try {
      await t.db.execute(sql`update audit_log set summary = '{"changes":{"name":["A","Z"]}}' where seq = 5`);
      // relabelled as plain rows: refused after the keyed rows before them
      await rehashPlain(5, 'sha256');
      expect(await verifyAuditChain(t.db, key)).toMatchObject({ ok: false, seq: 5, problem: 'unkeyed' });
      // still labelled keyed: the HMAC does not match
      await rehashPlain(5, 'hmac-sha256');
      expect(await verifyAuditChain(t.db, key)).toMatchObject({ ok: false, seq: 5, problem: 'changed' });
      // the whole chain re-hashed plain: it no longer ends with a keyed row
      await rehashPlain(1, 'sha256');
      expect(await verifyAuditChain(t.db, key)).toMatchObject({ ok: false, seq: 12, problem: 'unkeyed' });
      // and the checkpoint kept off the machine names the row
      expect(await checkCheckpoint(t.db, key, checkpoint)).toMatchObject({ ok: false, seq: 12, problem: 'changed' });
    } finally {
      await triggersOn();
    }
  });
});

describe('audit checkpoints and truncation with the triggers off', () => {
  it('catches rows deleted from the end with the head moved back, which the chain alone cannot see', async () => {
    const t = await createTestDb();
    try {
      const ctx = testCtx(t);
      const key = testAuditKey(ctx);
      for (let i = 0; i < 10; i++) await recordAudit(ctx, { action: 'x.y', entityType: 'unit', entityId: `u${i}` });
      const v = await verifyAuditChain(t.db, key);
      expect(v).toMatchObject({ ok: true, rows: 10 });
      const line = formatCheckpoint(key, v.ok ? v.head! : { seq: 0, hash: '' });
      expect(line).toMatch(/^qgesy-audit-1:10:[0-9a-f]{64}:[0-9a-f]{32}$/);
      expect(await checkCheckpoint(t.db, key, line)).toEqual({ ok: true, seq: 10 });

      // A superuser switches the triggers off (session_replication_role = replica on PostgreSQL works too).
      await t.db.execute(sql`alter table audit_log disable trigger all`);
      await t.db.execute(sql`alter table audit_head disable trigger all`);
      await t.db.execute(sql`delete from audit_log where seq > 7`);
      await t.db.execute(sql`update audit_head set seq = 7, hash = (select hash from audit_log where seq = 7)`);
      await t.db.execute(sql`alter table audit_log enable trigger all`);
      await t.db.execute(sql`alter table audit_head enable trigger all`);

      expect(await verifyAuditChain(t.db, key)).toMatchObject({ ok: true, rows: 7 });
      expect(await checkCheckpoint(t.db, key, line)).toMatchObject({ ok: false, seq: 10, problem: 'missing' });
      // A forged or mistyped line is refused, not trusted.
      const forged = line.replace(/:(\d+):/, ':7:');
      expect(await checkCheckpoint(t.db, key, forged)).toMatchObject({ ok: false, problem: 'signature' });
      expect(await checkCheckpoint(t.db, key, 'qgesy-audit-1:x')).toMatchObject({ ok: false, problem: 'format' });
    } finally {
      await t.dispose();
    }
  });
});

describe('a chain written before the keyed hash', () => {
  it('continues keyed after an audit.keyed switch-over row, and refuses a plain row after it', async () => {
    const t = await createTestDb();
    try {
      const ctx = testCtx(t);
      const key = testAuditKey(ctx);
      // Three rows as the previous version wrote them (plain sha256, alg 'sha256').
      let prev = GENESIS_HASH;
      await t.db.execute(sql`alter table audit_head disable trigger all`);
      for (let seq = 1; seq <= 3; seq++) {
        const f = {
          seq,
          at: new Date('2026-01-05T01:00:00Z'),
          actorId: null,
          actorName: 'sistem',
          ip: null,
          action: 'old.row',
          entityType: 'unit',
          entityId: null,
          summary: {},
          prevHash: prev,
        };
        const hash = auditRowHash(f, PLAIN, null);
        await t.db.execute(
          sql`insert into audit_log (seq, at, actor_name, action, entity_type, summary, prev_hash, hash) values (${seq}, ${f.at.toISOString()}, 'sistem', 'old.row', 'unit', '{}', ${prev}, ${hash})`,
        );
        await t.db.execute(
          sql`insert into audit_head (id, seq, hash) values (1, ${seq}, ${hash}) on conflict (id) do update set seq = excluded.seq, hash = excluded.hash`,
        );
        prev = hash;
      }
      await t.db.execute(sql`alter table audit_head enable trigger all`);
      // Not keyed yet: verify says so and says what to run.
      expect(await verifyAuditChain(t.db, key)).toMatchObject({ ok: false, problem: 'unkeyed', seq: 3 });

      expect(await upgradeAuditChain(ctx)).toBe(true);
      expect(await upgradeAuditChain(ctx)).toBe(false);
      await recordAudit(ctx, { action: 'new.row', entityType: 'unit' });
      const algs = (await t.db.execute(sql`select action, alg from audit_log order by seq`)).rows;
      expect(algs).toEqual([
        { action: 'old.row', alg: 'sha256' },
        { action: 'old.row', alg: 'sha256' },
        { action: 'old.row', alg: 'sha256' },
        { action: KEYED_SWITCH_ACTION, alg: KEYED },
        { action: 'new.row', alg: KEYED },
      ]);
      expect(await verifyAuditChain(t.db, key)).toMatchObject({ ok: true, rows: 5 });

      // The switch-over row itself replaced by a plain one (re-hashed from there): refused.
      await t.db.execute(sql`alter table audit_log disable trigger all`);
      await t.db.execute(sql`update audit_log set alg = 'sha256', hash = 'x' where seq = 5`);
      expect(await verifyAuditChain(t.db, key)).toMatchObject({ ok: false, seq: 5, problem: 'unkeyed' });
      await t.db.execute(sql`alter table audit_log enable trigger all`);
    } finally {
      await t.dispose();
    }
  });
});
