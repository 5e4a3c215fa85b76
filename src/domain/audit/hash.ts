// Canonical form and hash of an audit row; the same function writes and verifies the chain.
import { createHash } from 'node:crypto';

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

export function auditRowHash(f: HashedFields): string {
  const canonical = canonicalJson([f.seq, f.at.toISOString(), f.actorId, f.actorName, f.ip, f.action, f.entityType, f.entityId, f.summary, f.prevHash]);
  return createHash('sha256').update(canonical).digest('hex');
}
