// Appends one row to the hash-chained audit log inside the caller's transaction.
import { eq, sql } from 'drizzle-orm';
import { actorLabel, inTransaction, type Ctx } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { auditHead, auditLog } from '../../db/schema/index.js';
import { auditRowHash, GENESIS_HASH } from './hash.js';

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

// Serialises writers so that each row links to the one before it, on PGlite and PostgreSQL alike.
const AUDIT_LOCK_KEY = 7243_2008_17;

export async function recordAudit(ctx: Ctx, input: AuditInput): Promise<void> {
  await inTransaction(ctx, async (tctx) => {
    const tx = tctx.db as Tx;
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
    const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1));
    const seq = (head?.seq ?? 0) + 1;
    const prevHash = head?.hash ?? GENESIS_HASH;
    const who = actorLabel(ctx.actor);
    const row = {
      seq,
      at: ctx.clock.now(),
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
      prevHash,
    };
    const hash = auditRowHash(row);
    await tx.insert(auditLog).values({ ...row, hash });
    await tx.insert(auditHead).values({ id: 1, seq, hash }).onConflictDoUpdate({ target: auditHead.id, set: { seq, hash } });
  });
}
