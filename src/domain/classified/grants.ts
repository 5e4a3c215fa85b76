// Need-to-know for a named staff user outside the item's unit: given with a reason and an end date (at
// most MAX_GRANT_DAYS ahead), revoked at any time, listed active and past. canGrantAccess decides who may;
// a grant never raises the grantee's clearance, so a grantee must already be cleared for the item.
import { messageRef, messages, catalogueMessages } from '../../i18n/catalogue.js';
import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { inTransaction, type Ctx, type Role } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { accessGrants, classifiedItems, SECURITY_LEVELS, units, users } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { canGrantAccess, clearanceRank, grantActive, levelRank } from '../../policies/classification.js';
import { recordAudit } from '../audit/record-audit.js';
import { addDays, dateInZone, parseIsoDate, startOfDayInZone, zoneOf } from '../calendar/dates.js';
import { getPublicBody } from '../org/public-body.js';
import { bilingual, hidden, loadItemFacts, loadReadableItem, SECURITY_LEVEL_LABELS } from './items.js';
import { actorId, isUuid } from '../../shared/ids.js';

/** The longest a grant may run: need-to-know is for a task, not for good. */
export const MAX_GRANT_DAYS = 90;

/** Roles that work with the register; a grant to anyone else would give nothing. */
const REGISTER_ROLES: readonly Role[] = ['ppid_utama', 'ppid_pembantu', 'atasan_ppid'];

export const ZGrantInput = z.object({
  userId: z.uuid({ message: messageRef('classified.choose_officer_give_access') }),
  reason: z
    .string()
    .trim()
    .min(10, messageRef('classified.give_reason_why_officer_needs_know'))
    .max(500, messageRef('classified.reason_have_most_500_characters')),
  until: z.string().trim().min(1, messageRef('classified.enter_date_access_ends')),
});
export type GrantInput = z.input<typeof ZGrantInput>;

async function timeZone(ctx: Ctx): Promise<string> {
  return zoneOf(await getPublicBody(ctx.db));
}

/** The item, if the actor may give access to it; 404 (logged) when they cannot even read it, 403 when they only read it by a grant. */
async function itemForGranting(ctx: Ctx, itemId: string) {
  const loaded = await loadReadableItem(ctx, itemId);
  const now = loaded.now;
  if (!canGrantAccess(ctx.actor, loaded.facts, now)) {
    throw new AppError('grant_not_allowed', 403, catalogueMessages('classified.grants.access_can_only_given_officers'));
  }
  return loaded;
}

export type GrantCandidate = { id: string; name: string; unitName: string | null; clearance: string };

/** Staff who could be given need-to-know on the item: register roles, outside its unit, cleared for its level. */
export async function grantCandidates(ctx: Ctx, itemId: string): Promise<GrantCandidate[]> {
  const { item } = await itemForGranting(ctx, itemId);
  const cleared = SECURITY_LEVELS.filter((l) => levelRank(l) >= levelRank(item.securityLevel));
  const me = ctx.actor.kind === 'user' ? ctx.actor.id : '';
  return ctx.db
    .select({ id: users.id, name: users.name, unitName: units.name, clearance: users.clearance })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(
      and(
        isNull(users.lockedAt),
        ne(users.id, me),
        sql`(${users.unitId} is null or ${users.unitId} <> ${item.unitId})`,
        sql`${users.roles} && ${sql.raw(`ARRAY[${REGISTER_ROLES.map((r) => `'${r}'`).join(',')}]::text[]`)}`,
        sql`${users.clearance} in (${sql.join(
          cleared.map((c) => sql`${c}`),
          sql`, `,
        )})`,
      ),
    )
    .orderBy(asc(users.name));
}

function fieldError(field: string, id: string, en: string): AppError {
  return errors.validation({ [field]: { id, en } });
}

/**
 * Gives the user need-to-know on the item until the end of `until` (a date in the body's time zone, from
 * today to MAX_GRANT_DAYS ahead). Refuses a grantee who could not use it: not staff of the register, in
 * the item's own unit already, without the clearance, or holding an active grant already.
 */
export async function grantAccess(ctx: Ctx, itemId: string, raw: GrantInput) {
  const { item } = await itemForGranting(ctx, itemId);
  const parsed = ZGrantInput.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, { id: string; en: string }> = {};
    for (const i of parsed.error.issues) fields[String(i.path[0] ?? '_')] ??= bilingual(i.message);
    throw errors.validation(fields);
  }
  const input = parsed.data;
  const tz = await timeZone(ctx);
  const now = ctx.clock.now();
  const today = dateInZone(now, tz).date;
  const until = parseIsoDate(input.until);
  const latest = addDays(today, MAX_GRANT_DAYS);
  if (!until) throw errors.validation({ until: messages('validation.not_valid_date_use_form_yyyy') });
  if (until < today) throw fieldError('until', 'Tanggal berakhir tidak boleh sebelum hari ini.', 'The end date cannot be before today.');
  if (until > latest) {
    throw fieldError(
      'until',
      `Akses paling lama ${MAX_GRANT_DAYS} hari, yaitu sampai ${latest}.`,
      `Access can last at most ${MAX_GRANT_DAYS} days, that is until ${latest}.`,
    );
  }
  const [grantee] = await ctx.db.select().from(users).where(eq(users.id, input.userId));
  if (!grantee || grantee.lockedAt || !grantee.roles.some((r) => REGISTER_ROLES.includes(r as Role))) {
    throw fieldError('userId', 'Pilih petugas PPID yang aktif.', 'Choose an active PPID officer.');
  }
  if (ctx.actor.kind === 'user' && grantee.id === ctx.actor.id)
    throw fieldError('userId', 'Anda tidak dapat memberi akses kepada diri sendiri.', 'You cannot give access to yourself.');
  if (grantee.unitId === item.unitId) {
    throw fieldError(
      'userId',
      'Petugas ini berada di unit pemilik informasi dan sudah dapat membacanya.',
      'This officer is in the unit that holds the information and can already read it.',
    );
  }
  const level = SECURITY_LEVEL_LABELS[item.securityLevel];
  if (clearanceRank((grantee.clearance as never) ?? 'none') < levelRank(item.securityLevel)) {
    throw fieldError(
      'userId',
      `Izin akses (clearance) petugas ini di bawah ${level.id}; akses tidak menaikkan izin. Mintalah Atasan PPID menaikkan izinnya lebih dahulu.`,
      `This officer's clearance is below ${level.en}; a grant does not raise it. Ask the Atasan PPID to raise their clearance first.`,
    );
  }
  const expiresAt = startOfDayInZone(addDays(until, 1), tz);
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    await tx.select({ id: classifiedItems.id }).from(classifiedItems).where(eq(classifiedItems.id, itemId)).for('update');
    const existing = await tx
      .select()
      .from(accessGrants)
      .where(and(eq(accessGrants.itemId, itemId), eq(accessGrants.userId, grantee.id)));
    const active = existing.find((g) => grantActive(g, now));
    if (active) {
      throw errors.conflict(catalogueMessages('classified.grants.already_holds_access_still_force', { granteeName: grantee.name }));
    }
    const [grant] = await tx
      .insert(accessGrants)
      .values({
        itemId,
        userId: grantee.id,
        reason: input.reason,
        grantedBy: actorId(t),
        grantedAt: now,
        expiresAt,
      })
      .returning();
    await recordAudit(t, {
      action: 'classified.access_granted',
      entityType: 'classified_item',
      entityId: itemId,
      after: { number: item.number, securityLevel: item.securityLevel, grantId: grant!.id, granteeId: grantee.id, until, expiresAt },
    });
    return grant!;
  });
}

/** Ends a grant now. Whoever may give access on the item may revoke any grant on it. */
export async function revokeGrant(ctx: Ctx, itemId: string, grantId: string): Promise<void> {
  const { item } = await itemForGranting(ctx, itemId);
  if (!isUuid(grantId)) throw errors.notFound();
  await inTransaction(ctx, async (t) => {
    const now = t.clock.now();
    const [grant] = await t.db
      .select()
      .from(accessGrants)
      .where(and(eq(accessGrants.id, grantId), eq(accessGrants.itemId, itemId)));
    if (!grant) throw errors.notFound();
    if (!grantActive(grant, now)) {
      throw errors.conflict(catalogueMessages('classified.grants.access_has_already_ended_been'));
    }
    await t.db
      .update(accessGrants)
      .set({ revokedAt: now, revokedBy: actorId(t) })
      .where(eq(accessGrants.id, grantId));
    await recordAudit(t, {
      action: 'classified.access_revoked',
      entityType: 'classified_item',
      entityId: itemId,
      after: { number: item.number, grantId, granteeId: grant.userId },
    });
  });
}

export type GrantRow = {
  id: string;
  userName: string;
  unitName: string | null;
  reason: string;
  grantedBy: string | null;
  grantedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedBy: string | null;
  active: boolean;
  /** The last day the grant holds, in the body's time zone. */
  until: string;
};

/** The grants on an item, active first, for those who may give access (null for other readers). */
export async function listGrants(ctx: Ctx, itemId: string): Promise<GrantRow[] | null> {
  authorize(ctx.actor, 'classified.list');
  const loaded = await loadItemFacts(ctx.db, itemId);
  if (!loaded) throw hidden();
  const now = ctx.clock.now();
  if (!canGrantAccess(ctx.actor, loaded.facts, now)) return null;
  const grantor = alias(users, 'grantor');
  const revoker = alias(users, 'revoker');
  const rows = await ctx.db
    .select({
      id: accessGrants.id,
      userName: users.name,
      unitName: units.name,
      reason: accessGrants.reason,
      grantedBy: grantor.name,
      grantedAt: accessGrants.grantedAt,
      expiresAt: accessGrants.expiresAt,
      revokedAt: accessGrants.revokedAt,
      revokedBy: revoker.name,
    })
    .from(accessGrants)
    .innerJoin(users, eq(users.id, accessGrants.userId))
    .leftJoin(units, eq(units.id, users.unitId))
    .leftJoin(grantor, eq(grantor.id, accessGrants.grantedBy))
    .leftJoin(revoker, eq(revoker.id, accessGrants.revokedBy))
    .where(eq(accessGrants.itemId, itemId))
    .orderBy(desc(accessGrants.grantedAt));
  const tz = await timeZone(ctx);
  return rows
    .map((r) => ({
      ...r,
      active: grantActive({ id: r.id, userId: '', expiresAt: r.expiresAt, revokedAt: r.revokedAt }, now),
      until: dateInZone(new Date(r.expiresAt.getTime() - 1), tz).date,
    }))
    .sort((a, b) => Number(b.active) - Number(a.active));
}
