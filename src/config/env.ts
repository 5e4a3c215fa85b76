// The only reader of process.env: validates configuration once and fails fast with one clear line.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const boolish = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'harus true atau false / must be true or false' }))
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const EnvSchema = z.object({
  PORT: z.coerce
    .number({ error: 'harus angka 1–65535 / must be a number 1–65535' })
    .int({ error: 'harus bilangan bulat / must be a whole number' })
    .min(1, { error: 'harus angka 1–65535 / must be a number 1–65535' })
    .max(65535, { error: 'harus angka 1–65535 / must be a number 1–65535' })
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  BASE_URL: z.url({ protocol: /^https?$/, message: 'harus URL http(s) lengkap, mis. https://ppid.contoh.go.id / must be a full http(s) URL' }).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'harus diawali postgres:// atau postgresql:// / must start with postgres://')
    .optional(),
  SESSION_SECRET: z.string().min(32, 'minimal 32 karakter / at least 32 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'harus diawali smtp:// atau smtps:// / must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('PPID <ppid@localhost>'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `harus salah satu dari / must be one of: ${LOG_LEVELS.join(', ')}` }).default('info'),
  TRUST_PROXY: boolish.default(false),
  OUTBOX_WORKER: boolish.default(true),
  SESSION_TTL_HOURS: z.coerce
    .number({ error: 'harus angka jam 1–2160 / must be a number of hours 1–2160' })
    .int()
    .min(1, { error: 'harus angka jam 1–2160 / must be a number of hours 1–2160' })
    .max(24 * 90, { error: 'harus angka jam 1–2160 / must be a number of hours 1–2160' })
    .default(12),
  MAX_UPLOAD_MB: z.coerce
    .number({ error: 'harus angka MB 1–2048 / must be a number of MB 1–2048' })
    .positive({ error: 'harus angka MB 1–2048 / must be a number of MB 1–2048' })
    .max(2048, { error: 'harus angka MB 1–2048 / must be a number of MB 1–2048' })
    .default(50),
  // Rendered public pages kept in memory (0 turns the cache off).
  PAGE_CACHE_MB: z.coerce
    .number({ error: 'harus angka MB 0–1024 / must be a number of MB 0–1024' })
    .int({ error: 'harus angka MB 0–1024 / must be a number of MB 0–1024' })
    .min(0, { error: 'harus angka MB 0–1024 / must be a number of MB 0–1024' })
    .max(1024, { error: 'harus angka MB 0–1024 / must be a number of MB 0–1024' })
    .default(32),
  // S3-compatible object storage for files; without S3_BUCKET files stay under DATA_DIR.
  S3_ENDPOINT: z
    .url({ protocol: /^https?$/, message: 'harus URL http(s) lengkap, mis. https://minio.contoh.go.id:9000 / must be a full http(s) URL' })
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z
    .string()
    .regex(
      /^(?!\d+\.\d+\.\d+\.\d+$)(?!xn--)[a-z0-9](?:[a-z0-9.-]{1,61})[a-z0-9]$/,
      'harus nama bucket yang sah: 3–63 huruf kecil, angka, titik atau tanda hubung / must be a valid bucket name: 3–63 lower-case letters, digits, dots or hyphens',
    )
    .refine(
      (v) => !v.includes('..') && !v.includes('.-') && !v.includes('-.'),
      'harus nama bucket yang sah (mirip nama DNS) / must be a valid, DNS-like bucket name',
    )
    .optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: boolish.default(false),
  // The master key ring for files encrypted at rest; default DATA_DIR/keys/master.key. Never in a backup.
  ENCRYPTION_KEY_FILE: z.string().min(1).optional(),
  // The body's certificate for the electronic signature of letters (PKCS#12, .p12/.pfx) and its password,
  // given directly or, better, in a file readable by the service only. Without SIGNING_P12 letters are
  // printed and signed by hand (src/letters/sign.ts).
  SIGNING_P12: z.string().min(1).optional(),
  SIGNING_P12_PASSWORD: z.string().optional(),
  SIGNING_P12_PASSWORD_FILE: z.string().min(1).optional(),
});

export type Config = {
  port: number;
  host: string;
  baseUrl: string;
  secureCookies: boolean;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: (typeof LOG_LEVELS)[number];
  trustProxy: boolean;
  outboxWorker: boolean;
  sessionTtlHours: number;
  maxUploadBytes: number;
  /** Memory for rendered public pages, in bytes; 0 = no page cache. */
  pageCacheBytes: number;
  /** Object storage for files; undefined = the local store under DATA_DIR. */
  s3?: S3Config | undefined;
  /** The key file holding the master keys of the files encrypted at rest (src/documents/encryption.ts). */
  encryptionKeyFile: string;
  /** The PKCS#12 file that signs issued letters; undefined = letters are signed by hand. */
  signing?: SigningConfig | undefined;
};

/** Where the signing certificate is and how to get its password (never logged). */
export type SigningConfig = { p12File: string; password: string | undefined; passwordFile: string | undefined };

export type S3Config = {
  endpoint: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  forcePathStyle: boolean;
};

export class ConfigError extends Error {}

/** Reads and validates configuration. Throws ConfigError with one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset" (common in .env files and systemd units).
  const raw: Record<string, string> = {};
  for (const key of Object.keys(EnvSchema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') raw[key] = v;
  }
  const parsed = EnvSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? '?');
    const given = raw[name];
    const shown =
      name === 'SESSION_SECRET' || name === 'DATABASE_URL' || name === 'SMTP_URL' || name.startsWith('S3_') || name.startsWith('SIGNING_')
        ? ''
        : ` (nilai: "${given}")`;
    throw new ConfigError(`Konfigurasi salah: ${name} ${issue.message}${shown}`);
  }
  const e = parsed.data;
  if (!e.S3_ACCESS_KEY_ID !== !e.S3_SECRET_ACCESS_KEY) {
    const missing = e.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID';
    throw new ConfigError(`Konfigurasi salah: ${missing} harus diisi bersama pasangannya / must be set together with its pair`);
  }
  if (!e.S3_BUCKET && (e.S3_ENDPOINT || e.S3_ACCESS_KEY_ID)) {
    throw new ConfigError('Konfigurasi salah: S3_BUCKET harus diisi bila variabel S3_* lain diisi / must be set when other S3_* variables are');
  }
  if (!e.SIGNING_P12 && (e.SIGNING_P12_PASSWORD !== undefined || e.SIGNING_P12_PASSWORD_FILE)) {
    throw new ConfigError('Konfigurasi salah: SIGNING_P12 harus diisi bila kata sandinya diisi / must be set when its password is');
  }
  if (e.SIGNING_P12_PASSWORD !== undefined && e.SIGNING_P12_PASSWORD_FILE) {
    throw new ConfigError('Konfigurasi salah: isi SIGNING_P12_PASSWORD atau SIGNING_P12_PASSWORD_FILE, tidak keduanya / set one of them, not both');
  }
  const dataDir = path.resolve(e.DATA_DIR);
  const baseUrl = (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    baseUrl,
    secureCookies: baseUrl.startsWith('https://'),
    dataDir,
    databaseUrl: e.DATABASE_URL,
    sessionSecret: e.SESSION_SECRET ?? '',
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    outboxWorker: e.OUTBOX_WORKER,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    maxUploadBytes: Math.floor(e.MAX_UPLOAD_MB * 1024 * 1024),
    pageCacheBytes: e.PAGE_CACHE_MB * 1024 * 1024,
    encryptionKeyFile: path.resolve(e.ENCRYPTION_KEY_FILE ?? path.join(dataDir, 'keys', 'master.key')),
    signing: e.SIGNING_P12 ? { p12File: path.resolve(e.SIGNING_P12), password: e.SIGNING_P12_PASSWORD, passwordFile: e.SIGNING_P12_PASSWORD_FILE } : undefined,
    s3: e.S3_BUCKET
      ? {
          endpoint: e.S3_ENDPOINT,
          region: e.S3_REGION,
          bucket: e.S3_BUCKET,
          accessKeyId: e.S3_ACCESS_KEY_ID,
          secretAccessKey: e.S3_SECRET_ACCESS_KEY,
          forcePathStyle: e.S3_FORCE_PATH_STYLE,
        }
      : undefined,
  };
}

/** Makes sure DATA_DIR exists and fills in a session secret kept there when none was configured. */
export function prepareDataDir(config: Config): Config {
  mkdirSync(config.dataDir, { recursive: true });
  if (config.sessionSecret) return config;
  const file = path.join(config.dataDir, 'session-secret');
  let secret = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (secret.length < 32) {
    secret = randomBytes(32).toString('base64url');
    writeFileSync(file, secret + '\n', { mode: 0o600 });
  }
  return { ...config, sessionSecret: secret };
}

/** The process's environment, for the CLI's standard streams and environment (src/cli/io.ts). */
export function processEnvironment(): NodeJS.ProcessEnv {
  return process.env;
}
