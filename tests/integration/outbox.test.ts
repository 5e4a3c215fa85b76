// The email outbox worker against a real SMTP server (smtp-server, in process) and the test database.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../src/context.js';
import { auditLog, outbox } from '../../src/db/schema/index.js';
import { AppError } from '../../src/errors.js';
import { enqueueMail } from '../../src/mail/enqueue.js';
import {
  MAX_ATTEMPTS,
  backoffMs,
  claimDue,
  describeError,
  listOutbox,
  retryMessage,
  startOutboxWorker,
  type OutboxLogger,
  type OutboxWorker,
  type OutboxWorkerOptions,
} from '../../src/jobs/outbox-worker.js';
import { createTestDb, testCtx, usingPostgres, type TestDb } from '../helpers/db.js';
import { freePort, header, servers, startSmtp } from '../helpers/smtp.js';

const FROM = 'PPID Kota Contoh <ppid@example.org>';
const HOUR = 3_600_000;

const admin: Actor = {
  kind: 'user',
  id: randomUUID(),
  name: 'Admin Uji',
  email: 'admin@example.org',
  roles: ['admin'],
  unitId: null,
  locale: 'id',
  clearance: 'none',
};
const viewer: Actor = {
  kind: 'user',
  id: randomUUID(),
  name: 'Pengamat',
  email: 'viewer@example.org',
  roles: ['viewer'],
  unitId: null,
  locale: 'id',
  clearance: 'none',
};

describe('outbox worker', () => {
  let t: TestDb;
  const workers = new Set<OutboxWorker>();

  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.dispose());
  beforeEach(async () => {
    await t.db.delete(outbox);
  });
  afterEach(async () => {
    for (const w of workers) await w.stop();
    workers.clear();
    for (const s of [...servers]) await s.close();
  });

  function worker(opts: Partial<OutboxWorkerOptions> & Pick<OutboxWorkerOptions, 'smtpUrl' | 'clock'>): OutboxWorker {
    // A long poll interval: the tests drive rounds with tick().
    const w = startOutboxWorker({ db: t.db, keys: testCtx(t).keys, mailFrom: FROM, pollMs: HOUR, workerId: `w-${randomUUID()}`, ...opts });
    workers.add(w);
    return w;
  }
  async function row(id: string) {
    const [r] = await t.db.select().from(outbox).where(eq(outbox.id, id));
    return r!;
  }
  function queue(ctx: ReturnType<typeof testCtx>, to = 'warga@example.org', toName = 'Budi Santoso') {
    return enqueueMail(ctx, { to, toName, template: 'test_message', params: { body: 'PPID Kota Contoh' } });
  }

  it('delivers a queued mail exactly once with the Message-ID of its row', async () => {
    const ctx = testCtx(t);
    const id = await queue(ctx, 'warga@example.org', 'Budi "Bud" Santoso');
    const smtp = await startSmtp();
    const w = worker({ smtpUrl: smtp.url, clock: ctx.clock });

    expect(await w.tick()).toBe(1);
    expect(await w.tick()).toBe(0);

    const r = await row(id);
    expect(r).toMatchObject({ status: 'sent', attempts: 0, lockedBy: null, lockedUntil: null, lastError: null });
    expect(r.sentAt).toEqual(ctx.clock.now());
    expect(smtp.received).toHaveLength(1);
    const m = smtp.received[0]!;
    expect(m.messageId).toBe(r.messageId);
    expect(m.from).toBe('ppid@example.org');
    expect(m.to).toEqual(['warga@example.org']);
    expect(header(m.headers, 'To')).toBe('"Budi \\"Bud\\" Santoso" <warga@example.org>');
    expect(header(m.headers, 'Subject')).toBe(r.subject);
    expect(m.raw).toContain('PPID Kota Contoh');
  });

  it('keeps mail pending while the SMTP server is down and delivers it once when it is back', async () => {
    const ctx = testCtx(t);
    const port = await freePort();
    const id = await queue(ctx);
    const w = worker({ smtpUrl: `smtp://127.0.0.1:${port}`, clock: ctx.clock, random: () => 0 });

    expect(await w.tick()).toBe(0);
    let r = await row(id);
    expect(r).toMatchObject({ status: 'pending', attempts: 1, lockedBy: null, lockedUntil: null });
    expect(r.lastError).toMatch(/ECONNREFUSED/);
    expect(r.nextAttemptAt.getTime() - ctx.clock.now().getTime()).toBe(30_000);

    // Not due yet: no new attempt.
    expect(await w.tick()).toBe(0);
    expect((await row(id)).attempts).toBe(1);

    const smtp = await startSmtp({ port });
    ctx.clock.advance(29_999);
    expect(await w.tick()).toBe(0);
    expect(smtp.received).toHaveLength(0);

    ctx.clock.set(r.nextAttemptAt);
    expect(await w.tick()).toBe(1);
    expect(await w.tick()).toBe(0);
    ctx.clock.advance(2 * HOUR);
    expect(await w.tick()).toBe(0);

    r = await row(id);
    expect(r).toMatchObject({ status: 'sent', attempts: 1, lockedBy: null });
    expect(smtp.received.map((m) => m.messageId)).toEqual([r.messageId]);
  });

  it('sends again, with the same Message-ID, a row whose lease ran out (crashed worker)', async () => {
    const ctx = testCtx(t);
    const id = await queue(ctx);
    const before = await row(id);
    // A worker claims the row, then dies without recording anything.
    const claimed = await claimDue(t.db, { workerId: 'crashed', now: ctx.clock.now(), leaseMs: 60_000, limit: 10 });
    expect(claimed.map((c) => c.id)).toEqual([id]);
    expect(claimed[0]).toMatchObject({ lockedBy: 'crashed', lockedUntil: new Date(ctx.clock.now().getTime() + 60_000) });

    const smtp = await startSmtp();
    const w = worker({ smtpUrl: smtp.url, clock: ctx.clock });
    ctx.clock.advance(30_000);
    expect(await w.tick()).toBe(0); // lease still held
    ctx.clock.advance(30_001);
    expect(await w.tick()).toBe(1);

    expect(await row(id)).toMatchObject({ status: 'sent', lockedBy: null, messageId: before.messageId });
    expect(smtp.received.map((m) => m.messageId)).toEqual([before.messageId]);
  });

  it('without SMTP configured sends nothing, changes nothing and says so once', async () => {
    const ctx = testCtx(t);
    const id = await queue(ctx);
    const before = await row(id);
    const logs: { level: string; msg: string | undefined }[] = [];
    const logger: OutboxLogger = {
      info: (_o, msg) => logs.push({ level: 'info', msg }),
      warn: (_o, msg) => logs.push({ level: 'warn', msg }),
      error: (_o, msg) => logs.push({ level: 'error', msg }),
    };
    const w = worker({ smtpUrl: undefined, clock: ctx.clock, logger });
    expect(await w.tick()).toBe(0);
    ctx.clock.advance(HOUR);
    expect(await w.tick()).toBe(0);
    await w.stop();

    expect(await row(id)).toEqual(before);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ level: 'info', msg: expect.stringMatching(/SMTP/) });
  });

  it('stop() lets the send in flight finish, then gives back the other claims', async () => {
    const ctx = testCtx(t);
    const ids = [await queue(ctx, 'a@example.org'), await queue(ctx, 'b@example.org'), await queue(ctx, 'c@example.org')];
    const smtp = await startSmtp({ dataDelayMs: 300 });
    const w = worker({ smtpUrl: smtp.url, clock: ctx.clock, workerId: 'stopping' });

    const started = smtp.dataStarted();
    const ticking = w.tick();
    await started;
    await w.stop();
    expect(await ticking).toBe(1);

    const rows = await Promise.all(ids.map(row));
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(1);
    expect(rows.filter((r) => r.status === 'pending')).toHaveLength(2);
    expect(rows.every((r) => r.lockedBy === null && r.lockedUntil === null)).toBe(true);
    expect(smtp.received).toHaveLength(1);
    expect(await w.tick()).toBe(0); // a stopped worker does nothing
  });

  it(`two workers never send the same row twice (${usingPostgres ? 'concurrently on PostgreSQL' : 'sequentially on PGlite'})`, async () => {
    const ctx = testCtx(t);
    const n = 40;
    for (let i = 0; i < n; i++) await queue(ctx, `warga${i}@example.org`);
    const smtp = await startSmtp();
    const w1 = worker({ smtpUrl: smtp.url, clock: ctx.clock, batchSize: 5 });
    const w2 = worker({ smtpUrl: smtp.url, clock: ctx.clock, batchSize: 5 });

    let total = 0;
    for (let round = 0; round < 50; round++) {
      const sent = usingPostgres ? await Promise.all([w1.tick(), w2.tick()]) : [await w1.tick(), await w2.tick()];
      const s = sent[0]! + sent[1]!;
      total += s;
      if (s === 0) break;
    }

    expect(total).toBe(n);
    const ids = smtp.received.map((m) => m.messageId);
    expect(ids).toHaveLength(n);
    expect(new Set(ids).size).toBe(n);
    const [c] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(outbox)
      .where(eq(outbox.status, 'sent'));
    expect(c!.n).toBe(n);
  });

  it('concurrent claims are disjoint', async () => {
    const ctx = testCtx(t);
    for (let i = 0; i < 30; i++) await queue(ctx, `warga${i}@example.org`);
    const now = ctx.clock.now();
    const claim = (w: string) => claimDue(t.db, { workerId: w, now, leaseMs: 60_000, limit: 10 });
    const batches = usingPostgres
      ? await Promise.all(['a', 'b', 'c', 'd'].map(claim))
      : [await claim('a'), await claim('b'), await claim('c'), await claim('d')];
    const all = batches.flat().map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(30);
    for (const [i, w] of ['a', 'b', 'c', 'd'].entries()) {
      const [c] = await t.db
        .select({ n: sql<number>`count(*)::int` })
        .from(outbox)
        .where(eq(outbox.lockedBy, w));
      expect(c!.n).toBe(batches[i]!.length);
    }
  });

  it(`marks a message failed after ${MAX_ATTEMPTS} attempts; an administrator queues it again`, async () => {
    const ctx = testCtx(t);
    const port = await freePort();
    const id = await queue(ctx);
    const w = worker({ smtpUrl: `smtp://127.0.0.1:${port}`, clock: ctx.clock });

    for (let i = 1; i <= MAX_ATTEMPTS; i++) {
      expect(await w.tick()).toBe(0);
      const r = await row(id);
      expect(r.attempts).toBe(i);
      expect(r.status).toBe(i < MAX_ATTEMPTS ? 'pending' : 'failed');
      ctx.clock.set(r.nextAttemptAt);
    }
    ctx.clock.advance(2 * HOUR);
    expect(await w.tick()).toBe(0);
    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lockedBy: null });
    expect(failed.lastError).toMatch(/ECONNREFUSED/);

    const list = await listOutbox({ ...ctx, actor: admin }, { status: 'failed', limit: 10, offset: 0 });
    expect(list.counts).toEqual({ pending: 0, sent: 0, failed: 1 });
    expect(list.total).toBe(1);
    expect(list.items.map((i) => i.id)).toEqual([id]);
    expect(list.items[0]).not.toHaveProperty('textBody');

    await expect(retryMessage({ ...ctx, actor: viewer }, id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(retryMessage({ ...ctx, actor: { kind: 'anonymous' } }, id)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(retryMessage({ ...ctx, actor: admin }, randomUUID())).rejects.toMatchObject({ code: 'not_found' });
    await expect(retryMessage({ ...ctx, actor: admin }, 'not-a-uuid')).rejects.toBeInstanceOf(AppError);

    ctx.clock.advance(60_000);
    const retried = await retryMessage({ ...ctx, actor: admin }, id);
    expect(retried).toMatchObject({ status: 'pending', attempts: MAX_ATTEMPTS, nextAttemptAt: ctx.clock.now() });
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'outbox.retried'), eq(auditLog.entityId, id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: (admin as { id: string }).id, entityType: 'outbox' });

    const smtp = await startSmtp({ port });
    expect(await w.tick()).toBe(1);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: MAX_ATTEMPTS });
    expect(smtp.received.map((m) => m.messageId)).toEqual([failed.messageId]);
    await expect(retryMessage({ ...ctx, actor: admin }, id)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('lists newest first with counts by status, for administrators only', async () => {
    const ctx = testCtx(t);
    const first = await queue(ctx, 'satu@example.org');
    ctx.clock.advance(1000);
    const second = await queue(ctx, 'dua@example.org');
    await t.db.update(outbox).set({ status: 'sent' }).where(eq(outbox.id, first));

    const all = await listOutbox({ ...ctx, actor: admin }, { limit: 10, offset: 0 });
    expect(all.items.map((i) => i.id)).toEqual([second, first]);
    expect(all.counts).toEqual({ pending: 1, sent: 1, failed: 0 });
    expect(all.total).toBe(2);
    const page2 = await listOutbox({ ...ctx, actor: systemActor() }, { limit: 1, offset: 1 });
    expect(page2.items.map((i) => i.id)).toEqual([first]);
    await expect(listOutbox({ ...ctx, actor: viewer }, { limit: 10, offset: 0 })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('records an authentication failure without the credentials, even when the server echoes them', async () => {
    const ctx = testCtx(t);
    const id = await queue(ctx);
    const smtp = await startSmtp({
      extra: {
        authOptional: false,
        allowInsecureAuth: true,
        onAuth(auth, _session, cb) {
          cb(new Error(`Bad login ${auth.username} / ${auth.password ?? ''}`));
        },
      },
    });
    const w = worker({ smtpUrl: `smtp://relay-user:S3cret%2Fpass@127.0.0.1:${smtp.port}`, clock: ctx.clock });
    expect(await w.tick()).toBe(0);
    const r = await row(id);
    expect(r).toMatchObject({ status: 'pending', attempts: 1 });
    expect(r.lastError).toMatch(/Bad login|535/);
    expect(r.lastError).not.toMatch(/S3cret|relay-user/);
    expect(smtp.received).toHaveLength(0);
  });
});

describe('outbox backoff and error text', () => {
  it('doubles from 30 s and stops at one hour, with at most 10 % jitter', () => {
    const none = () => 0;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 11].map((a) => backoffMs(a, none))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
    expect(backoffMs(1, () => 0.999)).toBeLessThanOrEqual(33_000);
    expect(backoffMs(12, () => 0.999)).toBeLessThanOrEqual(3_960_000);
  });

  it('strips credentials from URLs and known secrets, and keeps it short', () => {
    const err = Object.assign(new Error(`cannot reach smtps://user:p%40ss@mail.example.org:465 as user p@ss\n${'x'.repeat(1000)}`), { code: 'ECONNECTION' });
    const text = describeError(err, ['p@ss', 'p%40ss']);
    expect(text).toMatch(/^ECONNECTION: cannot reach smtps:\/\/\*\*\*@mail\.example\.org:465 as user \*\*\*/);
    expect(text).not.toContain('p@ss');
    expect(text).not.toContain('\n');
    expect(text.length).toBeLessThanOrEqual(300);
  });
});
