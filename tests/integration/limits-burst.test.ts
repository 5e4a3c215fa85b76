// Limits that a burst of concurrent requests must not beat (issue #11): the login throttle, the spam limits of
// the request form (per keyed network address, per email) and of the citizen's sign-in links, and the request
// form's single-use token. Every burst is sent at once (Promise.all) through the app, on PGlite and on
// PostgreSQL; exactly the limit gets through. Prints the table of accepted / refused per burst.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, citizenSignInLinks, informationRequests, spentFormTokens } from '../../src/db/schema/index.js';
import { pruneSpentFormTokens } from '../../src/domain/requests/form-tokens.js';
import { THROTTLE } from '../../src/domain/accounts/throttle.js';
import { LINKS_PER_EMAIL_HOUR, LINKS_PER_IP_HOUR } from '../../src/domain/citizen/account.js';
import { LIMIT_PER_EMAIL_HOUR, LIMIT_PER_IP_HOUR } from '../../src/domain/requests/submit-request.js';
import { Browser, createTestApp, makeUser, PASSWORD, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { citizenRequest } from '../helpers/factories.js';

const BURST = 30;
const formOf = (over: Record<string, string> = {}): Record<string, string> => ({
  ...Object.fromEntries(Object.entries(citizenRequest({ unit: '' })).map(([k, v]) => [k, k === 'consent' ? (v ? '1' : '') : String(v ?? '')])),
  ...over,
});

type Row = { burst: string; sent: number; accepted: number; refused: number; limit: number };
const table: Row[] = [];

describe(`limits under a burst of concurrent requests (${backendName})`, () => {
  let t: TestApp;
  let b: Browser;

  /** One POST with the shared browser's cookies and CSRF token, from the given network address. */
  async function post(path: string, form: Record<string, string>, ip: string) {
    const body = new URLSearchParams({ ...form, _csrf: b.csrf });
    const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await t.app.request(path, {
      method: 'POST',
      body,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    });
    return { status: res.status, text: await res.text() };
  }

  /** n fresh form tokens, each from its own view of the form, then the time a person needs to fill it in. */
  async function formTokens(n: number): Promise<string[]> {
    const tokens: string[] = [];
    for (let i = 0; i < n; i++) tokens.push(/name="formToken" value="([^"]+)"/.exec((await b.get('/permohonan')).text)![1]!);
    t.clock.advance(20_000);
    return tokens;
  }

  const tally = (statuses: number[], ok: number) => ({ accepted: statuses.filter((s) => s === ok).length, refused: statuses.filter((s) => s !== ok).length });

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t.ctx, { email: 'sasaran@kota.example', roles: ['ppid_utama'] });
    b = new Browser(t.app, '10.9.0.1');
    await b.get('/masuk');
  });
  afterAll(async () => {
    console.log(
      `[limits-burst] ${backendName}: burst | sent | accepted | refused | limit\n` +
        table.map((r) => `[limits-burst] ${backendName}: ${r.burst} | ${r.sent} | ${r.accepted} | ${r.refused} | ${r.limit}`).join('\n'),
    );
    await t?.dispose();
  });

  it(`checks exactly ${THROTTLE.maxPerAccount} passwords of ${BURST} concurrent sign-ins on one account; the right one, sent last, is refused too`, async () => {
    const results = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        post('/masuk', { email: 'sasaran@kota.example', password: i === BURST - 1 ? PASSWORD : `salah-${i}` }, `10.1.0.${i + 1}`),
      ),
    );
    const statuses = results.map((r) => r.status);
    const checked = statuses.filter((s) => s !== 429).length;
    table.push({ burst: 'login, one account (password checks)', sent: BURST, accepted: checked, refused: BURST - checked, limit: THROTTLE.maxPerAccount });
    expect(checked).toBe(THROTTLE.maxPerAccount);
    expect(statuses.filter((s) => s === 401)).toHaveLength(THROTTLE.maxPerAccount);
    expect(statuses[BURST - 1]).toBe(429);
    expect(results[BURST - 1]!.text).toContain('Terlalu banyak percobaan masuk');
    const [failed] = await t.db.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'auth.login_failed'));
    expect(failed!.n).toBe(THROTTLE.maxPerAccount);
  });

  it(`accepts exactly ${LIMIT_PER_IP_HOUR} of ${BURST} concurrent requests from one network address`, async () => {
    const tokens = await formTokens(BURST);
    const results = await Promise.all(
      tokens.map((formToken, i) => post('/permohonan', { ...formOf({ email: `warga${i}@ip.example` }), formToken }, '10.2.0.1')),
    );
    const r = tally(
      results.map((x) => x.status),
      303,
    );
    table.push({ burst: 'request form, one network address', sent: BURST, ...r, limit: LIMIT_PER_IP_HOUR });
    expect(r.accepted).toBe(LIMIT_PER_IP_HOUR);
    expect(results.filter((x) => x.status === 429)).toHaveLength(BURST - LIMIT_PER_IP_HOUR);
    const [n] = await t.db.db.select({ n: count() }).from(informationRequests);
    expect(n!.n).toBe(LIMIT_PER_IP_HOUR);
  });

  it(`accepts exactly ${LIMIT_PER_EMAIL_HOUR} of ${BURST} concurrent requests with one email`, async () => {
    const tokens = await formTokens(BURST);
    const results = await Promise.all(
      tokens.map((formToken, i) => post('/permohonan', { ...formOf({ email: 'satu@email.example' }), formToken }, `10.3.0.${i + 1}`)),
    );
    const r = tally(
      results.map((x) => x.status),
      303,
    );
    table.push({ burst: 'request form, one email', sent: BURST, ...r, limit: LIMIT_PER_EMAIL_HOUR });
    expect(r.accepted).toBe(LIMIT_PER_EMAIL_HOUR);
    expect(results.filter((x) => x.status === 429)).toHaveLength(BURST - LIMIT_PER_EMAIL_HOUR);
    const [n] = await t.db.db.select({ n: count() }).from(informationRequests).where(eq(informationRequests.email, 'satu@email.example'));
    expect(n!.n).toBe(LIMIT_PER_EMAIL_HOUR);
  });

  it(`accepts exactly one of 10 concurrent submissions replaying one form token`, async () => {
    const [formToken] = await formTokens(1);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => post('/permohonan', { ...formOf({ email: `ulang${i}@token.example` }), formToken: formToken! }, `10.4.0.${i + 1}`)),
    );
    const r = tally(
      results.map((x) => x.status),
      303,
    );
    table.push({ burst: 'request form, one form token replayed', sent: 10, ...r, limit: 1 });
    expect(r.accepted).toBe(1);
    const refused = results.filter((x) => x.status !== 303);
    expect(refused.map((x) => x.status)).toEqual(Array(9).fill(422));
    for (const x of refused) expect(x.text).toContain('Formulir ini sudah pernah dikirim');
    // A later replay, alone, is refused the same way.
    const again = await post('/permohonan', { ...formOf({ email: 'lagi@token.example' }), formToken: formToken! }, '10.4.1.1');
    expect(again.status).toBe(422);
  });

  it(`mails exactly ${LINKS_PER_IP_HOUR} citizen sign-in links of ${BURST} asked at once from one address, ${LINKS_PER_EMAIL_HOUR} for one email`, async () => {
    const byIp = await Promise.all(Array.from({ length: BURST }, (_, i) => post('/akun/masuk', { email: `akun${i}@warga.example` }, '10.5.0.1')));
    const ip = tally(
      byIp.map((x) => x.status),
      303,
    );
    table.push({ burst: 'citizen sign-in link, one network address', sent: BURST, ...ip, limit: LINKS_PER_IP_HOUR });
    expect(ip.accepted).toBe(LINKS_PER_IP_HOUR);
    expect(byIp.filter((x) => x.status === 429)).toHaveLength(BURST - LINKS_PER_IP_HOUR);

    const byEmail = await Promise.all(Array.from({ length: BURST }, (_, i) => post('/akun/masuk', { email: 'satu@akun.example' }, `10.6.0.${i + 1}`)));
    const em = tally(
      byEmail.map((x) => x.status),
      303,
    );
    table.push({ burst: 'citizen sign-in link, one email', sent: BURST, ...em, limit: LINKS_PER_EMAIL_HOUR });
    expect(em.accepted).toBe(LINKS_PER_EMAIL_HOUR);
    const [n] = await t.db.db
      .select({ n: count() })
      .from(citizenSignInLinks)
      .where(and(eq(citizenSignInLinks.email, 'satu@akun.example')));
    expect(n!.n).toBe(LINKS_PER_EMAIL_HOUR);
  });

  it('prunes spent form tokens once they could not be used anyway', async () => {
    const spent = async () => (await t.db.db.select({ n: count() }).from(spentFormTokens))[0]!.n;
    expect(await spent()).toBeGreaterThan(0);
    t.clock.advance(23 * 3600_000);
    expect(await pruneSpentFormTokens(t.ctx)).toBe(0);
    t.clock.advance(2 * 3600_000);
    expect(await pruneSpentFormTokens(t.ctx)).toBeGreaterThan(0);
    expect(await spent()).toBe(0);
  });
});
