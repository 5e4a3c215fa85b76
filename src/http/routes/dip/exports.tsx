// DIP spreadsheets and documents: the public tables (xlsx, CSV, PDF) of the whole body or of one unit,
// and in the back office the import template, the import itself and the export of the list.
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { Hono } from 'hono';
import {
  adminXlsx,
  isoDay,
  publicCsv,
  publicFilename,
  publicFingerprint,
  publicPdf,
  publicScopeOf,
  publicXlsx,
  type PublicExportMeta,
} from '../../../domain/dip/export.js';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { buildTemplate } from '../../../domain/dip/build-import-template.js';
import { importDraftsForUnits } from '../../../domain/dip/import-drafts.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../domain/dip/import-format.js';
import { parseImportFile } from '../../../domain/dip/parse-import-file.js';
import { planGroups, planImport } from '../../../domain/dip/import-plan.js';
import { ZDipInput, type DipInput } from '../../../domain/dip/input.js';
import { ZEntryFilter } from '../../../domain/dip/list-dip-entries.js';
import { listUnits } from '../../../domain/units/units.js';
import { AppError, errors } from '../../../errors.js';
import { authorize, can } from '../../../policies/index.js';
import { view } from '../../forms.js';
import { DipImportPage, type ImportPageProps } from '../../pages/dip/import.js';
import type { AppDeps, Env } from '../../types.js';
import { bodyZone } from '../../dates.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TYPES = { xlsx: XLSX_TYPE, csv: 'text/csv; charset=utf-8', pdf: 'application/pdf' } as const;
type Ext = keyof typeof TYPES;

/** Headers of a download: type, a file name (ASCII, so no encoding is needed) and no caching by proxies. */
export function downloadHeaders(type: string, filename: string, cache = 'no-cache'): Record<string, string> {
  return { 'content-type': type, 'content-disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`, 'cache-control': cache };
}

export function streamResponse(body: Readable | Buffer, headers: Record<string, string>): Response {
  const stream: BodyInit = Buffer.isBuffer(body) ? new Uint8Array(body) : (Readable.toWeb(body as Readable) as ReadableStream<Uint8Array>);
  return new Response(stream, { status: 200, headers });
}

// --- public ---------------------------------------------------------------------------------------------

export const dipExportPublicRoutes = new Hono<Env>();

// Laying out a PDF of thousands of rows takes seconds of CPU (about 3 ms a row), and anyone may ask for
// it: each app keeps the last few, reused while their content is unchanged (and on the same day, since
// the document carries its date), and concurrent requests for the same one share the work. "Unchanged"
// is the database's public generation (read per request, so a withdrawal on another instance is seen at
// once) together with the fingerprint of the published versions.
const PDF_CACHE_SIZE = 8;
const pdfCaches = new WeakMap<AppDeps, Map<string, Promise<Buffer>>>();

function cachedPdf(deps: AppDeps, key: string, make: () => Promise<Buffer>): Promise<Buffer> {
  let cache = pdfCaches.get(deps);
  if (!cache) pdfCaches.set(deps, (cache = new Map()));
  let pdf = cache.get(key);
  if (!pdf) {
    pdf = make();
    cache.set(key, pdf);
    pdf.catch(() => cache.delete(key));
    while (cache.size > PDF_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return pdf;
}

async function publicExport(c: Context<Env>, ext: Ext, unitCode?: string): Promise<Response> {
  const ctx = c.get('ctx');
  const scope = await publicScopeOf(ctx.db, unitCode);
  const meta: PublicExportMeta = {
    bodyName: c.get('body')?.name ?? 'Badan Publik',
    baseUrl: ctx.settings.baseUrl,
    now: ctx.clock.now(),
    scope,
    timeZone: bodyZone(c),
  };
  const headers = downloadHeaders(TYPES[ext], publicFilename(meta, ext));
  if (ext === 'pdf') {
    const generation = await c
      .get('deps')
      .database.publicGeneration()
      .catch(() => null);
    if (generation === null) return streamResponse(await publicPdf(ctx.db, meta), headers);
    const key = [generation, await publicFingerprint(ctx.db, scope), meta.bodyName, meta.baseUrl, isoDay(meta.now, meta.timeZone)].join('|');
    return streamResponse(await cachedPdf(c.get('deps'), key, () => publicPdf(ctx.db, meta)), headers);
  }
  return streamResponse(ext === 'xlsx' ? publicXlsx(ctx.db, meta) : publicCsv(ctx.db, meta), headers);
}

for (const ext of Object.keys(TYPES) as Ext[]) {
  dipExportPublicRoutes.get(`/dip.${ext}`, (c) => publicExport(c, ext));
  dipExportPublicRoutes.get(`/unit/:code/dip.${ext}`, (c) => publicExport(c, ext, c.req.param('code')));
}

// --- back office (mounted at /admin/dip) ----------------------------------------------------------------

export const dipExportAdminRoutes = new Hono<Env>();

dipExportAdminRoutes.get('/templat.xlsx', async () => {
  return streamResponse(await buildTemplate(), downloadHeaders(XLSX_TYPE, 'templat-daftar-informasi-publik.xlsx', 'private, max-age=0'));
});

dipExportAdminRoutes.get('/ekspor.xlsx', async (c) => {
  const ctx = c.get('ctx');
  const { page: _page, ...filter } = ZEntryFilter.parse(c.req.query());
  const stream = await adminXlsx(ctx, filter);
  return streamResponse(stream, downloadHeaders(XLSX_TYPE, `daftar-informasi-publik-ruang-kerja-${isoDay(ctx.clock.now(), bodyZone(c))}.xlsx`, 'no-store'));
});

const MAX_MB = MAX_IMPORT_BYTES / 1024 / 1024;

/** Where the officer may import: the own unit for a PPID Pembantu; any active unit for the PPID Utama. */
async function importTargets(c: Context<Env>): Promise<Pick<ImportPageProps, 'units' | 'ownUnitName' | 'unitId'>> {
  const ctx = c.get('ctx');
  const actor = ctx.actor;
  const own = actor.kind === 'user' ? actor.unitId : null;
  const all = await listUnits(ctx);
  const editable = all.filter((u) => u.active && can(actor, 'dip.edit', { unitId: u.id }));
  if (!editable.length) authorize(actor, 'dip.edit', { unitId: own });
  const ownUnit = all.find((u) => u.id === own);
  if (editable.length === 1 && ownUnit && editable[0]!.id === own) return { units: null, ownUnitName: ownUnit.name, unitId: ownUnit.id };
  return {
    units: editable.map((u) => ({ id: u.id, name: u.name })),
    ownUnitName: ownUnit?.name ?? null,
    unitId: own && editable.some((u) => u.id === own) ? own : '',
  };
}

dipExportAdminRoutes.get('/impor', async (c) => {
  const targets = await importTargets(c);
  return c.html(<DipImportPage v={view(c)} {...targets} maxMb={MAX_MB} />);
});

// The app-wide 2 MB form limit does not apply to this route (app.ts); a declared length over this limit is
// refused before the body is read here. The CSRF check may read the body earlier, so app.ts must bound it too.
const MAX_REQUEST = MAX_IMPORT_BYTES + 512 * 1024;

/** The previewed plan travels in the confirm form, compressed and signed: confirm creates exactly what was shown. */
function sealPlan(secret: string, actorId: string, data: { filename: string; groups: { unitId: string; inputs: DipInput[] }[] }): string {
  const body = gzipSync(Buffer.from(JSON.stringify(data))).toString('base64url');
  const mac = createHmac('sha256', secret).update(`dip-import|${actorId}|${body}`).digest('base64url');
  return `${mac}.${body}`;
}

function openPlan(secret: string, actorId: string, sealed: string): { filename: string; groups: { unitId: string; inputs: DipInput[] }[] } | null {
  const [mac, body] = sealed.split('.');
  if (!mac || !body) return null;
  const want = createHmac('sha256', secret).update(`dip-import|${actorId}|${body}`).digest();
  const got = Buffer.from(mac, 'base64url');
  if (got.length !== want.length || !timingSafeEqual(got, want)) return null;
  try {
    const data = JSON.parse(gunzipSync(Buffer.from(body, 'base64url'), { maxOutputLength: 64 * 1024 * 1024 }).toString('utf8'));
    return ZSealed.parse(data);
  } catch {
    return null;
  }
}

const ZSealed = z.object({
  filename: z.string().max(300),
  groups: z.array(z.object({ unitId: z.uuid(), inputs: z.array(ZDipInput).max(MAX_IMPORT_ROWS) })).max(1000),
});

dipExportAdminRoutes.post('/impor', async (c) => {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > MAX_REQUEST) throw errors.tooLarge(MAX_MB);
  const ctx = c.get('ctx');
  const targets = await importTargets(c);
  const body = await c.req.parseBody();
  const file = body['file'];
  const step = body['step'] === 'preview' ? 'preview' : body['step'] === 'confirm' ? 'confirm' : 'import';
  const chosen = targets.units ? (typeof body['unitId'] === 'string' ? body['unitId'] : '') : targets.unitId;
  const page = (p: Partial<ImportPageProps>, status: 200 | 413 | 422) =>
    c.html(<DipImportPage v={view(c)} {...targets} unitId={chosen} maxMb={MAX_MB} {...p} />, status);
  const en = c.get('locale') === 'en';
  const secret = c.get('deps').config.sessionSecret;
  const actorId = ctx.actor.kind === 'user' ? ctx.actor.id : 'system';
  const started = performance.now();
  const done = async (groups: { unitId: string; inputs: DipInput[] }[], filename: string, skipped: number) => {
    const results = await importDraftsForUnits(ctx, groups, { filename, skipExisting: true });
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    c.get('log').info({ rows: results.reduce((n, r) => n + r.count, 0), units: results.length, ms: Math.round(performance.now() - started) }, 'dip import');
    return page({ results, seconds, skipped, filename }, 200);
  };

  if (step === 'confirm') {
    const sealed = typeof body['plan'] === 'string' ? openPlan(secret, actorId, body['plan']) : null;
    if (!sealed)
      return page(
        {
          formError: {
            field: 'file',
            message: en
              ? 'The preview has expired or was changed: upload the file again.'
              : 'Pratinjau tidak berlaku lagi atau telah diubah: unggah berkas lagi.',
          },
        },
        422,
      );
    const skipped = Number(body['skipped'] ?? 0) || 0;
    return done(sealed.groups, sealed.filename, skipped);
  }

  if (targets.units && chosen && !targets.units.some((u) => u.id === chosen)) {
    return page({ formError: { field: 'unitId', message: en ? 'Choose the agency the information belongs to.' : 'Pilih unit pemilik informasi.' } }, 422);
  }
  if (!(file instanceof File) || file.size === 0) {
    return page({ formError: { field: 'file', message: en ? 'Choose an .xlsx file first.' : 'Pilih berkas .xlsx terlebih dahulu.' } }, 422);
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return page(
      { formError: { field: 'file', message: en ? `The file is too large: at most ${MAX_MB} MB.` : `Berkas terlalu besar: maksimal ${MAX_MB} MB.` } },
      413,
    );
  }
  if (chosen) authorize(ctx.actor, 'dip.edit', { unitId: chosen });
  let parsed;
  try {
    parsed = await parseImportFile(new Uint8Array(await file.arrayBuffer()));
  } catch (err) {
    // Over a file limit, or the file stopped its reader (time, memory): a message about the file.
    if (err instanceof AppError && err.status === 422) return page({ formError: { field: 'file', message: err.message_(c.get('locale')) } }, 422);
    throw err;
  }
  const fileLevel = parsed.issues.length === 1 && parsed.issues[0]!.row === 0;
  if (fileLevel) return page({ formError: { field: 'file', message: parsed.issues[0]!.message } }, 422);
  const plan = await planImport(ctx, parsed, { chosenUnitId: chosen || null });
  if (plan.unitless > 0) {
    return page(
      {
        formError: {
          field: 'unitId',
          message: en ? 'Choose the agency the information belongs to.' : 'Pilih unit pemilik informasi.',
        },
      },
      422,
    );
  }
  const skipped = plan.rows.filter((r) => r.status !== 'new').length;
  if (step === 'preview') {
    const groups = planGroups(plan);
    const sealed = plan.rejected.length ? undefined : sealPlan(secret, actorId, { filename: file.name, groups });
    return page({ preview: { plan, sealed }, filename: file.name }, plan.rejected.length ? 422 : 200);
  }
  if (plan.rejected.length) return page({ issues: plan.rejected, filename: file.name }, 422);
  try {
    return await done(planGroups(plan), file.name, skipped);
  } catch (err) {
    if (err instanceof AppError && err.status === 422) return page({ formError: { field: 'unitId', message: err.message_(c.get('locale')) } }, 422);
    throw err;
  }
});
