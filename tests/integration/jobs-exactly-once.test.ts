// Background jobs run at the same moment by two instances (two connection pools on one PostgreSQL
// database): every reminder, escalation and expiry review is created once, every email is delivered once
// over a real SMTP server, each unreferenced blob is deleted and audited once, and a lease left behind by
// a dead worker is taken over while a live one is respected (issue 16).
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Ctx } from '../../src/context.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { auditLog, blobGcMarks, blobs as blobRows, dipDocuments, exemptionReviews, outbox, remindersSent, units } from '../../src/db/schema/index.js';
import type { BlobStore } from '../../src/documents/blob-store.js';
import { collectBlobGarbage } from '../../src/domain/blobs/gc.js';
import { attachDocument } from '../../src/domain/dip/documents.js';
import { createDraft } from '../../src/domain/dip/create-dip-draft.js';
import { runExpiryReviews } from '../../src/domain/exemptions/reviews.js';
import { runReminders } from '../../src/domain/reminders/reminders.js';
import { submitRequest } from '../../src/domain/requests/submit-request.js';
import { enqueueMail } from '../../src/mail/enqueue.js';
import { claimNextDocument } from '../../src/jobs/text-extraction.js';
import { startOutboxWorker, type OutboxWorker } from '../../src/jobs/outbox-worker.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { usingPostgres } from '../helpers/db.js';
import { dipInput } from '../helpers/dip.js';
import { approvedTest, EMAILS, setupCast, type Cast } from '../helpers/exemptions.js';
import { citizenRequest } from '../helpers/factories.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

if (!usingPostgres)
  console.warn(
    'jobs-exactly-once.test.ts: skipped, needs PostgreSQL (set TEST_DATABASE_URL): two instances racing on one database; the embedded database is one process',
  );

describe.skipIf(!usingPostgres)('background jobs exactly once across two instances (PostgreSQL)', { timeout: 300_000 }, () => {
  let t: TestApp;
  let cast: Cast;
  let second: Database;
  /** The same job context on instance A's pool and on instance B's. */
  let onA: (name: string) => Ctx;
  let onB: (name: string) => Ctx;
  let smtp: TestSmtp;
  const workers: OutboxWorker[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    cast = await setupCast(t);
    second = await openDatabase({ databaseUrl: t.db.url!, poolMax: 5 });
    onA = (name) => ({ ...t.ctx, actor: systemActor(name) });
    onB = (name) => ({ ...t.ctx, db: second.db, actor: systemActor(name) });
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await smtp?.close();
    await second?.close();
    await t?.dispose();
  });

  it('reminders and escalations: run by both instances at once, each is queued once', async () => {
    const [unit] = await t.db.db.select().from(units).limit(1);
    t.clock.set(new Date('2026-03-16T02:00:00Z'));
    for (const details of ['Jumlah sekolah dasar negeri per kecamatan.', 'Anggaran perawatan jalan kota 2025.', 'Daftar penerima beasiswa daerah.']) {
      await submitRequest(onA('uji'), citizenRequest({ details, unit: unit!.code }));
    }
    // Wednesday 15 April, 08:00 WIB: all three are overdue (ten working days from 16 March).
    t.clock.set(new Date('2026-04-15T01:00:00Z'));
    const runs = await Promise.all(
      [0, 1, 2].flatMap(() => [runReminders(onA('pengingat'), { date: '2026-04-15' }), runReminders(onB('pengingat'), { date: '2026-04-15' })]),
    );
    const digests = runs.reduce((n, r) => n + r.digests, 0);
    const escalations = runs.reduce((n, r) => n + r.escalations, 0);
    expect(digests).toBeGreaterThan(0);
    expect(escalations).toBeGreaterThan(0);
    const sent = await t.db.db.select().from(remindersSent);
    expect(sent.filter((s) => s.kind === 'digest')).toHaveLength(digests);
    expect(sent.filter((s) => s.kind === 'escalation')).toHaveLength(escalations);
    const mails = await t.db.db
      .select()
      .from(outbox)
      .where(inArray(outbox.template, ['reminder_digest', 'deadline_escalation']));
    expect(mails.filter((m) => m.template === 'reminder_digest')).toHaveLength(digests);
    expect(mails.filter((m) => m.template === 'deadline_escalation')).toHaveLength(escalations);
    // One digest per recipient and day, one escalation per case and recipient.
    const digestTo = mails.filter((m) => m.template === 'reminder_digest').map((m) => m.toAddress);
    expect(new Set(digestTo).size).toBe(digestTo.length);
    const escalated = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'deadline.escalated'));
    expect(escalated).toHaveLength(3);
  });

  it('expiry reviews: opened once and reminded once when both instances run the job together', async () => {
    const tests = [];
    for (const title of ['Data rekam medis 2025', 'Dokumen lelang yang sedang berjalan', 'Data pribadi penerima bantuan']) {
      tests.push(await approvedTest(cast, { periodStart: '2026-03-01', periodEnd: '2026-06-30', publicTitle: title }));
    }
    const reviewMails = async () => (await t.db.db.select().from(outbox).where(eq(outbox.template, 'exemption_review'))).length;
    t.clock.set(new Date('2026-05-31T03:00:00Z'));
    const runs = await Promise.all([0, 1, 2].flatMap(() => [runExpiryReviews(onA('peninjauan')), runExpiryReviews(onB('peninjauan'))]));
    expect(runs.reduce((n, r) => n + r.opened, 0)).toBe(3);
    const reviews = await t.db.db.select().from(exemptionReviews);
    expect(reviews.map((r) => r.testId).sort()).toEqual(tests.map((x) => x.id).sort());
    const afterOpen = await reviewMails();
    expect(afterOpen).toBe(3 * 2); // the Atasan PPID and the PPID Utama, once per review
    // A week later: the weekly reminder, once per review although six runs race for it.
    t.clock.set(new Date('2026-06-07T03:00:00Z'));
    const weekly = await Promise.all([0, 1, 2].flatMap(() => [runExpiryReviews(onA('peninjauan')), runExpiryReviews(onB('peninjauan'))]));
    expect(weekly.reduce((n, r) => n + r.reminded, 0)).toBe(3);
    expect(await reviewMails()).toBe(afterOpen + 3 * 2);
    expect(await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'exemption.review_opened'))).toHaveLength(3);
  });

  it('outbox: two workers on two pools deliver every message once; a dead worker’s lease is taken over, a live one respected', async () => {
    // A message claimed by a worker that died (its lease ran out) and one held by a worker still alive.
    const [dead, alive] = await t.db.db.transaction(async (tx) => {
      const ids: string[] = [];
      for (const to of ['yatim@kota.example', 'hidup@kota.example']) {
        await enqueueMail(
          { ...t.ctx, db: tx as never },
          {
            to,
            toName: to,
            locale: 'id',
            template: 'password_reset',
            params: { name: to, link: 'http://localhost/atur-sandi/x', minutes: 30, body: 'Pemerintah Kota Palangka Raya' },
          },
        );
        const [row] = await tx.select({ id: outbox.id }).from(outbox).where(eq(outbox.toAddress, to));
        ids.push(row!.id);
      }
      return ids as [string, string];
    });
    const realNow = Date.now();
    await t.db.db
      .update(outbox)
      .set({ lockedBy: 'dead-worker', lockedUntil: new Date(realNow - 60_000) })
      .where(eq(outbox.id, dead));
    await t.db.db
      .update(outbox)
      .set({ lockedBy: 'live-worker', lockedUntil: new Date(realNow + 3600_000) })
      .where(eq(outbox.id, alive));
    const pending = await t.db.db.select().from(outbox).where(eq(outbox.status, 'pending'));
    expect(pending.length).toBeGreaterThan(20);

    const a = startOutboxWorker({
      db: t.db.db,
      smtpUrl: smtp.url,
      mailFrom: 'PPID <ppid@localhost>',
      keys: t.ctx.keys,
      workerId: `a-${randomUUID()}`,
      pollMs: 3600_000,
      batchSize: 3,
    });
    const b = startOutboxWorker({
      db: second.db,
      smtpUrl: smtp.url,
      mailFrom: 'PPID <ppid@localhost>',
      keys: t.ctx.keys,
      workerId: `b-${randomUUID()}`,
      pollMs: 3600_000,
      batchSize: 3,
    });
    workers.push(a, b);
    let sentA = 0;
    let sentB = 0;
    for (let round = 0; round < 40; round++) {
      const [x, y] = await Promise.all([a.tick(), b.tick()]);
      sentA += x;
      sentB += y;
      if (x + y === 0) break;
    }
    expect(sentA, 'instance A sent some').toBeGreaterThan(0);
    expect(sentB, 'instance B sent some').toBeGreaterThan(0);
    const rows = await t.db.db.select().from(outbox);
    const sentRows = rows.filter((r) => r.status === 'sent');
    expect(sentRows.map((r) => r.id).sort()).toEqual(
      pending
        .filter((p) => p.id !== alive)
        .map((p) => p.id)
        .sort(),
    );
    expect(sentA + sentB).toBe(sentRows.length);
    expect(rows.find((r) => r.id === dead)!.status).toBe('sent');
    expect(rows.find((r) => r.id === alive)).toMatchObject({ status: 'pending', lockedBy: 'live-worker' });
    // At the SMTP server: each message once, by its Message-ID.
    for (let i = 0; i < 50 && smtp.received.length < sentRows.length; i++) await sleep(20);
    const ids = smtp.received.map((m) => m.messageId);
    expect(ids).toHaveLength(sentRows.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(smtp.received.filter((m) => m.to.includes('yatim@kota.example'))).toHaveLength(1);
    expect(smtp.received.filter((m) => m.to.includes('hidup@kota.example'))).toHaveLength(0);
  });

  it('text extraction: claims racing from two pools take each file once; a dead holder’s lease is taken over', async () => {
    const pembantu = await cast.as(EMAILS.pembantu);
    const e = await createDraft(pembantu, cast.dinkes, dipInput({ title: 'Rekap Kunjungan Puskesmas per Bulan' }));
    for (let i = 0; i < 6; i++) await attachDocument(pembantu, e.id, { filename: `rekap-${i}.csv`, bytes: Buffer.from(`bulan,kunjungan\n${i},${100 + i}\n`) });
    const docs = await t.db.db.select().from(dipDocuments).where(eq(dipDocuments.entryId, e.id));
    // One of them was claimed by a worker that died: its lease ran out a minute ago.
    const now = new Date();
    await t.db.db
      .update(dipDocuments)
      .set({ textAttempts: 1, textNextAttemptAt: new Date(now.getTime() - 60_000), textClaimedBy: 'dead:1' })
      .where(eq(dipDocuments.id, docs[0]!.id));
    const claims: { by: string; sha256: string; attempt: number }[] = [];
    const claimer = (db: Database['db'], by: string) => async () => {
      for (;;) {
        const c = await claimNextDocument(db, { workerId: by, now, leaseMs: 600_000 });
        if (!c) return;
        claims.push({ by, sha256: c.sha256, attempt: c.attempt });
      }
    };
    await Promise.all([claimer(t.db.db, 'a:1')(), claimer(second.db, 'b:2')(), claimer(t.db.db, 'a:3')(), claimer(second.db, 'b:4')()]);
    expect(claims.map((c) => c.sha256).sort()).toEqual(docs.map((d) => d.sha256).sort());
    expect(claims.find((c) => c.sha256 === docs[0]!.sha256)!.attempt).toBe(2);
  });

  it('blob clean-up: a run that starts while another is deleting leaves those blobs to it (each deleted and audited once)', async () => {
    const keys: string[] = [];
    for (let i = 0; i < 4; i++) keys.push((await t.ctx.blobs.put(new TextEncoder().encode(`sisa berkas ${i} ${randomUUID()}`))).sha256);
    const longAgo = new Date('2026-01-01T00:00:00Z');
    await t.db.db.insert(blobGcMarks).values(keys.map((key) => ({ key, firstSeenUnreferencedAt: longAgo })));
    // Instance A deletes slowly; instance B's run starts while A holds its first batch.
    let deleting!: () => void;
    const aIsDeleting = new Promise<void>((r) => (deleting = r));
    const slow: BlobStore = Object.assign(Object.create(t.ctx.blobs) as BlobStore, {
      remove: async (key: string) => {
        deleting();
        await sleep(300);
        return t.ctx.blobs.remove(key);
      },
    });
    const realClock = { now: () => new Date() };
    const runA = collectBlobGarbage({ ...onA('pembersihan'), blobs: slow, clock: realClock }, { graceMs: 0 });
    await aIsDeleting;
    const rb = await collectBlobGarbage({ ...onB('pembersihan'), clock: realClock }, { graceMs: 0 });
    const ra = await runA;
    expect(ra.deleted.keys.filter((k) => keys.includes(k)).sort()).toEqual([...keys].sort());
    expect(rb.deleted.keys.filter((k) => keys.includes(k))).toEqual([]);
    expect(rb.failed).toEqual([]);
    const audited = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'blob.gc_deleted'));
    const auditedKeys = audited.flatMap((a) => ((a.summary as { details?: { keys?: string[] } }).details?.keys ?? []).filter((k) => keys.includes(k)));
    expect(auditedKeys.sort()).toEqual([...keys].sort());
    for (const k of keys) expect(await t.ctx.blobs.has(k)).toBe(false);
    expect(await t.db.db.select().from(blobGcMarks).where(inArray(blobGcMarks.key, keys))).toHaveLength(0);
    expect(await t.db.db.select().from(blobRows).where(inArray(blobRows.sha256, keys))).toHaveLength(0);
  });
});
