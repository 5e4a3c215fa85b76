// One page of a redaction draft to work on (pages, pattern matches, covering tests); the look at the document is
// logged as a read.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { consequenceTests, redactions, type SecurityLevel } from '../../db/schema/index.js';
import { redactionErrors, resolvePatterns, type PageSize, type ResolvedArea } from '../../documents/redact.js';
import { type CoveringTest, coveringTests } from './covering-tests.js';
import { readPages, readWords } from './engine.js';
import { type Redaction, draftToken, loadRedaction, openSource, redactionAvailable, redactionRef, rows, testLabel, toolReason } from './shared.js';

export type RedactionWorkspace = {
  redaction: Redaction & { ref: string };
  document: { id: string; itemId: string; itemNumber: string; level: SecurityLevel };
  pages: PageSize[];
  page: number;
  /** Boxes the patterns find on the page shown. */
  patternAreas: ResolvedArea[];
  /** How many places each pattern is found in the whole document. */
  matches: number[];
  token: string;
  testLabel: string | null;
  requestNumber: string | null;
  createdByName: string | null;
  producedByName: string | null;
  /** A public description for the log page: the test's public title, or the item's number. */
  suggestedLabel: string;
  /** Approved consequence tests in force that a copy may rest on (the item's own first, then its unit's). */
  coveringTests: CoveringTest[];
};

/** One page of the draft to work on; the look at the document is logged as a read. */
export async function redactionWorkspace(ctx: Ctx, id: string, page: number): Promise<RedactionWorkspace> {
  const { r, doc } = await loadRedaction(ctx, id);
  if (!(await redactionAvailable())) throw redactionErrors.unavailable();
  const pdf = await openSource(ctx, doc.id, toolReason(r, `lembar kerja halaman ${page}`));
  const pages = await readPages(pdf);
  if (!Number.isInteger(page) || page < 1 || page > pages.length) throw redactionErrors.noPage(page, pages.length);
  const found = r.patterns.length ? resolvePatterns(await readWords(pdf, pages), r.patterns) : { areas: [], matches: [] };
  const [row] = await rows(ctx, eq(redactions.id, r.id));
  let test: { number: string | null; publicTitle: string; status: string } | undefined;
  if (r.testId) {
    [test] = await ctx.db
      .select({ number: consequenceTests.number, publicTitle: consequenceTests.publicTitle, status: consequenceTests.status })
      .from(consequenceTests)
      .where(eq(consequenceTests.id, r.testId));
  }
  return {
    redaction: { ...r, ref: redactionRef(r) },
    document: { id: doc.id, itemId: doc.itemId, itemNumber: doc.item.number, level: doc.level },
    pages,
    page,
    patternAreas: found.areas.filter((a) => a.page === page),
    matches: found.matches,
    token: draftToken(r),
    testLabel: test ? testLabel(test) : null,
    requestNumber: row?.requestNumber ?? null,
    createdByName: row?.createdByName ?? null,
    producedByName: row?.producedByName ?? null,
    suggestedLabel: test?.publicTitle || `Dokumen informasi ${doc.item.number}`,
    coveringTests: await coveringTests(ctx, doc),
  };
}
