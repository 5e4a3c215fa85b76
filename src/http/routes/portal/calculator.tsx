// The public deadline calculator (no sign-in, works without JavaScript): GET /kalkulator-tenggat.
import { Hono } from 'hono';
import { calculateDeadline, ZDeadlineQuery } from '../../../domain/calendar/calculate-deadline.js';
import { dateInZone } from '../../../domain/calendar/dates.js';
import { parseWith, view } from '../../forms.js';
import { CalculatorPage, type CalculatorValues } from '../../pages/portal/calculator.js';
import type { Env } from '../../types.js';
import { bodyZone } from '../../dates.js';

export const calculatorRoutes = new Hono<Env>();

calculatorRoutes.get('/kalkulator-tenggat', async (c) => {
  const q = c.req.query();
  const values: CalculatorValues = { start: q.start ?? '', days: q.days ?? '', period: q.period ?? '' };
  // A first visit gets an empty form, with today (in the body's time zone) as the start date.
  if (!('start' in q) && !('days' in q) && !('period' in q)) {
    const today = dateInZone(c.get('ctx').clock.now(), bodyZone(c)).date;
    return c.html(<CalculatorPage v={view(c)} values={{ start: today, days: '', period: 'pemberitahuan' }} />);
  }
  const parsed = parseWith(ZDeadlineQuery, values, c.get('locale'));
  if (!parsed.ok) return c.html(<CalculatorPage v={view(c)} values={values} errors={parsed.errors} />, 422);
  const answer = await calculateDeadline(c.get('ctx'), parsed.data);
  return c.html(<CalculatorPage v={view(c)} values={values} answer={answer} />);
});
