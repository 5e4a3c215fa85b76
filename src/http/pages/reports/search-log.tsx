// What citizens searched for and did not find (or did not open), per month, for the PPID Utama: each query
// can become a synonym (the dictionary page) or a note to the unit that should publish it.
import type { FC } from 'hono/jsx';
import type { Unit } from '../../../domain/units/units.js';
import { LOW_CLICK_MIN_SEARCHES, RETENTION_MONTHS, type QueryRow, type SearchReport, type UnitSearchNote } from '../../../domain/search-log/query-log.js';
import { dateTime } from '../../dates.js';
import { can } from '../../../policies/index.js';
import { Actions, ErrorSummary, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';

const MONTHS = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function monthLabel(v: View, month: string): string {
  const [y, m] = month.split('-');
  return `${MONTHS[v.locale === 'en' ? 'en' : 'id'][Number(m) - 1] ?? m} ${y}`;
}

const qs = (p: Record<string, string>) => new URLSearchParams(p).toString();

const NotesCell: FC<{ v: View; row: QueryRow }> = ({ v, row }) =>
  row.notes.length ? (
    <ul class="plain">
      {row.notes.map((n) => (
        <li>
          {tm(v, 'reports.search-log.note_sent', { nUnitName: n.unitName })} ({dateTime(v, n.at)})
          {n.recipients === 0 ? <strong>{tm(v, 'reports.search-log.unit_has_no_active_ppid')}</strong> : null}
        </li>
      ))}
    </ul>
  ) : (
    <span class="muted">–</span>
  );

const QueryTable: FC<{ v: View; id: string; caption: string; rows: QueryRow[]; month: string; kind: 'zero' | 'low' }> = ({
  v,
  id,
  caption,
  rows,
  month,
  kind,
}) => {
  const mayNote = can(v.actor, 'search.note');
  if (!rows.length) return <p>{tm(v, 'reports.search-log.none_month')}</p>;
  return (
    <div class="table-wrap" tabindex={0} role="region" aria-labelledby={id}>
      <table>
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tm(v, 'reports.search-log.search_words')}</th>
            <th scope="col" class="num">
              {tm(v, 'reports.search-log.searches')}
            </th>
            {kind === 'zero' ? (
              <th scope="col" class="num">
                {tm(v, 'reports.search-log.no_result')}
              </th>
            ) : (
              <>
                <th scope="col" class="num">
                  {tm(v, 'reports.search-log.latest_results')}
                </th>
                <th scope="col" class="num">
                  {tm(v, 'reports.search-log.results_opened')}
                </th>
              </>
            )}
            <th scope="col">{tm(v, 'reports.search-log.notes_units')}</th>
            <th scope="col">{tm(v, 'reports.search-log.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row" lang="id">
                <a href={`/cari?${qs({ q: r.query })}`}>{r.query}</a>
              </th>
              <td class="num">{r.searches}</td>
              {kind === 'zero' ? (
                <td class="num">{r.zeroResults}</td>
              ) : (
                <>
                  <td class="num">{r.lastTotal}</td>
                  <td class="num">{r.clicks}</td>
                </>
              )}
              <td>
                <NotesCell v={v} row={r} />
              </td>
              <td>
                <ul class="plain">
                  <li>
                    <a href={`/admin/pencarian/kamus?${qs({ baru: r.query })}`}>
                      {tm(v, 'reports.search-log.make_synonym')}
                      <span class="sr-only">: {r.query}</span>
                    </a>
                  </li>
                  {mayNote ? (
                    <li>
                      <a href={`/admin/pencarian/catatan?${qs({ bulan: month, q: r.query })}`}>
                        {tm(v, 'reports.search-log.note_unit')}
                        <span class="sr-only">: {r.query}</span>
                      </a>
                    </li>
                  ) : null}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

export const SearchReportPage: FC<{ v: View; report: SearchReport }> = ({ v, report }) => {
  const title = tm(v, 'reports.search-log.citizen_searches');
  const m = monthLabel(v, report.month);
  return (
    <BackofficeLayout v={v} title={`${title}: ${m}`}>
      <h1>{title}</h1>
      <p>{tm(v, 'reports.search-log.what_citizens_searched_portal_did', { RETENTION_MONTHS })}</p>
      <form method="get" action="/admin/pencarian" class="filters">
        <Select
          name="bulan"
          label={tm(v, 'reports.search-log.month')}
          value={report.month}
          options={report.months.map((x) => ({ value: x, label: monthLabel(v, x) }))}
        />
        <Actions>
          <button type="submit">{tm(v, 'reports.annual-report.show')}</button>
          <a href={`/admin/pencarian/ekspor.csv?${qs({ bulan: report.month })}`}>{tm(v, 'reports.search-log.download_csv', { m })}</a>
        </Actions>
      </form>
      <p>
        <span class="badge">
          {tm(v, 'reports.search-log.searches_2')}: {report.totals.searches}
        </span>{' '}
        <span class="badge">
          {tm(v, 'reports.search-log.without_result')}: {report.totals.zeroResults}
        </span>{' '}
        <span class="badge">
          {tm(v, 'reports.search-log.different_queries')}: {report.totals.queries}
        </span>
      </p>
      <h2 id="zero-h">{tm(v, 'reports.search-log.searched_but_not_found', { m })}</h2>
      <QueryTable v={v} id="zero-h" caption={tm(v, 'reports.search-log.searches_without_result')} rows={report.zero} month={report.month} kind="zero" />
      <h2 id="low-h">{tm(v, 'reports.search-log.found_but_rarely_opened', { m })}</h2>
      <p class="hint">{tm(v, 'reports.search-log.queries_found_something_least_searches', { LOW_CLICK_MIN_SEARCHES })}</p>
      <QueryTable v={v} id="low-h" caption={tm(v, 'reports.search-log.searches_rarely_opened')} rows={report.lowClick} month={report.month} kind="low" />
    </BackofficeLayout>
  );
};

export type NoteFormValues = { unitId: string; note: string };

export const SearchNotePage: FC<{ v: View; month: string; row: QueryRow; units: Unit[]; values: NoteFormValues; errors?: FieldErrors | undefined }> = ({
  v,
  month,
  row,
  units,
  values,
  errors,
}) => {
  const title = tm(v, 'reports.search-log.note_unit');
  return (
    <BackofficeLayout v={v} title={`${title}: ${row.query}`}>
      <PageHeader v={v} back={{ href: `/admin/pencarian?${qs({ bulan: month })}`, label: tm(v, 'reports.search-log.citizen_searches_2') }} title={title} />
      <dl class="facts">
        <dt>{tm(v, 'reports.search-log.search_words')}</dt>
        <dd lang="id">{row.query}</dd>
        <dt>{tm(v, 'reports.search-log.month')}</dt>
        <dd>{monthLabel(v, month)}</dd>
        <dt>{tm(v, 'reports.search-log.searches_without_result_results_opened')}</dt>
        <dd>
          {row.searches} / {row.zeroResults} / {row.clicks}
        </dd>
        <dt>{tm(v, 'reports.search-log.notes_already_sent')}</dt>
        <dd>
          <NotesCell v={v} row={row} />
        </dd>
      </dl>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action="/admin/pencarian/catatan" novalidate>
        <Csrf v={v} />
        <input type="hidden" name="month" value={month} />
        <input type="hidden" name="query" value={row.query} />
        <Select
          name="unitId"
          label={tm(v, 'reports.search-log.unit_should_publish')}
          value={values.unitId}
          errors={errors}
          options={[{ value: '', label: tm(v, 'reports.search-log.choose_unit') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
        />
        <TextArea
          name="note"
          label={tm(v, 'reports.search-log.note_unit_s_ppid_pembantu')}
          hint={tm(v, 'reports.search-log.emailed_unit_s_ppid_pembantu')}
          value={values.note}
          errors={errors}
          rows={5}
          maxlength={2000}
        />
        <Actions>
          <button type="submit">{tm(v, 'reports.search-log.send_note')}</button>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};

/** On a PPID Pembantu's overview page: what the PPID Utama asked the unit to publish. */
export const UnitSearchNotes: FC<{ v: View; notes: UnitSearchNote[] }> = ({ v, notes }) =>
  notes.length ? (
    <section class="card" aria-labelledby="search-notes-h">
      <h2 id="search-notes-h">{tm(v, 'reports.search-log.searched_citizens_not_yet_available')}</h2>
      <p>{tm(v, 'reports.search-log.ppid_utama_s_notes_your')}</p>
      <ul>
        {notes.map((n) => (
          <li>
            <strong lang="id">“{n.query}”</strong> ({monthLabel(v, n.month)}, {dateTime(v, n.at)}): {n.note}
          </li>
        ))}
      </ul>
      <p>
        <a href="/admin/dip/baru">{tm(v, 'reports.search-log.add_dip_entry')}</a>
      </p>
    </section>
  ) : null;
