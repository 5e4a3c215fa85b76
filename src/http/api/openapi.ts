// The OpenAPI 3.1 document of the open-data APIs, generated from the routes' schemas; the documentation
// page at /api is rendered from the same document.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { APP_VERSION } from '../../version.js';
import type { Env } from '../types.js';

export type OpenApiDocument = ReturnType<OpenAPIHono<Env>['getOpenAPI31Document']>;

// The document depends on the routes (fixed at start) and the base URL only.
const cache = new Map<string, OpenApiDocument>();

export function openApiDocument(app: OpenAPIHono<Env>, baseUrl: string): OpenApiDocument {
  const hit = cache.get(baseUrl);
  if (hit) return hit;
  const doc = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Q-Gesy: API Data Terbuka PPID',
      version: APP_VERSION,
      description:
        'Daftar Informasi Publik (UU No. 14 Tahun 2008) dalam JSON, hanya baca, tanpa kunci API. Hanya informasi yang sudah diterbitkan yang tersedia. ' +
        'Galat dikirim sebagai application/problem+json dengan pesan bahasa Indonesia (title) dan Inggris (title_en).\n\n' +
        'The public information register (Law No. 14 of 2008) as JSON, read-only, no API key. Only published information is available. ' +
        'Errors are application/problem+json with an Indonesian (title) and an English (title_en) message.',
      'x-title-en': 'Q-Gesy: open data API of the information officer (PPID)',
    },
    servers: [{ url: baseUrl }],
    tags: [
      {
        name: 'Daftar Informasi Publik',
        description: 'Entri DIP yang diterbitkan.',
        'x-name-en': 'Public information register',
        'x-description-en': 'Published register entries.',
      },
      {
        name: 'Daftar Informasi yang Dikecualikan',
        description: 'Informasi yang dikecualikan berdasarkan uji konsekuensi yang ditetapkan (UU 14/2008 Pasal 17), tanpa isinya.',
        'x-name-en': 'Register of exempt information',
        'x-description-en': 'Information exempt by an approved consequence test (Art. 17 of Law 14/2008), without its content.',
      },
      { name: 'Unit kerja', description: 'Perangkat daerah yang melayani informasi.', 'x-name-en': 'Units', 'x-description-en': 'Units of the public body.' },
      {
        name: 'CKAN',
        description: 'CKAN Action API hanya-baca untuk pemanen data (mis. Satu Data Indonesia).',
        'x-name-en': 'CKAN',
        'x-description-en': 'Read-only CKAN Action API for harvesters (e.g. Satu Data Indonesia).',
      },
      { name: 'DCAT', description: 'Katalog DCAT-AP dalam JSON-LD.', 'x-name-en': 'DCAT', 'x-description-en': 'DCAT-AP catalogue as JSON-LD.' },
    ],
  });
  cache.set(baseUrl, doc);
  return doc;
}
