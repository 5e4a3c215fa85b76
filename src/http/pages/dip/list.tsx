// Back-office DIP catalog list: filters, the register table and its pager.
import type { FC } from 'hono/jsx';
import { DIP_CATEGORIES, type DipStatus } from '../../../db/schema/dip.js';
import { subtypeLabel } from '../../../domain/dip/subtypes.js';
import type { EntryFilter, EntryListItem } from '../../../domain/dip/list-dip-entries.js';
import type { Unit } from '../../../domain/units/units.js';
import { dateTime } from '../../dates.js';
import { Actions, ErrorSummary, Input } from '../../components/form.js';
import { BackofficeLayout, Csrf, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { categoryLabel, categoryShort, StatusBadge } from './shared.js';

// --- list ----------------------------------------------------------------------------------------------

export type ListProps = {
  v: View;
  items: EntryListItem[];
  total: number;
  pageSize: number;
  filter: EntryFilter;
  /** Units for the filter, for those who see every unit; null for a PPID Pembantu. */
  units: Pick<Unit, 'id' | 'name'>[] | null;
  canCreate: boolean;
  /** Which rows the actor may submit. */
  submittable: Set<string>;
  message?: string | undefined;
};

export function filterQuery(f: Partial<EntryFilter>, page?: number): string {
  const p = new URLSearchParams();
  if (f.unitId) p.set('unitId', f.unitId);
  if (f.status) p.set('status', f.status);
  if (f.category) p.set('category', f.category);
  if (f.q) p.set('q', f.q);
  const pg = page ?? f.page ?? 1;
  if (pg > 1) p.set('page', String(pg));
  return p.toString();
}

const STATUS_FILTER: { value: DipStatus; id: string; en: string }[] = [
  { value: 'draft', id: 'Draf', en: 'Draft' },
  { value: 'submitted', id: 'Diajukan', en: 'Submitted' },
  { value: 'returned', id: 'Dikembalikan', en: 'Returned' },
  { value: 'published', id: 'Terbit', en: 'Published' },
  { value: 'unpublished', id: 'Ditarik', en: 'Withdrawn' },
];

const PlainSelect: FC<{ name: string; label: string; value: string; options: { value: string; label: string }[] }> = (p) => (
  <div class="field">
    <label for={`f-${p.name}`}>{p.label}</label>
    <select id={`f-${p.name}`} name={p.name}>
      {p.options.map((o) => (
        <option value={o.value} selected={o.value === p.value}>
          {o.label}
        </option>
      ))}
    </select>
  </div>
);

export const DipListPage: FC<ListProps> = ({ v, items, total, pageSize, filter, units, canCreate, submittable, message }) => {
  const title = v.t('bo.dip');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (filter.page - 1) * pageSize + 1;
  const to = Math.min(total, filter.page * pageSize);
  const back = filterQuery(filter);
  const filtered = !!(filter.unitId || filter.status || filter.category || filter.q);
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader v={v} title={title} lead={tm(v, 'dip.list.all_public_information_held_agencies')} />
      {canCreate ? (
        <p>
          <a class="button" href="/admin/dip/baru">
            {tm(v, 'dip.list.add_entry')}
          </a>
        </p>
      ) : null}
      <form method="get" action="/admin/dip" class="filters" role="search" aria-label={tm(v, 'dip.list.filter_list')}>
        {units ? (
          <PlainSelect
            name="unitId"
            label={tm(v, 'dip-import.import.agency')}
            value={filter.unitId ?? ''}
            options={[{ value: '', label: tm(v, 'dip.list.all_agencies') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          />
        ) : null}
        <PlainSelect
          name="status"
          label={v.t('common.status')}
          value={filter.status ?? ''}
          options={[
            { value: '', label: tm(v, 'dip.list.any_status') },
            ...STATUS_FILTER.map((s) => ({ value: s.value, label: v.locale === 'en' ? s.en : s.id })),
          ]}
        />
        <PlainSelect
          name="category"
          label={tm(v, 'dip-entry.detail-parts.category')}
          value={filter.category ?? ''}
          options={[{ value: '', label: tm(v, 'dip.list.all_categories') }, ...DIP_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(v, c) }))]}
        />
        <Input name="q" type="search" label={tm(v, 'dip.list.search_title_number')} value={filter.q ?? ''} />
        <Actions>
          <button type="submit" class="secondary">
            {v.t('common.filter')}
          </button>
          {filtered ? <a href="/admin/dip">{v.t('common.reset_filter')}</a> : null}
        </Actions>
      </form>
      <ErrorSummary v={v} message={message} />
      {items.length === 0 ? (
        <p>{filtered ? tm(v, 'dip.list.no_entries_match_filter') : tm(v, 'dip.list.there_are_no_dip_entries')}</p>
      ) : (
        <form method="post" action="/admin/dip/ajukan" class="dip-bulk">
          <Csrf v={v} />
          <input type="hidden" name="back" value={back} />
          <p class="muted" id="dip-count">
            {tm(v, 'dip.list.showing_entries', { from, to, total })}
          </p>
          <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
            <table class="bo-dip-table">
              <thead>
                <tr>
                  <th scope="col">
                    <span class="vh">{tm(v, 'dip.list.select_submit')}</span>
                  </th>
                  <th scope="col">{tm(v, 'dip-entry.detail-parts.title')}</th>
                  {units ? <th scope="col">{tm(v, 'dip-import.import.agency')}</th> : null}
                  <th scope="col">{tm(v, 'dip-entry.detail-parts.category')}</th>
                  <th scope="col">{v.t('common.status')}</th>
                  <th scope="col">{tm(v, 'dip.list.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((e) => (
                  <tr>
                    <td class="pick">
                      {submittable.has(e.id) ? (
                        <input type="checkbox" name="ids" value={e.id} id={`pick-${e.id}`} aria-label={tm(v, 'dip.list.select', { eTitle: e.title })} />
                      ) : null}
                    </td>
                    <td>
                      <a href={`/admin/dip/${e.id}`}>{e.title}</a>
                      <div class="small muted">{e.number}</div>
                      {e.status === 'returned' && e.returnNote ? (
                        <div class="return-note small">
                          <strong>{tm(v, 'dip.list.lead_ppid_note')}</strong> {e.returnNote}
                        </div>
                      ) : null}
                    </td>
                    {units ? <td data-label={tm(v, 'dip-import.import.agency')}>{e.unitName}</td> : null}
                    <td data-label={tm(v, 'dip-entry.detail-parts.category')}>
                      {categoryShort(v, e.category)}
                      <div class="small muted">{subtypeLabel(e.subtype, v.locale)}</div>
                    </td>
                    <td data-label={v.t('common.status')}>
                      <StatusBadge v={v} s={e} />
                      {e.isPublic && (e.status === 'submitted' || e.status === 'returned') ? (
                        <div class="small muted">{tm(v, 'dip.list.published_version_stays_portal')}</div>
                      ) : null}
                    </td>
                    <td class="nowrap" data-label={tm(v, 'dip.list.updated')}>
                      {dateTime(v, e.updatedAt)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {submittable.size > 0 ? (
            <Actions>
              <button type="submit">{tm(v, 'dip.list.submit_selected')}</button>
              <span class="hint">{tm(v, 'dip.list.tick_drafts_returned_entries_then')}</span>
            </Actions>
          ) : null}
        </form>
      )}
      {pages > 1 ? (
        <nav class="bo-pager" aria-label={tm(v, 'dip.list.list_pages')}>
          {filter.page > 1 ? (
            <a href={`/admin/dip?${filterQuery(filter, filter.page - 1)}`} rel="prev">
              ← {v.t('common.prev')}
            </a>
          ) : null}
          <span>{tm(v, 'dip.list.page', { filterPage: filter.page, pages })}</span>
          {filter.page < pages ? (
            <a href={`/admin/dip?${filterQuery(filter, filter.page + 1)}`} rel="next">
              {v.t('common.next')} →
            </a>
          ) : null}
        </nav>
      ) : null}
    </BackofficeLayout>
  );
};
