// Portal page that browses the DIP by category, unit, year and form.
import type { FC } from 'hono/jsx';
import type { DipCategory } from '../../../db/schema/dip.js';
import type { PublicEntry } from '../../../domain/dip/public.js';
import type { Unit } from '../../../domain/units/units.js';
import { PublicLayout, tx, type View, tm } from '../../components/layout.js';
import { PageHeader, type Crumb } from '../../components/page-header.js';
import { FilterFields, type Filters } from './search.js';
import { type Meta, MetaHead, Pager, SearchBox } from './navigation.js';
import { CATEGORIES, CATEGORY_NOTES, CATEGORY_SLUGS, catLabel } from './shared.js';
import { EntryList } from './dip-table.js';

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
  const title = category ? catLabel(v, category) : tm(v, 'portal.browse.public_information');
  const crumbs: Crumb[] = [
    { label: v.t('nav.home'), href: '/' },
    ...(category ? [{ label: tm(v, 'portal.browse.information_list'), href: '/informasi' }] : []),
    { label: title },
  ];
  const hasFilters = !!(f.unit || f.tahun || (!category && f.kategori));
  return (
    <PublicLayout v={v} title={page > 1 ? `${title} (${v.t('common.page', { n: page })})` : title} head={<MetaHead v={v} meta={meta} />}>
      <PageHeader
        v={v}
        crumbs={crumbs}
        title={title}
        lead={category ? tx(v, CATEGORY_NOTES[category].id, CATEGORY_NOTES[category].en) : tm(v, 'portal.browse.all_information_published_public_information')}
      />
      <SearchBox
        v={v}
        id="q-browse"
        hidden={category ? { kategori: CATEGORY_SLUGS[category] } : {}}
        label={category ? tm(v, 'portal.browse.search', { catLabelCategoryToLowerCase: catLabel(v, category).toLowerCase() }) : undefined}
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
          <summary>{tm(v, 'portal.browse.filter_list')}</summary>
          <div class="filters">
            <FilterFields v={v} f={f} units={units} years={years} category={!category} form={false} />
            <div class="actions">
              <button type="submit">{tm(v, 'portal.browse.apply_filters')}</button>
              {hasFilters ? <a href={path}>{v.t('common.reset_filter')}</a> : null}
            </div>
          </div>
        </details>
      </form>
      <p class="result-count" role="status">
        {tm(v, 'portal.browse.entries', { total })}
        {' · '}
        <a href="/dip">{tm(v, 'portal.browse.view_dip_table')}</a>
      </p>
      {items.length ? (
        <EntryList v={v} items={items} />
      ) : (
        <p class="empty">{total ? tm(v, 'portal.browse.page_empty') : tm(v, 'portal.browse.no_information_has_been_published')}</p>
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
