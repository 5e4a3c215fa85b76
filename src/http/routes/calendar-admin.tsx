// Back-office routes of the working-day calendar (/admin/kalender): list a year, add, edit and delete a day.
import { Hono, type Context } from 'hono';
import { dateInZone, yearOf } from '../../domain/calendar/dates.js';
import {
  createCalendarDay,
  deleteCalendarDay,
  getCalendarDay,
  listCalendarYear,
  listCalendarYears,
  updateCalendarDay,
  ZCalendarDay,
  ZCalendarYear,
} from '../../domain/calendar/manage-calendar.js';
import { authorize } from '../../policies/index.js';
import { fieldErrorsOf, parseWith, readForm, str, view, type FormValues } from '../forms.js';
import { CalendarDayFormPage, CalendarYearPage, type CalendarDayValues } from '../pages/admin/calendar.js';
import type { Env } from '../types.js';

export const calendarAdminRoutes = new Hono<Env>();

const thisYear = (c: Context<Env>) => yearOf(dateInZone(c.get('ctx').clock.now(), c.get('body')?.timeZone ?? 'Asia/Jakarta').date);

const dayValues = (f: FormValues): CalendarDayValues => ({
  date: str(f, 'date'),
  kind: str(f, 'kind'),
  name: str(f, 'name'),
  source: str(f, 'source'),
  stopsClock: str(f, 'stopsClock') === '1',
});

calendarAdminRoutes.get('/', async (c) => {
  const ctx = c.get('ctx');
  const year = ZCalendarYear.catch(thisYear(c)).parse(c.req.query('tahun') ?? thisYear(c));
  const [days, years] = [await listCalendarYear(ctx, year), await listCalendarYears(ctx)];
  // The chosen year is always in the list of links, even before it has any day.
  const allYears = years.some((y) => y.year === year) ? years : [...years, { year, days: 0 }].sort((a, b) => a.year - b.year);
  return c.html(<CalendarYearPage v={view(c)} year={year} days={days} years={allYears} />);
});

calendarAdminRoutes.get('/baru', (c) => {
  authorize(c.get('actor'), 'calendar.manage');
  const year = ZCalendarYear.catch(thisYear(c)).parse(c.req.query('tahun') ?? thisYear(c));
  return c.html(<CalendarDayFormPage v={view(c)} values={{ date: `${year}-01-01`, kind: 'libur_lokal', name: '', source: '', stopsClock: true }} />);
});

calendarAdminRoutes.post('/', async (c) => {
  authorize(c.get('actor'), 'calendar.manage');
  const values = dayValues(await readForm(c));
  const parsed = parseWith(ZCalendarDay, values, c.get('locale'));
  if (!parsed.ok) return c.html(<CalendarDayFormPage v={view(c)} values={values} errors={parsed.errors} />, 422);
  try {
    const day = await createCalendarDay(c.get('ctx'), parsed.data);
    return c.redirect(`/admin/kalender?tahun=${yearOf(day.date)}&ok=common.saved`, 303);
  } catch (err) {
    const errors = fieldErrorsOf(err, c.get('locale'));
    if (errors) return c.html(<CalendarDayFormPage v={view(c)} values={values} errors={errors} />, 422);
    throw err;
  }
});

calendarAdminRoutes.get('/:id/ubah', async (c) => {
  authorize(c.get('actor'), 'calendar.manage');
  const day = await getCalendarDay(c.get('ctx'), c.req.param('id'));
  return c.html(<CalendarDayFormPage v={view(c)} id={day.id} values={day} />);
});

calendarAdminRoutes.post('/:id', async (c) => {
  authorize(c.get('actor'), 'calendar.manage');
  const id = c.req.param('id');
  await getCalendarDay(c.get('ctx'), id);
  const values = dayValues(await readForm(c));
  const parsed = parseWith(ZCalendarDay, values, c.get('locale'));
  if (!parsed.ok) return c.html(<CalendarDayFormPage v={view(c)} id={id} values={values} errors={parsed.errors} />, 422);
  try {
    const day = await updateCalendarDay(c.get('ctx'), id, parsed.data);
    return c.redirect(`/admin/kalender?tahun=${yearOf(day.date)}&ok=common.saved`, 303);
  } catch (err) {
    const errors = fieldErrorsOf(err, c.get('locale'));
    if (errors) return c.html(<CalendarDayFormPage v={view(c)} id={id} values={values} errors={errors} />, 422);
    throw err;
  }
});

calendarAdminRoutes.post('/:id/hapus', async (c) => {
  authorize(c.get('actor'), 'calendar.manage');
  const day = await deleteCalendarDay(c.get('ctx'), c.req.param('id'));
  return c.redirect(`/admin/kalender?tahun=${yearOf(day.date)}&ok=calendar.deleted`, 303);
});
