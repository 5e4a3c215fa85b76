// Portal search page of the DIP, with its filter fields and no-result advice. No JavaScript needed.
import { Marked } from '../../components/highlighted.js';
import type { FC } from 'hono/jsx';
import type { SearchResult } from '../../../domain/dip/search-input.js';
import type { Unit } from '../../../domain/units/units.js';
import { idText, PublicLayout, tx, type View, tm } from '../../components/layout.js';
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
        <label for="f-unit">{tm(v, 'portal.entry.agency')}</label>
        <select id="f-unit" name="unit">
          <option value="">{tm(v, 'portal.search.all_agencies')}</option>
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
        <label for="f-kategori">{tm(v, 'portal.entry.category')}</label>
        <select id="f-kategori" name="kategori">
          <option value="">{tm(v, 'portal.search.all_categories')}</option>
          {CATEGORIES.map((c) => (
            <option value={CATEGORY_SLUGS[c]} selected={f.kategori === CATEGORY_SLUGS[c]}>
              {catLabel(v, c)}
            </option>
          ))}
        </select>
      </div>
    ) : null}
    <div class="field">
      <label for="f-tahun">{tm(v, 'portal.search.year')}</label>
      <select id="f-tahun" name="tahun">
        <option value="">{tm(v, 'portal.search.all_years')}</option>
        {years.map((y) => (
          <option value={String(y)} selected={f.tahun === y}>
            {y}
          </option>
        ))}
      </select>
    </div>
    {form ? (
      <div class="field">
        <label for="f-bentuk">{tm(v, 'portal.search.form')}</label>
        <select id="f-bentuk" name="bentuk">
          <option value="">{tm(v, 'portal.search.all_forms')}</option>
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
        <label for="f-unduh">{tm(v, 'portal.search.only_downloadable')}</label>
      </div>
    ) : null}
  </>
);

const filterParams = (f: Filters): Params => ({ unit: f.unit, kategori: f.kategori, tahun: f.tahun, bentuk: f.bentuk, unduh: f.unduh ? 1 : undefined });

const NoResultsAdvice: FC<{ v: View; f: Filters; hasFilters: boolean }> = ({ v, f, hasFilters }) => (
  <div class="empty">
    <p>{tm(v, 'portal.search.suggestions')}</p>
    <ul>
      <li>{tm(v, 'portal.search.check_spelling_your_search_words')}</li>
      <li>{tm(v, 'portal.search.use_fewer_more_general_words')}</li>
      {hasFilters ? (
        <li>
          <a href={href('/cari', { q: f.q })}>{tm(v, 'portal.search.search_without_filters')}</a>
        </li>
      ) : null}
      <li>
        {tm(v, 'portal.search.browse')}
        <a href="/informasi">{tm(v, 'portal.search.all_information')}</a>
        {tm(v, 'portal.search.text')}
        <a href="/unit">{tm(v, 'portal.search.agency')}</a>.
      </li>
    </ul>
    <p>{tm(v, 'portal.search.not_published_yet_you_have')}</p>
    <RequestLink v={v} to={requestHref({ q: f.q, unit: f.unit })} />
  </div>
);

const searchDescription = (v: View, q: string | undefined): string =>
  q ? tm(v, 'portal.search.search_results_ppid_s_public', { q }) : tm(v, 'portal.search.search_public_information_keyword_agency');

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
  const title = f.q ? tm(v, 'portal.search.search_results', { fQ: f.q }) : tm(v, 'portal.navigation.search_public_information');
  const first = result ? (result.page - 1) * result.pageSize + 1 : 1;
  // A broad query is counted only up to a cap: "lebih dari 1000".
  const countId = result?.totalCapped ? `lebih dari ${result.total}` : `${result?.total ?? 0}`;
  const countEn = result?.totalCapped ? `more than ${result.total}` : `${result?.total ?? 0}`;
  return (
    <PublicLayout v={v} title={title} head={<MetaHead v={v} meta={{ canonical, description: searchDescription(v, f.q) }} />}>
      <h1>{tm(v, 'portal.navigation.search_public_information')}</h1>
      <form method="get" action="/cari" role="search" class="search-page-form">
        <div class="search-box big">
          <label for="q">{tm(v, 'portal.search.search_words')}</label>
          <p class="hint" id="q-hint">
            {tm(v, 'portal.search.examples_anggaran_2025_laporan_keuangan')}
          </p>
          <div class="search-row">
            <input type="search" id="q" name="q" value={f.q} maxlength={200} aria-describedby="q-hint" autocomplete="off" enterkeyhint="search" />
            <button type="submit">{tm(v, 'portal.navigation.search')}</button>
          </div>
        </div>
        <details class="filter-box" open={hasFilters}>
          <summary>{tm(v, 'portal.search.filter_results')}</summary>
          <div class="filters">
            <FilterFields v={v} f={f} units={units} years={years} />
            <div class="actions">
              <button type="submit">{tm(v, 'portal.browse.apply_filters')}</button>
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
          <h2 id="browse-h">{tm(v, 'portal.search.browse_category')}</h2>
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
              ? tm(v, 'portal.search.no_matching_information')
              : result.suggestionApplied
                ? tx(v, `${countId} informasi untuk “${result.suggestion}”`, `${countEn} results for “${result.suggestion}”`)
                : f.q
                  ? tx(v, `${countId} informasi ditemukan`, `${countEn} results found`)
                  : tx(v, `${countId} informasi`, `${countEn} entries`)}
          </h2>
          {result.suggestion && result.suggestionApplied ? (
            <p class="suggest">
              {tm(v, 'portal.search.no_results_showing_results', { fQ: f.q })}
              <strong>{result.suggestion}</strong>.
            </p>
          ) : result.suggestion ? (
            <p class="suggest">
              {tm(v, 'portal.search.did_you_mean')}
              <a href={href('/cari', { q: result.suggestion, ...filterParams(f) })}>{result.suggestion}</a>?
            </p>
          ) : null}
          {result.partialOnly ? <p class="muted small">{tm(v, 'portal.search.no_entry_has_all_your')}</p> : null}
          {result.ignoredWords.length ? (
            <p class="muted small">
              {tm(v, 'portal.search.common_words_left_out')}
              {result.ignoredWords.join(', ')}.
            </p>
          ) : null}
          {result.total === 0 ? (
            <NoResultsAdvice v={v} f={f} hasFilters={hasFilters} />
          ) : result.items.length === 0 ? (
            <p>
              {tm(v, 'portal.search.page_empty')}
              <a href={href('/cari', { q: f.q, ...filterParams(f) })}>{tm(v, 'portal.search.back_first_page')}</a>
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
