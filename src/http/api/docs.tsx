// GET /api: the documentation page of the open-data APIs, rendered on the server from the OpenAPI
// document itself (no scripts, no CDN), Indonesian first.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { FC } from 'hono/jsx';
import { PublicLayout, tx, type View } from '../components/layout.js';
import { view } from '../forms.js';
import type { Env } from '../types.js';
import type { OpenApiDocument } from './openapi.js';

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  description?: string;
  example?: unknown;
  'x-description-en'?: string;
};
type Param = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Media = { schema?: Schema; example?: unknown };
type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  'x-summary-en'?: string;
  'x-description-en'?: string;
  tags?: string[];
  parameters?: Param[];
  responses?: Record<string, { description?: string; content?: Record<string, Media> }>;
};
type Tag = { name: string; description?: string; 'x-name-en'?: string; 'x-description-en'?: string };

type Op = { method: string; path: string; op: Operation; anchor: string };

function operations(doc: OpenApiDocument): Op[] {
  const out: Op[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (op)
        out.push({
          method: method.toUpperCase(),
          path,
          op,
          anchor: op.operationId?.startsWith('ckan_') ? `ckan-${op.operationId.slice(5)}` : `op-${op.operationId ?? path}`,
        });
    }
  }
  return out;
}

function refSchema(doc: OpenApiDocument, s: Schema | undefined): (Schema & { example?: unknown }) | undefined {
  if (!s?.$ref) return s;
  const name = s.$ref.split('/').pop() ?? '';
  return (doc.components?.schemas as Record<string, Schema> | undefined)?.[name];
}

function typeLabel(v: View, s: Schema | undefined): string {
  if (!s) return '';
  const parts: string[] = [];
  const type = Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? '');
  if (s.enum) parts.push(s.enum.map(String).join(' | '));
  else parts.push(s.format ? `${type} (${s.format})` : type);
  if (s.minimum !== undefined || s.maximum !== undefined) parts.push(`${s.minimum ?? ''}–${s.maximum ?? ''}`);
  if (s.default !== undefined) parts.push(`${tx(v, 'bawaan', 'default')}: ${String(s.default)}`);
  return parts.filter(Boolean).join(', ');
}

/** Example request: required parameters and up to two optional ones that have examples. */
function exampleUrl(baseUrl: string, o: Op): string {
  let path = o.path;
  const query: string[] = [];
  let optional = 0;
  for (const p of o.op.parameters ?? []) {
    const ex = p.schema?.example;
    if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(String(ex ?? p.name)));
    else if (p.in === 'query' && ex !== undefined && (p.required || optional++ < 2))
      query.push(`${encodeURIComponent(p.name)}=${encodeURIComponent(String(ex))}`);
  }
  return `${baseUrl}${path}${query.length ? `?${query.join('&')}` : ''}`;
}

function exampleResponse(doc: OpenApiDocument, o: Op): { type: string; text: string } | null {
  const ok = o.op.responses?.['200']?.content;
  if (!ok) return null;
  for (const [type, media] of Object.entries(ok)) {
    const ex = media.example ?? refSchema(doc, media.schema)?.example;
    if (ex !== undefined) return { type, text: JSON.stringify(ex, null, 2) };
  }
  return null;
}

/** Indonesian text, or its English when the page is in English and a translation exists (else marked as Indonesian). */
const Bi: FC<{ v: View; id?: string | undefined; en?: string | undefined }> = ({ v, id, en }) => {
  if (v.locale === 'en' && en) return <>{en}</>;
  if (v.locale === 'en' && id) return <span lang="id">{id}</span>;
  return <>{id ?? ''}</>;
};

const OperationSection: FC<{ v: View; doc: OpenApiDocument; o: Op; baseUrl: string }> = ({ v, doc, o, baseUrl }) => {
  const params = o.op.parameters ?? [];
  const example = exampleResponse(doc, o);
  const h = `h-${o.anchor}`;
  return (
    <section id={o.anchor} aria-labelledby={h} class="card">
      <h3 id={h}>
        <code>
          {o.method} {o.path}
        </code>
        <br />
        <Bi v={v} id={o.op.summary} en={o.op['x-summary-en']} />
      </h3>
      {o.op.description ? (
        <p>
          <Bi v={v} id={o.op.description} en={o.op['x-description-en']} />
        </p>
      ) : null}
      <h4 id={`${h}-params`}>{tx(v, 'Parameter', 'Parameters')}</h4>
      {params.length === 0 ? (
        <p>{tx(v, 'Tanpa parameter.', 'No parameters.')}</p>
      ) : (
        <div class="table-wrap" role="region" aria-labelledby={`${h}-params ${h}`} tabindex={0}>
          <table aria-labelledby={`${h}-params ${h}`}>
            <thead>
              <tr>
                <th scope="col">{tx(v, 'Nama', 'Name')}</th>
                <th scope="col">{tx(v, 'Letak', 'In')}</th>
                <th scope="col">{tx(v, 'Wajib', 'Required')}</th>
                <th scope="col">{tx(v, 'Tipe', 'Type')}</th>
                <th scope="col">{tx(v, 'Keterangan', 'Description')}</th>
                <th scope="col">{tx(v, 'Contoh', 'Example')}</th>
              </tr>
            </thead>
            <tbody>
              {params.map((p) => (
                <tr>
                  <th scope="row">
                    <code>{p.name}</code>
                  </th>
                  <td>{p.in}</td>
                  <td>{p.required ? tx(v, 'ya', 'yes') : tx(v, 'tidak', 'no')}</td>
                  <td>{typeLabel(v, p.schema)}</td>
                  <td>
                    <Bi v={v} id={p.description ?? p.schema?.description} en={p.schema?.['x-description-en']} />
                  </td>
                  <td>{p.schema?.example !== undefined ? <code>{String(p.schema.example)}</code> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h4>{tx(v, 'Contoh permintaan', 'Example request')}</h4>
      <pre class="mail-body" tabindex={0} aria-label={tx(v, `Contoh permintaan ${o.path}`, `Example request ${o.path}`)}>
        <code>{`curl '${exampleUrl(baseUrl, o)}'`}</code>
      </pre>
      <h4>{tx(v, 'Jawaban', 'Responses')}</h4>
      <ul>
        {Object.entries(o.op.responses ?? {}).map(([status, r]) => (
          <li>
            <code>{status}</code>{' '}
            {Object.keys(r.content ?? {}).map((t) => (
              <code>{t} </code>
            ))}
            – <Bi v={v} id={r.description} />
          </li>
        ))}
      </ul>
      {example ? (
        <>
          <h4>{tx(v, 'Contoh jawaban', 'Example response')}</h4>
          <pre class="mail-body" tabindex={0} aria-label={tx(v, `Contoh jawaban ${o.path}`, `Example response ${o.path}`)}>
            <code>{example.text}</code>
          </pre>
        </>
      ) : null}
    </section>
  );
};

export const ApiDocsPage: FC<{ v: View; doc: OpenApiDocument; baseUrl: string }> = ({ v, doc, baseUrl }) => {
  const ops = operations(doc);
  const tags = ((doc.tags ?? []) as Tag[]).filter((t) => ops.some((o) => o.op.tags?.includes(t.name)));
  const problem = (doc.components?.schemas as Record<string, Schema> | undefined)?.Problem?.example;
  const title = tx(v, 'API Data Terbuka', 'Open data API');
  return (
    <PublicLayout v={v} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {tx(
          v,
          'Informasi publik yang sudah diterbitkan tersedia dalam format terbuka untuk aplikasi, peneliti dan portal data, tanpa kunci API. Semua antarmuka hanya-baca.',
          'Published public information is available in open formats for applications, researchers and data portals, without an API key. Every interface is read-only.',
        )}
      </p>
      <dl class="facts">
        <dt>{tx(v, 'Alamat dasar', 'Base address')}</dt>
        <dd>
          <code>{baseUrl}</code>
        </dd>
        <dt>{tx(v, 'Dokumen OpenAPI 3.1', 'OpenAPI 3.1 document')}</dt>
        <dd>
          <a href="/api/openapi.json">/api/openapi.json</a>
        </dd>
        <dt>{tx(v, 'Katalog DCAT-AP (JSON-LD)', 'DCAT-AP catalogue (JSON-LD)')}</dt>
        <dd>
          <a href="/catalog.jsonld">/catalog.jsonld</a>
        </dd>
        <dt>{tx(v, 'CKAN Action API', 'CKAN Action API')}</dt>
        <dd>
          <code>{baseUrl}/api/3/action/</code> – {tx(v, 'untuk pemanen CKAN, mis. Satu Data Indonesia', 'for CKAN harvesters such as Satu Data Indonesia')}
        </dd>
        <dt>{tx(v, 'Galat', 'Errors')}</dt>
        <dd>
          <code>application/problem+json</code> –{' '}
          {tx(v, 'pesan bahasa Indonesia di title, bahasa Inggris di title_en', 'Indonesian message in title, English in title_en')}
        </dd>
      </dl>

      <nav aria-labelledby="api-toc">
        <h2 id="api-toc">{tx(v, 'Daftar endpoint', 'Endpoints')}</h2>
        <ul>
          {ops.map((o) => (
            <li>
              <a href={`#${o.anchor}`}>
                <code>
                  {o.method} {o.path}
                </code>
              </a>{' '}
              – <Bi v={v} id={o.op.summary} en={o.op['x-summary-en']} />
            </li>
          ))}
          <li>
            <a href="#galat">{tx(v, 'Galat', 'Errors')}</a>
          </li>
        </ul>
      </nav>

      {tags.map((t) => (
        <section aria-labelledby={`tag-${t.name.replace(/\W+/g, '-')}`}>
          <h2 id={`tag-${t.name.replace(/\W+/g, '-')}`}>
            <Bi v={v} id={t.name} en={t['x-name-en']} />
          </h2>
          {t.description ? (
            <p>
              <Bi v={v} id={t.description} en={t['x-description-en']} />
            </p>
          ) : null}
          {ops
            .filter((o) => o.op.tags?.includes(t.name))
            .map((o) => (
              <OperationSection v={v} doc={doc} o={o} baseUrl={baseUrl} />
            ))}
        </section>
      ))}

      <section id="galat" aria-labelledby="h-galat">
        <h2 id="h-galat">{tx(v, 'Galat', 'Errors')}</h2>
        <p>
          {tx(
            v,
            'API JSON menjawab galat dengan application/problem+json. Parameter yang tidak valid menghasilkan status 400 dengan pesan per parameter. CKAN Action API memakai amplop CKAN: success false dan error.__type (Not Found Error 404, Validation Error 409).',
            'The JSON API answers errors with application/problem+json. Invalid parameters give status 400 with a message per parameter. The CKAN Action API uses the CKAN envelope: success false and error.__type (Not Found Error 404, Validation Error 409).',
          )}
        </p>
        {problem !== undefined ? (
          <pre class="mail-body" tabindex={0} aria-label={tx(v, 'Contoh galat', 'Example error')}>
            <code>{JSON.stringify(problem, null, 2)}</code>
          </pre>
        ) : null}
      </section>
    </PublicLayout>
  );
};

export function registerDocs(app: OpenAPIHono<Env>, document: (baseUrl: string) => OpenApiDocument): void {
  app.get('/api', (c) => {
    const baseUrl = c.get('deps').config.baseUrl;
    return c.html(<ApiDocsPage v={view(c)} doc={document(baseUrl)} baseUrl={baseUrl} />);
  });
}
