// Opening a request with its number and secret code (the tracking page, the receipt, an objection filed by
// the applicant): the same no-match answer for an unknown number and a wrong code; the decision is the policy's.
import { catalogueMessages } from '../../i18n/catalogue.js';
import type { Ctx } from '../../context.js';
import { AppError } from '../../errors.js';
import { can } from '../../policies/index.js';
import { tokenMatches, type InformationRequest } from './submit-request.js';
import { codeCandidates, requestsByTypedNumber } from './tracking-input.js';

/** The same answer for an unknown number and a wrong code: the page must not tell which numbers exist. */
const noMatch = () => new AppError('tracking_no_match', 404, catalogueMessages('requests-form.open-request.registration_number_tracking_code_do'));

/** The request behind a number and code, or the no-match error; the decision is the policy's. */
export async function openRequest(ctx: Ctx, number: string, code: string): Promise<InformationRequest> {
  return (await openRequestWithCode(ctx, number, code)).request;
}

/**
 * The same, read forgivingly (tracking-input.ts: case, spaces, leading zeros, dashes), with the code as it
 * matched, so that what is printed or linked afterwards is the code's own spelling.
 */
export async function openRequestWithCode(ctx: Ctx, number: string, code: string): Promise<{ request: InformationRequest; code: string }> {
  let found: { request: InformationRequest; code: string } | null = null;
  const spellings = codeCandidates(code);
  for (const r of await requestsByTypedNumber(ctx.db, number)) {
    for (const c of spellings) if (!found && tokenMatches(c, r.trackingTokenHash)) found = { request: r, code: c };
  }
  if (!can(ctx.actor, 'request.track', { trackingToken: found ? 'valid' : 'invalid' })) throw noMatch();
  return found!;
}
