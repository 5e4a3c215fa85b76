// URLs, labels and formatting shared by the portal pages of the DIP.
import type { FC } from 'hono/jsx';
import type { DipCategory } from '../../../db/schema/dip.js';
import type { PublicDocument } from '../../../domain/dip/public.js';
import { CATEGORY_LABELS } from '../../../domain/dip/subtypes.js';
import { tx, type View, tm } from '../../components/layout.js';
import { dateOnly } from '../../dates.js';

// --- URLs and formatting ----------------------------------------------------------------------------

/** Categories as they appear in URLs (/kategori/serta-merta) and in filter values. */
export const CATEGORY_SLUGS: Record<DipCategory, string> = { berkala: 'berkala', serta_merta: 'serta-merta', setiap_saat: 'setiap-saat' };

export const CATEGORY_BY_SLUG: Record<string, DipCategory> = { berkala: 'berkala', 'serta-merta': 'serta_merta', 'setiap-saat': 'setiap_saat' };

export const CATEGORIES: DipCategory[] = ['berkala', 'serta_merta', 'setiap_saat'];

export const CATEGORY_NOTES: Record<DipCategory, { id: string; en: string }> = {
  berkala: {
    id: 'Diumumkan secara rutin, paling sedikit setiap 6 bulan (Pasal 9 UU KIP).',
    en: 'Published routinely, at least every 6 months (Art. 9, Law 14/2008).',
  },
  serta_merta: {
    id: 'Diumumkan segera karena menyangkut hajat hidup orang banyak dan ketertiban umum (Pasal 10 UU KIP).',
    en: 'Announced at once because it concerns many people’s lives or public order (Art. 10, Law 14/2008).',
  },
  setiap_saat: { id: 'Tersedia dan dapat diminta kapan saja (Pasal 11 UU KIP).', en: 'Available and may be requested at any time (Art. 11, Law 14/2008).' },
};

export const FORM_LABELS: Record<string, { id: string; en: string }> = {
  tercetak: { id: 'Tercetak', en: 'Printed' },
  terekam: { id: 'Terekam (salinan elektronik)', en: 'Recorded (electronic copy)' },
};

export type Params = Record<string, string | number | undefined | null>;

/** A path with its non-empty query parameters, in the given order. */
export function href(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, val] of Object.entries(params)) if (val !== undefined && val !== null && val !== '') q.set(k, String(val));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export function catLabel(v: View, c: DipCategory): string {
  return tx(v, CATEGORY_LABELS[c].id, CATEGORY_LABELS[c].en);
}

export function formatDate(v: View, d: Date): string {
  return dateOnly(v, d);
}

export function formatBytes(v: View, n: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let x = n;
  let i = 0;
  while (x >= 1024 && i < units.length - 1) {
    x /= 1024;
    i++;
  }
  const num = new Intl.NumberFormat(v.locale === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: i === 0 || x >= 10 ? 0 : 1 }).format(x);
  return `${num} ${units[i]}`;
}

export function docType(d: Pick<PublicDocument, 'mime' | 'filename'>): string {
  const ext = /\.([a-z0-9]{1,5})$/i.exec(d.filename)?.[1];
  if (ext) return ext.toUpperCase();
  return (d.mime.split('/')[1] ?? d.mime).toUpperCase();
}

export const documentHref = (d: Pick<PublicDocument, 'id' | 'filename'>) => `/dokumen/${d.id}/${encodeURIComponent(d.filename)}`;

/**
 * The request form opened for a piece of information (routes/requests/public.tsx reads and checks these):
 * `dip` names a public entry by its number, `q` carries search words, `unit` preselects the agency.
 */
export const requestHref = (p: { dip?: string | undefined; q?: string | undefined; unit?: string | undefined }) =>
  href('/permohonan', { dip: p.dip, q: p.dip ? undefined : p.q, unit: p.dip ? undefined : p.unit });

/** "Minta informasi ini": the next step where the portal has no file to give. */
export const RequestLink: FC<{ v: View; to: string; label?: string }> = ({ v, to, label }) => (
  <p class="request-cta">
    <a class="button" href={to}>
      {label ?? tm(v, 'portal.shared.request_information')}
    </a>
  </p>
);

/** The badge of an entry whose published version has a file to download. */
export const DownloadBadge: FC<{ v: View; types?: string[] }> = ({ v, types }) => (
  <span class="badge dl">
    {tm(v, 'portal.shared.downloadable')}
    {types?.length ? ` (${types.join(', ')})` : ''}
  </span>
);

/** JSON for a <script type="application/ld+json">: no character that could end the element or confuse a parser. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Lets a long register number (DIP/DPMPTSP/2026/0001) wrap after its slashes on narrow screens. */
export const Wrappable: FC<{ text: string }> = ({ text }) => (
  <>
    {text.split('/').map((part, i) => (
      <>
        {i > 0 ? (
          <>
            /<wbr />
          </>
        ) : null}
        {part}
      </>
    ))}
  </>
);
