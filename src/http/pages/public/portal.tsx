// Portal pages of the DIP: search, browse, entry, unit and whole-body DIP tables, and the small
// pieces they share (search box, breadcrumbs, pager, DIP table, head metadata). No JavaScript needed.
import { formatLongDate } from '../../../domain/calendar/dates.js';
import type { Child, FC } from 'hono/jsx';
import type { DipCategory } from '../../../db/schema/dip.js';
import type { PublicDocument, PublicEntry } from '../../../domain/dip/public.js';
import type { SearchResult } from '../../../domain/dip/search.js';
import { CATEGORY_LABELS, subtypeLabel } from '../../../domain/dip/subtypes.js';
import type { Unit } from '../../../domain/units/units.js';
import { idText, localizeUrl, PublicLayout, tx, type View } from '../../components/layout.js';

// --- URLs and formatting ----------------------------------------------------------------------------

/** Categories as they appear in URLs (/kategori/serta-merta) and in filter values. */
export const CATEGORY_SLUGS: Record<DipCategory, string> = { berkala: 'berkala', serta_merta: 'serta-merta', setiap_saat: 'setiap-saat' };
export const CATEGORY_BY_SLUG: Record<string, DipCategory> = { berkala: 'berkala', 'serta-merta': 'serta_merta', 'setiap-saat': 'setiap_saat' };
export const CATEGORIES: DipCategory[] = ['berkala', 'serta_merta', 'setiap_saat'];

const CATEGORY_NOTES: Record<DipCategory, { id: string; en: string }> = {
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
  return new Intl.DateTimeFormat(v.locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: v.body?.timeZone || 'Asia/Jakarta' }).format(d);
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
 * The request form opened for a piece of information (routes/requests.tsx reads and checks these):
 * `dip` names a public entry by its number, `q` carries search words, `unit` preselects the agency.
 */
export const requestHref = (p: { dip?: string | undefined; q?: string | undefined; unit?: string | undefined }) =>
  href('/permohonan', { dip: p.dip, q: p.dip ? undefined : p.q, unit: p.dip ? undefined : p.unit });

/** "Minta informasi ini": the next step where the portal has no file to give. */
export const RequestLink: FC<{ v: View; to: string; label?: string }> = ({ v, to, label }) => (
  <p class="request-cta">
    <a class="button" href={to}>
      {label ?? tx(v, 'Minta informasi ini', 'Request this information')}
    </a>
  </p>
);

/** The badge of an entry whose published version has a file to download. */
const DownloadBadge: FC<{ v: View; types?: string[] }> = ({ v, types }) => (
  <span class="badge dl">
    {tx(v, 'Dapat diunduh', 'Downloadable')}
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
const Wrappable: FC<{ text: string }> = ({ text }) => (
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

// --- head metadata ----------------------------------------------------------------------------------

export type Meta = {
  canonical: string;
  description?: string | undefined;
  /** Open Graph type; pages without it get no Open Graph tags. */
  ogType?: 'website' | 'article';
  ogTitle?: string;
  jsonLd?: unknown;
  noindex?: boolean;
};

export const MetaHead: FC<{ v: View; meta: Meta }> = ({ v, meta: given }) => {
  // The canonical URL in the page's own language (/en/...); robots are decided by page type in the layout.
  const meta = { ...given, canonical: localizeUrl(v, given.canonical) };
  const description = meta.description ? meta.description.replace(/\s+/g, ' ').trim().slice(0, 300) : undefined;
  return (
    <>
      <link rel="canonical" href={meta.canonical} />
      {description ? <meta name="description" content={description} /> : null}
      {meta.ogType ? (
        <>
          <meta property="og:type" content={meta.ogType} />
          <meta property="og:title" content={meta.ogTitle ?? ''} />
          {description ? <meta property="og:description" content={description} /> : null}
          <meta property="og:url" content={meta.canonical} />
          <meta property="og:site_name" content={v.body?.name ?? 'Q-Gesy'} />
          <meta property="og:locale" content={v.locale === 'en' ? 'en_US' : 'id_ID'} />
          <meta name="twitter:card" content="summary" />
        </>
      ) : null}
      {meta.jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(meta.jsonLd) }} /> : null}
    </>
  );
};

// --- shared pieces ----------------------------------------------------------------------------------

export const SearchBox: FC<{ v: View; q?: string; id?: string; big?: boolean; hidden?: Params; label?: string }> = ({ v, q, id = 'q', big, hidden, label }) => (
  <form method="get" action="/cari" role="search" class={big ? 'search-box big' : 'search-box'}>
    <label for={id}>{label ?? tx(v, 'Cari informasi publik', 'Search public information')}</label>
    <div class="search-row">
      <input type="search" id={id} name="q" value={q ?? ''} maxlength={200} autocomplete="off" enterkeyhint="search" />
      <button type="submit">{tx(v, 'Cari', 'Search')}</button>
    </div>
    {Object.entries(hidden ?? {}).map(([k, val]) =>
      val === undefined || val === null || val === '' ? null : <input type="hidden" name={k} value={String(val)} />,
    )}
  </form>
);

export type Crumb = { label: string; href?: string };

export const Breadcrumbs: FC<{ v: View; items: Crumb[] }> = ({ v, items }) => (
  <nav aria-label={tx(v, 'Jejak halaman', 'Breadcrumb')} class="crumbs">
    <ol>
      {items.map((c) => (
        <li>{c.href ? <a href={c.href}>{c.label}</a> : <span aria-current="page">{c.label}</span>}</li>
      ))}
    </ol>
  </nav>
);

export const breadcrumbJsonLd = (baseUrl: string, items: Crumb[], current: string) => ({
  '@type': 'BreadcrumbList',
  itemListElement: items.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.label, item: c.href ? baseUrl + c.href : current })),
});

/** Page links that keep the current filters; numbered around the current page. */
export const Pager: FC<{ v: View; page: number; pageSize: number; total: number; path: string; params: Params }> = ({
  v,
  page,
  pageSize,
  total,
  path,
  params,
}) => {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const link = (p: number) => href(path, { ...params, hal: p === 1 ? undefined : p });
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const items: Child[] = [];
  shown.forEach((p, i) => {
    if (i > 0 && p - shown[i - 1]! > 1)
      items.push(
        <li class="gap" aria-hidden="true">
          …
        </li>,
      );
    items.push(
      <li>
        {p === page ? (
          <span aria-current="page" class="current">
            <span class="visually-hidden">{tx(v, 'Halaman ', 'Page ')}</span>
            {p}
          </span>
        ) : (
          <a href={link(p)}>
            <span class="visually-hidden">{tx(v, 'Halaman ', 'Page ')}</span>
            {p}
          </a>
        )}
      </li>,
    );
  });
  return (
    <nav class="pager" aria-label={tx(v, 'Halaman hasil', 'Result pages')}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={link(page - 1)} rel="prev">
              ‹ {v.t('common.prev')}
            </a>
          </li>
        ) : null}
        {items}
        {page < pages ? (
          <li>
            <a href={link(page + 1)} rel="next">
              {v.t('common.next')} ›
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
};

const EntryMeta: FC<{ v: View; e: { number: string; unitName: string; category: DipCategory; year: number | null } }> = ({ v, e }) => (
  <p class="entry-meta">
    <span class={`cat cat-${CATEGORY_SLUGS[e.category]}`}>{catLabel(v, e.category)}</span> <span lang={idText(v)}>{e.unitName}</span>
    {e.year ? <span> · {e.year}</span> : null}
    <span class="num"> · {e.number}</span>
  </p>
);

/** A list of entries as cards: title, category, unit, year, a line of the summary. */
export const EntryList: FC<{ v: View; items: PublicEntry[]; headingLevel?: 2 | 3 }> = ({ v, items, headingLevel = 2 }) => (
  <ul class="entry-list">
    {items.map((e) => (
      <li>
        {headingLevel === 2 ? (
          <h2 class="h3">
            <a href={`/informasi/${e.slug}`} lang={idText(v)}>
              {e.title}
            </a>
          </h2>
        ) : (
          <h3>
            <a href={`/informasi/${e.slug}`} lang={idText(v)}>
              {e.title}
            </a>
          </h3>
        )}
        <EntryMeta v={v} e={e} />
        {e.fileTypes.length ? <DownloadBadge v={v} types={e.fileTypes} /> : null}
        <p class="snippet" lang={idText(v)}>
          {clipText(e.summary, 200)}
        </p>
      </li>
    ))}
  </ul>
);

export function clipText(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

const FORM_SHORT: Record<string, { id: string; en: string }> = { tercetak: { id: 'Tercetak', en: 'Printed' }, terekam: { id: 'Terekam', en: 'Recorded' } };

/**
 * The forms an entry is available in, as they are: "Terekam" with the types of the files that can really be
 * downloaded; without a file, the electronic copy is "tersedia atas permintaan" (the register's `formats`
 * are what the unit declared, not what the portal holds, so they are not shown as if they were files).
 */
export function formsText(v: View, e: Pick<PublicEntry, 'forms' | 'fileTypes'>, short = false): string {
  const labels = short ? FORM_SHORT : FORM_LABELS;
  const label = (f: string) => (labels[f] ? tx(v, labels[f].id, labels[f].en) : f);
  const parts: string[] = [];
  if (e.forms.includes('tercetak')) parts.push(label('tercetak'));
  if (e.fileTypes.length) parts.push(`${label('terekam')} (${e.fileTypes.join(', ')})`);
  else if (e.forms.includes('terekam'))
    parts.push(
      short ? tx(v, 'Terekam, atas permintaan', 'Recorded, on request') : `${label('terekam')}: ${tx(v, 'tersedia atas permintaan', 'available on request')}`,
    );
  for (const f of e.forms) if (f !== 'tercetak' && f !== 'terekam') parts.push(label(f));
  return parts.join(', ');
}

/**
 * The DIP in the format PPIDs publish it (Perki 1/2010 Lampiran II columns), with a category tag.
 * `groupByUnit`: a heading row before each unit's entries (the items must be ordered by unit).
 */
export const DipTable: FC<{ v: View; items: PublicEntry[]; caption: string; groupByUnit?: boolean }> = ({ v, items, caption, groupByUnit }) => {
  const h = {
    number: tx(v, 'Nomor', 'Number'),
    summary: tx(v, 'Ringkasan isi informasi', 'Summary of the information'),
    holder: tx(v, 'Pejabat/unit yang menguasai informasi', 'Official or unit holding the information'),
    responsible: tx(v, 'Penanggung jawab pembuatan atau penerbitan informasi', 'Responsible for making or issuing the information'),
    made: tx(v, 'Waktu dan tempat pembuatan informasi', 'Time and place the information was made'),
    forms: tx(v, 'Bentuk informasi yang tersedia', 'Forms available'),
    retention: tx(v, 'Jangka waktu penyimpanan', 'Retention period'),
  };
  return (
    <div class="dip-table-wrap">
      <table class="dip-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{h.number}</th>
            <th scope="col">{h.summary}</th>
            <th scope="col">{h.holder}</th>
            <th scope="col">{h.responsible}</th>
            <th scope="col">{h.made}</th>
            <th scope="col">{h.forms}</th>
            <th scope="col">{h.retention}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e, i) => (
            <>
              {groupByUnit && e.unitId !== items[i - 1]?.unitId ? (
                <tr class="group">
                  <th colspan={7} scope="colgroup">
                    <a href={`/unit/${e.unitCode}`} lang={idText(v)}>
                      {e.unitName}
                    </a>
                  </th>
                </tr>
              ) : null}
              <tr>
                <td data-label={h.number} class="num">
                  <Wrappable text={e.number} />
                </td>
                <td data-label={h.summary} class="sum">
                  <a href={`/informasi/${e.slug}`} class="title" lang={idText(v)}>
                    {e.title}
                  </a>
                  <span class="cat-line">
                    <span class={`cat cat-${CATEGORY_SLUGS[e.category]}`}>{catLabel(v, e.category)}</span>
                    {e.year ? ` · ${e.periodLabel || e.year}` : ''}
                  </span>
                  <span class="sum-text" lang={idText(v)}>
                    {clipText(e.summary, 280)}
                  </span>
                </td>
                <td data-label={h.holder} lang={idText(v)}>
                  {e.holder || e.unitName}
                </td>
                <td data-label={h.responsible}>{e.responsible}</td>
                <td data-label={h.made}>{[e.madeWhen, e.madePlace].filter(Boolean).join(', ') || '–'}</td>
                <td data-label={h.forms}>{formsText(v, e, true) || '–'}</td>
                <td data-label={h.retention}>{e.retention || '–'}</td>
              </tr>
            </>
          ))}
        </tbody>
      </table>
    </div>
  );
};

export const DownloadLinks: FC<{ v: View; base: string }> = ({ v, base }) => (
  <p class="downloads">
    {tx(v, 'Unduh tabel: ', 'Download the table: ')}
    <a href={`${base}.xlsx`}>Excel</a>
    <a href={`${base}.csv`}>CSV</a>
    <a href={`${base}.pdf`}>PDF</a>
  </p>
);

// --- search -----------------------------------------------------------------------------------------

export type Filters = {
  q: string;
  unit?: string | undefined;
  kategori?: string | undefined;
  tahun?: number | undefined;
  bentuk?: string | undefined;
  /** Only entries with a downloadable file (?unduh=1). */
  unduh?: boolean | undefined;
};

const FilterFields: FC<{ v: View; f: Filters; units: Unit[]; years: number[]; category?: boolean; form?: boolean; unit?: boolean }> = ({
  v,
  f,
  units,
  years,
  category = true,
  form = true,
  unit = true,
}) => (
  <>
    {unit ? (
      <div class="field">
        <label for="f-unit">{tx(v, 'Unit kerja', 'Agency')}</label>
        <select id="f-unit" name="unit">
          <option value="">{tx(v, 'Semua unit', 'All agencies')}</option>
          {units.map((u) => (
            <option value={u.code} selected={f.unit === u.code} lang={idText(v)}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
    ) : null}
    {category ? (
      <div class="field">
        <label for="f-kategori">{tx(v, 'Kategori', 'Category')}</label>
        <select id="f-kategori" name="kategori">
          <option value="">{tx(v, 'Semua kategori', 'All categories')}</option>
          {CATEGORIES.map((c) => (
            <option value={CATEGORY_SLUGS[c]} selected={f.kategori === CATEGORY_SLUGS[c]}>
              {catLabel(v, c)}
            </option>
          ))}
        </select>
      </div>
    ) : null}
    <div class="field">
      <label for="f-tahun">{tx(v, 'Tahun', 'Year')}</label>
      <select id="f-tahun" name="tahun">
        <option value="">{tx(v, 'Semua tahun', 'All years')}</option>
        {years.map((y) => (
          <option value={String(y)} selected={f.tahun === y}>
            {y}
          </option>
        ))}
      </select>
    </div>
    {form ? (
      <div class="field">
        <label for="f-bentuk">{tx(v, 'Bentuk', 'Form')}</label>
        <select id="f-bentuk" name="bentuk">
          <option value="">{tx(v, 'Semua bentuk', 'All forms')}</option>
          {Object.entries(FORM_LABELS).map(([k, l]) => (
            <option value={k} selected={f.bentuk === k}>
              {tx(v, l.id, l.en)}
            </option>
          ))}
        </select>
      </div>
    ) : null}
    {form ? (
      <div class="field check">
        <input type="checkbox" id="f-unduh" name="unduh" value="1" checked={!!f.unduh} />
        <label for="f-unduh">{tx(v, 'Hanya yang dapat diunduh', 'Only downloadable')}</label>
      </div>
    ) : null}
  </>
);

const filterParams = (f: Filters): Params => ({ unit: f.unit, kategori: f.kategori, tahun: f.tahun, bentuk: f.bentuk, unduh: f.unduh ? 1 : undefined });

const NoResultsAdvice: FC<{ v: View; f: Filters; hasFilters: boolean }> = ({ v, f, hasFilters }) => (
  <div class="empty">
    <p>{tx(v, 'Saran:', 'Suggestions:')}</p>
    <ul>
      <li>{tx(v, 'Periksa ejaan kata kunci.', 'Check the spelling of your search words.')}</li>
      <li>
        {tx(
          v,
          'Gunakan kata yang lebih umum atau lebih sedikit kata, mis. "anggaran" alih-alih "rincian anggaran belanja modal".',
          'Use fewer or more general words, e.g. "anggaran" instead of "rincian anggaran belanja modal".',
        )}
      </li>
      {hasFilters ? (
        <li>
          <a href={href('/cari', { q: f.q })}>{tx(v, 'Cari tanpa saringan', 'Search without filters')}</a>
        </li>
      ) : null}
      <li>
        {tx(v, 'Telusuri ', 'Browse ')}
        <a href="/informasi">{tx(v, 'semua informasi', 'all information')}</a>
        {tx(v, ' atau ', ' or ')}
        <a href="/unit">{tx(v, 'per unit kerja', 'by agency')}</a>.
      </li>
    </ul>
    <p>
      {tx(
        v,
        'Belum tersedia? Anda berhak mengajukan permohonan informasi kepada PPID; jawaban tertulis paling lambat 10 hari kerja.',
        'Not published yet? You have the right to request it from the PPID; a written answer is due within 10 working days.',
      )}
    </p>
    <RequestLink v={v} to={requestHref({ q: f.q, unit: f.unit })} />
  </div>
);

const searchDescription = (v: View, q: string | undefined): string =>
  q
    ? tx(v, `Hasil pencarian “${q}” dalam daftar informasi publik PPID.`, `Search results for “${q}” in the PPID's public information list.`)
    : tx(
        v,
        'Cari informasi publik menurut kata kunci, unit kerja, kategori, tahun, dan bentuk informasi; ajukan permohonan bila belum tersedia.',
        'Search public information by keyword, agency, category, year and form; request it when it is not published yet.',
      );

export type SearchPageProps = {
  v: View;
  f: Filters;
  units: Unit[];
  years: number[];
  result: SearchResult | null;
  /** Set when the query was refused (too long). */
  refused?: string;
  canonical: string;
  /** Where result links ping when opened (src/http/search-log.ts), when the query is logged. */
  ping?: string | undefined;
};

export const SearchPage: FC<SearchPageProps> = ({ v, f, units, years, result, refused, canonical, ping }) => {
  const hasFilters = !!(f.unit || f.kategori || f.tahun || f.bentuk || f.unduh);
  const title = f.q ? tx(v, `Hasil pencarian “${f.q}”`, `Search results for “${f.q}”`) : tx(v, 'Cari informasi publik', 'Search public information');
  const first = result ? (result.page - 1) * result.pageSize + 1 : 1;
  // A broad query is counted only up to a cap: "lebih dari 1000".
  const countId = result?.totalCapped ? `lebih dari ${result.total}` : `${result?.total ?? 0}`;
  const countEn = result?.totalCapped ? `more than ${result.total}` : `${result?.total ?? 0}`;
  return (
    <PublicLayout v={v} title={title} head={<MetaHead v={v} meta={{ canonical, description: searchDescription(v, f.q) }} />}>
      <h1>{tx(v, 'Cari informasi publik', 'Search public information')}</h1>
      <form method="get" action="/cari" role="search" class="search-page-form">
        <div class="search-box big">
          <label for="q">{tx(v, 'Kata kunci', 'Search words')}</label>
          <p class="hint" id="q-hint">
            {tx(v, 'Contoh: anggaran 2025, "laporan keuangan", izin -reklame', 'Examples: anggaran 2025, "laporan keuangan", izin -reklame')}
          </p>
          <div class="search-row">
            <input type="search" id="q" name="q" value={f.q} maxlength={200} aria-describedby="q-hint" autocomplete="off" enterkeyhint="search" />
            <button type="submit">{tx(v, 'Cari', 'Search')}</button>
          </div>
        </div>
        <details class="filter-box" open={hasFilters}>
          <summary>{tx(v, 'Saring hasil', 'Filter results')}</summary>
          <div class="filters">
            <FilterFields v={v} f={f} units={units} years={years} />
            <div class="actions">
              <button type="submit">{tx(v, 'Terapkan saringan', 'Apply filters')}</button>
              {hasFilters ? <a href={href('/cari', { q: f.q })}>{v.t('common.reset_filter')}</a> : null}
            </div>
          </div>
        </details>
      </form>
      {refused ? (
        <div class="warn-box" role="alert">
          <p>{refused}</p>
        </div>
      ) : null}
      {!result && !refused ? (
        <section aria-labelledby="browse-h" class="search-start">
          <h2 id="browse-h">{tx(v, 'Atau telusuri menurut kategori', 'Or browse by category')}</h2>
          <ul class="cat-links">
            {CATEGORIES.map((c) => (
              <li>
                <a href={`/kategori/${CATEGORY_SLUGS[c]}`}>{catLabel(v, c)}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {result ? (
        <section aria-labelledby="results-h" class="results">
          <h2 id="results-h" class="result-count">
            {result.total === 0
              ? tx(v, 'Tidak ada informasi yang cocok', 'No matching information')
              : result.suggestionApplied
                ? tx(v, `${countId} informasi untuk “${result.suggestion}”`, `${countEn} results for “${result.suggestion}”`)
                : f.q
                  ? tx(v, `${countId} informasi ditemukan`, `${countEn} results found`)
                  : tx(v, `${countId} informasi`, `${countEn} entries`)}
          </h2>
          {result.suggestion && result.suggestionApplied ? (
            <p class="suggest">
              {tx(v, `Tidak ada hasil untuk “${f.q}”. Menampilkan hasil untuk `, `No results for “${f.q}”. Showing results for `)}
              <strong>{result.suggestion}</strong>.
            </p>
          ) : result.suggestion ? (
            <p class="suggest">
              {tx(v, 'Maksud Anda: ', 'Did you mean: ')}
              <a href={href('/cari', { q: result.suggestion, ...filterParams(f) })}>{result.suggestion}</a>?
            </p>
          ) : null}
          {result.partialOnly ? (
            <p class="muted small">
              {tx(
                v,
                'Tidak ada informasi yang memuat semua kata Anda; yang memuat paling banyak kata ditampilkan lebih dulu.',
                'No entry has all your words; those with the most of them are shown first.',
              )}
            </p>
          ) : null}
          {result.ignoredWords.length ? (
            <p class="muted small">
              {tx(v, 'Kata umum tidak dicari: ', 'Common words left out: ')}
              {result.ignoredWords.join(', ')}.
            </p>
          ) : null}
          {result.total === 0 ? (
            <NoResultsAdvice v={v} f={f} hasFilters={hasFilters} />
          ) : result.items.length === 0 ? (
            <p>
              {tx(v, 'Halaman ini kosong. ', 'This page is empty. ')}
              <a href={href('/cari', { q: f.q, ...filterParams(f) })}>{tx(v, 'Kembali ke halaman pertama', 'Back to the first page')}</a>
            </p>
          ) : (
            <ol class="entry-list hits" start={first}>
              {result.items.map((h) => (
                <li>
                  <h3>
                    <a href={`/informasi/${h.slug}`} ping={ping} dangerouslySetInnerHTML={{ __html: h.titleHtml }} />
                  </h3>
                  <EntryMeta v={v} e={h} />
                  {h.hasFile ? <DownloadBadge v={v} /> : null}
                  <p class="snippet" dangerouslySetInnerHTML={{ __html: h.snippet }} />
                </li>
              ))}
            </ol>
          )}
          <Pager v={v} page={result.page} pageSize={result.pageSize} total={result.total} path="/cari" params={{ q: f.q, ...filterParams(f) }} />
        </section>
      ) : null}
    </PublicLayout>
  );
};

// --- browse -----------------------------------------------------------------------------------------

export type BrowsePageProps = {
  v: View;
  f: Filters;
  category: DipCategory | null;
  units: Unit[];
  years: number[];
  items: PublicEntry[];
  total: number;
  page: number;
  pageSize: number;
  path: string;
  meta: Meta;
};

export const BrowsePage: FC<BrowsePageProps> = ({ v, f, category, units, years, items, total, page, pageSize, path, meta }) => {
  const title = category ? catLabel(v, category) : tx(v, 'Daftar informasi publik', 'Public information');
  const crumbs: Crumb[] = [
    { label: v.t('nav.home'), href: '/' },
    ...(category ? [{ label: tx(v, 'Daftar Informasi', 'Information list'), href: '/informasi' }] : []),
    { label: title },
  ];
  const hasFilters = !!(f.unit || f.tahun || (!category && f.kategori));
  return (
    <PublicLayout v={v} title={page > 1 ? `${title} (${v.t('common.page', { n: page })})` : title} head={<MetaHead v={v} meta={meta} />}>
      <Breadcrumbs v={v} items={crumbs} />
      <h1>{title}</h1>
      <p class="lead">
        {category
          ? tx(v, CATEGORY_NOTES[category].id, CATEGORY_NOTES[category].en)
          : tx(
              v,
              'Semua informasi yang telah diterbitkan dalam Daftar Informasi Publik, terbaru lebih dahulu.',
              'All information published in the Public Information Register, newest first.',
            )}
      </p>
      <SearchBox
        v={v}
        id="q-browse"
        hidden={category ? { kategori: CATEGORY_SLUGS[category] } : {}}
        label={category ? tx(v, `Cari dalam ${catLabel(v, category).toLowerCase()}`, `Search ${catLabel(v, category).toLowerCase()}`) : undefined}
      />
      {category ? null : (
        <ul class="cat-links">
          {CATEGORIES.map((c) => (
            <li>
              <a href={`/kategori/${CATEGORY_SLUGS[c]}`}>{catLabel(v, c)}</a>
            </li>
          ))}
        </ul>
      )}
      <form method="get" action={path} class="browse-filters">
        <details class="filter-box" open={hasFilters}>
          <summary>{tx(v, 'Saring daftar', 'Filter the list')}</summary>
          <div class="filters">
            <FilterFields v={v} f={f} units={units} years={years} category={!category} form={false} />
            <div class="actions">
              <button type="submit">{tx(v, 'Terapkan saringan', 'Apply filters')}</button>
              {hasFilters ? <a href={path}>{v.t('common.reset_filter')}</a> : null}
            </div>
          </div>
        </details>
      </form>
      <p class="result-count" role="status">
        {tx(v, `${total} informasi`, `${total} entries`)}
        {' · '}
        <a href="/dip">{tx(v, 'Lihat sebagai tabel DIP', 'View as the DIP table')}</a>
      </p>
      {items.length ? (
        <EntryList v={v} items={items} />
      ) : (
        <p class="empty">
          {total
            ? tx(v, 'Halaman ini kosong.', 'This page is empty.')
            : tx(v, 'Belum ada informasi yang diterbitkan di sini.', 'No information has been published here yet.')}
        </p>
      )}
      <Pager
        v={v}
        page={page}
        pageSize={pageSize}
        total={total}
        path={path}
        params={{ unit: f.unit, kategori: category ? undefined : f.kategori, tahun: f.tahun }}
      />
    </PublicLayout>
  );
};

// --- one entry --------------------------------------------------------------------------------------

export type EntryPageProps = { v: View; e: PublicEntry; docs: PublicDocument[]; crumbs: Crumb[]; meta: Meta };

export const EntryPage: FC<EntryPageProps> = ({ v, e, docs, crumbs, meta }) => (
  <PublicLayout v={v} title={e.title} head={<MetaHead v={v} meta={meta} />}>
    {/* The heading below names the entry: the trail stops at its parent. */}
    <Breadcrumbs v={v} items={crumbs.slice(0, -1)} />
    <article class="entry">
      <h1 lang={idText(v)}>{e.title}</h1>
      <p class="entry-tags">
        <a class={`cat cat-${CATEGORY_SLUGS[e.category]}`} href={`/kategori/${CATEGORY_SLUGS[e.category]}`}>
          {catLabel(v, e.category)}
        </a>{' '}
        <span class="badge">{subtypeLabel(e.subtype, v.locale)}</span>
      </p>
      <p class="lead pre" lang={idText(v)}>
        {e.summary}
      </p>
      <p class="muted small updated">
        {tx(v, 'Diperbarui ', 'Updated ')}
        <time datetime={e.updatedAt.toISOString()}>{formatDate(v, e.updatedAt)}</time>
        {' · '}
        {tx(v, `versi ${e.versionNo}`, `version ${e.versionNo}`)}
        {e.firstPublishedAt.getTime() !== e.updatedAt.getTime() ? (
          <>
            {' · '}
            {tx(v, 'pertama terbit ', 'first published ')}
            <time datetime={e.firstPublishedAt.toISOString()}>{formatDate(v, e.firstPublishedAt)}</time>
          </>
        ) : null}
      </p>

      <section aria-labelledby="docs-h">
        <h2 id="docs-h">{tx(v, 'Dokumen', 'Documents')}</h2>
        {docs.length ? (
          <ul class="docs">
            {docs.map((d) => (
              <li>
                <a href={documentHref(d)} class="doc-link">
                  {d.filename}
                </a>{' '}
                <span class="muted">
                  ({docType(d)}, {formatBytes(v, d.size)})
                </span>
                {d.mime === 'application/pdf' ? (
                  <>
                    {' '}
                    <a href={`/dokumen/${d.id}?pratinjau=1`} class="preview" aria-label={tx(v, `Pratinjau ${d.filename}`, `Preview ${d.filename}`)}>
                      {tx(v, 'Pratinjau', 'Preview')}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <>
            <p>
              {tx(
                v,
                'Belum ada berkas yang dapat diunduh di sini. Informasi ini tersedia atas permintaan: ajukan permohonan kepada PPID, yang wajib menjawab secara tertulis paling lambat 10 hari kerja.',
                'There is no file to download here yet. This information is available on request: ask the PPID, who must answer in writing within 10 working days.',
              )}
            </p>
            <RequestLink v={v} to={requestHref({ dip: e.number })} />
          </>
        )}
      </section>

      <section aria-labelledby="facts-h">
        <h2 id="facts-h">{tx(v, 'Keterangan DIP', 'Register details')}</h2>
        <dl class="facts">
          <dt>{tx(v, 'Nomor', 'Number')}</dt>
          <dd>{e.number}</dd>
          <dt>{tx(v, 'Kategori', 'Category')}</dt>
          <dd>{catLabel(v, e.category)}</dd>
          <dt>{tx(v, 'Jenis informasi', 'Type of information')}</dt>
          <dd>{subtypeLabel(e.subtype, v.locale)}</dd>
          <dt>{tx(v, 'Unit kerja', 'Agency')}</dt>
          <dd>
            <a href={`/unit/${e.unitCode}`} lang={idText(v)}>
              {e.unitName}
            </a>
          </dd>
          <dt>{tx(v, 'Pejabat/unit yang menguasai informasi', 'Official or unit holding the information')}</dt>
          <dd lang={idText(v)}>{e.holder || e.unitName}</dd>
          <dt>{tx(v, 'Penanggung jawab pembuatan atau penerbitan informasi', 'Responsible for making or issuing the information')}</dt>
          <dd lang={idText(v)}>{e.responsible}</dd>
          <dt>{tx(v, 'Waktu pembuatan', 'When made')}</dt>
          <dd>{e.madeWhen || '–'}</dd>
          <dt>{tx(v, 'Tempat pembuatan', 'Where made')}</dt>
          <dd>{e.madePlace || '–'}</dd>
          <dt>{tx(v, 'Bentuk informasi yang tersedia', 'Forms available')}</dt>
          <dd>{formsText(v, e) || '–'}</dd>
          <dt>{tx(v, 'Jangka waktu penyimpanan', 'Retention period')}</dt>
          <dd>{e.retention || '–'}</dd>
          {e.year || e.periodLabel ? (
            <>
              <dt>{tx(v, 'Tahun/periode', 'Year/period')}</dt>
              <dd>{[e.year, e.periodLabel].filter(Boolean).join(' – ')}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {e.tags.length ? (
        <section aria-labelledby="tags-h">
          <h2 id="tags-h">{tx(v, 'Kata kunci', 'Keywords')}</h2>
          <ul class="tag-list">
            {e.tags.map((tag) => (
              <li>
                <a href={href('/cari', { q: /\s/.test(tag) ? `"${tag.replace(/"/g, '')}"` : tag })} class="badge">
                  {tag}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {e.links.length ? (
        <section aria-labelledby="links-h">
          <h2 id="links-h">{tx(v, 'Tautan terkait', 'Related links')}</h2>
          <ul>
            {e.links.map((l) => (
              <li>
                <a href={l.url} rel="noopener noreferrer">
                  {l.label || l.url}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="help-h" class="help">
        <h2 id="help-h">{tx(v, 'Butuh informasi lain?', 'Need other information?')}</h2>
        <p>
          {tx(
            v,
            'Jika informasi yang Anda perlukan belum tersedia di sini, Anda dapat mengajukan permohonan informasi kepada PPID. PPID wajib menjawab secara tertulis paling lambat 10 hari kerja.',
            'If the information you need is not here, you can send an information request to the PPID, who must answer in writing within 10 working days.',
          )}
        </p>
        <p>
          <a href={requestHref({ unit: e.unitCode })}>{tx(v, `Minta informasi lain dari ${e.unitName}`, `Request other information from ${e.unitName}`)}</a>
        </p>
      </section>
    </article>
  </PublicLayout>
);

// --- DIP tables -------------------------------------------------------------------------------------

export type UnitSummary = Unit & { count: number; byCategory: Partial<Record<DipCategory, number>> };

export type UnitPageProps = { v: View; unit: UnitSummary; items: PublicEntry[]; total: number; page: number; pageSize: number; meta: Meta; crumbs: Crumb[] };

export const UnitPage: FC<UnitPageProps> = ({ v, unit, items, total, page, pageSize, meta, crumbs }) => (
  <PublicLayout v={v} title={page > 1 ? `${unit.name} (${v.t('common.page', { n: page })})` : unit.name} head={<MetaHead v={v} meta={meta} />}>
    <Breadcrumbs v={v} items={crumbs} />
    <h1 lang={idText(v)}>{unit.name}</h1>
    {unit.isPpidUtama ? (
      <p>
        <span class="badge">{v.t('units.utama')}</span>
      </p>
    ) : null}
    {unit.address || unit.phone || unit.email ? (
      <p class="unit-contact">
        {unit.address ? (
          <>
            {unit.address}
            <br />
          </>
        ) : null}
        {unit.phone ? (
          <>
            {v.t('common.phone')}: <a href={`tel:${unit.phone.replace(/[^+\d]/g, '')}`}>{unit.phone}</a>
            <br />
          </>
        ) : null}
        {unit.email ? (
          <>
            {v.t('common.email')}: <a href={`mailto:${unit.email}`}>{unit.email}</a>
          </>
        ) : null}
      </p>
    ) : null}
    <ul class="count-list">
      {CATEGORIES.map((c) => (
        <li>
          <strong>{unit.byCategory[c] ?? 0}</strong> {catLabel(v, c).toLowerCase()}
        </li>
      ))}
    </ul>
    <SearchBox v={v} id="q-unit" hidden={{ unit: unit.code }} label={tx(v, 'Cari informasi dari unit ini', 'Search this agency’s information')} />
    <h2>{tx(v, 'Daftar Informasi Publik', 'Public Information Register')}</h2>
    {total ? (
      <>
        <DownloadLinks v={v} base={`/unit/${unit.code}/dip`} />
        <DipTable v={v} items={items} caption={tx(v, `${total} informasi, urut menurut nomor`, `${total} entries, by number`)} />
        <Pager v={v} page={page} pageSize={pageSize} total={total} path={`/unit/${unit.code}`} params={{}} />
      </>
    ) : (
      <p class="empty">{tx(v, 'Unit ini belum menerbitkan informasi.', 'This agency has not published any information yet.')}</p>
    )}
    <p>
      <a href={`/unit/${unit.code}/informasi-dikecualikan`}>
        {tx(v, 'Daftar Informasi yang Dikecualikan unit ini', 'This agency’s register of exempt information')}
      </a>
    </p>
  </PublicLayout>
);

export type DipPageProps = {
  v: View;
  items: PublicEntry[];
  total: number;
  page: number;
  pageSize: number;
  meta: Meta;
  crumbs: Crumb[];
  /** The latest Penetapan DIP (Perki 1/2021 Ps 23(2)(d)), when one was issued. */
  penetapan?: { number: string; decidedOn: string; versionNo: number } | null;
};

export const DipPage: FC<DipPageProps> = ({ v, items, total, page, pageSize, meta, crumbs, penetapan }) => {
  const title = tx(v, 'Daftar Informasi Publik', 'Public Information Register');
  return (
    <PublicLayout v={v} title={page > 1 ? `${title} (${v.t('common.page', { n: page })})` : title} head={<MetaHead v={v} meta={meta} />}>
      <Breadcrumbs v={v} items={crumbs} />
      <h1>{title}</h1>
      <p class="lead">
        {tx(
          v,
          `Daftar seluruh informasi publik ${v.body?.name ?? ''} yang berada di bawah penguasaannya, tidak termasuk informasi yang dikecualikan (Pasal 11 ayat 1 huruf a UU KIP).`,
          `The list of all public information held by ${v.body?.name ?? 'this public body'}, excluding exempt information (Art. 11(1)(a), Law 14/2008).`,
        )}
      </p>
      {penetapan ? (
        <p class="penetapan">
          {tx(
            v,
            `Ditetapkan dengan Keputusan PPID Utama Nomor ${penetapan.number} tanggal ${formatLongDate(penetapan.decidedOn, 'id').replace(/^[^,]+, /, '')} (versi ${penetapan.versionNo}). `,
            `Set by decision of the PPID Utama No. ${penetapan.number} of ${formatLongDate(penetapan.decidedOn, 'en').replace(/^[^,]+, /, '')} (version ${penetapan.versionNo}). `,
          )}
          <a href="/dip/penetapan.pdf">{tx(v, 'Unduh keputusan penetapan (PDF)', 'Download the decision (PDF)')}</a>
        </p>
      ) : null}
      {total ? (
        <>
          <DownloadLinks v={v} base="/dip" />
          <DipTable
            v={v}
            items={items}
            groupByUnit
            caption={tx(v, `${total} informasi, urut menurut unit kerja dan nomor`, `${total} entries, by agency and number`)}
          />
          <Pager v={v} page={page} pageSize={pageSize} total={total} path="/dip" params={{}} />
        </>
      ) : (
        <p class="empty">{tx(v, 'Belum ada informasi yang diterbitkan.', 'No information has been published yet.')}</p>
      )}
    </PublicLayout>
  );
};
