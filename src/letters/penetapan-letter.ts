// The penetapan letter of an approved test as a PDF, for the back office only: it quotes the test's
// internal text, so it needs what reading that text needs (canSeeTestInternals).
import { and, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { consequenceTestSteps, users } from '../db/schema/index.js';
import { errors } from '../errors.js';
import { loadLetterhead } from '../domain/org/letterhead.js';
import { penetapanPdf } from './penetapan.js';
import { markForWetSignature } from './sign.js';
import { resolveSigner } from '../domain/org/signer.js';
import { authorize } from '../policies/index.js';
import { canSeeTestInternals } from '../policies/exemptions.js';
import { itemReadKey, revealTest } from '../domain/classified/sealed-text.js';
import { getPublicBody } from '../domain/org/public-body.js';
import { factsOf, loadTest, unitName } from '../domain/exemptions/common.js';

export async function renderPenetapan(ctx: Ctx, id: string): Promise<{ pdf: Buffer; filename: string }> {
  authorize(ctx.actor, 'backoffice.view');
  const { test: sealed, item } = await loadTest(ctx.db, id);
  if (!canSeeTestInternals(ctx.actor, factsOf(sealed, item)) || !sealed.number || !sealed.decisionDate) throw errors.notFound();
  // Allowed: the letter quotes the internals, opened here.
  const key = await itemReadKey(ctx, sealed.itemId);
  const test = revealTest(sealed, key, `consequence_tests ${sealed.id}`);
  key?.fill(0);
  const [reviewer] = await ctx.db
    .select({ name: users.name, nip: users.nip })
    .from(consequenceTestSteps)
    .innerJoin(users, eq(users.id, consequenceTestSteps.actorId))
    .where(and(eq(consequenceTestSteps.testId, id), eq(consequenceTestSteps.action, 'reviewed')))
    .orderBy(desc(consequenceTestSteps.at))
    .limit(1);
  const body = await getPublicBody(ctx.db);
  const head = await loadLetterhead(ctx, body);
  // The PPID who examined the test sets the classification; the Atasan PPID who approved it does so for the head.
  const setter = resolveSigner(body, 'penetapan', reviewer);
  const approver = resolveSigner(body, 'penetapan_persetujuan', { name: test.signerName, nip: test.signerNip });
  const pdf = await penetapanPdf(head, { test, item, unitName: await unitName(ctx.db, test.unitId), setter, approver });
  // Signed by hand even with a certificate configured: the letter quotes the test's sealed internals, and a
  // signed copy would have to be kept, which the plain blob store must not hold (see README, signatures).
  return { pdf: await markForWetSignature(pdf), filename: `penetapan-${sealed.number.replace(/[^A-Za-z0-9]+/g, '-')}` };
}
