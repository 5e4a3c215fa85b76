// Back-office list of disputes at the Komisi Informasi.
import type { FC } from 'hono/jsx';
import { formatLongDate } from '../../../../domain/calendar/dates.js';
import type { DisputeListItem } from '../../../../domain/disputes/list-disputes.js';
import { DISPUTE_OUTCOME_LABELS, STAGE_LABELS } from '../../../../domain/disputes/labels.js';
import { BackofficeLayout, tx, type View } from '../../../components/layout.js';

export const day = (v: View, d: string) => formatLongDate(d, v.locale);

export const DisputeListPage: FC<{ v: View; rows: DisputeListItem[] }> = ({ v, rows }) => {
  const title = tx(v, 'Sengketa informasi', 'Information disputes');
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <p>
        {tx(
          v,
          'Perkara yang dibawa pemohon ke Komisi Informasi (UU KIP Pasal 37–38). Sengketa dicatat dari halaman permohonannya.',
          'Cases the applicants took to the Information Commission (Law 14/2008 Art. 37–38). A dispute is recorded from its request’s page.',
        )}
      </p>
      {rows.length === 0 ? (
        <p class="muted">{tx(v, 'Belum ada sengketa yang dicatat.', 'No disputes recorded yet.')}</p>
      ) : (
        <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
          <table class="bo-dip-table">
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Nomor register', 'Case number')}</th>
                <th scope="col">{tx(v, 'Permohonan', 'Request')}</th>
                <th scope="col">{tx(v, 'Komisi Informasi', 'Commission')}</th>
                <th scope="col">{tx(v, 'Didaftarkan', 'Filed')}</th>
                <th scope="col">{tx(v, 'Tahap', 'Stage')}</th>
                <th scope="col">{tx(v, 'Hasil', 'Outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr>
                  <td>
                    <a href={`/admin/sengketa/${d.id}`}>{d.caseNumber}</a>
                  </td>
                  <td data-label={tx(v, 'Permohonan', 'Request')}>
                    <a href={`/admin/permohonan/${d.requestId}`}>{d.requestNumber}</a>
                  </td>
                  <td data-label={tx(v, 'Komisi Informasi', 'Commission')}>{d.commission}</td>
                  <td data-label={tx(v, 'Didaftarkan', 'Filed')}>{day(v, d.filedOn)}</td>
                  <td data-label={tx(v, 'Tahap', 'Stage')}>{STAGE_LABELS[d.stage][v.locale]}</td>
                  <td data-label={tx(v, 'Hasil', 'Outcome')}>
                    {d.outcome ? DISPUTE_OUTCOME_LABELS[d.outcome][v.locale] : '–'}
                    {d.closedAt ? ` · ${tx(v, 'selesai', 'closed')}` : ''}
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
