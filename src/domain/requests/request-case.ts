// One request as an officer sees it: every field (personal data only for the staff handling it), the
// dispositions with the units' answers, the written notice, the case history and what the actor may do.
import { asc, eq } from 'drizzle-orm';
import { consequenceTests } from '../../db/schema/index.js';
import { citableTests, testsOfRequest } from '../exemptions/queries.js';
import type { Ctx } from '../../context.js';
import { objections, requestDispositions, requestEvents, requestResponses, units, users } from '../../db/schema/index.js';
import { authorize, can } from '../../policies/index.js';
import { disputeOfRequest } from '../disputes/shared.js';
import { caseHistory } from './case-history.js';
import { disposedUnits, isOpen, loadRequest } from './case.js';
import { defaultInternalDue } from './dispose-request.js';
import { deadlineBadge, deadlineWindow } from './inbox.js';
import { followUpsOfRequest, governingFollowUp } from '../objections/list-follow-ups.js';
import type { InformationRequest } from './submit-request.js';
import { identityScanFacts } from './identity-scan.js';
import { intakeFacts } from './open-intake-scan.js';
import { filesPanel } from './case-files.js';
import { nextStep } from './next-step.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { countWorkingDays } from '../calendar/working-days.js';

export type Personal = Pick<InformationRequest, 'name' | 'idNumber' | 'address' | 'occupation' | 'phone' | 'email' | 'proxyName'> & {
  /** Type and size of the identity scan, when the applicant sent one (viewed through its own audited route). */
  identityScan: { mime: string; size: number } | null;
};

/** The request without personal data and without its secrets (tracking-token hash, keyed IP hash). */
function caseFields(r: InformationRequest) {
  const { name, idNumber, address, occupation, phone, email, proxyName, trackingTokenHash, ipHash, ...rest } = r;
  void [name, idNumber, address, occupation, phone, email, proxyName, trackingTokenHash, ipHash];
  return rest;
}

export async function getRequestCase(ctx: Ctx, id: string) {
  const r = await loadRequest(ctx.db, id);
  const disposedTo = await disposedUnits(ctx.db, r.id);
  authorize(ctx.actor, 'request.view', { disposedTo });
  const { today, soonLimit } = await deadlineWindow(ctx);
  const dispositions = await ctx.db
    .select({
      id: requestDispositions.id,
      unitId: requestDispositions.unitId,
      unitName: units.name,
      instruction: requestDispositions.instruction,
      internalDueDate: requestDispositions.internalDueDate,
      disposedAt: requestDispositions.disposedAt,
      answer: requestDispositions.answer,
      answerNote: requestDispositions.answerNote,
      answeredAt: requestDispositions.answeredAt,
    })
    .from(requestDispositions)
    .innerJoin(units, eq(units.id, requestDispositions.unitId))
    .where(eq(requestDispositions.requestId, r.id))
    .orderBy(asc(requestDispositions.disposedAt), asc(units.name));
  const events = await ctx.db
    .select({ kind: requestEvents.kind, at: requestEvents.at, note: requestEvents.publicNote, actor: users.name })
    .from(requestEvents)
    .leftJoin(users, eq(users.id, requestEvents.actorId))
    .where(eq(requestEvents.requestId, r.id))
    .orderBy(asc(requestEvents.at));
  const [response] = await ctx.db.select().from(requestResponses).where(eq(requestResponses.requestId, r.id));
  const [addressed] = r.unitId ? await ctx.db.select({ name: units.name }).from(units).where(eq(units.id, r.unitId)) : [];
  const seesPersonal = can(ctx.actor, 'request.personal_data', { disposedTo });
  const personal: Personal | null = seesPersonal
    ? {
        name: r.name,
        idNumber: r.idNumber,
        address: r.address,
        occupation: r.occupation,
        phone: r.phone,
        email: r.email,
        proxyName: r.proxyName,
        identityScan: await identityScanFacts(ctx, r.identityFileId),
      }
    : null;
  const open = isOpen(r);
  const may = {
    dispose: open && can(ctx.actor, 'request.dispose'),
    extend: open && !r.extendedAt && today <= r.dueDate && can(ctx.actor, 'request.extend'),
    respond: open && can(ctx.actor, 'request.respond'),
    /** Dispositions this actor may answer: those not answered yet (a finished step offers no form). */
    answer: open ? dispositions.filter((d) => !d.answeredAt && can(ctx.actor, 'request.unit_answer', { unitId: d.unitId, disposedTo })).map((d) => d.id) : [],
    letters: seesPersonal,
    /** Attach the scan of a letter printed and signed by hand (no certificate signs the letters). */
    attachScan: !ctx.letterSigner && seesPersonal && can(ctx.actor, 'request.respond', { disposedTo }),
    /** Record the applicant's dispute at the Komisi Informasi (one per request). */
    registerDispute: false,
  };
  // A refusal cites an approved test: the ones in force (this request's first), and those under way for it.
  const exemptions = may.respond
    ? { citable: await citableTests(ctx.db, today, r.id), underWay: await testsOfRequest(ctx.db, r.id), mayDraft: can(ctx.actor, 'exemption.draft') }
    : null;
  const [cited] = response?.consequenceTestId
    ? await ctx.db
        .select({ id: consequenceTests.id, number: consequenceTests.number, publicTitle: consequenceTests.publicTitle, subpoint: consequenceTests.subpoint })
        .from(consequenceTests)
        .where(eq(consequenceTests.id, response.consequenceTestId))
    : [];
  const dispute = can(ctx.actor, 'dispute.view') ? await disputeOfRequest(ctx.db, r.id) : null;
  // A case reaches the Komisi Informasi after an objection (UU KIP Ps 37): offered from then on.
  const objected = (await ctx.db.select({ id: objections.id }).from(objections).where(eq(objections.requestId, r.id)).limit(1)).length > 0;
  may.registerDispute = !dispute && objected && can(ctx.actor, 'dispute.manage');
  // objections: a granted objection's follow-up task governs the deadline once it exists.
  const followUps = await followUpsOfRequest(ctx, r.id);
  const badge = deadlineBadge(r.status, r.dueDate, today, soonLimit, governingFollowUp(followUps));
  // Working days from today to the deadline (negative: days late), on the same calendar as the deadline.
  const [a, b] = today <= r.dueDate ? [today, r.dueDate] : [r.dueDate, today];
  const cal = await loadCalendar(ctx, { fromYear: Number(a.slice(0, 4)), toYear: Number(b.slice(0, 4)) });
  const workingDaysLeft = (today <= r.dueDate ? 1 : -1) * countWorkingDays(cal, a, b);
  const next = nextStep(
    {
      status: r.status,
      today,
      dueDate: r.dueDate,
      dueSoon: badge === 'due_soon',
      extended: !!r.extendedAt,
      dispositions: dispositions.map((d) => ({ id: d.id, unitId: d.unitId, unitName: d.unitName, answered: !!d.answeredAt })),
    },
    ctx.actor,
  );
  return {
    request: caseFields(r),
    exemptions,
    citedTest: cited ?? null,
    personal,
    addressedUnit: addressed?.name ?? null,
    /** How the request came in (channel, officer who entered it) and its intake scans (with the personal data). */
    intake: await intakeFacts(ctx, r, seesPersonal),
    badge,
    followUps,
    today,
    workingDaysLeft,
    /** The one step due for this actor (the page's "Langkah berikutnya"). */
    next,
    defaultInternalDue: open ? await defaultInternalDue(ctx, r.dueDate, today) : null,
    dispositions,
    events,
    response: response ?? null,
    /** Every step of the case, the objections and the dispute included, in time order. */
    history: await caseHistory(ctx, r, disposedTo),
    dispute: dispute
      ? {
          id: dispute.id,
          commission: dispute.commission,
          caseNumber: dispute.caseNumber,
          filedOn: dispute.filedOn,
          stage: dispute.stage,
          outcome: dispute.outcome,
          closedAt: dispute.closedAt,
        }
      : null,
    may,
    files: await filesPanel(ctx, r, disposedTo), // case-docs: files, handover, publish to the DIP
  };
}
export type RequestCase = Awaited<ReturnType<typeof getRequestCase>>;
