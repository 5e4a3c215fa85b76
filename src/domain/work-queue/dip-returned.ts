// DIP entries the PPID Utama returned to their unit for correction.
import { dipEntriesIn } from './dip-common.js';
import type { WorkQueueSource } from './types.js';

export const dipReturned: WorkQueueSource = {
  key: 'dip_returned',
  listHref: '/admin/dip?status=returned',
  navHref: '/admin/dip',
  collect: (env) => dipEntriesIn(env, 'returned', 'updatedAt'),
};
