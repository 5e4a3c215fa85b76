// Back-office DIP review queue.
import type { FC } from 'hono/jsx';
import { dateTime } from '../../dates.js';
import { Actions, ErrorSummary } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { categoryShort, type QueueItem } from './shared.js';

// --- review queue --------------------------------------------------------------------------------------

export const DipReviewPage: FC<{ v: View; items: QueueItem[]; now: Date; message?: string | undefined }> = ({ v, items, now, message }) => {
  const title = v.t('bo.dip_review');
  const days = (d: Date | null) => (d ? Math.max(0, Math.floor((now.getTime() - d.getTime()) / 86_400_000)) : 0);
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader
        v={v}
        title={title}
        lead={tx(
          v,
          'Entri yang diajukan PPID Pembantu, yang paling lama menunggu di atas. Buka entri untuk memeriksa isinya atau mengembalikannya dengan catatan; centang beberapa entri untuk menyetujuinya sekaligus.',
          'Entries submitted by the agencies, longest waiting first. Open an entry to check it or return it with a note; tick several to approve them together.',
        )}
      />
      <ErrorSummary v={v} message={message} />
      {items.length === 0 ? (
        <p>{tx(v, 'Tidak ada entri yang menunggu pemeriksaan.', 'Nothing is waiting for review.')}</p>
      ) : (
        <form method="post" action="/admin/dip/tinjauan/setujui">
          <Csrf v={v} />
          <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
            <table class="bo-dip-table">
              <thead>
                <tr>
                  <th scope="col">
                    <span class="vh">{tx(v, 'Pilih untuk disetujui', 'Select to approve')}</span>
                  </th>
                  <th scope="col">{tx(v, 'Judul', 'Title')}</th>
                  <th scope="col">{tx(v, 'Unit', 'Agency')}</th>
                  <th scope="col">{tx(v, 'Pengajuan', 'Kind')}</th>
                  <th scope="col">{tx(v, 'Diajukan', 'Submitted')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((q) => (
                  <tr>
                    <td class="pick">
                      <input type="checkbox" name="ids" value={q.id} id={`pick-${q.id}`} aria-label={tx(v, `Pilih: ${q.title}`, `Select: ${q.title}`)} />
                    </td>
                    <td>
                      <a href={`/admin/dip/${q.id}`}>{q.title}</a>
                      <div class="small muted">
                        {q.number} · {categoryShort(v, q.category)}
                      </div>
                      {q.personalDataDocs > 0 ? (
                        <div class="small personal-data-flag">
                          <strong>{tx(v, 'Data pribadi ditemukan', 'Personal data found')}</strong>
                          {tx(
                            v,
                            ` pada ${q.personalDataDocs} dokumen: buka entri untuk mengonfirmasi atau meminta salinan yang dihitamkan.`,
                            ` in ${q.personalDataDocs} document(s): open the entry to confirm or ask for a redacted copy.`,
                          )}
                        </div>
                      ) : null}
                    </td>
                    <td data-label={tx(v, 'Unit', 'Agency')}>{q.unitName}</td>
                    <td data-label={tx(v, 'Pengajuan', 'Kind')}>
                      {q.isUpdate ? (
                        <span class="dip-status dip-status-changed">{tx(v, 'Perubahan', 'Change')}</span>
                      ) : (
                        <span class="dip-status dip-status-draft">{tx(v, 'Baru', 'New')}</span>
                      )}
                    </td>
                    <td class="nowrap" data-label={tx(v, 'Diajukan', 'Submitted')}>
                      {dateTime(v, q.submittedAt)}
                      <div class="small muted">
                        {days(q.submittedAt) === 0
                          ? tx(v, 'hari ini', 'today')
                          : tx(v, `${days(q.submittedAt)} hari menunggu`, `waiting ${days(q.submittedAt)} days`)}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Actions>
            <button type="submit">{tx(v, 'Setujui & terbitkan yang dipilih', 'Approve & publish selected')}</button>
          </Actions>
        </form>
      )}
    </BackofficeLayout>
  );
};
