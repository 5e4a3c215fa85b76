// Back-office read log of the classified-information register.
import type { FC } from 'hono/jsx';
import type { AccessLogFilter, AccessLogRow } from '../../../domain/classified/access-log.js';
import { dateTime } from '../../dates.js';
import { Actions, Input, Select } from '../../components/form.js';
import { BackofficeLayout, tx, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { BASE, LevelBadge, SubNav } from './shared.js';

// --- the read log ---------------------------------------------------------------------------------------------

const ACTION_LABELS: Record<AccessLogRow['action'], [string, string]> = {
  view: ['Melihat', 'Viewed'],
  download: ['Mengunduh', 'Downloaded'],
  denied: ['Ditolak', 'Refused'],
};

export const AccessLogPage: FC<{ v: View; rows: AccessLogRow[]; filter: AccessLogFilter; nextHref: string | null }> = ({ v, rows, filter, nextHref }) => {
  const title = tx(v, 'Log baca informasi berklasifikasi', 'Classified information read log');
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader
        v={v}
        title={title}
        nav={<SubNav v={v} current="log" />}
        lead={tx(
          v,
          'Setiap tampilan, unduhan dan penolakan, dengan pembaca dan alasannya. Informasi disebut dengan nomornya saja. Log ini tidak dapat diubah atau dihapus.',
          'Every view, download and refusal, with the reader and their reason. Items appear by number only. This log cannot be changed or deleted.',
        )}
      />
      <form method="get" action={`${BASE}/log`} class="filters" role="search" aria-label={tx(v, 'Saring log baca', 'Filter the read log')}>
        <Input name="number" label={tx(v, 'Nomor informasi', 'Item number')} value={filter.number ?? ''} maxlength={100} />
        <Input name="reader" label={tx(v, 'Pembaca (nama atau email)', 'Reader (name or email)')} value={filter.reader ?? ''} maxlength={200} />
        <Select
          name="action"
          label={tx(v, 'Tindakan', 'Action')}
          value={filter.action ?? ''}
          options={[{ value: '', label: tx(v, 'Semua', 'All') }, ...Object.entries(ACTION_LABELS).map(([k, l]) => ({ value: k, label: tx(v, ...l) }))]}
        />
        <Input name="from" type="date" label={tx(v, 'Dari tanggal', 'From')} value={filter.from ?? ''} />
        <Input name="to" type="date" label={tx(v, 'Sampai tanggal', 'To')} value={filter.to ?? ''} />
        <Actions>
          <button type="submit" class="secondary">
            {v.t('common.filter')}
          </button>
        </Actions>
      </form>
      {rows.length === 0 ? (
        <p>{tx(v, 'Tidak ada catatan dalam saringan ini.', 'No entries match this filter.')}</p>
      ) : (
        <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
          <table class="bo-dip-table">
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Waktu', 'Time')}</th>
                <th scope="col">{tx(v, 'Pembaca', 'Reader')}</th>
                <th scope="col">{tx(v, 'Tindakan', 'Action')}</th>
                <th scope="col">{tx(v, 'Nomor informasi', 'Item number')}</th>
                <th scope="col">{tx(v, 'Klasifikasi', 'Level')}</th>
                <th scope="col">{tx(v, 'Alasan', 'Reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <time datetime={r.at.toISOString()}>{dateTime(v, r.at)}</time>
                  </td>
                  <td data-label={tx(v, 'Pembaca', 'Reader')}>{r.reader}</td>
                  <td data-label={tx(v, 'Tindakan', 'Action')}>
                    {tx(v, ...ACTION_LABELS[r.action])}
                    {r.document ? tx(v, ' (dokumen)', ' (document)') : ''}
                    {r.viaGrant ? <span class="muted small block">{tx(v, 'dengan akses yang diberikan', 'with a grant')}</span> : null}
                  </td>
                  <td data-label={tx(v, 'Nomor informasi', 'Item number')}>{r.itemNumber ?? '–'}</td>
                  <td data-label={tx(v, 'Klasifikasi', 'Level')}>
                    <LevelBadge v={v} level={r.level} />
                  </td>
                  <td data-label={tx(v, 'Alasan', 'Reason')} class="pre">
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
          <a href={nextHref}>{tx(v, 'Catatan yang lebih lama →', 'Older entries →')}</a>
        </p>
      ) : null}
    </BackofficeLayout>
  );
};
