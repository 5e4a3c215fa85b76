// What a CLI command runs with: the configuration, a logger, the database and a system context; withRuntime
// opens them for one command and closes the database after it.
import path from 'node:path';
import pino, { type Logger } from 'pino';
import { systemClock } from '../clock.js';
import { loadConfig, prepareDataDir, type Config } from '../config/env.js';
import { systemActor, type Ctx } from '../context.js';
import { openDatabase, type Database } from '../db/client.js';
import { localBlobStore } from '../documents/blob-store.js';
import { keyRing } from '../documents/encryption.js';
import { s3BlobStore } from '../documents/s3-store.js';
import type { CliIo } from './io.js';

export function makeLogger(config: Config, io: CliIo): Logger {
  const options = {
    level: config.logLevel,
    base: { pid: process.pid },
    redact: { paths: ['*.password', '*.token', '*.email', '*.cookie', 'req.headers.cookie', 'req.headers.authorization'], censor: '[disembunyikan]' },
  };
  // The process's own stdout gets pino's fast destination; a command run in process writes where it is told.
  return io.stdout === process.stdout ? pino(options) : pino(options, { write: (line: string) => void io.stdout.write(line) });
}

export type Runtime = { io: CliIo; config: Config; database: Database; logger: Logger; ctx: Ctx };

export async function openRuntime(io: CliIo, opts: { migrate: boolean }): Promise<Runtime> {
  const config = prepareDataDir(loadConfig(io.env));
  const logger = makeLogger(config, io);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite') });
  if (opts.migrate) await database.migrate();
  const ctx: Ctx = {
    db: database.db,
    actor: systemActor('qgesy cli'),
    clock: systemClock,
    ip: null,
    blobs: config.s3 ? s3BlobStore(config.s3) : localBlobStore(path.join(config.dataDir, 'blobs')),
    keys: keyRing(config.encryptionKeyFile),
    settings: { baseUrl: config.baseUrl, sessionTtlHours: config.sessionTtlHours, maxUploadBytes: config.maxUploadBytes },
  };
  return { io, config, database, logger, ctx };
}

export async function withRuntime<T>(io: CliIo, migrate: boolean, fn: (rt: Runtime) => Promise<T>): Promise<T> {
  const rt = await openRuntime(io, { migrate });
  try {
    return await fn(rt);
  } finally {
    await rt.database.close();
  }
}
