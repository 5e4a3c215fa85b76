// Appends one row to the hash-chained audit log inside the caller's transaction.
import { eq, sql } from 'drizzle-orm';
import { existsSync } from 'node:fs';
import { actorLabel, inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { auditHead, auditLog } from '../../db/schema/index.js';
import { auditKeyFileFor, auditKeyOf, AuditKeyError, ensureAuditKeyFile, type AuditKey } from './audit-key.js';
import { auditRowHash, GENESIS_HASH, KEYED, KEYED_SWITCH_ACTION, PLAIN, type HashedFields } from './hash.js';
import { LOCK_KEYS } from '../../db/lock-keys.js';

export type AuditInput = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Extra facts (e.g. the reason of a refusal). */
  details?: Record<string, unknown>;
};

// Field names never written to the audit log, whatever entity they come from.
const SECRET_FIELDS = new Set(['passwordHash', 'password', 'token', 'tokenHash', 'sessionId', 'secret']);

function clean(obj: Record<string, unknown> | null | undefined): Record<string, unknown> | undefined {
  if (!obj) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (SECRET_FIELDS.has(k) || v === undefined) continue;
    out[k] = v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

/** Only what changed, so that the log stays readable: {field: [before, after]}. */
export function summarize(input: AuditInput): Record<string, unknown> {
  const before = clean(input.before);
  const after = clean(input.after);
  const summary: Record<string, unknown> = {};
  if (before && after) {
    const changes: Record<string, [unknown, unknown]> = {};
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) changes[k] = [before[k] ?? null, after[k] ?? null];
    }
    summary.changes = changes;
  } else if (after) summary.after = after;
  else if (before) summary.before = before;
  if (input.details) summary.details = clean(input.details);
  return summary;
}

type RowFields = Omit<HashedFields, 'seq' | 'prevHash' | 'summary'> & { summary: Record<string, unknown> };

function rowFields(ctx: Ctx, input: AuditInput, at: Date): RowFields {
  const who = actorLabel(ctx.actor);
  return {
    at,
    actorId: who.id,
    actorName: who.name,
    // A citizen's address is personal data that the hash chain would keep for ever (it cannot be
    // anonymised later without breaking the chain): only staff actions and sign-in and access events
    // (needed to trace an attack) record where they came from.
    ip: ctx.actor.kind === 'user' || /^(auth|access)\./.test(input.action) ? ctx.ip : null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    summary: summarize(input),
  };
}

/**
 * The audit key for writing, made on the first run when the chain holds no keyed row yet. When keyed rows
 * exist and the key file is gone, writing stops with a clear line instead of starting a chain no one can
 * verify (put the copy back).
 */
async function keyForWriting(tx: Tx, ctx: Ctx): Promise<AuditKey> {
  try {
    return auditKeyOf(ctx.keys);
  } catch (err) {
    if (!(err instanceof AuditKeyError) || !ctx.keys || existsSync(auditKeyFileFor(ctx.keys.file))) throw err;
    const [keyed] = await tx.select({ seq: auditLog.seq }).from(auditLog).where(eq(auditLog.alg, KEYED)).limit(1);
    if (keyed) throw err;
    ensureAuditKeyFile(auditKeyFileFor(ctx.keys.file), ctx.clock.now());
    return auditKeyOf(ctx.keys);
  }
}

/**
 * Appends rows after the head under the audit lock, in the caller's transaction. A chain whose last row
 * is a plain sha256 one (written before this version) first gets an `audit.keyed` row: from it on, every
 * row is keyed and `audit verify` refuses a plain one.
 */
async function append(ctx: Ctx, make: (at: Date) => RowFields[]): Promise<{ switched: boolean }> {
  const tx = ctx.db as Tx;
  await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEYS.audit})`);
  const key = await keyForWriting(tx, ctx);
  // The head and the algorithm of the row it points at, in one round trip.
  const [head] = await tx
    .select({ seq: auditHead.seq, hash: auditHead.hash, alg: auditLog.alg })
    .from(auditHead)
    .leftJoin(auditLog, eq(auditLog.seq, auditHead.seq))
    .where(eq(auditHead.id, 1));
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const at = ctx.clock.now();
  const fields = make(at);
  let switched = false;
  if (head) {
    if (head.alg === PLAIN) {
      fields.unshift(switchOverRow(at, key));
      switched = true;
    }
  }
  const rows = fields.map((f) => {
    seq++;
    const row = { ...f, seq, prevHash };
    const hash = auditRowHash(row, KEYED, key);
    prevHash = hash;
    return { ...row, alg: KEYED, hash };
  });
  if (!rows.length) return { switched };
  for (let i = 0; i < rows.length; i += BATCH) await tx.insert(auditLog).values(rows.slice(i, i + BATCH));
  await tx
    .insert(auditHead)
    .values({ id: 1, seq, hash: prevHash })
    .onConflictDoUpdate({ target: auditHead.id, set: { seq, hash: prevHash } });
  return { switched };
}

const BATCH = 500;

function switchOverRow(at: Date, key: AuditKey): RowFields {
  return {
    at,
    actorId: null,
    actorName: 'sistem',
    ip: null,
    action: KEYED_SWITCH_ACTION,
    entityType: 'audit',
    entityId: null,
    summary: { details: { alg: KEYED, keyId: key.id } },
  };
}

export async function recordAudit(ctx: Ctx, input: AuditInput): Promise<void> {
  await inTransaction(ctx, (tctx) => append(tctx, (at) => [rowFields(ctx, input, at)]));
}

/**
 * Appends many rows at once, exactly as that many recordAudit calls would (same lock, summary and chain)
 * but with batched inserts and one head update (a DIP import of thousands of rows). In the caller's
 * transaction.
 */
export async function recordAuditBatch(ctx: Ctx, inputs: AuditInput[]): Promise<void> {
  await append(ctx, (at) => inputs.map((input) => rowFields(ctx, input, at)));
}

/**
 * Switches a chain written before this version over to the keyed hash now (at `migrate` and `serve`), so
 * that it ends with a keyed row even before the next change. Makes the audit key on the first run.
 * Returns whether a switch-over row was written.
 */
export async function upgradeAuditChain(ctx: Ctx): Promise<boolean> {
  const r = await inTransaction(ctx, (tctx) => append(tctx, () => []));
  return r.switched;
}
