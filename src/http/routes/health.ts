// Liveness and readiness probes for load balancers and orchestrators.
import { Hono } from 'hono';
import type { Env } from '../types.js';

export const healthRoutes = new Hono<Env>();

/** Set by `qgesy serve` on SIGTERM: the instance finishes what it has and takes nothing new (src/cli/commands/serve.ts). */
export const readiness = { draining: false };

healthRoutes.get('/healthz', (c) => c.json({ status: 'ok' }));

healthRoutes.get('/readyz', async (c) => {
  const { database } = c.get('deps');
  if (readiness.draining) {
    c.header('connection', 'close');
    return c.json({ status: 'draining' }, 503);
  }
  try {
    await database.ping();
    const m = await database.migrationStatus();
    const current = m.applied === m.expected;
    return c.json(
      { status: current ? 'ready' : 'migrations_pending', database: 'ok', migrations: { applied: m.applied, expected: m.expected } },
      current ? 200 : 503,
    );
  } catch {
    return c.json({ status: 'unavailable', database: 'unreachable' }, 503);
  }
});
