// The penetapan of a classified item's security level (keputusan penetapan tingkat klasifikasi): its own
// record of the decision that sets the level (the deciding official, the legal basis, the date, the period
// of classification, the date it will be lowered or opened) with a numbered letter. A change of level is a
// new decision; the item's decisions are its history. Read and decided under the item's own rules
// (clearance and need-to-know: src/policies/classification.ts). Audited by numbers and levels only.
import { messageRef, catalogueMessages } from '../../i18n/catalogue.js';
import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { classifiedItemCounters, classifiedItems, classifiedLevelDecisions, SECURITY_LEVELS, units, users } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { resolveSigner } from '../org/signer.js';
import { canDecideLevel, canReadLevelDecision, clearanceRank, levelRank } from '../../policies/classification.js';
import { recordAudit } from '../audit/record-audit.js';
import { dateInZone, parseIsoDate, zoneOf } from '../calendar/dates.js';
import { getPublicBody } from '../org/public-body.js';
import { formatRequestNumber } from '../requests/numbering.js';
import { bilingual, hidden, loadReadableItem, SECURITY_LEVEL_LABELS } from './items.js';
import { applyLevelChange } from './levels.js';

export type LevelDecision = typeof classifiedLevelDecisions.$inferSelect;

export const LEVEL_DECISION_NUMBER_PATTERN = '{nomor}/PTK/PPID/{bulan}/{tahun}';

const isoDate = (msg: string) =>
  z
    .string()
    .trim()
    .refine((d) => parseIsoDate(d) !== null, { message: msg });
const optionalDate = z
  .string()
  .trim()
  .default('')
  .refine((d) => d === '' || parseIsoDate(d) !== null, { message: messageRef('classified.give_date_yyyy_mm_dd') });

export const ZLevelDecision = z
  .object({
    level: z.enum(SECURITY_LEVELS, { message: messageRef('classified.choose_security_level') }),
    legalBasis: z.string().trim().min(10, messageRef('classified.give_legal_basis_decision_least_10')).max(500, messageRef('validation.most_500_characters')),
    periodStart: isoDate(messageRef('classified.give_start_classification_period_yyyy_mm')),
    periodEnd: optionalDate,
    reviewOn: optionalDate,
    /** What happens on reviewOn: lowered to this level, or 'terbuka' (the information is opened). */
    nextLevel: z.union([z.literal('terbuka'), z.enum(SECURITY_LEVELS)]).default('terbuka'),
    reason: z.string().trim().max(500, messageRef('validation.most_500_characters')).default(''),
    confirmLower: z.boolean().default(false),
  })
  .refine((d) => !d.periodEnd || d.periodEnd >= d.periodStart, {
    path: ['periodEnd'],
    message: messageRef('classified.end_classification_period_cannot_before_start'),
  })
  .refine((d) => !d.reviewOn || d.reviewOn >= d.periodStart, {
    path: ['reviewOn'],
    message: messageRef('classified.date_lowering_opening_cannot_before_period'),
  })
  .refine((d) => d.nextLevel === 'terbuka' || levelRank(d.nextLevel) < levelRank(d.level), {
    path: ['nextLevel'],
    message: messageRef('classified.level_after_lowering_below_level_decided'),
  });
export type LevelDecisionInput = z.input<typeof ZLevelDecision>;

const field = (name: string, id: string, en: string) => errors.validation({ [name]: { id, en } });

/**
 * Decides the item's level: a new decision in its history, numbered, signed by the deciding official (name
 * and NIP from their account; position and a.n. from the profile). A different level changes the item's
 * level in the same transaction (raising raises lower documents; lowering needs the confirmation and a reason).
 */
export async function decideLevel(ctx: Ctx, itemId: string, raw: LevelDecisionInput): Promise<LevelDecision> {
  const loaded = await loadReadableItem(ctx, itemId);
  if (!canDecideLevel(ctx.actor, loaded.facts, loaded.now) || ctx.actor.kind !== 'user') {
    throw new AppError('level_change_not_allowed', 403, catalogueMessages('classified.level-decisions.level_can_only_decided_officers'));
  }
  const parsed = ZLevelDecision.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, { id: string; en: string }> = {};
    for (const i of parsed.error.issues) fields[String(i.path[0] ?? 'level')] ??= bilingual(i.message);
    throw errors.validation(fields);
  }
  const d = parsed.data;
  const from = loaded.item.securityLevel;
  if (clearanceRank(ctx.actor.clearance) < levelRank(d.level))
    throw field('level', 'Tingkat ini di atas izin akses (clearance) Anda.', 'This level is above your clearance.');
  const lowering = levelRank(d.level) < levelRank(from);
  if (lowering && !d.confirmLower) {
    throw field(
      'confirmLower',
      `Menurunkan tingkat dari ${SECURITY_LEVEL_LABELS[from].id} ke ${SECURITY_LEVEL_LABELS[d.level].id} membuka informasi ini bagi lebih banyak petugas. Centang pernyataan bahwa Anda menurunkannya dengan sengaja.`,
      `Lowering the level from ${SECURITY_LEVEL_LABELS[from].en} to ${SECURITY_LEVEL_LABELS[d.level].en} opens this information to more officers. Tick the statement that you lower it on purpose.`,
    );
  }
  if (lowering && d.reason.length < 10)
    throw field('reason', 'Tuliskan alasan perubahan tingkat (minimal 10 karakter).', 'Give the reason for the change of level (at least 10 characters).');
  const actorId = ctx.actor.id;
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const [item] = await tx.select().from(classifiedItems).where(eq(classifiedItems.id, itemId)).for('update');
    if (!item || item.securityLevel !== from) {
      throw errors.conflict(catalogueMessages('classified.level-decisions.someone_else_just_changed_level'));
    }
    if (d.level !== from) await applyLevelChange(t, item, d.level, d.reason);
    const body = await getPublicBody(tx);
    const today = dateInZone(t.clock.now(), zoneOf(body)).date;
    const year = Number(today.slice(0, 4));
    const [counter] = await tx
      .insert(classifiedItemCounters)
      .values({ key: `PTK/${year}`, last: 1 })
      .onConflictDoUpdate({ target: classifiedItemCounters.key, set: { last: sql`${classifiedItemCounters.last} + 1` } })
      .returning({ last: classifiedItemCounters.last });
    const number = formatRequestNumber(LEVEL_DECISION_NUMBER_PATTERN, counter!.last, { year, month: Number(today.slice(5, 7)) });
    const [me] = await tx.select({ name: users.name, nip: users.nip }).from(users).where(eq(users.id, actorId));
    // The Atasan PPID decides as such; an officer of the owning unit under their own title and unit.
    const roles = t.actor.kind === 'user' ? t.actor.roles : [];
    const [unit] = await tx.select({ name: units.name }).from(units).where(eq(units.id, item.unitId));
    const own = roles.includes('atasan_ppid')
      ? undefined
      : roles.includes('ppid_utama')
        ? `PPID Utama ${body?.shortName || body?.name || ''}`.trim()
        : `${body?.agencyOfficerLabel ?? 'PPID Pembantu'} ${unit?.name ?? ''}`.trim();
    const signer = resolveSigner(body, 'penetapan_tingkat_klasifikasi', me, own);
    const [row] = await tx
      .insert(classifiedLevelDecisions)
      .values({
        itemId,
        number,
        level: d.level,
        previousLevel: from,
        legalBasis: d.legalBasis,
        decisionDate: today,
        periodStart: d.periodStart,
        periodEnd: d.periodEnd || null,
        reviewOn: d.reviewOn || null,
        nextLevel: d.reviewOn && d.nextLevel !== 'terbuka' ? d.nextLevel : null,
        decidedBy: actorId,
        signerName: signer.name,
        signerPosition: signer.position,
        signerNip: signer.nip,
        onBehalfOf: signer.onBehalfOf,
        createdAt: t.clock.now(),
      })
      .returning();
    await recordAudit(t, {
      action: 'classified.level_decided',
      entityType: 'classified_item',
      entityId: itemId,
      after: { number, item: item.number, level: d.level, previousLevel: from, periodEnd: d.periodEnd || null, reviewOn: d.reviewOn || null },
    });
    return row!;
  });
}

/** The item's decisions, oldest first (the last is in force), for its readers only. */
export async function listLevelDecisions(ctx: Ctx, itemId: string): Promise<LevelDecision[]> {
  const loaded = await loadReadableItem(ctx, itemId);
  if (!canReadLevelDecision(ctx.actor, loaded.facts, loaded.now)) throw hidden();
  return ctx.db
    .select()
    .from(classifiedLevelDecisions)
    .where(eq(classifiedLevelDecisions.itemId, itemId))
    .orderBy(asc(classifiedLevelDecisions.createdAt), asc(classifiedLevelDecisions.number));
}
