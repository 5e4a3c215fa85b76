// The confirmation after a request was sent, with its number and code.
import type { FC } from 'hono/jsx';
import { PublicLayout, tx, type View } from '../../components/layout.js';
import { longDate } from './form.js';

export const RequestSentPage: FC<{ v: View; number: string; code: string; dueDate: string; emailed: boolean }> = ({ v, number, code, dueDate, emailed }) => {
  const title = tx(v, 'Permohonan terdaftar', 'Request registered');
  const q = `nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(code)}`;
  return (
    <PublicLayout v={v} title={title}>
      <div class="notice success" role="status">
        <h1>{title}</h1>
        <p>
          {tx(v, 'Nomor pendaftaran Anda:', 'Your registration number:')} <strong class="big-number">{number}</strong>
        </p>
      </div>
      <dl class="facts">
        <dt>{tx(v, 'Kode pelacakan (rahasia)', 'Tracking code (secret)')}</dt>
        <dd>
          <code>{code}</code>
        </dd>
        <dt>{tx(v, 'Jawaban tertulis paling lambat', 'Written answer due by')}</dt>
        <dd>{longDate(v, dueDate)}</dd>
      </dl>
      <p>
        {emailed
          ? tx(v, 'Tanda bukti dan tautan pelacakan juga kami kirim ke email Anda.', 'The receipt and the tracking link were also sent to your email.')
          : tx(
              v,
              'Catat nomor dan kode ini, atau unduh tanda buktinya: tanpa email, hanya itu kunci untuk melihat permohonan Anda.',
              'Write down this number and code, or download the receipt: without an email, they are the only key to your request.',
            )}
      </p>
      <ul class="link-list">
        <li>
          <a href={`/permohonan/tanda-bukti.pdf?${q}`}>{tx(v, 'Unduh tanda bukti permohonan (PDF)', 'Download the request receipt (PDF)')}</a>
        </li>
        <li>
          <a href={`/permohonan/lacak?${q}`}>{tx(v, 'Lihat perkembangan permohonan', 'Follow the request')}</a>
        </li>
      </ul>
    </PublicLayout>
  );
};
