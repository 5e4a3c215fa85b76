// Makes the released copy of a redaction: original opened (logged), engine run, copy stored as a blob, the
// redaction marked produced with the tests it rests on, in one transaction with its audit entry.
import { messageRef, catalogueMessages } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { informationRequests, redactions, users } from '../../db/schema/index.js';
import { redactionErrors } from '../../documents/redact.js';
import { errors } from '../../errors.js';
import { loadLetterhead } from '../org/letterhead.js';
import { resolveSigner } from '../org/signer.js';
import { recordAudit } from '../audit/record-audit.js';
import { dateInZone, formatLongDate, zoneOf } from '../calendar/dates.js';
import { hidden } from '../classified/items.js';
import { getPublicBody } from '../org/public-body.js';
import { groundLabel, groundReference } from './grounds.js';
import { type CoveringTest, citeTest, coveringTests } from './covering-tests.js';
import { redactPdf } from './engine.js';
import {
  type DocumentFacts,
  type Redaction,
  alreadyProduced,
  changedMeanwhile,
  draftToken,
  fieldErrors,
  loadRedaction,
  msg,
  openSource,
  redactionAvailable,
  redactionRef,
  toolReason,
} from './shared.js';
import { actorId } from '../../shared/ids.js';

const NO_TEST = messageRef('redaction.choose_approved_consequence_test_redaction_rests');

/** The tests chosen for the copy: approved, in force, of the item or its unit, covering every ground used. */
async function citedTests(ctx: Ctx, doc: DocumentFacts, r: Redaction, ids: string[]): Promise<CoveringTest[]> {
  const offered = await coveringTests(ctx, doc);
  const chosen = offered.filter((t) => ids.includes(t.id));
  if (!chosen.length || chosen.length !== new Set(ids).size) throw errors.validation({ testIds: msg(NO_TEST) });
  const letters = [...new Set([...r.areas.map((a) => a.ground), ...r.patterns.map((p) => p.ground)].map((g) => g.split('.')[0]!))].sort();
  const missing = letters.filter((l) => !chosen.some((t) => t.ground === l));
  if (missing.length) {
    const list = missing.join(', ');
    throw errors.validation({
      testIds: catalogueMessages('redaction.produce-redaction.chosen_consequence_tests_do_not', { list }),
    });
  }
  return chosen;
}

export const ZProduce = z.object({
  documentLabel: z
    .string()
    .trim()
    .min(3, messageRef('redaction.describe_document_copy_3_200_characters'))
    .max(200, messageRef('redaction.describe_document_copy_3_200_characters')),
  checked: z.literal('1', { message: messageRef('redaction.tick_statement_you_have_checked_preview') }),
  testIds: z.array(z.string().trim().max(40)).max(20).default([]),
});

/** A file name from the public label: letters, digits and hyphens only. */
function outputName(label: string, r: { id: string }): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${slug || 'dokumen'}-dihitamkan-${redactionRef(r).toLowerCase()}.pdf`;
}

/**
 * Makes the released copy: the original opened (logged), the engine run outside any transaction (it takes
 * seconds), the copy stored as an ordinary blob, then the redaction marked produced with the copy's hash,
 * size, name and page count, in one transaction with its audit entry.
 */
export async function produceRedaction(
  ctx: Ctx,
  id: string,
  input: { token: string; documentLabel: string; checked: string; testIds?: string[] },
): Promise<Redaction> {
  const { r, doc } = await loadRedaction(ctx, id);
  const parsed = ZProduce.safeParse(input);
  if (!parsed.success) throw fieldErrors(parsed.error.issues);
  if (r.status !== 'draft') throw alreadyProduced();
  if (draftToken(r) !== input.token) throw changedMeanwhile();
  if (!r.areas.length && !r.patterns.length) throw errors.validation({ _: msg(messageRef('redaction.mark_least_one_area_text_pattern')) });
  // A partial release rests on an approved test that covers what is withheld (UU KIP Ps 17, 19; Perki 1/2017 Ps 4(1)).
  const cited = await citedTests(ctx, doc, r, parsed.data.testIds.filter(Boolean));
  if (!(await redactionAvailable())) throw redactionErrors.unavailable();

  const body = await getPublicBody(ctx.db);
  const tz = zoneOf(body);
  const now = ctx.clock.now();
  const references: { label: string; value: string }[] = [{ label: 'Nomor register informasi', value: doc.item.number }];
  if (r.requestId) {
    const [q] = await ctx.db.select({ number: informationRequests.number }).from(informationRequests).where(eq(informationRequests.id, r.requestId));
    if (q) references.push({ label: 'Nomor pendaftaran permohonan', value: q.number });
  }
  const pdf = await openSource(ctx, doc.id, toolReason(r, 'membuat salinan untuk dirilis'));
  const result = await redactPdf(pdf, {
    areas: r.areas,
    patterns: r.patterns,
    now,
    log: {
      letterhead: await loadLetterhead(ctx, body),
      documentLabel: parsed.data.documentLabel,
      references,
      producedOn: formatLongDate(dateInZone(now, tz).date).replace(/^[^,]+, /, ''),
      producedBy: ctx.actor.kind === 'user' ? ctx.actor.name : 'Sistem',
      // Signed by the officer who produced the copy, with the NIP of their account.
      signer: resolveSigner(
        body,
        'lembar_penghitaman',
        ctx.actor.kind === 'user' ? (await ctx.db.select({ name: users.name, nip: users.nip }).from(users).where(eq(users.id, ctx.actor.id)))[0] : null,
      ),
      reference: redactionRef(r),
      tests: cited.map((t) => ({ citation: citeTest(t), title: t.publicTitle })),
      labelFor: (g) => `${groundReference(g)}: ${groundLabel(g)}`,
    },
  });
  const stored = await ctx.blobs.put(result.pdf);
  const filename = outputName(parsed.data.documentLabel, r);
  return inTransaction(ctx, async (t) => {
    const tx = t.db as Tx;
    const [locked] = await tx.select().from(redactions).where(eq(redactions.id, id)).for('update');
    if (!locked) throw hidden();
    if (locked.status !== 'draft') throw alreadyProduced();
    if (draftToken(locked) !== input.token) throw changedMeanwhile();
    const [updated] = await tx
      .update(redactions)
      .set({
        status: 'produced',
        // The test the copy rests on (the first cited; all of them are on its log page and in the audit).
        testId: cited[0]!.id,
        outputSha256: stored.sha256,
        outputSize: stored.size,
        outputFilename: filename,
        pageCount: result.pageCount,
        producedBy: actorId(t),
        producedAt: t.clock.now(),
      })
      .where(eq(redactions.id, id))
      .returning();
    await recordAudit(t, {
      action: 'redaction.produced',
      entityType: 'redaction',
      entityId: id,
      after: {
        documentId: r.documentId,
        itemNumber: doc.item.number,
        areas: r.areas.length,
        patterns: r.patterns.length,
        boxes: result.areas.length,
        grounds: [...new Set(result.areas.map((a) => a.ground))].sort(),
        sourcePages: result.sourcePages,
        pageCount: result.pageCount,
        outputSha256: stored.sha256,
        outputSize: stored.size,
        tests: cited.map((t) => t.number),
      },
    });
    return updated!;
  });
}
