// Back-office form that records a classified item. Works without JavaScript.
import type { FC } from 'hono/jsx';
import type { SecurityLevel } from '../../../db/schema/index.js';
import { Actions, ErrorSummary, Input, Select, TextArea, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, type View, tm } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';
import { BASE, levelOptions } from './shared.js';

export type ItemFormValues = { title: string; description: string; securityLevel: string };

export const ItemFormPage: FC<{ v: View; values: ItemFormValues; levels: SecurityLevel[]; errors?: FieldErrors | undefined }> = ({
  v,
  values,
  levels,
  errors,
}) => {
  const title = tm(v, 'classified.item-form.record_new_information');
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader v={v} back={{ href: BASE, label: tm(v, 'classified.cover.register') }} title={title} />
      <ErrorSummary v={v} errors={errors} />
      <p>{tm(v, 'classified.item-form.item_recorded_your_unit_level')}</p>
      {levels.length === 0 ? (
        <div class="warn-box">
          <p>{tm(v, 'classified.item-form.you_have_no_clearance_yet')}</p>
        </div>
      ) : null}
      <form method="post" action={BASE} novalidate class="form">
        <Csrf v={v} />
        <Input name="title" label={tm(v, 'classified.item-form.title')} value={values.title} errors={errors} required maxlength={300} />
        <TextArea
          name="description"
          label={tm(v, 'classified.item-form.description_optional')}
          value={values.description}
          errors={errors}
          rows={5}
          maxlength={10000}
        />
        <Select
          name="securityLevel"
          label={tm(v, 'classified.item-form.security_level')}
          hint={tm(v, 'classified.item-form.ordinary_restricted_secret_top_secret')}
          value={values.securityLevel}
          options={[{ value: '', label: tm(v, 'classified.item-form.choose') }, ...levelOptions(v, levels)]}
          errors={errors}
        />
        <Actions>
          <button type="submit">{tm(v, 'classified.item-form.record')}</button>
        </Actions>
      </form>
    </BackofficeLayout>
  );
};
