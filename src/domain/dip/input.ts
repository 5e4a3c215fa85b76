// The fields of a DIP entry as a PPID officer fills them in, validated once for forms, import and API.
import { messageRef } from '../../i18n/catalogue.js';
import { z } from 'zod';
import { DIP_CATEGORIES, DIP_FORMS } from '../../db/schema/dip.js';
import { isSubtype } from './subtypes.js';

const text = (max: number, msg?: string) =>
  z
    .string()
    .trim()
    .max(max, { message: msg ?? messageRef('validation.at_most_characters', { max }) });

export const FILE_FORMATS = ['PDF', 'DOCX', 'XLSX', 'ODT', 'ODS', 'CSV', 'JPEG', 'PNG', 'HTML', 'Cetak'] as const;

export const ZDipInput = z.object({
  title: text(300).min(5, { message: messageRef('dip-form.title_required_least_5_characters') }),
  summary: text(4000).min(10, { message: messageRef('dip-form.summary_required_least_10_characters') }),
  category: z.enum(DIP_CATEGORIES, { message: messageRef('dip-form.choose_category_periodic_immediate_any_time') }),
  subtype: z.string().refine(isSubtype, { message: messageRef('dip-form.choose_type_information') }),
  holder: text(300).default(''),
  responsible: text(300).min(3, { message: messageRef('dip-form.say_who_responsible_making_information') }),
  madeWhen: text(100).default(''),
  madePlace: text(200).default(''),
  forms: z
    .array(z.enum(DIP_FORMS, { message: messageRef('dip-form.form_printed_recorded') }))
    .min(1, { message: messageRef('dip-form.choose_least_one_form_printed_recorded') }),
  formats: z.array(text(20)).max(10).default([]),
  retention: text(100).min(1, { message: messageRef('dip-form.retention_period_required') }),
  year: z
    .number({ message: messageRef('dip-form.year_number_e_g_2025') })
    .int({ message: messageRef('dip-form.year_number_e_g_2025') })
    .min(1945, { message: messageRef('dip-form.year_not_plausible_1945_earliest') })
    .max(2100, { message: messageRef('dip-form.year_not_plausible_2100_latest') })
    .nullable()
    .default(null),
  periodLabel: text(100).default(''),
  tags: z
    .array(text(50))
    .max(20, { message: messageRef('dip-form.most_20_keywords') })
    .default([]),
  links: z
    .array(z.object({ label: text(200), url: z.url({ protocol: /^https?$/, message: messageRef('dip-form.link_full_address_https') }) }))
    .max(20)
    .default([]),
});
export type DipInput = z.infer<typeof ZDipInput>;

/** Comma- or newline-separated words as a clean list (tags, formats). */
export function splitList(s: string): string[] {
  return [
    ...new Set(
      s
        .split(/[,;\n]/)
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ];
}
