// The scans staff intake keeps with a request or an objection (the letter it came in, a proxy's surat kuasa):
// personal data, so shown only to the staff allowed the applicant's personal data (the same rule as the
// identity scan, identity-scan.ts), decrypted on demand, each view audited with the case number only.
import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { users, type RequestChannel } from '../../db/schema/index.js';
import { errors } from '../../errors.js';
import { authorize, can } from '../../policies/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { decryptStoredFile } from '../classified/encrypted-files.js';
import { getObjection } from '../objections/objections.js';
import { disposedUnits, loadRequest } from './case.js';
import { identityScanFacts } from './identity-scan.js';

/** Which intake scan: the letter received, or the proxy's surat kuasa. */
export type IntakeScanKind = 'letter' | 'proxy';
export type ScanFacts = { mime: string; size: number } | null;

/** How a case came in, for its page: the channel, the officer who entered it, and its scans (when allowed). */
export type IntakeFacts = { channel: RequestChannel; enteredByName: string | null; letterScan: ScanFacts; proxyLetter: ScanFacts };

type Held = { channel: RequestChannel; enteredBy: string | null; letterScanFileId: string | null; proxyLetterFileId: string | null };

const fileOf = (h: Held, which: IntakeScanKind) => (which === 'letter' ? h.letterScanFileId : h.proxyLetterFileId);

/** The intake facts of a request or objection; the scans only when `personal` (the actor may see personal data). */
export async function intakeFacts(ctx: Ctx, h: Held, personal: boolean): Promise<IntakeFacts> {
  const [u] = h.enteredBy ? await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, h.enteredBy)) : [];
  return {
    channel: h.channel,
    enteredByName: u?.name ?? null,
    letterScan: personal ? await identityScanFacts(ctx, h.letterScanFileId) : null,
    proxyLetter: personal ? await identityScanFacts(ctx, h.proxyLetterFileId) : null,
  };
}

async function open(ctx: Ctx, fileId: string | null, audit: { action: string; entityType: string; entityId: string; number: string }) {
  if (!fileId) throw errors.notFound();
  const file = await decryptStoredFile(ctx, fileId);
  await inTransaction(ctx, (t) =>
    recordAudit(t, { action: audit.action, entityType: audit.entityType, entityId: audit.entityId, details: { number: audit.number } }),
  );
  return { bytes: file.bytes, mime: file.mime, number: audit.number };
}

/** A request's intake scan, for the staff allowed its applicant's personal data; every view audited. */
export async function openRequestIntakeScan(ctx: Ctx, requestId: string, which: IntakeScanKind): Promise<{ bytes: Buffer; mime: string; number: string }> {
  const r = await loadRequest(ctx.db, requestId);
  const disposedTo = await disposedUnits(ctx.db, r.id);
  authorize(ctx.actor, 'request.view', { disposedTo });
  authorize(ctx.actor, 'request.personal_data', { disposedTo });
  return open(ctx, fileOf(r, which), {
    action: which === 'letter' ? 'request.letter_scan_viewed' : 'request.proxy_letter_viewed',
    entityType: 'information_request',
    entityId: r.id,
    number: r.number,
  });
}

/** An objection's intake scan: the objection register's staff who may also see the applicant's personal data. */
export async function openObjectionIntakeScan(ctx: Ctx, objectionId: string, which: IntakeScanKind): Promise<{ bytes: Buffer; mime: string; number: string }> {
  const { objection: o, request: r } = await getObjection(ctx, objectionId);
  authorize(ctx.actor, 'request.personal_data', { disposedTo: r ? await disposedUnits(ctx.db, r.id) : [] });
  return open(ctx, fileOf(o, which), {
    action: which === 'letter' ? 'objection.letter_scan_viewed' : 'objection.proxy_letter_viewed',
    entityType: 'objection',
    entityId: o.id,
    number: o.number,
  });
}

/** Whether the actor sees an objection's scans (the objection page's links). */
export async function seesObjectionScans(ctx: Ctx, requestId: string | null): Promise<boolean> {
  // An objection on ground b without a request (Ps 35(1)(b)) has no disposition: no unit's officer sees it.
  return can(ctx.actor, 'request.personal_data', { disposedTo: requestId ? await disposedUnits(ctx.db, requestId) : [] });
}
