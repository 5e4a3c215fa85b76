// The portal home (search, categories, agencies, newest information, how to get information) and the agency list.
import type { FC } from 'hono/jsx';
import type { DipCategory } from '../../../db/schema/dip.js';
import type { PublicEntry } from '../../../domain/dip/public.js';
import { idText, PublicLayout, tx, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { CATEGORIES, CATEGORY_SLUGS, catLabel, formatDate } from './shared.js';
import { MetaHead, SearchBox, type Meta } from './navigation.js';
import { type UnitSummary } from './unit.js';

const countLabel = (v: View, n: number) => (n === 0 ? tm(v, 'portal.home.no_information_yet') : tx(v, `${n} informasi`, n === 1 ? '1 entry' : `${n} entries`));

export type HomePageProps = {
  v: View;
  units: UnitSummary[];
  needsSetup: boolean;
  categoryCounts: Record<DipCategory, number>;
  total: number;
  latest: PublicEntry[];
  meta: Meta;
};

export const HomePage: FC<HomePageProps> = ({ v, units, needsSetup, categoryCounts, total, latest, meta }) => (
  <PublicLayout v={v} title={v.t('home.title')} head={<MetaHead v={v} meta={meta} />}>
    {needsSetup ? (
      <div class="notice" role="status">
        {v.t('home.setup_needed')} <a href="/persiapan">{v.t('home.setup_link')}</a>
      </div>
    ) : null}
    <section class="hero">
      <PageHeader v={v} title={v.t('home.title')} lead={v.t('home.lead', { body: v.body?.name || tm(v, 'portal.home.public_body') })} />
      <SearchBox v={v} big label={tm(v, 'portal.home.search_public_information_register')} />
      {total ? (
        <p class="muted small">
          {tm(v, 'portal.home.entries_published', { total })}
          <a href="/informasi">{tm(v, 'portal.home.browse_all')}</a>
          {' · '}
          <a href="/dip">{tm(v, 'portal.home.dip_table')}</a>
          {' · '}
          <a href="/informasi-dikecualikan">{tm(v, 'portal.home.exempt_information')}</a>
          {' · '}
          <a href="/informasi-yang-pernah-dimohon">{tm(v, 'portal.frequently-requested.information_asked_before')}</a>
        </p>
      ) : (
        <p class="muted small">
          <a href="/informasi-dikecualikan">{tm(v, 'portal.home.register_exempt_information')}</a>
        </p>
      )}
    </section>

    <section aria-labelledby="cats">
      <h2 id="cats">{tm(v, 'portal.home.categories_information')}</h2>
      <ul class="cat-cards">
        {CATEGORIES.map((c) => (
          <li>
            <a href={`/kategori/${CATEGORY_SLUGS[c]}`}>
              <span class="cat-name">{catLabel(v, c)}</span>
              <span class="cat-count">{countLabel(v, categoryCounts[c])}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>

    {latest.length ? (
      <section aria-labelledby="latest">
        <h2 id="latest">{tm(v, 'portal.home.newest_information')}</h2>
        <ul class="latest-list">
          {latest.map((e) => (
            <li>
              <a href={`/informasi/${e.slug}`} lang={idText(v)}>
                {e.title}
              </a>
              <span class="muted small block">
                <span lang={idText(v)}>{e.unitName}</span> · <time datetime={e.updatedAt.toISOString()}>{formatDate(v, e.updatedAt)}</time>
              </span>
            </li>
          ))}
        </ul>
        <p>
          <a href="/informasi">{tm(v, 'portal.home.see_all_information')}</a>
        </p>
      </section>
    ) : null}

    <section aria-labelledby="how">
      <h2 id="how">{v.t('home.how')}</h2>
      <ol class="steps">
        <li>{v.t('home.how.1')}</li>
        <li>{v.t('home.how.2')}</li>
        <li>{v.t('home.how.3')}</li>
        <li>{v.t('home.how.4')}</li>
      </ol>
    </section>

    <section aria-labelledby="units">
      <h2 id="units">{v.t('home.units')}</h2>
      {units.length === 0 ? (
        <p>{v.t('home.no_units')}</p>
      ) : (
        <>
          <p>{v.t('home.units_count', { n: units.length })}</p>
          <ul class="unit-list">
            {units.map((u) => (
              <li>
                <a class="unit-name" href={`/unit/${u.code}`} lang={idText(v)}>
                  {u.name}
                </a>
                {u.isPpidUtama ? <span class="badge">{v.t('units.utama')}</span> : null}
                <span class="muted small block">{countLabel(v, u.count)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  </PublicLayout>
);

export const UnitsPage: FC<{ v: View; units: UnitSummary[]; meta: Meta }> = ({ v, units, meta }) => (
  <PublicLayout v={v} title={v.t('units.title')} head={<MetaHead v={v} meta={meta} />}>
    <PageHeader v={v} title={v.t('units.title')} lead={v.t('units.lead')} />
    {units.length === 0 ? (
      <p>{v.t('home.no_units')}</p>
    ) : (
      <ul class="card-list">
        {units.map((u) => (
          <li class="card">
            <h2 class="h3">
              <a href={`/unit/${u.code}`} lang={idText(v)}>
                {u.name}
              </a>
            </h2>
            {u.isPpidUtama ? (
              <p>
                <span class="badge">{v.t('units.utama')}</span>
              </p>
            ) : null}
            <p class="unit-count">
              {countLabel(v, u.count)}
              {u.count ? (
                <span class="muted small block">
                  {CATEGORIES.filter((c) => u.byCategory[c])
                    .map((c) => `${u.byCategory[c]} ${catLabel(v, c).toLowerCase()}`)
                    .join(' · ')}
                </span>
              ) : null}
            </p>
            {u.address ? <p>{u.address}</p> : null}
            {u.phone ? (
              <p>
                {v.t('common.phone')}: {u.phone}
              </p>
            ) : null}
            {u.email ? (
              <p>
                {v.t('common.email')}: <a href={`mailto:${u.email}`}>{u.email}</a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    )}
  </PublicLayout>
);
