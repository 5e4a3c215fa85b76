// Portal page of one unit and the DIP entries it holds.
import type { FC } from 'hono/jsx';
import type { DipCategory } from '../../../db/schema/dip.js';
import type { PublicEntry } from '../../../domain/dip/public.js';
import type { Unit } from '../../../domain/units/units.js';
import { idText, PublicLayout, type View, tm } from '../../components/layout.js';
import { Breadcrumbs, type Crumb } from '../../components/page-header.js';
import { type Meta, MetaHead, Pager, SearchBox } from './navigation.js';
import { CATEGORIES, catLabel } from './shared.js';
import { DipTable, DownloadLinks } from './dip-table.js';

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
    <SearchBox v={v} id="q-unit" hidden={{ unit: unit.code }} label={tm(v, 'portal.unit.search_agency_s_information')} />
    <h2>{tm(v, 'portal.dip.public_information_register')}</h2>
    {total ? (
      <>
        <DownloadLinks v={v} base={`/unit/${unit.code}/dip`} />
        <DipTable v={v} items={items} caption={tm(v, 'portal.unit.entries_number', { total })} />
        <Pager v={v} page={page} pageSize={pageSize} total={total} path={`/unit/${unit.code}`} params={{}} />
      </>
    ) : (
      <p class="empty">{tm(v, 'portal.unit.agency_has_not_published_any')}</p>
    )}
    <p>
      <a href={`/unit/${unit.code}/informasi-dikecualikan`}>{tm(v, 'portal.unit.agency_s_register_exempt_information')}</a>
    </p>
  </PublicLayout>
);
