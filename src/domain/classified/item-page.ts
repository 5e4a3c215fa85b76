// What the back office shows of one classified item. Before anything of its content, the cover: number,
// level and unit, for a reader who may open it. Then, with the reader's stated reason, the opened item:
// every display is a read in the log. A reading continues (forms, redirects) for READING_MINUTES under the
// same stated reason, then a new reason is asked.
import { listLevelDecisions, type LevelDecision } from './level-decisions.js';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { classifiedDocuments, units, type SecurityLevel } from '../../db/schema/index.js';
import { canChangeLevel, canGrantAccess, clearanceRank, levelRank } from '../../policies/classification.js';
import { SECURITY_LEVELS } from '../../db/schema/index.js';
import { addDays, dateInZone, zoneOf } from '../calendar/dates.js';
import { getPublicBody } from '../org/public-body.js';
import { downloadClassifiedDocument, listItemDocuments, type DocumentRow } from './documents.js';
import { grantCandidates, listGrants, MAX_GRANT_DAYS, type GrantCandidate, type GrantRow } from './grants.js';
import { hidden, loadItemFacts, loadReadableItem, readItem, type ClassifiedItem } from './items.js';
import { readingExpired, reasonOfReading } from './reading.js';
import { isUuid } from '../../shared/ids.js';

export { READING_MINUTES, readingExpired, reasonOfReading } from './reading.js';

export type ItemCover = { id: string; number: string; level: SecurityLevel; unitName: string; status: ClassifiedItem['status'] };

/**
 * The cover of an item for a reader who may open it; shows no content and logs nothing. A reader who
 * may not is logged as refused and gets the same 404 as for an unknown id.
 */
export async function itemCover(ctx: Ctx, id: string): Promise<ItemCover> {
  const loaded = await loadReadableItem(ctx, id);
  const [unit] = await ctx.db.select({ name: units.name }).from(units).where(eq(units.id, loaded.item.unitId));
  return { id, number: loaded.item.number, level: loaded.item.securityLevel, unitName: unit?.name ?? '', status: loaded.item.status };
}

export type OpenedItem = {
  item: ClassifiedItem;
  unitName: string;
  via: 'unit' | 'grant';
  /** The read-log row of this opening: carried by the page's links and forms to continue the reading. */
  reading: number;
  reason: string;
  documents: DocumentRow[];
  /** Levels the reader may give a new document: from the item's up to their clearance. */
  uploadLevels: SecurityLevel[];
  /** Null unless the reader may give access. */
  grants: GrantRow[] | null;
  candidates: GrantCandidate[];
  may: { grant: boolean; changeLevel: boolean };
  /** The decisions that set the item's level, oldest first (the last in force). */
  decisions: LevelDecision[];
  levelChoices: SecurityLevel[];
  today: string;
  lastGrantDate: string;
};

/**
 * Opens the item: with a new reason (logged), or continuing an opening of the last READING_MINUTES
 * (`reading`: its log id, which must be this reader's view of this item; logged again with its reason).
 * Returns null when that opening is unknown or too old: the page then asks for the reason again.
 */
export async function openItemPage(ctx: Ctx, id: string, open: { reason: string } | { reading: number }): Promise<OpenedItem | null> {
  let reason: string;
  if ('reading' in open) {
    const r = await reasonOfReading(ctx, id, open.reading);
    if (r === null) return null;
    reason = r;
  } else {
    reason = open.reason;
  }
  const read = await readItem(ctx, id, reason);
  const reading = 'reading' in open ? open.reading : read.logId;
  const loaded = (await loadItemFacts(ctx.db, id))!;
  const now = ctx.clock.now();
  const mayGrant = canGrantAccess(ctx.actor, loaded.facts, now);
  const clearance = ctx.actor.kind === 'user' ? ctx.actor.clearance : 'none';
  const [unit] = await ctx.db.select({ name: units.name }).from(units).where(eq(units.id, read.item.unitId));
  const tz = zoneOf(await getPublicBody(ctx.db));
  const today = dateInZone(now, tz).date;
  const within = SECURITY_LEVELS.filter((l) => levelRank(l) <= clearanceRank(clearance));
  return {
    item: read.item,
    unitName: unit?.name ?? '',
    via: read.access.via,
    reading,
    reason: read.reason,
    documents: await listItemDocuments(ctx, id),
    uploadLevels: within.filter((l) => levelRank(l) >= levelRank(read.item.securityLevel)),
    grants: await listGrants(ctx, id),
    candidates: mayGrant ? await grantCandidates(ctx, id) : [],
    may: { grant: mayGrant, changeLevel: canChangeLevel(ctx.actor, loaded.facts, now) },
    decisions: await listLevelDecisions(ctx, id),
    levelChoices: within,
    today,
    lastGrantDate: addDays(today, MAX_GRANT_DAYS),
  };
}

/**
 * A document of the item as a file (PDFs watermarked), under the reason of the reader's current opening
 * of the item, or a reason given with the download itself.
 */
export async function downloadFromReading(ctx: Ctx, itemId: string, documentId: string, by: { reading: number } | { reason: string }) {
  await itemCover(ctx, itemId);
  const reason = 'reading' in by ? await reasonOfReading(ctx, itemId, by.reading) : by.reason;
  if (reason === null) throw readingExpired();
  const [doc] = isUuid(documentId)
    ? await ctx.db.select({ itemId: classifiedDocuments.itemId }).from(classifiedDocuments).where(eq(classifiedDocuments.id, documentId))
    : [];
  if (!doc || doc.itemId !== itemId) throw hidden();
  return downloadClassifiedDocument(ctx, documentId, reason);
}
