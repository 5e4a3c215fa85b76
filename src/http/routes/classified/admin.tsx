// Back-office routes of the classified-information register (/admin/informasi): each parses the input,
// makes one domain call and renders or redirects (303). The item page shows content only after the
// reader's stated reason; forms and links carry the opening (`baca`, its read-log id) onward.
import { catalogueMessages } from '../../../i18n/catalogue.js';
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { Hono, type Context } from 'hono';
import { listAccessLog, ZAccessLogFilter } from '../../../domain/classified/access-log.js';
import { listClearances, setClearance } from '../../../domain/classified/clearances.js';
import { attachClassifiedDocument } from '../../../domain/classified/documents.js';
import { grantAccess, revokeGrant } from '../../../domain/classified/grants.js';
import { downloadFromReading, itemCover, openItemPage, readingExpired } from '../../../domain/classified/item-page.js';
import { createItem, listReadableItems } from '../../../domain/classified/items.js';
import { decideLevel } from '../../../domain/classified/level-decisions.js';
import { renderLevelDecision } from '../../../letters/level-decision.js';
import { SECURITY_LEVELS } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import { authorize } from '../../../policies/index.js';
import { clearanceRank, levelRank } from '../../../policies/classification.js';
import type { View } from '../../components/layout.js';
import { fieldErrorsOf, readForm, str, view, type FormValues } from '../../forms.js';
import { AccessLogPage } from '../../pages/classified/access-log.js';
import { ClassifiedErrorPage } from '../../pages/classified/shared.js';
import { ClassifiedListPage } from '../../pages/classified/list.js';
import { ClearancesPage } from '../../pages/classified/clearances.js';
import { ItemCoverPage } from '../../pages/classified/cover.js';
import { ItemFormPage, type ItemFormValues } from '../../pages/classified/item-form.js';
import { ItemPage, type ItemForm } from '../../pages/classified/item.js';
import type { Env } from '../../types.js';
import { contentDisposition, csrfGuard, MULTIPART_MARGIN_BYTES, receiveUpload, tooLarge } from '../dip/documents.js';

export const classifiedAdminRoutes = new Hono<Env>();
type C = Context<Env>;

const BASE = '/admin/informasi';
const UPLOAD_PATH = /^\/admin\/informasi\/[^/]+\/dokumen\/?$/;

/** The upload streams its own body and checks CSRF itself, like the DIP document upload (app.ts skips both for it). */
export function isClassifiedUpload(c: Context): boolean {
  return c.req.method === 'POST' && UPLOAD_PATH.test(c.req.path);
}

const NOTICES: Record<string, [string, string]> = {
  created: ['Informasi tercatat. Tuliskan alasan untuk membukanya.', 'The item was recorded. Give your reason to open it.'],
  document_added: ['Dokumen tersimpan terenkripsi.', 'The document was stored encrypted.'],
  level_changed: ['Tingkat klasifikasi diubah.', 'The level was changed.'],
  granted: ['Akses diberikan.', 'Access was given.'],
  revoked: ['Akses dicabut.', 'Access was revoked.'],
  clearance_saved: ['Izin akses disimpan.', 'The clearance was saved.'],
};

function pageView(c: C): View {
  const v = view(c);
  const n = NOTICES[c.req.query('ok') ?? ''];
  return { ...v, notice: v.notice ?? (n ? (v.locale === 'en' ? n[1] : n[0]) : undefined) };
}

const readingOf = (raw: string | undefined): number | null => {
  const n = Number(raw);
  return raw && /^\d{1,15}$/.test(raw) && Number.isSafeInteger(n) && n > 0 ? n : null;
};

const itemHref = (id: string, reading: number | null, ok?: string) => {
  const q = new URLSearchParams();
  if (reading) q.set('baca', String(reading));
  if (ok) q.set('ok', ok);
  const s = q.toString();
  return `${BASE}/${id}${s ? `?${s}` : ''}`;
};

// --- the register ------------------------------------------------------------------------------------------

const LIST_LIMIT = 200;

classifiedAdminRoutes.get('/', async (c) => {
  const q = (c.req.query('q') ?? '').trim().slice(0, 200);
  const rows = await listReadableItems(c.get('ctx'), { q, limit: LIST_LIMIT });
  return c.html(<ClassifiedListPage v={pageView(c)} rows={rows} q={q} limit={LIST_LIMIT} />);
});

function creatableLevels(c: C) {
  const a = c.get('actor');
  const clearance = a.kind === 'user' ? a.clearance : 'none';
  return SECURITY_LEVELS.filter((l) => levelRank(l) <= clearanceRank(clearance));
}

classifiedAdminRoutes.get('/baru', (c) => {
  authorize(c.get('actor'), 'classified.create');
  return c.html(<ItemFormPage v={view(c)} values={{ title: '', description: '', securityLevel: '' }} levels={creatableLevels(c)} />);
});

classifiedAdminRoutes.post('/', async (c) => {
  authorize(c.get('actor'), 'classified.create');
  const f = await readForm(c);
  const values: ItemFormValues = { title: str(f, 'title'), description: str(f, 'description'), securityLevel: str(f, 'securityLevel') };
  try {
    const item = await createItem(c.get('ctx'), values as never);
    return c.redirect(itemHref(item.id, null, 'created'), 303);
  } catch (err) {
    const errors = fieldErrorsOf(err, c.get('locale'));
    if (errors) return c.html(<ItemFormPage v={view(c)} values={values} levels={creatableLevels(c)} errors={errors} />, 422);
    throw err;
  }
});

// --- read log and clearances (before /:id) ---------------------------------------------------------------------

classifiedAdminRoutes.get('/log', async (c) => {
  const filter = ZAccessLogFilter.parse(c.req.query());
  const { rows, nextBefore } = await listAccessLog(c.get('ctx'), filter);
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && k !== 'before') params.set(k, String(v));
  if (nextBefore) params.set('before', String(nextBefore));
  return c.html(<AccessLogPage v={view(c)} rows={rows} filter={filter} nextHref={nextBefore ? `${BASE}/log?${params}` : null} />);
});

classifiedAdminRoutes.get('/izin-akses', async (c) => {
  return c.html(<ClearancesPage v={pageView(c)} rows={await listClearances(c.get('ctx'))} />);
});

classifiedAdminRoutes.post('/izin-akses/:userId', async (c) => {
  const ctx = c.get('ctx');
  try {
    await setClearance(ctx, c.req.param('userId'), str(await readForm(c), 'clearance'));
  } catch (err) {
    if (err instanceof AppError && (err.status === 403 || err.status === 422) && err.code !== 'forbidden') {
      return c.html(<ClearancesPage v={view(c)} rows={await listClearances(ctx)} message={err.message_(c.get('locale'))} />, err.status as 403);
    }
    throw err;
  }
  return c.redirect(`${BASE}/izin-akses?ok=clearance_saved`, 303);
});

// --- one item --------------------------------------------------------------------------------------------------

/** The cover (reason form), or the opened item when the request carries a live opening. */
type ItemExtras = {
  form?: ItemForm | undefined;
  errors?: Record<string, string> | undefined;
  typed?: Record<string, string> | undefined;
  message?: string | undefined;
};

async function showItem(c: C, id: string, reading: number | null, status: 200 | 403 | 409 | 422 = 200, extras: ItemExtras = {}) {
  const ctx = c.get('ctx');
  if (reading) {
    const opened = await openItemPage(ctx, id, { reading });
    if (opened) return c.html(<ItemPage v={pageView(c)} o={opened} {...extras} />, status);
    const cover = await itemCover(ctx, id);
    const message = [extras.message, readingExpired().message_(c.get('locale'))].filter(Boolean).join(' ');
    return c.html(<ItemCoverPage v={view(c)} cover={cover} message={message} />, status === 200 ? 200 : status);
  }
  const cover = await itemCover(ctx, id);
  return c.html(<ItemCoverPage v={pageView(c)} cover={cover} message={extras.message} />, status);
}

classifiedAdminRoutes.get('/:id', (c) => showItem(c, c.req.param('id'), readingOf(c.req.query('baca'))));

classifiedAdminRoutes.post('/:id/buka', async (c) => {
  const id = c.req.param('id');
  const reason = str(await readForm(c), 'reason');
  const ctx = c.get('ctx');
  try {
    const opened = await openItemPage(ctx, id, { reason });
    // Shown straight away: one opening, one line in the read log. Its links carry it on.
    return c.html(<ItemPage v={view(c)} o={opened!} />);
  } catch (err) {
    const errors = fieldErrorsOf(err, c.get('locale'));
    if (errors) return c.html(<ItemCoverPage v={view(c)} cover={await itemCover(ctx, id)} reason={reason} errors={errors} />, 422);
    throw err;
  }
});

/** An item form: the domain call, then back to the item (303), or the page again with the refusal. */
function itemAction(
  pathPart: string,
  form: ItemForm | null,
  ok: string,
  run: (c: C, id: string, f: FormValues) => Promise<unknown>,
  /** Domain field name -> form field name (the page's forms need distinct names). */
  rename: Record<string, string> = {},
) {
  classifiedAdminRoutes.post(`/:id/${pathPart}`, async (c) => {
    const id = c.req.param('id');
    const f = await readForm(c);
    const reading = readingOf(str(f, 'baca'));
    try {
      await run(c, id, f);
    } catch (err) {
      if (
        !(err instanceof AppError) ||
        (err.status !== 409 && err.status !== 422 && err.code !== 'grant_not_allowed' && err.code !== 'level_change_not_allowed')
      )
        throw err;
      const locale = c.get('locale');
      const raw = fieldErrorsOf(err, locale);
      const fields = raw ? Object.fromEntries(Object.entries(raw).map(([k, m]) => [rename[k] ?? k, m])) : null;
      const typed = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : v]));
      // A refusal by the policy stays a 403 though the page is shown again with its reason.
      return showItem(c, id, reading, err.status === 422 || err.status === 403 ? err.status : 409, {
        form: form ?? undefined,
        errors: fields ?? undefined,
        typed,
        message: fields ? undefined : err.message_(locale),
      });
    }
    return c.redirect(itemHref(id, reading, ok), 303);
  });
}

itemAction(
  'tingkat',
  'level',
  'level_changed',
  (c, id, f) =>
    decideLevel(c.get('ctx'), id, {
      level: str(f, 'newLevel') as never,
      legalBasis: str(f, 'legalBasis'),
      periodStart: str(f, 'periodStart'),
      periodEnd: str(f, 'periodEnd'),
      reviewOn: str(f, 'reviewOn'),
      nextLevel: (str(f, 'nextLevel') || 'terbuka') as never,
      reason: str(f, 'levelReason'),
      confirmLower: str(f, 'confirmLower') === '1',
    }),
  { level: 'newLevel', reason: 'levelReason' },
);
itemAction(
  'akses',
  'grant',
  'granted',
  (c, id, f) => grantAccess(c.get('ctx'), id, { userId: str(f, 'userId'), reason: str(f, 'grantReason'), until: str(f, 'until') }),
  { reason: 'grantReason' },
);

classifiedAdminRoutes.post('/:id/akses/:grantId/cabut', async (c) => {
  const id = c.req.param('id');
  const reading = readingOf(str(await readForm(c), 'baca'));
  try {
    await revokeGrant(c.get('ctx'), id, c.req.param('grantId'));
  } catch (err) {
    if (err instanceof AppError && err.status === 409) return showItem(c, id, reading, 409, { message: err.message_(c.get('locale')) });
    throw err;
  }
  return c.redirect(itemHref(id, reading, 'revoked'), 303);
});

// --- documents -------------------------------------------------------------------------------------------------

const noFile = () => new AppError('no_file', 422, catalogueMessages('classified.admin.choose_file_attach_first'));

classifiedAdminRoutes.post('/:id/dokumen', async (c) => {
  const ctx = c.get('ctx');
  const id = c.req.param('id');
  const reading = readingOf(c.req.query('baca'));
  const limit = ctx.settings.maxUploadBytes;
  try {
    const declared = Number(c.req.header('content-length'));
    if (Number.isFinite(declared) && declared > limit + MULTIPART_MARGIN_BYTES) throw tooLarge(limit);
    // Before a byte is read: the item must exist and be readable (a refusal is logged and answered 404).
    await itemCover(ctx, id);
    const tokenOk = csrfGuard(c);
    const upload = await receiveUpload(c, { limit, dir: path.join(c.get('deps').config.dataDir, 'tmp', 'unggahan'), tokenOk });
    if (!upload) throw noFile();
    try {
      await attachClassifiedDocument(ctx, id, {
        filename: upload.filename,
        path: upload.file,
        level: upload.fields['level'],
        known: { sha256: upload.sha256, size: upload.size },
      });
    } finally {
      // The plaintext upload never outlives the request.
      await rm(upload.file, { force: true });
    }
  } catch (err) {
    const shown = [400, 409, 413, 415, 422];
    if (!(err instanceof AppError) || !shown.includes(err.status)) throw err;
    return c.html(<ClassifiedErrorPage v={view(c)} back={itemHref(id, reading)} message={err.message_(c.get('locale'))} />, err.status as 400);
  }
  return c.redirect(itemHref(id, reading, 'document_added'), 303);
});

// A download is never a page of ours: no scripts, no plugins, no framing.
const DOWNLOAD_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

// The letter of a level decision, under the reader's current opening of the item (logged as a download).
classifiedAdminRoutes.post('/:id/penetapan-tingkat/:decisionId/unduh', async (c) => {
  const id = c.req.param('id');
  const f = await readForm(c);
  const reading = readingOf(str(f, 'baca'));
  const ctx = c.get('ctx');
  let file: Awaited<ReturnType<typeof renderLevelDecision>>;
  try {
    file = await renderLevelDecision(ctx, id, c.req.param('decisionId'), reading ? { reading } : { reason: str(f, 'reason') });
  } catch (err) {
    if (err instanceof AppError && (err.status === 409 || err.status === 422))
      return showItem(c, id, null, err.status, { message: err.message_(c.get('locale')) });
    throw err;
  }
  return new Response(new Uint8Array(file.pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': contentDisposition('attachment', `${file.filename}.pdf`),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
});

classifiedAdminRoutes.post('/:id/dokumen/:docId/unduh', async (c) => {
  const id = c.req.param('id');
  const f = await readForm(c);
  const reading = readingOf(str(f, 'baca'));
  const reason = str(f, 'reason');
  const ctx = c.get('ctx');
  let file: Awaited<ReturnType<typeof downloadFromReading>>;
  try {
    file = await downloadFromReading(ctx, id, c.req.param('docId'), reading ? { reading } : { reason });
  } catch (err) {
    if (err instanceof AppError && (err.status === 409 || err.status === 422))
      return showItem(c, id, null, err.status, { message: err.message_(c.get('locale')) });
    throw err;
  }
  return c.body(new Uint8Array(file.bytes), 200, {
    'content-type': file.mime,
    'content-disposition': contentDisposition('attachment', file.filename),
    'content-length': String(file.bytes.length),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-robots-tag': 'noindex',
    'content-security-policy': DOWNLOAD_CSP,
  });
});
