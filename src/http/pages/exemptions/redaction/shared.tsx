// Pieces shared by the redaction (penghitaman) pages: labels, ground select, the unavailable notice.
import type { FC } from 'hono/jsx';
import type { PatternKind } from '../../../../documents/redact.js';
import { groundOptionGroups } from '../../../../domain/redaction/grounds.js';
import { BackofficeLayout, type View, tm } from '../../../components/layout.js';
import { dateTime } from '../../../dates.js';

export const base = (id: string) => `/admin/penghitaman/${id}`;

export function when(v: View, d: Date | null): string {
  return dateTime(v, d);
}

export const kb = (n: number | null) => (n === null ? '–' : `${Math.max(1, Math.round(n / 1024)).toLocaleString('id-ID')} KB`);

export const STATUS: Record<string, [string, string]> = {
  draft: ['Draf', 'Draft'],
  produced: ['Salinan dibuat', 'Copy made'],
};

export const KINDS: Record<PatternKind, [string, string]> = {
  phrase: ['Frasa (kata persis)', 'Phrase (exact words)'],
  nik: ['NIK (16 angka)', 'NIK (16 digits)'],
  nip: ['NIP (18 angka)', 'NIP (18 digits)'],
  email: ['Alamat email', 'Email address'],
  phone: ['Nomor telepon', 'Phone number'],
};

/** A select of Ps 17 grounds, grouped by letter. */
export const GroundSelect: FC<{ v: View; id: string; name: string; value: string; error?: string | undefined; label: string }> = (p) => (
  <div class={`field${p.error ? ' has-error' : ''}`}>
    <label for={p.id}>{p.label}</label>
    {p.error ? (
      <p class="error" id={`e-${p.id}`}>
        {p.error}
      </p>
    ) : null}
    <select id={p.id} name={p.name} data-field="ground" aria-invalid={p.error ? 'true' : undefined} aria-describedby={p.error ? `e-${p.id}` : undefined}>
      <option value="">{tm(p.v, 'exemptions-redaction.shared.choose_ground_article_17')}</option>
      {groundOptionGroups(p.v.locale).map((g) => (
        <optgroup label={g.label}>
          {g.options.map((o) => (
            <option value={o.value} selected={o.value === p.value}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  </div>
);

export const Unavailable: FC<{ v: View }> = ({ v }) => (
  <div class="warn-box" role="alert">
    <h2>{tm(v, 'exemptions-redaction.shared.redaction_not_available_server')}</h2>
    <p>{tm(v, 'exemptions-redaction.shared.programs_pdftoppm_pdftotext_poppler_utils')}</p>
  </div>
);

export const RedactionUnavailablePage: FC<{ v: View }> = ({ v }) => (
  <BackofficeLayout v={v} title={tm(v, 'exemptions-redaction.shared.redaction')}>
    <h1>{tm(v, 'exemptions-redaction.shared.redaction')}</h1>
    <Unavailable v={v} />
  </BackofficeLayout>
);
