// The approved consequence tests a redacted copy may rest on (the item's own, then its unit's), and how the
// redaction log cites one.
import { and, asc, eq, or } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { consequenceTests } from '../../db/schema/index.js';
import { dateInZone, formatLongDate, zoneOf } from '../calendar/dates.js';
import { getPublicBody } from '../org/public-body.js';
import { inForceOn } from '../exemptions/queries.js';
import { groundReference } from './grounds.js';
import type { DocumentFacts } from './shared.js';

/** An approved consequence test a redacted copy may rest on, as the form offers it and the log cites it. */
export type CoveringTest = {
  id: string;
  number: string;
  decisionDate: string;
  ground: string;
  subpoint: number | null;
  legalBasis: string;
  publicTitle: string;
  /** The item's own test (else one of its unit's). */
  own: boolean;
};

/**
 * The approved tests in force today that may cover what a copy withholds (UU KIP Ps 17, 19; Perki 1/2017
 * Ps 4(1)): the item's own, then the other tests of the item's unit (e.g. bank account numbers, exempt
 * wherever they appear in the unit's documents). Public fields only.
 */
export async function coveringTests(ctx: Ctx, doc: DocumentFacts): Promise<CoveringTest[]> {
  const tz = zoneOf(await getPublicBody(ctx.db));
  const today = dateInZone(ctx.clock.now(), tz).date;
  const list = await ctx.db
    .select({
      id: consequenceTests.id,
      itemId: consequenceTests.itemId,
      number: consequenceTests.number,
      decisionDate: consequenceTests.decisionDate,
      ground: consequenceTests.ground,
      subpoint: consequenceTests.subpoint,
      legalBasis: consequenceTests.legalBasis,
      publicTitle: consequenceTests.publicTitle,
    })
    .from(consequenceTests)
    .where(and(inForceOn(today), or(eq(consequenceTests.itemId, doc.itemId), eq(consequenceTests.unitId, doc.item.unitId))))
    .orderBy(asc(consequenceTests.year), asc(consequenceTests.seq));
  return list
    .filter((t) => t.number && t.decisionDate)
    .map((t) => ({ ...t, number: t.number!, decisionDate: t.decisionDate!, own: t.itemId === doc.itemId }))
    .sort((a, b) => Number(b.own) - Number(a.own));
}

/** How the log cites a test: its number and date, and its ground of Pasal 17 with the further legal basis. */
export function citeTest(t: Pick<CoveringTest, 'number' | 'decisionDate' | 'ground' | 'subpoint' | 'legalBasis'>): string {
  const date = formatLongDate(t.decisionDate).replace(/^[^,]+, /, '');
  const ground = groundReference(t.subpoint ? `${t.ground}.${t.subpoint}` : t.ground);
  return `Penetapan Nomor ${t.number} tanggal ${date}; ${ground} UU No. 14 Tahun 2008${t.legalBasis ? `; ${t.legalBasis}` : ''}`;
}
