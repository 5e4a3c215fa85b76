// Head metadata, search box, breadcrumbs' JSON-LD and pager of the portal pages (the breadcrumbs themselves:
// components/page-header.tsx).
import type { Child, FC } from 'hono/jsx';
import { localizeUrl, type View, tm } from '../../components/layout.js';
import type { Crumb } from '../../components/page-header.js';
import { href, jsonLd, type Params } from './shared.js';

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
    <label for={id}>{label ?? tm(v, 'portal.navigation.search_public_information')}</label>
    <div class="search-row">
      <input type="search" id={id} name="q" value={q ?? ''} maxlength={200} autocomplete="off" enterkeyhint="search" />
      <button type="submit">{tm(v, 'portal.navigation.search')}</button>
    </div>
    {Object.entries(hidden ?? {}).map(([k, val]) =>
      val === undefined || val === null || val === '' ? null : <input type="hidden" name={k} value={String(val)} />,
    )}
  </form>
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
            <span class="visually-hidden">{tm(v, 'portal.navigation.page')}</span>
            {p}
          </span>
        ) : (
          <a href={link(p)}>
            <span class="visually-hidden">{tm(v, 'portal.navigation.page')}</span>
            {p}
          </a>
        )}
      </li>,
    );
  });
  return (
    <nav class="pager" aria-label={tm(v, 'portal.navigation.result_pages')}>
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
