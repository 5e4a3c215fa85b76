// Staff intake of an objection (keberatan) received on paper, in person, by email, phone or fax: the PPID
// Utama links it to the request by its registration number and enters it with the time it was received,
// which decides both whether it was on time and the Atasan PPID's 30 working days.
import { messageRef, bilingual, catalogueMessages } from '../../i18n/catalogue.js';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import { errors, type Messages } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { receivedInstant, type IntakeFiles, type ReceiptInput } from '../requests/record-request-intake.js';
import { requestsByTypedNumber } from '../requests/tracking-input.js';
import { fileUnpublishedObjection, unpublishedProblems, type UnpublishedObjectionInput } from './file-unpublished-objection.js';
import { registerObjection, ZObjectionInput, type Objection } from './objections.js';

const M_NUMBER = messageRef('objections.enter_registration_number_request');

export const ZObjectionIntake = z.object({
  requestNumber: z
    .string({ message: M_NUMBER })
    .trim()
    .min(1, { message: M_NUMBER })
    .max(100, { message: messageRef('dip.most_100_characters') }),
  ...ZObjectionInput.shape,
});
export type ObjectionIntakeInput = z.input<typeof ZObjectionIntake>;
/** Without a request number: ground b only, with the applicant and the unpublished information (file-unpublished-objection.ts). */
export type UnpublishedIntakeFields = Partial<Omit<UnpublishedObjectionInput, 'grounds' | 'caseSummary' | 'proxyName'>>;

export async function recordObjectionIntake(
  ctx: Ctx,
  raw: ObjectionIntakeInput & UnpublishedIntakeFields,
  receipt: ReceiptInput,
  files: IntakeFiles = {},
): Promise<Objection> {
  authorize(ctx.actor, 'objection.intake');
  if (!String(raw.requestNumber ?? '').trim()) {
    const { requestNumber, ...rest } = raw;
    void requestNumber;
    const problems: Record<string, Messages> = unpublishedProblems(rest);
    const { channel, at } = await receivedInstant(ctx, receipt, problems);
    if (Object.keys(problems).length) throw errors.validation(problems);
    const filed = await fileUnpublishedObjection(ctx, rest as UnpublishedObjectionInput, {
      receivedAt: at,
      channel,
      enteredBy: ctx.actor.kind === 'user' ? ctx.actor.id : undefined,
      letterScan: files.letterScan,
      proxyLetter: files.proxyLetter,
    });
    return filed.objection;
  }
  const parsed = ZObjectionIntake.safeParse(raw);
  const problems: Record<string, Messages> = {};
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      problems[String(i.path[0] ?? '_')] ??= bilingual(i.message);
    }
  }
  const { channel, at } = await receivedInstant(ctx, receipt, problems);
  if (!parsed.success) throw errors.validation(problems);
  const { requestNumber, ...input } = parsed.data;
  // Staff hold no tracking code: the number alone, read as forgivingly as on the tracking page, and it must be one request.
  const found = await requestsByTypedNumber(ctx.db, requestNumber);
  if (found.length !== 1) {
    throw errors.validation({
      requestNumber: catalogueMessages('objections.record-objection-intake.there_no_request_registration_number'),
    });
  }
  return registerObjection(ctx, found[0]!.id, input, {
    receivedAt: at,
    channel,
    enteredBy: ctx.actor.kind === 'user' ? ctx.actor.id : undefined,
    letterScan: files.letterScan,
    proxyLetter: files.proxyLetter,
  });
}
