// Starts a redaction of a classified PDF: the reason for opening it logged, the PDF checked, an empty draft linked
// to a partial consequence test and/or a request.
import { messageRef } from '../../i18n/catalogue.js';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { consequenceTests, informationRequests, redactions } from '../../db/schema/index.js';
import { redactionErrors } from '../../documents/redact.js';
import { errors } from '../../errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { ZAccessReason } from '../classified/items.js';
import { readPages } from './engine.js';
import { type DocumentFacts, type Redaction, documentAccess, fieldErrors, msg, openSource, redactionAvailable } from './shared.js';
import { actorId, isUuid } from '../../shared/ids.js';

export const ZCreateRedaction = z.object({
  reason: ZAccessReason,
  testId: z.string().trim().default(''),
  requestNumber: z.string().trim().max(100, messageRef('redaction.request_number_have_most_100_characters')).default(''),
});
export type CreateRedactionInput = z.input<typeof ZCreateRedaction>;

async function resolveLinks(ctx: Ctx, doc: DocumentFacts, input: { testId: string; requestNumber: string }) {
  let testId: string | null = null;
  if (input.testId) {
    const [t] = isUuid(input.testId)
      ? await ctx.db
          .select({ id: consequenceTests.id })
          .from(consequenceTests)
          .where(and(eq(consequenceTests.id, input.testId), eq(consequenceTests.itemId, doc.itemId), eq(consequenceTests.partial, true)))
      : [];
    if (!t) throw errors.validation({ testId: msg(messageRef('redaction.choose_consequence_test_partial_exemption_item')) });
    testId = t.id;
  }
  let requestId: string | null = null;
  if (input.requestNumber) {
    const [req] = await ctx.db.select({ id: informationRequests.id }).from(informationRequests).where(eq(informationRequests.number, input.requestNumber));
    if (!req) throw errors.validation({ requestNumber: msg(messageRef('redaction.no_request_has_registration_number')) });
    requestId = req.id;
  }
  return { testId, requestId };
}

/**
 * Starts a redaction of a classified PDF: the officer's reason for opening it goes to the read log, the
 * document is checked to be a PDF that can be redacted here (pages, password, damage), and the empty draft
 * is recorded with its links to a partial consequence test and/or a request.
 */
export async function createRedaction(ctx: Ctx, documentId: string, raw: CreateRedactionInput): Promise<Redaction> {
  const doc = await documentAccess(ctx, documentId);
  const parsed = ZCreateRedaction.safeParse(raw);
  if (!parsed.success) throw fieldErrors(parsed.error.issues);
  const links = await resolveLinks(ctx, doc, parsed.data);
  if (!(await redactionAvailable())) throw redactionErrors.unavailable();
  const pdf = await openSource(ctx, documentId, parsed.data.reason);
  await readPages(pdf);
  return inTransaction(ctx, async (t) => {
    const [r] = await (t.db as Tx)
      .insert(redactions)
      .values({ documentId, testId: links.testId, requestId: links.requestId, createdBy: actorId(t), createdAt: t.clock.now() })
      .returning();
    await recordAudit(t, {
      action: 'redaction.created',
      entityType: 'redaction',
      entityId: r!.id,
      after: { documentId, itemId: doc.itemId, itemNumber: doc.item.number, securityLevel: doc.level, testId: links.testId, requestId: links.requestId },
    });
    return r!;
  });
}
