// Back-office page of the consequence tests whose exemption period is due for review.
import type { FC } from 'hono/jsx';
import type { ReviewRow } from '../../../domain/exemptions/reviews.js';
import { Actions, ErrorSummary, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { day } from './shared.js';

// --- expiry reviews ---------------------------------------------------------------------------------

export const ReviewsPage: FC<{
  v: View;
  rows: ReviewRow[];
  all: boolean;
  mayDecide: boolean;
  /** Keyed by field name, e.g. reason-<review id>. */
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  typed?: Record<string, string> | undefined;
}> = ({ v, rows, all, mayDecide, errors, message, typed }) => {
  const title = tm(v, 'exemptions.list.reviews_exemption_periods');
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader
        v={v}
        back={{ href: '/admin/uji-konsekuensi', label: tm(v, 'exemptions.reviews.consequence_tests') }}
        title={title}
        lead={tm(v, 'exemptions.reviews.before_exemption_period_ends_ppid')}
      />
      <ul class="inline-list">
        <li>
          <a href="/admin/uji-konsekuensi/peninjauan" aria-current={!all ? 'page' : undefined}>
            {tm(v, 'exemptions.reviews.open')}
          </a>
        </li>
        <li>
          <a href="/admin/uji-konsekuensi/peninjauan?semua=1" aria-current={all ? 'page' : undefined}>
            {tm(v, 'exemptions.list.all')}
          </a>
        </li>
      </ul>
      <ErrorSummary v={v} errors={errors} message={message} />
      {rows.length === 0 ? (
        <p class="muted">{tm(v, 'exemptions.reviews.no_open_reviews')}</p>
      ) : (
        <ul class="plain-list">
          {rows.map((r) => (
            <li class="card">
              <h2 class="h3">
                <a href={`/admin/uji-konsekuensi/${r.testId}`}>{r.publicTitle}</a>
              </h2>
              <p>
                {r.number} · {r.unitName}
              </p>
              <p>
                {r.status === 'open' ? (
                  <span class={`dip-status dip-status-${r.overdue ? 'unpublished' : 'returned'}`}>
                    {r.overdue ? tm(v, 'exemptions.reviews.overdue_period_has_ended') : tm(v, 'exemptions.reviews.awaiting_decision')}
                  </span>
                ) : (
                  <span class="dip-status dip-status-draft">
                    {r.status === 'extended' ? tm(v, 'exemptions.detail.extended') : tm(v, 'exemptions.reviews.opened')}
                  </span>
                )}{' '}
                {tm(v, 'exemptions.reviews.period_ends', { dayRDueDate: day(v, r.dueDate) })}
              </p>
              {r.newTestId && r.status === 'open' ? (
                <p>
                  <a href={`/admin/uji-konsekuensi/${r.newTestId}`}>{tm(v, 'exemptions.reviews.extension_test_progress')}</a>
                </p>
              ) : null}
              {mayDecide && r.status === 'open' ? (
                <div class="two-col">
                  {!r.newTestId ? (
                    <form method="post" action={`/admin/uji-konsekuensi/peninjauan/${r.id}/perpanjang`} novalidate class="form">
                      <Csrf v={v} />
                      <p class="hint">{tm(v, 'exemptions.reviews.drafts_new_consequence_test_from')}</p>
                      <Actions>
                        <button type="submit" class="secondary">
                          {tm(v, 'exemptions.reviews.extend_new_test')}
                        </button>
                      </Actions>
                    </form>
                  ) : null}
                  <form method="post" action={`/admin/uji-konsekuensi/peninjauan/${r.id}/buka`} novalidate class="form">
                    <Csrf v={v} />
                    <TextArea
                      name={`reason-${r.id}`}
                      label={tm(v, 'exemptions.reviews.reason_opening_information')}
                      value={typed?.[`reason-${r.id}`] ?? ''}
                      errors={errors}
                      rows={2}
                    />
                    <Actions>
                      <button type="submit">{tm(v, 'exemptions.reviews.open_information_dip_draft')}</button>
                    </Actions>
                  </form>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </BackofficeLayout>
  );
};
