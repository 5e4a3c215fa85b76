// Browsing the audit log with filters, newest first, paged by sequence number.
import { and, desc, eq, gte, ilike, lt, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import { auditLog } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';

export const ZAuditFilter = z.object({
  action: z.string().trim().max(100).optional().catch(undefined),
  actor: z.string().trim().max(200).optional().catch(undefined),
  entity: z.string().trim().max(100).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof ZAuditFilter>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

export async function listAudit(ctx: Ctx, filter: AuditFilter, limit = 50) {
  authorize(ctx.actor, 'audit.view');
  const where: SQL[] = [];
  if (filter.action) where.push(ilike(auditLog.action, `${escapeLike(filter.action)}%`));
  if (filter.actor) where.push(ilike(auditLog.actorName, `%${escapeLike(filter.actor)}%`));
  if (filter.entity) where.push(or(eq(auditLog.entityType, filter.entity), eq(auditLog.entityId, filter.entity))!);
  // Dates are days in the body's time zone (WIB).
  if (filter.from) where.push(gte(auditLog.at, new Date(`${filter.from}T00:00:00+07:00`)));
  if (filter.to) where.push(lt(auditLog.at, new Date(new Date(`${filter.to}T00:00:00+07:00`).getTime() + 86400_000)));
  if (filter.before) where.push(lt(auditLog.seq, filter.before));
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.seq))
    .limit(limit + 1);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  return { rows: page, nextBefore: more ? page[page.length - 1]!.seq : null };
}
