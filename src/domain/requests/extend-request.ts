// The PPID Utama extends the time for the written notice once, by 7 working days, with written reasons
// (UU KIP Ps 22(8)); the applicant gets the extension letter. One transaction.
import { catalogueMessages } from '../../i18n/catalogue.js';
import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { informationRequests, requestEvents } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';
import { enqueueMail } from '../../mail/enqueue.js';
import { recordAudit } from '../audit/record-audit.js';
import { formatLongDate } from '../calendar/dates.js';
import { requireCalendarConfirmation } from '../calendar/calendar-gaps.js';
import { computeDeadline } from '../calendar/load-calendar.js';
import { EXTENSION_WORKING_DAYS } from '../calendar/periods.js';
import { getPublicBody } from '../org/public-body.js';
import { alreadyAnswered, invalid, isOpen, loadRequest, todayInBody, wrongState } from './case.js';
import { ZExtend, type ExtendInput } from './handling-input.js';
import { letterNumbers } from './labels.js';
import { actorId } from '../../shared/ids.js';

export function publicTrackingLink(baseUrl: string, number: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/permohonan/lacak?nomor=${encodeURIComponent(number)}`;
}

/** `calendarGapConfirmed`: the officer ticked that the new deadline lies in a year without a calendar. */
export async function extendRequest(ctx: Ctx, requestId: string, raw: ExtendInput, opts: { calendarGapConfirmed?: boolean } = {}) {
  authorize(ctx.actor, 'request.extend');
  const parsed = ZExtend.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues);
  return inTransaction(ctx, async (t) => {
    const r = await loadRequest(t.db, requestId, true);
    if (!isOpen(r)) throw alreadyAnswered();
    if (r.extendedAt) throw wrongState(catalogueMessages('requests-case.extend-request.request_has_already_been_extended'));
    // The extension is itself a written notice within the first period: not after its last day.
    if ((await todayInBody(t)) > r.dueDate) {
      throw wrongState(catalogueMessages('requests-case.extend-request.notice_deadline_has_passed_extension'));
    }
    const d = await computeDeadline(t, r.dueDate, EXTENSION_WORKING_DAYS);
    const gaps = await requireCalendarConfirmation(t, [{ from: r.startDate, to: d.due }], !!opts.calendarGapConfirmed);
    const now = t.clock.now();
    const [u] = await t.db
      .update(informationRequests)
      .set({
        status: 'extended',
        dueDateBeforeExtension: r.dueDate,
        dueDate: d.due,
        extendedAt: now,
        extensionReason: parsed.data.reason,
        extensionNumber: letterNumbers(r.number).extension,
        updatedAt: now,
      })
      .where(eq(informationRequests.id, r.id))
      .returning();
    await t.db.insert(requestEvents).values({
      requestId: r.id,
      at: now,
      kind: 'extended',
      publicNote: `Batas waktu baru: ${formatLongDate(d.due)}.`,
      actorId: actorId(t),
    });
    await recordAudit(t, {
      action: 'request.extended',
      entityType: 'information_request',
      entityId: r.id,
      before: { number: r.number, status: r.status, dueDate: r.dueDate },
      after: { number: r.number, status: 'extended', dueDate: d.due, ...(gaps.length ? { calendarGapConfirmed: gaps } : {}) },
    });
    if (r.email) {
      const locale = r.locale === 'en' ? 'en' : 'id';
      await enqueueMail(t, {
        to: r.email,
        toName: r.name,
        locale,
        template: 'request_extended',
        params: {
          name: r.name,
          number: r.number,
          dueDate: formatLongDate(d.due, locale),
          reason: parsed.data.reason,
          link: publicTrackingLink(t.settings.baseUrl, r.number),
          body: (await getPublicBody(t.db))?.name ?? 'PPID',
        },
      });
    }
    return u!;
  });
}
