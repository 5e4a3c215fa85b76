// Back-office page of the consequence tests whose exemption period is due for review.
import type { FC } from 'hono/jsx';
import type { ReviewRow } from '../../../domain/exemptions/reviews.js';
import { Actions, ErrorSummary, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
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
  const title = tx(v, 'Peninjauan masa pengecualian', 'Reviews of exemption periods');
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader
        v={v}
        back={{ href: '/admin/uji-konsekuensi', label: tx(v, '← Uji konsekuensi', '← Consequence tests') }}
        title={title}
        lead={tx(
          v,
          'Sebelum jangka waktu pengecualian berakhir, Atasan PPID memutuskan: diperpanjang dengan uji konsekuensi baru, atau informasi dibuka dan masuk Daftar Informasi Publik (UU KIP Pasal 20).',
          'Before an exemption period ends, the PPID’s superior decides: extend it with a new consequence test, or open the information into the public register (Law 14/2008 Art. 20).',
        )}
      />
      <ul class="inline-list">
        <li>
          <a href="/admin/uji-konsekuensi/peninjauan" aria-current={!all ? 'page' : undefined}>
            {tx(v, 'Terbuka', 'Open')}
          </a>
        </li>
        <li>
          <a href="/admin/uji-konsekuensi/peninjauan?semua=1" aria-current={all ? 'page' : undefined}>
            {tx(v, 'Semua', 'All')}
          </a>
        </li>
      </ul>
      <ErrorSummary v={v} errors={errors} message={message} />
      {rows.length === 0 ? (
        <p class="muted">{tx(v, 'Tidak ada peninjauan yang terbuka.', 'No open reviews.')}</p>
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
                    {r.overdue ? tx(v, 'Terlambat: masa telah berakhir', 'Overdue: the period has ended') : tx(v, 'Menunggu keputusan', 'Awaiting decision')}
                  </span>
                ) : (
                  <span class="dip-status dip-status-draft">
                    {r.status === 'extended' ? tx(v, 'Diperpanjang', 'Extended') : tx(v, 'Informasi dibuka', 'Opened')}
                  </span>
                )}{' '}
                {tx(v, `Masa berakhir ${day(v, r.dueDate)}`, `Period ends ${day(v, r.dueDate)}`)}
              </p>
              {r.newTestId && r.status === 'open' ? (
                <p>
                  <a href={`/admin/uji-konsekuensi/${r.newTestId}`}>{tx(v, 'Uji konsekuensi perpanjangan sedang berjalan', 'Extension test in progress')}</a>
                </p>
              ) : null}
              {mayDecide && r.status === 'open' ? (
                <div class="two-col">
                  {!r.newTestId ? (
                    <form method="post" action={`/admin/uji-konsekuensi/peninjauan/${r.id}/perpanjang`} novalidate class="form">
                      <Csrf v={v} />
                      <p class="hint">
                        {tx(
                          v,
                          'Membuat draf uji konsekuensi baru dari uji ini, untuk dilengkapi unit dan ditetapkan kembali.',
                          'Drafts a new consequence test from this one, for the agency to complete and for a new decision.',
                        )}
                      </p>
                      <Actions>
                        <button type="submit" class="secondary">
                          {tx(v, 'Perpanjang dengan uji baru', 'Extend with a new test')}
                        </button>
                      </Actions>
                    </form>
                  ) : null}
                  <form method="post" action={`/admin/uji-konsekuensi/peninjauan/${r.id}/buka`} novalidate class="form">
                    <Csrf v={v} />
                    <TextArea
                      name={`reason-${r.id}`}
                      label={tx(v, 'Alasan membuka informasi', 'Reason for opening the information')}
                      value={typed?.[`reason-${r.id}`] ?? ''}
                      errors={errors}
                      rows={2}
                    />
                    <Actions>
                      <button type="submit">{tx(v, 'Buka informasi (masuk draf DIP)', 'Open the information (DIP draft)')}</button>
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
