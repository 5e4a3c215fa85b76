// Back-office pages of the working-day calendar: the days of one year, and the form to add or change a day.
import type { FC } from 'hono/jsx';
import { NON_WORKING_DAY_KINDS } from '../../../db/schema/calendar.js';
import { dayName } from '../../../domain/calendar/dates.js';
import type { CalendarEntry } from '../../../domain/calendar/manage-calendar.js';
import type { CalendarImportPlan } from '../../../domain/calendar/import-calendar.js';
import { can } from '../../../policies/index.js';
import { Actions, Checkbox, ErrorSummary, Input, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
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
          </a>{' '}
          <a class="button secondary" href="/admin/kalender/impor">
            {tx(v, 'Impor dari berkas (CSV/iCalendar)', 'Import from a file (CSV/iCalendar)')}
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

// --- import ---------------------------------------------------------------------------------------------

export const CalendarImportPage: FC<{ v: View; source?: string; error?: string | undefined; maxKb: number }> = ({ v, source, error, maxKb }) => {
  const title = tx(v, 'Impor hari libur dari berkas', 'Import holidays from a file');
  const errors = error ? { file: error } : undefined;
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader v={v} back={{ href: '/admin/kalender', label: tx(v, '← Kalender hari kerja', '← Working-day calendar') }} title={title} />
      <ErrorSummary v={v} errors={errors} />
      <p>
        {tx(
          v,
          'Libur nasional dan cuti bersama satu tahun (SKB tiga menteri), sebagai CSV (kolom tanggal; nama; jenis — jenis "libur" atau "cuti bersama"; pemisah ";" atau ","; tanggal TTTT-BB-HH atau HH/BB/TTTT) atau iCalendar (.ics). Anda melihat pratinjau sebelum apa pun disimpan. Libur lokal tidak diubah oleh impor.',
          'One year of national holidays and cuti bersama (the three ministers\' SKB), as CSV (columns tanggal; nama; jenis — kind "libur" or "cuti bersama"; separator ";" or ","; dates YYYY-MM-DD or DD/MM/YYYY) or iCalendar (.ics). You see a preview before anything is saved. Local holidays are never changed by an import.',
        )}
      </p>
      <form method="post" action="/admin/kalender/impor" enctype="multipart/form-data" novalidate class="form">
        <Csrf v={v} />
        <div class={`field${error ? ' has-error' : ''}`}>
          <label for="f-file">{tx(v, 'Berkas (CSV atau .ics)', 'File (CSV or .ics)')}</label>
          <p class="hint" id="h-file">
            {tx(v, `Maksimal ${maxKb} KB.`, `At most ${maxKb} KB.`)}
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
        <Input
          name="source"
          label={`${tx(v, 'Dasar hukum (mis. nomor SKB)', 'Legal basis (e.g. the SKB number)')} ${v.t('common.optional')}`}
          value={source ?? ''}
        />
        <Actions>
          <button type="submit">{tx(v, 'Tampilkan pratinjau', 'Show the preview')}</button>
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
            <th scope="col">{tx(v, 'Tanggal', 'Date')}</th>
            <th scope="col">{tx(v, 'Nama', 'Name')}</th>
            <th scope="col">{tx(v, 'Jenis', 'Kind')}</th>
            {rows.some((r) => r.before !== undefined) ? <th scope="col">{tx(v, 'Sebelumnya', 'Before')}</th> : null}
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
  const title = tx(v, 'Pratinjau impor hari libur', 'Preview of the holiday import');
  const nothing = !plan.add.length && !plan.change.length;
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader v={v} back={{ href: '/admin/kalender/impor', label: tx(v, '← Unggah berkas lain', '← Upload another file') }} title={title} />
      <p>
        {tx(v, 'Berkas', 'File')}: <strong>{plan.filename}</strong> · {tx(v, 'Tahun', 'Year')}: {plan.years.join(', ')} ·{' '}
        {tx(
          v,
          `${plan.add.length} ditambahkan, ${plan.change.length} diubah, ${plan.present.length} sudah tercatat, ${plan.rejected.length} baris ditolak.`,
          `${plan.add.length} to add, ${plan.change.length} to change, ${plan.present.length} already on record, ${plan.rejected.length} lines rejected.`,
        )}
      </p>
      <p class="muted small">{tx(v, 'Belum ada yang disimpan.', 'Nothing has been saved yet.')}</p>
      <PlanTable v={v} id="p-add" caption={tx(v, 'Akan ditambahkan', 'Will be added')} rows={plan.add} />
      <PlanTable
        v={v}
        id="p-change"
        caption={tx(v, 'Akan diubah', 'Will be changed')}
        rows={plan.change.map((c) => ({ ...c.after, before: `${c.before.name} (${kindLabel(v, c.before.kind as never)})` }))}
      />
      <PlanTable v={v} id="p-present" caption={tx(v, 'Sudah tercatat (tidak berubah)', 'Already on record (unchanged)')} rows={plan.present} />
      {plan.rejected.length ? (
        <div class="table-wrap warn-box import-rejected" tabindex={0} role="region" aria-labelledby="p-rejected">
          <table>
            <caption id="p-rejected">
              {tx(v, 'Baris yang ditolak (tidak diimpor)', 'Rejected lines (not imported)')} ({plan.rejected.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Baris', 'Line')}</th>
                <th scope="col">{tx(v, 'Isi', 'Content')}</th>
                <th scope="col">{tx(v, 'Alasan', 'Reason')}</th>
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
        <p class="notice">
          {tx(v, 'Tidak ada yang perlu diubah: kalender sudah sesuai dengan berkas.', 'Nothing to change: the calendar already matches the file.')}
        </p>
      ) : (
        <form method="post" action="/admin/kalender/impor/konfirmasi" class="form">
          <Csrf v={v} />
          <input type="hidden" name="payload" value={payload} />
          <input type="hidden" name="token" value={plan.token} />
          <p>
            {tx(
              v,
              'Setelah dikonfirmasi, semua perubahan di atas disimpan sekaligus, dicatat dalam log audit, dan tenggat permohonan yang masih berjalan dihitung ulang.',
              'Once confirmed, all the changes above are saved at once, recorded in the audit log, and the deadlines of open requests are computed again.',
            )}
          </p>
          <Actions>
            <button type="submit">{tx(v, 'Konfirmasi impor', 'Confirm the import')}</button>
          </Actions>
        </form>
      )}
    </BackofficeLayout>
  );
};
