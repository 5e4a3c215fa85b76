// Disposition to the units that hold the information (the PPID Utama), with an internal deadline.
import type { FC } from 'hono/jsx';
import type { Unit } from '../../../../domain/units/units.js';
import { Actions, Checkboxes, Input, TextArea } from '../../../components/form.js';
import { Csrf, tm } from '../../../components/layout.js';
import { casePath, formErrors, longDate, typedValue, type PanelProps } from './shared.js';

export const DisposeForm: FC<PanelProps & { units: Unit[] }> = (p) => {
  const { v, c } = p;
  const disposedIds = new Set(c.dispositions.map((d) => d.unitId));
  const typed = p.form === 'dispose' ? p.typed?.unitIds : undefined;
  const chosen = Array.isArray(typed) ? typed : typed ? [typed] : [];
  const errs = formErrors(p, 'dispose');
  return (
    <form method="post" action={`${casePath(c)}/disposisi`} novalidate class="form">
      <Csrf v={v} />
      <Checkboxes
        name="unitIds"
        legend={tm(v, 'requests-case.dispose-form.agencies_hold_information')}
        options={p.units.filter((u) => !disposedIds.has(u.id)).map((u) => ({ value: u.id, label: u.name }))}
        values={chosen}
        errors={errs}
      />
      <TextArea
        name="instruction"
        label={tm(v, 'requests-case.dispose-form.instruction_internal_not_shown_applicant')}
        value={typedValue(p, 'dispose', 'instruction')}
        errors={errs}
        rows={3}
        required
      />
      <Input
        name="internalDueDate"
        type="date"
        label={tm(v, 'requests-case.dispose-form.internal_deadline')}
        hint={tm(v, 'requests-case.dispose-form.leave_empty_5_working_days', {
          longDateCDefaultInternalDue: c.defaultInternalDue ? longDate(v, c.defaultInternalDue) : '-',
          cRequestDueDate: longDate(v, c.request.dueDate),
        })}
        value={typedValue(p, 'dispose', 'internalDueDate')}
        errors={errs}
      />
      <Actions>
        <button type="submit">{tm(v, 'requests-case.dispose-form.send')}</button>
      </Actions>
    </form>
  );
};
