// Back-office pages of the working-day calendar: the days of one year, and the form to add or change a day.
import type { FC } from 'hono/jsx';
import { NON_WORKING_DAY_KINDS } from '../../../db/schema/calendar.js';
import { dayName } from '../../../domain/calendar/dates.js';
import type { CalendarEntry } from '../../../domain/calendar/manage-calendar.js';
import type { CalendarImportPlan } from '../../../domain/calendar/import-calendar.js';
import { can } from '../../../policies/index.js';
import { Actions, Checkbox, ErrorSummary, Input, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { kindLabel } from '../portal/calculator.js';

export const CalendarYearPage: FC<{ v: View; year: number; days: CalendarEntry[]; years: { year: number; days: number }[] }> = ({ v, year, days, years }) => {
  const title = v.t('bo.calendar');
  const manage = can(v.actor, 'calendar.manage');
  return (
    <BackofficeLayout v={v} title={`${title} ${year}`}>
      <h1>
        {title} {year}
      </h1>
      <p>{tm(v, 'admin.calendar.days_do_not_count_working')}</p>
      <nav aria-label={tm(v, 'admin.calendar.years')}>
        <p>
          {years.map((y) => (
            <>
              <a href={`/admin/kalender?tahun=${y.year}`} aria-current={y.year === year ? 'page' : undefined}>
                {y.year}
              </a>{' '}
              <span class="muted small">({y.days})</span>{' '}
            </>
          ))}
        </p>
      </nav>
      <form method="get" action="/admin/kalender" class="inline-form">
        <label for="f-tahun">{tm(v, 'admin.calendar.open_year')}</label>{' '}
        <input id="f-tahun" name="tahun" type="number" inputmode="numeric" min={2000} max={2100} value={String(year)} />{' '}
        <button type="submit">{tm(v, 'admin.calendar.open')}</button>
      </form>
      {days.length === 0 ? <p class="warn-box">{tm(v, 'admin.calendar.there_no_data_yet_deadlines', { year })}</p> : null}
      {manage ? (
        <p>
          <a class="button" href={`/admin/kalender/baru?tahun=${year}`}>
            {tm(v, 'admin.calendar.add_non_working_day')}
          </a>{' '}
          <a class="button secondary" href="/admin/kalender/impor">
            {tm(v, 'admin.calendar.import_from_file_csv_icalendar')}
          </a>
        </p>
      ) : null}
      {days.length ? (
        <div class="table-wrap" tabindex={0} role="region" aria-labelledby="cal-caption">
          <table>
            <caption id="cal-caption">{tm(v, 'admin.calendar.holidays_cuti_bersama', { daysLength: days.length, year })}</caption>
            <thead>
              <tr>
                <th scope="col">{tm(v, 'admin.calendar.date')}</th>
                <th scope="col">{tm(v, 'admin.calendar.day')}</th>
                <th scope="col">{tm(v, 'admin.calendar.kind')}</th>
                <th scope="col">{tm(v, 'admin.calendar.name')}</th>
                <th scope="col">{tm(v, 'admin.calendar.legal_basis')}</th>
                <th scope="col">{tm(v, 'admin.calendar.stops_clock')}</th>
                {manage ? <th scope="col">{v.t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr>
                  <td class="nowrap">
                    <time datetime={d.date}>{d.date}</time>
                  </td>
                  <td>{dayName(d.date, v.locale)}</td>
                  <td>{kindLabel(v, d.kind)}</td>
                  <td>{d.name}</td>
                  <td class="small">{d.source}</td>
                  <td>{d.stopsClock ? v.t('common.yes') : v.t('common.no')}</td>
                  {manage ? (
                    <td>
                      <a href={`/admin/kalender/${d.id}/ubah`}>
                        {v.t('common.edit')}
                        <span class="visually-hidden">
                          {' '}
                          {d.date} {d.name}
                        </span>
                      </a>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </BackofficeLayout>
  );
};

export type CalendarDayValues = { date: string; kind: string; name: string; source: string; stopsClock: boolean };

export const CalendarDayFormPage: FC<{ v: View; id?: string; values: CalendarDayValues; errors?: FieldErrors | undefined }> = ({ v, id, values, errors }) => {
  const title = id ? tm(v, 'admin.calendar.edit_non_working_day') : tm(v, 'admin.calendar.add_non_working_day');
  const year = values.date.slice(0, 4);
  return (
    <BackofficeLayout v={v} title={title}>
      <h1>{title}</h1>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action={id ? `/admin/kalender/${id}` : '/admin/kalender'} novalidate class="narrow">
        <Csrf v={v} />
        <Input
          name="date"
          type="date"
          label={tm(v, 'admin.calendar.date')}
          hint={tm(v, 'admin.calendar.form_yyyy_mm_dd')}
          value={values.date}
          errors={errors}
          required
        />
        <Select
          name="kind"
          label={tm(v, 'admin.calendar.kind')}
          value={values.kind}
          errors={errors}
          options={NON_WORKING_DAY_KINDS.map((k) => ({ value: k, label: kindLabel(v, k) }))}
        />
        <Input
          name="name"
          label={tm(v, 'admin.calendar.name')}
          hint={tm(v, 'admin.calendar.e_g_palangka_raya_city')}
          value={values.name}
          errors={errors}
          required
          maxlength={200}
        />
        <TextArea
          name="source"
          label={tm(v, 'admin.calendar.legal_basis')}
          hint={tm(v, 'admin.calendar.skb_mayoral_decree_local_regulation')}
          value={values.source}
          errors={errors}
          maxlength={500}
          rows={2}
        />
        <Checkbox name="stopsClock" label={tm(v, 'admin.calendar.stops_deadline_clock_not_working')} checked={values.stopsClock} />
        <Actions>
          <button type="submit">{v.t('common.save')}</button>{' '}
          <a href={`/admin/kalender${/^\d{4}$/.test(year) ? `?tahun=${year}` : ''}`}>{v.t('common.cancel')}</a>
        </Actions>
      </form>
      {id ? (
        <form method="post" action={`/admin/kalender/${id}/hapus`}>
          <Csrf v={v} />
          <h2>{tm(v, 'admin.calendar.delete')}</h2>
          <p>{tm(v, 'admin.calendar.date_will_count_working_day')}</p>
          <button type="submit">{tm(v, 'admin.calendar.delete_non_working_day')}</button>
        </form>
      ) : null}
    </BackofficeLayout>
  );
};

// --- import ---------------------------------------------------------------------------------------------

export const CalendarImportPage: FC<{ v: View; source?: string; error?: string | undefined; maxKb: number }> = ({ v, source, error, maxKb }) => {
  const title = tm(v, 'admin.calendar.import_holidays_from_file');
  const errors = error ? { file: error } : undefined;
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader v={v} back={{ href: '/admin/kalender', label: tm(v, 'admin.calendar.working_day_calendar') }} title={title} />
      <ErrorSummary v={v} errors={errors} />
      <p>{tm(v, 'admin.calendar.one_year_national_holidays_cuti')}</p>
      <form method="post" action="/admin/kalender/impor" enctype="multipart/form-data" novalidate class="form">
        <Csrf v={v} />
        <div class={`field${error ? ' has-error' : ''}`}>
          <label for="f-file">{tm(v, 'admin.calendar.file_csv_ics')}</label>
          <p class="hint" id="h-file">
            {tm(v, 'admin.calendar.most_kb', { maxKb })}
          </p>
          {error ? (
            <p class="error" id="e-file">
              {error}
            </p>
          ) : null}
          <input
            type="file"
            id="f-file"
            name="file"
            accept=".csv,.ics,text/csv,text/calendar"
            required
            aria-describedby={error ? 'h-file e-file' : 'h-file'}
            aria-invalid={error ? 'true' : undefined}
          />
        </div>
        <Input name="source" label={`${tm(v, 'admin.calendar.legal_basis_e_g_skb')} ${v.t('common.optional')}`} value={source ?? ''} />
        <Actions>
          <button type="submit">{tm(v, 'admin.calendar.show_preview')}</button>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};

const PlanTable: FC<{ v: View; id: string; caption: string; rows: { date: string; kind: string; name: string; before?: string }[] }> = ({
  v,
  id,
  caption,
  rows,
}) =>
  rows.length ? (
    <div class="table-wrap" tabindex={0} role="region" aria-labelledby={id}>
      <table>
        <caption id={id}>
          {caption} ({rows.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{tm(v, 'admin.calendar.date')}</th>
            <th scope="col">{tm(v, 'admin.calendar.name')}</th>
            <th scope="col">{tm(v, 'admin.calendar.kind')}</th>
            {rows.some((r) => r.before !== undefined) ? <th scope="col">{tm(v, 'admin.calendar.before')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>
                {r.date} {dayName(r.date, v.locale)}
              </td>
              <td>{r.name}</td>
              <td>{kindLabel(v, r.kind as never)}</td>
              {r.before !== undefined ? <td>{r.before}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  ) : null;

export const CalendarImportPreviewPage: FC<{ v: View; plan: CalendarImportPlan; payload: string }> = ({ v, plan, payload }) => {
  const title = tm(v, 'admin.calendar.preview_holiday_import');
  const nothing = !plan.add.length && !plan.change.length;
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader v={v} back={{ href: '/admin/kalender/impor', label: tm(v, 'admin.calendar.upload_another_file') }} title={title} />
      <p>
        {tm(v, 'admin.calendar.file')}: <strong>{plan.filename}</strong> · {tm(v, 'admin.calendar.year')}: {plan.years.join(', ')} ·{' '}
        {tm(v, 'admin.calendar.add_change_already_record_lines', {
          planAddLength: plan.add.length,
          planChangeLength: plan.change.length,
          planPresentLength: plan.present.length,
          planRejectedLength: plan.rejected.length,
        })}
      </p>
      <p class="muted small">{tm(v, 'admin.calendar.nothing_has_been_saved_yet')}</p>
      <PlanTable v={v} id="p-add" caption={tm(v, 'admin.calendar.will_added')} rows={plan.add} />
      <PlanTable
        v={v}
        id="p-change"
        caption={tm(v, 'admin.calendar.will_changed')}
        rows={plan.change.map((c) => ({ ...c.after, before: `${c.before.name} (${kindLabel(v, c.before.kind as never)})` }))}
      />
      <PlanTable v={v} id="p-present" caption={tm(v, 'admin.calendar.already_record_unchanged')} rows={plan.present} />
      {plan.rejected.length ? (
        <div class="table-wrap warn-box import-rejected" tabindex={0} role="region" aria-labelledby="p-rejected">
          <table>
            <caption id="p-rejected">
              {tm(v, 'admin.calendar.rejected_lines_not_imported')} ({plan.rejected.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">{tm(v, 'admin.calendar.line')}</th>
                <th scope="col">{tm(v, 'admin.calendar.content')}</th>
                <th scope="col">{tm(v, 'admin.calendar.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.rejected.map((r) => (
                <tr>
                  <td>{r.line}</td>
                  <td>
                    <code>{r.text}</code>
                  </td>
                  <td>{v.locale === 'en' ? r.reason.en : r.reason.id}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {nothing ? (
        <p class="notice">{tm(v, 'admin.calendar.nothing_change_calendar_already_matches')}</p>
      ) : (
        <form method="post" action="/admin/kalender/impor/konfirmasi" class="form">
          <Csrf v={v} />
          <input type="hidden" name="payload" value={payload} />
          <input type="hidden" name="token" value={plan.token} />
          <p>{tm(v, 'admin.calendar.once_confirmed_all_changes_above')}</p>
          <Actions>
            <button type="submit">{tm(v, 'admin.calendar.confirm_import')}</button>
          </Actions>
        </form>
      )}
    </BackofficeLayout>
  );
};
