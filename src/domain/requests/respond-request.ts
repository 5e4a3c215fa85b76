// The PPID Utama's written notice (pemberitahuan tertulis, UU KIP Ps 22(7)) with the content of
// kip-domain.md §5.5; for an exemption also the refusal decision (§5.7). A refusal, and a partial grant
// with withheld material, cite an approved consequence test in force, which supplies the Pasal 17 ground
// and the summary of the consequence for the letter. One transaction.
import { messageRef } from '../../i18n/catalogue.js';
import { and, eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { consequenceTests, informationRequests, requestEvents, requestResponses } from '../../db/schema/index.js';
import { authorize } from '../../policies/index.js';
import { enqueueMail } from '../../mail/enqueue.js';
import { recordAudit } from '../audit/record-audit.js';
import { requireCalendarConfirmation } from '../calendar/calendar-gaps.js';
import { formatLongDate } from '../calendar/dates.js';
import { computeDeadline } from '../calendar/load-calendar.js';
import { OBJECTION_FILING_WORKING_DAYS } from '../calendar/periods.js';
import { getPublicBody } from '../org/public-body.js';
import { inForceOn } from '../exemptions/queries.js';
import { alreadyAnswered, invalid, isOpen, loadRequest, todayInBody } from './case.js';
import { publicTrackingLink } from './extend-request.js';
import { responseIssues, ZResponse, type ResponseInput } from './handling-input.js';
import { letterNumbers, OUTCOME_LABELS } from './labels.js';
import { actorId } from '../../shared/ids.js';

export type RequestResponse = typeof requestResponses.$inferSelect;

/**
 * `calendarGapConfirmed`: the officer ticked that a deadline the notice prints (the objection window of
 * 30 working days from the notice, UU KIP Ps 36(1)) lies in a year without a calendar.
 */
export async function respondRequest(ctx: Ctx, requestId: string, raw: ResponseInput, opts: { calendarGapConfirmed?: boolean } = {}): Promise<RequestResponse> {
  authorize(ctx.actor, 'request.respond');
  const parsed = ZResponse.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues, responseIssues(raw));
  const input = parsed.data;
  return inTransaction(ctx, async (t) => {
    const r = await loadRequest(t.db, requestId, true);
    if (!isOpen(r)) throw alreadyAnswered();
    const body = await getPublicBody(t.db);
    const now = t.clock.now();
    const noticeDate = await todayInBody(t);
    const numbers = letterNumbers(r.number);
    const objectionWindow = await computeDeadline(t, noticeDate, OBJECTION_FILING_WORKING_DAYS);
    const gaps = await requireCalendarConfirmation(
      t,
      [
        { from: r.startDate, to: r.dueDate },
        { from: noticeDate, to: objectionWindow.due },
      ],
      !!opts.calendarGapConfirmed,
    );
    let cited: { id: string; number: string | null; ground: string; publicSummary: string } | null = null;
    if (input.consequenceTestId) {
      const [test] = /^[0-9a-f-]{36}$/i.test(input.consequenceTestId)
        ? await t.db
            .select({
              id: consequenceTests.id,
              number: consequenceTests.number,
              ground: consequenceTests.ground,
              publicSummary: consequenceTests.publicSummary,
            })
            .from(consequenceTests)
            .where(and(eq(consequenceTests.id, input.consequenceTestId), inForceOn(noticeDate)))
            .for('share')
        : [];
      if (!test) throw invalid([], { consequenceTestId: messageRef('requests-case.consequence_test_not_force_date_notice') });
      cited = test;
    }
    const [resp] = await t.db
      .insert(requestResponses)
      .values({
        requestId: r.id,
        ...input,
        exemptionGround: (cited?.ground ?? null) as RequestResponse['exemptionGround'],
        consequence: cited?.publicSummary ?? '',
        noticeNumber: numbers.notice,
        noticeDate,
        refusalNumber: input.outcome === 'ditolak_dikecualikan' ? numbers.refusal : null,
        // The officer who decided; the letter reads their name and NIP from their account (createdBy).
        signerName: t.actor.kind === 'user' ? t.actor.name : body?.ppidContactName || 'PPID',
        createdAt: now,
        createdBy: actorId(t),
      })
      .returning();
    await t.db.update(informationRequests).set({ status: 'answered', updatedAt: now }).where(eq(informationRequests.id, r.id));
    await t.db
      .insert(requestEvents)
      .values({ requestId: r.id, at: now, kind: 'answered', publicNote: `${OUTCOME_LABELS[input.outcome].id}.`, actorId: actorId(t) });
    await recordAudit(t, {
      action: 'request.answered',
      entityType: 'information_request',
      entityId: r.id,
      after: {
        number: r.number,
        outcome: input.outcome,
        exemptionGround: cited?.ground ?? null,
        consequenceTest: cited?.number ?? null,
        noticeNumber: numbers.notice,
        noticeDate,
        onTime: noticeDate <= r.dueDate,
        totalCost: input.totalCost,
        ...(gaps.length ? { calendarGapConfirmed: gaps } : {}),
      },
    });
    if (r.email) {
      const locale = r.locale === 'en' ? 'en' : 'id';
      await enqueueMail(t, {
        to: r.email,
        toName: r.name,
        locale,
        template: 'request_answered',
        params: {
          name: r.name,
          number: r.number,
          outcome: OUTCOME_LABELS[input.outcome][locale],
          noticeDate: formatLongDate(noticeDate, locale),
          link: publicTrackingLink(t.settings.baseUrl, r.number),
          body: body?.name ?? 'PPID',
        },
      });
    }
    return resp!;
  });
}
