// The public deadline calculator: a GET form, the due date and the table of days that do not count.
import type { FC } from 'hono/jsx';
import type { NonWorkingDayKind } from '../../../db/schema/calendar.js';
import type { DeadlineAnswer } from '../../../domain/calendar/calculate-deadline.js';
import { dayName, formatLongDate } from '../../../domain/calendar/dates.js';
import { STATUTORY_PERIODS } from '../../../domain/calendar/periods.js';
import type { SkipReason } from '../../../domain/calendar/working-days.js';
import { ErrorSummary, Input, Select, type FieldErrors } from '../../components/form.js';
import { PublicLayout, tx, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';

export function kindLabel(v: View, kind: NonWorkingDayKind | 'weekend'): string {
  switch (kind) {
    case 'libur_nasional':
      return tx(v, 'Libur nasional', 'National holiday');
    case 'cuti_bersama':
      return tx(v, 'Cuti bersama', 'Collective leave (cuti bersama)');
    case 'libur_lokal':
      return tx(v, 'Libur lokal', 'Local holiday');
    case 'weekend':
      return tx(v, 'Akhir pekan', 'Weekend');
  }
}

const reasonText = (v: View, r: SkipReason) =>
  r.kind === 'weekend'
    ? `${kindLabel(v, 'weekend')} (${r.name === 'Sabtu' ? tx(v, 'Sabtu', 'Saturday') : tx(v, 'Minggu', 'Sunday')})`
    : `${r.name} – ${kindLabel(v, r.kind)}`;

export type CalculatorValues = { start: string; days: string; period: string };

export const CalculatorPage: FC<{ v: View; values: CalculatorValues; errors?: FieldErrors | undefined; answer?: DeadlineAnswer | undefined }> = ({
  v,
  values,
  errors,
  answer,
}) => {
  const title = tx(v, 'Kalkulator tenggat hari kerja', 'Working-day deadline calculator');
  const en = v.locale === 'en';
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader
        v={v}
        title={title}
        lead={tx(
          v,
          'Hitung batas waktu layanan informasi publik menurut UU No. 14 Tahun 2008. Semua jangka waktu dihitung dalam hari kerja.',
          'Work out the time limits of the public information service under Law 14/2008. Every period counts working days.',
        )}
      />
      <ErrorSummary v={v} errors={errors} />
      <form method="get" action="/kalkulator-tenggat" class="narrow" novalidate>
        <Input
          name="start"
          type="date"
          label={tx(v, 'Tanggal mulai', 'Start date')}
          hint={tx(v, 'Mis. tanggal permohonan diterima (format TTTT-BB-HH).', 'E.g. the date the request was received (YYYY-MM-DD).')}
          value={values.start}
          errors={errors}
          required
        />
        <Select
          name="period"
          label={tx(v, 'Jangka waktu menurut undang-undang', 'Statutory period')}
          value={values.period}
          errors={errors}
          options={[
            { value: '', label: tx(v, '– isi jumlah hari kerja di bawah –', '– enter a number of working days below –') },
            ...STATUTORY_PERIODS.map((p) => ({
              value: p.key,
              label: `${en ? p.label.en : p.label.id}: ${p.workingDays} ${tx(v, 'hari kerja', 'working days')} (${p.basis})`,
            })),
          ]}
        />
        <Input
          name="days"
          type="number"
          inputmode="numeric"
          label={tx(v, 'atau jumlah hari kerja', 'or number of working days')}
          hint={tx(v, 'Kosongkan bila memilih jangka waktu di atas.', 'Leave empty when you chose a period above.')}
          value={values.days}
          errors={errors}
        />
        <div class="actions">
          <button type="submit">{tx(v, 'Hitung', 'Calculate')}</button>
        </div>
      </form>
      {answer ? <Result v={v} answer={answer} /> : null}
      <h2>{tx(v, 'Cara menghitung', 'How days are counted')}</h2>
      <ul>
        <li>
          {tx(
            v,
            'Hari diterimanya permohonan adalah hari ke-0; hitungan dimulai hari kerja berikutnya.',
            'The day of receipt is day 0; the count starts on the next working day.',
          )}
        </li>
        <li>
          {tx(
            v,
            'Jika tanggal mulai jatuh pada hari libur atau akhir pekan, hari ke-0 adalah hari kerja berikutnya.',
            'When the start date is a holiday or a weekend day, day 0 is the next working day.',
          )}
        </li>
        <li>
          {tx(
            v,
            'Sabtu, Minggu, libur nasional, cuti bersama dan libur lokal yang ditetapkan tidak dihitung.',
            'Saturdays, Sundays, national holidays, cuti bersama and decreed local holidays do not count.',
          )}
        </li>
        <li>
          {tx(
            v,
            'Permohonan yang masuk setelah jam layanan ditutup dianggap diterima pada hari kerja berikutnya.',
            'A request received after the service closes counts as received on the next working day.',
          )}
        </li>
      </ul>
    </PublicLayout>
  );
};

const Result: FC<{ v: View; answer: DeadlineAnswer }> = ({ v, answer }) => {
  const { deadline: d, ifCutiBersamaWorks: alt, query } = answer;
  const en = v.locale === 'en';
  const locale = v.locale;
  return (
    <section aria-labelledby="result-title">
      <h2 id="result-title">{tx(v, 'Hasil', 'Result')}</h2>
      {d.warnings.map((w) => (
        <p class="warn-box" role="alert">
          {en ? w.messages.en : w.messages.id}
        </p>
      ))}
      <p class="lead">
        {tx(v, 'Tenggat: ', 'Due: ')}
        <strong>
          <time datetime={d.due}>{formatLongDate(d.due, locale)}</time>
        </strong>
      </p>
      <dl class="facts">
        <dt>{tx(v, 'Tanggal mulai', 'Start date')}</dt>
        <dd>
          <time datetime={d.start}>{formatLongDate(d.start, locale)}</time>
        </dd>
        {d.countFrom !== d.start ? (
          <>
            <dt>{tx(v, 'Hari ke-0 (hari kerja berikutnya)', 'Day 0 (next working day)')}</dt>
            <dd>
              <time datetime={d.countFrom}>{formatLongDate(d.countFrom, locale)}</time>
            </dd>
          </>
        ) : null}
        <dt>{tx(v, 'Jangka waktu', 'Period')}</dt>
        <dd>
          {d.workingDays} {tx(v, 'hari kerja', 'working days')}
          {query.period ? ` – ${en ? query.period.label.en : query.period.label.id}, ${query.period.basis}` : ''}
        </dd>
        {alt.due !== d.due ? (
          <>
            <dt>{tx(v, 'Jika cuti bersama dihitung hari kerja', 'If cuti bersama counted as working days')}</dt>
            <dd>
              <time datetime={alt.due}>{formatLongDate(alt.due, locale)}</time>{' '}
              <span class="muted">
                {tx(
                  v,
                  '(belum ada ketentuan apakah cuti bersama menghentikan hitungan; sistem memakai tanggal di atas)',
                  '(no rule yet says whether cuti bersama stops the clock; the system uses the date above)',
                )}
              </span>
            </dd>
          </>
        ) : null}
      </dl>
      {d.skipped.length ? (
        <div class="table-wrap" tabindex={0} role="region" aria-labelledby="skipped-caption">
          <table>
            <caption id="skipped-caption">{tx(v, `Hari yang tidak dihitung (${d.skipped.length})`, `Days not counted (${d.skipped.length})`)}</caption>
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Tanggal', 'Date')}</th>
                <th scope="col">{tx(v, 'Hari', 'Day')}</th>
                <th scope="col">{tx(v, 'Alasan', 'Reason')}</th>
              </tr>
            </thead>
            <tbody>
              {d.skipped.map((s) => (
                <tr>
                  <td class="nowrap">
                    <time datetime={s.date}>{s.date}</time>
                  </td>
                  <td>{dayName(s.date, locale)}</td>
                  <td>
                    {s.reasons.map((r, i) => (
                      <>
                        {i > 0 ? <br /> : null}
                        {reasonText(v, r)}
                        {r.kind !== 'weekend' && r.source ? <span class="small muted"> ({r.source})</span> : null}
                      </>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{tx(v, 'Tidak ada hari libur atau akhir pekan dalam rentang ini.', 'No holiday or weekend falls in this range.')}</p>
      )}
    </section>
  );
};
