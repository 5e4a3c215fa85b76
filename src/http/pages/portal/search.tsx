// Portal search page of the DIP, with its filter fields and no-result advice. No JavaScript needed.
import { Marked } from '../../components/highlighted.js';
import type { FC } from 'hono/jsx';
import type { SearchResult } from '../../../domain/dip/search-input.js';
import type { Unit } from '../../../domain/units/units.js';
import { idText, PublicLayout, tx, type View } from '../../components/layout.js';
import { CATEGORIES, CATEGORY_SLUGS, catLabel, DownloadBadge, FORM_LABELS, href, type Params, requestHref, RequestLink } from './shared.js';
import { MetaHead, Pager } from './navigation.js';
import { EntryMeta } from './dip-table.js';

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

export const FilterFields: FC<{ v: View; f: Filters; units: Unit[]; years: number[]; category?: boolean; form?: boolean; unit?: boolean }> = ({
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
                    <a href={`/informasi/${h.slug}`} ping={ping}>
                      <Marked parts={h.titleParts} />
                    </a>
                  </h3>
                  <EntryMeta v={v} e={h} />
                  {h.hasFile ? <DownloadBadge v={v} /> : null}
                  <p class="snippet">
                    <Marked parts={h.snippetParts} />
                  </p>
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
