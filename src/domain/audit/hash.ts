// Canonical form and hash of an audit row; the same function writes and verifies the chain.
import { createHash, createHmac } from 'node:crypto';
import type { AuditKey } from './audit-key.js';

export const GENESIS_HASH = '0'.repeat(64);

export type HashedFields = {
  seq: number;
  at: Date;
  actorId: string | null;
  actorName: string;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: unknown;
  prevHash: string;
};

/** JSON with object keys sorted, so that jsonb's reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** How a row's hash was made: 'sha256' (rows written before the chain was keyed) or 'hmac-sha256'. */
export type AuditAlg = 'sha256' | 'hmac-sha256';
export const KEYED: AuditAlg = 'hmac-sha256';
export const PLAIN: AuditAlg = 'sha256';

/** The action of the row that switches an existing plain chain over to the keyed hash. */
export const KEYED_SWITCH_ACTION = 'audit.keyed';

/**
 * The hash of a row: HMAC-SHA256 under the audit key for 'hmac-sha256' rows, plain sha256 of the same
 * canonical form for the rows written before the chain was keyed.
 */
export function auditRowHash(f: HashedFields, alg: AuditAlg, key: AuditKey | null): string {
  const canonical = canonicalJson([f.seq, f.at.toISOString(), f.actorId, f.actorName, f.ip, f.action, f.entityType, f.entityId, f.summary, f.prevHash]);
  if (alg === PLAIN) return createHash('sha256').update(canonical).digest('hex');
  if (!key) throw new Error('audit key required for a keyed row');
  return createHmac('sha256', key.key).update(canonical).digest('hex');
}
