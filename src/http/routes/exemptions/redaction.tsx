// Back-office routes of redaction (penghitaman), mounted at /admin/penghitaman. Each handler parses the form,
// makes one domain call and redirects (303) or shows the page again with the messages (409/422). Page
// images are sent with no-store: they show the classified original.
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { addAreas, type AreaRowInput } from '../../../domain/redaction/add-redaction-areas.js';
import { createRedaction } from '../../../domain/redaction/create-redaction.js';
import { deleteRedaction } from '../../../domain/redaction/delete-redaction.js';
import { releasedCopy } from '../../../domain/redaction/download-released-copy.js';
import { documentRedactions } from '../../../domain/redaction/list-document-redactions.js';
import { redactionWorkspace } from '../../../domain/redaction/open-redaction-workspace.js';
import { produceRedaction } from '../../../domain/redaction/produce-redaction.js';
import { removeArea } from '../../../domain/redaction/remove-redaction-area.js';
import { redactionPageImage } from '../../../domain/redaction/render-redaction-page.js';
import { reviseRedaction } from '../../../domain/redaction/revise-redaction.js';
import { savePatterns, type PatternRowInput } from '../../../domain/redaction/save-redaction-patterns.js';
import { AppError } from '../../../errors.js';
import type { View } from '../../components/layout.js';
import { fieldErrorsOf, list, readForm, str, view, type FormValues } from '../../forms.js';
import { DocumentRedactionsPage, type CreateValues } from '../../pages/exemptions/redaction/document.js';
import { RedactionUnavailablePage } from '../../pages/exemptions/redaction/shared.js';
import { RedactionWorkspacePage } from '../../pages/exemptions/redaction/workspace.js';
import { type WorkspaceTyped } from '../../pages/exemptions/redaction/workspace-parts.js';
import type { Env } from '../../types.js';
import { pdfResponse } from '../../pdf-response.js';

export const redactionAdminRoutes = new Hono<Env>();
type C = Context<Env>;

const NOTICES: Record<string, [string, string]> = {
  created: [
    'Penghitaman dimulai. Tandai area atau tulis pola teks yang akan dihitamkan.',
    'Redaction started. Mark areas or write the text patterns to remove.',
  ],
  areas: ['Area tersimpan.', 'The areas were saved.'],
  area_removed: ['Area dihapus.', 'The area was removed.'],
  patterns: ['Pola teks tersimpan.', 'The text patterns were saved.'],
  produced: [
    'Salinan untuk dirilis sudah dibuat. Periksa sekali lagi sebelum memberikannya.',
    'The copy for release was made. Check it once more before giving it out.',
  ],
  deleted: ['Draf penghitaman dihapus.', 'The draft was deleted.'],
  revised: ['Revisi dibuat sebagai draf baru.', 'A revision was made as a new draft.'],
};

function pageView(c: C): View {
  const v = view(c);
  const n = NOTICES[c.req.query('ok') ?? ''];
  return { ...v, notice: v.notice ?? (n ? (v.locale === 'en' ? n[1] : n[0]) : undefined) };
}

const unavailable = (err: unknown) => err instanceof AppError && err.code === 'redaction_unavailable';
const ZPage = z.coerce.number().int().min(1).max(100_000).catch(1);
const pageOf = (c: C) => ZPage.parse(c.req.query('halaman') ?? '1');

// --- a document's redactions ---------------------------------------------------------------------------

async function renderDocument(c: C, documentId: string, status: 200 | 409 | 422 = 200, values?: CreateValues, errors?: Record<string, string>) {
  const d = await documentRedactions(c.get('ctx'), documentId);
  const initial = values ?? { reason: '', testId: d.tests[0]?.id ?? '', requestNumber: d.requestNumber ?? '' };
  return c.html(<DocumentRedactionsPage v={pageView(c)} d={d} values={initial} errors={errors} />, status);
}

redactionAdminRoutes.get('/dokumen/:documentId', (c) => renderDocument(c, c.req.param('documentId')));

redactionAdminRoutes.post('/dokumen/:documentId', async (c) => {
  const documentId = c.req.param('documentId');
  const f = await readForm(c);
  const values = { reason: str(f, 'reason'), testId: str(f, 'testId'), requestNumber: str(f, 'requestNumber') };
  try {
    const r = await createRedaction(c.get('ctx'), documentId, values);
    return c.redirect(`/admin/penghitaman/${r.id}?ok=created`, 303);
  } catch (err) {
    const fields = fieldErrorsOf(err, c.get('locale'));
    if (!fields) throw err;
    return renderDocument(c, documentId, 422, values, fields);
  }
});

// --- the worksheet ---------------------------------------------------------------------------------------

async function renderWorkspace(
  c: C,
  id: string,
  status: 200 | 409 | 422 = 200,
  extras: { typed?: WorkspaceTyped; errors?: Record<string, string>; message?: string } = {},
) {
  const preview = c.req.query('pratinjau') === '1';
  try {
    const w = await redactionWorkspace(c.get('ctx'), id, pageOf(c));
    return c.html(<RedactionWorkspacePage v={pageView(c)} w={w} preview={preview} {...extras} />, status);
  } catch (err) {
    // Without poppler the worksheet explains what is missing instead of failing.
    if (unavailable(err)) return c.html(<RedactionUnavailablePage v={pageView(c)} />, 503);
    throw err;
  }
}

redactionAdminRoutes.get('/:id', (c) => renderWorkspace(c, c.req.param('id')));

redactionAdminRoutes.get('/:id/halaman/:file', async (c) => {
  const m = /^(\d{1,6})\.jpg$/.exec(c.req.param('file'));
  if (!m) return c.notFound();
  const img = await redactionPageImage(c.get('ctx'), c.req.param('id'), Number(m[1]), { preview: c.req.query('pratinjau') === '1' });
  return c.body(new Uint8Array(img.bytes), 200, {
    'content-type': img.mime,
    'cache-control': 'no-store',
    'x-robots-tag': 'noindex',
    'content-disposition': 'inline',
  });
});

const areaRows = (f: FormValues): AreaRowInput[] => {
  const cols = { page: list(f, 'page'), x: list(f, 'x'), y: list(f, 'y'), w: list(f, 'w'), h: list(f, 'h'), ground: list(f, 'ground') };
  const n = Math.min(Math.max(...Object.values(cols).map((a) => a.length)), 500);
  return Array.from({ length: n }, (_, i) => ({
    page: cols.page[i] ?? '',
    x: cols.x[i] ?? '',
    y: cols.y[i] ?? '',
    w: cols.w[i] ?? '',
    h: cols.h[i] ?? '',
    ground: cols.ground[i] ?? '',
  }));
};

const patternRows = (f: FormValues): PatternRowInput[] => {
  const cols = { page: list(f, 'ppage'), kind: list(f, 'pkind'), pattern: list(f, 'ptext'), ground: list(f, 'pground') };
  const n = Math.min(Math.max(...Object.values(cols).map((a) => a.length)), 200);
  return Array.from({ length: n }, (_, i) => ({
    page: cols.page[i] ?? '',
    kind: cols.kind[i] ?? '',
    pattern: cols.pattern[i] ?? '',
    ground: cols.ground[i] ?? '',
  }));
};

/** One change to the draft: on a refusal the officer can act on, the worksheet again with what they typed. */
function action(path: string, ok: string, run: (c: C, id: string, f: FormValues) => Promise<unknown>, typed: (f: FormValues) => WorkspaceTyped = () => ({})) {
  redactionAdminRoutes.post(`/:id/${path}`, async (c) => {
    const id = c.req.param('id');
    const f = await readForm(c);
    try {
      await run(c, id, f);
    } catch (err) {
      if (!(err instanceof AppError) || (err.status !== 409 && err.status !== 422)) throw err;
      const locale = c.get('locale');
      const fields = fieldErrorsOf(err, locale) ?? undefined;
      const message = fields && !fields._ ? undefined : (fields?._ ?? err.message_(locale));
      return renderWorkspace(c, id, err.status as 409 | 422, { typed: err.status === 422 ? typed(f) : {}, errors: fields, message });
    }
    return c.redirect(`/admin/penghitaman/${id}?halaman=${pageOf(c)}&ok=${ok}`, 303);
  });
}

action(
  'area',
  'areas',
  (c, id, f) => addAreas(c.get('ctx'), id, { token: str(f, 'token'), rows: areaRows(f) }),
  (f) => ({ areas: areaRows(f) }),
);
action('area/:n/hapus', 'area_removed', (c, id, f) => removeArea(c.get('ctx'), id, { token: str(f, 'token'), index: Number(c.req.param('n')) }));
action(
  'pola',
  'patterns',
  (c, id, f) => savePatterns(c.get('ctx'), id, { token: str(f, 'token'), rows: patternRows(f) }),
  (f) => ({ patterns: patternRows(f) }),
);
action(
  'buat',
  'produced',
  (c, id, f) =>
    produceRedaction(c.get('ctx'), id, {
      token: str(f, 'token'),
      documentLabel: str(f, 'documentLabel'),
      checked: str(f, 'checked'),
      testIds: list(f, 'testIds'),
    }),
  (f) => ({ documentLabel: str(f, 'documentLabel'), testIds: list(f, 'testIds') }),
);

redactionAdminRoutes.post('/:id/hapus', async (c) => {
  const f = await readForm(c);
  try {
    const { documentId } = await deleteRedaction(c.get('ctx'), c.req.param('id'), { token: str(f, 'token') });
    return c.redirect(`/admin/penghitaman/dokumen/${documentId}?ok=deleted`, 303);
  } catch (err) {
    if (!(err instanceof AppError) || err.status !== 409) throw err;
    return renderWorkspace(c, c.req.param('id'), 409, { message: err.message_(c.get('locale')) });
  }
});

redactionAdminRoutes.post('/:id/revisi', async (c) => {
  const r = await reviseRedaction(c.get('ctx'), c.req.param('id'));
  return c.redirect(`/admin/penghitaman/${r.id}?ok=revised`, 303);
});

redactionAdminRoutes.get('/:id/salinan.pdf', async (c) => {
  const copy = await releasedCopy(c.get('ctx'), c.req.param('id'));
  return pdfResponse(c, copy.bytes, copy.filename.replace(/\.pdf$/, ''));
});
