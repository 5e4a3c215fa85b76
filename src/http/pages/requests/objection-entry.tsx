// The standalone objection form, for applicants who kept their receipt (number and tracking code) but not
// the tracking link: everything on one page, so that one round trip on a slow connection is enough.
import type { FC } from 'hono/jsx';
import { ErrorSummary, Input, type FieldErrors } from '../../components/form.js';
import { Csrf, PublicLayout, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { ObjectionFields } from './objection-form.js';

export type ObjectionEntryValues = { nomor: string; kode: string; grounds: string[]; caseSummary: string; proxyName: string };

export const ObjectionEntryPage: FC<{ v: View; values: ObjectionEntryValues; errors?: FieldErrors | undefined; message?: string | undefined }> = ({
  v,
  values,
  errors,
  message,
}) => {
  const title = tm(v, 'requests-objections.objection-entry.file_objection');
  return (
    <PublicLayout v={v} title={title}>
      <PageHeader v={v} title={title} lead={tm(v, 'requests-objections.objection-entry.you_may_object_ppid_s')} />
      <p>{tm(v, 'requests-objections.objection-entry.objection_can_filed_within_30')}</p>
      <p>
        <a href="/permohonan/keberatan/huruf-b">{tm(v, 'requests-objections.objection-entry.no_request_objection_because_information')}</a>
      </p>
      <ErrorSummary v={v} errors={errors} message={message} />
      <form method="post" action="/permohonan/keberatan" novalidate class="form">
        <Csrf v={v} />
        <input type="hidden" name="entry" value="1" />
        <h2>{tm(v, 'requests-objections.objection-entry.your_request')}</h2>
        <Input
          name="nomor"
          label={tm(v, 'requests-intake.intake.registration_number_request')}
          hint={tm(v, 'requests-objections.objection-entry.example_001_ppid_iii_2026')}
          value={values.nomor}
          errors={errors}
          required
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
        />
        <Input
          name="kode"
          label={tm(v, 'requests-intake.intake.tracking_code')}
          value={values.kode}
          errors={errors}
          required
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
        />
        <h2>{tm(v, 'requests-tracking.citizen.objection')}</h2>
        <ObjectionFields v={v} values={values} errors={errors} proxyHint />
      </form>
    </PublicLayout>
  );
};
