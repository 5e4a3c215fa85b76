// The work queue per role on the demo, at the test clock: counts derived from the database, a PPID Pembantu
// never sees another unit's work, classified tests are neither counted nor titled without clearance, and
// /admin shows "Perlu tindakan Anda" with counts in the navigation.
import { and, eq, inArray, isNull, lt, gte, lte, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Ctx } from '../../src/context.js';
import {
  classifiedItems,
  consequenceTests,
  dipEntries,
  informationRequests,
  objections,
  outbox,
  requestDispositions,
  units,
  users,
  type SecurityLevel,
} from '../../src/db/schema/index.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { yearOf } from '../../src/domain/calendar/dates.js';
import { loadCalendar } from '../../src/domain/calendar/load-calendar.js';
import { addWorkingDays } from '../../src/domain/calendar/working-days.js';
import { OPEN_STATUSES, todayInBody } from '../../src/domain/requests/case.js';
import { buildWorkQueue, type WorkQueue } from '../../src/domain/work-queue/build-work-queue.js';
import { deadlineWords } from '../../src/domain/work-queue/deadline-words.js';
import { clearanceRank, levelRank } from '../../src/policies/classification.js';
import { Browser, createTestApp, makeUser, type TestApp } from '../helpers/app.js';

const DEMO = 'palangkaraya.example';
let t: TestApp;
let today: string;
let soonLimit: string;

const actorOf = async (email: string): Promise<Actor> => {
  const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
  return toActor(u!);
};
const ctxAs = (actor: Actor): Ctx => ({ ...t.ctx, actor });
const section = (q: WorkQueue, key: string) => q.sections.find((s) => s.key === key);
const n = async (q: Promise<{ n: number }[]>) => Number((await q)[0]!.n);
const open = inArray(informationRequests.status, [...OPEN_STATUSES]);

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  today = await todayInBody(t.ctx);
  const cal = await loadCalendar(t.ctx, { fromYear: yearOf(today), toYear: yearOf(today) + 1 });
  soonLimit = addWorkingDays(cal, today, 3).due;
}, 300_000);
afterAll(async () => t?.dispose());

/** Tests in a state, kept to those an actor of this clearance may read. */
async function testsVisible(status: 'reviewed' | 'submitted', clearance: string) {
  const rows = await t.db.db
    .select({ title: consequenceTests.publicTitle, level: classifiedItems.securityLevel })
    .from(consequenceTests)
    .innerJoin(classifiedItems, eq(classifiedItems.id, consequenceTests.itemId))
    .where(eq(consequenceTests.status, status));
  return {
    visible: rows.filter((r) => levelRank(r.level) <= clearanceRank(clearance as SecurityLevel)),
    hidden: rows.filter((r) => levelRank(r.level) > clearanceRank(clearance as SecurityLevel)),
  };
}

describe('PPID Utama', () => {
  it('sees every kind of work of the body, with counts from the database, most urgent first', async () => {
    const actor = await actorOf(`ppid.utama@${DEMO}`);
    const q = await buildWorkQueue(ctxAs(actor));
    const r = informationRequests;
    const overdue = await n(
      t.db.db
        .select({ n: sql<number>`count(*)` })
        .from(r)
        .where(and(open, lt(r.dueDate, today))),
    );
    const soon = await n(
      t.db.db
        .select({ n: sql<number>`count(*)` })
        .from(r)
        .where(and(open, gte(r.dueDate, today), lte(r.dueDate, soonLimit))),
    );
    const dispositions = await n(
      t.db.db
        .select({ n: sql<number>`count(*)` })
        .from(requestDispositions)
        .innerJoin(r, eq(r.id, requestDispositions.requestId))
        .where(and(isNull(requestDispositions.answeredAt), open)),
    );
    const submitted = await n(
      t.db.db
        .select({ n: sql<number>`count(*)` })
        .from(dipEntries)
        .where(eq(dipEntries.status, 'submitted')),
    );
    const returned = await n(
      t.db.db
        .select({ n: sql<number>`count(*)` })
        .from(dipEntries)
        .where(eq(dipEntries.status, 'returned')),
    );
    const waitingObjections = await n(
      t.db.db
        .select({ n: sql<number>`count(*)` })
        .from(objections)
        .where(eq(objections.status, 'received')),
    );
    const toDecide = await testsVisible('reviewed', actor.kind === 'user' ? actor.clearance : 'none');
    const toReview = await testsVisible('submitted', actor.kind === 'user' ? actor.clearance : 'none');

    // The demo holds what the issue describes: a late request, one due soon, entries and tests waiting.
    expect(overdue).toBeGreaterThan(0);
    expect(soon).toBeGreaterThan(0);
    expect(submitted).toBeGreaterThan(0);
    expect(toDecide.visible.length + toReview.visible.length).toBeGreaterThan(0);

    expect(section(q, 'overdue_requests')?.count).toBe(overdue);
    expect(section(q, 'due_soon_requests')?.count).toBe(soon);
    expect(section(q, 'unit_dispositions')?.count).toBe(dispositions);
    expect(section(q, 'dip_reviews')?.count).toBe(submitted);
    expect(section(q, 'dip_returned')?.count).toBe(returned);
    expect(section(q, 'objections')?.count).toBe(waitingObjections);
    expect(section(q, 'tests_to_decide')?.count).toBe(toDecide.visible.length);
    expect(section(q, 'tests_to_review')?.count).toBe(toReview.visible.length);

    // Deadlines in words; the due-soon request of the demo is due in three working days (after Nyepi and Idul Fitri).
    for (const i of section(q, 'overdue_requests')!.items) expect(deadlineWords(i.when, 'id')).toMatch(/^terlambat \d+ hari kerja$/);
    expect(section(q, 'due_soon_requests')!.items.map((i) => deadlineWords(i.when, 'id'))).toContain('jatuh tempo 3 hari kerja lagi');
    // DIP entries: the longest waiting first, with how many days.
    const waits = section(q, 'dip_reviews')!.items.map((i) => (i.when.kind === 'waiting' ? i.when.days : -1));
    expect(waits.every((d) => d >= 0)).toBe(true);
    expect([...waits].sort((a, b) => b - a)).toEqual(waits);
    // Every item links to the page where it is acted on.
    for (const s of q.sections) for (const i of s.items) expect(i.href).toMatch(/^\/admin\//);
    expect(q.nav['/admin']).toBe(q.total);
  });

  it('takes the due-soon window from the option (0: due today only)', async () => {
    const q = await buildWorkQueue(ctxAs(await actorOf(`ppid.utama@${DEMO}`)), { dueSoonWorkingDays: 0 });
    const r = informationRequests;
    expect(section(q, 'due_soon_requests')?.count).toBe(
      await n(
        t.db.db
          .select({ n: sql<number>`count(*)` })
          .from(r)
          .where(and(open, eq(r.dueDate, today))),
      ),
    );
  });
});

describe('PPID Pembantu', () => {
  it("never sees another unit's work, and sees all of its own", async () => {
    const officers = await t.db.db
      .select()
      .from(users)
      .where(sql`'ppid_pembantu' = any(${users.roles})`);
    expect(officers.length).toBeGreaterThan(5);
    let seen = 0;
    for (const u of officers) {
      const actor = toActor(u);
      const q = await buildWorkQueue(ctxAs(actor));
      expect(q.sections.map((s) => s.key)).toEqual(['unit_dispositions', 'dip_returned']);
      const disp = section(q, 'unit_dispositions')!;
      const own = await t.db.db
        .select({ id: requestDispositions.id })
        .from(requestDispositions)
        .innerJoin(informationRequests, eq(informationRequests.id, requestDispositions.requestId))
        .where(and(eq(requestDispositions.unitId, u.unitId!), isNull(requestDispositions.answeredAt), open));
      expect(disp.items.map((i) => i.id).sort(), u.email).toEqual(own.map((o) => o.id).sort());
      const returned = section(q, 'dip_returned')!;
      if (returned.items.length) {
        const rows = await t.db.db
          .select({ unitId: dipEntries.unitId })
          .from(dipEntries)
          .where(
            inArray(
              dipEntries.id,
              returned.items.map((i) => i.id),
            ),
          );
        expect(rows.every((row) => row.unitId === u.unitId)).toBe(true);
      }
      expect(returned.count).toBe(
        await n(
          t.db.db
            .select({ n: sql<number>`count(*)` })
            .from(dipEntries)
            .where(and(eq(dipEntries.unitId, u.unitId!), eq(dipEntries.status, 'returned'))),
        ),
      );
      seen += disp.count + returned.count;
    }
    // The demo gives some unit something to do, so the loop above checked real items.
    expect(seen).toBeGreaterThan(0);
  });
});

describe('classified tests', () => {
  it('are neither counted nor titled for someone without clearance for their level', async () => {
    const utama = await actorOf(`ppid.utama@${DEMO}`);
    const atasan = await actorOf(`atasan.ppid@${DEMO}`);
    for (const base of [utama, atasan]) {
      if (base.kind !== 'user') throw new Error('demo user');
      for (const clearance of ['none', 'biasa'] as const) {
        const actor: Actor = { ...base, clearance };
        const q = await buildWorkQueue(ctxAs(actor));
        const hidden = [...(await testsVisible('reviewed', clearance)).hidden, ...(await testsVisible('submitted', clearance)).hidden];
        expect(hidden.length).toBeGreaterThan(0);
        const titles = q.sections.flatMap((s) => s.items.map((i) => i.title)).join('\n');
        for (const h of hidden) expect(titles).not.toContain(h.title);
        expect(section(q, 'tests_to_decide')?.count).toBe((await testsVisible('reviewed', clearance)).visible.length);
        // Open expiry reviews of tests above the clearance are not counted either.
        const reviews = section(q, 'exemption_reviews')!;
        for (const i of reviews.items) expect(hidden.map((h) => h.title).some((h) => i.title.includes(h))).toBe(false);
      }
    }
  });

  it('the Atasan PPID cleared for the level sees the tests it decides', async () => {
    const atasan = await actorOf(`atasan.ppid@${DEMO}`);
    const q = await buildWorkQueue(ctxAs(atasan));
    expect(q.sections.map((s) => s.key)).toEqual(['objections', 'tests_to_decide', 'exemption_reviews']);
    const clearance = atasan.kind === 'user' ? atasan.clearance : 'none';
    const expected = (await testsVisible('reviewed', clearance)).visible.map((v) => v.title).sort();
    expect(
      section(q, 'tests_to_decide')!
        .items.map((i) => i.title)
        .sort(),
    ).toEqual(expected);
  });
});

describe('administrator', () => {
  it('sees only emails that failed, not the content of cases', async () => {
    const admin = await actorOf(`admin@${DEMO}`);
    const before = await buildWorkQueue(ctxAs(admin));
    expect(before.sections.map((s) => s.key)).toEqual(['outbox_failed']);
    const [one] = await t.db.db.select({ id: outbox.id }).from(outbox).limit(1);
    await t.db.db.update(outbox).set({ status: 'failed' }).where(eq(outbox.id, one!.id));
    try {
      const failed = await n(
        t.db.db
          .select({ n: sql<number>`count(*)` })
          .from(outbox)
          .where(eq(outbox.status, 'failed')),
      );
      const q = await buildWorkQueue(ctxAs(admin));
      expect(section(q, 'outbox_failed')?.count).toBe(failed);
      expect(q.nav['/admin/kotak-keluar']).toBe(failed);
    } finally {
      await t.db.db.update(outbox).set({ status: 'sent' }).where(eq(outbox.id, one!.id));
    }
  });
});

describe('/admin', () => {
  it("shows a PPID Pembantu its unit's to-do list, its checklist and a count in the navigation", async () => {
    const [dinkes] = await t.db.db.select().from(units).where(eq(units.code, 'dinkes'));
    await makeUser(t.ctx, { email: 'wq.dinkes@uji.example', roles: ['ppid_pembantu'], unitId: dinkes!.id });
    const b = new Browser(t.app);
    await b.login('wq.dinkes@uji.example');
    const { status, text } = await b.get('/admin');
    expect(status).toBe(200);
    expect(text).toContain('Perlu tindakan Anda');
    expect(text).toContain('Kelengkapan DIP berkala unit Anda');
    const own = await t.db.db
      .select({ number: informationRequests.number })
      .from(requestDispositions)
      .innerJoin(informationRequests, eq(informationRequests.id, requestDispositions.requestId))
      .where(and(eq(requestDispositions.unitId, dinkes!.id), isNull(requestDispositions.answeredAt), open));
    expect(own.length).toBeGreaterThan(0);
    for (const o of own) expect(text).toContain(o.number);
    // No request of another unit is named.
    const others = await t.db.db.select({ number: informationRequests.number }).from(informationRequests);
    for (const o of others) if (!own.some((x) => x.number === o.number)) expect(text).not.toContain(`>${o.number}<`);
    // The count is in the link's text, not only in a coloured badge.
    expect(text).toContain(`, ${own.length} perlu tindakan`);
  });

  it('does not title classified tests for a PPID Utama without clearance, and says when nothing waits', async () => {
    await makeUser(t.ctx, { email: 'wq.utama@uji.example', roles: ['ppid_utama'] });
    const b = new Browser(t.app);
    await b.login('wq.utama@uji.example');
    const { text } = await b.get('/admin');
    const hidden = [...(await testsVisible('reviewed', 'biasa')).hidden, ...(await testsVisible('submitted', 'biasa')).hidden];
    expect(hidden.length).toBeGreaterThan(0);
    for (const h of hidden) expect(text).not.toContain(h.title);
    expect(text).toContain('Permohonan melewati tenggat');

    await makeUser(t.ctx, { email: 'wq.viewer@uji.example', roles: ['viewer'] });
    const v = new Browser(t.app);
    await v.login('wq.viewer@uji.example');
    const page = await v.get('/admin');
    expect(page.text).toContain('Peran Anda tidak memiliki daftar pekerjaan');
    expect(page.text).not.toContain('perlu tindakan<');
  });
});
