// The public deadline calculator: a GET form, the due date and the table of days that do not count.
import type { FC } from 'hono/jsx';
import type { NonWorkingDayKind } from '../../../db/schema/calendar.js';
import type { DeadlineAnswer } from '../../../domain/calendar/calculate-deadline.js';
import { dayName, formatLongDate } from '../../../domain/calendar/dates.js';
import { STATUTORY_PERIODS } from '../../../domain/calendar/periods.js';
import type { SkipReason } from '../../../domain/calendar/working-days.js';
import { ErrorSummary, Input, Select, type FieldErrors } from '../../components/form.js';
import { PublicLayout, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';

export function kindLabel(v: View, kind: NonWorkingDayKind | 'weekend'): string {
  switch (kind) {
    case 'libur_nasional':
      return tm(v, 'portal.calculator.national_holiday');
    case 'cuti_bersama':
      return tm(v, 'portal.calculator.collective_leave_cuti_bersama');
    case 'libur_lokal':
      return tm(v, 'portal.calculator.local_holiday');
    case 'weekend':
      return tm(v, 'portal.calculator.weekend');
  }
}

const reasonText = (v: View, r: SkipReason) =>
  r.kind === 'weekend'
    ? `${kindLabel(v, 'weekend')} (${r.name === 'Sabtu' ? tm(v, 'portal.calculator.saturday') : tm(v, 'portal.calculator.sunday')})`
    : `${r.name} – ${kindLabel(v, r.kind)}`;

export type CalculatorValues = { start: string; days: string; period: string };

export const CalculatorPage: FC<{ v: View; values: CalculatorValues; errors?: FieldErrors | undefined; answer?: DeadlineAnswer | undefined }> = ({
  v,
  values,
  errors,
  answer,
}) => {
  const title = tm(v, 'portal.calculator.working_day_deadline_calculator');
  const en = v.locale === 'en';
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader v={v} title={title} lead={tm(v, 'portal.calculator.work_out_time_limits_public')} />
      <ErrorSummary v={v} errors={errors} />
      <form method="get" action="/kalkulator-tenggat" class="narrow" novalidate>
        <Input
          name="start"
          type="date"
          label={tm(v, 'portal.calculator.start_date')}
          hint={tm(v, 'portal.calculator.e_g_date_request_was')}
          value={values.start}
          errors={errors}
          required
        />
        <Select
          name="period"
          label={tm(v, 'portal.calculator.statutory_period')}
          value={values.period}
          errors={errors}
          options={[
            { value: '', label: tm(v, 'portal.calculator.enter_number_working_days_below') },
            ...STATUTORY_PERIODS.map((p) => ({
              value: p.key,
              label: `${en ? p.label.en : p.label.id}: ${p.workingDays} ${tm(v, 'portal.calculator.working_days')} (${p.basis})`,
            })),
          ]}
        />
        <Input
          name="days"
          type="number"
          inputmode="numeric"
          label={tm(v, 'portal.calculator.number_working_days')}
          hint={tm(v, 'portal.calculator.leave_empty_when_you_chose')}
          value={values.days}
          errors={errors}
        />
        <div class="actions">
          <button type="submit">{tm(v, 'portal.calculator.calculate')}</button>
        </div>
      </form>
      {answer ? <Result v={v} answer={answer} /> : null}
      <h2>{tm(v, 'portal.calculator.how_days_are_counted')}</h2>
      <ul>
        <li>{tm(v, 'portal.calculator.day_receipt_day_0_count')}</li>
        <li>{tm(v, 'portal.calculator.when_start_date_holiday_weekend')}</li>
        <li>{tm(v, 'portal.calculator.saturdays_sundays_national_holidays_cuti')}</li>
        <li>{tm(v, 'portal.calculator.request_received_after_service_closes')}</li>
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
      <h2 id="result-title">{tm(v, 'portal.calculator.result')}</h2>
      {d.warnings.map((w) => (
        <p class="warn-box" role="alert">
          {en ? w.messages.en : w.messages.id}
        </p>
      ))}
      <p class="lead">
        {tm(v, 'portal.calculator.due')}
        <strong>
          <time datetime={d.due}>{formatLongDate(d.due, locale)}</time>
        </strong>
      </p>
      <dl class="facts">
        <dt>{tm(v, 'portal.calculator.start_date')}</dt>
        <dd>
          <time datetime={d.start}>{formatLongDate(d.start, locale)}</time>
        </dd>
        {d.countFrom !== d.start ? (
          <>
            <dt>{tm(v, 'portal.calculator.day_0_next_working_day')}</dt>
            <dd>
              <time datetime={d.countFrom}>{formatLongDate(d.countFrom, locale)}</time>
            </dd>
          </>
        ) : null}
        <dt>{tm(v, 'portal.calculator.period')}</dt>
        <dd>
          {d.workingDays} {tm(v, 'portal.calculator.working_days')}
          {query.period ? ` – ${en ? query.period.label.en : query.period.label.id}, ${query.period.basis}` : ''}
        </dd>
        {alt.due !== d.due ? (
          <>
            <dt>{tm(v, 'portal.calculator.if_cuti_bersama_counted_working')}</dt>
            <dd>
              <time datetime={alt.due}>{formatLongDate(alt.due, locale)}</time> <span class="muted">{tm(v, 'portal.calculator.no_rule_yet_says_whether')}</span>
            </dd>
          </>
        ) : null}
      </dl>
      {d.skipped.length ? (
        <div class="table-wrap" tabindex={0} role="region" aria-labelledby="skipped-caption">
          <table>
            <caption id="skipped-caption">{tm(v, 'portal.calculator.days_not_counted', { dSkippedLength: d.skipped.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{tm(v, 'portal.calculator.date')}</th>
                <th scope="col">{tm(v, 'portal.calculator.day')}</th>
                <th scope="col">{tm(v, 'portal.calculator.reason')}</th>
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
        <p>{tm(v, 'portal.calculator.no_holiday_weekend_falls_range')}</p>
      )}
    </section>
  );
};
