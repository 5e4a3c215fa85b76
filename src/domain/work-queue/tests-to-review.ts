// Consequence tests submitted by a unit, waiting for the PPID Utama's review.
import { testsInState } from './tests-common.js';
import type { WorkQueueSource } from './types.js';

export const testsToReview: WorkQueueSource = {
  key: 'tests_to_review',
  listHref: '/admin/uji-konsekuensi?status=submitted',
  navHref: '/admin/uji-konsekuensi',
  collect: (env) => testsInState(env, 'submitted'),
};
