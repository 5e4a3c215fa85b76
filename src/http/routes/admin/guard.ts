// The gate in front of every back-office route: a signed-in user with a back-office role, no caching,
// and the work-queue counts for the navigation's badges.
import type { MiddlewareHandler } from 'hono';
import { buildWorkQueue } from '../../../domain/work-queue/build-work-queue.js';
import { authorize } from '../../../policies/index.js';
import type { Env } from '../../types.js';

// Every back-office page needs a signed-in user with a back-office role; finer checks are in the domain.
export const backofficeGuard: MiddlewareHandler<Env> = async (c, next) => {
  authorize(c.get('actor'), 'backoffice.view');
  c.header('cache-control', 'no-store');
  // work-queue: the counts for the navigation's badges, on pages (a file download has no navigation).
  if (c.req.method === 'GET' && !/\.[a-z0-9]{2,5}$|\/(surat|identitas|pindaian-surat|unduh|berkas)(\/|$)/i.test(c.req.path)) {
    try {
      c.set('workQueue', await buildWorkQueue(c.get('ctx')));
    } catch (err) {
      // A page is still worth showing without its badges.
      c.get('log').warn({ err }, 'work queue for the navigation failed');
    }
  }
  await next();
};
