// Back-office register of requests for information (the inbox) with deadline badges and filters. The page
// of one request lives in ./case/ (one file per panel). No JavaScript needed.
import type { FC } from 'hono/jsx';
import { can } from '../../../policies/index.js';
import { INBOX_PAGE_SIZE, type InboxFilter, type InboxPage } from '../../../domain/requests/inbox.js';
import type { Unit } from '../../../domain/units/units.js';
import { dateTime } from '../../dates.js';
import { Actions, Select } from '../../components/form.js';
import { BackofficeLayout, tx, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { DeadlineBadgeView, longDate, STATUS } from './case/shared.js';
import { FollowUpDueNote } from './case/follow-up.js'; // objections: follow-up of a granted objection

const FILTERS: { key: InboxFilter['filter']; label: [string, string] }[] = [
  { key: 'terbuka', label: ['Belum dijawab', 'Open'] },
  { key: 'baru', label: ['Baru', 'New'] },
  { key: 'segera', label: ['Segera jatuh tempo', 'Due soon'] },
  { key: 'terlambat', label: ['Terlambat', 'Overdue'] },
  { key: 'selesai', label: ['Sudah dijawab', 'Answered'] },
  { key: 'semua', label: ['Semua', 'All'] },
];

const inboxHref = (f: InboxFilter['filter'], unit: string, page = 1) =>
  `/admin/permohonan?filter=${f}${unit ? `&unit=${unit}` : ''}${page > 1 ? `&halaman=${page}` : ''}`;

/** The pages to link: the first, the last, and two on each side of the current one. */
function pageNumbers(page: number, pages: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - page) <= 2) out.push(p);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

export const RequestInboxPage: FC<{
  v: View;
  inbox: InboxPage;
  filter: InboxFilter;
  units: Unit[] | null;
}> = ({ v, inbox, filter, units }) => {
  const { items, today, total, page, pages } = inbox;
  const first = total === 0 ? 0 : (page - 1) * INBOX_PAGE_SIZE + 1;
  const last = (page - 1) * INBOX_PAGE_SIZE + items.length;
  const title = tm(v, 'requests-intake.list.information_requests');
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader v={v} title={title} lead={tm(v, 'requests-intake.list.request_register_deadlines_are_counted', { longDateToday: longDate(v, today) })} />
      {can(v.actor, 'request.intake', { unitId: v.actor.kind === 'user' ? v.actor.unitId : null, unitsRecordIntake: v.body?.unitsRecordIntake ?? false }) ? (
        <p>
          <a class="button" href="/admin/permohonan/baru">
            {tm(v, 'requests-intake.list.record_request')}
          </a>{' '}
          <span class="muted small">{tm(v, 'requests-intake.list.received_person_letter_email_phone')}</span>
        </p>
      ) : null}
      {can(v.actor, 'request.register') ? (
        <p>
          <a href="/admin/permohonan/register">{tm(v, 'requests-intake.list.request_register_book_xlsx_download')}</a>
        </p>
      ) : null}
      <nav aria-label={tm(v, 'requests-intake.list.request_filters')}>
        <ul class="inline-list">
          {FILTERS.map((f) => (
            <li>
              <a href={inboxHref(f.key, filter.unit)} aria-current={filter.filter === f.key ? 'page' : undefined}>
                {tx(v, ...f.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {units ? (
        <form method="get" action="/admin/permohonan" class="filters" role="search" aria-label={tm(v, 'requests-intake.list.filter_agency')}>
          <input type="hidden" name="filter" value={filter.filter} />
          <Select
            name="unit"
            label={tm(v, 'requests-case.answer-form.agency')}
            value={filter.unit}
            options={[{ value: '', label: tm(v, 'requests-intake.list.all_agencies') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          />
          <Actions>
            <button type="submit" class="secondary">
              {v.t('common.filter')}
            </button>
          </Actions>
        </form>
      ) : null}
      {items.length === 0 ? (
        <p>{tm(v, 'requests-intake.list.no_requests_match_filter')}</p>
      ) : (
        <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
          <table class="bo-dip-table">
            <thead>
              <tr>
                <th scope="col">{tm(v, 'requests-intake.list.number')}</th>
                <th scope="col">{tm(v, 'requests-case.summary.received')}</th>
                <th scope="col">{tm(v, 'requests-intake.list.due')}</th>
                <th scope="col">{v.t('common.status')}</th>
                <th scope="col">{tm(v, 'requests-intake.list.agency')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr>
                  <td>
                    <a href={`/admin/permohonan/${r.id}`}>{r.number}</a>
                  </td>
                  <td data-label={tm(v, 'requests-case.summary.received')}>{dateTime(v, r.receivedAt)}</td>
                  <td data-label={tm(v, 'requests-intake.list.due')}>
                    {longDate(v, r.dueDate)} <DeadlineBadgeView v={v} badge={r.badge} />
                    {/* objections: follow-up due date */ <FollowUpDueNote v={v} due={r.followUpDue} />}
                  </td>
                  <td data-label={v.t('common.status')}>{tx(v, ...STATUS[r.status])}</td>
                  <td data-label={tm(v, 'requests-intake.list.agency')}>{r.units.join(', ') || tm(v, 'requests-intake.list.not_yet_routed')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="muted" data-inbox-total={total}>
        {tm(v, 'requests-intake.list.requests_filter_page', { INBOX_PAGE_SIZE, first, last, total })}
      </p>
      {pages > 1 ? (
        <nav class="bo-pager" aria-label={tm(v, 'requests-intake.list.register_pages')}>
          {page > 1 ? (
            <a href={inboxHref(filter.filter, filter.unit, page - 1)} rel="prev">
              ← {v.t('common.prev')}
            </a>
          ) : null}
          {pageNumbers(page, pages).map((p) =>
            p === null ? (
              <span aria-hidden="true">…</span>
            ) : p === page ? (
              <span aria-current="page">{tm(v, 'requests-intake.list.page', { p, pages })}</span>
            ) : (
              <a href={inboxHref(filter.filter, filter.unit, p)} aria-label={tm(v, 'requests-intake.list.page_2', { p })}>
                {p}
              </a>
            ),
          )}
          {page < pages ? (
            <a href={inboxHref(filter.filter, filter.unit, page + 1)} rel="next">
              {v.t('common.next')} →
            </a>
          ) : null}
        </nav>
      ) : null}
    </BackofficeLayout>
  );
};
