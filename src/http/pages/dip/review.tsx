// Back-office DIP review queue.
import type { FC } from 'hono/jsx';
import { dateTime } from '../../dates.js';
import { Actions, ErrorSummary } from '../../components/form.js';
import { BackofficeLayout, Csrf, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { categoryShort, type QueueItem } from './shared.js';

// --- review queue --------------------------------------------------------------------------------------

export const DipReviewPage: FC<{ v: View; items: QueueItem[]; now: Date; message?: string | undefined }> = ({ v, items, now, message }) => {
  const title = v.t('bo.dip_review');
  const days = (d: Date | null) => (d ? Math.max(0, Math.floor((now.getTime() - d.getTime()) / 86_400_000)) : 0);
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader v={v} title={title} lead={tm(v, 'dip-entry.review.entries_submitted_agencies_longest_waiting')} />
      <ErrorSummary v={v} message={message} />
      {items.length === 0 ? (
        <p>{tm(v, 'dip-entry.review.nothing_waiting_review')}</p>
      ) : (
        <form method="post" action="/admin/dip/tinjauan/setujui">
          <Csrf v={v} />
          <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
            <table class="bo-dip-table">
              <thead>
                <tr>
                  <th scope="col">
                    <span class="vh">{tm(v, 'dip-entry.review.select_approve')}</span>
                  </th>
                  <th scope="col">{tm(v, 'dip-entry.detail-parts.title')}</th>
                  <th scope="col">{tm(v, 'dip-import.import.agency')}</th>
                  <th scope="col">{tm(v, 'dip-entry.review.kind')}</th>
                  <th scope="col">{tm(v, 'dip-entry.review.submitted')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((q) => (
                  <tr>
                    <td class="pick">
                      <input type="checkbox" name="ids" value={q.id} id={`pick-${q.id}`} aria-label={tm(v, 'dip-entry.review.select', { qTitle: q.title })} />
                    </td>
                    <td>
                      <a href={`/admin/dip/${q.id}`}>{q.title}</a>
                      <div class="small muted">
                        {q.number} · {categoryShort(v, q.category)}
                      </div>
                      {q.personalDataDocs > 0 ? (
                        <div class="small personal-data-flag">
                          <strong>{tm(v, 'dip-entry.review.personal_data_found')}</strong>
                          {tm(v, 'dip-entry.review.document_s_open_entry_confirm', { qPersonalDataDocs: q.personalDataDocs })}
                        </div>
                      ) : null}
                    </td>
                    <td data-label={tm(v, 'dip-import.import.agency')}>{q.unitName}</td>
                    <td data-label={tm(v, 'dip-entry.review.kind')}>
                      {q.isUpdate ? (
                        <span class="dip-status dip-status-changed">{tm(v, 'dip-entry.review.change')}</span>
                      ) : (
                        <span class="dip-status dip-status-draft">{tm(v, 'dip-entry.review.new')}</span>
                      )}
                    </td>
                    <td class="nowrap" data-label={tm(v, 'dip-entry.review.submitted')}>
                      {dateTime(v, q.submittedAt)}
                      <div class="small muted">
                        {days(q.submittedAt) === 0
                          ? tm(v, 'dip-entry.review.today')
                          : tm(v, 'dip-entry.review.waiting_days', { daysQSubmittedAt: days(q.submittedAt) })}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Actions>
            <button type="submit">{tm(v, 'dip-entry.review.approve_publish_selected')}</button>
          </Actions>
        </form>
      )}
    </BackofficeLayout>
  );
};
