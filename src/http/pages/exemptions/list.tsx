// Back-office list of consequence tests with counts per status. No JavaScript needed.
import type { FC } from 'hono/jsx';
import { TEST_STATUSES, type TestStatus } from '../../../db/schema/classification.js';
import { groundReference } from '../../../domain/exemptions/grounds.js';
import type { TestFilter, TestRow } from '../../../domain/exemptions/queries.js';
import { Actions, Select } from '../../components/form.js';
import { BackofficeLayout, tx, type View, tm } from '../../components/layout.js';
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
  const title = tm(v, 'exemptions.list.consequence_tests');
  const href = (status?: string) => {
    const p = new URLSearchParams();
    if (status) p.set('status', status);
    if (filter.unit) p.set('unit', filter.unit);
    const q = p.toString();
    return `/admin/uji-konsekuensi${q ? `?${q}` : ''}`;
  };
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader v={v} title={title} lead={tm(v, 'exemptions.list.information_may_withheld_only_after')} />
      <ul class="link-list">
        {mayDraft ? (
          <li>
            <a href="/admin/uji-konsekuensi/baru">{tm(v, 'exemptions.list.new_consequence_test')}</a>
          </li>
        ) : null}
        {mayReviews ? (
          <li>
            <a href="/admin/uji-konsekuensi/peninjauan">{tm(v, 'exemptions.list.reviews_exemption_periods')}</a>
          </li>
        ) : null}
        <li>
          <a href="/informasi-dikecualikan">{tm(v, 'exemptions.list.register_exempt_information_portal')}</a>
        </li>
      </ul>
      <nav aria-label={tm(v, 'exemptions.list.filter_status')}>
        <ul class="inline-list">
          <li>
            <a href={href()} aria-current={!filter.status ? 'page' : undefined}>
              {tm(v, 'exemptions.list.all')} ({total})
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
        <form method="get" action="/admin/uji-konsekuensi" class="filters" role="search" aria-label={tm(v, 'exemptions.list.filter_agency')}>
          {filter.status ? <input type="hidden" name="status" value={filter.status} /> : null}
          <Select
            name="unit"
            label={tm(v, 'exemptions.detail.proposing_agency')}
            value={filter.unit ?? ''}
            options={[{ value: '', label: tm(v, 'exemptions.list.all_agencies') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          />
          <Actions>
            <button type="submit" class="secondary">
              {v.t('common.filter')}
            </button>
          </Actions>
        </form>
      ) : null}
      {rows.length === 0 ? (
        <p class="muted">{tm(v, 'exemptions.list.no_consequence_tests_match_filter')}</p>
      ) : (
        <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
          <table class="bo-dip-table">
            <thead>
              <tr>
                <th scope="col">{tm(v, 'exemptions.list.public_title')}</th>
                <th scope="col">{v.t('common.status')}</th>
                <th scope="col">{tm(v, 'exemptions.list.agency')}</th>
                <th scope="col">{tm(v, 'exemptions.list.ground')}</th>
                <th scope="col">{tm(v, 'exemptions.detail.period')}</th>
                <th scope="col">{tm(v, 'exemptions.detail.decision')}</th>
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
                  <td data-label={tm(v, 'exemptions.list.agency')}>{r.unitName}</td>
                  <td data-label={tm(v, 'exemptions.list.ground')}>{groundReference(r.ground, r.subpoint, v.locale)}</td>
                  <td data-label={tm(v, 'exemptions.detail.period')}>{periodText(v, r.periodStart, r.periodEnd)}</td>
                  <td data-label={tm(v, 'exemptions.detail.decision')}>{r.number ? `${r.number}, ${day(v, r.decisionDate!)}` : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </BackofficeLayout>
  );
};
