// What officers fill in about a dispute at the Komisi Informasi: its registration, its stages and
// hearings, the outcome and the follow-up. Form input is all strings; messages are Indonesian first.
import { messageRef } from '../../i18n/catalogue.js';
import { z } from 'zod';
import { DISPUTE_APPEALS, DISPUTE_OUTCOMES, DISPUTE_STAGES } from '../../db/schema/disputes.js';
import { parseIsoDate } from '../calendar/dates.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: messageRef('validation.at_most_characters', { max }) });

/** UU KIP Ps 40(2): mediation only for the objection grounds b–g of Ps 35(1), never for a Ps 17 refusal alone. */
export const MEDIATION_NOT_ALLOWED = messageRef('disputes.mediation_not_available_dispute_about_refusal');

const REQUIRED_DATE = messageRef('disputes.enter_date_form_yyyy_mm_dd');
const isoDate = z
  .string({ message: REQUIRED_DATE })
  .trim()
  .refine((s) => parseIsoDate(s) !== null, { message: REQUIRED_DATE });

export const ZDisputeDetails = z.object({
  commission: text(200).min(5, { message: messageRef('disputes.enter_name_information_commission_least_5') }),
  caseNumber: text(100).min(1, { message: messageRef('disputes.enter_case_register_number_given_information') }),
  filedOn: isoDate,
  /** Kuasa termohon: who represents the body, usually the Atasan PPID. */
  respondentRep: text(300).default(''),
});
export type DisputeDetailsInput = z.input<typeof ZDisputeDetails>;

export const ZDisputeStage = z.object({ stage: z.enum(DISPUTE_STAGES, { message: messageRef('disputes.choose_stage_dispute') }) });
export type DisputeStageInput = z.input<typeof ZDisputeStage>;

export const ZHearing = z.object({ date: isoDate, note: text(2000).default('') });
export type HearingInput = z.input<typeof ZHearing>;

const ZOutcomeBase = z.object({
  outcome: z.enum(DISPUTE_OUTCOMES, { message: messageRef('disputes.choose_outcome_dispute') }),
  decidedOn: isoDate,
  ruling: text(8000).default(''),
  mediationResult: text(8000).default(''),
  /** The day the body received the ruling (the appeal window of UU KIP Ps 48 runs from it); optional. */
  rulingReceivedOn: z
    .string()
    .trim()
    .default('')
    .refine((s) => s === '' || parseIsoDate(s) !== null, { message: REQUIRED_DATE }),
});
export type OutcomeInput = z.input<typeof ZOutcomeBase>;

/** Checks across fields on the raw input, so that every problem shows at once (field -> message). */
export function outcomeIssues(raw: Partial<Record<keyof OutcomeInput, unknown>>): Record<string, string> {
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const out: Record<string, string> = {};
  const o = raw.outcome;
  if ((o === 'dibuka' || o === 'dibuka_sebagian' || o === 'tertutup') && str(raw.ruling).length < 10)
    out.ruling = messageRef('disputes.write_operative_part_ruling_least_10');
  if (o === 'mediasi_sepakat' && str(raw.mediationResult).length < 10) out.mediationResult = messageRef('disputes.write_result_mediation_agreement_least_10');
  return out;
}

export const ZOutcome = ZOutcomeBase.superRefine((v, ctx) => {
  for (const [path, message] of Object.entries(outcomeIssues(v))) ctx.addIssue({ code: 'custom', path: [path], message });
});

/** The body's answer to a ruling: brought to the PTUN/PN, or it will not appeal (UU KIP Ps 47–48). */
export const ZAppeal = z.object({
  appeal: z.enum(DISPUTE_APPEALS, { message: messageRef('disputes.choose_what_body_does_about_ruling') }),
  recordedOn: isoDate,
});
export type AppealInput = z.input<typeof ZAppeal>;

export const ZFollowUp = z.object({
  followUp: text(4000).min(5, { message: messageRef('disputes.describe_follow_up_least_5_characters') }),
  /** The case is over: the agreement or the final ruling has been carried out, or the claim withdrawn. */
  close: z.boolean().default(false),
});
export type FollowUpInput = z.input<typeof ZFollowUp>;
