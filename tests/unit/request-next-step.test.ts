// The one step due on a request, for every state of the case and every role: the PPID Utama disposes,
// extends or issues the notice; the unit answers what was disposed to it; everyone else is told whom it waits on.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/context.js';
import { nextStep, type CaseState, type NextStepKind } from '../../src/domain/requests/next-step.js';
import { user } from '../helpers/actors.js';

const OWN = '00000000-0000-4000-8000-00000000000a';
const OTHER = '00000000-0000-4000-8000-00000000000b';

const ACTORS = {
  utama: user(['ppid_utama']),
  ownUnit: user(['ppid_pembantu'], OWN),
  otherUnit: user(['ppid_pembantu'], OTHER),
  atasan: user(['atasan_ppid']),
  viewer: user(['viewer']),
  admin: user(['admin']),
  anonymous: { kind: 'anonymous' } as Actor,
} as const;
type Who = keyof typeof ACTORS;

const base: CaseState = { status: 'received', today: '2026-03-16', dueDate: '2026-03-30', dueSoon: false, extended: false, dispositions: [] };
const disposed = (answered: boolean) => [{ id: 'd1', unitId: OWN, unitName: 'Dinas Pendidikan', answered }];

const STATES: Record<string, CaseState> = {
  received: base,
  receivedOverdue: { ...base, today: '2026-03-31' },
  disposed: { ...base, status: 'in_progress', dispositions: disposed(false) },
  disposedDueSoon: { ...base, status: 'in_progress', dueSoon: true, dispositions: disposed(false) },
  extendedDueSoon: { ...base, status: 'extended', extended: true, dueSoon: true, dispositions: disposed(false) },
  disposedOverdue: { ...base, status: 'in_progress', today: '2026-03-31', dispositions: disposed(false) },
  unitAnswered: { ...base, status: 'in_progress', dispositions: disposed(true) },
  twoUnitsOneAnswered: {
    ...base,
    status: 'in_progress',
    dispositions: [...disposed(true), { id: 'd2', unitId: OTHER, unitName: 'Dinas Kesehatan', answered: false }],
  },
  extendedAnswered: { ...base, status: 'extended', extended: true, dispositions: disposed(true) },
  answered: { ...base, status: 'answered', dispositions: disposed(true) },
  closed: { ...base, status: 'closed' },
};

// state -> who -> the step due
const EXPECTED: Record<keyof typeof STATES, Record<Who, NextStepKind>> = {
  received: { utama: 'dispose', ownUnit: 'wait', otherUnit: 'wait', atasan: 'wait', viewer: 'wait', admin: 'wait', anonymous: 'wait' },
  receivedOverdue: { utama: 'respond', ownUnit: 'wait', otherUnit: 'wait', atasan: 'wait', viewer: 'wait', admin: 'wait', anonymous: 'wait' },
  disposed: { utama: 'wait', ownUnit: 'unit_answer', otherUnit: 'wait', atasan: 'wait', viewer: 'wait', admin: 'wait', anonymous: 'wait' },
  disposedDueSoon: { utama: 'extend', ownUnit: 'unit_answer', otherUnit: 'wait', atasan: 'wait', viewer: 'wait', admin: 'wait', anonymous: 'wait' },
  extendedDueSoon: { utama: 'wait', ownUnit: 'unit_answer', otherUnit: 'wait', atasan: 'wait', viewer: 'wait', admin: 'wait', anonymous: 'wait' },
  disposedOverdue: { utama: 'respond', ownUnit: 'unit_answer', otherUnit: 'wait', atasan: 'wait', viewer: 'wait', admin: 'wait', anonymous: 'wait' },
  unitAnswered: { utama: 'respond', ownUnit: 'wait', otherUnit: 'wait', atasan: 'wait', viewer: 'wait', admin: 'wait', anonymous: 'wait' },
  twoUnitsOneAnswered: { utama: 'wait', ownUnit: 'wait', otherUnit: 'unit_answer', atasan: 'wait', viewer: 'wait', admin: 'wait', anonymous: 'wait' },
  extendedAnswered: { utama: 'respond', ownUnit: 'wait', otherUnit: 'wait', atasan: 'wait', viewer: 'wait', admin: 'wait', anonymous: 'wait' },
  answered: { utama: 'done', ownUnit: 'done', otherUnit: 'done', atasan: 'done', viewer: 'done', admin: 'done', anonymous: 'done' },
  closed: { utama: 'done', ownUnit: 'done', otherUnit: 'done', atasan: 'done', viewer: 'done', admin: 'done', anonymous: 'done' },
};

describe('nextStep: the one action due on a request, per state and role', () => {
  for (const [state, row] of Object.entries(EXPECTED)) {
    for (const [who, kind] of Object.entries(row)) {
      it(`${state} × ${who} → ${kind}`, () => {
        const step = nextStep(STATES[state]!, ACTORS[who as Who]);
        expect(step.kind).toBe(kind);
        // Every answer carries a sentence in both languages.
        expect(step.why.id.length).toBeGreaterThan(10);
        expect(step.why.en.length).toBeGreaterThan(10);
      });
    }
  }

  it('names the dispositions a unit answers: its own only', () => {
    const step = nextStep(STATES.twoUnitsOneAnswered!, ACTORS.otherUnit);
    expect(step).toMatchObject({ kind: 'unit_answer', dispositionIds: ['d2'] });
    const both = nextStep(
      { ...STATES.disposed!, dispositions: [...disposed(false), { id: 'd2', unitId: OTHER, unitName: 'Dinas Kesehatan', answered: false }] },
      ACTORS.ownUnit,
    );
    expect(both).toMatchObject({ kind: 'unit_answer', dispositionIds: ['d1'] });
  });

  it('says whom the case waits on', () => {
    expect(nextStep(STATES.received!, ACTORS.viewer).why.id).toContain('PPID Utama meneruskan');
    expect(nextStep(STATES.twoUnitsOneAnswered!, ACTORS.utama).why.id).toBe('Menunggu jawaban unit kerja: Dinas Kesehatan.');
    expect(nextStep(STATES.unitAnswered!, ACTORS.atasan).why.id).toBe('Menunggu PPID Utama menerbitkan pemberitahuan tertulis.');
    expect(nextStep(STATES.disposedOverdue!, ACTORS.utama).why.id).toContain('Dinas Pendidikan belum menjawab');
  });
});
