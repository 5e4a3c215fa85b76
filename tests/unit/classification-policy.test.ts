// Clearance and need-to-know: every role × clearance × level × (own unit, other unit, grant), and grants in time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src/context.js';
import { CLEARANCES, SECURITY_LEVELS } from '../../src/db/schema/classification.js';
import { canChangeLevel, canGrantAccess, canSetClearance, classifiedAccess, clearanceRank, levelRank } from '../../src/policies/classification.js';
import { user } from '../helpers/actors.js';

const A = 'unit-a';
const B = 'unit-b';
const now = new Date('2026-06-01T00:00:00Z');

describe('classifiedAccess', () => {
  for (const role of ROLES) {
    for (const clearance of CLEARANCES) {
      for (const level of SECURITY_LEVELS) {
        const cleared = clearanceRank(clearance) >= levelRank(level);
        it(`${role} cleared ${clearance} reading ${level}: own unit ${cleared}, other unit false, with a grant ${cleared}`, () => {
          const actor = user([role], A, clearance);
          expect(classifiedAccess(actor, { unitId: A, level, grants: [] }, now).allowed).toBe(cleared);
          expect(classifiedAccess(actor, { unitId: B, level, grants: [] }, now).allowed).toBe(false);
          const grant = { id: 'g', userId: 'u1', expiresAt: new Date('2026-07-01T00:00:00Z'), revokedAt: null };
          expect(classifiedAccess(actor, { unitId: B, level, grants: [grant] }, now).allowed).toBe(cleared);
        });
      }
    }
  }

  it('a grant holds until its end (exclusive), not after, and not once revoked; another user’s grant does not count', () => {
    const actor = user(['ppid_pembantu'], A, 'rahasia');
    const end = new Date('2026-06-10T00:00:00Z');
    const item = (g: { expiresAt: Date; revokedAt: Date | null; userId?: string }) => ({
      unitId: B,
      level: 'rahasia' as const,
      grants: [{ id: 'g', userId: g.userId ?? 'u1', ...g }],
    });
    expect(classifiedAccess(actor, item({ expiresAt: end, revokedAt: null }), new Date(end.getTime() - 1))).toEqual({
      allowed: true,
      via: 'grant',
      grantId: 'g',
    });
    expect(classifiedAccess(actor, item({ expiresAt: end, revokedAt: null }), end)).toEqual({ allowed: false, missing: 'need_to_know' });
    expect(classifiedAccess(actor, item({ expiresAt: end, revokedAt: now }), now).allowed).toBe(false);
    expect(classifiedAccess(actor, item({ expiresAt: end, revokedAt: null, userId: 'someone-else' }), now).allowed).toBe(false);
  });

  it('says what is missing, clearance first', () => {
    expect(classifiedAccess(user(['admin'], null, 'none'), { unitId: A, level: 'biasa', grants: [] }, now)).toEqual({ allowed: false, missing: 'clearance' });
    expect(classifiedAccess(user(['ppid_utama'], B, 'rahasia'), { unitId: A, level: 'rahasia', grants: [] }, now)).toEqual({
      allowed: false,
      missing: 'need_to_know',
    });
    expect(classifiedAccess({ kind: 'anonymous' }, { unitId: A, level: 'biasa', grants: [] }, now)).toEqual({ allowed: false, missing: 'not_staff' });
    expect(classifiedAccess({ kind: 'system', name: 's' }, { unitId: A, level: 'biasa', grants: [] }, now).allowed).toBe(false);
  });

  it('property: access implies clearance at least the level, and own unit or an active grant', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CLEARANCES),
        fc.constantFrom(...SECURITY_LEVELS),
        fc.boolean(),
        fc.option(fc.integer({ min: -10, max: 10 })),
        (clearance, level, sameUnit, grantDays) => {
          const actor = user(['ppid_pembantu'], A, clearance);
          const grants = grantDays === null ? [] : [{ id: 'g', userId: 'u1', expiresAt: new Date(now.getTime() + grantDays * 86400_000), revokedAt: null }];
          const d = classifiedAccess(actor, { unitId: sameUnit ? A : B, level, grants }, now);
          const expected = clearanceRank(clearance) >= levelRank(level) && (sameUnit || (grantDays !== null && grantDays > 0));
          return d.allowed === expected;
        },
      ),
    );
  });
});

describe('grants and clearances', () => {
  it('a reader in the owning unit, or an Atasan PPID who can read the item, may grant; others may not', () => {
    const item = { unitId: A, level: 'rahasia' as const, grants: [] };
    expect(canGrantAccess(user(['ppid_pembantu'], A, 'rahasia'), item, now)).toBe(true);
    expect(canGrantAccess(user(['ppid_pembantu'], A, 'terbatas'), item, now)).toBe(false);
    expect(canGrantAccess(user(['atasan_ppid'], B, 'sangat_rahasia'), item, now)).toBe(false);
    const granted = { ...item, grants: [{ id: 'g', userId: 'u1', expiresAt: new Date('2027-01-01'), revokedAt: null }] };
    expect(canGrantAccess(user(['atasan_ppid'], B, 'rahasia'), granted, now)).toBe(true);
    expect(canGrantAccess(user(['ppid_pembantu'], B, 'rahasia'), granted, now)).toBe(false);
  });

  it('only an Atasan PPID sets clearances, never their own, never above their own; the administrator cannot', () => {
    const atasan = user(['atasan_ppid'], null, 'rahasia', 'atasan');
    expect(canSetClearance(atasan, { userId: 'other', to: 'rahasia' })).toBe(true);
    expect(canSetClearance(atasan, { userId: 'other', to: 'sangat_rahasia' })).toBe(false);
    expect(canSetClearance(atasan, { userId: 'atasan', to: 'biasa' })).toBe(false);
    expect(canSetClearance(user(['admin'], null, 'none'), { userId: 'other', to: 'biasa' })).toBe(false);
    expect(canSetClearance(user(['admin', 'ppid_utama'], null, 'sangat_rahasia'), { userId: 'other', to: 'biasa' })).toBe(false);
  });

  it('an Atasan PPID does not change the clearance of someone cleared above them', () => {
    const atasan = user(['atasan_ppid'], null, 'rahasia', 'atasan');
    expect(canSetClearance(atasan, { userId: 'other', from: 'sangat_rahasia', to: 'biasa' })).toBe(false);
    expect(canSetClearance(atasan, { userId: 'other', from: 'rahasia', to: 'biasa' })).toBe(true);
    expect(canSetClearance({ kind: 'system', name: 'qgesy cli' }, { userId: 'x', from: 'none', to: 'sangat_rahasia' })).toBe(true);
  });

  it('the level is changed by a reader of the own unit who records items, or an Atasan PPID who can read it; not by a grantee', () => {
    const item = { unitId: A, level: 'rahasia' as const, grants: [] };
    expect(canChangeLevel(user(['ppid_pembantu'], A, 'rahasia'), item, now)).toBe(true);
    expect(canChangeLevel(user(['ppid_utama'], A, 'rahasia'), item, now)).toBe(true);
    expect(canChangeLevel(user(['ppid_pembantu'], A, 'terbatas'), item, now)).toBe(false);
    expect(canChangeLevel(user(['viewer'], A, 'rahasia'), item, now)).toBe(false);
    const granted = { ...item, grants: [{ id: 'g', userId: 'u1', expiresAt: new Date('2027-01-01'), revokedAt: null }] };
    expect(canChangeLevel(user(['ppid_pembantu'], B, 'rahasia'), granted, now)).toBe(false);
    expect(canChangeLevel(user(['atasan_ppid'], B, 'rahasia'), granted, now)).toBe(true);
    expect(canChangeLevel(user(['admin'], A, 'none'), item, now)).toBe(false);
  });
});
