// Reading the back-office DIP entry form: values, checks, links, and domain refusals as field errors.
import { messageRef } from '../../../i18n/catalogue.js';
import { z } from 'zod';
import { ZDipInput, splitList } from '../../../domain/dip/input.js';
import { SUBTYPES } from '../../../domain/dip/subtypes.js';
import { AppError } from '../../../errors.js';
import { validationMessage } from '../../../domain/messages/validation.js';
import type { FieldErrors } from '../../components/form.js';
import { fieldErrorsOf, list, str, type FormValues } from '../../forms.js';
import type { DipFormValues } from '../../pages/dip/form.js';

// --- input ---------------------------------------------------------------------------------------------

/** A message of the DIP schemas (a catalogue reference) in the officer's language. */
export function message(m: string, locale: string): string {
  return validationMessage(m, locale);
}

/** zod issues as one message per form field; a bad link names its line. */
export function issuesToFields(issues: z.core.$ZodIssue[], locale: string): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '_');
    const line = key === 'links' && typeof issue.path[1] === 'number' ? issue.path[1] + 1 : null;
    const text = message(issue.message, locale);
    out[key] ??= line ? (locale === 'en' ? `Line ${line}: ${text}` : `Baris ${line}: ${text}`) : text;
  }
  return out;
}

const subtypeFits = new Map(SUBTYPES.map((s) => [s.code, s.categories as string[]]));

// The form groups sub-types by category; without JavaScript nothing stops a mismatch, so it is checked here.
const ZDipForm = ZDipInput.superRefine((d, ctx) => {
  const fits = subtypeFits.get(d.subtype);
  if (fits && !fits.includes(d.category)) {
    ctx.addIssue({
      code: 'custom',
      path: ['subtype'],
      message: messageRef('dip-form.type_does_not_fit_chosen_category'),
    });
  }
});

export const formValues = (f: FormValues): DipFormValues => ({
  unitId: str(f, 'unitId'),
  title: str(f, 'title'),
  summary: str(f, 'summary'),
  category: str(f, 'category'),
  subtype: str(f, 'subtype'),
  holder: str(f, 'holder'),
  responsible: str(f, 'responsible'),
  madeWhen: str(f, 'madeWhen'),
  madePlace: str(f, 'madePlace'),
  forms: list(f, 'forms'),
  formats: str(f, 'formats'),
  retention: str(f, 'retention'),
  year: str(f, 'year'),
  periodLabel: str(f, 'periodLabel'),
  tags: str(f, 'tags'),
  links: str(f, 'links'),
});

/** "Label | https://..." per line; a line without a label uses the address as its label. */
function parseLinks(text: string): { label: string; url: string }[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const i = l.lastIndexOf('|');
      const url = (i < 0 ? l : l.slice(i + 1)).trim();
      const label = i < 0 ? '' : l.slice(0, i).trim();
      return { label: label || url, url };
    });
}

export function parseEntry(v: DipFormValues, locale: string) {
  const year = v.year.trim();
  const r = ZDipForm.safeParse({
    title: v.title,
    summary: v.summary,
    category: v.category,
    subtype: v.subtype,
    holder: v.holder,
    responsible: v.responsible,
    madeWhen: v.madeWhen,
    madePlace: v.madePlace,
    forms: v.forms,
    formats: splitList(v.formats),
    retention: v.retention,
    year: year === '' ? null : /^\d{1,4}$/.test(year) ? Number(year) : Number.NaN,
    periodLabel: v.periodLabel,
    tags: splitList(v.tags),
    links: parseLinks(v.links),
  });
  if (r.success) return { ok: true, data: r.data } as const;
  const errors = issuesToFields(r.error.issues, locale);
  // "Unknown type" reads oddly when nothing was chosen yet.
  if (errors.subtype && v.subtype === '') errors.subtype = message(messageRef('dip-form.choose_type_information_2'), locale);
  return { ok: false, errors } as const;
}

/**
 * A domain refusal the officer can act on (wrong state, validation) as a message for the page;
 * anything else (403, 404, bugs) goes to the app's error handler.
 */
export function refusal(err: unknown, locale: string): { status: 409 | 422; message: string; fields: FieldErrors | null } | null {
  if (err instanceof AppError && (err.status === 409 || err.status === 422)) {
    return { status: err.status, message: err.message_(locale), fields: fieldErrorsOf(err, locale) };
  }
  return null;
}
