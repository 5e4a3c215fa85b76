// The optional scan of the applicant's identity document (KTP, akta, surat kuasa): personal data, so it is
// checked by content (JPEG, PNG or PDF, at most 5 MB), encrypted before it reaches the blob store, linked
// to the request in the request's own transaction, and shown only to staff allowed the applicant's
// personal data, each view audited. Never in an email, on the tracking page or in an export.
import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { encryptedFiles } from '../../db/schema/index.js';
import type { EncryptedFileValues } from '../../documents/encryption.js';
import { FILE_ERROR_CODES } from '../../documents/file-limits.js';
import { sniffBytes } from '../../documents/sniff.js';
import { AppError, errors } from '../../errors.js';
import { authorize } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { decryptStoredFile, encryptForStore } from '../classified/encrypted-files.js';
import { disposedUnits, loadRequest } from './case.js';

export const IDENTITY_SCAN_MAX_BYTES = 5 * 1024 * 1024;
export const IDENTITY_SCAN_ACCEPT = '.jpg,.jpeg,.png,.pdf';
const KINDS = new Set(['jpeg', 'png', 'pdf']);

/** What a scan is called in its messages, and the form field they belong to. */
export type ScanKind = { field: string; id: string; en: string };
const IDENTITY: ScanKind = { field: 'identityScan', id: 'Pindaian identitas', en: 'The identity scan' };

/**
 * Checks an uploaded scan and stores it encrypted; returns what the `encrypted_files` row needs, for
 * submitRequest to write with the request. A stored scan whose request then fails is harmless ciphertext.
 */
export async function prepareIdentityScan(ctx: Ctx, bytes: Uint8Array): Promise<EncryptedFileValues> {
  return prepareScanFile(ctx, bytes, IDENTITY);
}

/** The same checks for another scan of personal data (a letter received by staff, a proxy's surat kuasa). */
export async function prepareScanFile(ctx: Ctx, bytes: Uint8Array, what: ScanKind): Promise<EncryptedFileValues> {
  authorize(ctx.actor, 'request.submit');
  const field = (id: string, en: string) => errors.validation({ [what.field]: { id, en } });
  if (bytes.byteLength === 0) throw field(`Berkas ${what.id.toLowerCase()} kosong. Pilih berkasnya lagi.`, `${what.en} is empty. Choose the file again.`);
  if (bytes.byteLength > IDENTITY_SCAN_MAX_BYTES) {
    throw field(
      `${what.id} paling besar 5 MB. Perkecil fotonya (mis. kirim ulang dari kamera dengan ukuran lebih kecil) lalu pilih lagi.`,
      `${what.en} can be at most 5 MB. Make the photo smaller (e.g. take it again at a lower size) and choose it again.`,
    );
  }
  const notAccepted = () =>
    field(
      `${what.id} harus berupa foto JPEG atau PNG, atau PDF. Jenis berkas diperiksa dari isinya, bukan dari namanya.`,
      `${what.en} must be a JPEG or PNG photo, or a PDF. The type is checked from the content, not the name.`,
    );
  let kind;
  try {
    kind = await sniffBytes(bytes);
  } catch (err) {
    if (err instanceof AppError && FILE_ERROR_CODES.includes(err.code)) throw field(err.messages.id, err.messages.en);
    if (err instanceof AppError && err.status < 500) throw notAccepted();
    throw err;
  }
  if (!KINDS.has(kind.kind)) throw notAccepted();
  return encryptForStore(ctx, { bytes }, kind.mime);
}

/**
 * The scan of a request, for staff allowed its applicant's personal data. Every view is audited (the
 * request number, never the file).
 */
export async function openIdentityScan(ctx: Ctx, requestId: string): Promise<{ bytes: Buffer; mime: string; number: string }> {
  const r = await loadRequest(ctx.db, requestId);
  const disposedTo = await disposedUnits(ctx.db, r.id);
  authorize(ctx.actor, 'request.view', { disposedTo });
  authorize(ctx.actor, 'request.personal_data', { disposedTo });
  if (!r.identityFileId) throw errors.notFound();
  const file = await decryptStoredFile(ctx, r.identityFileId);
  await inTransaction(ctx, (t) =>
    recordAudit(t, { action: 'request.identity_scan_viewed', entityType: 'information_request', entityId: r.id, details: { number: r.number } }),
  );
  return { bytes: file.bytes, mime: file.mime, number: r.number };
}

/** Type and size of a request's scan, for the case page; null when there is none. */
export async function identityScanFacts(ctx: Ctx, fileId: string | null): Promise<{ mime: string; size: number } | null> {
  if (!fileId) return null;
  const [f] = await ctx.db.select({ mime: encryptedFiles.mime, size: encryptedFiles.size }).from(encryptedFiles).where(eq(encryptedFiles.id, fileId));
  return f ?? null;
}
