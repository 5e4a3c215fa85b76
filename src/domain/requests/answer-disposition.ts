// A unit's answer on a request disposed to it (by its PPID Pembantu, or the PPID Utama for it); the PPID
// Utama users are told by email. One transaction.
import { and, eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { informationRequests, requestDispositions, requestEvents, units } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { authorize, can } from '../../policies/index.js';
import { enqueueMail } from '../../mail/enqueue.js';
import { recordAudit } from '../audit/record-audit.js';
import { formatLongDate } from '../calendar/dates.js';
import { getPublicBody } from '../org/public-body.js';
import { alreadyAnswered, disposedUnits, invalid, isOpen, loadRequest, officers } from './case.js';
import { ZUnitAnswer, type UnitAnswerInput } from './handling-input.js';
import { actorId } from '../../shared/ids.js';

export async function answerDisposition(ctx: Ctx, requestId: string, raw: UnitAnswerInput) {
  // Who may answer depends on the disposition; the input is checked first only for its shape.
  const parsed = ZUnitAnswer.safeParse(raw);
  return inTransaction(ctx, async (t) => {
    const r = await loadRequest(t.db, requestId, true);
    const disposedTo = await disposedUnits(t.db, r.id);
    // Policies first: whoever can answer none of this request's dispositions is refused before any input is read.
    authorize(t.actor, 'request.view', { disposedTo });
    if (!disposedTo.some((unitId) => can(t.actor, 'request.unit_answer', { unitId, disposedTo }))) throw errors.forbidden();
    const dispositionId = typeof raw.dispositionId === 'string' ? raw.dispositionId : '';
    const [d] = /^[0-9a-f-]{36}$/i.test(dispositionId)
      ? await t.db
          .select()
          .from(requestDispositions)
          .where(and(eq(requestDispositions.id, dispositionId), eq(requestDispositions.requestId, r.id)))
      : [];
    if (!d) {
      authorize(t.actor, 'request.view', { disposedTo });
      if (!parsed.success) throw invalid(parsed.error.issues);
      throw errors.notFound();
    }
    authorize(t.actor, 'request.unit_answer', { unitId: d.unitId, disposedTo });
    if (!parsed.success) throw invalid(parsed.error.issues);
    if (!isOpen(r)) throw alreadyAnswered();
    const now = t.clock.now();
    await t.db
      .update(requestDispositions)
      .set({ answer: parsed.data.answer, answerNote: parsed.data.note, answeredAt: now, answeredBy: actorId(t) })
      .where(eq(requestDispositions.id, d.id));
    await t.db.update(informationRequests).set({ updatedAt: now }).where(eq(informationRequests.id, r.id));
    const [unit] = await t.db.select().from(units).where(eq(units.id, d.unitId));
    await t.db.insert(requestEvents).values({ requestId: r.id, at: now, kind: 'unit_answered', publicNote: `${unit!.name}.`, actorId: actorId(t) });
    await recordAudit(t, {
      action: 'request.unit_answered',
      entityType: 'information_request',
      entityId: r.id,
      after: { number: r.number, unit: unit!.code, again: !!d.answeredAt },
    });
    const body = (await getPublicBody(t.db))?.name ?? 'PPID';
    for (const o of await officers(t.db, 'ppid_utama')) {
      await enqueueMail(t, {
        to: o.email,
        toName: o.name,
        locale: o.locale,
        template: 'request_unit_answered',
        params: {
          name: o.name,
          number: r.number,
          unit: unit!.name,
          dueDate: formatLongDate(r.dueDate, o.locale === 'en' ? 'en' : 'id'),
          link: `${t.settings.baseUrl}/admin/permohonan/${r.id}`,
          body,
        },
      });
    }
  });
}
