// Back-office DIP entry form (create and edit), with the values it starts from.
import type { FC } from 'hono/jsx';
import { DIP_FORMS } from '../../../db/schema/dip.js';
import type { Unit } from '../../../domain/units/units.js';
import { Actions, Checkboxes, ErrorSummary, Input, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, type View, tm } from '../../components/layout.js';
import { type EntryDetail, formLabel } from './shared.js';
import { CategoryRadios, SubtypeSelect, UnitSelect } from './form-fields.js';

// --- entry form ----------------------------------------------------------------------------------------

/** The form as typed: lists are kept as the text the officer wrote, so nothing is lost on an error. */
export type DipFormValues = {
  unitId: string;
  title: string;
  summary: string;
  category: string;
  subtype: string;
  holder: string;
  responsible: string;
  madeWhen: string;
  madePlace: string;
  forms: string[];
  formats: string;
  retention: string;
  year: string;
  periodLabel: string;
  tags: string;
  links: string;
};

export const EMPTY_FORM: DipFormValues = {
  unitId: '',
  title: '',
  summary: '',
  category: '',
  subtype: '',
  holder: '',
  responsible: '',
  madeWhen: '',
  madePlace: '',
  forms: [],
  formats: '',
  retention: '',
  year: '',
  periodLabel: '',
  tags: '',
  links: '',
};

export function formValuesOf(w: EntryDetail['working'], unitId: string): DipFormValues {
  return {
    unitId,
    title: w.title,
    summary: w.summary,
    category: w.category,
    subtype: w.subtype,
    holder: w.holder,
    responsible: w.responsible,
    madeWhen: w.madeWhen,
    madePlace: w.madePlace,
    forms: w.forms,
    formats: w.formats.join(', '),
    retention: w.retention,
    year: w.year === null ? '' : String(w.year),
    periodLabel: w.periodLabel,
    tags: w.tags.join(', '),
    links: w.links.map((l) => (l.label && l.label !== l.url ? `${l.label} | ${l.url}` : l.url)).join('\n'),
  };
}

export type FormProps = {
  v: View;
  values: DipFormValues;
  errors?: FieldErrors | undefined;
  message?: string | undefined;
  /** New entry: the units to choose from (PPID Utama) or the one fixed unit's name (PPID Pembantu). */
  create?: { units: Pick<Unit, 'id' | 'name'>[] | null; unitName: string | null };
  /** Editing: the entry being changed. */
  entry?: EntryDetail;
};

export const DipFormPage: FC<FormProps> = ({ v, values, errors, message, create, entry }) => {
  const title = entry ? tm(v, 'dip-form.form.edit_entry', { entryEntryNumber: entry.entry.number }) : tm(v, 'dip-form.form.add_dip_entry');
  const opt = ` ${v.t('common.optional')}`;
  const publishedNow = entry?.published && entry.entry.status !== 'unpublished' ? entry.published : null;
  const makesNewVersion = !!entry && (entry.working.id === entry.entry.publishedVersionId || entry.entry.status === 'unpublished');
  return (
    <BackofficeLayout v={v} title={title}>
      <p class="bo-crumbs">
        <a href={entry ? `/admin/dip/${entry.entry.id}` : '/admin/dip'}>← {entry ? tm(v, 'dip-form.form.back_entry') : v.t('bo.dip')}</a>
      </p>
      <h1>{title}</h1>
      {entry ? <p class="lead">{entry.working.title}</p> : <p class="lead">{tm(v, 'dip-form.form.fill_columns_public_information_register')}</p>}
      {entry?.entry.status === 'returned' && entry.entry.returnNote ? (
        <div class="warn-box" role="note">
          <strong>{tm(v, 'dip-form.form.note_from_lead_ppid')}</strong>
          <p class="pre">{entry.entry.returnNote}</p>
        </div>
      ) : null}
      {makesNewVersion ? (
        <div class="warn-box" role="note">
          {publishedNow
            ? tm(v, 'dip-form.form.entry_published_your_changes_are', {
                entryWorkingVersionNo: entry!.working.versionNo + 1,
                publishedNowVersionNo: publishedNow.versionNo,
              })
            : tm(v, 'dip-form.form.your_changes_are_saved_new', { entryWorkingVersionNo: entry!.working.versionNo + 1 })}
        </div>
      ) : publishedNow ? (
        <div class="warn-box" role="note">
          {tm(v, 'dip-form.form.you_are_editing_version_which', {
            entryWorkingVersionNo: entry!.working.versionNo,
            publishedNowVersionNo: publishedNow.versionNo,
          })}
        </div>
      ) : null}
      <ErrorSummary v={v} errors={errors} message={message && !errors ? message : undefined} />
      <form method="post" action={entry ? `/admin/dip/${entry.entry.id}` : '/admin/dip'} novalidate class="form dip-form">
        <Csrf v={v} />
        <fieldset>
          <legend class="section">{tm(v, 'dip-form.form.information')}</legend>
          {create?.units ? <UnitSelect v={v} value={values.unitId} units={create.units} errors={errors} /> : null}
          {create && !create.units && create.unitName ? (
            <p>
              <strong>{tm(v, 'dip-form.form.agency')}</strong> {create.unitName}
            </p>
          ) : null}
          <Input
            name="title"
            label={tm(v, 'dip-form.form.title')}
            hint={tm(v, 'dip-form.form.title_public_understands_e_g')}
            value={values.title}
            errors={errors}
            required
            maxlength={300}
          />
          <TextArea
            name="summary"
            label={tm(v, 'dip-form.form.summary_content')}
            hint={tm(v, 'dip-form.form.describe_content_briefly_2_4')}
            value={values.summary}
            errors={errors}
            rows={5}
            required
            maxlength={4000}
          />
          <CategoryRadios v={v} value={values.category} errors={errors} />
          <SubtypeSelect v={v} value={values.subtype} errors={errors} />
          <div class="two-col">
            <Input
              name="year"
              label={tm(v, 'dip-form.form.year') + opt}
              hint={tm(v, 'dip-form.form.year_information_e_g_2025')}
              value={values.year}
              errors={errors}
              inputmode="numeric"
              maxlength={4}
            />
            <Input
              name="periodLabel"
              label={tm(v, 'dip-form.form.period') + opt}
              hint={tm(v, 'dip-form.form.e_g_first_half_q3')}
              value={values.periodLabel}
              errors={errors}
              maxlength={100}
            />
          </div>
          <Input
            name="tags"
            label={tm(v, 'dip-entry.detail-parts.keywords') + opt}
            hint={tm(v, 'dip-form.form.words_public_may_search_separated')}
            value={values.tags}
            errors={errors}
          />
        </fieldset>
        <fieldset>
          <legend class="section">{tm(v, 'dip-form.form.where_comes_from')}</legend>
          <Input
            name="holder"
            label={tm(v, 'dip-form.form.official_unit_holding_information') + opt}
            hint={tm(v, 'dip-form.form.e_g_budget_division_health')}
            value={values.holder}
            errors={errors}
            maxlength={300}
          />
          <Input
            name="responsible"
            label={tm(v, 'dip-form.form.responsible_making_issuing')}
            hint={tm(v, 'dip-form.form.responsible_position_e_g_head')}
            value={values.responsible}
            errors={errors}
            required
            maxlength={300}
          />
          <div class="two-col">
            <Input
              name="madeWhen"
              label={tm(v, 'dip-form.form.when_was_made') + opt}
              hint={tm(v, 'dip-form.form.e_g_march_2025_every')}
              value={values.madeWhen}
              errors={errors}
              maxlength={100}
            />
            <Input
              name="madePlace"
              label={tm(v, 'dip-form.form.where_was_made') + opt}
              hint={tm(v, 'dip-form.form.e_g_office_city_where')}
              value={values.madePlace}
              errors={errors}
              maxlength={200}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend class="section">{tm(v, 'dip-form.form.form_keeping')}</legend>
          <Checkboxes
            name="forms"
            legend={tm(v, 'dip-form.form.forms_which_available')}
            values={values.forms}
            errors={errors}
            options={DIP_FORMS.map((f) => ({ value: f, label: formLabel(v, f) }))}
          />
          <Input
            name="formats"
            label={tm(v, 'dip-entry.detail-parts.file_formats') + opt}
            hint={tm(v, 'dip-form.form.separated_commas_e_g_pdf')}
            value={values.formats}
            errors={errors}
          />
          <Input
            name="retention"
            label={tm(v, 'dip-form.form.retention_period')}
            hint={tm(v, 'dip-form.form.records_retention_schedule_jra_e')}
            value={values.retention}
            errors={errors}
            required
            maxlength={100}
          />
        </fieldset>
        <fieldset>
          <legend class="section">{tm(v, 'dip-entry.detail-parts.links')}</legend>
          <TextArea
            name="links"
            label={tm(v, 'dip-form.form.links_information_elsewhere') + opt}
            hint={tm(v, 'dip-form.form.one_link_per_line_name')}
            value={values.links}
            errors={errors}
            rows={3}
          />
        </fieldset>
        <Actions>
          <button type="submit">{entry ? tm(v, 'dip-form.form.save_changes') : tm(v, 'dip-form.form.save_draft')}</button>
          <a href={entry ? `/admin/dip/${entry.entry.id}` : '/admin/dip'}>{v.t('common.cancel')}</a>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};
