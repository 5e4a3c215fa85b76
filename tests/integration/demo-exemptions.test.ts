// The demo's exempt and classified information: approved consequence tests on the public DIK with their
// public columns only, one classified document per level stored encrypted, the expiry review of the one
// ending next month open in the back office, tests waiting in both inboxes, and nothing added by a second run.
import { eq, isNull, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/context.js';
import {
  auditLog,
  classifiedDocuments,
  classifiedItems,
  consequenceTests,
  encryptedFiles,
  exemptionReviews,
  SECURITY_LEVELS,
  units,
  users,
} from '../../src/db/schema/index.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { seedDemoExemptions } from '../../src/demo/seed-exemptions.js';
import { hashPassword } from '../../src/domain/accounts/passwords.js';
import { toActor } from '../../src/domain/accounts/sessions.js';
import { openClassifiedDocument } from '../../src/domain/classified/documents.js';
import { readItem } from '../../src/domain/classified/items.js';
import { Browser, createTestApp, PASSWORD, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

// Seeding the whole demo plays ~900 workflow steps; generous for a busy machine.
const SEED_TIMEOUT = 600_000;
const DEMO = 'palangkaraya.example';
const DAY = 86_400_000;

describe(`demo exempt and classified information (${backendName})`, () => {
  let t: TestApp;
  const count = async (table: PgTable) => Number((await t.db.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n);
  const as = async (email: string): Promise<Ctx> => {
    const [u] = await t.db.db.select().from(users).where(eq(users.email, email));
    return { ...t.ctx, actor: toActor(u!) };
  };
  const tests = () =>
    t.db.db
      .select({ test: consequenceTests, unit: units.code, item: classifiedItems })
      .from(consequenceTests)
      .innerJoin(units, eq(units.id, consequenceTests.unitId))
      .innerJoin(classifiedItems, eq(classifiedItems.id, consequenceTests.itemId));

  beforeAll(async () => {
    // The run's demo snapshot: seedDemo on a migrated database, on the same fixed clock.
    t = await createTestApp({ demo: true });
    expect(t.demoLogins).toBeGreaterThan(30);
  }, SEED_TIMEOUT);
  afterAll(async () => t?.dispose());

  it('gives the demo staff their clearances, never lowering one', async () => {
    const rows = await t.db.db.select({ email: users.email, clearance: users.clearance, roles: users.roles }).from(users);
    const of = (local: string) => rows.find((r) => r.email === `${local}@${DEMO}`)!.clearance;
    expect(of('ppid.utama')).toBe('rahasia');
    expect(of('atasan.ppid')).toBe('sangat_rahasia');
    expect(of('admin')).toBe('none');
    expect(of('pemantau')).toBe('biasa');
    expect(of('ppid.satpolpp')).toBe('rahasia');
    expect(of('ppid.diskominfo')).toBe('sangat_rahasia');
    const pembantu = rows.filter((r) => r.roles.includes('ppid_pembantu'));
    expect(pembantu).toHaveLength(28);
    expect(pembantu.every((r) => ['terbatas', 'rahasia', 'sangat_rahasia'].includes(r.clearance))).toBe(true);
  });

  it('lists the approved tests on the public DIK with their public columns, never their internal text', async () => {
    const all = await tests();
    const approved = all.filter((r) => r.test.status === 'approved');
    // Four of this seed, plus the refused request's.
    expect(approved).toHaveLength(5);
    expect(approved.every((r) => /^\d{3}\/PENETAPAN\/PPID\/[IVX]+\/\d{4}$/.test(r.test.number ?? ''))).toBe(true);
    expect(new Set(approved.map((r) => `${r.test.ground}${r.test.subpoint ?? ''}`)).size).toBe(5);
    expect(approved.filter((r) => r.test.partial)).toHaveLength(1);
    // The penetapan numbers follow the decision dates.
    const numbered = [...approved].sort((a, b) => a.test.year! - b.test.year! || a.test.seq! - b.test.seq!).map((r) => r.test.decisionDate);
    expect(numbered).toEqual([...numbered].sort());

    const res = await t.app.request('/informasi-dikecualikan');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const r of approved) {
      expect(html, r.test.publicTitle).toContain(r.test.publicTitle);
      expect(html, r.test.number!).toContain(r.test.number!);
      for (const secret of [r.test.withheldInformation, r.test.harm, r.test.publicInterest, r.test.releasedPart, r.item.title, r.item.description]) {
        if (secret) expect(html, secret).not.toContain(secret);
      }
    }
    expect(html).toContain('dikecualikan sebagian');
    expect(html).toContain('tanpa batas waktu');
    // Tests still on their way are not on the DIK.
    const waiting = all.filter((r) => r.test.status !== 'approved');
    expect(waiting.map((r) => r.test.status).sort()).toEqual(['reviewed', 'submitted']);
    for (const r of waiting) expect(html).not.toContain(r.test.publicTitle);
  });

  it('holds one classified document per level, encrypted: no stored blob holds its PDF’s text', async () => {
    const docs = await t.db.db
      .select({ doc: classifiedDocuments, item: classifiedItems, unit: units.code, sha: encryptedFiles.blobSha256 })
      .from(classifiedDocuments)
      .innerJoin(classifiedItems, eq(classifiedItems.id, classifiedDocuments.itemId))
      .innerJoin(units, eq(units.id, classifiedItems.unitId))
      .innerJoin(encryptedFiles, eq(encryptedFiles.id, classifiedDocuments.fileId));
    expect(docs.map((d) => d.doc.securityLevel).sort()).toEqual([...SECURITY_LEVELS].sort());
    for (const d of docs) {
      expect(d.item.securityLevel).toBe(d.doc.securityLevel);
      // The unit's own officer opens it: a real PDF whose metadata holds the item's title as plain text.
      const officer = await as(`ppid.${d.unit}@${DEMO}`);
      const opened = await openClassifiedDocument(officer, d.doc.id, 'Memeriksa data contoh');
      expect(opened.mime).toBe('application/pdf');
      expect(opened.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      // The title is stored sealed; the officer reads it through readItem.
      expect(d.item.title).toMatch(/^enc1:/);
      const { item } = await readItem(officer, d.item.id, 'Memeriksa data contoh');
      const phrase = Buffer.from(item.title, 'latin1');
      expect(opened.bytes.includes(phrase), item.title).toBe(true);
      const stored = await t.ctx.blobs.get(d.sha);
      expect(stored).not.toBeNull();
      expect(stored!.includes(phrase)).toBe(false);
      expect(stored!.includes(Buffer.from('%PDF-'))).toBe(false);
    }
    // The Sangat Rahasia memo is beyond the PPID Utama, though in the PPID Utama's own unit.
    const top = docs.find((d) => d.doc.securityLevel === 'sangat_rahasia')!;
    await expect(openClassifiedDocument(await as(`ppid.utama@${DEMO}`), top.doc.id, 'Memeriksa data contoh')).rejects.toMatchObject({ status: 404 });
  });

  it('has the expiry review of the exemption ending next month open in the back office', async () => {
    const reviews = await t.db.db
      .select({ review: exemptionReviews, test: consequenceTests, unit: units.code })
      .from(exemptionReviews)
      .innerJoin(consequenceTests, eq(consequenceTests.id, exemptionReviews.testId))
      .innerJoin(units, eq(units.id, consequenceTests.unitId));
    expect(reviews).toHaveLength(1);
    const [r] = reviews;
    expect(r!.review.status).toBe('open');
    expect(r!.unit).toBe('bpkad');
    const daysLeft = (Date.parse(`${r!.review.dueDate}T00:00:00Z`) - t.clock.now().getTime()) / DAY;
    expect(daysLeft).toBeGreaterThan(25);
    expect(daysLeft).toBeLessThan(32);
    // Decided more than a year ago, so numbered in an earlier year than today's.
    expect(Number(r!.test.number!.slice(-4))).toBeLessThan(t.clock.now().getUTCFullYear());

    // The Atasan PPID sees it on the reviews page.
    await t.db.db
      .update(users)
      .set({ passwordHash: await hashPassword(PASSWORD) })
      .where(eq(users.email, `atasan.ppid@${DEMO}`));
    const b = new Browser(t.app);
    expect((await b.login(`atasan.ppid@${DEMO}`)).status).toBe(303);
    const page = await b.get('/admin/uji-konsekuensi/peninjauan');
    expect(page.status).toBe(200);
    expect(page.text).toContain(r!.test.publicTitle);
  });

  it('does nothing on a second run', async () => {
    const tables = [classifiedItems, classifiedDocuments, consequenceTests, exemptionReviews, encryptedFiles, auditLog];
    const before = await Promise.all(tables.map((x) => count(x)));
    const clearances = await t.db.db.select({ email: users.email, clearance: users.clearance }).from(users);
    expect(await seedDemoExemptions(t.ctx)).toBe(0);
    expect(await seedDemo(t.ctx)).toBeNull();
    expect(await Promise.all(tables.map((x) => count(x)))).toEqual(before);
    expect(await t.db.db.select({ email: users.email, clearance: users.clearance }).from(users)).toEqual(clearances);
    // Only the refused request's item is not this seed's.
    expect(await t.db.db.select({ id: classifiedItems.id }).from(classifiedItems).where(isNull(classifiedItems.requestId))).toHaveLength(4 + 3);
  });
});
