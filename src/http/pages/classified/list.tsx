// Back-office list of the classified-information register (only what the reader may read).
import type { FC } from 'hono/jsx';
import { CLEARANCE_LABELS } from '../../../domain/classified/clearances.js';
import type { ItemRow } from '../../../domain/classified/items.js';
import { dateTime } from '../../dates.js';
import { can } from '../../../policies/index.js';
import { Actions, Input } from '../../components/form.js';
import { BackofficeLayout, tx, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { BASE, LevelBadge, ownClearance, SubNav } from './shared.js';

// --- the register ----------------------------------------------------------------------------------------

export const ClassifiedListPage: FC<{ v: View; rows: ItemRow[]; q: string; limit: number }> = ({ v, rows, q, limit }) => {
  const title = tx(v, 'Informasi berklasifikasi', 'Classified information');
  const clearance = ownClearance(v);
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader
        v={v}
        title={title}
        nav={<SubNav v={v} current="list" />}
        lead={tx(
          v,
          'Informasi yang tidak terbuka untuk umum. Anda hanya melihat informasi unit Anda atau yang aksesnya diberikan kepada Anda, setingkat izin akses Anda. Setiap pembukaan dicatat bersama alasannya.',
          'Information that is not open to the public. You see only your unit’s items, or those you were given access to, up to your clearance. Every opening is logged with its reason.',
        )}
      />
      <p>
        {tx(v, 'Izin akses (clearance) Anda: ', 'Your clearance: ')}
        <strong>{CLEARANCE_LABELS[clearance][v.locale]}</strong>
      </p>
      {can(v.actor, 'classified.create') ? (
        <p>
          <a href={`${BASE}/baru`} class="button">
            {tx(v, 'Catat informasi baru', 'Record new information')}
          </a>
        </p>
      ) : null}
      <form method="get" action={BASE} class="filters" role="search" aria-label={tx(v, 'Cari di register', 'Search the register')}>
        <Input name="q" type="search" label={tx(v, 'Cari judul, uraian atau nomor', 'Search title, description or number')} value={q} maxlength={200} />
        <Actions>
          <button type="submit" class="secondary">
            {tx(v, 'Cari', 'Search')}
          </button>
        </Actions>
      </form>
      <p role="status">
        {q
          ? tx(v, `${rows.length} informasi cocok dengan “${q}”.`, `${rows.length} items match “${q}”.`)
          : tx(v, `${rows.length} informasi dapat Anda buka.`, `${rows.length} items you can open.`)}
        {rows.length >= limit
          ? tx(v, ` Hanya ${limit} terbaru yang ditampilkan; persempit pencarian.`, ` Only the newest ${limit} are shown; narrow the search.`)
          : ''}
      </p>
      {rows.length ? (
        <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
          <table class="bo-dip-table">
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Nomor', 'Number')}</th>
                <th scope="col">{tx(v, 'Judul', 'Title')}</th>
                <th scope="col">{tx(v, 'Klasifikasi', 'Level')}</th>
                <th scope="col">{tx(v, 'Unit', 'Unit')}</th>
                <th scope="col">{tx(v, 'Dicatat', 'Recorded')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <a href={`${BASE}/${r.id}`}>{r.number}</a>
                  </td>
                  <td data-label={tx(v, 'Judul', 'Title')}>{r.title}</td>
                  <td data-label={tx(v, 'Klasifikasi', 'Level')}>
                    <LevelBadge v={v} level={r.securityLevel} />
                  </td>
                  <td data-label={tx(v, 'Unit', 'Unit')}>
                    {r.unitName}
                    {r.via === 'grant' ? <span class="muted small block">{tx(v, 'akses diberikan kepada Anda', 'access given to you')}</span> : null}
                  </td>
                  <td data-label={tx(v, 'Dicatat', 'Recorded')}>{dateTime(v, r.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </BackofficeLayout>
  );
};
