// Back-office editor of the berkala checklist that the DIP monitoring (monev) scores against.
import type { FC } from 'hono/jsx';
import { BERKALA_SUBTYPES, type ChecklistHeading, type ChecklistHeadingInput } from '../../../domain/dip/checklist.js';
import { Actions, Checkbox, Checkboxes, ErrorSummary, Input, type FieldErrors } from '../../components/form.js';
import { BackofficeLayout, Csrf, tx, type View } from '../../components/layout.js';
import { PageHeader } from '../../components/page-header.js';

// --- checklist editor ------------------------------------------------------------------------------------

export type ChecklistFormValues = Record<string, ChecklistHeadingInput>;

const subtypeOptions = (v: View) => BERKALA_SUBTYPES.map((s) => ({ value: s.code, label: `${v.locale === 'en' ? s.en : s.id} (${s.code})` }));

const HeadingFields: FC<{ v: View; key_: string; values: ChecklistHeadingInput; errors?: FieldErrors | undefined }> = ({ v, key_, values, errors }) => {
  const subErr = errors?.[`subtypes_${key_}`];
  return (
    <>
      <Input name={`title_${key_}`} label={tx(v, 'Judul butir', 'Heading title')} value={values.title} errors={errors} required maxlength={300} />
      <Input name={`position_${key_}`} type="number" inputmode="numeric" label={tx(v, 'Urutan', 'Position')} value={String(values.position)} errors={errors} />
      <Checkbox name={`active_${key_}`} label={tx(v, 'Aktif (dihitung dalam monev)', 'Active (counted in monitoring)')} checked={values.active} />
      <details class="subtype-picker" open={subErr ? true : undefined}>
        <summary>
          {tx(
            v,
            `Jenis informasi yang memenuhi butir ini (${values.subtypes.length} dipilih)`,
            `Information types that meet this heading (${values.subtypes.length} chosen)`,
          )}
        </summary>
        <Checkboxes
          name={`subtypes_${key_}`}
          legend={tx(v, 'Jenis informasi', 'Information types')}
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
  const title = tx(v, 'Daftar periksa informasi berkala', 'Periodic information checklist');
  return (
    <BackofficeLayout v={v} title={title}>
      <PageHeader v={v} back={{ href: '/admin/monev', label: tx(v, '← Monitoring DIP', '← DIP monitoring') }} title={title} />
      <ErrorSummary v={v} errors={errors ?? addErrors} />
      <p class="lead">
        {tx(
          v,
          'Butir wajib informasi berkala (UU 14/2008 Pasal 9). Sebuah butir terpenuhi bila unit memiliki informasi berkala yang terbit di portal dengan salah satu jenis informasi yang dipilih. Butir yang tidak aktif tidak dihitung. Setiap perubahan dicatat di log audit.',
          'Mandatory periodic information headings (Law 14/2008 Art. 9). A heading is met when the agency has periodic information published on the portal with one of the chosen information types. Inactive headings are not counted. Every change is recorded in the audit log.',
        )}
      </p>
      <form method="post" action="/admin/monev/daftar-periksa" novalidate class="form">
        <Csrf v={v} />
        <input type="hidden" name="op" value="save" />
        {headings.map((h) => (
          <fieldset class="checklist-heading">
            <legend>
              {h.position}. {h.title} {h.active ? null : <span class="badge">{tx(v, 'tidak aktif', 'inactive')}</span>}
            </legend>
            <p class="hint">
              {tx(v, 'Kode', 'Code')}: <code>{h.code}</code>
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
          <button type="submit">{tx(v, 'Simpan daftar periksa', 'Save the checklist')}</button>
        </Actions>
      </form>

      <section aria-labelledby="h-add" class="card">
        <h2 id="h-add">{tx(v, 'Tambah butir', 'Add a heading')}</h2>
        <form method="post" action="/admin/monev/daftar-periksa" novalidate class="form">
          <Csrf v={v} />
          <input type="hidden" name="op" value="add" />
          <HeadingFields v={v} key_="new" values={addValues} errors={addErrors} />
          <Actions>
            <button type="submit" class="secondary">
              {tx(v, 'Tambah butir', 'Add the heading')}
            </button>
          </Actions>
        </form>
      </section>
    </BackofficeLayout>
  );
};
