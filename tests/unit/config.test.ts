import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, prepareDataDir } from '../../src/config/env.js';
import { tempDir } from '../helpers/db.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      baseUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      smtpUrl: undefined,
      logLevel: 'info',
      trustProxy: false,
      secureCookies: false,
    });
    expect(c.dataDir).toBe(path.resolve('./data'));
    expect(c.maxUploadBytes).toBe(50 * 1024 * 1024);
  });

  it.each([
    [{ PORT: '99999' }, 'PORT'],
    [{ BASE_URL: 'ppid.example' }, 'BASE_URL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TRUST_PROXY: 'maybe' }, 'TRUST_PROXY'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET'],
  ])('refuses %o with one line naming %s', (env, name) => {
    try {
      loadConfig(env);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as Error).message;
      expect(msg.split('\n')).toHaveLength(1);
      expect(msg).toContain(`Konfigurasi salah: ${name}`);
    }
  });

  it('never echoes a secret in the error', () => {
    expect(() => loadConfig({ SESSION_SECRET: 'rahasia' })).toThrow(expect.not.objectContaining({ message: expect.stringContaining('rahasia') }));
  });

  it('uses https for Secure cookies and treats empty strings as unset', () => {
    expect(loadConfig({ BASE_URL: 'https://ppid.palangkaraya.example/', PORT: '' })).toMatchObject({
      baseUrl: 'https://ppid.palangkaraya.example',
      secureCookies: true,
      port: 3000,
    });
  });

  it('generates the session secret once and keeps it in DATA_DIR', () => {
    const t = tempDir();
    try {
      const a = prepareDataDir(loadConfig({ DATA_DIR: t.dir }));
      const b = prepareDataDir(loadConfig({ DATA_DIR: t.dir }));
      expect(a.sessionSecret.length).toBeGreaterThanOrEqual(32);
      expect(b.sessionSecret).toBe(a.sessionSecret);
      expect(existsSync(path.join(t.dir, 'session-secret'))).toBe(true);
      expect(readFileSync(path.join(t.dir, 'session-secret'), 'utf8').trim()).toBe(a.sessionSecret);
    } finally {
      t.cleanup();
    }
  });
});

describe('version', () => {
  it('matches package.json', async () => {
    const { APP_VERSION } = await import('../../src/version.js');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });
});
