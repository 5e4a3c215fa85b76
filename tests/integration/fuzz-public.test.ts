// Fuzz over every public route (issue #11): each GET and POST route the app's router has outside /admin gets
// malformed input (bodies that do not parse, wrong types, duplicate fields, NUL, invalid UTF-8, giant fields,
// broken multipart, odd path parameters and query strings), and none may answer 5xx. The routes come from the
// router itself (app.routes), so a new route is fuzzed without anyone adding it here; a check keeps the list
// from shrinking unnoticed. Prints the number of routes and requests sent and the 5xx seen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, createTestApp, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

const GIANT = 'x'.repeat(1_500_000);
const FIELDS = [
  'email',
  'password',
  'name',
  'idNumber',
  'address',
  'phone',
  'details',
  'purpose',
  'applicantType',
  'obtainMethod',
  'copyFormat',
  'deliveryMethod',
  'unit',
  'consent',
  'nomor',
  'kode',
  'reasons',
  'grounds',
  'caseSummary',
  'next',
  'formToken',
  'token',
  'id',
  'q',
];
const QUERY_NAMES = [
  'q',
  'page',
  'halaman',
  'limit',
  'offset',
  'rows',
  'start',
  'id',
  'nomor',
  'kode',
  'email',
  'next',
  'sort',
  'unit',
  'kategori',
  'tahun',
  'fq',
  'all_fields',
  'filter',
  'format',
  'lang',
];

type Probe = { method: 'GET' | 'POST'; path: string; label: string; body?: BodyInit; type?: string };

/** Path parameters: ordinary, unknown id, NUL, invalid UTF-8, control characters, traversal, giant. */
const PARAM_VALUES = ['x', '00000000-0000-0000-0000-000000000000', '%00', '%FF%FE', '%0d%0a', '..%2F..%2Fetc%2Fpasswd', 'a'.repeat(3000), '%E2%80%AE', '-1'];

function fill(path: string, value: string): string {
  return path.replace(/:[A-Za-z_]+/g, value);
}

function queries(): string[] {
  const each = (v: string) => QUERY_NAMES.map((n) => `${n}=${v}`).join('&');
  return [
    '',
    `?${each('%00')}`,
    `?${each('%FF%FE')}`,
    `?${each('%0d%0a')}`,
    `?${each('-1')}&${each('1e309')}&${each('NaN')}`,
    `?${each('a')}&${each('b')}`,
    `?${each('%5B%5D')}&${QUERY_NAMES.map((n) => `${n}[]=1&${n}[x]=2`).join('&')}`,
    `?q=${'y'.repeat(20_000)}`,
    `?next=%2F%09%2Fhost&next=%2F%2Fhost`,
  ];
}

function multipart(parts: { name: string; value: string; file?: string }[], boundary = 'fuzzBOUNDARY'): string {
  return (
    parts
      .map(
        (p) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.file ? `; filename="${p.file}"\r\nContent-Type: application/octet-stream` : ''}\r\n\r\n${p.value}\r\n`,
      )
      .join('') + `--${boundary}--\r\n`
  );
}

function bodies(): Omit<Probe, 'method' | 'path'>[] {
  const form = (v: string, dup = false) => FIELDS.map((f) => `${f}=${v}${dup ? `&${f}=${v}2` : ''}`).join('&');
  const invalidUtf8 = Buffer.concat([Buffer.from('email=a&name='), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('&details=ok')]);
  const textParts = FIELDS.map((name) => ({ name, value: 'nilai' }));
  const good = multipart(textParts);
  const many = multipart([...textParts, ...Array.from({ length: 50 }, (_, i) => ({ name: `f${i}`, value: 'AAAA', file: `f${i}.pdf` }))]);
  return [
    { label: 'form: empty', body: '', type: 'application/x-www-form-urlencoded' },
    { label: 'form: NUL in every field', body: form('a%00b'), type: 'application/x-www-form-urlencoded' },
    { label: 'form: CR/LF in every field', body: form('a%0d%0ab'), type: 'application/x-www-form-urlencoded' },
    { label: 'form: invalid UTF-8', body: invalidUtf8, type: 'application/x-www-form-urlencoded' },
    { label: 'form: broken percent escapes', body: form('%E0%A4%A'), type: 'application/x-www-form-urlencoded' },
    { label: 'form: duplicate fields', body: form('satu', true), type: 'application/x-www-form-urlencoded' },
    { label: 'form: wrong types', body: FIELDS.map((f) => `${f}[]=1&${f}[a]=2&${f}=-1e309`).join('&'), type: 'application/x-www-form-urlencoded' },
    { label: 'form: giant field', body: `email=a%40b.example&details=${GIANT}&name=${GIANT.slice(0, 100_000)}`, type: 'application/x-www-form-urlencoded' },
    { label: 'multipart: no boundary', body: good, type: 'multipart/form-data' },
    { label: 'multipart: wrong boundary', body: good, type: 'multipart/form-data; boundary=anotherBOUNDARY' },
    { label: 'multipart: truncated', body: good.slice(0, Math.floor(good.length / 2)), type: 'multipart/form-data; boundary=fuzzBOUNDARY' },
    { label: 'multipart: 50 file parts', body: many, type: 'multipart/form-data; boundary=fuzzBOUNDARY' },
    {
      label: 'multipart: NUL in fields',
      body: multipart(FIELDS.map((name) => ({ name, value: 'a\u0000b' }))),
      type: 'multipart/form-data; boundary=fuzzBOUNDARY',
    },
    {
      label: 'multipart: invalid UTF-8',
      body: Buffer.concat([
        Buffer.from(`--fuzzBOUNDARY\r\nContent-Disposition: form-data; name="name"\r\n\r\n`),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('\r\n--fuzzBOUNDARY--\r\n'),
      ]),
      type: 'multipart/form-data; boundary=fuzzBOUNDARY',
    },
    { label: 'json: malformed', body: '{"email": ', type: 'application/json' },
    {
      label: 'json: wrong types',
      body: JSON.stringify(Object.fromEntries(FIELDS.map((f, i) => [f, [i, { a: null }, true][i % 3]]))),
      type: 'application/json',
    },
    { label: 'json: NUL', body: JSON.stringify(Object.fromEntries(FIELDS.map((f) => [f, 'a\u0000b']))), type: 'application/json' },
    { label: 'json: array', body: '[1,2,3]', type: 'application/json' },
    { label: 'json: null', body: 'null', type: 'application/json' },
    { label: 'json: invalid UTF-8', body: Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff]), Buffer.from('"}')]), type: 'application/json' },
    { label: 'json: giant string', body: JSON.stringify({ details: GIANT, name: 'a', email: 'a@b.example' }), type: 'application/json' },
    { label: 'json: deep nesting', body: '['.repeat(5000) + ']'.repeat(5000), type: 'application/json' },
    { label: 'text/plain', body: 'hello', type: 'text/plain' },
  ];
}

describe(`fuzz over every public route (${backendName})`, () => {
  let t: TestApp;
  let b: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    b = new Browser(t.app, '10.66.0.1');
    await b.get('/masuk');
  });
  afterAll(async () => {
    await t?.dispose();
  });

  /** GET and POST routes outside /admin, as the router has them (the health checks included). */
  function publicRoutes(): { method: 'GET' | 'POST'; path: string }[] {
    const seen = new Map<string, { method: 'GET' | 'POST'; path: string }>();
    for (const r of t.app.routes) {
      if (r.method !== 'GET' && r.method !== 'POST') continue;
      if (r.path.startsWith('/admin') || r.path.includes('*')) continue;
      seen.set(`${r.method} ${r.path}`, { method: r.method, path: r.path });
    }
    return [...seen.values()];
  }

  it('answers no 5xx to malformed input on any public route', { timeout: 600_000 }, async () => {
    const routes = publicRoutes();
    // The list comes from the router; this keeps it honest if route registration ever changes shape.
    const names = routes.map((r) => `${r.method} ${r.path}`);
    for (const known of [
      'POST /permohonan',
      'POST /permohonan/keberatan',
      'POST /masuk',
      'POST /akun/masuk',
      'POST /api/v1/requests',
      'GET /api/3/action/:action',
      'GET /bahasa/:lang',
    ]) {
      expect(names).toContain(known);
    }
    expect(routes.length).toBeGreaterThanOrEqual(70);

    const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const probes: Probe[] = [];
    for (const r of routes) {
      const paths = r.path.includes(':') ? PARAM_VALUES.map((v) => fill(r.path, v)) : [r.path];
      if (r.method === 'GET') {
        for (const p of paths) for (const q of queries()) probes.push({ method: 'GET', path: p + q, label: `query ${q.slice(0, 40)}` });
      } else {
        for (const p of paths.slice(0, 3)) for (const body of bodies()) probes.push({ method: 'POST', path: p, ...body });
        for (const p of paths.slice(3)) probes.push({ method: 'POST', path: p, label: 'form: empty', body: '', type: 'application/x-www-form-urlencoded' });
      }
    }
    // Control characters and broken escapes in the path itself.
    for (const p of ['/%00', '/informasi/%00', '/%0d%0aSet-Cookie:%20x=1', '/%FF', '/permohonan%00', '/%E0%A4%A'])
      probes.push({ method: 'GET', path: p, label: 'path' });

    const failures: string[] = [];
    let sent = 0;
    let fives = 0;
    const statusCounts = new Map<number, number>();
    // A few at a time: a fuzz, not a load test.
    for (let i = 0; i < probes.length; i += 8) {
      await Promise.all(
        probes.slice(i, i + 8).map(async (p) => {
          const headers: Record<string, string> = { cookie, 'x-csrf-token': b.csrf, 'x-forwarded-for': `10.67.${(sent >> 8) & 255}.${sent & 255}` };
          if (p.type) headers['content-type'] = p.type;
          sent++;
          const res = await t.app.request(p.path, { method: p.method, headers, ...(p.method === 'POST' ? { body: p.body ?? '' } : {}) });
          await res.arrayBuffer();
          statusCounts.set(res.status, (statusCounts.get(res.status) ?? 0) + 1);
          if (res.status >= 500) {
            fives++;
            failures.push(`${res.status} ${p.method} ${p.path.slice(0, 120)} [${p.label}]`);
          }
        }),
      );
    }
    console.log(
      `[fuzz-public] ${backendName}: ${routes.length} routes, ${sent} requests sent, ${fives} answered 5xx; statuses ${JSON.stringify(Object.fromEntries([...statusCounts].sort((a, b) => a[0] - b[0])))}`,
    );
    if (failures.length) console.log(`[fuzz-public] 5xx:\n${failures.slice(0, 100).join('\n')}`);
    expect(failures).toEqual([]);
  });
});
