// Classified items: record one, read one (clearance and need-to-know, every read logged with its reason),
// and list only what the reader may read. The audit log gets ids, numbers and levels, never titles or
// descriptions: it is read by people without clearance.
import { messageRef, bilingual, catalogueMessages } from '../../i18n/catalogue.js';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { actorLabel, inTransaction, type Ctx } from '../../context.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import {
  accessGrants,
  classifiedAccessLog,
  classifiedItemCounters,
  classifiedItems,
  SECURITY_LEVELS,
  units,
  type AccessLogAction,
  type ItemOrigin,
  type SecurityLevel,
} from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { classifiedAccess, clearanceRank, type AccessDecision, type ClassifiedFacts, type GrantFacts } from '../../policies/classification.js';
import { recordAudit } from '../audit/record-audit.js';
import { conceal, newItemKey, reveal, unwrapKey } from './sealed-text.js';
import { actorId, isUuid } from '../../shared/ids.js';
import { yearInZone, zoneOf } from '../calendar/dates.js';
import { getPublicBody } from '../org/public-body.js';

export type ClassifiedItem = typeof classifiedItems.$inferSelect;

export const SECURITY_LEVEL_LABELS: Record<SecurityLevel, { id: string; en: string }> = {
  biasa: { id: 'Biasa', en: 'Ordinary' },
  terbatas: { id: 'Terbatas', en: 'Restricted' },
  rahasia: { id: 'Rahasia', en: 'Secret' },
  sangat_rahasia: { id: 'Sangat Rahasia', en: 'Top secret' },
};

export const ZItemInput = z.object({
  title: z
    .string()
    .trim()
    .min(3, messageRef('classified.give_title_information_least_3_characters'))
    .max(300, messageRef('classified.title_have_most_300_characters')),
  description: z.string().trim().max(10_000, messageRef('classified.description_have_most_10_000_characters')).default(''),
  securityLevel: z.enum(SECURITY_LEVELS, { message: messageRef('classified.choose_security_level') }),
});
export type ItemInput = z.input<typeof ZItemInput>;

/** The reason a reader gives before classified content is shown; kept in the read log. */
export const ZAccessReason = z
  .string()
  .trim()
  .min(5, messageRef('classified.give_your_reason_opening_information_least'))
  .max(500, messageRef('classified.reason_have_most_500_characters'));

export { bilingual };

export function invalidItem(issues: z.core.$ZodIssue[]): AppError {
  const fields: Record<string, { id: string; en: string }> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '_');
    if (!fields[key]) fields[key] = bilingual(issue.message);
  }
  return errors.validation(fields);
}

/** The answer when a reader may not see an item: the same 404 whether it exists or not, so ids reveal nothing. */
export const hidden = () => errors.notFound();

async function nextNumber(tx: Tx, unitCode: string, year: number): Promise<string> {
  const key = `${unitCode}/${year}`;
  const [row] = await tx
    .insert(classifiedItemCounters)
    .values({ key, last: 1 })
    .onConflictDoUpdate({ target: classifiedItemCounters.key, set: { last: sql`${classifiedItemCounters.last} + 1` } })
    .returning({ last: classifiedItemCounters.last });
  return `INF/${unitCode}/${year}/${String(row!.last).padStart(4, '0')}`;
}

/** How long the PPID Utama, recording an item for another unit, keeps need-to-know on it (a grant). */
export const RECORDER_GRANT_DAYS = 90;

/**
 * Records an item in the unit the information belongs to (`opts.unitId`, by default the actor's own), at a
 * level no higher than the actor's clearance. Whoever records it must be able to read it: recording for
 * another unit (the PPID Utama drafting a consequence test for it) gives the recorder a grant of
 * RECORDER_GRANT_DAYS, audited like any grant.
 */
export async function createItem(
  ctx: Ctx,
  raw: ItemInput,
  opts: { origin?: ItemOrigin; dipEntryId?: string | null; requestId?: string | null; unitId?: string } = {},
): Promise<ClassifiedItem> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw errors.forbidden();
  const unitId = opts.unitId ?? actor.unitId;
  if (!unitId) throw errors.forbidden();
  authorize(actor, 'classified.create', { unitId });
  const parsed = ZItemInput.safeParse(raw);
  if (!parsed.success) throw invalidItem(parsed.error.issues);
  const input = parsed.data;
  if (clearanceRank(actor.clearance) < SECURITY_LEVELS.indexOf(input.securityLevel)) {
    throw errors.validation({
      securityLevel: catalogueMessages('classified.items.level_above_your_clearance_you'),
    });
  }
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const [unit] = await tx.select({ code: units.code }).from(units).where(eq(units.id, unitId));
    if (!unit) throw errors.notFound();
    const now = t.clock.now();
    const number = await nextNumber(tx, unit.code, yearInZone(now, zoneOf(await getPublicBody(tx))));
    // Title and description are stored sealed under the item's own data key (sealed-text.ts).
    const sealing = newItemKey(t);
    const [item] = await tx
      .insert(classifiedItems)
      .values({
        unitId,
        number,
        title: conceal(input.title, sealing.key),
        description: conceal(input.description, sealing.key),
        wrappedKey: sealing.wrappedKey,
        keyId: sealing.keyId,
        securityLevel: input.securityLevel,
        origin: opts.origin ?? 'baru',
        dipEntryId: opts.dipEntryId ?? null,
        requestId: opts.requestId ?? null,
        createdBy: actorId(t),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(t, {
      action: 'classified.created',
      entityType: 'classified_item',
      entityId: item!.id,
      after: { number, unitId, securityLevel: input.securityLevel, origin: item!.origin },
    });
    sealing.key.fill(0);
    if (unitId !== actor.unitId) {
      const expiresAt = new Date(now.getTime() + RECORDER_GRANT_DAYS * 86_400_000);
      const [grant] = await tx
        .insert(accessGrants)
        .values({ itemId: item!.id, userId: actor.id, reason: 'Mencatat informasi ini untuk unit pemiliknya.', grantedBy: actor.id, grantedAt: now, expiresAt })
        .returning({ id: accessGrants.id });
      await recordAudit(t, {
        action: 'classified.access_granted',
        entityType: 'classified_item',
        entityId: item!.id,
        after: { number, securityLevel: input.securityLevel, grantId: grant!.id, granteeId: actor.id, expiresAt, recorder: true },
      });
    }
    // The recorder may read what they recorded.
    return { ...item!, title: input.title, description: input.description };
  });
}

/**
 * Files an item under another unit (the owner named when its first consequence test is still a draft):
 * a new number in that unit, and the recorder's need-to-know kept by a grant when it is not their unit.
 */
export async function moveItemToUnit(t: Ctx, itemId: string, unitId: string): Promise<string> {
  const actor = t.actor;
  if (actor.kind !== 'user') throw errors.forbidden();
  authorize(actor, 'classified.create', { unitId });
  const tx = t.db as Tx;
  const [unit] = await tx.select({ code: units.code }).from(units).where(eq(units.id, unitId));
  const [item] = await tx.select().from(classifiedItems).where(eq(classifiedItems.id, itemId)).for('update');
  if (!unit || !item) throw errors.notFound();
  const now = t.clock.now();
  const number = await nextNumber(tx, unit.code, yearInZone(now, zoneOf(await getPublicBody(tx))));
  await tx.update(classifiedItems).set({ unitId, number, updatedAt: now }).where(eq(classifiedItems.id, itemId));
  await recordAudit(t, {
    action: 'classified.moved',
    entityType: 'classified_item',
    entityId: itemId,
    before: { number: item.number, unitId: item.unitId },
    after: { number, unitId },
  });
  if (unitId !== actor.unitId) {
    const expiresAt = new Date(now.getTime() + RECORDER_GRANT_DAYS * 86_400_000);
    const [grant] = await tx
      .insert(accessGrants)
      .values({ itemId, userId: actor.id, reason: 'Mencatat informasi ini untuk unit pemiliknya.', grantedBy: actor.id, grantedAt: now, expiresAt })
      .returning({ id: accessGrants.id });
    await recordAudit(t, {
      action: 'classified.access_granted',
      entityType: 'classified_item',
      entityId: itemId,
      after: { number, securityLevel: item.securityLevel, grantId: grant!.id, granteeId: actor.id, expiresAt, recorder: true },
    });
  }
  return number;
}

/** The item and the grants on it, or null. For policy decisions; shows nothing by itself. */
export async function loadItemFacts(db: DbOrTx, id: string): Promise<{ item: ClassifiedItem; facts: ClassifiedFacts } | null> {
  if (!isUuid(id)) return null;
  const [item] = await db.select().from(classifiedItems).where(eq(classifiedItems.id, id));
  if (!item) return null;
  const grants = await db
    .select({ id: accessGrants.id, userId: accessGrants.userId, expiresAt: accessGrants.expiresAt, revokedAt: accessGrants.revokedAt })
    .from(accessGrants)
    .where(eq(accessGrants.itemId, id));
  return { item, facts: { unitId: item.unitId, level: item.securityLevel, grants } };
}

/** Appends one row to the read log (in the caller's transaction when there is one) and returns its id. */
export async function logAccess(
  ctx: Ctx,
  entry: { itemId: string; documentId?: string | null; action: AccessLogAction; level: SecurityLevel; reason: string; grantId?: string | null },
): Promise<number> {
  const who = actorLabel(ctx.actor);
  const [row] = await ctx.db
    .insert(classifiedAccessLog)
    .values({
      at: ctx.clock.now(),
      itemId: entry.itemId,
      documentId: entry.documentId ?? null,
      userId: who.id,
      userName: who.name,
      action: entry.action,
      securityLevel: entry.level,
      reason: entry.reason,
      grantId: entry.grantId ?? null,
      ip: ctx.ip,
    })
    .returning({ id: classifiedAccessLog.id });
  return row!.id;
}

/**
 * The item and its facts when the actor may read it (clearance and need-to-know), with the decision and the
 * time it was taken at. A refused read is logged (action 'denied') and answered with 404, like an unknown id.
 */
export async function loadReadableItem(ctx: Ctx, id: string) {
  authorize(ctx.actor, 'classified.list');
  const loaded = await loadItemFacts(ctx.db, id);
  if (!loaded) throw hidden();
  const now = ctx.clock.now();
  const access = classifiedAccess(ctx.actor, loaded.facts, now);
  if (!access.allowed) {
    await logAccess(ctx, { itemId: id, action: 'denied', level: loaded.item.securityLevel, reason: '' });
    throw hidden();
  }
  return { ...loaded, access, now };
}

/**
 * Opens an item for reading: checks clearance and need-to-know and logs the read with the reason given.
 * A refused read is logged too (action 'denied') and answered with 404, like an unknown id.
 */
export async function readItem(
  ctx: Ctx,
  id: string,
  rawReason: string,
): Promise<{ item: ClassifiedItem; access: AccessDecision & { allowed: true }; logId: number; reason: string }> {
  const { access, ...loaded } = await loadReadableItem(ctx, id);
  const reason = ZAccessReason.safeParse(rawReason);
  if (!reason.success) throw errors.validation({ reason: bilingual(reason.error.issues[0]!.message) });
  const logId = await logAccess(ctx, { itemId: id, action: 'view', level: loaded.item.securityLevel, reason: reason.data, grantId: access.grantId });
  return { item: openItem(ctx, loaded.item), access, logId, reason: reason.data };
}

/** The item with its title and description opened. Only for a reader the policy has allowed. */
function openItem(ctx: Ctx, item: ClassifiedItem): ClassifiedItem {
  const key = unwrapKey(ctx, item, `classified_items ${item.id}`);
  try {
    const what = `classified_items ${item.id}`;
    return { ...item, title: reveal(item.title, key, what), description: reveal(item.description, key, what) };
  } finally {
    key?.fill(0);
  }
}

/**
 * Whether the actor may read the item, without logging (for deciding what to show, e.g. a link). Never
 * use it to show content: content goes through readItem.
 */
export async function mayRead(ctx: Ctx, id: string): Promise<boolean> {
  const loaded = await loadItemFacts(ctx.db, id);
  return !!loaded && classifiedAccess(ctx.actor, loaded.facts, ctx.clock.now()).allowed;
}

export type ItemRow = Pick<ClassifiedItem, 'id' | 'number' | 'title' | 'securityLevel' | 'status' | 'unitId' | 'createdAt'> & {
  unitName: string;
  via: 'unit' | 'grant';
};

/** More readable items than a body holds (tens to hundreds); the list is filtered after opening. */
const READABLE_CAP = 5000;

/**
 * The items the actor may read, newest first, optionally matching a search. Which items the reader may
 * read is decided in SQL (clearance, own unit or an active grant), so neither the rows, the count nor the
 * matches reveal an item the reader may not see; the titles and descriptions of those rows only are then
 * opened, and the search (title, description, number; any case) runs on them in memory, since the
 * database holds them sealed.
 */
export async function listReadableItems(ctx: Ctx, opts: { q?: string; limit?: number } = {}): Promise<ItemRow[]> {
  authorize(ctx.actor, 'classified.list');
  const actor = ctx.actor;
  if (actor.kind !== 'user') return [];
  const allowed = SECURITY_LEVELS.filter((_, i) => i <= clearanceRank(actor.clearance));
  if (!allowed.length) return [];
  const now = ctx.clock.now();
  const granted = ctx.db
    .select({ itemId: accessGrants.itemId })
    .from(accessGrants)
    .where(and(eq(accessGrants.userId, actor.id), isNull(accessGrants.revokedAt), sql`${accessGrants.expiresAt} > ${now}`));
  const need = actor.unitId
    ? sql`(${classifiedItems.unitId} = ${actor.unitId} or ${classifiedItems.id} in ${granted})`
    : sql`${classifiedItems.id} in ${granted}`;
  const q = opts.q?.trim().slice(0, 200).toLocaleLowerCase('id') ?? '';
  const limit = opts.limit ?? 200;
  const rows = await ctx.db
    .select({
      id: classifiedItems.id,
      number: classifiedItems.number,
      title: classifiedItems.title,
      description: classifiedItems.description,
      wrappedKey: classifiedItems.wrappedKey,
      keyId: classifiedItems.keyId,
      securityLevel: classifiedItems.securityLevel,
      status: classifiedItems.status,
      unitId: classifiedItems.unitId,
      createdAt: classifiedItems.createdAt,
      unitName: units.name,
    })
    .from(classifiedItems)
    .innerJoin(units, eq(units.id, classifiedItems.unitId))
    .where(and(inArray(classifiedItems.securityLevel, allowed), need))
    .orderBy(desc(classifiedItems.createdAt), desc(classifiedItems.id))
    .limit(q ? READABLE_CAP : limit);
  const out: ItemRow[] = [];
  for (const r of rows) {
    const { wrappedKey: _w, keyId: _k, description: sealedDescription, ...row } = r;
    const key = unwrapKey(ctx, r, `classified_items ${r.id}`);
    try {
      const what = `classified_items ${r.id}`;
      const title = reveal(r.title, key, what);
      if (q) {
        const description = reveal(sealedDescription, key, what);
        const hit = [title, description, r.number].some((text) => text.toLocaleLowerCase('id').includes(q));
        if (!hit) continue;
      }
      out.push({ ...row, title, via: r.unitId === actor.unitId ? 'unit' : 'grant' });
    } finally {
      key?.fill(0);
    }
    if (out.length >= limit) break;
  }
  return out;
}

export type { GrantFacts };
