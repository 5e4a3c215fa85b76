// Malformed input at the edge (issue #11): NUL, CR/LF and invalid UTF-8 in fields, broken multipart bodies on
// every public POST form, the JSON API, the login email, CKAN package_show, and the next/return parameters.
// Each gets a 400/422 with a message in both languages, never a 500, and no redirect leaves the site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, createTestApp, type TestApp } from '../helpers/app.js';
import { backendName } from '../helpers/db.js';

/** Every public form that takes a POST (paths with a parameter get a made-up one). */
const PUBLIC_FORMS = [
  '/masuk',
  '/keluar',
  '/lupa-sandi',
  '/atur-sandi/tokentokentokentokentoken',
  '/persiapan/admin',
  '/persiapan/demo',
  '/permohonan',
  '/permohonan/keberatan',
  '/akun/masuk',
  '/akun/masuk/tokentokentokentokentoken',
  '/akun/keluar',
];
const BILINGUAL = /Permintaan tidak dapat diproses.*The request could not be processed/s;

function multipart(boundary: string, parts: { name: string; value: string; file?: string }[]): string {
  return (
    parts
      .map(
        (p) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.file ? `; filename="${p.file}"\r\nContent-Type: application/pdf` : ''}\r\n\r\n${p.value}\r\n`,
      )
      .join('') + `--${boundary}--\r\n`
  );
}

describe(`malformed input at the edge (${backendName})`, () => {
  let t: TestApp;
  let b: Browser;
  let cookie = '';

  async function send(path: string, body: BodyInit, type: string, extra: Record<string, string> = {}) {
    const res = await t.app.request(path, {
      method: 'POST',
      body,
      headers: { cookie, 'content-type': type, 'x-csrf-token': b.csrf, 'x-forwarded-for': '10.70.0.1', ...extra },
    });
    return { status: res.status, text: await res.text(), location: res.headers.get('location') };
  }
  const get = async (path: string) => {
    const res = await t.app.request(path, { headers: { cookie, 'x-forwarded-for': '10.70.0.2' } });
    return { status: res.status, text: await res.text(), location: res.headers.get('location') };
  };

  beforeAll(async () => {
    t = await createTestApp();
    b = new Browser(t.app, '10.70.0.1');
    await b.get('/masuk');
    cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('refuses a NUL byte in any field of every public form with 400 and a message in both languages', async () => {
    for (const path of PUBLIC_FORMS) {
      const r = await send(path, 'email=a%00b%40c.example&name=x%00&details=y', 'application/x-www-form-urlencoded');
      expect(r.status, path).toBe(400);
      expect(r.text, path).toMatch(BILINGUAL);
      const inName = await send(path, 'em%00ail=a', 'application/x-www-form-urlencoded');
      expect(inName.status, path).toBe(400);
    }
  });

  it('refuses invalid UTF-8 in a form field with 400', async () => {
    for (const path of PUBLIC_FORMS) {
      const body = Buffer.concat([Buffer.from('email=a%40b.example&name='), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('&x=1')]);
      expect((await send(path, body, 'application/x-www-form-urlencoded')).status, path).toBe(400);
      expect((await send(path, 'name=%C3%28', 'application/x-www-form-urlencoded')).status, path).toBe(400);
    }
  });

  it('answers CR/LF in fields without a 5xx (the form checks them like any other value)', async () => {
    for (const path of PUBLIC_FORMS) {
      const r = await send(path, 'email=a%0d%0aBcc%3A%20x%40y.example&name=a%0d%0ab&password=x%0d%0a', 'application/x-www-form-urlencoded');
      expect(r.status, path).toBeLessThan(500);
    }
  });

  it('refuses malformed multipart bodies on every public form: no boundary, wrong boundary, truncated, 50 file parts', async () => {
    const good = multipart('B0UNDARY', [
      { name: 'email', value: 'a@b.example' },
      { name: 'name', value: 'Nama' },
    ]);
    const files = multipart('B0UNDARY', [
      { name: 'email', value: 'a@b.example' },
      ...Array.from({ length: 50 }, (_, i) => ({ name: `f${i}`, value: '%PDF-1.4', file: `f${i}.pdf` })),
    ]);
    const nul = multipart('B0UNDARY', [{ name: 'email', value: 'a\u0000@b.example' }]);
    for (const path of PUBLIC_FORMS) {
      const cases: [string, BodyInit, string][] = [
        ['no boundary', good, 'multipart/form-data'],
        ['wrong boundary', good, 'multipart/form-data; boundary=ANDERS'],
        ['truncated', good.slice(0, 60), 'multipart/form-data; boundary=B0UNDARY'],
        ['50 file parts', files, 'multipart/form-data; boundary=B0UNDARY'],
        ['NUL in a field', nul, 'multipart/form-data; boundary=B0UNDARY'],
      ];
      for (const [label, body, type] of cases) {
        const r = await send(path, body, type);
        expect(r.status, `${path} ${label}`).toBe(400);
        expect(r.text, `${path} ${label}`).toMatch(BILINGUAL);
      }
    }
  });

  it('refuses NUL and broken JSON on the JSON API with a bilingual problem (400)', async () => {
    for (const path of ['/api/v1/requests', '/api/v1/objections']) {
      const nul = await send(path, JSON.stringify({ name: 'a\u0000', email: 'a@b.example' }), 'application/json');
      expect(nul.status, path).toBe(400);
      expect(nul.text).toContain('The request could not be processed');
      const broken = await send(path, '{"name": ', 'application/json');
      expect(broken.status, path).toBe(400);
      const invalid = await send(path, Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff]), Buffer.from('"}')]), 'application/json');
      expect(invalid.status, path).toBe(400);
      const wrongTypes = await send(path, JSON.stringify({ name: 5, email: ['x'], details: { a: 1 }, consent: 'ya' }), 'application/json');
      expect(wrongTypes.status, path).toBeGreaterThanOrEqual(400);
      expect(wrongTypes.status, path).toBeLessThan(500);
    }
    const status = await get('/api/v1/requests/status?nomor=%00&kode=%00');
    expect(status.status).toBe(400);
  });

  it('refuses a NUL in the login email (400), and in a CKAN package_show id (GET and POST)', async () => {
    const login = await send('/masuk', 'email=admin%00%40kota.example&password=x', 'application/x-www-form-urlencoded');
    expect(login.status).toBe(400);
    expect((await get('/api/3/action/package_show?id=%00')).status).toBe(400);
    expect((await get('/api/3/action/package_show?id=abc%00def')).status).toBe(400);
    const post = await send('/api/3/action/package_show', JSON.stringify({ id: 'a\u0000' }), 'application/json');
    expect(post.status).toBe(400);
    // An ordinary unknown id is still CKAN's own 404.
    expect((await get('/api/3/action/package_show?id=tidak-ada')).status).toBe(404);
  });

  it('never redirects off the site, and refuses control characters in next/return parameters (400)', async () => {
    const tab = await get('/bahasa/en?next=/%09/host');
    expect(tab.status).toBe(400);
    expect(tab.location).toBeNull();
    for (const next of ['/%0d%0a/host', '/%0a/host', '%00', '/x%00y', '/%7F/host']) {
      const r = await get(`/bahasa/en?next=${next}`);
      expect(r.status, next).toBe(400);
      expect((await get(`/masuk?next=${next}`)).status, next).toBe(400);
    }
    const own = new URL(t.deps.config.baseUrl).origin;
    for (const next of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example/',
      '/%5Cevil.example',
      '/..//evil.example',
      '/./%2F/evil.example',
      'javascript:alert(1)',
      '/ok?x=1#y',
    ]) {
      const r = await get(`/bahasa/id?next=${encodeURIComponent(next)}`);
      expect(r.status, next).toBe(303);
      const to = new URL(r.location!, own);
      expect(to.origin, next).toBe(own);
      expect(r.location!.startsWith('//') || r.location!.includes('\\'), next).toBe(false);
    }
    expect((await get('/bahasa/id?next=%2Fok%3Fx%3D1')).location).toBe('/ok?x=1');
    // The sign-in form's hidden next field.
    const post = await send('/masuk', 'email=a%40b.example&password=x&next=%2F%09%2Fhost', 'application/x-www-form-urlencoded');
    expect(post.status).toBe(400);
  });

  it('refuses control characters and broken escapes in the path (400)', async () => {
    for (const p of ['/%00', '/informasi/%00', '/informasi/a%0d%0ab', '/%FF', '/unit/%C3%28']) {
      const r = await get(p);
      expect(r.status, p).toBe(400);
      expect(r.text, p).toMatch(BILINGUAL);
    }
  });
});
