// An application on a fresh test database, plus a tiny cookie-keeping client for app.request().
import path from 'node:path';
import pino from 'pino';
import { fixedClock } from '../../src/clock.js';
import type { Config } from '../../src/config/env.js';
import { systemActor, type Ctx, type Role } from '../../src/context.js';
import { localBlobStore } from '../../src/documents/blob-store.js';
import { ensureKeyFile, keyRing } from '../../src/documents/encryption.js';
import { createUser } from '../../src/domain/users/users.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { createApp } from '../../src/http/app.js';
import type { AppDeps } from '../../src/http/types.js';
import { copyDemoFiles, createTestDb, demoLogins, tempDir, type TestDb } from './db.js';

export type TestApp = {
  app: ReturnType<typeof createApp>;
  db: TestDb;
  deps: AppDeps;
  ctx: Ctx;
  clock: ReturnType<typeof fixedClock>;
  /** With `demo: true`: how many logins the demo seed made. */
  demoLogins: number;
  dispose(): Promise<void>;
};

export function testConfig(dataDir: string, over: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    baseUrl: 'http://localhost:3000',
    secureCookies: false,
    dataDir,
    databaseUrl: undefined,
    sessionSecret: 'test-secret-test-secret-test-secret-123',
    smtpUrl: undefined,
    mailFrom: 'PPID <ppid@localhost>',
    logLevel: 'silent',
    trustProxy: true,
    outboxWorker: false,
    sessionTtlHours: 12,
    maxUploadBytes: 50 * 1024 * 1024,
    // On in every test, so that each test that publishes and then reads a page also checks the cache.
    pageCacheBytes: 8 * 1024 * 1024,
    encryptionKeyFile: path.join(dataDir, 'keys', 'master.key'),
    ...over,
  };
}

/**
 * The app on a database of its own. `demo: true` starts from the run's demo snapshot (the Palangka Raya
 * demo seeded on the same fixed clock, with its documents and key file), as if seedDemo had just run.
 */
export async function createTestApp(opts: { config?: Partial<Config>; setupToken?: string | null; demo?: boolean } = {}): Promise<TestApp> {
  const db = await createTestDb({ from: opts.demo ? 'demo' : 'migrated' });
  const tmp = tempDir();
  const config = testConfig(tmp.dir, opts.config);
  if (opts.demo) copyDemoFiles(tmp.dir);
  const clock = fixedClock(new Date('2026-03-16T02:00:00Z'));
  const blobs = localBlobStore(path.join(tmp.dir, 'blobs'));
  ensureKeyFile(config.encryptionKeyFile);
  const keys = keyRing(config.encryptionKeyFile);
  const ctx: Ctx = {
    db: db.db,
    actor: systemActor('test'),
    clock,
    ip: null,
    blobs,
    keys,
    settings: { baseUrl: config.baseUrl, sessionTtlHours: 12, maxUploadBytes: config.maxUploadBytes },
  };
  const deps: AppDeps = {
    database: db,
    config,
    clock,
    blobs,
    keys,
    logger: pino({ level: 'silent' }),
    setup: { token: opts.setupToken ?? null },
    seedDemo: async () => ({ logins: await seedDemo(ctx) }),
  };
  return {
    app: createApp(deps),
    db,
    deps,
    ctx,
    clock,
    demoLogins: opts.demo ? await demoLogins() : 0,
    async dispose() {
      await db.dispose();
      tmp.cleanup();
    },
  };
}

export const PASSWORD = 'kata-sandi-uji-123';

export async function makeUser(ctx: Ctx, p: { email: string; roles: Role[]; unitId?: string; name?: string }) {
  return createUser(ctx, {
    name: p.name ?? p.email.split('@')[0]!,
    email: p.email,
    nip: '',
    unitId: p.unitId ?? '',
    roles: p.roles,
    locale: 'id',
    password: PASSWORD,
  });
}

/** A browser-like client: keeps cookies, reads the CSRF token from the last page. */
export class Browser {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(
    private app: TestApp['app'],
    private ip = '10.0.0.1',
  ) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: Response) {
    for (const sc of res.headers.getSetCookie()) {
      const [pair] = sc.split(';');
      const i = pair!.indexOf('=');
      const k = pair!.slice(0, i);
      const v = pair!.slice(i + 1);
      if (/max-age=0/i.test(sc) || v === '') this.cookies.delete(k);
      else this.cookies.set(k, v);
    }
  }

  async get(path: string, headers: Record<string, string> = {}) {
    const res = await this.app.request(path, { headers: { cookie: this.cookieHeader(), 'x-forwarded-for': this.ip, ...headers } });
    this.remember(res);
    const text = await res.text();
    const m = /name="_csrf" value="([^"]+)"/.exec(text);
    if (m) this.csrf = m[1]!;
    return { res, text, status: res.status };
  }

  async post(path: string, form: Record<string, string | string[]>, opts: { csrf?: string | null; headers?: Record<string, string> } = {}) {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    const token = opts.csrf === undefined ? this.csrf : opts.csrf;
    if (token) body.append('_csrf', token);
    const res = await this.app.request(path, {
      method: 'POST',
      body,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': this.ip, ...(opts.headers ?? {}) },
    });
    this.remember(res);
    const text = await res.text();
    const m = /name="_csrf" value="([^"]+)"/.exec(text);
    if (m) this.csrf = m[1]!;
    return { res, text, status: res.status, location: res.headers.get('location') };
  }

  async login(email: string, password = PASSWORD) {
    await this.get('/masuk');
    return this.post('/masuk', { email, password });
  }
}
