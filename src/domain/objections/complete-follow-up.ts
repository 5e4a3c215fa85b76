// The PPID records that it carried out a granted objection: the day the information was given and a note,
// linked to the request's written notice when there is one. Closes the follow-up task (one transaction). On ground
// b without a request, the day is the day the information was published; there is no request to note it on.
import { messageRef, bilingual, catalogueMessages } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import { informationRequests, objectionFollowUps, objections, requestEvents, requestResponses } from '../../db/schema/index.js';
import { AppError, errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { dateInZone, formatLongDate } from '../calendar/dates.js';
import { serviceHours } from '../requests/deadlines.js';
import { todayInBody } from '../requests/case.js';
import type { ObjectionFollowUp } from './open-follow-up.js';
import { isUuid } from '../../shared/ids.js';

const M_DATE = messageRef('objections.enter_date_information_given_yyyy_mm');
const M_NOTE = messageRef('objections.note_have_most_2000_characters');

export const ZCompleteFollowUp = z.object({
  givenOn: z.iso.date({ message: M_DATE }),
  note: z.string({ message: M_NOTE }).trim().max(2000, { message: M_NOTE }).default(''),
});

const fieldsOf = (e: z.ZodError) => {
  const out: Record<string, { id: string; en: string }> = {};
  for (const i of e.issues) out[String(i.path[0] ?? '_')] ??= bilingual(i.message);
  return out;
};

export async function completeFollowUp(ctx: Ctx, objectionId: string, raw: z.input<typeof ZCompleteFollowUp>): Promise<ObjectionFollowUp> {
  authorize(ctx.actor, 'objection.follow_up');
  if (!isUuid(objectionId)) throw errors.notFound();
  const parsed = ZCompleteFollowUp.safeParse(raw);
  if (!parsed.success) throw errors.validation(fieldsOf(parsed.error));
  const input = parsed.data;
  return inTransaction(ctx, async (t) => {
    const [f] = await t.db.select().from(objectionFollowUps).where(eq(objectionFollowUps.objectionId, objectionId)).for('update');
    if (!f) throw errors.notFound();
    if (f.status === 'done') {
      throw new AppError('follow_up_done', 409, catalogueMessages('objections.complete-follow-up.follow_up_objection_has_already'));
    }
    const [o] = await t.db.select().from(objections).where(eq(objections.id, objectionId));
    const tz = (await serviceHours(t)).timeZone;
    const decidedOn = dateInZone(o!.decidedAt ?? f.openedAt, tz).date;
    const today = await todayInBody(t);
    if (input.givenOn < decidedOn || input.givenOn > today) {
      const m = messageRef('objections.date_cannot_before_objection_decision_after');
      throw errors.validation({ givenOn: bilingual(m) });
    }
    const [notice] = f.requestId
      ? await t.db.select({ id: requestResponses.id }).from(requestResponses).where(eq(requestResponses.requestId, f.requestId))
      : [];
    const now = t.clock.now();
    const who = t.actor.kind === 'user' ? t.actor : null;
    const [u] = await t.db
      .update(objectionFollowUps)
      .set({
        status: 'done',
        doneOn: input.givenOn,
        noticeId: notice?.id ?? null,
        doneNote: input.note,
        doneAt: now,
        doneBy: who?.id ?? null,
        doneByName: who?.name ?? '',
      })
      .where(eq(objectionFollowUps.id, f.id))
      .returning();
    const [r] = f.requestId
      ? await t.db.select({ number: informationRequests.number }).from(informationRequests).where(eq(informationRequests.id, f.requestId))
      : [];
    // A public step: the tracking page shows that the decision was carried out (no personal data, no note).
    if (f.requestId) {
      await t.db.insert(requestEvents).values({
        requestId: f.requestId,
        at: now,
        kind: 'note',
        actorId: who?.id ?? null,
        publicNote: `Putusan keberatan ${o!.number} dilaksanakan: informasi diberikan pada ${formatLongDate(input.givenOn)}.`,
      });
    }
    await recordAudit(t, {
      action: 'objection.follow_up_done',
      entityType: 'objection',
      entityId: objectionId,
      after: {
        number: o!.number,
        request: r?.number ?? null,
        givenOn: input.givenOn,
        dueDate: f.dueDate,
        late: input.givenOn > f.dueDate,
        notice: notice?.id ?? null,
      },
    });
    return u!;
  });
}
