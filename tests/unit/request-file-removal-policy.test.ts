// Who may remove a request file attached by mistake (policies/request-files.ts removalRefusal): every role
// against a unit's file and a file for the written notice, before and after release, open and answered.
import { describe, expect, it } from 'vitest';
import { ROLES, type Actor } from '../../src/context.js';
import { removalRefusal, type RemovalFacts } from '../../src/policies/request-files.js';
import { user } from '../helpers/actors.js';

const facts = (over: Partial<RemovalFacts> = {}, file: Partial<RemovalFacts['file']> = {}): RemovalFacts => ({
  file: { requestId: 'r1', releasedAt: null, removedAt: null, ...file },
  requestId: 'r1',
  unitId: 'unit-a',
  disposedTo: ['unit-a'],
  open: true,
  ...over,
});

const status = (a: Actor, f: RemovalFacts) => removalRefusal(a, f)?.status ?? 'ok';

describe('removing a request file attached by mistake', () => {
  it('the lead PPID any unreleased file; the unit officer its own unit’s while the request is open; nobody else', () => {
    for (const role of ROLES) {
      const expected = role === 'ppid_utama' ? 'ok' : 403;
      expect(status(user([role], 'unit-b'), facts()), role).toBe(expected);
    }
    expect(status(user(['ppid_pembantu'], 'unit-a'), facts())).toBe('ok');
    // A file for the written notice belongs to no unit: only the lead PPID.
    expect(status(user(['ppid_pembantu'], 'unit-a'), facts({ unitId: null }))).toBe(403);
    expect(status(user(['ppid_utama']), facts({ unitId: null }))).toBe('ok');
    // Once the request is answered, the unit no longer changes its files; the lead PPID still may.
    expect(status(user(['ppid_pembantu'], 'unit-a'), facts({ open: false }))).toBe(409);
    expect(status(user(['ppid_utama']), facts({ open: false }))).toBe('ok');
  });

  it('never a released file, a removed one, or another request’s', () => {
    const utama = user(['ppid_utama']);
    expect(status(utama, facts({}, { releasedAt: new Date() }))).toBe(409);
    expect(removalRefusal(utama, facts({}, { releasedAt: new Date() }))?.message.id).toContain('sudah dilepas');
    expect(status(utama, facts({}, { removedAt: new Date() }))).toBe(404);
    expect(status(utama, facts({}, { requestId: 'r2' }))).toBe(404);
  });
});
