// Requests still open after their written-notice deadline (UU KIP Ps 22(7)–(8)).
import { openRequestsDue } from './requests-common.js';
import type { WorkQueueSource } from './types.js';

export const overdueRequests: WorkQueueSource = {
  key: 'overdue_requests',
  listHref: '/admin/permohonan?filter=terlambat',
  navHref: '/admin/permohonan',
  collect: (env) => openRequestsDue(env, { before: env.today }),
};
