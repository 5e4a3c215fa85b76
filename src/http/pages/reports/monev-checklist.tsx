// Back-office editor of the berkala checklist that the DIP monitoring (monev) scores against.
import type { FC } from 'hono/jsx';
import { BERKALA_SUBTYPES, type ChecklistHeading, type ChecklistHeadingInput } from '../../../domain/dip/checklist.js';
import { Actions, Checkbox, Checkboxes, ErrorSummary, Input, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';

// --- checklist editor ------------------------------------------------------------------------------------

export type ChecklistFormValues = Record<string, ChecklistHeadingInput>;

const subtypeOptions = (v: View) => BERKALA_SUBTYPES.map((s) => ({ value: s.code, label: `${v.locale === 'en' ? s.en : s.id} (${s.code})` }));

const HeadingFields: FC<{ v: View; key_: string; values: ChecklistHeadingInput; errors?: FieldErrors | undefined }> = ({ v, key_, values, errors }) => {
  const subErr = errors?.[`subtypes_${key_}`];
  return (
    <>
      <Input name={`title_${key_}`} label={tm(v, 'reports.monev-checklist.heading_title')} value={values.title} errors={errors} required maxlength={300} />
      <Input
        name={`position_${key_}`}
        type="number"
        inputmode="numeric"
        label={tm(v, 'reports.monev-checklist.position')}
        value={String(values.position)}
        errors={errors}
      />
      <Checkbox name={`active_${key_}`} label={tm(v, 'reports.monev-checklist.active_counted_monitoring')} checked={values.active} />
      <details class="subtype-picker" open={subErr ? true : undefined}>
        <summary>{tm(v, 'reports.monev-checklist.information_types_meet_heading_chosen', { valuesSubtypesLength: values.subtypes.length })}</summary>
        <Checkboxes
          name={`subtypes_${key_}`}
          legend={tm(v, 'reports.monev-checklist.information_types')}
          options={subtypeOptions(v)}
          values={values.subtypes}
          errors={errors}
        />
      </details>
    </>
  );
};

export const ChecklistPage: FC<{
  v: View;
  headings: ChecklistHeading[];
  values: ChecklistFormValues;
  errors?: FieldErrors | undefined;
  addValues: ChecklistHeadingInput;
  addErrors?: FieldErrors | undefined;
}> = ({ v, headings, values, errors, addValues, addErrors }) => {
  const title = tm(v, 'reports.monev-checklist.periodic_information_checklist');
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader v={v} back={{ href: '/admin/monev', label: tm(v, 'reports.monev-checklist.dip_monitoring') }} title={title} />
      <ErrorSummary v={v} errors={errors ?? addErrors} />
      <p class="lead">{tm(v, 'reports.monev-checklist.mandatory_periodic_information_headings_law')}</p>
      <form method="post" action="/admin/monev/daftar-periksa" novalidate class="form">
        <Csrf v={v} />
        <input type="hidden" name="op" value="save" />
        {headings.map((h) => (
          <fieldset class="checklist-heading">
            <legend>
              {h.position}. {h.title} {h.active ? null : <span class="badge">{tm(v, 'reports.monev-checklist.inactive')}</span>}
            </legend>
            <p class="hint">
              {tm(v, 'reports.monev-checklist.code')}: <code>{h.code}</code>
            </p>
            <HeadingFields
              v={v}
              key_={h.code}
              values={values[h.code] ?? { title: h.title, subtypes: h.subtypes, position: h.position, active: h.active }}
              errors={errors}
            />
          </fieldset>
        ))}
        <Actions>
          <button type="submit">{tm(v, 'reports.monev-checklist.save_checklist')}</button>
        </Actions>
      </form>

      <section aria-labelledby="h-add" class="card">
        <h2 id="h-add">{tm(v, 'reports.monev-checklist.add_heading')}</h2>
        <form method="post" action="/admin/monev/daftar-periksa" novalidate class="form">
          <Csrf v={v} />
          <input type="hidden" name="op" value="add" />
          <HeadingFields v={v} key_="new" values={addValues} errors={addErrors} />
          <Actions>
            <button type="submit" class="secondary">
              {tm(v, 'reports.monev-checklist.add_heading_2')}
            </button>
          </Actions>
        </form>
      </section>
    </BackofficeLayout>
  );
};
