// Back-office page of the audit log.
import type { FC } from 'hono/jsx';
import type { auditLog } from '../../../db/schema/index.js';
import { dateTime } from '../../dates.js';
import { Actions, Input } from '../../components/form.js';
import { BackofficeLayout, type View } from '../../components/layout.js';

// --- audit log ---------------------------------------------------------------------------------------

type AuditRow = typeof auditLog.$inferSelect;

const short = (x: unknown): string => {
  const t = typeof x === 'string' ? x : JSON.stringify(x);
  return t.length > 80 ? `${t.slice(0, 80)}…` : t;
};

/** The audit summary as short readable lines: "field: before → after". */
function summaryLines(s: Record<string, unknown>): string[] {
  const lines: string[] = [];
  const changes = s.changes as Record<string, [unknown, unknown]> | undefined;
  if (changes) for (const [k, [a, b]] of Object.entries(changes)) lines.push(`${k}: ${short(a)} → ${short(b)}`);
  for (const key of ['after', 'before', 'details'] as const) {
    const obj = s[key] as Record<string, unknown> | undefined;
    if (obj) for (const [k, v] of Object.entries(obj)) lines.push(`${k}: ${short(v)}`);
  }
  return lines.slice(0, 8);
}

const shortId = (id: string) => (/^[0-9a-f-]{36}$/.test(id) ? id.slice(0, 8) : id);

export const AuditPage: FC<{
  v: View;
  rows: AuditRow[];
  filter: Record<string, string | number | undefined>;
  nextHref: string | null;
  verify?: { ok: boolean; text: string } | undefined;
}> = ({ v, rows, filter, nextHref, verify }) => (
  <BackofficeLayout v={v} title={v.t('audit.title')}>
    <h1>{v.t('audit.title')}</h1>
    <p>{v.t('audit.lead')}</p>
    {verify ? (
      <div class={verify.ok ? 'notice' : 'error-summary'} role="status">
        {verify.text}
      </div>
    ) : null}
    <form method="get" action="/admin/audit" class="filters">
      <Input name="action" label={v.t('audit.action')} value={String(filter.action ?? '')} />
      <Input name="actor" label={v.t('audit.who')} value={String(filter.actor ?? '')} />
      <Input name="entity" label={v.t('audit.entity')} value={String(filter.entity ?? '')} />
      <Input name="from" type="date" label={v.t('audit.from')} value={String(filter.from ?? '')} />
      <Input name="to" type="date" label={v.t('audit.to')} value={String(filter.to ?? '')} />
      <Actions>
        <button type="submit">{v.t('common.filter')}</button>
        <a href="/admin/audit">{v.t('common.reset_filter')}</a>
        <a href="/admin/audit?verify=1">{v.t('audit.verify')}</a>
      </Actions>
    </form>
    <div class="table-wrap" tabindex={0} role="region" aria-label={v.t('audit.title')}>
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{v.t('audit.when')}</th>
            <th scope="col">{v.t('audit.who')}</th>
            <th scope="col">{v.t('audit.action')}</th>
            <th scope="col">{v.t('audit.entity')}</th>
            <th scope="col">{v.t('audit.summary')}</th>
            <th scope="col">{v.t('audit.ip')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>{r.seq}</td>
              <td>{dateTime(v, r.at)}</td>
              <td>{r.actorName}</td>
              <td>
                <code>{r.action}</code>
              </td>
              <td>
                {r.entityType}
                {r.entityId ? (
                  <span class="muted" title={r.entityId}>
                    {' '}
                    {shortId(r.entityId)}
                  </span>
                ) : null}
              </td>
              <td class="small">
                {summaryLines(r.summary).map((l) => (
                  <div>{l}</div>
                ))}
              </td>
              <td>{r.ip ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    {rows.length === 0 ? <p>{v.t('common.none')}</p> : null}
    {nextHref ? (
      <p>
        <a href={nextHref}>{v.t('common.next')} →</a>
      </p>
    ) : null}
  </BackofficeLayout>
);
