// Fields of the DIP entry form: category radios, subtype and unit selects.
import type { FC } from 'hono/jsx';
import { DIP_CATEGORIES, type DipCategory } from '../../../db/schema/dip.js';
import { SUBTYPES } from '../../../domain/dip/subtypes.js';
import type { Unit } from '../../../domain/units/units.js';
import type { FieldErrors } from '../../components/form.js';
import { tx, type View } from '../../components/layout.js';
import { CATEGORY_HINTS, categoryLabel, categoryShort } from './shared.js';

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** Category as radio buttons, each with a plain explanation. */
export const CategoryRadios: FC<{ v: View; value: string; errors?: FieldErrors | undefined }> = ({ v, value, errors }) => {
  const error = errors?.category;
  return (
    <fieldset class={`field${error ? ' has-error' : ''}`} id="f-category" aria-describedby={error ? 'e-category' : undefined}>
      <legend>{tx(v, 'Kategori informasi', 'Information category')}</legend>
      {error ? (
        <p class="error" id="e-category">
          {error}
        </p>
      ) : null}
      {DIP_CATEGORIES.map((c) => (
        <div class="check radio">
          <input type="radio" id={`f-category-${c}`} name="category" value={c} checked={value === c} aria-describedby={`h-category-${c}`} />
          <label for={`f-category-${c}`}>
            {categoryLabel(v, c)}
            <span class="hint" id={`h-category-${c}`}>
              {CATEGORY_HINTS[c][v.locale]}
            </span>
          </label>
        </div>
      ))}
    </fieldset>
  );
};

/** Sub-types grouped by the categories they fit, so the choice works without JavaScript. */
function subtypeGroups(v: View): { label: string; options: { value: string; label: string }[] }[] {
  const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  const order = (cats: DipCategory[]) => cats.map((c) => DIP_CATEGORIES.indexOf(c)).join('');
  const sorted = [...SUBTYPES].sort(
    (a, b) => (a.categories.length === 3 ? 1 : 0) - (b.categories.length === 3 ? 1 : 0) || order(a.categories).localeCompare(order(b.categories)),
  );
  for (const s of sorted) {
    const key = order(s.categories);
    const label =
      s.categories.length === 3
        ? tx(v, 'Cocok untuk semua kategori', 'Fits every category')
        : tx(v, `Cocok untuk: ${s.categories.map((c) => categoryShort(v, c)).join(', ')}`, `Fits: ${s.categories.map((c) => categoryShort(v, c)).join(', ')}`);
    if (!groups.has(key)) groups.set(key, { label, options: [] });
    groups.get(key)!.options.push({ value: s.code, label: s[v.locale] });
  }
  return [...groups.values()];
}

export const SubtypeSelect: FC<{ v: View; value: string; errors?: FieldErrors | undefined }> = ({ v, value, errors }) => {
  const error = errors?.subtype;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for="f-subtype">{tx(v, 'Jenis informasi', 'Type of information')}</label>
      <p class="hint" id="h-subtype">
        {tx(
          v,
          'Pilih jenis yang paling mendekati. Jenis dikelompokkan menurut kategori yang cocok; pilih "Lainnya" bila tidak ada yang sesuai.',
          'Choose the closest type. Types are grouped by the categories they fit; choose "Other" if none fits.',
        )}
      </p>
      {error ? (
        <p class="error" id="e-subtype">
          {error}
        </p>
      ) : null}
      <select id="f-subtype" name="subtype" aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy('h-subtype', error && 'e-subtype')}>
        <option value="" selected={value === ''}>
          {tx(v, '– Pilih jenis informasi –', '– Choose a type –')}
        </option>
        {subtypeGroups(v).map((g) => (
          <optgroup label={g.label}>
            {g.options.map((o) => (
              <option value={o.value} selected={o.value === value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
};

export const UnitSelect: FC<{ v: View; value: string; units: Pick<Unit, 'id' | 'name'>[]; errors?: FieldErrors | undefined }> = ({
  v,
  value,
  units,
  errors,
}) => {
  const error = errors?.unitId;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for="f-unitId">{tx(v, 'Unit pemilik entri', 'Agency that owns the entry')}</label>
      <p class="hint" id="h-unitId">
        {tx(
          v,
          'Unit yang akan mengelola entri ini. PPID Pembantu unit tersebut dapat mengubah dan mengajukannya.',
          'The agency that will manage this entry. Its information officers can edit and submit it.',
        )}
      </p>
      {error ? (
        <p class="error" id="e-unitId">
          {error}
        </p>
      ) : null}
      <select id="f-unitId" name="unitId" aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy('h-unitId', error && 'e-unitId')}>
        <option value="" selected={value === ''}>
          {tx(v, '– Pilih unit –', '– Choose an agency –')}
        </option>
        {units.map((u) => (
          <option value={u.id} selected={u.id === value}>
            {u.name}
          </option>
        ))}
      </select>
    </div>
  );
};
