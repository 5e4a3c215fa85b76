// The confirmation a letter form needs when the letter's deadline lies in a year without a holiday calendar:
// the warning, and a checkbox the server requires (domain/calendar/calendar-gaps.ts).
import type { FC } from 'hono/jsx';
import { CALENDAR_CONFIRM_FIELD, calendarGapMessage } from '../../domain/calendar/calendar-gaps.js';
import { type View, tm } from './layout.js';

export const CalendarConfirm: FC<{ v: View; form: string; error?: string | undefined; checked?: boolean }> = ({ v, form, error, checked }) => {
  const years = v.calendarGaps ?? [];
  if (!years.length) return null;
  const id = `f-${CALENDAR_CONFIRM_FIELD}-${form}`;
  const msg = calendarGapMessage(years)[v.locale === 'en' ? 'en' : 'id'];
  return (
    <div class={`field warn-box calendar-confirm${error ? ' has-error' : ''}`}>
      <p id={`${id}-hint`}>{msg}</p>
      {error ? (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div class="check">
        <input
          type="checkbox"
          id={id}
          name={CALENDAR_CONFIRM_FIELD}
          value="1"
          checked={!!checked}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? 'true' : undefined}
        />
        <label for={id}>{tm(v, 'components.calendar-confirm.i_have_checked_deadline_issue')}</label>
      </div>
    </div>
  );
};
