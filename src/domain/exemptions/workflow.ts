// The way of a consequence test: the drafter submits it to the PPID Utama, who returns it with a note or
// forwards it; the Atasan PPID approves it (the penetapan, Perki 1/2017 Ps 4(3)–(4)), rejects it or
// returns it. Each step is one transaction with its step row, its audit entry and the email to the next
// actor, which names only the public title or the number.
import { and, eq, sql } from 'drizzle-orm';
import { inTransaction, systemActor, type Ctx } from '../../context.js';
import { consequenceTestCounters, consequenceTests, dipEntries, exemptionReviews } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { canDecideTest, canEditTest, canReviewTest } from '../../policies/exemptions.js';
import { recordAudit } from '../audit/record-audit.js';
import { conceal, itemReadKey, itemWriteKey, revealTest } from '../classified/sealed-text.js';
import { unpublishEntry } from '../dip/unpublish-dip-entry.js';
import { getPublicBody } from '../org/public-body.js';
import { todayInBody } from '../requests/case.js';
import { formatRequestNumber } from '../requests/numbering.js';
import {
  actorName,
  addStep,
  factsOf,
  invalid,
  issuesOf,
  loadTest,
  mailEach,
  testLink,
  unitName,
  userById,
  usersWithRole,
  wrongState,
  type ConsequenceTest,
} from './common.js';
import { ZDecision, ZNote, ZOptionalNote } from './input.js';
import { actorId } from '../../shared/ids.js';

/**
 * The changed test as the caller gets it back, internals opened: every step here is taken by an actor the
 * policy lets read them (canEditTest, canReviewTest, canDecideTest all need canSeeTestInternals).
 */
async function opened(t: Ctx, row: ConsequenceTest): Promise<ConsequenceTest> {
  return revealTest(row, await itemReadKey(t, row.itemId), `consequence_tests ${row.id}`);
}

/** The penetapan number: a sequence per year of the decision date, months in Roman numerals. */
export const PENETAPAN_NUMBER_PATTERN = '{nomor}/PENETAPAN/PPID/{bulan}/{tahun}';

/**
 * The next sequence of `year`. The counter row stays locked by the update until the transaction ends,
 * so concurrent approvals queue for it and a rolled-back approval gives its number back: no gaps.
 */
async function nextPenetapanSeq(ctx: Ctx, year: number): Promise<number> {
  const [r] = await ctx.db
    .insert(consequenceTestCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: consequenceTestCounters.year, set: { last: sql`${consequenceTestCounters.last} + 1` } })
    .returning({ last: consequenceTestCounters.last });
  return r!.last;
}

async function drafterMail(t: Ctx, test: ConsequenceTest, decision: 'approved' | 'rejected' | 'returned') {
  const drafter = await userById(t.db, test.createdBy);
  if (!drafter || drafter.locked) return;
  const unit = await unitName(t.db, test.unitId);
  await mailEach(t, [drafter], 'exemption_decided', (r, body) => ({
    name: r.name,
    body,
    title: test.publicTitle,
    unit,
    actor: actorName(t),
    link: testLink(t, test.id),
    decision,
    number: test.number ?? '',
  }));
}

/** The drafter (or anyone who may edit it) submits a draft or returned test to the PPID Utama. */
export async function submitTest(ctx: Ctx, id: string): Promise<ConsequenceTest> {
  authorize(ctx.actor, 'exemption.draft', { unitId: ctx.actor.kind === 'user' ? ctx.actor.unitId : null });
  return inTransaction(ctx, async (t) => {
    const { test, item } = await loadTest(t.db, id, true);
    if (!canEditTest(t.actor, factsOf(test, item))) throw errors.notFound();
    if (test.status !== 'draft' && test.status !== 'returned') {
      throw wrongState('Uji konsekuensi ini sudah diajukan atau diputuskan.', 'This consequence test has already been submitted or decided.');
    }
    const [u] = await t.db.update(consequenceTests).set({ status: 'submitted', updatedAt: t.clock.now() }).where(eq(consequenceTests.id, id)).returning();
    await addStep(t, id, 'submitted');
    await recordAudit(t, { action: 'exemption.submitted', entityType: 'consequence_test', entityId: id, after: { status: 'submitted', item: item.number } });
    const unit = await unitName(t.db, test.unitId);
    await mailEach(t, await usersWithRole(t.db, 'ppid_utama'), 'exemption_submitted', (r, body) => ({
      name: r.name,
      body,
      title: test.publicTitle,
      unit,
      actor: actorName(t),
      link: testLink(t, id),
    }));
    return opened(t, u!);
  });
}

/** The PPID Utama forwards a submitted test to the Atasan PPID (optionally with a note) or returns it with one. */
export async function reviewTest(ctx: Ctx, id: string, action: 'forward' | 'return', raw: { note?: string }): Promise<ConsequenceTest> {
  authorize(ctx.actor, 'exemption.review');
  const parsed = (action === 'return' ? ZNote : ZOptionalNote).safeParse({ note: raw.note ?? '' });
  if (!parsed.success) throw invalid(issuesOf(parsed.error.issues));
  const note = parsed.data.note;
  return inTransaction(ctx, async (t) => {
    const { test, item } = await loadTest(t.db, id, true);
    if (!canReviewTest(t.actor, factsOf(test, item))) throw errors.notFound();
    if (test.status !== 'submitted') {
      throw wrongState('Uji konsekuensi ini tidak sedang menunggu pemeriksaan PPID Utama.', 'This consequence test is not waiting for the lead PPID.');
    }
    const status = action === 'forward' ? 'reviewed' : 'returned';
    const key = await itemWriteKey(t, item.id);
    const [u] = await t.db
      .update(consequenceTests)
      .set({ status, note: conceal(note, key), updatedAt: t.clock.now() })
      .where(eq(consequenceTests.id, id))
      .returning();
    await addStep(t, id, action === 'forward' ? 'reviewed' : 'returned', note, key);
    await recordAudit(t, { action: `exemption.${status}`, entityType: 'consequence_test', entityId: id, after: { status, item: item.number } });
    if (action === 'forward') {
      const unit = await unitName(t.db, test.unitId);
      await mailEach(t, await usersWithRole(t.db, 'atasan_ppid'), 'exemption_forwarded', (r, body) => ({
        name: r.name,
        body,
        title: test.publicTitle,
        unit,
        actor: actorName(t),
        link: testLink(t, id),
      }));
    } else await drafterMail(t, u!, 'returned');
    return opened(t, u!);
  });
}

/**
 * The Atasan PPID's decision on a reviewed test: approve (the penetapan: number, date, signer, a.n. the
 * head of the body), reject with reasons, or return with reasons. Approval withdraws the DIP entry the
 * item came from, and ends the test this one extends.
 */
export async function decideTest(ctx: Ctx, id: string, raw: { decision?: string; reasons?: string }): Promise<ConsequenceTest> {
  authorize(ctx.actor, 'exemption.decide');
  const parsed = ZDecision.safeParse({ decision: raw.decision ?? '', reasons: raw.reasons ?? '' });
  if (!parsed.success) throw invalid(issuesOf(parsed.error.issues));
  const { decision, reasons } = parsed.data;
  return inTransaction(ctx, async (t) => {
    const { test, item } = await loadTest(t.db, id, true);
    if (!canDecideTest(t.actor, factsOf(test, item))) throw errors.notFound();
    if (test.status !== 'reviewed') {
      throw wrongState(
        'Uji konsekuensi ini belum diteruskan oleh PPID Utama atau sudah diputuskan.',
        'This consequence test has not been forwarded by the lead PPID, or it has already been decided.',
      );
    }
    const now = t.clock.now();
    const today = await todayInBody(t);
    const key = await itemWriteKey(t, item.id);
    if (decision === 'kembalikan') {
      const [u] = await t.db
        .update(consequenceTests)
        .set({ status: 'returned', note: conceal(reasons, key), updatedAt: now })
        .where(eq(consequenceTests.id, id))
        .returning();
      await addStep(t, id, 'returned', reasons, key);
      await recordAudit(t, { action: 'exemption.returned', entityType: 'consequence_test', entityId: id, after: { status: 'returned', by: 'atasan_ppid' } });
      await drafterMail(t, u!, 'returned');
      return opened(t, u!);
    }
    if (decision === 'tolak') {
      const [u] = await t.db
        .update(consequenceTests)
        .set({ status: 'rejected', decisionReasons: conceal(reasons, key), decidedBy: actorId(t), decidedAt: now, updatedAt: now })
        .where(eq(consequenceTests.id, id))
        .returning();
      await addStep(t, id, 'rejected', reasons, key);
      // An extension that is refused leaves the review open for another decision.
      if (test.supersedesId) {
        await t.db
          .update(exemptionReviews)
          .set({ newTestId: null })
          .where(and(eq(exemptionReviews.testId, test.supersedesId), eq(exemptionReviews.newTestId, id)));
      }
      await recordAudit(t, { action: 'exemption.rejected', entityType: 'consequence_test', entityId: id, after: { status: 'rejected', item: item.number } });
      await drafterMail(t, u!, 'rejected');
      return opened(t, u!);
    }
    if (test.periodEnd !== null && test.periodEnd < today) {
      throw wrongState(
        'Jangka waktu pengecualian dalam uji ini sudah berakhir. Kembalikan untuk diperbaiki jangka waktunya.',
        'The exemption period of this test has already ended. Return it so that the period can be corrected.',
      );
    }
    const body = await getPublicBody(t.db);
    const signer = await userById(t.db, actorId(t));
    const year = Number(today.slice(0, 4));
    const seq = await nextPenetapanSeq(t, year);
    const number = formatRequestNumber(PENETAPAN_NUMBER_PATTERN, seq, { year, month: Number(today.slice(5, 7)) });
    const [u] = await t.db
      .update(consequenceTests)
      .set({
        status: 'approved',
        number,
        year,
        seq,
        decisionDate: today,
        decisionReasons: conceal(reasons, key),
        signerName: signer?.name ?? actorName(t),
        signerNip: signer?.nip ?? '',
        signerPosition: body?.atasanPpidPosition ?? 'Sekretaris Daerah',
        onBehalfOf: `${body?.headOfBodyTitle ?? 'Wali Kota'} ${body?.shortName || body?.name || ''}`.trim(),
        decidedBy: actorId(t),
        decidedAt: now,
        updatedAt: now,
      })
      .where(eq(consequenceTests.id, id))
      .returning();
    await addStep(t, id, 'approved', reasons, key);
    await recordAudit(t, {
      action: 'exemption.approved',
      entityType: 'consequence_test',
      entityId: id,
      after: { status: 'approved', number, decisionDate: today, item: item.number, level: item.securityLevel, ground: test.ground, periodEnd: test.periodEnd },
    });
    // Information that is now exempt leaves the portal (kip-domain.md §3: the DIP excludes exempt information).
    if (item.origin === 'dip' && item.dipEntryId) {
      const [entry] = await t.db.select().from(dipEntries).where(eq(dipEntries.id, item.dipEntryId)).for('update');
      if (entry?.publishedVersionId && entry.status !== 'unpublished') {
        await unpublishEntry(
          { ...t, actor: systemActor(`penetapan ${number}`) },
          entry.id,
          `Dikecualikan berdasarkan Penetapan Nomor ${number} (UU 14/2008 Pasal 17).`,
        );
      }
    }
    if (test.supersedesId) {
      await t.db
        .update(consequenceTests)
        .set({ status: 'superseded', endedAt: now, updatedAt: now })
        .where(and(eq(consequenceTests.id, test.supersedesId), eq(consequenceTests.status, 'approved')));
      await t.db
        .update(exemptionReviews)
        .set({ status: 'extended', newTestId: id, decidedAt: now })
        .where(and(eq(exemptionReviews.testId, test.supersedesId), eq(exemptionReviews.status, 'open')));
      await recordAudit(t, {
        action: 'exemption.superseded',
        entityType: 'consequence_test',
        entityId: test.supersedesId,
        after: { status: 'superseded', by: number },
      });
    }
    await drafterMail(t, u!, 'approved');
    return opened(t, u!);
  });
}
