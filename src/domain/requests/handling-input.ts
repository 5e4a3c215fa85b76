// What officers fill in when they handle a request: disposition, a unit's answer, extension and the written
// notice (kip-domain.md §5.4–§5.8). Form input is all strings; messages are Indonesian first.
import { messageRef } from '../../i18n/catalogue.js';
import { z } from 'zod';
import { DELIVERY_METHODS, COPY_FORMATS } from '../../db/schema/requests.js';
import { REQUEST_OUTCOMES } from '../../db/schema/request-handling.js';
import { parseIsoDate } from '../calendar/dates.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: messageRef('validation.at_most_characters', { max }) });

const isoDate = z
  .string()
  .trim()
  .refine((s) => s === '' || parseIsoDate(s) !== null, { message: messageRef('validation.not_valid_date_use_form_yyyy') });

export const ZDispose = z.object({
  unitIds: z.array(z.uuid({ message: messageRef('requests-case.unknown_agency') })).min(1, { message: messageRef('requests-case.choose_least_one_agency') }),
  instruction: text(2000).min(5, { message: messageRef('requests-case.write_instruction_agency_least_5_characters') }),
  /** Empty: the default, 5 working days before the statutory deadline. */
  internalDueDate: isoDate.default(''),
});
export type DisposeInput = z.input<typeof ZDispose>;

export const ZUnitAnswer = z.object({
  dispositionId: z.uuid({ message: messageRef('requests-case.unknown_disposition') }),
  answer: text(4000).min(5, { message: messageRef('requests-case.write_agency_s_answer_least_5') }),
  note: text(2000).default(''),
});
export type UnitAnswerInput = z.input<typeof ZUnitAnswer>;

export const ZExtend = z.object({
  reason: text(2000).min(10, { message: messageRef('requests-case.give_reason_extension_least_10_characters') }),
});
export type ExtendInput = z.input<typeof ZExtend>;

const INT = /^\d{1,9}$/;
const amount = z
  .string()
  .trim()
  .refine((s) => s === '' || INT.test(s), { message: messageRef('requests-case.enter_whole_number_0_more_without') })
  .transform((s) => (s === '' ? 0 : Number(s)));

const ZResponseBase = z.object({
  outcome: z.enum(REQUEST_OUTCOMES, { message: messageRef('requests-case.choose_decision_request') }),
  held: z.enum(['ya', 'tidak'], { message: messageRef('requests-case.state_whether_information_held') }),
  holderBody: text(300).default(''),
  materialGiven: text(4000).default(''),
  materialWithheld: text(4000).default(''),
  reason: text(4000).default(''),
  /** The approved consequence test a refusal or partial grant rests on; it supplies the ground and the summary. */
  consequenceTestId: z.string().trim().max(36).default(''),
  format: z.union([z.literal(''), z.enum(COPY_FORMATS, { message: messageRef('requests-case.choose_form_information') })]).default(''),
  delivery: z.union([z.literal(''), z.enum(DELIVERY_METHODS, { message: messageRef('requests-case.choose_means_delivery') })]).default(''),
  sheets: amount.default(0),
  tariff: amount.default(0),
  deliveryCost: amount.default(0),
  paymentMethod: text(300).default(''),
  provideWorkingDays: z
    .string()
    .trim()
    .refine((s) => s === '' || /^\d{1,3}$/.test(s), { message: messageRef('requests-case.enter_whole_number_0_more_without') })
    .default(''),
  internalNote: text(2000).default(''),
});
export type ResponseInput = z.input<typeof ZResponseBase>;

const granted = (o: unknown) => o === 'diberikan_seluruhnya' || o === 'diberikan_sebagian';

/** The checks across fields, on the raw input, so that every problem shows at once (field -> message). */
export function responseIssues(raw: Partial<Record<keyof ResponseInput, unknown>>): Record<string, string> {
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const out: Record<string, string> = {};
  const o = raw.outcome;
  if (granted(o)) {
    if (str(raw.held) === 'tidak') out.held = messageRef('requests-case.information_given_held_body');
    if (!str(raw.materialGiven)) out.materialGiven = messageRef('requests-case.describe_information_will_given');
    if (!str(raw.format)) out.format = messageRef('requests-case.choose_form_information');
    if (!str(raw.delivery)) out.delivery = messageRef('requests-case.choose_means_delivery');
    if (!str(raw.provideWorkingDays)) out.provideWorkingDays = messageRef('requests-case.enter_time_provide_working_days');
  }
  if (o === 'diberikan_sebagian') {
    if (!str(raw.materialWithheld)) out.materialWithheld = messageRef('requests-case.describe_parts_withheld_blacked_out');
    if (!str(raw.reason)) out.reason = messageRef('requests-case.give_reasons');
    if (!str(raw.consequenceTestId)) out.consequenceTestId = messageRef('requests-case.choose_approved_consequence_test_force_law');
  }
  // A refusal always cites an approved consequence test (UU KIP Ps 19; docs/exemptions.md).
  if (o === 'ditolak_dikecualikan') {
    if (str(raw.held) === 'tidak') out.held = messageRef('requests-case.if_not_held_choose_not_held');
    if (!str(raw.consequenceTestId)) out.consequenceTestId = messageRef('requests-case.choose_approved_consequence_test_force_law');
    if (!str(raw.reason)) out.reason = messageRef('requests-case.give_reasons');
  }
  if (o === 'belum_didokumentasikan' && !str(raw.reason)) out.reason = messageRef('requests-case.give_reasons');
  return out;
}

export const ZResponse = ZResponseBase.superRefine((v, ctx) => {
  for (const [path, message] of Object.entries(responseIssues(v))) ctx.addIssue({ code: 'custom', path: [path], message });
}).transform((v) => {
  const give = granted(v.outcome);
  return {
    outcome: v.outcome,
    // "Not held" is what the outcome says; otherwise the officer's statement.
    held: v.outcome === 'tidak_dikuasai' ? false : v.held === 'ya',
    holderBody: v.outcome === 'tidak_dikuasai' ? v.holderBody : '',
    materialGiven: give ? v.materialGiven : '',
    materialWithheld: v.outcome === 'diberikan_sebagian' || v.outcome === 'ditolak_dikecualikan' ? v.materialWithheld : '',
    reason: v.reason,
    consequenceTestId: (v.outcome === 'diberikan_sebagian' || v.outcome === 'ditolak_dikecualikan') && v.consequenceTestId ? v.consequenceTestId : null,
    format: give && v.format ? v.format : null,
    delivery: give && v.delivery ? v.delivery : null,
    sheets: give ? v.sheets : 0,
    tariff: give ? v.tariff : 0,
    deliveryCost: give ? v.deliveryCost : 0,
    // biaya = lembar × tarif + ongkos kirim (kip-domain.md §5.8)
    totalCost: give ? v.sheets * v.tariff + v.deliveryCost : 0,
    paymentMethod: give ? v.paymentMethod : '',
    provideWorkingDays: give && v.provideWorkingDays !== '' ? Number(v.provideWorkingDays) : null,
    internalNote: v.internalNote,
  };
});
export type ParsedResponse = z.output<typeof ZResponse>;
