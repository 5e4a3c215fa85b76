// Shared steps of the officers' use cases: loading and locking a request, whom it was disposed to, today's
// date in the body's time zone, and turning zod issues into the one validation error.
import { bilingual, catalogueMessages } from '../../i18n/catalogue.js';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../context.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import { informationRequests, requestDispositions, users } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { dateInZone } from '../calendar/dates.js';
import { serviceHours } from './deadlines.js';
import type { InformationRequest } from './submit-request.js';

/** The request, locked until the transaction ends when `lock` (one officer's action at a time). */
export async function loadRequest(db: DbOrTx, id: string, lock = false): Promise<InformationRequest> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw errors.notFound();
  const q = db.select().from(informationRequests).where(eq(informationRequests.id, id));
  const [r] = lock ? await q.for('update') : await q;
  if (!r) throw errors.notFound();
  return r;
}

export async function disposedUnits(db: DbOrTx, requestId: string): Promise<string[]> {
  const rows = await db.select({ unitId: requestDispositions.unitId }).from(requestDispositions).where(eq(requestDispositions.requestId, requestId));
  return rows.map((r) => r.unitId);
}

/** Today in the body's time zone, by the injected clock. */
export async function todayInBody(ctx: Pick<Ctx, 'db' | 'clock'>): Promise<string> {
  return dateInZone(ctx.clock.now(), (await serviceHours(ctx)).timeZone).date;
}

export function invalid(issues: z.core.$ZodIssue[], extra: Record<string, string> = {}) {
  const fields: Record<string, { id: string; en: string }> = {};
  const add = (key: string, message: string) => (fields[key] ??= bilingual(message));
  for (const issue of issues) add(String(issue.path[0] ?? '_'), issue.message);
  for (const [k, m] of Object.entries(extra)) add(k, m);
  return errors.validation(fields);
}

export const wrongState = (what: { id: string; en: string }) => errors.conflict(what);

export const OPEN_STATUSES = ['received', 'in_progress', 'extended'] as const;
export const isOpen = (r: InformationRequest) => (OPEN_STATUSES as readonly string[]).includes(r.status);

export const alreadyAnswered = () => wrongState(catalogueMessages('requests-case.case.request_has_already_been_answered'));

export async function officers(db: DbOrTx, role: 'ppid_utama' | 'ppid_pembantu', unitId?: string) {
  const rows = await (db as Tx)
    .select({ email: users.email, name: users.name, locale: users.locale, unitId: users.unitId })
    .from(users)
    .where(sql`${role} = any(${users.roles}) and ${users.lockedAt} is null`);
  return unitId ? rows.filter((u) => u.unitId === unitId) : rows;
}
