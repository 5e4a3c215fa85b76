// The read log of classified items for the PPID Utama and the Atasan PPID: who read (or was refused)
// what, when, with which reason. Items appear by number and level only, never by title.
import { and, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import { ACCESS_LOG_ACTIONS, classifiedAccessLog, classifiedItems, type AccessLogAction, type SecurityLevel } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';
import { addDays, startOfDayInZone, zoneOf } from '../calendar/dates.js';
import { getPublicBody } from '../org/public-body.js';

export const ZAccessLogFilter = z.object({
  number: z.string().trim().max(100).optional().catch(undefined),
  reader: z.string().trim().max(200).optional().catch(undefined),
  action: z.enum(ACCESS_LOG_ACTIONS).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});
export type AccessLogFilter = z.infer<typeof ZAccessLogFilter>;

export type AccessLogRow = {
  id: number;
  at: Date;
  reader: string;
  action: AccessLogAction;
  itemNumber: string | null;
  level: SecurityLevel;
  document: boolean;
  viaGrant: boolean;
  reason: string;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

export async function listAccessLog(ctx: Ctx, filter: AccessLogFilter, limit = 100): Promise<{ rows: AccessLogRow[]; nextBefore: number | null }> {
  authorize(ctx.actor, 'classified.access_log');
  const tz = zoneOf(await getPublicBody(ctx.db));
  const where: SQL[] = [];
  if (filter.number) where.push(ilike(classifiedItems.number, `%${escapeLike(filter.number)}%`));
  if (filter.reader) where.push(ilike(classifiedAccessLog.userName, `%${escapeLike(filter.reader)}%`));
  if (filter.action) where.push(eq(classifiedAccessLog.action, filter.action));
  // Dates are days in the body's time zone.
  if (filter.from) where.push(gte(classifiedAccessLog.at, startOfDayInZone(filter.from, tz)));
  if (filter.to) where.push(lt(classifiedAccessLog.at, startOfDayInZone(addDays(filter.to, 1), tz)));
  if (filter.before) where.push(lt(classifiedAccessLog.id, filter.before));
  const rows = await ctx.db
    .select({
      id: classifiedAccessLog.id,
      at: classifiedAccessLog.at,
      reader: classifiedAccessLog.userName,
      action: classifiedAccessLog.action,
      itemNumber: classifiedItems.number,
      level: classifiedAccessLog.securityLevel,
      documentId: classifiedAccessLog.documentId,
      grantId: classifiedAccessLog.grantId,
      reason: classifiedAccessLog.reason,
    })
    .from(classifiedAccessLog)
    .leftJoin(classifiedItems, eq(classifiedItems.id, classifiedAccessLog.itemId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(classifiedAccessLog.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const page = rows.slice(0, limit).map(({ documentId, grantId, ...r }) => ({ ...r, document: !!documentId, viaGrant: !!grantId }));
  return { rows: page, nextBefore: more ? page[page.length - 1]!.id : null };
}
