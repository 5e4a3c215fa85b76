// Every source of the work queue, one file each. The extension point: a new kind of work (e.g. the follow-up
// an objection decision orders) is a WorkQueueSource in its own file, listed here, with its key in
// WORK_QUEUE_SOURCE_KEYS and given to the roles that act on it in src/policies/work-queue.ts.
import type { WorkQueueSourceKey } from '../../policies/work-queue.js';
import { dipReturned } from './dip-returned.js';
import { dipReviews } from './dip-reviews.js';
import { dueSoonRequests } from './due-soon-requests.js';
import { exemptionReviewsDue } from './exemption-reviews.js';
import { objectionsToDecide } from './objections-to-decide.js';
import { objectionFollowUps } from './objection-follow-ups.js';
import { outboxFailed } from './outbox-failed.js';
import { overdueRequests } from './overdue-requests.js';
import { testsToDecide } from './tests-to-decide.js';
import { testsToReview } from './tests-to-review.js';
import type { WorkQueueSource } from './types.js';
import { unitDispositions } from './unit-dispositions.js';

export const WORK_QUEUE_SOURCES: readonly WorkQueueSource[] = [
  overdueRequests,
  dueSoonRequests,
  unitDispositions,
  objectionsToDecide,
  objectionFollowUps,
  testsToDecide,
  exemptionReviewsDue,
  testsToReview,
  dipReviews,
  dipReturned,
  outboxFailed,
];

export function sourceOf(key: WorkQueueSourceKey): WorkQueueSource {
  const s = WORK_QUEUE_SOURCES.find((x) => x.key === key);
  // A key without a source is a programming error caught by the unit test of the registry.
  if (!s) throw new Error(`work queue: no source for ${key}`);
  return s;
}
