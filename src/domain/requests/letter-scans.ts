// A letter printed and signed by hand, scanned and attached to its request (when no certificate signs the
// letters): a PDF, JPEG or PNG, checked by its content in the file sandbox, size-limited; in the case history
// and downloadable by the staff who may open the case's letters (the policy: request.view and
// request.personal_data, as for the letters themselves). Attaching is the PPID's act (request.respond).
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Ctx } from '../../context.js';
import { blobs, letterScans } from '../../db/schema/index.js';
import { sniffBytes } from '../../documents/sniff.js';
import { recordAudit } from '../audit/record-audit.js';
import { disposedUnits, loadRequest } from './case.js';
import { AppError, errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { actorId, isUuid } from '../../shared/ids.js';

/** A scan of a few signed pages: 10 MB is plenty at 200–300 dpi. */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;
/** The upload route, which has its own body limit (app.ts). */
export const SCAN_UPLOAD_PATH = /^\/admin\/permohonan\/[^/]+\/pindaian-surat$/;

export const SCAN_LETTER_KINDS = {
  pemberitahuan: ['Pemberitahuan tertulis', 'Written notice'],
  penolakan: ['Keputusan penolakan', 'Refusal decision'],
  perpanjangan: ['Pemberitahuan perpanjangan', 'Extension notice'],
  'tanggapan-keberatan': ['Tanggapan atas keberatan', 'Response to the objection'],
  lain: ['Surat lain', 'Other letter'],
} as const satisfies Record<string, readonly [string, string]>;
export type ScanLetterKind = keyof typeof SCAN_LETTER_KINDS;

const ZKind = z.enum(Object.keys(SCAN_LETTER_KINDS) as [ScanLetterKind, ...ScanLetterKind[]], {
  error: 'Pilih surat yang dipindai. / Choose which letter was scanned.',
});

const SCAN_TYPES: Record<string, string> = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' };

export type LetterScan = typeof letterScans.$inferSelect;

function cleanName(name: string, ext: string): string {
  const base = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f"<>|:*?\\/]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .slice(0, 120);
  return `${base || 'pindaian-surat'}.${ext}`;
}

export async function attachLetterScan(ctx: Ctx, requestId: string, upload: { letterKind: string; bytes: Uint8Array; filename: string }): Promise<LetterScan> {
  const r = await loadRequest(ctx.db, requestId);
  authorize(ctx.actor, 'request.respond', { disposedTo: await disposedUnits(ctx.db, r.id) });
  const kind = ZKind.safeParse(upload.letterKind);
  if (!kind.success) {
    const m = { id: 'Pilih surat yang dipindai.', en: 'Choose which letter was scanned.' };
    throw new AppError('invalid_input', 422, m, { letterKind: m });
  }
  const max = Math.min(MAX_SCAN_BYTES, ctx.settings.maxUploadBytes);
  if (upload.bytes.byteLength > max) throw errors.tooLarge(Math.round((max / (1024 * 1024)) * 10) / 10);
  if (upload.bytes.byteLength === 0) {
    const m = { id: 'Pilih berkas pindaian terlebih dahulu.', en: 'Choose the scan file first.' };
    throw new AppError('no_file', 422, m, { file: m });
  }
  const sniffed = await sniffBytes(upload.bytes).catch((err: unknown) => {
    if (err instanceof AppError && (err.status === 422 || err.status >= 500)) throw err;
    return null;
  });
  const mime = sniffed ? SCAN_TYPES[sniffed.kind] : undefined;
  if (!sniffed || !mime) {
    const m = {
      id: 'Pindaian harus berupa PDF, JPEG atau PNG. Jenis berkas diperiksa dari isinya, bukan dari nama atau ekstensinya.',
      en: 'The scan must be a PDF, JPEG or PNG file. Files are checked by their content, not by their name or extension.',
    };
    throw new AppError('scan_type', 415, m, { file: m });
  }
  const { sha256, size } = await ctx.blobs.put(upload.bytes);
  return inTransaction(ctx, async (t) => {
    await t.db.insert(blobs).values({ sha256, size, mime }).onConflictDoNothing();
    const [row] = await t.db
      .insert(letterScans)
      .values({
        requestId: r.id,
        letterKind: kind.data,
        scanSha256: sha256,
        mime,
        filename: cleanName(upload.filename, sniffed.ext.replace(/^\./, '')),
        size,
        uploadedBy: actorId(t),
        uploadedAt: t.clock.now(),
      })
      .returning();
    await recordAudit(t, {
      action: 'request.letter_scan',
      entityType: 'request',
      entityId: r.id,
      after: { scan: row!.id, letterKind: kind.data, sha256, size, mime },
    });
    return row!;
  });
}

/** The scans of a request's letters, oldest first (for the case history; the caller checks the policy). */
export function letterScansOf(ctx: Ctx, requestId: string): Promise<LetterScan[]> {
  return ctx.db.select().from(letterScans).where(eq(letterScans.requestId, requestId)).orderBy(asc(letterScans.uploadedAt));
}

/** One scan's bytes, for the staff who may open the case's letters. */
export async function letterScanFile(ctx: Ctx, requestId: string, scanId: string): Promise<{ bytes: Buffer; scan: LetterScan }> {
  const r = await loadRequest(ctx.db, requestId);
  const disposedTo = await disposedUnits(ctx.db, r.id);
  authorize(ctx.actor, 'request.view', { disposedTo });
  authorize(ctx.actor, 'request.personal_data', { disposedTo });
  if (!isUuid(scanId)) throw errors.notFound();
  const [scan] = await ctx.db
    .select()
    .from(letterScans)
    .where(and(eq(letterScans.id, scanId), eq(letterScans.requestId, r.id)));
  if (!scan) throw errors.notFound();
  const bytes = await ctx.blobs.get(scan.scanSha256);
  if (!bytes) throw errors.notFound();
  return { bytes, scan };
}
