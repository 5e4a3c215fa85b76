// The citizen's objection on ground b of UU KIP Ps 35(1) without a request (information that must be
// published was not), its receipt with the number and tracking code, and its tracking page (status only).
// One plain form, no script: usable at 360 px and without JavaScript.
import type { FC } from 'hono/jsx';
import { formatLongDate } from '../../../domain/calendar/dates.js';
import type { TrackedObjection } from '../../../domain/objections/track-unpublished-objection.js';
import { Actions, ErrorSummary, Input, TextArea, Select, type FieldErrors } from '../../components/form.js';
import { Csrf, PublicLayout, tx, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';

export type UnpublishedValues = Record<
  'name' | 'idNumber' | 'address' | 'phone' | 'email' | 'unpublishedInformation' | 'unitId' | 'caseSummary' | 'proxyName',
  string
>;
export const EMPTY_UNPUBLISHED: UnpublishedValues = {
  name: '',
  idNumber: '',
  address: '',
  phone: '',
  email: '',
  unpublishedInformation: '',
  unitId: '',
  caseSummary: '',
  proxyName: '',
};

export const UnpublishedObjectionPage: FC<{
  v: View;
  values: UnpublishedValues;
  units: { id: string; name: string }[];
  errors?: FieldErrors | undefined;
  message?: string | undefined;
}> = ({ v, values, units, errors, message }) => {
  const title = tm(v, 'requests-objections.objection-unpublished.objection_information_must_published_was');
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader v={v} title={title} lead={tm(v, 'requests-objections.objection-unpublished.periodic_art_9_immediate_art')} />
      <p>
        <a href="/permohonan/keberatan">{tm(v, 'requests-objections.objection-unpublished.objection_request_you_made')}</a>
      </p>
      <ErrorSummary v={v} errors={errors} message={message} />
      <form method="post" action="/permohonan/keberatan/huruf-b" novalidate class="form">
        <Csrf v={v} />
        <h2>{tm(v, 'requests-objections.objection-unpublished.information_not_published')}</h2>
        <TextArea
          name="unpublishedInformation"
          label={tm(v, 'requests-objections.objection-unpublished.which_information_must_published_but')}
          value={values.unpublishedInformation}
          errors={errors}
          required
          rows={4}
        />
        <Select
          name="unitId"
          label={`${tm(v, 'requests-objections.objection-unpublished.unit_holding_information')} ${v.t('common.optional')}`}
          value={values.unitId}
          errors={errors}
          options={[{ value: '', label: tm(v, 'requests-objections.objection-unpublished.not_sure') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
        />
        <TextArea
          name="caseSummary"
          label={tm(v, 'requests-intake.intake.what_happened')}
          hint={tm(v, 'requests-objections.objection-unpublished.where_you_looked_information_what')}
          value={values.caseSummary}
          errors={errors}
          required
          rows={5}
        />
        <h2>{tm(v, 'requests-objections.objection-unpublished.applicant')}</h2>
        <p class="muted">{tm(v, 'requests-objections.objection-unpublished.only_ppid_staff_superior_see')}</p>
        <Input name="name" label={tm(v, 'requests-form.form.full_name')} value={values.name} errors={errors} required autocomplete="name" />
        <Input
          name="idNumber"
          label={`NIK ${v.t('common.optional')}`}
          hint={tm(v, 'requests-objections.objection-unpublished.16_digits_identity_card')}
          value={values.idNumber}
          errors={errors}
          inputmode="numeric"
          autocomplete="off"
        />
        <TextArea name="address" label={tm(v, 'requests-case.facts.address')} value={values.address} errors={errors} required rows={2} />
        <Input
          name="email"
          type="email"
          label={tm(v, 'requests-form.form.email')}
          hint={tm(v, 'requests-intake.intake.give_email_phone_number')}
          value={values.email}
          errors={errors}
          autocomplete="email"
        />
        <Input name="phone" type="tel" label={tm(v, 'requests-case.facts.phone')} value={values.phone} errors={errors} autocomplete="tel" />
        <Input
          name="proxyName"
          label={`${tm(v, 'requests-form.form.name_proxy_if_proxy_files')} ${v.t('common.optional')}`}
          value={values.proxyName}
          errors={errors}
        />
        <Actions>
          <button type="submit">{tm(v, 'requests-objections.objection-form.send_objection')}</button>
        </Actions>
      </form>
    </PublicLayout>
  );
};

export const UnpublishedReceiptPage: FC<{ v: View; number: string; code: string; dueDate: string }> = ({ v, number, code, dueDate }) => {
  const title = tm(v, 'requests-objections.objection-unpublished.your_objection_registered');
  return (
    <PublicLayout v={v} title={title}>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>{tm(v, 'requests-objections.objection-unpublished.objection_number')}</dt>
        <dd>
          <strong>{number}</strong>
        </dd>
        <dt>{tm(v, 'requests-intake.intake.tracking_code')}</dt>
        <dd>
          <code>{code}</code>
        </dd>
        <dt>{tm(v, 'requests-objections.objection-unpublished.superior_answers')}</dt>
        <dd>{formatLongDate(dueDate, v.locale === 'en' ? 'en' : 'id')}</dd>
      </dl>
      <p>{tm(v, 'requests-objections.objection-unpublished.keep_number_code_code_shown')}</p>
      <p>
        <a href={`/permohonan/keberatan/lacak?nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(code)}`}>
          {tm(v, 'requests-objections.objection-unpublished.track_objection')}
        </a>
      </p>
      <p>
        <a href={`/permohonan/keberatan/tanda-bukti.pdf?nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(code)}`}>
          {tm(v, 'requests-objections.objection-unpublished.download_receipt_pdf')}
        </a>
      </p>
    </PublicLayout>
  );
};

export const UnpublishedTrackPage: FC<{
  v: View;
  values: { nomor: string; kode: string };
  tracked?: TrackedObjection | undefined;
  message?: string | undefined;
}> = ({ v, values, tracked, message }) => {
  const title = tm(v, 'requests-objections.objection-unpublished.track_objection_without_request');
  const day = (d: string) => formatLongDate(d, v.locale === 'en' ? 'en' : 'id');
  return (
    <PublicLayout v={v} title={title}>
      <h1>{title}</h1>
      <ErrorSummary v={v} message={message} />
      <form method="get" action="/permohonan/keberatan/lacak" class="form">
        <Input
          name="nomor"
          label={tm(v, 'requests-objections.objection-unpublished.objection_number')}
          value={values.nomor}
          required
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
        />
        <Input
          name="kode"
          label={tm(v, 'requests-intake.intake.tracking_code')}
          value={values.kode}
          required
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
        />
        <Actions>
          <button type="submit">{tm(v, 'requests-objections.objection-unpublished.track')}</button>
        </Actions>
      </form>
      {tracked ? (
        <section aria-labelledby="st-h">
          <h2 id="st-h">
            {tm(v, 'requests-tracking.citizen.objection')} {tracked.number}
          </h2>
          <ol class="steps">
            <li>
              {tm(v, 'requests-case.summary.received')}: {day(tracked.receivedOn)}
            </li>
            <li>
              {tracked.status === 'decided' && tracked.decision
                ? `${tm(v, 'requests-objections.objection-unpublished.decided_superior')}: ${tx(v, tracked.decision.id, tracked.decision.en)}`
                : `${tm(v, 'requests-objections.objection-unpublished.superior_answer_due')} ${day(tracked.dueDate)}`}
            </li>
          </ol>
        </section>
      ) : null}
    </PublicLayout>
  );
};
