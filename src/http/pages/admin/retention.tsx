// The retention setting on the body profile page: how long requesters' personal data is kept after a case
// is closed, what the next daily run would do, and when it last ran.
import type { FC } from 'hono/jsx';
import type { RetentionStatus } from '../../../domain/privacy/retention.js';
import { Actions, Input } from '../../components/form.js';
import { Csrf, tx, type View } from '../../components/layout.js';
import { dateTime } from '../../dates.js';

export const RetentionSection: FC<{
  v: View;
  years: number | null | undefined;
  status?: RetentionStatus | undefined;
  error?: string | undefined;
  typed?: string | undefined;
}> = ({ v, years, status, error, typed }) => {
  const when = (d: Date) => dateTime(v, d, 'long');
  return (
    <section class="card" aria-labelledby="retention-h" id="retensi">
      <h2 id="retention-h">{tx(v, 'Jangka waktu penyimpanan data pemohon', 'Retention of requesters’ personal data')}</h2>
      <p>
        {tx(
          v,
          'Setelah kasus selesai (pemberitahuan tertulis diberikan, tidak ada keberatan yang menunggu keputusan dan tidak ada sengketa yang masih berjalan), data pribadi pemohon dihapus bila langkah terakhirnya lebih tua dari jangka waktu ini: nama, NIK/nomor SK, alamat, pekerjaan, telepon, email, kuasa, isian bebas, pindaian identitas dan salinan email kepada pemohon. Angka statistik dan laporan tahunan tidak berubah. Penghapusan berjalan setiap hari dan tercatat di log audit (jumlah dan nomor, tanpa nama).',
          'Once a case is closed (written notice given, no objection awaiting a decision, no dispute still open), the requester’s personal data is removed when its last step is older than this period: name, NIK/SK number, address, occupation, phone, email, proxy, free-text fields, the identity scan and the copies of emails to them. Statistics and annual-report figures stay the same. The removal runs daily and is recorded in the audit log (counts and numbers, no names).',
        )}
      </p>
      <form method="post" action="/admin/badan-publik/retensi" novalidate class="form">
        <Csrf v={v} />
        <Input
          name="years"
          label={tx(v, 'Jangka waktu (tahun)', 'Period (years)')}
          hint={tx(
            v,
            'Bilangan bulat 1–100. Kosongkan agar data disimpan sampai ditetapkan.',
            'A whole number, 1–100. Leave empty to keep the data until a period is set.',
          )}
          value={typed ?? (years ? String(years) : '')}
          errors={error ? { years: error } : undefined}
          inputmode="numeric"
        />
        <Actions>
          <button type="submit">{tx(v, 'Simpan jangka waktu', 'Save the period')}</button>
        </Actions>
      </form>
      {status ? (
        <ul class="plain-list">
          <li>
            {status.years
              ? tx(
                  v,
                  `Kasus selesai yang akan dianonimkan pada jalannya berikutnya: ${status.due ?? 0}.`,
                  `Closed cases the next run will anonymise: ${status.due ?? 0}.`,
                )
              : tx(v, 'Belum ada jangka waktu: data pemohon disimpan.', 'No period set: requesters’ data is kept.')}
          </li>
          <li>
            {status.lastRun
              ? tx(
                  v,
                  `Terakhir berjalan: ${when(status.lastRun.at)} (${status.lastRun.count} kasus).`,
                  `Last run: ${when(status.lastRun.at)} (${status.lastRun.count} cases).`,
                )
              : tx(v, 'Belum pernah ada kasus yang dianonimkan.', 'No case has been anonymised yet.')}
          </li>
        </ul>
      ) : null}
      <p class="muted small">
        {tx(v, 'Operator dapat menjalankannya juga dari baris perintah:', 'Operators can also run it from the command line:')}{' '}
        <code>qgesy anonymise --older-than TAHUN --dry-run</code>
      </p>
    </section>
  );
};
