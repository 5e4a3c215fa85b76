// Fields of the DIP entry form: category radios, subtype and unit selects.
import type { FC } from 'hono/jsx';
import { DIP_CATEGORIES, type DipCategory } from '../../../db/schema/dip.js';
import { SUBTYPES } from '../../../domain/dip/subtypes.js';
import type { Unit } from '../../../domain/units/units.js';
import type { FieldErrors } from '../../components/form.js';
import { type View, tm } from '../../components/layout.js';
import { CATEGORY_HINTS, categoryLabel, categoryShort } from './shared.js';

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** Category as radio buttons, each with a plain explanation. */
export const CategoryRadios: FC<{ v: View; value: string; errors?: FieldErrors | undefined }> = ({ v, value, errors }) => {
  const error = errors?.category;
  return (
    <fieldset class={`field${error ? ' has-error' : ''}`} id="f-category" aria-describedby={error ? 'e-category' : undefined}>
      <legend>{tm(v, 'dip-form.form-fields.information_category')}</legend>
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
        ? tm(v, 'dip-form.form-fields.fits_every_category')
        : tm(v, 'dip-form.form-fields.fits', { categoryShortCJoin: s.categories.map((c) => categoryShort(v, c)).join(', ') });
    if (!groups.has(key)) groups.set(key, { label, options: [] });
    groups.get(key)!.options.push({ value: s.code, label: s[v.locale] });
  }
  return [...groups.values()];
}

export const SubtypeSelect: FC<{ v: View; value: string; errors?: FieldErrors | undefined }> = ({ v, value, errors }) => {
  const error = errors?.subtype;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for="f-subtype">{tm(v, 'dip-form.form-fields.type_information')}</label>
      <p class="hint" id="h-subtype">
        {tm(v, 'dip-form.form-fields.choose_closest_type_types_are')}
      </p>
      {error ? (
        <p class="error" id="e-subtype">
          {error}
        </p>
      ) : null}
      <select id="f-subtype" name="subtype" aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy('h-subtype', error && 'e-subtype')}>
        <option value="" selected={value === ''}>
          {tm(v, 'dip-form.form-fields.choose_type')}
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
      <label for="f-unitId">{tm(v, 'dip-form.form-fields.agency_owns_entry')}</label>
      <p class="hint" id="h-unitId">
        {tm(v, 'dip-form.form-fields.agency_will_manage_entry_information')}
      </p>
      {error ? (
        <p class="error" id="e-unitId">
          {error}
        </p>
      ) : null}
      <select id="f-unitId" name="unitId" aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy('h-unitId', error && 'e-unitId')}>
        <option value="" selected={value === ''}>
          {tm(v, 'dip-form.form-fields.choose_agency')}
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
