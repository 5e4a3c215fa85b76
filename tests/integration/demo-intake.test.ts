// The demo's staff-entered requests: the annual report's per-channel table has figures from every channel
// staff enter (walk-in, letter, email, phone), and the register shows the channel.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { informationRequests } from '../../src/db/schema/index.js';
import { requestFacts, summarise } from '../../src/domain/requests/statistics.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

describe(`demo: requests entered by staff (${backendName})`, { timeout: 600_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: true });
  }, 600_000);
  afterAll(async () => t.dispose());

  it('counts walk-in, letter, email and phone requests in the demo year, each entered by the PPID Utama', async () => {
    const year = Number(t.clock.now().toISOString().slice(0, 4));
    const s = summarise(await requestFacts(t.ctx, year), t.clock.now().toISOString().slice(0, 10));
    console.log(`[figures] annual report ${year}, requests per channel: ${JSON.stringify(s.byChannel)}`);
    for (const ch of ['langsung', 'surat', 'email', 'telepon'] as const) expect(s.byChannel[ch], ch).toBeGreaterThan(0);
    expect(s.byChannel.web).toBeGreaterThan(0);
    const staff = await t.db.db.select().from(informationRequests).where(eq(informationRequests.channel, 'langsung'));
    expect(staff.every((r) => r.enteredBy !== null)).toBe(true);
  });
});
