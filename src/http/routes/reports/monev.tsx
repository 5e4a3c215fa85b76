// Monitoring (monev) of the DIP, mounted at /admin/monev: the per-unit overview for the PPID Utama, one
// unit's page (what a PPID Pembantu sees), the xlsx export and the berkala checklist editor.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { addChecklistHeading, listChecklist, saveChecklist, ZChecklistHeading, type ChecklistHeadingInput } from '../../../domain/dip/checklist.js';
import { monevReport, monevXlsx, sortUnits, ZMonevSort } from '../../../domain/dip/monev.js';
import { isoDay } from '../../../domain/dip/export.js';
import { authorize, can } from '../../../policies/index.js';
import type { FieldErrors } from '../../components/form.js';
import { fieldErrorsOf, list, parseWith, readForm, str, view, type FormValues } from '../../forms.js';
import { ChecklistPage, type ChecklistFormValues } from '../../pages/reports/monev-checklist.js';
import { MonevOverviewPage, MonevUnitPage } from '../../pages/reports/monev.js';
import type { Env } from '../../types.js';
import { downloadHeaders, streamResponse, XLSX_TYPE } from '../dip/exports.js';
import { bodyZone } from '../../dates.js';

export const monevRoutes = new Hono<Env>();

monevRoutes.get('/', async (c) => {
  const ctx = c.get('ctx');
  const report = await monevReport(ctx);
  if (report.scope.kind === 'unit') return c.html(<MonevUnitPage v={view(c)} report={report} unit={report.units[0]!} showAll={false} />);
  const current = ZMonevSort.parse(c.req.query());
  return c.html(<MonevOverviewPage v={view(c)} report={report} sorted={sortUnits(report.units, current.sort, current.dir)} current={current} />);
});

monevRoutes.get('/unit/:id', async (c) => {
  const ctx = c.get('ctx');
  const report = await monevReport(ctx, c.req.param('id'));
  return c.html(<MonevUnitPage v={view(c)} report={report} unit={report.units[0]!} showAll={can(ctx.actor, 'dip.monitor')} />);
});

/** The report as xlsx; also meant for /admin/monev.xlsx (a path this router, mounted at /admin/monev, cannot serve). */
export async function monevXlsxHandler(c: Context<Env>): Promise<Response> {
  const ctx = c.get('ctx');
  const report = await monevReport(ctx);
  const who = report.scope.kind === 'unit' ? `-${report.units[0]?.code ?? 'unit'}` : '';
  return streamResponse(
    await monevXlsx(report, c.get('body')?.name ?? '', bodyZone(c)),
    downloadHeaders(XLSX_TYPE, `monev-dip${who}-${isoDay(report.now, bodyZone(c))}.xlsx`, 'no-store'),
  );
}

monevRoutes.get('/ekspor.xlsx', monevXlsxHandler);

// --- checklist ------------------------------------------------------------------------------------------

const headingValues = (f: FormValues, key: string) => ({
  title: str(f, `title_${key}`),
  subtypes: list(f, `subtypes_${key}`),
  position: str(f, `position_${key}`),
  active: str(f, `active_${key}`) === '1',
});

const asInput = (raw: ReturnType<typeof headingValues>): ChecklistHeadingInput => ({ ...raw, position: Number(raw.position) || 0 });

const EMPTY_ADD: ChecklistHeadingInput = { title: '', subtypes: [], position: 0, active: true };

/** Field errors of one heading, keyed like the form fields (title_<code>, subtypes_<code>, ...). */
function keyed(errors: FieldErrors, key: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, m]) => [`${k}_${key}`, m]));
}

async function renderChecklist(
  c: Context<Env>,
  p: { values?: ChecklistFormValues; errors?: FieldErrors; addValues?: ChecklistHeadingInput; addErrors?: FieldErrors },
  status: 200 | 422 = 200,
) {
  const headings = await listChecklist(c.get('ctx'), { includeInactive: true });
  return c.html(
    <ChecklistPage v={view(c)} headings={headings} values={p.values ?? {}} errors={p.errors} addValues={p.addValues ?? EMPTY_ADD} addErrors={p.addErrors} />,
    status,
  );
}

monevRoutes.get('/daftar-periksa', async (c) => {
  authorize(c.get('actor'), 'checklist.manage');
  return renderChecklist(c, {});
});

monevRoutes.post('/daftar-periksa', async (c) => {
  const ctx = c.get('ctx');
  authorize(ctx.actor, 'checklist.manage');
  const form = await readForm(c);
  const locale = c.get('locale');
  if (str(form, 'op') === 'add') {
    const raw = headingValues(form, 'new');
    const parsed = parseWith(ZChecklistHeading, { ...raw, position: raw.position === '' ? 0 : raw.position }, locale);
    if (!parsed.ok) return renderChecklist(c, { addValues: asInput(raw), addErrors: keyed(parsed.errors, 'new') }, 422);
    await addChecklistHeading(ctx, parsed.data);
    return c.redirect('/admin/monev/daftar-periksa?ok=common.saved', 303);
  }
  const headings = await listChecklist(ctx, { includeInactive: true });
  const values: ChecklistFormValues = {};
  const changes: Record<string, ChecklistHeadingInput> = {};
  let errors: FieldErrors = {};
  for (const h of headings) {
    // A heading missing from the form (added meanwhile in another tab) is left as it is.
    if (!(`title_${h.code}` in form)) continue;
    const raw = headingValues(form, h.code);
    values[h.code] = asInput(raw);
    const parsed = parseWith(ZChecklistHeading, raw, locale);
    if (parsed.ok) changes[h.code] = parsed.data;
    else errors = { ...errors, ...keyed(parsed.errors, h.code) };
  }
  if (Object.keys(errors).length) return renderChecklist(c, { values, errors }, 422);
  try {
    await saveChecklist(ctx, changes);
  } catch (err) {
    const fe = fieldErrorsOf(err, locale);
    if (fe) return renderChecklist(c, { values, errors: fe }, 422);
    throw err;
  }
  return c.redirect('/admin/monev/daftar-periksa?ok=common.saved', 303);
});
