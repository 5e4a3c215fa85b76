// Back-office form that registers a dispute at the Komisi Informasi. No JavaScript needed.
import type { FC } from 'hono/jsx';
import type { DisputeRegistration } from '../../../../domain/disputes/prepare-dispute-registration.js';
import { DECISION_LABELS } from '../../../../domain/objections/objections.js';
import { Actions, ErrorSummary, Input, type FieldErrors } from '../../../components/form.js';
import { BackofficeLayout, Csrf, type View, tm } from '../../../components/layout.js';
import { day } from './list.js';

export type Values = Record<string, string>;

export const DetailsFields: FC<{ v: View; values: Values; errors?: FieldErrors | undefined; hint?: string | undefined }> = ({ v, values, errors, hint }) => (
  <>
    <Input
      name="commission"
      label={tm(v, 'requests-disputes.register.information_commission')}
      hint={tm(v, 'requests-disputes.register.city_regency_without_own_commission')}
      value={values.commission}
      errors={errors}
      required
    />
    <Input
      name="caseNumber"
      label={tm(v, 'requests-disputes.register.case_register_number')}
      hint={tm(v, 'requests-disputes.register.written_summons_commission_s_register')}
      value={values.caseNumber}
      errors={errors}
      required
    />
    <Input
      name="filedOn"
      type="date"
      label={tm(v, 'requests-disputes.register.date_applicant_filed_dispute')}
      hint={hint}
      value={values.filedOn}
      errors={errors}
      required
    />
    <Input
      name="respondentRep"
      label={`${tm(v, 'requests-disputes.register.body_s_representative')} ${v.t('common.optional')}`}
      value={values.respondentRep}
      errors={errors}
    />
  </>
);

export const DisputeRegisterPage: FC<{ v: View; reg: DisputeRegistration; values: Values; errors?: FieldErrors | undefined; message?: string | undefined }> = ({
  v,
  reg,
  values,
  errors,
  message,
}) => {
  const title = tm(v, 'requests-disputes.register.record_dispute_information_commission');
  const o = reg.objection;
  return (
    <BackofficeLayout v={v} title={title}>
      <p>
        <a href={`/admin/permohonan/${reg.request.id}`}>
          {tm(v, 'requests-disputes.detail.request')} {reg.request.number}
        </a>
      </p>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>{tm(v, 'requests-case.page.request')}</dt>
        <dd>
          {reg.request.number} – {reg.request.details}
        </dd>
        <dt>{tm(v, 'requests-tracking.citizen.objection')}</dt>
        <dd>
          {o
            ? `${o.number}: ${o.decision ? DECISION_LABELS[o.decision][v.locale] : tm(v, 'requests-disputes.register.not_yet_answered_due', { dayODueDate: day(v, o.dueDate) })}`
            : tm(v, 'requests-disputes.register.no_objection_recorded')}
        </dd>
      </dl>
      {reg.existing ? (
        <p class="warn-box">
          {tm(v, 'requests-disputes.register.dispute_request_has_already_been')}{' '}
          <a href={`/admin/sengketa/${reg.existing}`}>{tm(v, 'requests-disputes.register.open_case')}</a>
        </p>
      ) : (
        <>
          <ErrorSummary v={v} errors={errors} message={message} />
          <form method="post" action="/admin/sengketa" novalidate class="form">
            <Csrf v={v} />
            <input type="hidden" name="requestId" value={reg.request.id} />
            <DetailsFields
              v={v}
              values={values}
              errors={errors}
              hint={reg.lastDay ? tm(v, 'requests-disputes.register.last_day_under_law_14', { dayRegLastDay: day(v, reg.lastDay) }) : undefined}
            />
            <Actions>
              <button type="submit">{tm(v, 'requests-disputes.register.record_dispute')}</button>
            </Actions>
          </form>
        </>
      )}
    </BackofficeLayout>
  );
};
