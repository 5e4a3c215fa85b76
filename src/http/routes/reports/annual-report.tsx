// Back-office routes of the annual report (/admin/laporan-tahunan): the page for a year, the narrative
// form, and the PDF and xlsx downloads.
import { messageRef, bilingual } from '../../../i18n/catalogue.js';
import { Hono, type Context } from 'hono';
import { dateInZone } from '../../../domain/calendar/dates.js';
import { annualReport, NARRATIVE_FIELDS, saveNarrative, ZReportYear } from '../../../domain/reports/annual-report.js';
import { annualReportXlsx } from '../../../domain/reports/annual-report-xlsx.js';
import { AppError } from '../../../errors.js';
import { authorize } from '../../../policies/index.js';
import { annualReportPdf } from '../../../letters/annual-report.js';
import { loadLetterhead } from '../../../domain/org/letterhead.js';
import { fieldErrorsOf, readForm, str, view } from '../../forms.js';
import { AnnualReportPage } from '../../pages/reports/annual-report.js';
import type { Env } from '../../types.js';
import { downloadHeaders, streamResponse, XLSX_TYPE } from '../dip/exports.js';
import { pdfResponse } from '../../pdf-response.js';
import { bodyZone } from '../../dates.js';

export const annualReportRoutes = new Hono<Env>();
type C = Context<Env>;

const BAD_YEAR = messageRef('validation.year_between_2000_2100');

/** The year asked for; without one, the year before (the one a report is due for). */
function yearOf(c: C, raw: string | undefined): number | null {
  if (raw === undefined || raw === '') {
    const today = dateInZone(c.get('ctx').clock.now(), bodyZone(c)).date;
    return Number(today.slice(0, 4)) - 1;
  }
  const y = ZReportYear.safeParse(raw);
  return y.success ? y.data : null;
}

function badYear(): never {
  throw new AppError('validation_failed', 422, bilingual(BAD_YEAR));
}

const NOTICE = { id: 'Bagian laporan tersimpan.', en: 'The report’s parts were saved.' };

annualReportRoutes.get('/', async (c) => {
  const year = yearOf(c, c.req.query('tahun')) ?? badYear();
  const r = await annualReport(c.get('ctx'), year);
  const v = view(c);
  const notice = c.req.query('ok') === 'narasi' ? (v.locale === 'en' ? NOTICE.en : NOTICE.id) : v.notice;
  return c.html(<AnnualReportPage v={{ ...v, notice }} r={r} />);
});

annualReportRoutes.post('/narasi', async (c) => {
  // Policies first: a caller who may not write the report learns nothing from the form's checks.
  authorize(c.get('ctx').actor, 'report.annual_edit');
  const form = await readForm(c);
  const year = yearOf(c, str(form, 'tahun') || 'x') ?? badYear();
  const keys = [...NARRATIVE_FIELDS, 'ppidName', 'ppidNip', 'atasanName', 'atasanNip', 'signedOn'] as const;
  const values = Object.fromEntries(keys.map((k) => [k, str(form, k)]));
  const ctx = c.get('ctx');
  try {
    await saveNarrative(ctx, year, values);
  } catch (err) {
    const errors = fieldErrorsOf(err, c.get('locale'));
    if (!errors) throw err;
    return c.html(<AnnualReportPage v={view(c)} r={await annualReport(ctx, year)} values={values} errors={errors} />, 422);
  }
  return c.redirect(`/admin/laporan-tahunan?tahun=${year}&ok=narasi#narasi`, 303);
});

annualReportRoutes.get('/unduh.pdf', async (c) => {
  const year = yearOf(c, c.req.query('tahun')) ?? badYear();
  const ctx = c.get('ctx');
  const r = await annualReport(ctx, year);
  const pdf = await annualReportPdf(await loadLetterhead(ctx, r.body), r);
  return pdfResponse(c, pdf, `laporan-layanan-informasi-publik-${year}`);
});

annualReportRoutes.get('/unduh.xlsx', async (c) => {
  const year = yearOf(c, c.req.query('tahun')) ?? badYear();
  const r = await annualReport(c.get('ctx'), year);
  return streamResponse(await annualReportXlsx(r), downloadHeaders(XLSX_TYPE, `laporan-layanan-informasi-publik-${year}.xlsx`, 'no-store'));
});
