// The fields the citizen's request form (form.tsx) and the staff intake form (intake.tsx) share to the
// letter: the type of applicant, how a copy is delivered, and the consent checkbox (its wording per form).
import type { FC } from 'hono/jsx';
import { Radios, type FieldErrors } from '../../components/form.js';
import { type View, tm } from '../../components/layout.js';

export const ApplicantTypeField: FC<{ v: View; value: string; errors?: FieldErrors | undefined }> = ({ v, value, errors }) => (
  <Radios
    name="applicantType"
    legend={tm(v, 'requests-form.request-fields.type_applicant')}
    value={value}
    errors={errors}
    options={[
      { value: 'perorangan', label: tm(v, 'requests-form.request-fields.individual') },
      { value: 'badan_hukum', label: tm(v, 'requests-form.request-fields.legal_entity') },
      { value: 'kelompok', label: tm(v, 'requests-form.request-fields.group_civic_organisation') },
    ]}
  />
);

export const DeliveryMethodField: FC<{ v: View; legend: string; value: string | undefined; errors?: FieldErrors | undefined }> = ({
  v,
  legend,
  value,
  errors,
}) => (
  <Radios
    name="deliveryMethod"
    legend={legend}
    value={value}
    errors={errors}
    options={[
      { value: 'email', label: 'Email' },
      { value: 'ambil_langsung', label: tm(v, 'requests-form.request-fields.collect_person') },
      { value: 'pos', label: tm(v, 'requests-form.request-fields.post') },
      { value: 'kurir', label: tm(v, 'requests-form.request-fields.courier') },
      { value: 'faksimili', label: tm(v, 'requests-form.request-fields.fax') },
    ]}
  />
);

/** The applicant's statement and consent to the use of personal data: required, its error above the box. */
export const ConsentField: FC<{ checked: boolean; label: string; errors?: FieldErrors | undefined }> = ({ checked, label, errors }) => (
  <div class={`field check${errors?.consent ? ' has-error' : ''}`}>
    {errors?.consent ? (
      <p class="error" id="e-consent">
        {errors.consent}
      </p>
    ) : null}
    <input type="checkbox" id="f-consent" name="consent" value="1" checked={checked} aria-describedby={errors?.consent ? 'e-consent' : undefined} />
    <label for="f-consent">{label}</label>
  </div>
);
