// Reading the back-office DIP entry form: values, checks, links, and domain refusals as field errors.
import { z } from 'zod';
import { ZDipInput, splitList } from '../../../domain/dip/input.js';
import { SUBTYPES } from '../../../domain/dip/subtypes.js';
import { AppError } from '../../../errors.js';
import { validationMessage } from '../../../domain/messages/validation.js';
import type { FieldErrors } from '../../components/form.js';
import { fieldErrorsOf, list, str, type FormValues } from '../../forms.js';
import type { DipFormValues } from '../../pages/dip/form.js';

// --- input ---------------------------------------------------------------------------------------------

// The DIP schemas speak Indonesian; these are their English versions for officers who chose English.
const EN: Record<string, string> = {
  'Judul informasi wajib diisi (minimal 5 karakter).': 'The title is required (at least 5 characters).',
  'Ringkasan isi informasi wajib diisi (minimal 10 karakter).': 'The summary is required (at least 10 characters).',
  'Pilih kategori: berkala, serta-merta, atau setiap saat.': 'Choose a category: periodic, immediate or at any time.',
  'Jenis informasi tidak dikenal.': 'Choose a type of information.',
  'Penanggung jawab pembuatan informasi wajib diisi.': 'Say who is responsible for making the information.',
  'Bentuk informasi: tercetak atau terekam.': 'Form: printed or recorded.',
  'Pilih minimal satu bentuk informasi (tercetak/terekam).': 'Choose at least one form (printed/recorded).',
  'Jangka waktu penyimpanan (retensi) wajib diisi.': 'The retention period is required.',
  'Tahun harus angka, mis. 2025.': 'The year must be a number, e.g. 2025.',
  'Tahun tidak masuk akal (minimal 1945).': 'That year is not plausible (1945 at the earliest).',
  'Tahun tidak masuk akal (maksimal 2100).': 'That year is not plausible (2100 at the latest).',
  'Maksimal 20 kata kunci.': 'At most 20 keywords.',
  'Tautan harus URL lengkap (https://...).': 'A link must be a full address (https://...).',
  'Tuliskan catatan perbaikan untuk PPID Pembantu (minimal 5 karakter).': 'Write a note for the agency (at least 5 characters).',
  'Tuliskan alasan penarikan dari portal (minimal 10 karakter).': 'Give the reason for withdrawing it (at least 10 characters).',
  'Jenis informasi ini tidak cocok dengan kategori yang dipilih. Pilih jenis dari kelompok yang sesuai dengan kategorinya.':
    'This type does not fit the chosen category. Choose a type from a group that fits the category.',
  'Pilih unit pemilik entri.': 'Choose the agency that owns the entry.',
  'Pilih jenis informasi.': 'Choose a type of information.',
};

export function message(m: string, locale: string): string {
  if (locale !== 'en') return m;
  const max = /^Maksimal (\d+) karakter\.$/.exec(m);
  if (max) return `At most ${max[1]} characters.`;
  return EN[m] ?? validationMessage(m, locale);
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
      message: 'Jenis informasi ini tidak cocok dengan kategori yang dipilih. Pilih jenis dari kelompok yang sesuai dengan kategorinya.',
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
  if (errors.subtype && v.subtype === '') errors.subtype = message('Pilih jenis informasi.', locale);
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
