// Disposition to the units that hold the information (the PPID Utama), with an internal deadline.
import type { FC } from 'hono/jsx';
import type { Unit } from '../../../../domain/units/units.js';
import { Actions, Checkboxes, Input, TextArea } from '../../../components/form.js';
import { Csrf, tx } from '../../../components/layout.js';
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
        legend={tx(v, 'Unit kerja yang menguasai informasi', 'Agencies that hold the information')}
        options={p.units.filter((u) => !disposedIds.has(u.id)).map((u) => ({ value: u.id, label: u.name }))}
        values={chosen}
        errors={errs}
      />
      <TextArea
        name="instruction"
        label={tx(v, 'Instruksi (internal, tidak tampil bagi pemohon)', 'Instruction (internal, not shown to the applicant)')}
        value={typedValue(p, 'dispose', 'instruction')}
        errors={errs}
        rows={3}
        required
      />
      <Input
        name="internalDueDate"
        type="date"
        label={tx(v, 'Tenggat internal', 'Internal deadline')}
        hint={tx(
          v,
          `Kosongkan untuk ${c.defaultInternalDue ? longDate(v, c.defaultInternalDue) : '-'} (5 hari kerja sebelum batas waktu); tidak boleh melewati ${longDate(v, c.request.dueDate)}.`,
          `Leave empty for ${c.defaultInternalDue ? longDate(v, c.defaultInternalDue) : '-'} (5 working days before the deadline); not later than ${longDate(v, c.request.dueDate)}.`,
        )}
        value={typedValue(p, 'dispose', 'internalDueDate')}
        errors={errs}
      />
      <Actions>
        <button type="submit">{tx(v, 'Kirim disposisi', 'Send')}</button>
      </Actions>
    </form>
  );
};
