// Back-office monitoring (monev) of the DIP: the per-unit table with sort links and the chart, and one
// unit's score and missing headings.
import type { FC } from 'hono/jsx';
import { DIP_CATEGORIES, DIP_STATUSES } from '../../../db/schema/dip.js';
import { FRESH_MONTHS, OUTDATED_RULE, SCORE_RULE, type MonevReport, type MonevSort, type UnitMonev } from '../../../domain/dip/monev.js';
import { dateTime } from '../../dates.js';
import { can } from '../../../policies/index.js';
import { Actions } from '../../components/form.js';
import { BackofficeLayout, tx, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { CATEGORY_WORDS, num, ScoreChart, STATUS_WORDS, word } from './monev-chart.js';

const Rules: FC<{ v: View; report: MonevReport }> = ({ v, report }) => (
  <section aria-labelledby="h-rules" class="monev-rules">
    <h2 id="h-rules">{tm(v, 'reports.monev.how_figures_are_computed')}</h2>
    <dl class="facts">
      <dt>{tm(v, 'reports.monev.completeness')}</dt>
      <dd>{tm(v, 'reports.monev.mandatory_headings_periodic_checklist_active', { reportHeadingCount: report.headingCount })}</dd>
      <dt>{tm(v, 'reports.monev.out_date')}</dt>
      <dd>
        {tx(v, OUTDATED_RULE.id, OUTDATED_RULE.en)}{' '}
        {tx(
          v,
          `Hari ini: tahun informasi sebelum ${report.minYear}, atau terbit sebelum ${dateTime({ ...v, locale: 'id' }, report.cutoff)}.`,
          `Today: information year before ${report.minYear}, or published before ${dateTime({ ...v, locale: 'en' }, report.cutoff)}.`,
        )}
      </dd>
      <dt>{tm(v, 'reports.monev.score')}</dt>
      <dd>{tx(v, SCORE_RULE.id, SCORE_RULE.en)}</dd>
    </dl>
  </section>
);

type SortProps = { sort: MonevSort; dir: 'asc' | 'desc' };

const SortHeader: FC<{ v: View; label: string; col: MonevSort; current: SortProps }> = ({ v, label, col, current }) => {
  const active = current.sort === col;
  // Text columns start A→Z, number columns start with the highest.
  const first = col === 'unit' ? 'asc' : 'desc';
  const next = active ? (current.dir === 'asc' ? 'desc' : 'asc') : first;
  const hint = next === 'asc' ? tm(v, 'reports.monev.sort_ascending') : tm(v, 'reports.monev.sort_descending');
  return (
    <th scope="col" aria-sort={active ? (current.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <a href={`/admin/monev?sort=${col}&dir=${next}`} class="sort-link">
        {label}
        <span class="visually-hidden">{` (${hint})`}</span>
        {active ? (
          <span aria-hidden="true" class="sort-mark">
            {current.dir === 'asc' ? ' ▲' : ' ▼'}
          </span>
        ) : null}
      </a>
    </th>
  );
};

export const MonevOverviewPage: FC<{ v: View; report: MonevReport; sorted: UnitMonev[]; current: SortProps }> = ({ v, report, sorted, current }) => {
  const title = tm(v, 'reports.monev.dip_monitoring');
  const t = report.totals;
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader
        v={v}
        title={title}
        lead={tx(
          v,
          `Kelengkapan dan kemutakhiran Daftar Informasi Publik setiap unit, keadaan ${dateTime({ ...v, locale: 'id' }, report.now)}.`,
          `Completeness and currency of every agency's public information list, as of ${dateTime({ ...v, locale: 'en' }, report.now)}.`,
        )}
      />
      <Actions>
        <a class="button" href="/admin/monev/ekspor.xlsx" download>
          {tm(v, 'reports.monev.download_excel_xlsx')}
        </a>
        {can(v.actor, 'checklist.manage') ? <a href="/admin/monev/daftar-periksa">{tm(v, 'reports.monev.edit_periodic_checklist')}</a> : null}
      </Actions>
      <dl class="facts monev-totals">
        <dt>{tm(v, 'reports.monev.agencies')}</dt>
        <dd>{report.units.length}</dd>
        <dt>{tm(v, 'reports.monev.dip_entries')}</dt>
        <dd>
          {t.total} ({DIP_CATEGORIES.map((c) => `${word(v, CATEGORY_WORDS[c]).toLowerCase()} ${t.byCategory[c]}`).join(', ')})
        </dd>
        <dt>{tm(v, 'reports.monev.average_score')}</dt>
        <dd>{num(v, t.averageScore)}</dd>
        <dt>{tm(v, 'reports.monev.out_date_periodic_information')}</dt>
        <dd>{t.outdated}</dd>
        <dt>{tm(v, 'reports.monev.currently_returned')}</dt>
        <dd>{t.returnedNow}</dd>
      </dl>

      <section aria-labelledby="h-chart">
        <h2 id="h-chart">{tm(v, 'reports.monev.score_per_agency')}</h2>
        {report.headingCount === 0 ? (
          <p>{tm(v, 'reports.monev.no_periodic_checklist_heading_active')}</p>
        ) : (
          <figure class="monev-figure">
            <ScoreChart v={v} units={report.units} />
            <figcaption class="hint">{tm(v, 'reports.monev.number_right_each_bar_score')}</figcaption>
          </figure>
        )}
      </section>

      <section aria-labelledby="h-table">
        <h2 id="h-table">{tm(v, 'reports.monev.figures_per_agency')}</h2>
        <p class="hint">{tm(v, 'reports.monev.choose_column_heading_sort')}</p>
        <div class="table-wrap" tabindex={0} role="region" aria-labelledby="h-table">
          <table class="monev-table">
            <thead>
              <tr>
                <SortHeader v={v} label={tm(v, 'reports.monev.agency')} col="unit" current={current} />
                <SortHeader v={v} label={tm(v, 'reports.monev.score')} col="score" current={current} />
                <SortHeader v={v} label={tm(v, 'reports.monev.completeness')} col="completeness" current={current} />
                <SortHeader v={v} label={tm(v, 'reports.monev.out_date')} col="outdated" current={current} />
                <SortHeader v={v} label={tm(v, 'reports.monev.entries')} col="total" current={current} />
                <SortHeader v={v} label={tm(v, 'reports.monev.published')} col="published" current={current} />
                <SortHeader v={v} label={tm(v, 'reports.monev.returned_now_ever')} col="returned" current={current} />
                <SortHeader v={v} label={tm(v, 'reports.monev.last_submission')} col="last" current={current} />
                {DIP_CATEGORIES.map((c) => (
                  <th scope="col">{word(v, CATEGORY_WORDS[c])}</th>
                ))}
                {DIP_STATUSES.filter((s) => s !== 'published' && s !== 'returned').map((s) => (
                  <th scope="col">{word(v, STATUS_WORDS[s])}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((u) => (
                <tr>
                  <th scope="row">
                    <a href={`/admin/monev/unit/${u.unitId}`}>{u.name}</a>
                  </th>
                  <td class="num">
                    <strong>{num(v, u.score)}</strong>
                  </td>
                  <td class="num">
                    {u.completeness === null ? '–' : `${num(v, u.completeness)}%`} <span class="muted small">({`${u.satisfied}/${report.headingCount}`})</span>
                  </td>
                  <td class="num">{u.outdated.length}</td>
                  <td class="num">{u.total}</td>
                  <td class="num">{u.byStatus.published}</td>
                  <td class="num">
                    {u.returnedNow} / {u.returnedEver}
                  </td>
                  <td>{u.lastSubmittedAt ? dateTime(v, u.lastSubmittedAt) : '–'}</td>
                  {DIP_CATEGORIES.map((c) => (
                    <td class="num">{u.byCategory[c]}</td>
                  ))}
                  {DIP_STATUSES.filter((s) => s !== 'published' && s !== 'returned').map((s) => (
                    <td class="num">{u.byStatus[s]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <Rules v={v} report={report} />
    </BackofficeLayout>
  );
};

const HEADING_STATE = (v: View, h: { satisfied: boolean; fresh: boolean }) =>
  h.fresh
    ? { label: tm(v, 'reports.monev.met'), tone: 'ok' }
    : h.satisfied
      ? { label: tm(v, 'reports.monev.met_out_date'), tone: 'old' }
      : { label: tm(v, 'reports.monev.not_met'), tone: 'missing' };

export const MonevUnitPage: FC<{ v: View; report: MonevReport; unit: UnitMonev; showAll: boolean }> = ({ v, report, unit, showAll }) => {
  const title = tm(v, 'reports.monev.dip_monitoring_2', { unitName: unit.name });
  return (
    <BackofficeLayout v={v} title={title}>
      {showAll ? (
        <p>
          <a href="/admin/monev">{tm(v, 'reports.monev.all_agencies')}</a>
        </p>
      ) : null}
      <PageHeader
        v={v}
        title={title}
        lead={tx(v, `Keadaan ${dateTime({ ...v, locale: 'id' }, report.now)}.`, `As of ${dateTime({ ...v, locale: 'en' }, report.now)}.`)}
      />
      <div class="monev-score card">
        <p>
          <span class="monev-score-label">{tm(v, 'reports.monev.score')}</span> <span class="monev-score-value">{num(v, unit.score)}</span>{' '}
          <span class="muted">/ 100</span>
        </p>
        <p>
          {tm(v, 'reports.monev.completeness')}: {unit.completeness === null ? '–' : `${num(v, unit.completeness)}%`} ({unit.satisfied}/{report.headingCount}{' '}
          {tm(v, 'reports.monev.headings')}) · {tm(v, 'reports.monev.out_date_periodic_items')}: {unit.outdated.length}
        </p>
        <p>
          <a href="/admin/monev/ekspor.xlsx" download>
            {tm(v, 'reports.monev.download_excel_xlsx')}
          </a>
        </p>
      </div>

      <section aria-labelledby="h-missing">
        <h2 id="h-missing">{tm(v, 'reports.monev.mandatory_headings_not_yet_met')}</h2>
        {unit.missing.length === 0 ? (
          <p>{tm(v, 'reports.monev.every_mandatory_periodic_heading_met')}</p>
        ) : (
          <ul class="missing-list">
            {unit.missing.map((m) => (
              <li>{m.title}</li>
            ))}
          </ul>
        )}
        <p>
          <a href="/admin/dip/baru">{tm(v, 'reports.monev.add_periodic_information')}</a>
        </p>
      </section>

      <section aria-labelledby="h-headings">
        <h2 id="h-headings">{tm(v, 'reports.monev.periodic_checklist')}</h2>
        <div class="table-wrap" tabindex={0} role="region" aria-labelledby="h-headings">
          <table>
            <thead>
              <tr>
                <th scope="col">{tm(v, 'reports.monev.heading')}</th>
                <th scope="col">{tm(v, 'reports.monev.state')}</th>
              </tr>
            </thead>
            <tbody>
              {unit.headings.map((h) => {
                const s = HEADING_STATE(v, h);
                return (
                  <tr>
                    <td>{h.title}</td>
                    <td>
                      <span class={`status heading-${s.tone}`}>{s.label}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="h-outdated">
        <h2 id="h-outdated">{tm(v, 'reports.monev.out_date_periodic_information')}</h2>
        {unit.outdated.length === 0 ? (
          <p>{tm(v, 'reports.monev.none')}</p>
        ) : (
          <div class="table-wrap" tabindex={0} role="region" aria-labelledby="h-outdated">
            <table>
              <thead>
                <tr>
                  <th scope="col">{tm(v, 'reports.monev.number')}</th>
                  <th scope="col">{tm(v, 'reports.monev.title')}</th>
                  <th scope="col">{tm(v, 'reports.annual-report.year')}</th>
                  <th scope="col">{tm(v, 'reports.monev.published')}</th>
                  <th scope="col">{tm(v, 'reports.monev.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {unit.outdated.map((e) => (
                  <tr>
                    <td>
                      <code>{e.number}</code>
                    </td>
                    <td>
                      <a href={`/admin/dip/${e.entryId}`}>{e.title}</a>
                    </td>
                    <td>{e.year ?? '–'}</td>
                    <td>{dateTime(v, e.publishedAt)}</td>
                    <td>
                      {e.reason === 'year'
                        ? tm(v, 'reports.monev.old_information_year')
                        : e.reason === 'age'
                          ? tm(v, 'reports.monev.published_over_months_ago', { FRESH_MONTHS })
                          : tm(v, 'reports.monev.old_year_published_over_months', { FRESH_MONTHS })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="h-counts">
        <h2 id="h-counts">{tm(v, 'reports.monev.agency_s_dip_entries')}</h2>
        <dl class="facts">
          <dt>{tm(v, 'reports.monev.entries_2')}</dt>
          <dd>{unit.total}</dd>
          <dt>{tm(v, 'reports.monev.category')}</dt>
          <dd>{DIP_CATEGORIES.map((c) => `${word(v, CATEGORY_WORDS[c])}: ${unit.byCategory[c]}`).join(' · ')}</dd>
          <dt>{tm(v, 'reports.monev.status')}</dt>
          <dd>{DIP_STATUSES.map((s) => `${word(v, STATUS_WORDS[s])}: ${unit.byStatus[s]}`).join(' · ')}</dd>
          <dt>{tm(v, 'reports.monev.last_submission')}</dt>
          <dd>{unit.lastSubmittedAt ? dateTime(v, unit.lastSubmittedAt) : '–'}</dd>
          <dt>{tm(v, 'reports.monev.returned')}</dt>
          <dd>{tm(v, 'reports.monev.now_entries_ever_returned', { unitReturnedEver: unit.returnedEver, unitReturnedNow: unit.returnedNow })}</dd>
        </dl>
      </section>
      <Rules v={v} report={report} />
    </BackofficeLayout>
  );
};
