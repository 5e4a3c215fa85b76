// The search query log over HTTP: the ping of a result link (POST /cari/klik) and the back-office report
// at /admin/pencarian with its CSV and the note to a unit.
import { catalogueMessages } from '../../../i18n/catalogue.js';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { csvLine } from '../../../domain/dip/export.js';
import {
  loggedQuery,
  MAX_LOGGED_QUERY,
  searchLogFor,
  searchReport,
  sendSearchNote,
  ZMonth,
  ZSearchNote,
  type QueryRow,
} from '../../../domain/search-log/query-log.js';
import { listPublicUnits } from '../../../domain/units/units.js';
import { AppError, errors } from '../../../errors.js';
import { authorize } from '../../../policies/index.js';
import type { FieldErrors } from '../../components/form.js';
import { fieldErrorsOf, parseWith, readForm, str, view } from '../../forms.js';
import { SearchNotePage, SearchReportPage, type NoteFormValues } from '../../pages/reports/search-log.js';
import type { Env } from '../../types.js';
import { downloadHeaders } from '../dip/exports.js';
import { dateOf } from '../../../domain/calendar/dates.js';
import { bodyZone } from '../../dates.js';

// --- the ping of a result link ------------------------------------------------------------------------------

export const searchClickRoutes = new Hono<Env>();

/**
 * A result link of the search page carries `ping="/cari/klik?q=…"`: when a citizen opens it, the browser
 * POSTs here in the background (no JavaScript, no redirect in between, the link stays a plain link). The
 * answer is always 204 with nothing in it; a query that is not logged this month is simply not counted.
 */
searchClickRoutes.post('/cari/klik', async (c) => {
  const q = z
    .string()
    .max(1000)
    .catch('')
    .parse(c.req.query('q') ?? '');
  const { database, clock, logger } = c.get('deps');
  if (q) searchLogFor(database.db, clock, logger).click(q);
  c.header('cache-control', 'no-store');
  return c.body(null, 204);
});

// --- back office ------------------------------------------------------------------------------------------

export const searchLogAdminRoutes = new Hono<Env>();

const ZReportQuery = z.object({ bulan: ZMonth.optional().catch(undefined) });
const ZNoteQuery = z.object({ bulan: ZMonth, q: z.string().min(1).max(MAX_LOGGED_QUERY) });

searchLogAdminRoutes.get('/', async (c) => {
  const { bulan } = ZReportQuery.parse(c.req.query());
  const ctx = c.get('ctx');
  return c.html(<SearchReportPage v={view(c)} report={await searchReport(ctx, bulan)} />);
});

searchLogAdminRoutes.get('/ekspor.csv', async (c) => {
  const { bulan } = ZReportQuery.parse(c.req.query());
  const report = await searchReport(c.get('ctx'), bulan);
  const line = (kind: string, r: QueryRow) =>
    csvLine([
      report.month,
      kind,
      r.query,
      r.searches,
      r.zeroResults,
      r.clicks,
      r.lastTotal,
      r.notes.map((n) => `${n.unitName} (${dateOf(n.at, bodyZone(c))})`).join('; '),
    ]);
  const body =
    '\uFEFF' +
    csvLine(['bulan', 'jenis', 'kata_pencarian', 'pencarian', 'tanpa_hasil', 'klik', 'hasil_terakhir', 'catatan_ke_unit']) +
    report.zero.map((r) => line('tanpa_hasil', r)).join('') +
    report.lowClick.map((r) => line('jarang_diklik', r)).join('');
  return c.body(body, 200, downloadHeaders('text/csv; charset=utf-8', `pencarian-warga-${report.month}.csv`, 'no-store'));
});

async function renderNoteForm(c: Context<Env>, month: string, query: string, values: NoteFormValues, errs?: FieldErrors, status: 200 | 422 = 200) {
  const ctx = c.get('ctx');
  authorize(ctx.actor, 'search.note');
  const row = await loggedQuery(ctx, month, query);
  if (!row) throw errors.notFound();
  return c.html(<SearchNotePage v={view(c)} month={month} row={row} units={await listPublicUnits(ctx)} values={values} errors={errs} />, status);
}

searchLogAdminRoutes.get('/catatan', async (c) => {
  authorize(c.get('actor'), 'search.note');
  const p = ZNoteQuery.safeParse(c.req.query());
  // Without a month and a query of the log, the report is where to pick one.
  if (!p.success) return c.redirect('/admin/pencarian', 303);
  return renderNoteForm(c, p.data.bulan, p.data.q, { unitId: '', note: '' });
});

searchLogAdminRoutes.post('/catatan', async (c) => {
  authorize(c.get('actor'), 'search.note');
  const f = await readForm(c);
  const month = str(f, 'month');
  const query = str(f, 'query');
  const values: NoteFormValues = { unitId: str(f, 'unitId'), note: str(f, 'note') };
  if (!ZNoteQuery.safeParse({ bulan: month, q: query }).success) {
    throw new AppError('bad_request', 400, catalogueMessages('reports.search-log.incomplete_form_month_search_words'));
  }
  const parsed = parseWith(ZSearchNote, { month, query, ...values }, c.get('locale'));
  if (!parsed.ok) return renderNoteForm(c, month, query, values, parsed.errors, 422);
  try {
    await sendSearchNote(c.get('ctx'), parsed.data);
  } catch (err) {
    const fieldErrs = fieldErrorsOf(err, c.get('locale'));
    if (fieldErrs) return renderNoteForm(c, month, query, values, fieldErrs, 422);
    throw err;
  }
  return c.redirect(`/admin/pencarian?bulan=${month}&ok=search_log.note_sent`, 303);
});
