// DIP entries submitted by the units and waiting for the PPID Utama's review, with how long they have waited.
import { dipEntriesIn } from './dip-common.js';
import type { WorkQueueSource } from './types.js';

export const dipReviews: WorkQueueSource = {
  key: 'dip_reviews',
  listHref: '/admin/dip/tinjauan',
  navHref: '/admin/dip/tinjauan',
  collect: (env) => dipEntriesIn(env, 'submitted', 'submittedAt'),
};
