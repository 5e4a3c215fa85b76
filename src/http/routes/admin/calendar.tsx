// Back-office routes of the working-day calendar (/admin/kalender): list a year, add, edit and delete a day.
import { catalogueMessages } from '../../../i18n/catalogue.js';
import { Hono, type Context } from 'hono';
import { dateInZone, yearOf } from '../../../domain/calendar/dates.js';
import {
  createCalendarDay,
  deleteCalendarDay,
  getCalendarDay,
  listCalendarYear,
  listCalendarYears,
  updateCalendarDay,
  ZCalendarDay,
  ZCalendarYear,
} from '../../../domain/calendar/manage-calendar.js';
import { applyCalendarImport, payloadOf, previewCalendarImport, ZImportPayload } from '../../../domain/calendar/import-calendar.js';
import { MAX_CALENDAR_FILE_BYTES, parseCalendarFile } from '../../../domain/calendar/import-file.js';
import { AppError } from '../../../errors.js';
import { authorize } from '../../../policies/index.js';
import { fieldErrorsOf, parseWith, readForm, str, view, type FormValues } from '../../forms.js';
import { CalendarDayFormPage, CalendarImportPage, CalendarImportPreviewPage, CalendarYearPage, type CalendarDayValues } from '../../pages/admin/calendar.js';
import type { Env } from '../../types.js';
import { bodyZone } from '../../dates.js';

export const calendarAdminRoutes = new Hono<Env>();

const thisYear = (c: Context<Env>) => yearOf(dateInZone(c.get('ctx').clock.now(), bodyZone(c)).date);

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

// --- import from a file: upload → preview (nothing written) → confirm with the preview's token -------------

const MAX_KB = MAX_CALENDAR_FILE_BYTES / 1024;

calendarAdminRoutes.get('/impor', (c) => {
  authorize(c.get('actor'), 'calendar.manage');
  return c.html(<CalendarImportPage v={view(c)} maxKb={MAX_KB} />);
});

calendarAdminRoutes.post('/impor', async (c) => {
  authorize(c.get('actor'), 'calendar.manage');
  const body = await c.req.parseBody();
  const file = body['file'];
  const source = typeof body['source'] === 'string' ? body['source'].slice(0, 500) : '';
  const en = c.get('locale') === 'en';
  const again = (error: string, status: 413 | 422) => c.html(<CalendarImportPage v={view(c)} source={source} error={error} maxKb={MAX_KB} />, status);
  if (!(file instanceof File) || file.size === 0) {
    return again(en ? 'Choose a CSV or .ics file first.' : 'Pilih berkas CSV atau .ics terlebih dahulu.', 422);
  }
  try {
    const parsed = parseCalendarFile(new Uint8Array(await file.arrayBuffer()));
    const payload = payloadOf(parsed, { source, filename: file.name.slice(0, 255) });
    const plan = await previewCalendarImport(c.get('ctx'), parsed, { source, filename: payload.filename });
    return c.html(<CalendarImportPreviewPage v={view(c)} plan={plan} payload={JSON.stringify(payload)} />);
  } catch (err) {
    if (err instanceof AppError && (err.status === 413 || err.status === 422)) {
      const message = err.fields?.['file'] ? (en ? err.fields['file'].en : err.fields['file'].id) : err.message_(c.get('locale'));
      return again(message, err.status);
    }
    throw err;
  }
});

calendarAdminRoutes.post('/impor/konfirmasi', async (c) => {
  authorize(c.get('actor'), 'calendar.manage');
  const f = await readForm(c);
  let json: unknown = null;
  try {
    json = JSON.parse(str(f, 'payload'));
  } catch {
    json = null;
  }
  const payload = ZImportPayload.safeParse(json);
  const token = str(f, 'token');
  if (!payload.success || !/^[0-9a-f]{64}$/.test(token)) {
    throw new AppError('calendar_import_invalid', 400, catalogueMessages('admin.calendar.import_confirmation_not_valid_upload'));
  }
  const plan = await applyCalendarImport(c.get('ctx'), payload.data, token);
  return c.redirect(`/admin/kalender?tahun=${plan.years[0]}&ok=calendar.imported`, 303);
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
