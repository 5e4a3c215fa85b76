// The authorization matrix: every action against every role, plus unit scoping for ppid_pembantu.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Actor, type Role } from '../../src/context.js';
import { authorize, can, type Action } from '../../src/policies/index.js';
import { user } from '../helpers/actors.js';

/** Actions for citizens, decided by the resource rather than by roles. */
type PublicAction = 'request.submit' | 'request.track' | 'request.file_download';
type StaffAction = Exclude<Action, PublicAction>;

const MATRIX: Record<StaffAction, Role[]> = {
  'backoffice.view': ['admin', 'ppid_utama', 'ppid_pembantu', 'atasan_ppid', 'viewer'],
  'account.manage_own': ['admin', 'ppid_utama', 'ppid_pembantu', 'atasan_ppid', 'viewer'],
  'users.view': ['admin'],
  'users.manage': ['admin'],
  'units.list': ['admin', 'ppid_utama', 'atasan_ppid', 'viewer'],
  'units.manage': ['admin'],
  'org.manage': ['admin', 'ppid_utama'],
  'audit.view': ['admin', 'ppid_utama'],
  'outbox.view': ['admin'],
  'outbox.retry': ['admin'],
  'outbox.read_secret': [], // nobody, not even the system: the worker fills the secret in at send time
  'units.view': ['admin', 'ppid_utama', 'atasan_ppid', 'viewer'], // ppid_pembantu: own unit only, below
  'dip.view': ['admin', 'ppid_utama', 'atasan_ppid', 'viewer'], // ppid_pembantu: own unit only
  'dip.edit': ['ppid_utama'], // ppid_pembantu: own unit only
  'dip.review': ['ppid_utama'],
  'dip.monitor': ['admin', 'ppid_utama', 'atasan_ppid', 'viewer'],
  'dip.penetapan_view': ['admin', 'ppid_utama', 'ppid_pembantu'],
  'dip.penetapan_issue': ['ppid_utama'],
  'checklist.manage': ['ppid_utama'],
  'objection.view': ['ppid_utama', 'atasan_ppid'],
  'objection.decide': ['atasan_ppid'],
  'objection.follow_up': ['ppid_utama'],
  'calendar.view': ['admin', 'ppid_utama'],
  'calendar.manage': ['admin'],
  // The search dictionary shapes what every citizen finds: the PPID Utama keeps it, the administrator may help.
  'search.dictionary': ['admin', 'ppid_utama'],
  'request.list': ['admin', 'ppid_utama', 'ppid_pembantu', 'atasan_ppid', 'viewer'],
  'request.view': ['admin', 'ppid_utama', 'atasan_ppid', 'viewer'], // ppid_pembantu: disposed to its unit, below
  'request.personal_data': ['ppid_utama'], // ppid_pembantu: disposed to its unit, below
  'request.dispose': ['ppid_utama'],
  'request.unit_answer': ['ppid_utama'], // ppid_pembantu: its own unit's disposition, below
  'request.file_attach': ['ppid_utama'], // ppid_pembantu: with its own unit's answer, below
  'request.file_release': ['ppid_utama'],
  'request.handover': ['ppid_utama'],
  'request.publish_dip': ['ppid_utama'],
  'request.extend': ['ppid_utama'],
  'request.respond': ['ppid_utama'],
  'request.register': ['ppid_utama'],
  'dispute.view': ['ppid_utama', 'atasan_ppid'],
  'dispute.manage': ['ppid_utama', 'atasan_ppid'],
  'reminders.run': [], // the system only
  'report.annual': ['ppid_utama', 'atasan_ppid', 'viewer'],
  'report.annual_edit': ['ppid_utama'],
  'request.anonymise': [], // the system only (CLI, daily job)
  'classified.list': ['ppid_utama', 'ppid_pembantu', 'atasan_ppid'],
  'classified.create': ['ppid_utama'], // for another unit (the owner): the PPID Utama only; own unit below
  'classified.access_log': ['ppid_utama', 'atasan_ppid'],
  'clearance.manage': ['atasan_ppid'],
  'exemption.view': ['ppid_utama', 'atasan_ppid'], // ppid_pembantu: own unit only
  'exemption.draft': ['ppid_utama'], // ppid_pembantu: own unit only
  'exemption.review': ['ppid_utama'],
  'exemption.decide': ['atasan_ppid'],
  'exemption.expiry': ['atasan_ppid'],
  'redaction.manage': ['ppid_utama', 'ppid_pembantu'],
  'search.insights': ['admin', 'ppid_utama'], // anonymous query counts: the PPID Utama and the administrator
  'search.note': ['ppid_utama'],
  'request.intake': ['ppid_utama'], // ppid_pembantu: its own unit when the profile allows, below
  'objection.intake': ['ppid_utama'],
};

describe('policies', () => {
  for (const [action, allowed] of Object.entries(MATRIX) as [StaffAction, Role[]][]) {
    for (const role of ROLES) {
      it(`${role} ${allowed.includes(role) ? 'may' : 'may not'} ${action}`, () => {
        expect(can(user([role]), action, { unitId: 'other-unit' })).toBe(allowed.includes(role));
      });
    }
    it(`anonymous may not ${action}`, () => {
      expect(can({ kind: 'anonymous' }, action, {})).toBe(false);
      expect(() => authorize({ kind: 'anonymous' }, action, {})).toThrow(expect.objectContaining({ code: 'unauthenticated' }));
    });
  }

  it('records a classified item in the unit the information belongs to: a ppid_pembantu its own, the ppid_utama any', () => {
    expect(can(user(['ppid_pembantu'], 'unit-a'), 'classified.create', { unitId: 'unit-a' })).toBe(true);
    expect(can(user(['ppid_pembantu'], 'unit-a'), 'classified.create', { unitId: 'unit-b' })).toBe(false);
    expect(can(user(['ppid_pembantu'], null), 'classified.create', {})).toBe(false);
    expect(can(user(['ppid_utama'], 'unit-a'), 'classified.create', { unitId: 'unit-b' })).toBe(true);
    expect(can(user(['ppid_utama'], 'unit-a'), 'classified.create', {})).toBe(true);
    for (const role of ['atasan_ppid', 'viewer', 'admin'] as const) expect(can(user([role], 'unit-a'), 'classified.create', { unitId: 'unit-a' })).toBe(false);
  });

  it('a ppid_pembantu views and edits the DIP of its own unit only', () => {
    for (const action of ['dip.view', 'dip.edit'] as const) {
      expect(can(user(['ppid_pembantu'], 'unit-a'), action, { unitId: 'unit-a' })).toBe(true);
      expect(can(user(['ppid_pembantu'], 'unit-a'), action, { unitId: 'unit-b' })).toBe(false);
    }
    expect(can(user(['ppid_pembantu'], 'unit-a'), 'dip.review', { unitId: 'unit-a' })).toBe(false);
  });

  it('a ppid_pembantu sees, reads the personal data of and answers only requests disposed to its unit', () => {
    const a = user(['ppid_pembantu'], 'unit-a');
    expect(can(a, 'request.view', { disposedTo: ['unit-b', 'unit-a'] })).toBe(true);
    expect(can(a, 'request.personal_data', { disposedTo: ['unit-a'] })).toBe(true);
    expect(can(a, 'request.unit_answer', { unitId: 'unit-a', disposedTo: ['unit-a'] })).toBe(true);
    // Addressed to its unit by the applicant but not (yet) disposed: not its case.
    expect(can(a, 'request.view', { unitId: 'unit-a', disposedTo: [] })).toBe(false);
    expect(can(a, 'request.view', { disposedTo: ['unit-b'] })).toBe(false);
    expect(can(a, 'request.personal_data', { disposedTo: ['unit-b'] })).toBe(false);
    // It answers for its own unit only, even on a request disposed to several.
    expect(can(a, 'request.unit_answer', { unitId: 'unit-b', disposedTo: ['unit-a', 'unit-b'] })).toBe(false);
    for (const action of ['request.dispose', 'request.extend', 'request.respond'] as const) expect(can(a, action, { disposedTo: ['unit-a'] })).toBe(false);
    expect(can(user(['ppid_pembantu'], null), 'request.view', { disposedTo: ['unit-a'] })).toBe(false);
    // Read-only roles never see personal data, whatever the disposition.
    for (const role of ['atasan_ppid', 'viewer', 'admin'] as const) {
      expect(can(user([role], 'unit-a'), 'request.personal_data', { disposedTo: ['unit-a'] })).toBe(false);
      expect(can(user([role], 'unit-a'), 'request.unit_answer', { unitId: 'unit-a', disposedTo: ['unit-a'] })).toBe(false);
    }
  });

  it('a ppid_pembantu enters requests received at its office only for its own unit, and only when the profile allows it', () => {
    const a = user(['ppid_pembantu'], 'unit-a');
    expect(can(a, 'request.intake', { unitId: 'unit-a' })).toBe(false);
    expect(can(a, 'request.intake', { unitId: 'unit-a', unitsRecordIntake: false })).toBe(false);
    expect(can(a, 'request.intake', { unitId: 'unit-a', unitsRecordIntake: true })).toBe(true);
    expect(can(a, 'request.intake', { unitId: 'unit-b', unitsRecordIntake: true })).toBe(false);
    expect(can(a, 'objection.intake', { unitId: 'unit-a', unitsRecordIntake: true })).toBe(false);
    for (const role of ['atasan_ppid', 'viewer', 'admin'] as const)
      expect(can(user([role], 'unit-a'), 'request.intake', { unitId: 'unit-a', unitsRecordIntake: true })).toBe(false);
  });

  it('a ppid_pembantu sees only its own unit', () => {
    expect(can(user(['ppid_pembantu'], 'unit-a'), 'units.view', { unitId: 'unit-a' })).toBe(true);
    expect(can(user(['ppid_pembantu'], 'unit-a'), 'units.view', { unitId: 'unit-b' })).toBe(false);
    expect(can(user(['ppid_pembantu'], null), 'units.view', { unitId: null })).toBe(false);
    expect(() => authorize(user(['ppid_pembantu'], 'unit-a'), 'units.view', { unitId: 'unit-b' })).toThrow(
      expect.objectContaining({ code: 'forbidden', status: 403 }),
    );
  });

  it('anyone may submit a request; only the holder of its valid token, or the applicant signed in with its email, may track it', () => {
    const everyone: Actor[] = [{ kind: 'anonymous' }, { kind: 'system', name: 's' }, user([]), ...ROLES.map((r) => user([r]))];
    for (const actor of everyone) {
      expect(can(actor, 'request.submit')).toBe(true);
      expect(can(actor, 'request.track', { trackingToken: 'valid' })).toBe(true);
      expect(can(actor, 'request.track', { trackingToken: 'invalid' })).toBe(false);
      expect(can(actor, 'request.track', {})).toBe(false);
      expect(can(actor, 'request.track', { signedInApplicant: true })).toBe(true);
      expect(can(actor, 'request.track', { signedInApplicant: false, trackingToken: 'invalid' })).toBe(false);
    }
  });

  it('a request file is downloaded only by whoever may track that request, and only once released on it', () => {
    const everyone: Actor[] = [{ kind: 'anonymous' }, { kind: 'system', name: 's' }, user([]), ...ROLES.map((r) => user([r]))];
    for (const actor of everyone) {
      expect(can(actor, 'request.file_download', { trackingToken: 'valid', fileReleasedHere: true })).toBe(true);
      expect(can(actor, 'request.file_download', { signedInApplicant: true, fileReleasedHere: true })).toBe(true);
      // Another request's file, or one not (yet) released: refused even with the right code.
      expect(can(actor, 'request.file_download', { trackingToken: 'valid', fileReleasedHere: false })).toBe(false);
      expect(can(actor, 'request.file_download', { trackingToken: 'valid' })).toBe(false);
      // A wrong code: refused even for a released file.
      expect(can(actor, 'request.file_download', { trackingToken: 'invalid', fileReleasedHere: true })).toBe(false);
      expect(can(actor, 'request.file_download', { fileReleasedHere: true })).toBe(false);
    }
    const a = user(['ppid_pembantu'], 'unit-a');
    expect(can(a, 'request.file_attach', { unitId: 'unit-a', disposedTo: ['unit-a'] })).toBe(true);
    expect(can(a, 'request.file_attach', { unitId: 'unit-b', disposedTo: ['unit-a', 'unit-b'] })).toBe(false);
    expect(can(a, 'request.file_attach', { unitId: 'unit-a', disposedTo: [] })).toBe(false);
  });

  it('a user with no role gets nothing', () => {
    for (const action of Object.keys(MATRIX) as StaffAction[]) expect(can(user([]), action, { unitId: 'x' })).toBe(false);
  });

  it('adding roles never takes a permission away (monotonic)', () => {
    const roleSet = fc.subarray([...ROLES]);
    fc.assert(
      fc.property(roleSet, roleSet, fc.constantFrom(...(Object.keys(MATRIX) as StaffAction[])), fc.constantFrom('unit-a', 'unit-b'), (a, b, action, unitId) => {
        const small = user(a, 'unit-a');
        const big = user([...new Set([...a, ...b])], 'unit-a');
        return !can(small, action, { unitId }) || can(big, action, { unitId });
      }),
    );
  });
});
