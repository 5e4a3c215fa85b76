// The one extension of 7 working days (UU KIP Ps 22(8)), before the deadline ends.
import type { FC } from 'hono/jsx';
import { CALENDAR_CONFIRM_FIELD } from '../../../../domain/calendar/calendar-gaps.js';
import { CalendarConfirm } from '../../../components/calendar-confirm.js';
import { Actions, TextArea } from '../../../components/form.js';
import { Csrf, tm } from '../../../components/layout.js';
import { casePath, formErrors, typedValue, type PanelProps } from './shared.js';

export const ExtendForm: FC<PanelProps> = (p) => {
  const { v, c } = p;
  const errs = formErrors(p, 'extend');
  return (
    <>
      <p class="muted small">{tm(v, 'requests-case.extend-form.once_only_before_deadline_ends')}</p>
      <form method="post" action={`${casePath(c)}/perpanjang`} novalidate class="form">
        <Csrf v={v} />
        <TextArea
          name="extensionReason"
          label={tm(v, 'requests-case.extend-form.reason_extension')}
          value={typedValue(p, 'extend', 'extensionReason')}
          errors={errs}
          rows={3}
          required
        />
        <CalendarConfirm v={v} form="extend" error={errs?.[CALENDAR_CONFIRM_FIELD]} checked={typedValue(p, 'extend', CALENDAR_CONFIRM_FIELD) === '1'} />
        <Actions>
          <button type="submit" class="secondary">
            {tm(v, 'requests-case.extend-form.extend')}
          </button>
        </Actions>
      </form>
    </>
  );
};
