// `qgesy serve [--demo]`: the web server, the hourly sweeps and (with OUTBOX_WORKER=true) the background jobs,
// with a draining shutdown on SIGTERM.
import { randomBytes } from 'node:crypto';
import { serve } from '@hono/node-server';
import { systemClock } from '../../clock.js';
import { loadConfig } from '../../config/env.js';
import { formatLogins, seedDemo } from '../../demo/seed-demo.js';
import { warnIfNoPoppler } from '../../documents/redact.js';
import { stopSandbox } from '../../documents/sandbox.js';
import { purgeExpiredSessions } from '../../domain/accounts/sessions.js';
import { purgeCitizenSignIns } from '../../domain/citizen/account.js';
import { pruneSpentFormTokens } from '../../domain/requests/form-tokens.js';
import { searchLogFor } from '../../domain/search-log/query-log.js';
import { countUsers } from '../../domain/users/users.js';
import { createApp } from '../../http/app.js';
import { readiness } from '../../http/routes/health.js';
import { startBackgroundJobs } from '../../jobs/background-jobs.js';
import { openConfiguredSigner } from '../../letters/sign.js';
import type { CliIo } from '../io.js';
import { announceKeyFile } from '../prepare-keys.js';
import { openRuntime } from '../runtime.js';
import { refuseDemoOverRealData } from './seed-demo.js';

function setupCode(): string {
  // Short enough to type from a console, long enough not to be guessed before the admin uses it.
  const alphabet = 'ACDEFGHJKLMNPQRSTUVWXYZ2345679';
  return Array.from(randomBytes(10), (b) => alphabet[b % alphabet.length]).join('');
}

export async function cmdServe(io: CliIo, flags: { demo: boolean; force: boolean }): Promise<void> {
  const started = performance.now();
  // The letters' signing certificate first: a wrong password or a certificate out of its validity period
  // stops the start with one line, before the database is opened.
  const signing = loadConfig(io.env).signing;
  const letterSigner = signing ? await openConfiguredSigner(signing, systemClock.now()) : null;
  const rt = await openRuntime(io, { migrate: true });
  const { config, database, logger, ctx } = rt;
  await announceKeyFile(rt);
  if (letterSigner) {
    logger.info(
      { certificate: letterSigner.commonName, validUntil: letterSigner.notAfter.toISOString() },
      'surat ditandatangani secara elektronik / letters are signed electronically',
    );
  } else logger.info('tanpa sertifikat: surat dicetak dan ditandatangani basah / no certificate: letters are signed by hand');
  if (flags.demo) {
    await refuseDemoOverRealData(ctx, flags.force);
    const logins = await seedDemo(ctx);
    if (logins && logins.length) io.stdout.write(formatLogins(logins) + '\n');
    else logger.info('data contoh sudah ada / demo data already present');
  }
  const setup = { token: null as string | null };
  if ((await countUsers(ctx)) === 0) {
    setup.token = setupCode();
    io.stdout.write(
      `\n  Belum ada akun. Buka ${config.baseUrl}/persiapan dan masukkan kode persiapan: ${setup.token}\n` +
        `  No account yet. Open ${config.baseUrl}/persiapan and enter the setup code:     ${setup.token}\n` +
        `  (atau / or: npm start -- --demo  untuk data contoh / for demo data)\n\n`,
    );
  }
  const app = createApp({
    database,
    config,
    clock: systemClock,
    blobs: ctx.blobs,
    keys: ctx.keys!,
    letterSigner,
    logger,
    setup,
    seedDemo: async () => {
      const logins = await seedDemo(ctx);
      if (logins && logins.length) io.stdout.write(formatLogins(logins) + '\n');
      return { logins };
    },
  });
  void warnIfNoPoppler(logger);
  // With OUTBOX_WORKER=false (several instances behind nginx) a `qgesy worker` runs them instead.
  const jobs = config.outboxWorker ? startBackgroundJobs({ database, ctx, config, logger }) : null;
  const sweeper = setInterval(() => {
    purgeExpiredSessions(ctx).catch((err: unknown) => logger.warn({ err }, 'purge of expired sessions failed'));
    purgeCitizenSignIns(ctx).catch((err: unknown) => logger.warn({ err }, 'purge of citizen sign-in links failed'));
    pruneSpentFormTokens(ctx).catch((err: unknown) => logger.warn({ err }, 'purge of spent form tokens failed'));
  }, 3600_000);
  sweeper.unref();

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info({ port: info.port, host: config.host, db: database.kind, ms: Math.round(performance.now() - started) }, 'Q-Gesy siap / ready');
    io.stdout.write(`Q-Gesy berjalan di / is running at ${config.baseUrl}  (basis data / database: ${database.kind})\n`);
  });

  server.on('error', (err: NodeJS.ErrnoException) => {
    io.stderr.write(
      err.code === 'EADDRINUSE'
        ? `Port ${config.port} sudah dipakai proses lain; atur PORT. / Port ${config.port} is already in use; set PORT.\n`
        : `Server gagal berjalan / server failed: ${err.message}\n`,
    );
    void (jobs?.stop() ?? Promise.resolve()).finally(() => database.close().finally(() => process.exit(1)));
  });

  // While draining, an answer on a kept-alive connection is its last: nginx opens the next one elsewhere.
  server.on('request', (_req: unknown, res: { setHeader(name: string, value: string): void }) => {
    if (readiness.draining) res.setHeader('connection', 'close');
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'berhenti / shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 20_000);
    force.unref();
    // Drain: /readyz says 503, no new connection is accepted (nginx goes to the next instance), the requests
    // in flight finish and commit; each keep-alive socket is closed as soon as it is idle.
    readiness.draining = true;
    const http = server as unknown as { closeIdleConnections?: () => void };
    const idle = setInterval(() => http.closeIdleConnections?.(), 100);
    // The file sandbox stays for the uploads in flight, but only for a while: a request waiting on a hostile
    // file then ends (its caller gets an error) instead of holding the shutdown for the job's whole time limit.
    const grace = setTimeout(() => void stopSandbox(), 10_000);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      http.closeIdleConnections?.();
    });
    clearInterval(idle);
    clearTimeout(grace);
    const sandbox = stopSandbox();
    clearInterval(sweeper);
    await jobs?.stop();
    await sandbox;
    // The search counts of the last seconds, still in memory.
    await searchLogFor(database.db, ctx.clock, logger).flush();
    await database.close();
    logger.info('selesai / stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
