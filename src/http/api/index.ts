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

// Public, read-only, no cookies needed: any web page may read it.
const openCors = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type'], maxAge: 86400 });
for (const path of ['/api/v1/*', '/api/3/*', '/api/action/*', '/api/openapi.json', '/catalog.jsonld']) apiRoutes.use(path, openCors);

registerV1(apiRoutes);
registerDikApi(apiRoutes);
registerRequestApi(apiRoutes);
registerObjectionApi(apiRoutes);
registerCkan(apiRoutes);
registerCatalog(apiRoutes);

apiRoutes.get('/api/openapi.json', (c) => c.json(openApiDocument(apiRoutes, c.get('deps').config.baseUrl)));
registerDocs(apiRoutes, (baseUrl) => openApiDocument(apiRoutes, baseUrl));

apiRoutes.onError(apiErrorHandler);
