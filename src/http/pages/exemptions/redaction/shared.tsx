// Pieces shared by the redaction (penghitaman) pages: labels, ground select, the unavailable notice.
import type { FC } from 'hono/jsx';
import type { PatternKind } from '../../../../documents/redact.js';
import { groundOptionGroups } from '../../../../domain/redaction/grounds.js';
import { BackofficeLayout, tx, type View } from '../../../components/layout.js';
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
      <option value="">{tx(p.v, '– pilih dasar (Pasal 17) –', '– choose a ground (Article 17) –')}</option>
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
    <h2>{tx(v, 'Penghitaman belum tersedia di server ini', 'Redaction is not available on this server')}</h2>
    <p>
      {tx(
        v,
        'Program pdftoppm dan pdftotext (paket poppler-utils) belum terpasang. Tanpa program itu Q-Gesy tidak dapat membuat gambar halaman maupun salinan yang dihitamkan. Minta administrator memasang poppler-utils (Debian/Ubuntu: apt-get install poppler-utils) lalu memulai ulang Q-Gesy.',
        'The programs pdftoppm and pdftotext (the poppler-utils package) are not installed. Without them Q-Gesy can make neither page images nor redacted copies. Ask the administrator to install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils) and restart Q-Gesy.',
      )}
    </p>
  </div>
);

export const RedactionUnavailablePage: FC<{ v: View }> = ({ v }) => (
  <BackofficeLayout v={v} title={tx(v, 'Penghitaman', 'Redaction')}>
    <h1>{tx(v, 'Penghitaman', 'Redaction')}</h1>
    <Unavailable v={v} />
  </BackofficeLayout>
);
