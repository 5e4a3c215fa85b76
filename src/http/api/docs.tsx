// GET /api: the documentation page of the open-data APIs, rendered on the server from the OpenAPI
// document itself (no scripts, no CDN), Indonesian first.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { FC } from 'hono/jsx';
import { PublicLayout, type View, tm } from '../components/layout.js';
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
  if (s.default !== undefined) parts.push(`${tm(v, 'http.docs.default')}: ${String(s.default)}`);
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
      <h4 id={`${h}-params`}>{tm(v, 'http.docs.parameters')}</h4>
      {params.length === 0 ? (
        <p>{tm(v, 'http.docs.no_parameters')}</p>
      ) : (
        <div class="table-wrap" role="region" aria-labelledby={`${h}-params ${h}`} tabindex={0}>
          <table aria-labelledby={`${h}-params ${h}`}>
            <thead>
              <tr>
                <th scope="col">{tm(v, 'http.docs.name')}</th>
                <th scope="col">{tm(v, 'http.docs.text')}</th>
                <th scope="col">{tm(v, 'http.docs.required')}</th>
                <th scope="col">{tm(v, 'http.docs.type')}</th>
                <th scope="col">{tm(v, 'http.docs.description')}</th>
                <th scope="col">{tm(v, 'http.docs.example')}</th>
              </tr>
            </thead>
            <tbody>
              {params.map((p) => (
                <tr>
                  <th scope="row">
                    <code>{p.name}</code>
                  </th>
                  <td>{p.in}</td>
                  <td>{p.required ? tm(v, 'http.docs.yes') : tm(v, 'http.docs.no')}</td>
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
      <h4>{tm(v, 'http.docs.example_request')}</h4>
      <pre class="mail-body" tabindex={0} aria-label={tm(v, 'http.docs.example_request_2', { oPath: o.path })}>
        <code>{`curl '${exampleUrl(baseUrl, o)}'`}</code>
      </pre>
      <h4>{tm(v, 'http.docs.responses')}</h4>
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
          <h4>{tm(v, 'http.docs.example_response')}</h4>
          <pre class="mail-body" tabindex={0} aria-label={tm(v, 'http.docs.example_response_2', { oPath: o.path })}>
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
  const title = tm(v, 'http.docs.open_data_api');
  return (
    <PublicLayout v={v} title={title}>
      <h1>{title}</h1>
      <p class="lead">{tm(v, 'http.docs.published_public_information_available_open')}</p>
      <dl class="facts">
        <dt>{tm(v, 'http.docs.base_address')}</dt>
        <dd>
          <code>{baseUrl}</code>
        </dd>
        <dt>{tm(v, 'http.docs.openapi_3_1_document')}</dt>
        <dd>
          <a href="/api/openapi.json">/api/openapi.json</a>
        </dd>
        <dt>{tm(v, 'http.docs.dcat_ap_catalogue_json_ld')}</dt>
        <dd>
          <a href="/catalog.jsonld">/catalog.jsonld</a>
        </dd>
        <dt>{tm(v, 'http.docs.ckan_action_api')}</dt>
        <dd>
          <code>{baseUrl}/api/3/action/</code> – {tm(v, 'http.docs.ckan_harvesters_such_satu_data')}
        </dd>
        <dt>{tm(v, 'http.docs.errors')}</dt>
        <dd>
          <code>application/problem+json</code> – {tm(v, 'http.docs.indonesian_message_title_english_title')}
        </dd>
      </dl>

      <nav aria-labelledby="api-toc">
        <h2 id="api-toc">{tm(v, 'http.docs.endpoints')}</h2>
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
            <a href="#galat">{tm(v, 'http.docs.errors')}</a>
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
        <h2 id="h-galat">{tm(v, 'http.docs.errors')}</h2>
        <p>{tm(v, 'http.docs.json_api_answers_errors_application')}</p>
        {problem !== undefined ? (
          <pre class="mail-body" tabindex={0} aria-label={tm(v, 'http.docs.example_error')}>
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
