// Who may see what of a consequence test (uji konsekuensi). The test's public fields (public title and
// summary, ground, legal basis, period, number) are for everyone once approved; its internal fields (the
// withheld information, the harm, the public-interest balance, the released part, the penetapan letter)
// describe the secret itself, so they need both exemption.view and a clearance at least the item's level.
// Need-to-know on the item is not required: the PPID Utama and the Atasan PPID review tests of every unit.
import type { Actor } from '../context.js';
import type { SecurityLevel } from '../db/schema/classification.js';
import { clearanceRank, levelRank } from './classification.js';
import { can } from './index.js';

export type TestFacts = { unitId: string; level: SecurityLevel };

export function canSeeTestInternals(actor: Actor, test: TestFacts): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user' || !can(actor, 'exemption.view', { unitId: test.unitId })) return false;
  return clearanceRank(actor.clearance) >= levelRank(test.level);
}

/** Reviewing and deciding need the internals: nobody forwards or approves what they may not read. */
export function canReviewTest(actor: Actor, test: TestFacts): boolean {
  return can(actor, 'exemption.review') && canSeeTestInternals(actor, test);
}

export function canDecideTest(actor: Actor, test: TestFacts): boolean {
  return can(actor, 'exemption.decide') && canSeeTestInternals(actor, test);
}

/** Drafting and editing: the unit's PPID Pembantu or the PPID Utama, who must be able to read what they write. */
export function canEditTest(actor: Actor, test: TestFacts): boolean {
  return can(actor, 'exemption.draft', { unitId: test.unitId }) && canSeeTestInternals(actor, test);
}
