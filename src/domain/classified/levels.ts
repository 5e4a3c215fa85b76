// Changing an item's security level. Raising is a plain step; lowering (declassifying) is deliberate: the
// officer confirms it and gives a reason. Documents stay at least as secret as their item, so raising the
// item raises documents below the new level. Audited with number and levels (and the reason), no title.
import { messageRef, catalogueMessages } from '../../i18n/catalogue.js';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { classifiedDocuments, classifiedItems, SECURITY_LEVELS, type SecurityLevel } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { canChangeLevel, clearanceRank, levelRank } from '../../policies/classification.js';
import { recordAudit } from '../audit/record-audit.js';
import { bilingual, loadReadableItem, SECURITY_LEVEL_LABELS } from './items.js';

export const ZLevelChange = z.object({
  level: z.enum(SECURITY_LEVELS, { message: messageRef('classified.choose_security_level') }),
  reason: z.string().trim().max(500, messageRef('classified.reason_have_most_500_characters')).default(''),
  /** For lowering: the officer ticked "I am lowering the level on purpose". */
  confirmLower: z.boolean().default(false),
});
export type LevelChangeInput = z.input<typeof ZLevelChange>;

const field = (name: string, id: string, en: string) => errors.validation({ [name]: { id, en } });

export async function changeItemLevel(
  ctx: Ctx,
  itemId: string,
  raw: LevelChangeInput,
): Promise<{ from: SecurityLevel; to: SecurityLevel; documentsRaised: number }> {
  const loaded = await loadReadableItem(ctx, itemId);
  const now = loaded.now;
  if (!canChangeLevel(ctx.actor, loaded.facts, now)) {
    throw new AppError('level_change_not_allowed', 403, catalogueMessages('classified.levels.level_can_only_changed_officers'));
  }
  const parsed = ZLevelChange.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw errors.validation({ [String(i.path[0] ?? 'level')]: bilingual(i.message) });
  }
  const { level: to, reason, confirmLower } = parsed.data;
  const from = loaded.item.securityLevel;
  if (to === from) throw field('level', 'Tingkat yang dipilih sama dengan tingkat sekarang.', 'The chosen level is the present level.');
  const clearance = ctx.actor.kind === 'user' ? ctx.actor.clearance : 'none';
  if (clearanceRank(clearance) < levelRank(to)) {
    throw field('level', 'Tingkat ini di atas izin akses (clearance) Anda.', 'This level is above your clearance.');
  }
  const lowering = levelRank(to) < levelRank(from);
  if (lowering) {
    if (!confirmLower) {
      throw field(
        'confirmLower',
        `Menurunkan tingkat dari ${SECURITY_LEVEL_LABELS[from].id} ke ${SECURITY_LEVEL_LABELS[to].id} membuka informasi ini bagi lebih banyak petugas. Centang pernyataan bahwa Anda menurunkannya dengan sengaja.`,
        `Lowering the level from ${SECURITY_LEVEL_LABELS[from].en} to ${SECURITY_LEVEL_LABELS[to].en} opens this information to more officers. Tick the statement that you lower it on purpose.`,
      );
    }
    if (reason.length < 10) {
      throw field('reason', 'Tuliskan alasan perubahan tingkat (minimal 10 karakter).', 'Give the reason for the change of level (at least 10 characters).');
    }
  }
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const [item] = await tx.select().from(classifiedItems).where(eq(classifiedItems.id, itemId)).for('update');
    if (!item || item.securityLevel !== from) {
      throw errors.conflict(catalogueMessages('classified.level-decisions.someone_else_just_changed_level'));
    }
    return applyLevelChange(t, item, to, reason);
  });
}

/**
 * Sets the item's level inside the caller's transaction (the item row locked): raising raises documents
 * below the new level; audited with number and levels and the reason. Used by a change and by a decision.
 */
export async function applyLevelChange(
  t: Ctx,
  item: typeof classifiedItems.$inferSelect,
  to: SecurityLevel,
  reason: string,
): Promise<{ from: SecurityLevel; to: SecurityLevel; documentsRaised: number }> {
  const tx = t.db as Tx;
  const from = item.securityLevel;
  const itemId = item.id;
  const lowering = levelRank(to) < levelRank(from);
  const below = SECURITY_LEVELS.filter((l) => levelRank(l) < levelRank(to));
  const raised = lowering
    ? []
    : await tx
        .update(classifiedDocuments)
        .set({ securityLevel: to })
        .where(and(eq(classifiedDocuments.itemId, itemId), inArray(classifiedDocuments.securityLevel, below)))
        .returning({ id: classifiedDocuments.id });
  await tx.update(classifiedItems).set({ securityLevel: to, updatedAt: t.clock.now() }).where(eq(classifiedItems.id, itemId));
  await recordAudit(t, {
    action: lowering ? 'classified.level_lowered' : 'classified.level_raised',
    entityType: 'classified_item',
    entityId: itemId,
    before: { number: item.number, securityLevel: from },
    after: { number: item.number, securityLevel: to },
    details: { reason, documentsRaised: raised.length },
  });
  return { from, to, documentsRaised: raised.length };
}
