// Back-office list of disputes at the Komisi Informasi.
import type { FC } from 'hono/jsx';
import { formatLongDate } from '../../../../domain/calendar/dates.js';
import type { DisputeListItem } from '../../../../domain/disputes/list-disputes.js';
import { DISPUTE_OUTCOME_LABELS, STAGE_LABELS } from '../../../../domain/disputes/labels.js';
import { BackofficeLayout, type View, tm } from '../../../components/layout.js';

export const day = (v: View, d: string) => formatLongDate(d, v.locale);

export const DisputeListPage: FC<{ v: View; rows: DisputeListItem[] }> = ({ v, rows }) => {
  const title = tm(v, 'requests-disputes.list.information_disputes');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>{tm(v, 'requests-disputes.list.cases_applicants_took_information_commission')}</p>
      {rows.length === 0 ? (
        <p class="muted">{tm(v, 'requests-disputes.list.no_disputes_recorded_yet')}</p>
      ) : (
        <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
          <table class="bo-dip-table">
            <thead>
              <tr>
                <th scope="col">{tm(v, 'requests-case.case-history.case_number')}</th>
                <th scope="col">{tm(v, 'requests-case.page.request')}</th>
                <th scope="col">{tm(v, 'requests-case.case-history.commission')}</th>
                <th scope="col">{tm(v, 'requests-disputes.list.filed')}</th>
                <th scope="col">{tm(v, 'requests-case.case-history.stage')}</th>
                <th scope="col">{tm(v, 'requests-case.case-history.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr>
                  <td>
                    <a href={`/admin/sengketa/${d.id}`}>{d.caseNumber}</a>
                  </td>
                  <td data-label={tm(v, 'requests-case.page.request')}>
                    <a href={`/admin/permohonan/${d.requestId}`}>{d.requestNumber}</a>
                  </td>
                  <td data-label={tm(v, 'requests-case.case-history.commission')}>{d.commission}</td>
                  <td data-label={tm(v, 'requests-disputes.list.filed')}>{day(v, d.filedOn)}</td>
                  <td data-label={tm(v, 'requests-case.case-history.stage')}>{STAGE_LABELS[d.stage][v.locale]}</td>
                  <td data-label={tm(v, 'requests-case.case-history.outcome')}>
                    {d.outcome ? DISPUTE_OUTCOME_LABELS[d.outcome][v.locale] : '–'}
                    {d.closedAt ? ` · ${tm(v, 'requests-disputes.list.closed')}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </BackofficeLayout>
  );
};
