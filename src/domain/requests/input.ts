// What a citizen fills in to request information: the fields of the Perki 1/2010 and Perki 1/2021-era
// forms (kip-domain.md §5.2), validated with messages a citizen understands.
import { messageRef } from '../../i18n/catalogue.js';
import { z } from 'zod';
import { APPLICANT_TYPES, DELIVERY_METHODS, OBTAIN_METHODS, COPY_FORMATS } from '../../db/schema/requests.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: messageRef('validation.at_most_characters', { max }) });

const ZRequestBase = z.object({
  applicantType: z.enum(APPLICANT_TYPES, { message: messageRef('requests-form.choose_type_applicant') }),
  name: text(200).min(2, { message: messageRef('requests-form.your_full_name_required') }),
  idNumber: text(100),
  address: text(500).min(5, { message: messageRef('requests-form.your_address_required') }),
  occupation: text(120).default(''),
  phone: text(40)
    .regex(/^[0-9+()\s-]*$/, { message: messageRef('requests-form.phone_number_contains_only_digits_spaces') })
    .default(''),
  email: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .toLowerCase()
        .max(254)
        .email({ message: messageRef('validation.not_valid_email_address') }),
    ])
    .default(''),
  proxyName: text(200).default(''),
  details: text(4000).min(10, { message: messageRef('requests-form.describe_information_you_need_least_10') }),
  purpose: text(2000).min(3, { message: messageRef('requests-form.state_what_you_will_use_information') }),
  obtainMethod: z.enum(OBTAIN_METHODS, { message: messageRef('requests-form.choose_how_you_want_obtain_information') }),
  copyFormat: z.union([z.literal(''), z.enum(COPY_FORMATS, { message: messageRef('requests-form.choose_form_copy') })]).default(''),
  deliveryMethod: z.union([z.literal(''), z.enum(DELIVERY_METHODS, { message: messageRef('requests-form.choose_how_you_want_receive_copy') })]).default(''),
  /** The unit's code, when the applicant knows which agency holds the information. */
  unit: text(60).default(''),
  consent: z.boolean(),
});

/**
 * The checks that involve more than one field, on the raw input: they run even when other fields are wrong,
 * so that a citizen sees every problem of the form at once (field name -> message).
 */
export function crossFieldIssues(raw: Partial<Record<keyof z.input<typeof ZRequestBase>, unknown>>): Record<string, string> {
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const out: Record<string, string> = {};
  const idNumber = str(raw.idNumber);
  if (raw.applicantType === 'badan_hukum') {
    if (idNumber.length < 3) out.idNumber = messageRef('requests-form.number_legal_entity_s_deed_approval');
  } else if (!/^\d{16}$/.test(idNumber.replace(/[\s.-]/g, ''))) {
    out.idNumber = messageRef('requests-form.nik_has_16_digits_identity_card');
  }
  if (!str(raw.email) && !str(raw.phone)) out.email = messageRef('requests-form.give_email_address_phone_number_so');
  if (raw.obtainMethod === 'salinan') {
    if (!str(raw.copyFormat)) out.copyFormat = messageRef('requests-form.choose_form_copy');
    if (!str(raw.deliveryMethod)) out.deliveryMethod = messageRef('requests-form.choose_how_you_want_receive_copy');
    if (str(raw.deliveryMethod) === 'email' && !str(raw.email)) out.email = messageRef('requests-form.give_email_address_receive_copy_email');
  }
  if (raw.consent !== true) out.consent = messageRef('requests-form.you_need_agree_statement_submit_request');
  return out;
}

export const ZRequestInput = ZRequestBase.superRefine((v, ctx) => {
  for (const [path, message] of Object.entries(crossFieldIssues(v))) ctx.addIssue({ code: 'custom', path: [path], message });
}).transform((v) => ({
  ...v,
  idNumber: v.applicantType === 'badan_hukum' ? v.idNumber : v.idNumber.replace(/[\s.-]/g, ''),
  // Seeing the information in person needs no copy.
  copyFormat: v.obtainMethod === 'salinan' && v.copyFormat ? v.copyFormat : null,
  deliveryMethod: v.obtainMethod === 'salinan' && v.deliveryMethod ? v.deliveryMethod : null,
}));

export type RequestInput = z.input<typeof ZRequestInput>;
export type ParsedRequest = z.output<typeof ZRequestInput>;
