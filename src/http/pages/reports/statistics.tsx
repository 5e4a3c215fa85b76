// Public page of the service statistics of requests, by year.
import type { FC } from 'hono/jsx';
import { GROUNDS } from '../../../domain/exemptions/grounds.js';
import { OUTCOME_LABELS } from '../../../domain/requests/labels.js';
import type { ServiceStatistics } from '../../../domain/requests/statistics.js';
import { PublicLayout, tx, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';

export const StatisticsPage: FC<{ v: View; s: ServiceStatistics; years: number[] }> = ({ v, s, years }) => {
  const title = `${tm(v, 'reports.statistics.information_service_statistics')} ${s.year}`;
  const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '–');
  const num = (n: number | null) => (n === null ? '–' : n.toLocaleString(v.locale === 'en' ? 'en-GB' : 'id-ID'));
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader v={v} title={title} lead={tm(v, 'reports.statistics.how_many_requests_information_what')} />
      <nav aria-label={tm(v, 'reports.statistics.years')}>
        <p>
          {years.map((y) => (
            <>
              <a href={`/statistik-layanan?tahun=${y}`} aria-current={y === s.year ? 'page' : undefined}>
                {y}
              </a>{' '}
            </>
          ))}
        </p>
      </nav>
      <dl class="facts">
        <dt>{tm(v, 'reports.annual-report.requests_received')}</dt>
        <dd>{num(s.received)}</dd>
        <dt>{tm(v, 'reports.statistics.answered_writing')}</dt>
        <dd>{num(s.answered)}</dd>
        <dt>{tm(v, 'reports.statistics.still_being_handled')}</dt>
        <dd>{num(s.open)}</dd>
        <dt>{tm(v, 'reports.statistics.answered_within_deadline')}</dt>
        <dd>
          {num(s.withinDeadline)} ({pct(s.withinDeadline, s.answered)})
        </dd>
        <dt>{tm(v, 'reports.annual-report.time_answer_working_days')}</dt>
        <dd>
          {tm(v, 'reports.annual-report.mean')} {num(s.days.mean)} · {tm(v, 'reports.statistics.median')} {num(s.days.median)} ·{' '}
          {tm(v, 'reports.annual-report.longest')} {num(s.days.max)}
        </dd>
        <dt>{tm(v, 'reports.annual-report.extended')}</dt>
        <dd>{num(s.extended)}</dd>
        <dt>{tm(v, 'reports.statistics.objections_decided')}</dt>
        <dd>
          {num(s.objections)} ({num(s.objectionsDecided)})
        </dd>
      </dl>
      <h2>{tm(v, 'reports.annual-report.decisions_requests')}</h2>
      <div class="table-wrap" tabindex={0} role="region" aria-label={tm(v, 'reports.annual-report.decisions_requests')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{tm(v, 'reports.annual-report.decision')}</th>
              <th scope="col">{tm(v, 'reports.annual-report.number')}</th>
              <th scope="col">{tm(v, 'reports.annual-report.share')}</th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(s.byOutcome) as (keyof typeof s.byOutcome)[]).map((o) => (
              <tr>
                <td>{tx(v, OUTCOME_LABELS[o].id, OUTCOME_LABELS[o].en)}</td>
                <td>{num(s.byOutcome[o])}</td>
                <td>{pct(s.byOutcome[o], s.answered)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{tm(v, 'reports.statistics.refusals_exemption_ground')}</h2>
      {s.byOutcome.ditolak_dikecualikan ? (
        <div class="table-wrap" tabindex={0} role="region" aria-label={tm(v, 'reports.statistics.refusals_exemption_ground')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{tm(v, 'reports.statistics.art_17_law_14_2008')}</th>
                <th scope="col">{tm(v, 'reports.annual-report.number')}</th>
              </tr>
            </thead>
            <tbody>
              {GROUNDS.filter((g) => s.refusalsByGround[g.letter] > 0).map((g) => (
                <tr>
                  <td>
                    {tm(v, 'reports.statistics.letter')} {g.letter}: {g.label[v.locale]}
                  </td>
                  <td>{num(s.refusalsByGround[g.letter])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">{tm(v, 'reports.statistics.no_refusals_exemption_grounds_year')}</p>
      )}
      <p>
        <a href="/informasi-dikecualikan">{tm(v, 'reports.statistics.register_exempt_information')}</a>
      </p>
      <h2>{tm(v, 'reports.annual-report.agency')}</h2>
      {s.byUnit.length ? (
        <div class="table-wrap" tabindex={0} role="region" aria-label={tm(v, 'reports.annual-report.agency')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{tm(v, 'reports.annual-report.agency_2')}</th>
                <th scope="col">{tm(v, 'reports.annual-report.received')}</th>
                <th scope="col">{tm(v, 'reports.annual-report.answered')}</th>
              </tr>
            </thead>
            <tbody>
              {s.byUnit.map((u) => (
                <tr>
                  <td>{u.name}</td>
                  <td>{num(u.received)}</td>
                  <td>{num(u.answered)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">{tm(v, 'reports.statistics.no_requests_year')}</p>
      )}
    </PublicLayout>
  );
};
