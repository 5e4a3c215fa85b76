// Consequence tests forwarded by the PPID Utama, waiting for the Atasan PPID's decision (penetapan).
import { testsInState } from './tests-common.js';
import type { WorkQueueSource } from './types.js';

export const testsToDecide: WorkQueueSource = {
  key: 'tests_to_decide',
  listHref: '/admin/uji-konsekuensi?status=reviewed',
  navHref: '/admin/uji-konsekuensi',
  collect: (env) => testsInState(env, 'reviewed'),
};
