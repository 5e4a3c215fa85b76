// The PPID Utama passes a request to the unit(s) that hold the information (disposisi), with an instruction
// and an internal deadline; the units' PPID Pembantu are told by email. One transaction.
import { messageRef } from '../../i18n/catalogue.js';
import { and, eq, inArray } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { informationRequests, requestDispositions, requestEvents, units } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';
import { enqueueMail } from '../../mail/enqueue.js';
import { recordAudit } from '../audit/record-audit.js';
import { addDays, formatLongDate, yearOf } from '../calendar/dates.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { isWorkingDay } from '../calendar/working-days.js';
import { getPublicBody } from '../org/public-body.js';
import { alreadyAnswered, disposedUnits, invalid, isOpen, loadRequest, officers, todayInBody } from './case.js';
import { ZDispose, type DisposeInput } from './handling-input.js';
import { actorId } from '../../shared/ids.js';

/** Working days the unit gets before the statutory deadline, by default. */
export const INTERNAL_MARGIN_WORKING_DAYS = 5;

/** The working day `n` working days before `date` (which need not be one). */
export async function workingDaysBefore(ctx: Pick<Ctx, 'db'>, date: string, n: number): Promise<string> {
  const cal = await loadCalendar(ctx, { fromYear: yearOf(date) - 1, toYear: yearOf(date) });
  let d = date;
  for (let counted = 0; counted < n;) {
    d = addDays(d, -1);
    if (isWorkingDay(cal, d)) counted++;
  }
  return d;
}

/** The default internal deadline: 5 working days before the statutory one, not before today, never after it. */
export async function defaultInternalDue(ctx: Pick<Ctx, 'db'>, dueDate: string, today: string): Promise<string> {
  const d = await workingDaysBefore(ctx, dueDate, INTERNAL_MARGIN_WORKING_DAYS);
  const notPast = d < today ? today : d;
  return notPast > dueDate ? dueDate : notPast;
}

export async function disposeRequest(ctx: Ctx, requestId: string, raw: DisposeInput) {
  authorize(ctx.actor, 'request.dispose');
  const parsed = ZDispose.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const input = parsed.data;
  const unitIds = [...new Set(input.unitIds)];

  return inTransaction(ctx, async (t) => {
    const r = await loadRequest(t.db, requestId, true);
    if (!isOpen(r)) throw alreadyAnswered();
    const chosen = await t.db
      .select()
      .from(units)
      .where(and(inArray(units.id, unitIds), eq(units.active, true)));
    if (chosen.length !== unitIds.length) throw invalid([], { unitIds: messageRef('requests-case.unknown_agency') });
    const already = new Set(await disposedUnits(t.db, r.id));
    const again = chosen.filter((u) => already.has(u.id));
    if (again.length) {
      const names = again.map((u) => u.name).join(', ');
      throw invalid([], { unitIds: `Permohonan sudah didisposisikan ke ${names}.` });
    }
    const today = await todayInBody(t);
    let internalDueDate = input.internalDueDate;
    if (!internalDueDate) internalDueDate = await defaultInternalDue(t, r.dueDate, today);
    else if (internalDueDate > r.dueDate) throw invalid([], { internalDueDate: messageRef('requests-case.internal_deadline_not_later_than_written') });
    else if (internalDueDate < today) throw invalid([], { internalDueDate: messageRef('requests-case.internal_deadline_not_past') });

    const now = t.clock.now();
    await t.db
      .insert(requestDispositions)
      .values(chosen.map((u) => ({ requestId: r.id, unitId: u.id, instruction: input.instruction, internalDueDate, disposedAt: now, disposedBy: actorId(t) })));
    // An extended request keeps its status: it decides which deadline applies.
    const status = r.status === 'received' ? 'in_progress' : r.status;
    await t.db.update(informationRequests).set({ status, updatedAt: now }).where(eq(informationRequests.id, r.id));
    // The applicant sees where the request went, not what the units were told.
    await t.db.insert(requestEvents).values({
      requestId: r.id,
      at: now,
      kind: 'disposed',
      publicNote: `Diteruskan kepada: ${chosen.map((u) => u.name).join('; ')}.`,
      actorId: actorId(t),
    });
    await recordAudit(t, {
      action: 'request.disposed',
      entityType: 'information_request',
      entityId: r.id,
      after: { number: r.number, status, units: chosen.map((u) => u.code), internalDueDate },
    });
    const body = (await getPublicBody(t.db))?.name ?? 'PPID';
    const link = `${t.settings.baseUrl}/admin/permohonan/${r.id}`;
    for (const u of chosen) {
      for (const o of await officers(t.db, 'ppid_pembantu', u.id)) {
        await enqueueMail(t, {
          to: o.email,
          toName: o.name,
          locale: o.locale,
          template: 'request_disposed',
          params: { name: o.name, number: r.number, unit: u.name, dueDate: formatLongDate(internalDueDate, o.locale === 'en' ? 'en' : 'id'), link, body },
        });
      }
    }
    return { internalDueDate, units: chosen };
  });
}
