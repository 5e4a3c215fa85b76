// The release path of exempt information (UU KIP Ps 11(2), Ps 20): the test ends, the item is released and a
// DIP draft is made for its unit; used by the expiry review (reviews.ts) and by objection and dispute decisions.
import { and, eq } from 'drizzle-orm';
import { inTransaction, systemActor, type Ctx } from '../../context.js';
import { classifiedItems, consequenceTests, exemptionReviews, units } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { itemWriteKey } from '../classified/sealed-text.js';
import { createDraft } from '../dip/create-dip-draft.js';
import { addStep, invalid, issuesOf, loadTest, mailEach, usersWithRole, type ConsequenceTest } from './common.js';
import { ZReleaseReason } from './input.js';
import { actorId } from '../../shared/ids.js';

/**
 * The shared release path: the test ends (expired after a review, released after a decision), the item is
 * released, and a DIP draft is made in the item's unit from the public title and summary, for the unit's
 * PPID Pembantu to complete and submit. Runs in the caller's transaction.
 */
export async function releaseTest(t: Ctx, test: ConsequenceTest, end: 'expired' | 'released', reason: string): Promise<{ dipEntryId: string }> {
  const now = t.clock.now();
  const [item] = await t.db
    .select({ id: classifiedItems.id, unitId: classifiedItems.unitId, number: classifiedItems.number })
    .from(classifiedItems)
    .where(eq(classifiedItems.id, test.itemId))
    .for('update');
  if (!item) throw errors.notFound();
  await t.db.update(consequenceTests).set({ status: end, endedAt: now, updatedAt: now }).where(eq(consequenceTests.id, test.id));
  const [unit] = await t.db.select({ name: units.name }).from(units).where(eq(units.id, item.unitId));
  // The draft is made for the unit: the releasing official does not hold the DIP pen.
  const entry = await createDraft({ ...t, actor: systemActor(`pembukaan ${test.number ?? ''}`.trim()) }, item.unitId, {
    title: test.publicTitle,
    summary: `${test.publicSummary}\n\nInformasi ini semula dikecualikan berdasarkan Penetapan Nomor ${test.number} dan dibuka: ${reason}`,
    category: 'setiap_saat',
    subtype: 'lainnya',
    holder: unit?.name ?? '',
    responsible: unit?.name ?? 'PPID',
    madeWhen: '',
    madePlace: '',
    forms: ['terekam'],
    formats: [],
    retention: 'Sesuai Jadwal Retensi Arsip',
    year: null,
    periodLabel: '',
    tags: [],
    links: [],
  });
  await t.db
    .update(classifiedItems)
    .set({ status: 'released', releasedAt: now, releaseReason: reason, dipEntryId: entry.id, updatedAt: now })
    .where(eq(classifiedItems.id, item.id));
  await t.db
    .update(exemptionReviews)
    .set({ status: 'released', dipEntryId: entry.id, decidedBy: actorId(t), decidedAt: now, note: reason })
    .where(and(eq(exemptionReviews.testId, test.id), eq(exemptionReviews.status, 'open')));
  await addStep(t, test.id, end, reason, await itemWriteKey(t, item.id));
  await recordAudit(t, {
    action: `exemption.${end}`,
    entityType: 'consequence_test',
    entityId: test.id,
    after: { status: end, number: test.number, item: item.number, dipEntryId: entry.id },
  });
  const unitNameText = unit?.name ?? '';
  await mailEach(t, await usersWithRole(t.db, 'ppid_pembantu', item.unitId), 'exemption_released', (r, body) => ({
    name: r.name,
    body,
    title: test.publicTitle,
    unit: unitNameText,
    number: test.number ?? '',
    link: `${t.settings.baseUrl}/admin/dip/${entry.id}`,
  }));
  return { dipEntryId: entry.id };
}

/**
 * Opens information because an objection (Atasan PPID) or a dispute (Komisi Informasi) decision says so
 * (UU KIP Ps 11(2)): the test the refusal cited ends as `released` and the information takes the release
 * path. Runs in the caller's transaction when there is one, so the decision and the release commit together.
 * Authorised for the Atasan PPID (`keberatan`) or whoever records disputes (`sengketa`).
 */
export async function releaseByDecision(
  ctx: Ctx,
  input: { consequenceTestId: string; reason: string; source: 'keberatan' | 'sengketa' },
): Promise<{ dipEntryId: string } | null> {
  authorize(ctx.actor, input.source === 'keberatan' ? 'objection.decide' : 'dispute.manage');
  const parsed = ZReleaseReason.safeParse({ reason: input.reason });
  if (!parsed.success) throw invalid(issuesOf(parsed.error.issues));
  return inTransaction(ctx, async (t) => {
    const { test } = await loadTest(t.db, input.consequenceTestId, true);
    // Already ended (released by an earlier decision, expired, superseded): nothing more to open.
    if (test.status !== 'approved') return null;
    const label = input.source === 'keberatan' ? 'putusan atas keberatan' : 'putusan sengketa informasi';
    return releaseTest(t, test, 'released', `${label}: ${parsed.data.reason}`);
  });
}
