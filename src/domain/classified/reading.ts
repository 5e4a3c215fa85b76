// A reading of a classified item: one stated reason covers the pages of one opening for READING_MINUTES;
// after that the reader is asked again (item-page.ts and the level decisions both check it).
import { catalogueMessages } from '../../i18n/catalogue.js';
import { and, eq, gte } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { classifiedAccessLog } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';

/** How long one stated reason covers the pages of one opening. */
export const READING_MINUTES = 60;

/**
 * The reason stated for an opening of the item by this reader in the last READING_MINUTES (the read-log
 * row `reading` must be their own view of this very item), or null.
 */
export async function reasonOfReading(ctx: Ctx, itemId: string, reading: number): Promise<string | null> {
  if (ctx.actor.kind !== 'user' || !Number.isSafeInteger(reading) || reading <= 0) return null;
  const since = new Date(ctx.clock.now().getTime() - READING_MINUTES * 60_000);
  const [row] = await ctx.db
    .select({ reason: classifiedAccessLog.reason })
    .from(classifiedAccessLog)
    .where(
      and(
        eq(classifiedAccessLog.id, reading),
        eq(classifiedAccessLog.itemId, itemId),
        eq(classifiedAccessLog.userId, ctx.actor.id),
        eq(classifiedAccessLog.action, 'view'),
        gte(classifiedAccessLog.at, since),
      ),
    );
  return row?.reason ?? null;
}

export const readingExpired = () =>
  new AppError('reading_expired', 409, catalogueMessages('classified.reading.your_reading_item_has_ended', { READING_MINUTES }));
