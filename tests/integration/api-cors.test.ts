// CORS of the open-data API (issue #11, docs/architecture-notes.md "CORS"): reading is open to any site
// (Access-Control-Allow-Origin: *), writing is not: POST /api/v1/requests and /api/v1/objections carry no CORS
// header, their preflight is refused, and a call whose Origin is another site gets 403 and registers nothing.
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { informationRequests } from '../../src/db/schema/index.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';
import { citizenRequest } from '../helpers/factories.js';

const OTHER = 'https://situs-lain.example';

describe(`CORS: the read API is open, the write API is not (${backendName})`, () => {
  let t: TestApp;
  const request = () => JSON.stringify({ ...citizenRequest({ unit: '' }) });
  const write = (path: string, headers: Record<string, string>) =>
    t.app.request(path, { method: 'POST', body: request(), headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.80.0.1', ...headers } });
  const requests = async () => (await t.db.db.select({ n: count() }).from(informationRequests))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('lets any site read: GET answers and preflights carry Access-Control-Allow-Origin: *', async () => {
    for (const path of ['/api/v1/units', '/api/v1/dip', '/api/v1/dik', '/api/3/action/package_list', '/api/openapi.json', '/catalog.jsonld']) {
      const res = await t.app.request(path, { headers: { origin: OTHER } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
    }
    const pre = await t.app.request('/api/v1/units', { method: 'OPTIONS', headers: { origin: OTHER, 'access-control-request-method': 'GET' } });
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    // CKAN clients POST their read-only actions.
    const ckan = await t.app.request('/api/3/action/package_list', { method: 'OPTIONS', headers: { origin: OTHER, 'access-control-request-method': 'POST' } });
    expect(ckan.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('gives the write endpoints no CORS headers and refuses their preflight', async () => {
    for (const path of ['/api/v1/requests', '/api/v1/objections']) {
      const pre = await t.app.request(path, {
        method: 'OPTIONS',
        headers: { origin: OTHER, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(pre.status, path).toBe(403);
      expect(pre.headers.get('access-control-allow-origin'), path).toBeNull();
      expect(pre.headers.get('access-control-allow-methods'), path).toBeNull();
    }
  });

  it('refuses a cross-origin write call with 403 and registers nothing', async () => {
    const before = await requests();
    for (const path of ['/api/v1/requests', '/api/v1/objections']) {
      const res = await write(path, { origin: OTHER });
      expect(res.status, path).toBe(403);
      expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
      const body = (await res.json()) as { code: string; title: string; title_en?: string };
      expect(body.code).toBe('cross_origin_write');
      const site = await write(path, { 'sec-fetch-site': 'cross-site' });
      expect(site.status, path).toBe(403);
    }
    expect(await requests()).toBe(before);
  });

  it('still takes a write from a tool (no Origin) and from the site itself, without a CORS header', async () => {
    const tool = await write('/api/v1/requests', {});
    expect(tool.status).toBe(201);
    expect(tool.headers.get('access-control-allow-origin')).toBeNull();
    const own = await write('/api/v1/requests', { origin: new URL(t.deps.config.baseUrl).origin, 'x-forwarded-for': '10.80.0.2' });
    expect(own.status).toBe(201);
    expect(own.headers.get('access-control-allow-origin')).toBeNull();
  });
});
