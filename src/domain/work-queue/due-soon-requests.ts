// Requests whose written notice is due today or within the next N working days (env.dueSoonWorkingDays).
import { openRequestsDue } from './requests-common.js';
import type { WorkQueueSource } from './types.js';

export const dueSoonRequests: WorkQueueSource = {
  key: 'due_soon_requests',
  listHref: '/admin/permohonan?filter=segera',
  navHref: '/admin/permohonan',
  collect: (env) => openRequestsDue(env, { from: env.today, to: env.soonLimit }),
};
