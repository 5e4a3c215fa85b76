// Builds the Hono application: middleware, routers and error mapping.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { keyRing } from '../documents/encryption.js';
import { errors } from '../errors.js';
import { handleError, notFound } from './errors.js';
import { csrf } from './middleware/csrf.js';
import { bodyGuard, urlGuard } from './middleware/input-guard.js';
import { requestContext } from './middleware/context.js';
import { securityHeaders } from './middleware/security.js';
import { compression } from './middleware/compress.js';
import { localeUrls, routerPath } from './locale-url.js';
import { publicPageCache } from './page-cache.js';
import { searchLog } from './search-log.js';
import { healthRoutes } from './routes/health.js';
import { MAX_IMPORT_BYTES } from '../domain/dip/import-format.js';
import { MAX_DECISION_BYTES } from '../domain/disputes/shared.js';
import { MAX_SCAN_BYTES, SCAN_UPLOAD_PATH } from '../domain/requests/letter-scans.js';
import { mountRoutes } from './routes/index.js';
import { isDocumentUpload } from './routes/dip/documents.js';
import { isClassifiedUpload } from './routes/classified/admin.js';
import { DECISION_UPLOAD_PATH } from './routes/requests/disputes.js';
import { CASE_FILE_UPLOAD_PATH, caseFileLimit } from './routes/requests/files.js'; // case-docs
import type { AppDeps, Env } from './types.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The `public/` folder with CSS and images, from the source tree or next to the bundle. */
export function staticRoot(): string {
  for (const c of [path.join(here, '..', '..', 'public'), path.join(here, '..', 'public')]) {
    if (existsSync(path.join(c, 'app.css'))) return c;
  }
  throw new Error('public/ folder not found');
}

export function createApp(given: AppDeps): Hono<Env> {
  const deps: AppDeps = given.keys ? given : { ...given, keys: keyRing(given.config.encryptionKeyFile) };
  // /en/... is routed as the same page (locale-url.ts): the router sees the path without the prefix.
  const app = new Hono<Env>({ getPath: routerPath });
  const root = path.relative(process.cwd(), staticRoot()) || '.';

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.route('/', healthRoutes);
  // Outermost: compresses what every later layer produced (static files, cached and rendered pages).
  app.use('*', compression());
  app.use('*', securityHeaders(deps.config.secureCookies));
  // Control characters and broken encodings in the address are refused before anything reads it.
  app.use('*', urlGuard());
  app.use(
    '/static/*',
    serveStatic({
      root,
      rewriteRequestPath: (p) => p.replace(/^\/static/, ''),
      onFound: (_p, c) => {
        c.header('cache-control', 'public, max-age=3600');
      },
    }),
  );
  // Outside the page cache, so that a search page served from memory is counted as well.
  app.use('*', searchLog());
  // Before the request context: a page served from memory needs no session lookup and no query.
  app.use('*', publicPageCache(deps.config.pageCacheBytes));
  // Inside the cache, which keeps English pages with their links already in English.
  app.use('*', localeUrls());
  app.use('*', requestContext());
  app.use('*', async (c, next) => {
    const start = performance.now();
    await next();
    // Route patterns, not paths: a path can carry a one-time token. No IPs, no emails.
    c.get('log').info({ method: c.req.method, route: c.req.routePath, status: c.res.status, ms: Math.round(performance.now() - start) }, 'request');
  });
  // Forms are small; file uploads get their own, larger limit on their routes (which stream to disk).
  const formLimit = bodyLimit({
    maxSize: 2 * 1024 * 1024,
    onError: () => {
      throw errors.tooLarge(2);
    },
  });
  const importLimit = bodyLimit({
    maxSize: MAX_IMPORT_BYTES + 64 * 1024,
    onError: () => {
      throw errors.tooLarge(MAX_IMPORT_BYTES / 1024 / 1024);
    },
  });
  // The request form may carry an identity scan of up to 5 MB; a larger one still reaches the form's own
  // check (and its message, with everything typed kept) unless it is far too large.
  const requestFormLimit = bodyLimit({
    maxSize: 10 * 1024 * 1024,
    onError: () => {
      throw errors.tooLarge(5);
    },
  });
  const decisionLimit = bodyLimit({
    maxSize: MAX_DECISION_BYTES + 64 * 1024,
    onError: () => {
      throw errors.tooLarge(MAX_DECISION_BYTES / 1024 / 1024);
    },
  });
  const scanLimit = bodyLimit({
    maxSize: MAX_SCAN_BYTES + 64 * 1024,
    onError: () => {
      throw errors.tooLarge(MAX_SCAN_BYTES / 1024 / 1024);
    },
  });
  const requestFileLimit = caseFileLimit(deps.config.maxUploadBytes); // case-docs: request files
  app.use('*', (c, next) => {
    // The document upload streams its file to disk under MAX_UPLOAD_MB (routes/dip/documents.tsx).
    if (isDocumentUpload(c) || isClassifiedUpload(c)) return next();
    if (c.req.method === 'POST' && c.req.path === '/permohonan') return requestFormLimit(c, next);
    if (c.req.method === 'POST' && c.req.path === '/admin/dip/impor') return importLimit(c, next);
    if (c.req.method === 'POST' && DECISION_UPLOAD_PATH.test(c.req.path)) return decisionLimit(c, next);
    if (c.req.method === 'POST' && SCAN_UPLOAD_PATH.test(c.req.path)) return scanLimit(c, next);
    if (c.req.method === 'POST' && CASE_FILE_UPLOAD_PATH.test(c.req.path)) return requestFileLimit(c, next); // case-docs
    return formLimit(c, next);
  });
  // NUL, invalid UTF-8, malformed multipart or JSON: a 400 here rather than a 500 further in.
  app.use(
    '*',
    bodyGuard((c) => isDocumentUpload(c) || isClassifiedUpload(c)),
  );
  // The document upload checks the CSRF token itself, before it stores a byte: this middleware would
  // parse, i.e. buffer, the whole multipart body first.
  const csrfCheck = csrf();
  app.use('*', (c, next) => (isDocumentUpload(c) || isClassifiedUpload(c) ? next() : csrfCheck(c, next)));
  mountRoutes(app);
  app.notFound(notFound);
  app.onError(handleError);
  return app;
}
