// The retention setting on the body profile page: how long requesters' personal data is kept after a case
// is closed, what the next daily run would do, and when it last ran.
import type { FC } from 'hono/jsx';
import type { RetentionStatus } from '../../../domain/privacy/retention.js';
import { Actions, Input } from '../../components/form.js';
import { Csrf, type View, tm } from '../../components/layout.js';
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
      <h2 id="retention-h">{tm(v, 'admin.retention.retention_requesters_personal_data')}</h2>
      <p>{tm(v, 'admin.retention.once_case_closed_written_notice')}</p>
      <form method="post" action="/admin/badan-publik/retensi" novalidate class="form">
        <Csrf v={v} />
        <Input
          name="years"
          label={tm(v, 'admin.retention.period_years')}
          hint={tm(v, 'admin.retention.whole_number_1_100_leave')}
          value={typed ?? (years ? String(years) : '')}
          errors={error ? { years: error } : undefined}
          inputmode="numeric"
        />
        <Actions>
          <button type="submit">{tm(v, 'admin.retention.save_period')}</button>
        </Actions>
      </form>
      {status ? (
        <ul class="plain-list">
          <li>
            {status.years
              ? tm(v, 'admin.retention.closed_cases_next_run_will', { statusDue: status.due ?? 0 })
              : tm(v, 'admin.retention.no_period_set_requesters_data')}
          </li>
          <li>
            {status.lastRun
              ? tm(v, 'admin.retention.last_run_cases', { statusLastRunCount: status.lastRun.count, statusLastRunAt: when(status.lastRun.at) })
              : tm(v, 'admin.retention.no_case_has_been_anonymised')}
          </li>
        </ul>
      ) : null}
      <p class="muted small">
        {tm(v, 'admin.retention.operators_can_also_run_from')} <code>qgesy anonymise --older-than TAHUN --dry-run</code>
      </p>
    </section>
  );
};
