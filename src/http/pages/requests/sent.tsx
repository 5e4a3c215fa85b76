// The confirmation after a request was sent, with its number and code.
import type { FC } from 'hono/jsx';
import { PublicLayout, type View, tm } from '../../components/layout.js';
import { longDate } from './form.js';

export const RequestSentPage: FC<{ v: View; number: string; code: string; dueDate: string; emailed: boolean }> = ({ v, number, code, dueDate, emailed }) => {
  const title = tm(v, 'requests-intake.intake.request_registered');
  const q = `nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(code)}`;
  return (
    <PublicLayout v={v} title={title}>
      <div class="notice success" role="status">
        <h1>{title}</h1>
        <p>
          {tm(v, 'requests-form.sent.your_registration_number')} <strong class="big-number">{number}</strong>
        </p>
      </div>
      <dl class="facts">
        <dt>{tm(v, 'requests-form.sent.tracking_code_secret')}</dt>
        <dd>
          <code>{code}</code>
        </dd>
        <dt>{tm(v, 'requests-tracking.citizen.written_answer_due_2')}</dt>
        <dd>{longDate(v, dueDate)}</dd>
      </dl>
      <p>{emailed ? tm(v, 'requests-form.sent.receipt_tracking_link_were_also') : tm(v, 'requests-form.sent.write_down_number_code_download')}</p>
      <ul class="link-list">
        <li>
          <a href={`/permohonan/tanda-bukti.pdf?${q}`}>{tm(v, 'requests-form.sent.download_request_receipt_pdf')}</a>
        </li>
        <li>
          <a href={`/permohonan/lacak?${q}`}>{tm(v, 'requests-form.sent.follow_request')}</a>
        </li>
      </ul>
    </PublicLayout>
  );
};
