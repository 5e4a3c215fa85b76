// Back-office read log of the classified-information register.
import type { FC } from 'hono/jsx';
import type { AccessLogFilter, AccessLogRow } from '../../../domain/classified/access-log.js';
import { dateTime } from '../../dates.js';
import { Actions, Input, Select } from '../../components/form.js';
import { BackofficeLayout, tx, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { BASE, LevelBadge, SubNav } from './shared.js';

// --- the read log ---------------------------------------------------------------------------------------------

const ACTION_LABELS: Record<AccessLogRow['action'], [string, string]> = {
  view: ['Melihat', 'Viewed'],
  download: ['Mengunduh', 'Downloaded'],
  denied: ['Ditolak', 'Refused'],
};

export const AccessLogPage: FC<{ v: View; rows: AccessLogRow[]; filter: AccessLogFilter; nextHref: string | null }> = ({ v, rows, filter, nextHref }) => {
  const title = tm(v, 'classified.access-log.classified_information_read_log');
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader v={v} title={title} nav={<SubNav v={v} current="log" />} lead={tm(v, 'classified.access-log.every_view_download_refusal_reader')} />
      <form method="get" action={`${BASE}/log`} class="filters" role="search" aria-label={tm(v, 'classified.access-log.filter_read_log')}>
        <Input name="number" label={tm(v, 'classified.access-log.item_number')} value={filter.number ?? ''} maxlength={100} />
        <Input name="reader" label={tm(v, 'classified.access-log.reader_name_email')} value={filter.reader ?? ''} maxlength={200} />
        <Select
          name="action"
          label={tm(v, 'classified.access-log.action')}
          value={filter.action ?? ''}
          options={[
            { value: '', label: tm(v, 'classified.access-log.all') },
            ...Object.entries(ACTION_LABELS).map(([k, l]) => ({ value: k, label: tx(v, ...l) })),
          ]}
        />
        <Input name="from" type="date" label={tm(v, 'classified.access-log.from')} value={filter.from ?? ''} />
        <Input name="to" type="date" label={tm(v, 'classified.access-log.text')} value={filter.to ?? ''} />
        <Actions>
          <button type="submit" class="secondary">
            {v.t('common.filter')}
          </button>
        </Actions>
      </form>
      {rows.length === 0 ? (
        <p>{tm(v, 'classified.access-log.no_entries_match_filter')}</p>
      ) : (
        <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
          <table class="bo-dip-table">
            <thead>
              <tr>
                <th scope="col">{tm(v, 'classified.access-log.time')}</th>
                <th scope="col">{tm(v, 'classified.access-log.reader')}</th>
                <th scope="col">{tm(v, 'classified.access-log.action')}</th>
                <th scope="col">{tm(v, 'classified.access-log.item_number')}</th>
                <th scope="col">{tm(v, 'classified.access-log.level')}</th>
                <th scope="col">{tm(v, 'classified.access-log.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <time datetime={r.at.toISOString()}>{dateTime(v, r.at)}</time>
                  </td>
                  <td data-label={tm(v, 'classified.access-log.reader')}>{r.reader}</td>
                  <td data-label={tm(v, 'classified.access-log.action')}>
                    {tx(v, ...ACTION_LABELS[r.action])}
                    {r.document ? tm(v, 'classified.access-log.document') : ''}
                    {r.viaGrant ? <span class="muted small block">{tm(v, 'classified.access-log.grant')}</span> : null}
                  </td>
                  <td data-label={tm(v, 'classified.access-log.item_number')}>{r.itemNumber ?? '–'}</td>
                  <td data-label={tm(v, 'classified.access-log.level')}>
                    <LevelBadge v={v} level={r.level} />
                  </td>
                  <td data-label={tm(v, 'classified.access-log.reason')} class="pre">
                    {r.reason || '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextHref ? (
        <p>
          <a href={nextHref}>{tm(v, 'classified.access-log.older_entries')}</a>
        </p>
      ) : null}
    </BackofficeLayout>
  );
};
