import type { FC } from 'hono/jsx';
import type { OutboxMessageView } from '../../../jobs/outbox-admin.js';
import type { OutboxListItem, OutboxStatus } from '../../../jobs/outbox-worker.js';
import { type MessageKey } from '../../../i18n/index.js';
import { dateTime } from '../../dates.js';
import { Actions, Select } from '../../components/form.js';
import { BackofficeLayout, Csrf, type View } from '../../components/layout.js';

const statusLabel = (v: View, s: string) => v.t(`outbox.status.${s}` as MessageKey);

export const OutboxPage: FC<{
  v: View;
  items: OutboxListItem[];
  counts: Record<OutboxStatus, number>;
  status: string;
  smtpConfigured: boolean;
  prevHref: string | null;
  nextHref: string | null;
}> = ({ v, items, counts, status, smtpConfigured, prevHref, nextHref }) => (
  <BackofficeLayout v={v} title={v.t('outbox.title')}>
    <h1>{v.t('outbox.title')}</h1>
    <p>{v.t('outbox.lead')}</p>
    {!smtpConfigured ? <p class="warn-box">{v.t('bo.smtp_off')}</p> : null}
    <p>
      {(['pending', 'sent', 'failed'] as const).map((s) => (
        <span class="badge">
          {statusLabel(v, s)}: {counts[s]}
        </span>
      ))}
    </p>
    <form method="get" action="/admin/kotak-keluar" class="filters">
      <Select
        name="status"
        label={v.t('common.status')}
        value={status}
        options={[{ value: '', label: '–' }, ...(['pending', 'sent', 'failed'] as const).map((s) => ({ value: s, label: statusLabel(v, s) }))]}
      />
      <Actions>
        <button type="submit">{v.t('common.filter')}</button>
      </Actions>
    </form>
    <div class="table-wrap" tabindex={0} role="region" aria-label={v.t('outbox.title')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{v.t('outbox.created')}</th>
            <th scope="col">{v.t('outbox.to')}</th>
            <th scope="col">{v.t('outbox.subject')}</th>
            <th scope="col">{v.t('common.status')}</th>
            <th scope="col">{v.t('outbox.attempts')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr>
              <td>{dateTime(v, m.createdAt)}</td>
              <td>{m.toAddress}</td>
              <td>
                <a href={`/admin/kotak-keluar/${m.id}`}>{m.subject}</a>
              </td>
              <td>{statusLabel(v, m.status)}</td>
              <td>{m.attempts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    {items.length === 0 ? <p>{v.t('common.none')}</p> : null}
    <p class="pager">
      {prevHref ? <a href={prevHref}>← {v.t('common.prev')}</a> : null} {nextHref ? <a href={nextHref}>{v.t('common.next')} →</a> : null}
    </p>
  </BackofficeLayout>
);

export const OutboxMessagePage: FC<{ v: View; m: OutboxMessageView }> = ({ v, m }) => (
  <BackofficeLayout v={v} title={m.subject}>
    <h1>{m.subject}</h1>
    <dl class="facts">
      <dt>{v.t('outbox.to')}</dt>
      <dd>
        {m.toName ? `${m.toName} ` : ''}&lt;{m.toAddress}&gt;
      </dd>
      <dt>{v.t('common.status')}</dt>
      <dd>{statusLabel(v, m.status)}</dd>
      <dt>{v.t('outbox.attempts')}</dt>
      <dd>{m.attempts}</dd>
      <dt>{v.t('outbox.created')}</dt>
      <dd>{dateTime(v, m.createdAt)}</dd>
      {m.lastError ? (
        <>
          <dt>Error</dt>
          <dd>{m.lastError}</dd>
        </>
      ) : null}
      <dt>Message-ID</dt>
      <dd>
        <code>{m.messageId}</code>
      </dd>
    </dl>
    {m.hasSecret ? <p class="hint">{v.t('outbox.secret_hidden')}</p> : null}
    <pre class="mail-body">{m.textBody}</pre>
    <form method="post" action={`/admin/kotak-keluar/${m.id}/kirim-ulang`}>
      <Csrf v={v} />
      <button type="submit">{v.t(m.status === 'sent' ? 'outbox.resend' : 'outbox.retry')}</button>
    </form>
    <p>
      <a href="/admin/kotak-keluar">{v.t('common.back')}</a>
    </p>
  </BackofficeLayout>
);
