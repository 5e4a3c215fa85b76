// Back-office list of the classified-information register (only what the reader may read).
import type { FC } from 'hono/jsx';
import { CLEARANCE_LABELS } from '../../../domain/classified/clearances.js';
import type { ItemRow } from '../../../domain/classified/items.js';
import { dateTime } from '../../dates.js';
import { can } from '../../../policies/index.js';
import { Actions, Input } from '../../components/form.js';
import { BackofficeLayout, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { BASE, LevelBadge, ownClearance, SubNav } from './shared.js';

// --- the register ----------------------------------------------------------------------------------------

export const ClassifiedListPage: FC<{ v: View; rows: ItemRow[]; q: string; limit: number }> = ({ v, rows, q, limit }) => {
  const title = tm(v, 'classified.list.classified_information');
  const clearance = ownClearance(v);
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader v={v} title={title} nav={<SubNav v={v} current="list" />} lead={tm(v, 'classified.list.information_not_open_public_you')} />
      <p>
        {tm(v, 'classified.list.your_clearance')}
        <strong>{CLEARANCE_LABELS[clearance][v.locale]}</strong>
      </p>
      {can(v.actor, 'classified.create') ? (
        <p>
          <a href={`${BASE}/baru`} class="button">
            {tm(v, 'classified.item-form.record_new_information')}
          </a>
        </p>
      ) : null}
      <form method="get" action={BASE} class="filters" role="search" aria-label={tm(v, 'classified.list.search_register')}>
        <Input name="q" type="search" label={tm(v, 'classified.list.search_title_description_number')} value={q} maxlength={200} />
        <Actions>
          <button type="submit" class="secondary">
            {tm(v, 'classified.list.search')}
          </button>
        </Actions>
      </form>
      <p role="status">
        {q ? tm(v, 'classified.list.items_match', { q, rowsLength: rows.length }) : tm(v, 'classified.list.items_you_can_open', { rowsLength: rows.length })}
        {rows.length >= limit ? tm(v, 'classified.list.only_newest_are_shown_narrow', { limit }) : ''}
      </p>
      {rows.length ? (
        <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
          <table class="bo-dip-table">
            <thead>
              <tr>
                <th scope="col">{tm(v, 'classified.cover.number')}</th>
                <th scope="col">{tm(v, 'classified.item.title')}</th>
                <th scope="col">{tm(v, 'classified.access-log.level')}</th>
                <th scope="col">{tm(v, 'classified.list.unit')}</th>
                <th scope="col">{tm(v, 'classified.item.recorded')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <a href={`${BASE}/${r.id}`}>{r.number}</a>
                  </td>
                  <td data-label={tm(v, 'classified.item.title')}>{r.title}</td>
                  <td data-label={tm(v, 'classified.access-log.level')}>
                    <LevelBadge v={v} level={r.securityLevel} />
                  </td>
                  <td data-label={tm(v, 'classified.list.unit')}>
                    {r.unitName}
                    {r.via === 'grant' ? <span class="muted small block">{tm(v, 'classified.list.access_given_you')}</span> : null}
                  </td>
                  <td data-label={tm(v, 'classified.item.recorded')}>{dateTime(v, r.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </BackofficeLayout>
  );
};
