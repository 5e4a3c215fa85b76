import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

describe('error pages and https headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { baseUrl: 'https://ppid.palangkaraya.example', secureCookies: true } });
    // A handler that fails the way a bug would.
    t.app.get('/uji-gagal', () => {
      throw new Error('relation "rahasia" does not exist at /srv/app/src/x.ts:12');
    });
  });
  afterAll(async () => t.dispose());

  it('shows a friendly 500 page with an incident code and no internals', async () => {
    const res = await t.app.request('/uji-gagal', { headers: { 'x-request-id': 'kejadian-12345678' } });
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).toContain('Terjadi gangguan');
    expect(html).toContain('kejadian-12345678');
    expect(html).not.toContain('rahasia');
    expect(html).not.toContain('.ts:');
    const json = await t.app.request('/uji-gagal', { headers: { accept: 'application/json' } });
    expect(json.status).toBe(500);
    const body = await json.text();
    expect(body).not.toContain('rahasia');
  });

  it('sends HSTS and Secure cookies under https', async () => {
    const res = await t.app.request('/masuk');
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    expect(res.headers.getSetCookie().find((c) => c.startsWith('qg_csrf='))).toMatch(/Secure/);
  });

  it('refuses an oversized form body with a clear message', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024);
    const res = await t.app.request('/masuk', { method: 'POST', body: `email=${big}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('terlalu besar');
  });
});
