// Back-office pages of the working-day calendar: the days of one year, and the form to add or change a day.
import type { FC } from 'hono/jsx';
import { NON_WORKING_DAY_KINDS } from '../../../db/schema/calendar.js';
import { dayName } from '../../../domain/calendar/dates.js';
import type { CalendarEntry } from '../../../domain/calendar/manage-calendar.js';
import { can } from '../../../policies/index.js';
import { Actions, Checkbox, ErrorSummary, Input, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
import { kindLabel } from '../public/calculator.js';

export const CalendarYearPage: FC<{ v: View; year: number; days: CalendarEntry[]; years: { year: number; days: number }[] }> = ({ v, year, days, years }) => {
  const title = v.t('bo.calendar');
  const manage = can(v.actor, 'calendar.manage');
  return (
    <BackofficeLayout v={v} title={`${title} ${year}`}>
      <h1>
        {title} {year}
      </h1>
      <p>
        {tx(
          v,
          'Hari-hari yang tidak dihitung sebagai hari kerja dalam tenggat layanan informasi, selain Sabtu dan Minggu. Setiap perubahan tercatat di log audit.',
          'The days that do not count as working days in information-service deadlines, besides Saturdays and Sundays. Every change is written to the audit log.',
        )}
      </p>
      <nav aria-label={tx(v, 'Tahun', 'Years')}>
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
        <label for="f-tahun">{tx(v, 'Buka tahun', 'Open year')}</label>{' '}
        <input id="f-tahun" name="tahun" type="number" inputmode="numeric" min={2000} max={2100} value={String(year)} />{' '}
        <button type="submit">{tx(v, 'Buka', 'Open')}</button>
      </form>
      {days.length === 0 ? (
        <p class="warn-box">
          {tx(
            v,
            `Belum ada data untuk tahun ${year}. Tenggat yang melewati tahun ini menghitung semua hari Senin–Jumat sebagai hari kerja, dan kalkulator menampilkan peringatan.`,
            `There is no data for ${year} yet. Deadlines that reach this year count every Monday–Friday as a working day, and the calculator shows a warning.`,
          )}
        </p>
      ) : null}
      {manage ? (
        <p>
          <a class="button" href={`/admin/kalender/baru?tahun=${year}`}>
            {tx(v, 'Tambah hari libur', 'Add a non-working day')}
          </a>
        </p>
      ) : null}
      {days.length ? (
        <div class="table-wrap" tabindex={0} role="region" aria-labelledby="cal-caption">
          <table>
            <caption id="cal-caption">
              {tx(v, `Hari libur dan cuti bersama ${year} (${days.length})`, `Holidays and cuti bersama ${year} (${days.length})`)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Tanggal', 'Date')}</th>
                <th scope="col">{tx(v, 'Hari', 'Day')}</th>
                <th scope="col">{tx(v, 'Jenis', 'Kind')}</th>
                <th scope="col">{tx(v, 'Nama', 'Name')}</th>
                <th scope="col">{tx(v, 'Dasar hukum', 'Legal basis')}</th>
                <th scope="col">{tx(v, 'Menghentikan hitungan', 'Stops the clock')}</th>
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
  const title = id ? tx(v, 'Ubah hari libur', 'Edit non-working day') : tx(v, 'Tambah hari libur', 'Add a non-working day');
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
          label={tx(v, 'Tanggal', 'Date')}
          hint={tx(v, 'Format TTTT-BB-HH.', 'Form YYYY-MM-DD.')}
          value={values.date}
          errors={errors}
          required
        />
        <Select
          name="kind"
          label={tx(v, 'Jenis', 'Kind')}
          value={values.kind}
          errors={errors}
          options={NON_WORKING_DAY_KINDS.map((k) => ({ value: k, label: kindLabel(v, k) }))}
        />
        <Input
          name="name"
          label={tx(v, 'Nama', 'Name')}
          hint={tx(v, 'Mis. "Hari Jadi Kota Palangka Raya".', 'E.g. "Palangka Raya city anniversary".')}
          value={values.name}
          errors={errors}
          required
          maxlength={200}
        />
        <TextArea
          name="source"
          label={tx(v, 'Dasar hukum', 'Legal basis')}
          hint={tx(v, 'Nomor SKB, Keputusan Wali Kota atau peraturan daerah yang menetapkannya.', 'The SKB, mayoral decree or local regulation that sets it.')}
          value={values.source}
          errors={errors}
          maxlength={500}
          rows={2}
        />
        <Checkbox
          name="stopsClock"
          label={tx(v, 'Menghentikan hitungan tenggat (tidak dihitung sebagai hari kerja)', 'Stops the deadline clock (not a working day)')}
          checked={values.stopsClock}
        />
        <Actions>
          <button type="submit">{v.t('common.save')}</button>{' '}
          <a href={`/admin/kalender${/^\d{4}$/.test(year) ? `?tahun=${year}` : ''}`}>{v.t('common.cancel')}</a>
        </Actions>
      </form>
      {id ? (
        <form method="post" action={`/admin/kalender/${id}/hapus`}>
          <Csrf v={v} />
          <h2>{tx(v, 'Hapus', 'Delete')}</h2>
          <p>
            {tx(
              v,
              'Tanggal ini akan kembali dihitung sebagai hari kerja (kecuali Sabtu/Minggu).',
              'This date will count as a working day again (unless it is a Saturday or Sunday).',
            )}
          </p>
          <button type="submit">{tx(v, 'Hapus hari libur ini', 'Delete this non-working day')}</button>
        </form>
      ) : null}
    </BackofficeLayout>
  );
};
