// Security classification decisions (kip-domain.md §4.5): clearance and need-to-know. Pure functions of
// (actor, item, grants, now). Every read of classified content in Q-Gesy goes through `classifiedAccess`.
import type { Actor } from '../context.js';
import { SECURITY_LEVELS, type Clearance, type SecurityLevel } from '../db/schema/classification.js';

/** 0 = biasa … 3 = sangat_rahasia. */
export function levelRank(level: SecurityLevel): number {
  return SECURITY_LEVELS.indexOf(level);
}

/** -1 = none, then as levelRank. */
export function clearanceRank(c: Clearance): number {
  return c === 'none' ? -1 : SECURITY_LEVELS.indexOf(c);
}

/** The higher of two levels (a document is at least as secret as its item). */
export function maxLevel(a: SecurityLevel, b: SecurityLevel): SecurityLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}

export type GrantFacts = { id: string; userId: string; expiresAt: Date; revokedAt: Date | null };

/** What the decision needs to know about the item (or document: pass its effective level). */
export type ClassifiedFacts = { unitId: string; level: SecurityLevel; grants: readonly GrantFacts[] };

export type AccessDecision =
  { allowed: true; via: 'unit' | 'grant'; grantId: string | null } | { allowed: false; missing: 'clearance' | 'need_to_know' | 'not_staff' };

/** A grant is in force from its creation until `expiresAt` (exclusive), unless revoked. */
export function grantActive(g: GrantFacts, now: Date): boolean {
  return !g.revokedAt && now.getTime() < g.expiresAt.getTime();
}

/**
 * Access to classified content needs both: a clearance at least the item's level, and need-to-know (the
 * reader's own unit holds the item, or an explicit grant in force). No role bypasses either: not the
 * administrator, not the PPID Utama, not the Atasan PPID.
 */
export function classifiedAccess(actor: Actor, item: ClassifiedFacts, now: Date): AccessDecision {
  if (actor.kind !== 'user') return { allowed: false, missing: 'not_staff' };
  if (clearanceRank(actor.clearance) < levelRank(item.level)) return { allowed: false, missing: 'clearance' };
  if (actor.unitId && actor.unitId === item.unitId) return { allowed: true, via: 'unit', grantId: null };
  const grant = item.grants.find((g) => g.userId === actor.id && grantActive(g, now));
  if (grant) return { allowed: true, via: 'grant', grantId: grant.id };
  return { allowed: false, missing: 'need_to_know' };
}

export function canReadClassified(actor: Actor, item: ClassifiedFacts, now: Date): boolean {
  return classifiedAccess(actor, item, now).allowed;
}

/**
 * Who may give need-to-know on an item to someone else: a reader of the item in its own unit (who knows
 * why the other needs it), or the Atasan PPID when they can read it themselves. The grant never raises
 * the grantee's clearance.
 */
export function canGrantAccess(actor: Actor, item: ClassifiedFacts, now: Date): boolean {
  const access = classifiedAccess(actor, item, now);
  if (!access.allowed || actor.kind !== 'user') return false;
  return access.via === 'unit' || actor.roles.includes('atasan_ppid');
}

/**
 * Clearances are set by the Atasan PPID, never for themselves (a second Atasan PPID, or the operator's
 * `qgesy clearance` command, sets theirs) and never above their own; nor may they change the clearance of
 * someone cleared higher than they are (`from`, the target's present clearance, when known).
 */
export function canSetClearance(actor: Actor, target: { userId: string; to: Clearance; from?: Clearance }): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user' || !actor.roles.includes('atasan_ppid')) return false;
  if (actor.id === target.userId) return false;
  if (target.from !== undefined && clearanceRank(target.from) > clearanceRank(actor.clearance)) return false;
  return clearanceRank(target.to) <= clearanceRank(actor.clearance);
}

/**
 * Who may change an item's level: a reader of the item in its own unit who may record items (PPID Utama,
 * PPID Pembantu), or the Atasan PPID when they can read it. A reader by grant only may not: need-to-know
 * to read is not a say over the classification.
 */
export function canChangeLevel(actor: Actor, item: ClassifiedFacts, now: Date): boolean {
  const access = classifiedAccess(actor, item, now);
  if (!access.allowed || actor.kind !== 'user') return false;
  if (actor.roles.includes('atasan_ppid')) return true;
  return access.via === 'unit' && actor.roles.some((r) => r === 'ppid_utama' || r === 'ppid_pembantu');
}

/**
 * Who may decide (penetapan) an item's security level: whoever may change it (canChangeLevel). A level
 * change and its decision are one act.
 */
export function canDecideLevel(actor: Actor, item: ClassifiedFacts, now: Date): boolean {
  return canChangeLevel(actor, item, now);
}

/**
 * Who may read an item's level decisions and their letters: the item's readers (clearance and need-to-know),
 * no one else; the letter names the item by its register number only.
 */
export function canReadLevelDecision(actor: Actor, item: ClassifiedFacts, now: Date): boolean {
  return canReadClassified(actor, item, now);
}
