// GET /catalog.jsonld: the DCAT-AP catalogue of the public register as JSON-LD, streamed page by page.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { dcatCatalog } from '../../domain/dip/build-dcat-catalog.js';
import { dikDcatDataset } from '../../domain/exemptions/opendata.js';
import type { Env } from '../types.js';
import { jsonWithArray, textStream } from './stream.js';

export function registerCatalog(app: OpenAPIHono<Env>): void {
  app.get('/catalog.jsonld', async (c) => {
    const { head, datasets } = await dcatCatalog(c.get('ctx'));
    const open = JSON.stringify(head).replace(/\}$/, ',"dcat:dataset":[');
    // The register of exempt information is a dataset of its own, after the DIP entries.
    const ctx = c.get('ctx');
    async function* all() {
      yield* datasets;
      yield [await dikDcatDataset(ctx)];
    }
    return c.body(textStream(jsonWithArray(open, all()), c.get('log')), 200, {
      'content-type': 'application/ld+json; charset=utf-8',
      'content-disposition': 'inline; filename="catalog.jsonld"',
    });
  });

  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/catalog.jsonld',
    operationId: 'dcatCatalog',
    tags: ['DCAT'],
    summary: 'Katalog DCAT-AP (JSON-LD)',
    description:
      'Seluruh informasi publik yang diterbitkan sebagai dcat:Catalog dengan satu dcat:Dataset per entri dan satu dcat:Distribution per dokumen, ditambah satu dcat:Dataset Daftar Informasi yang Dikecualikan. Dikirim bertahap (streaming).',
    'x-summary-en': 'DCAT-AP catalogue (JSON-LD)',
    'x-description-en':
      'All published public information as a dcat:Catalog with one dcat:Dataset per entry and one dcat:Distribution per document, plus one dcat:Dataset for the register of exempt information. Streamed.',
    responses: {
      200: {
        description: 'Katalog JSON-LD.',
        content: {
          'application/ld+json': {
            schema: { type: 'object' },
            example: {
              '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/' },
              '@type': 'dcat:Catalog',
              'dcat:dataset': [{ '@type': 'dcat:Dataset', 'dct:identifier': 'DIP/DPMPTSP/2026/0001', 'dcat:distribution': [] }],
            },
          },
        },
      },
    },
  });
}
