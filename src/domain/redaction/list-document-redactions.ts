// The redactions of one classified document, newest first, with the partial consequence tests and the request
// a new one may be linked to.
import { and, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { consequenceTests, informationRequests, redactions, type SecurityLevel } from '../../db/schema/index.js';
import { type RedactionRow, documentAccess, redactionAvailable, rows, testLabel } from './shared.js';

export type TestChoice = { id: string; label: string };

export type DocumentRedactions = {
  document: { id: string; itemId: string; itemNumber: string; level: SecurityLevel };
  redactions: RedactionRow[];
  /** The partial consequence tests of the item, to link a new redaction to. */
  tests: TestChoice[];
  /** The request the item is the subject of, if any: the default link. */
  requestNumber: string | null;
  available: boolean;
};

/** The redactions of one document (who made them, when, whether the copy exists), newest first. */
export async function documentRedactions(ctx: Ctx, documentId: string): Promise<DocumentRedactions> {
  const doc = await documentAccess(ctx, documentId);
  const tests = await ctx.db
    .select({ id: consequenceTests.id, number: consequenceTests.number, publicTitle: consequenceTests.publicTitle, status: consequenceTests.status })
    .from(consequenceTests)
    .where(and(eq(consequenceTests.itemId, doc.itemId), eq(consequenceTests.partial, true)))
    .orderBy(desc(consequenceTests.createdAt));
  let requestNumber: string | null = null;
  if (doc.item.requestId) {
    const [req] = await ctx.db.select({ number: informationRequests.number }).from(informationRequests).where(eq(informationRequests.id, doc.item.requestId));
    requestNumber = req?.number ?? null;
  }
  return {
    document: { id: doc.id, itemId: doc.itemId, itemNumber: doc.item.number, level: doc.level },
    redactions: await rows(ctx, eq(redactions.documentId, doc.id)),
    tests: tests.map((t) => ({ id: t.id, label: testLabel(t) })),
    requestNumber,
    available: await redactionAvailable(),
  };
}
