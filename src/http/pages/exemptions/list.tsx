// Back-office list of consequence tests with counts per status. No JavaScript needed.
import type { FC } from 'hono/jsx';
import { TEST_STATUSES, type TestStatus } from '../../../db/schema/classification.js';
import { groundReference } from '../../../domain/exemptions/grounds.js';
import type { TestFilter, TestRow } from '../../../domain/exemptions/queries.js';
import { Actions, Select } from '../../components/form.js';
import { BackofficeLayout, tx, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { day, periodText, STATUS_LABELS, StatusBadge } from './shared.js';

// --- list -------------------------------------------------------------------------------------------

export const TestListPage: FC<{
  v: View;
  rows: TestRow[];
  counts: Record<TestStatus, number>;
  total: number;
  filter: TestFilter;
  units: { id: string; name: string }[] | null;
  mayDraft: boolean;
  mayReviews: boolean;
}> = ({ v, rows, counts, total, filter, units, mayDraft, mayReviews }) => {
  const title = tx(v, 'Uji konsekuensi', 'Consequence tests');
  const href = (status?: string) => {
    const p = new URLSearchParams();
    if (status) p.set('status', status);
    if (filter.unit) p.set('unit', filter.unit);
    const q = p.toString();
    return `/admin/uji-konsekuensi${q ? `?${q}` : ''}`;
  };
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader
        v={v}
        title={title}
        lead={tx(
          v,
          'Informasi hanya boleh dikecualikan setelah pengujian konsekuensi yang saksama (UU KIP Pasal 19) dan penetapan Atasan PPID. Uji yang ditetapkan dan masih berlaku tampil dalam Daftar Informasi yang Dikecualikan.',
          'Information may be withheld only after a careful consequence test (Law 14/2008 Art. 19) and the decision of the PPID’s superior. Approved tests in force appear in the public register of exempt information.',
        )}
      />
      <ul class="link-list">
        {mayDraft ? (
          <li>
            <a href="/admin/uji-konsekuensi/baru">{tx(v, 'Buat uji konsekuensi baru', 'New consequence test')}</a>
          </li>
        ) : null}
        {mayReviews ? (
          <li>
            <a href="/admin/uji-konsekuensi/peninjauan">{tx(v, 'Peninjauan masa pengecualian', 'Reviews of exemption periods')}</a>
          </li>
        ) : null}
        <li>
          <a href="/informasi-dikecualikan">{tx(v, 'Daftar Informasi yang Dikecualikan (portal)', 'Register of exempt information (portal)')}</a>
        </li>
      </ul>
      <nav aria-label={tx(v, 'Saring menurut status', 'Filter by status')}>
        <ul class="inline-list">
          <li>
            <a href={href()} aria-current={!filter.status ? 'page' : undefined}>
              {tx(v, 'Semua', 'All')} ({total})
            </a>
          </li>
          {TEST_STATUSES.filter((s) => counts[s] > 0 || s === filter.status).map((s) => (
            <li>
              <a href={href(s)} aria-current={filter.status === s ? 'page' : undefined}>
                {tx(v, ...STATUS_LABELS[s])} ({counts[s]})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {units ? (
        <form method="get" action="/admin/uji-konsekuensi" class="filters" role="search" aria-label={tx(v, 'Saring menurut unit', 'Filter by agency')}>
          {filter.status ? <input type="hidden" name="status" value={filter.status} /> : null}
          <Select
            name="unit"
            label={tx(v, 'Unit pengusul', 'Proposing agency')}
            value={filter.unit ?? ''}
            options={[{ value: '', label: tx(v, 'Semua unit', 'All agencies') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          />
          <Actions>
            <button type="submit" class="secondary">
              {v.t('common.filter')}
            </button>
          </Actions>
        </form>
      ) : null}
      {rows.length === 0 ? (
        <p class="muted">{tx(v, 'Tidak ada uji konsekuensi dalam saringan ini.', 'No consequence tests match this filter.')}</p>
      ) : (
        <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
          <table class="bo-dip-table">
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Judul untuk publik', 'Public title')}</th>
                <th scope="col">{v.t('common.status')}</th>
                <th scope="col">{tx(v, 'Unit', 'Agency')}</th>
                <th scope="col">{tx(v, 'Dasar', 'Ground')}</th>
                <th scope="col">{tx(v, 'Jangka waktu', 'Period')}</th>
                <th scope="col">{tx(v, 'Penetapan', 'Decision')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <a href={`/admin/uji-konsekuensi/${r.id}`}>{r.publicTitle}</a>
                  </td>
                  <td data-label={v.t('common.status')}>
                    <StatusBadge v={v} status={r.status} />
                  </td>
                  <td data-label={tx(v, 'Unit', 'Agency')}>{r.unitName}</td>
                  <td data-label={tx(v, 'Dasar', 'Ground')}>{groundReference(r.ground, r.subpoint, v.locale)}</td>
                  <td data-label={tx(v, 'Jangka waktu', 'Period')}>{periodText(v, r.periodStart, r.periodEnd)}</td>
                  <td data-label={tx(v, 'Penetapan', 'Decision')}>{r.number ? `${r.number}, ${day(v, r.decisionDate!)}` : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </BackofficeLayout>
  );
};
