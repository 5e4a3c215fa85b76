// case-docs (issue 13 items 2–3): the routes of a request's files. Back office (mounted at
// /admin/permohonan): the files page, attaching (upload, from the DIP, a redacted copy), a staff download,
// releasing a file with the written notice, the handover, and "Terbitkan ke DIP". Public: the applicant's
// download from the tracking page (number + code) and the citizen account, and the portal's list of
// "Informasi yang pernah dimohon". Each handler makes one domain call.
import { catalogueMessages } from '../../../i18n/catalogue.js';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { frequentlyRequested } from '../../../domain/dip/frequently-requested.js';
import { attachDipDocuments, attachRedactedCopy, attachUploadedFile } from '../../../domain/requests/attach-request-file.js';
import { filesPanel } from '../../../domain/requests/case-files.js';
import { disposedUnits, loadRequest } from '../../../domain/requests/case.js';
import { downloadReleasedFile, staffRequestFile } from '../../../domain/requests/download-request-file.js';
import { publishAnswerToDip, publishForm } from '../../../domain/requests/publish-answer-to-dip.js';
import { recordHandover } from '../../../domain/requests/record-handover.js';
import { releaseRequestFile } from '../../../domain/requests/release-request-file.js';
import { removeRequestFile } from '../../../domain/requests/remove-request-file.js';
import { openRequest, ZTrackQuery } from '../../../domain/requests/track-request.js';
import { openOwnRequest } from '../../../domain/citizen/account.js';
import { AppError, errors } from '../../../errors.js';
import { authorize } from '../../../policies/index.js';
import { fieldErrorsOf, parseWith, readForm, str, view, type FormValues } from '../../forms.js';
import { FrequentlyRequestedPage } from '../../pages/portal/frequently-requested.js';
import { PublishDipPage, RequestFilesPage, type FilesForm } from '../../pages/requests/case/files.js';
import type { Env } from '../../types.js';

type C = Context<Env>;
export const requestFileAdminRoutes = new Hono<Env>();
export const requestFilePublicRoutes = new Hono<Env>();

/** The upload route, which gets a body limit of MAX_UPLOAD_MB (app.ts) instead of the 2 MB of forms. */
export const CASE_FILE_UPLOAD_PATH = /^\/admin\/permohonan\/[^/]+\/berkas$/;
export const caseFileLimit = (maxBytes: number) =>
  bodyLimit({
    maxSize: maxBytes + 64 * 1024,
    onError: () => {
      throw errors.tooLarge(Math.round((maxBytes / (1024 * 1024)) * 10) / 10);
    },
  });

const REFUSED = [409, 413, 415, 422];

async function filesPage(
  c: C,
  id: string,
  status: number,
  extras: { form?: FilesForm; errors?: Record<string, string>; typed?: Record<string, string>; message?: string },
) {
  const ctx = c.get('ctx');
  const r = await loadRequest(ctx.db, id);
  const disposedTo = await disposedUnits(ctx.db, r.id);
  authorize(ctx.actor, 'request.view', { disposedTo });
  const f = await filesPanel(ctx, r, disposedTo, c.get('locale') === 'en' ? 'en' : 'id');
  return c.html(<RequestFilesPage v={view(c)} requestId={r.id} number={r.number} f={f} {...extras} />, status as 200);
}

const flat = (f: FormValues): Record<string, string> => Object.fromEntries(Object.keys(f).map((k) => [k, str(f, k)]));

/** Run one action; a refusal the officer can act on shows the files page again with the message. */
async function act(c: C, form: FilesForm, f: FormValues, run: () => Promise<unknown>) {
  const id = c.req.param('id')!;
  try {
    await run();
  } catch (err) {
    if (!(err instanceof AppError) || !REFUSED.includes(err.status)) throw err;
    const locale = c.get('locale');
    const fields = fieldErrorsOf(err, locale) ?? undefined;
    return filesPage(c, id, err.status, { form, typed: flat(f), ...(fields ? { errors: fields } : { message: err.message_(locale) }) });
  }
  return c.redirect(`/admin/permohonan/${id}#berkas-perkara`, 303);
}

requestFileAdminRoutes.get('/:id/berkas', (c) => filesPage(c, c.req.param('id'), 200, {}));

requestFileAdminRoutes.post('/:id/berkas', async (c) => {
  const body = await c.req.parseBody();
  const file = body['file'];
  const f: FormValues = { dispositionId: typeof body['dispositionId'] === 'string' ? body['dispositionId'] : '', exempt: body['exempt'] === '1' ? '1' : '' };
  return act(c, 'upload', f, async () =>
    attachUploadedFile(c.get('ctx'), c.req.param('id'), {
      dispositionId: str(f, 'dispositionId'),
      exempt: f.exempt === '1',
      // No file: an empty upload, refused by the domain after the policy (a refused caller gets 403, not 422).
      bytes: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(0),
      filename: file instanceof File ? file.name : '',
    }),
  );
});

requestFileAdminRoutes.post('/:id/berkas/dip', async (c) => {
  const f = await readForm(c);
  return act(c, 'dip', f, () => attachDipDocuments(c.get('ctx'), c.req.param('id'), { dispositionId: str(f, 'dispositionId'), dipRef: str(f, 'dipRef') }));
});

requestFileAdminRoutes.post('/:id/berkas/penghitaman', async (c) => {
  const f = await readForm(c);
  return act(c, 'redaction', f, () =>
    attachRedactedCopy(c.get('ctx'), c.req.param('id'), { dispositionId: str(f, 'dispositionId'), redactionId: str(f, 'redactionId') }),
  );
});

export function fileResponse(c: C, bytes: Buffer, file: { filename: string; mime: string }) {
  const ascii = file.filename.replace(/[^A-Za-z0-9._-]+/g, '-');
  return c.body(new Uint8Array(bytes), 200, {
    'content-type': file.mime,
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-robots-tag': 'noindex',
  });
}

requestFileAdminRoutes.get('/:id/berkas/:fileId', async (c) => {
  const { bytes, file } = await staffRequestFile(c.get('ctx'), c.req.param('id'), c.req.param('fileId'));
  return fileResponse(c, bytes, file);
});

requestFileAdminRoutes.post('/:id/berkas/:fileId/lepas', async (c) => {
  const f = await readForm(c);
  return act(c, 'upload', f, () => releaseRequestFile(c.get('ctx'), c.req.param('id'), c.req.param('fileId')));
});

requestFileAdminRoutes.post('/:id/berkas/:fileId/hapus', async (c) => {
  const f = await readForm(c);
  return act(c, 'upload', f, () => removeRequestFile(c.get('ctx'), c.req.param('id'), c.req.param('fileId')));
});

requestFileAdminRoutes.post('/:id/serah-terima', async (c) => {
  const f = await readForm(c);
  return act(c, 'handover', f, () =>
    recordHandover(c.get('ctx'), c.req.param('id'), {
      method: str(f, 'method'),
      handedOn: str(f, 'handedOn'),
      recipient: str(f, 'recipient'),
      note: str(f, 'note'),
    }),
  );
});

async function publishPage(c: C, status: number, extras: { errors?: Record<string, string>; message?: string; typed?: Record<string, string> } = {}) {
  const ctx = c.get('ctx');
  const id = c.req.param('id')!;
  try {
    const form = await publishForm(ctx, id);
    const r = await loadRequest(ctx.db, id);
    return c.html(<PublishDipPage v={view(c)} requestId={r.id} number={r.number} form={form} {...extras} />, status as 200);
  } catch (err) {
    // Not (or no longer) publishable: the files page says why (a GET answers 200, a refused POST 409).
    if (err instanceof AppError && err.status === 409) return filesPage(c, id, c.req.method === 'GET' ? 200 : 409, { message: err.message_(c.get('locale')) });
    throw err;
  }
}

requestFileAdminRoutes.get('/:id/terbitkan-dip', (c) => publishPage(c, 200));

requestFileAdminRoutes.post('/:id/terbitkan-dip', async (c) => {
  const f = await readForm(c);
  try {
    const entry = await publishAnswerToDip(c.get('ctx'), c.req.param('id'), {
      title: str(f, 'title'),
      summary: str(f, 'summary'),
      unitId: str(f, 'unitId'),
      existing: str(f, 'existing'),
    });
    return c.redirect(`/admin/dip/${entry.id}`, 303);
  } catch (err) {
    if (!(err instanceof AppError) || err.status !== 422) throw err;
    const locale = c.get('locale');
    const fields = fieldErrorsOf(err, locale) ?? undefined;
    return publishPage(c, 422, { typed: flat(f), ...(fields ? { errors: fields } : { message: err.message_(locale) }) });
  }
});

// --- the applicant ---------------------------------------------------------------------------------------

requestFilePublicRoutes.get('/permohonan/berkas/:fileId', async (c) => {
  const q = parseWith(ZTrackQuery, c.req.query(), c.get('locale'));
  // Without a number and code nothing is opened: the same answer as a wrong code.
  if (!q.ok) throw new AppError('tracking_no_match', 404, catalogueMessages('requests-files.files.give_registration_number_tracking_code'));
  const ctx = c.get('ctx');
  const r = await openRequest(ctx, q.data.nomor, q.data.kode);
  const { bytes, file } = await downloadReleasedFile(ctx, r, c.req.param('fileId'), 'tracking');
  return fileResponse(c, bytes, file);
});

requestFilePublicRoutes.get('/akun/permohonan/:id/berkas/:fileId', async (c) => {
  const s = c.get('citizen');
  if (!s) return c.redirect('/akun', 303);
  const ctx = c.get('ctx');
  const r = await openOwnRequest(ctx, s, c.req.param('id'));
  const { bytes, file } = await downloadReleasedFile(ctx, r, c.req.param('fileId'), 'account');
  return fileResponse(c, bytes, file);
});

requestFilePublicRoutes.get('/informasi-yang-pernah-dimohon', async (c) => {
  return c.html(<FrequentlyRequestedPage v={view(c)} rows={await frequentlyRequested(c.get('ctx').db)} />);
});
