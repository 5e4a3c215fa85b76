// Shared steps of the consequence-test use cases: loading a test (locked) with the facts the policies
// need, the step history, notifying the next actor through the outbox, and turning issues into the one
// validation error.
import { bilingual } from '../../i18n/catalogue.js';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import { classifiedItems, consequenceTests, consequenceTestSteps, units, users, type SecurityLevel } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { enqueueMail } from '../../mail/enqueue.js';
import type { TemplateName, TemplateParams } from '../../mail/templates/index.js';
import type { TestFacts } from '../../policies/exemptions.js';
import { conceal } from '../classified/sealed-text.js';
import { getPublicBody } from '../org/public-body.js';
import { actorId, isUuid } from '../../shared/ids.js';

export type ConsequenceTest = typeof consequenceTests.$inferSelect;

/** What the workflow may know about the item: its number, level, origin and state. Never its title. */
export type ItemFacts = {
  id: string;
  number: string;
  unitId: string;
  securityLevel: SecurityLevel;
  origin: string;
  status: string;
  dipEntryId: string | null;
  requestId: string | null;
};

export const actorName = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.name : ctx.actor.kind === 'system' ? ctx.actor.name : 'anonim');

const itemColumns = {
  id: classifiedItems.id,
  number: classifiedItems.number,
  unitId: classifiedItems.unitId,
  securityLevel: classifiedItems.securityLevel,
  origin: classifiedItems.origin,
  status: classifiedItems.status,
  dipEntryId: classifiedItems.dipEntryId,
  requestId: classifiedItems.requestId,
};

export async function itemFacts(db: DbOrTx, itemId: string): Promise<ItemFacts | null> {
  const [row] = await db.select(itemColumns).from(classifiedItems).where(eq(classifiedItems.id, itemId));
  return row ?? null;
}

/** The test and its item's facts; locked until the transaction ends when `lock`. Unknown: 404. */
export async function loadTest(db: DbOrTx, id: string, lock = false): Promise<{ test: ConsequenceTest; item: ItemFacts }> {
  if (!isUuid(id)) throw errors.notFound();
  const q = db.select().from(consequenceTests).where(eq(consequenceTests.id, id));
  const [test] = lock ? await q.for('update') : await q;
  if (!test) throw errors.notFound();
  const item = await itemFacts(db, test.itemId);
  if (!item) throw errors.notFound();
  return { test, item };
}

export const factsOf = (test: Pick<ConsequenceTest, 'unitId'>, item: Pick<ItemFacts, 'securityLevel'>): TestFacts => ({
  unitId: test.unitId,
  level: item.securityLevel,
});

/** A step of the test; its note is internal text, sealed under the item's data key (itemWriteKey) when given. */
export async function addStep(ctx: Ctx, testId: string, action: string, note = '', key?: Buffer): Promise<void> {
  if (note && !key) throw new Error('addStep: a note needs the item key to be sealed');
  const stored = note && key ? conceal(note, key) : note;
  await ctx.db.insert(consequenceTestSteps).values({ testId, action, note: stored, actorId: actorId(ctx), at: ctx.clock.now() });
}

/** 409 with a message an officer can act on. */
export const wrongState = (id: string, en: string) => new AppError('exemption_wrong_state', 409, { id, en });

export function invalid(fields: Record<string, string>): AppError {
  const out: Record<string, { id: string; en: string }> = {};
  for (const [k, m] of Object.entries(fields)) out[k] = bilingual(m);
  return errors.validation(out);
}

export function issuesOf(issues: z.core.$ZodIssue[], rename: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const k = String(i.path[0] ?? '_');
    out[rename[k] ?? k] ??= i.message;
  }
  return out;
}

export async function unitName(db: DbOrTx, unitId: string): Promise<string> {
  const [u] = await db.select({ name: units.name }).from(units).where(eq(units.id, unitId));
  return u?.name ?? '';
}

type Recipient = { id: string; email: string; name: string; locale: string };

/** Active users with a role; for a PPID Pembantu only those of the unit. */
export async function usersWithRole(db: DbOrTx, role: 'ppid_utama' | 'atasan_ppid' | 'ppid_pembantu', unitId?: string): Promise<Recipient[]> {
  return (db as Tx)
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(sql`${role} = any(${users.roles})`, sql`${users.lockedAt} is null`, unitId ? eq(users.unitId, unitId) : undefined));
}

export async function userById(db: DbOrTx, id: string | null): Promise<(Recipient & { nip: string | null; locked: boolean }) | null> {
  if (!id) return null;
  const [u] = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, nip: users.nip, lockedAt: users.lockedAt })
    .from(users)
    .where(eq(users.id, id));
  return u ? { id: u.id, email: u.email, name: u.name, locale: u.locale, nip: u.nip, locked: !!u.lockedAt } : null;
}

/** One email per recipient, in their language, through the outbox of the caller's transaction. */
export async function mailEach<N extends TemplateName>(
  ctx: Ctx,
  recipients: Recipient[],
  template: N,
  params: (r: Recipient, body: string) => TemplateParams<N>,
): Promise<void> {
  if (!recipients.length) return;
  const body = (await getPublicBody(ctx.db))?.name ?? 'PPID';
  const seen = new Set<string>();
  for (const r of recipients) {
    if (seen.has(r.email)) continue;
    seen.add(r.email);
    await enqueueMail(ctx, { to: r.email, toName: r.name, locale: r.locale, template, params: params(r, body) });
  }
}

export const testLink = (ctx: Ctx, id: string) => `${ctx.settings.baseUrl}/admin/uji-konsekuensi/${id}`;
export const reviewsLink = (ctx: Ctx) => `${ctx.settings.baseUrl}/admin/uji-konsekuensi/peninjauan`;
