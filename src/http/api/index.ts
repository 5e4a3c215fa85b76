// The open-data APIs: JSON API v1 with its OpenAPI 3.1 document and documentation page, the read-only
// CKAN Action API for harvesters, and the DCAT-AP catalogue. Public data only, all of it through the
// public read model.
import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import type { Env } from '../types.js';
import { registerCatalog } from './catalog.js';
import { registerCkan } from './ckan.js';
import { registerDocs } from './docs.js';
import { openApiDocument } from './openapi.js';
import { apiErrorHandler, defaultHook } from './problem.js';
import { registerV1 } from './v1.js';
import { registerRequestApi } from './requests.js';
import { registerDikApi } from './dik.js';
import { registerObjectionApi } from './objections.js';

export const apiRoutes = new OpenAPIHono<Env>({ defaultHook });

// Reading is public and needs no cookies: any web page may read it (Access-Control-Allow-Origin: *). Writing is
// not: the request and objection endpoints get no CORS headers, so a browser on another site can neither send
// them a JSON call nor read the answer, and the CSRF guard refuses a write whose Origin is another site (403).
// See docs/architecture-notes.md, "CORS".
const openCors = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type'], maxAge: 86400 });
/** The API's write endpoints (a POST, or the browser's preflight for one). */
export const WRITE_API = /^\/api\/v1\/(requests|objections)\/?$/;
const READ_METHODS = new Set(['GET', 'HEAD']);
function isWriteCall(method: string, path: string, preflightMethod: string | undefined): boolean {
  if (!WRITE_API.test(path)) return false;
  if (method === 'OPTIONS') return !READ_METHODS.has((preflightMethod ?? 'GET').toUpperCase());
  return !READ_METHODS.has(method);
}
for (const path of ['/api/v1/*', '/api/3/*', '/api/action/*', '/api/openapi.json', '/catalog.jsonld']) {
  apiRoutes.use(path, async (c, next) => {
    if (!isWriteCall(c.req.method, c.req.path, c.req.header('access-control-request-method'))) return openCors(c, next);
    // A preflight for a cross-origin write: refused, with no CORS headers.
    if (c.req.method === 'OPTIONS') return c.body(null, 403);
    return next();
  });
}

registerV1(apiRoutes);
registerDikApi(apiRoutes);
registerRequestApi(apiRoutes);
registerObjectionApi(apiRoutes);
registerCkan(apiRoutes);
registerCatalog(apiRoutes);

apiRoutes.get('/api/openapi.json', (c) => c.json(openApiDocument(apiRoutes, c.get('deps').config.baseUrl)));
registerDocs(apiRoutes, (baseUrl) => openApiDocument(apiRoutes, baseUrl));

apiRoutes.onError(apiErrorHandler);
