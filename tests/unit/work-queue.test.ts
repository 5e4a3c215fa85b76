// The work queue's policy (which sources each role gets, for which unit), its registry of sources and the
// deadline in words.
import { describe, expect, it } from 'vitest';
import { deadlineWords } from '../../src/domain/work-queue/deadline-words.js';
import { sourceOf, WORK_QUEUE_SOURCES } from '../../src/domain/work-queue/sources.js';
import { byUrgency, type QueueItem } from '../../src/domain/work-queue/types.js';
import { canSeeQueuedTest, WORK_QUEUE_SOURCE_KEYS, workQueuePlan } from '../../src/policies/work-queue.js';
import { user } from '../helpers/actors.js';

describe('work queue policy', () => {
  it('gives the PPID Utama everything of the body, the Atasan PPID its decisions, the administrator the system only', () => {
    expect(workQueuePlan(user(['ppid_utama'], 'unit-a', 'biasa'))).toEqual({
      sources: [
        'overdue_requests',
        'due_soon_requests',
        'unit_dispositions',
        'objections',
        'objection_follow_ups',
        'tests_to_decide',
        'exemption_reviews',
        'tests_to_review',
        'dip_reviews',
        'dip_returned',
      ],
      unitId: null,
      unitChecklist: false,
    });
    expect(workQueuePlan(user(['atasan_ppid'], 'unit-a', 'biasa')).sources).toEqual(['objections', 'tests_to_decide', 'exemption_reviews']);
    expect(workQueuePlan(user(['admin'], 'unit-a', 'biasa'))).toEqual({ sources: ['outbox_failed'], unitId: null, unitChecklist: false });
    expect(workQueuePlan(user(['viewer'], 'unit-a', 'biasa')).sources).toEqual([]);
  });

  it("limits a PPID Pembantu to its own unit's to-do list and checklist; without a unit it has none", () => {
    expect(workQueuePlan(user(['ppid_pembantu'], 'unit-a', 'biasa'))).toEqual({
      sources: ['unit_dispositions', 'dip_returned'],
      unitId: 'unit-a',
      unitChecklist: true,
    });
    expect(workQueuePlan(user(['ppid_pembantu'], null, 'biasa'))).toEqual({ sources: [], unitId: null, unitChecklist: false });
    // A PPID Pembantu who is also the PPID Utama sees the whole body.
    expect(workQueuePlan(user(['ppid_pembantu', 'ppid_utama'], 'unit-a', 'biasa')).unitId).toBeNull();
  });

  it('gives nothing to anonymous visitors and the system', () => {
    expect(workQueuePlan({ kind: 'anonymous' }).sources).toEqual([]);
    expect(workQueuePlan({ kind: 'system', name: 's' }).sources).toEqual([]);
  });

  it('counts a consequence test only for a reader cleared for its level', () => {
    const test = { unitId: 'unit-b', level: 'terbatas' as const };
    expect(canSeeQueuedTest(user(['atasan_ppid'], null, 'terbatas'), test)).toBe(true);
    expect(canSeeQueuedTest(user(['atasan_ppid'], null, 'biasa'), test)).toBe(false);
    expect(canSeeQueuedTest(user(['ppid_utama'], null, 'rahasia'), test)).toBe(true);
    expect(canSeeQueuedTest(user(['admin'], null, 'rahasia'), test)).toBe(false);
    expect(canSeeQueuedTest(user(['ppid_pembantu'], 'unit-a', 'rahasia'), test)).toBe(false);
  });

  it('has exactly one source for every key', () => {
    expect(WORK_QUEUE_SOURCES.map((s) => s.key).sort()).toEqual([...WORK_QUEUE_SOURCE_KEYS].sort());
    for (const k of WORK_QUEUE_SOURCE_KEYS) expect(sourceOf(k).key).toBe(k);
  });
});

describe('deadline in words', () => {
  it('says how late, how soon or how long', () => {
    expect(deadlineWords({ kind: 'overdue', dueDate: '2026-03-10', workingDays: 3 }, 'id')).toBe('terlambat 3 hari kerja');
    expect(deadlineWords({ kind: 'overdue', dueDate: '2026-03-10', workingDays: 1 }, 'en')).toBe('1 working day late');
    expect(deadlineWords({ kind: 'due', dueDate: '2026-03-18', workingDays: 2 }, 'id')).toBe('jatuh tempo 2 hari kerja lagi');
    expect(deadlineWords({ kind: 'due', dueDate: '2026-03-16', workingDays: 0 }, 'id')).toBe('jatuh tempo hari ini');
    expect(deadlineWords({ kind: 'due', dueDate: '2026-03-18', workingDays: 2 }, 'en')).toBe('due in 2 working days');
    expect(deadlineWords({ kind: 'waiting', since: '2026-03-10', days: 6 }, 'id')).toBe('menunggu 6 hari');
  });

  it('orders late before due before waiting, oldest first', () => {
    const item = (id: string, when: QueueItem['when']): QueueItem => ({ id, title: id, detail: '', href: '/', when });
    const list = [
      item('w', { kind: 'waiting', since: '2026-03-01', days: 15 }),
      item('d2', { kind: 'due', dueDate: '2026-03-20', workingDays: 3 }),
      item('o1', { kind: 'overdue', dueDate: '2026-03-12', workingDays: 2 }),
      item('d1', { kind: 'due', dueDate: '2026-03-17', workingDays: 1 }),
      item('o2', { kind: 'overdue', dueDate: '2026-02-20', workingDays: 16 }),
    ];
    expect(list.sort(byUrgency).map((i) => i.id)).toEqual(['o2', 'o1', 'd1', 'd2', 'w']);
  });
});
