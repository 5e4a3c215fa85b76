// What each role finds in its work queue ("Perlu tindakan Anda" on the back-office home): which sources,
// for which units, and which classified items may be counted or titled at all. Pure functions of the actor.
import type { Actor, Role } from '../context.js';
import { canSeeTestInternals, type TestFacts } from './exemptions.js';
import { can, type Action, type Resource } from './index.js';

/**
 * The sources of work, in the order their sections appear (most urgent kinds first). A new source (e.g. the
 * follow-up of an objection decision) adds its key here, to the roles below, and its file to
 * src/domain/work-queue/sources.ts.
 */
export const WORK_QUEUE_SOURCE_KEYS = [
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
  'outbox_failed',
] as const;
export type WorkQueueSourceKey = (typeof WORK_QUEUE_SOURCE_KEYS)[number];

/**
 * The PPID Utama sees everything that waits in the body (also what waits on a unit or on the Atasan PPID);
 * a PPID Pembantu its own unit's to-do list; the Atasan PPID what it decides; the administrator what keeps
 * the system running, never the content of cases; a viewer reads and does nothing.
 */
const BY_ROLE: Record<Role, readonly WorkQueueSourceKey[]> = {
  ppid_utama: [
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
  ppid_pembantu: ['unit_dispositions', 'dip_returned'],
  atasan_ppid: ['objections', 'tests_to_decide', 'exemption_reviews'],
  admin: ['outbox_failed'],
  viewer: [],
};

/** The action that must be allowed (on the plan's unit, for unit-scoped sources) for a source to be shown. */
const NEEDS: Record<WorkQueueSourceKey, { action: Action; unit?: boolean }> = {
  overdue_requests: { action: 'request.view' },
  due_soon_requests: { action: 'request.view' },
  unit_dispositions: { action: 'request.list' },
  objections: { action: 'objection.view' },
  objection_follow_ups: { action: 'objection.follow_up' },
  tests_to_decide: { action: 'exemption.view', unit: true },
  exemption_reviews: { action: 'exemption.view', unit: true },
  tests_to_review: { action: 'exemption.review' },
  dip_reviews: { action: 'dip.review' },
  dip_returned: { action: 'dip.view', unit: true },
  outbox_failed: { action: 'outbox.view' },
};

export type WorkQueuePlan = {
  sources: WorkQueueSourceKey[];
  /** null: every unit of the body; otherwise only this unit's items. */
  unitId: string | null;
  /** The unit's DIP completeness checklist goes with the to-do list (a PPID Pembantu's home). */
  unitChecklist: boolean;
};

const BODY_WIDE: readonly Role[] = ['ppid_utama', 'atasan_ppid', 'admin'];

export function workQueuePlan(actor: Actor): WorkQueuePlan {
  if (actor.kind !== 'user') return { sources: [], unitId: null, unitChecklist: false };
  const bodyWide = actor.roles.some((r) => BODY_WIDE.includes(r));
  // A PPID Pembantu without a unit has no unit's work to see.
  if (!bodyWide && !actor.unitId) return { sources: [], unitId: null, unitChecklist: false };
  const unitId = bodyWide ? null : actor.unitId;
  const wanted = new Set(actor.roles.flatMap((r) => BY_ROLE[r]));
  const resource: Resource = unitId ? { unitId } : {};
  const sources = WORK_QUEUE_SOURCE_KEYS.filter((k) => wanted.has(k) && can(actor, NEEDS[k].action, NEEDS[k].unit ? resource : {}));
  return { sources, unitId, unitChecklist: !bodyWide && actor.roles.includes('ppid_pembantu') };
}

/**
 * A consequence test (or its expiry review) is counted and titled only for someone who may read its
 * internals: exemption.view on its unit and a clearance at least its item's level. Whoever may not is not
 * told that it exists, not even as a number.
 */
export function canSeeQueuedTest(actor: Actor, test: TestFacts): boolean {
  return canSeeTestInternals(actor, test);
}
