// The `qgesy` command: serve | worker | migrate | create-admin | seed-demo | backup | restore | audit verify | keys | clearance |
// anonymise | reviews run | reminders run | deadline | blobs gc.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import pino, { type Logger } from 'pino';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig, prepareDataDir, type Config } from './config/env.js';
import { systemActor, type Ctx } from './context.js';
import { DatabaseBusyError, openDatabase, type Database, type Db } from './db/client.js';
import { localBlobStore } from './documents/blob-store.js';
import { keyRing, KeyRingError } from './documents/encryption.js';
import { setClearanceByEmail } from './domain/classified/clearances.js';
import { keyStatus, prepareKeyFile, rotateKeys } from './domain/classified/keys.js';
import { sealClassifiedText } from './domain/classified/sealed-text.js';
import { s3BlobStore } from './documents/s3-store.js';
import { formatLogins, hasNonDemoUsers, seedDemo } from './demo/seed-demo.js';
import { purgeExpiredSessions } from './domain/accounts/sessions.js';
import { purgeCitizenSignIns } from './domain/citizen/account.js';
import { pruneSpentFormTokens } from './domain/requests/form-tokens.js';
import { auditKeyFileFor, auditKeyIfAny, AuditKeyError } from './domain/audit/audit-key.js';
import { upgradeAuditChain } from './domain/audit/record-audit.js';
import { checkCheckpoint, formatCheckpoint, verifyAuditChain } from './domain/audit/verify-audit-chain.js';
import { countUsers, createFirstAdmin } from './domain/users/users.js';
import { AppError } from './errors.js';
import { validationMessage } from './domain/messages/validation.js';
import { createApp } from './http/app.js';
import { readiness } from './http/routes/health.js';
import { startOutboxWorker } from './jobs/outbox-worker.js';
import { startTextExtractionWorker } from './jobs/text-extraction.js';
import { startRetentionJob } from './jobs/retention.js';
import { searchLogFor } from './domain/search-log/query-log.js';
import { startBlobGcJob } from './jobs/blob-gc.js';
import { collectBlobGarbage } from './domain/blobs/gc.js';
import { anonymiseClosedRequests } from './domain/privacy/retention.js';
import { startExpiryReviewJob } from './jobs/exemption-reviews.js';
import { runExpiryReviews } from './domain/exemptions/reviews.js';
import { startReminderScheduler } from './jobs/reminder-scheduler.js';
import { runReminders } from './domain/reminders/reminders.js';
import { createBackup } from './backup/backup.js';
import { restoreBackup } from './backup/restore.js';
import { readSecret, prompt } from './cli/prompt.js';
import { processIo, type CliIo } from './cli/io.js';
import { usageText } from './cli/commands.js';
import { APP_VERSION } from './version.js';
import { calculateDeadline, ZDeadlineQuery } from './domain/calendar/calculate-deadline.js';
import { dayName, parseIsoDate, utcDate } from './domain/calendar/dates.js';
import { applyCalendarImport, payloadOf, previewCalendarImport } from './domain/calendar/import-calendar.js';
import { parseCalendarFile } from './domain/calendar/import-file.js';
import { warnIfNoPoppler } from './documents/redact.js';
import { stopSandbox } from './documents/sandbox.js';
import { openConfiguredSigner } from './letters/sign.js';

const USAGE = usageText(APP_VERSION);

function makeLogger(config: Config, io: CliIo): Logger {
  const options = {
    level: config.logLevel,
    base: { pid: process.pid },
    redact: { paths: ['*.password', '*.token', '*.email', '*.cookie', 'req.headers.cookie', 'req.headers.authorization'], censor: '[disembunyikan]' },
  };
  // The process's own stdout gets pino's fast destination; a command run in process writes where it is told.
  return io.stdout === process.stdout ? pino(options) : pino(options, { write: (line: string) => void io.stdout.write(line) });
}

type Runtime = { io: CliIo; config: Config; database: Database; logger: Logger; ctx: Ctx };

async function openRuntime(io: CliIo, opts: { migrate: boolean }): Promise<Runtime> {
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

function setupCode(): string {
  // Short enough to type from a console, long enough not to be guessed before the admin uses it.
  const alphabet = 'ACDEFGHJKLMNPQRSTUVWXYZ2345679';
  return Array.from(randomBytes(10), (b) => alphabet[b % alphabet.length]).join('');
}

/** Makes the key file when there is none and nothing is encrypted yet, and says so once: keep a copy apart. Then seals plain texts. */
async function announceKeyFile(rt: Runtime): Promise<void> {
  const { io, config, logger, ctx } = rt;
  const keys = await prepareKeyFile(ctx.db, ctx.keys!, new Date());
  if (keys.created) {
    io.stdout.write(
      `\n  Berkas kunci enkripsi dibuat / encryption key file created: ${config.encryptionKeyFile}\n` +
        `  Simpan salinannya di tempat aman TERPISAH dari cadangan; tanpa berkas ini dokumen rahasia tidak dapat dibuka.\n` +
        `  Keep a copy somewhere safe, APART from the backups; without it classified documents cannot be opened.\n\n`,
    );
  }
  await prepareAuditChain(rt);
  for (const m of keys.missing) {
    logger.warn(
      { keyId: m.id, files: m.files, items: m.items },
      'kunci induk tidak ada di berkas kunci; berkas ini tidak dapat dibuka / master key missing from the key file',
    );
  }
  await sealPlainText(rt);
}

/**
 * Seals the classified texts still stored plain (written before sealing existed, or restored from an
 * older backup): idempotent, nothing to do on a second run. Counts only go to the log, never a text.
 */
async function sealPlainText({ logger, ctx }: Pick<Runtime, 'logger' | 'ctx'>): Promise<void> {
  const sealed = await sealClassifiedText(ctx);
  if (sealed.items || sealed.documents) logger.info(sealed, 'teks informasi berklasifikasi disegel / classified texts sealed');
}

/**
 * Makes the audit key on the first run (saying so once) and switches a chain written before the keyed
 * hash over to it (an `audit.keyed` row).
 */
async function prepareAuditChain({ io, config, ctx }: Runtime): Promise<void> {
  const file = auditKeyFileFor(config.encryptionKeyFile);
  const had = existsSync(file);
  const switched = await upgradeAuditChain(ctx);
  if (!had && existsSync(file)) {
    io.stdout.write(
      `\n  Berkas kunci audit dibuat / audit key file created: ${file}\n` +
        `  Simpan salinannya bersama berkas kunci enkripsi; tanpa berkas ini log audit tidak dapat diperiksa.\n` +
        `  Keep a copy with the encryption key file; without it the audit log cannot be verified.\n\n`,
    );
  }
  if (switched) io.stdout.write('Rantai log audit kini berkunci (HMAC) / the audit chain is now keyed (HMAC)\n');
}

async function cmdServe(io: CliIo, flags: { demo: boolean; force: boolean }): Promise<void> {
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

async function cmdWorker(io: CliIo): Promise<void> {
  const rt = await openRuntime(io, { migrate: false });
  if (rt.database.kind !== 'postgres') {
    await rt.database.close();
    throw new CliError(
      'Pekerja terpisah membutuhkan PostgreSQL (DATABASE_URL). Dengan basis data tertanam, pekerja email sudah berjalan di dalam `qgesy serve`.\n' +
        'A separate worker needs PostgreSQL (DATABASE_URL). With the embedded database the email worker already runs inside `qgesy serve`.',
    );
  }
  const m = await rt.database.migrationStatus();
  if (m.applied < m.expected)
    throw new CliError('Migrasi belum dijalankan; jalankan `qgesy migrate` atau `qgesy serve` dulu. / Migrations pending; run `qgesy migrate` first.');
  const jobs = startBackgroundJobs({ database: rt.database, ctx: rt.ctx, config: rt.config, logger: rt.logger });
  rt.logger.info('pekerja latar berjalan / background worker running (email, text extraction, reminders, reviews, retention, blob clean-up)');
  const stop = async () => {
    const sandbox = stopSandbox();
    await jobs.stop();
    await sandbox;
    await rt.database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

/**
 * Every background job: the email outbox, text extraction, deadline reminders, exemption expiry reviews,
 * requester-data retention and blob clean-up. Each is safe to run in several processes at once (leases with
 * FOR UPDATE SKIP LOCKED, advisory locks, idempotent runs: docs/architecture-notes.md), so `serve` runs them
 * with OUTBOX_WORKER=true and `qgesy worker` always does.
 */
function startBackgroundJobs(opts: { database: Runtime['database']; ctx: Ctx; config: Runtime['config']; logger: Runtime['logger'] }): {
  stop(): Promise<void>;
} {
  const { database, ctx, config, logger } = opts;
  const workerId = `${hostname()}:${process.pid}`;
  const worker = startOutboxWorker({ db: database.db, smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, keys: ctx.keys, logger, workerId });
  const textWorker = startTextExtractionWorker({ db: database.db, blobs: ctx.blobs, logger, workerId });
  const retention = startRetentionJob({ db: database.db, blobs: ctx.blobs, keys: ctx.keys, baseUrl: config.baseUrl, logger });
  const blobGc = startBlobGcJob({ db: database.db, blobs: ctx.blobs, keys: ctx.keys, baseUrl: config.baseUrl, logger });
  const reviews = startExpiryReviewJob({ ctx: { ...ctx, actor: systemActor('peninjauan pengecualian') }, logger });
  const reminders = startReminderScheduler({ ctx: { ...ctx, actor: systemActor('pengingat tenggat') }, logger });
  return {
    async stop() {
      retention.stop();
      blobGc.stop();
      await worker.stop();
      await textWorker.stop();
      await reviews.stop();
      await reminders.stop();
    },
  };
}

async function withRuntime<T>(io: CliIo, migrate: boolean, fn: (rt: Runtime) => Promise<T>): Promise<T> {
  const rt = await openRuntime(io, { migrate });
  try {
    return await fn(rt);
  } finally {
    await rt.database.close();
  }
}

async function cmdCreateAdmin(io: CliIo, flags: { email?: string | undefined; name?: string | undefined }): Promise<void> {
  await withRuntime(io, true, async ({ ctx }) => {
    const email = flags.email ?? (await prompt(io, 'Email: '));
    const name = flags.name ?? (await prompt(io, 'Nama lengkap / full name: '));
    const password = await readSecret(io, 'Kata sandi / password (min. 10): ');
    if (io.stdin.isTTY) {
      const again = await readSecret(io, 'Ulangi / repeat: ');
      if (again !== password) throw new CliError('Kata sandi tidak sama. / Passwords do not match.');
    }
    const user = await createFirstAdmin(ctx, { email, name, password });
    io.stdout.write(`Administrator dibuat / created: ${user.email}\n`);
  });
}

async function cmdBackup(io: CliIo, file: string): Promise<void> {
  await withRuntime(io, true, async ({ ctx }) => {
    const r = await createBackup({ db: ctx.db, blobs: ctx.blobs, file: path.resolve(file), appVersion: APP_VERSION, now: new Date() });
    const rows = Object.values(r.tables).reduce((a, b) => a + b, 0);
    io.stdout.write(
      `Cadangan ditulis / backup written: ${r.file} (${(r.bytes / 1024).toFixed(0)} KiB)\n` +
        `  ${Object.keys(r.tables).length} tabel / tables, ${rows} baris / rows, ${r.blobs.count} berkas / files\n` +
        (r.missingBlobs.length ? `  PERINGATAN / WARNING: ${r.missingBlobs.length} berkas hilang dari penyimpanan / files missing from the store\n` : ''),
    );
  });
}

async function cmdRestore(io: CliIo, file: string, force: boolean): Promise<void> {
  await withRuntime(io, true, async ({ ctx }) => {
    const r = await restoreBackup({ db: ctx.db, blobs: ctx.blobs, file: path.resolve(file), force });
    const rows = Object.values(r.tables).reduce((a, b) => a + b, 0);
    io.stdout.write(
      `Dipulihkan / restored from ${path.resolve(file)} (dibuat / made ${r.manifest.createdAt})\n` +
        `  ${Object.keys(r.tables).length} tabel / tables, ${rows} baris / rows, ${r.blobs.count} berkas / files\n` +
        `  Periksa / check: qgesy audit verify\n`,
    );
  });
}

async function cmdAuditVerify(io: CliIo, checkpoint: string | undefined): Promise<number> {
  return withRuntime(io, false, async ({ ctx }) => {
    const key = auditKeyIfAny(ctx.keys);
    const r = await verifyAuditChain(ctx.db, key);
    let code = 0;
    if (r.ok) {
      io.stdout.write(`OK: rantai log audit utuh, ${r.rows} baris diperiksa / audit chain intact, ${r.rows} rows checked\n`);
      if (r.head && key) io.stdout.write(`Titik periksa terbaru / latest checkpoint: ${formatCheckpoint(key, r.head)}\n`);
    } else {
      io.stdout.write(`GAGAL / FAILED at row #${r.seq} (${r.problem}): ${r.message}\n`);
      code = 1;
    }
    if (checkpoint !== undefined) {
      if (!key) throw new AuditKeyError(`Berkas kunci audit tidak ditemukan: ${auditKeyFileFor(ctx.keys!.file)} / The audit key file was not found`);
      const c = await checkCheckpoint(ctx.db, key, checkpoint);
      if (c.ok) io.stdout.write(`OK: titik periksa #${c.seq} ada di rantai / checkpoint #${c.seq} is in the chain\n`);
      else {
        io.stdout.write(`GAGAL / FAILED: titik periksa / checkpoint${c.seq ? ` #${c.seq}` : ''} (${c.problem}): ${c.message}\n`);
        code = 1;
      }
    }
    return code;
  });
}

/** One line for the operator to keep off the machine; `audit verify --checkpoint` checks it later. */
async function cmdAuditCheckpoint(io: CliIo): Promise<number> {
  return withRuntime(io, false, async ({ ctx }) => {
    const key = auditKeyIfAny(ctx.keys);
    const r = await verifyAuditChain(ctx.db, key);
    if (!r.ok) {
      io.stdout.write(`GAGAL / FAILED at row #${r.seq} (${r.problem}): ${r.message}\n`);
      io.stderr.write('Rantai log audit tidak utuh; titik periksa tidak dibuat / the audit chain is broken; no checkpoint made\n');
      return 1;
    }
    if (!r.head || !key) throw new CliError('Log audit masih kosong; belum ada yang dapat ditandai / the audit log is empty; nothing to mark yet');
    io.stdout.write(`${formatCheckpoint(key, r.head)}\n`);
    return 0;
  });
}

async function cmdKeys(io: CliIo, sub: string | undefined, dropRetired: boolean): Promise<number> {
  if (sub !== 'status' && sub !== 'rotate') throw new UsageError('Pemakaian / usage: qgesy keys status | qgesy keys rotate [--drop-retired]');
  return withRuntime(io, true, async ({ ctx, config }) => {
    const ring = ctx.keys!;
    if (sub === 'rotate') {
      const r = await rotateKeys(ctx.db as Db, ring, new Date(), { dropRetired });
      io.stdout.write(
        `Kunci induk baru / new master key: ${r.newKeyId} (berkas kunci / key file ${config.encryptionKeyFile})\n` +
          `  ${r.rewrapped} kunci data dibungkus ulang / data keys re-wrapped; berkas terenkripsi tidak diubah / encrypted files untouched\n` +
          (r.retired.length ? `  Dipensiunkan / retired: ${r.retired.join(', ')}\n` : '') +
          (r.dropped.length ? `  Dihapus dari berkas kunci / removed from the key file: ${r.dropped.join(', ')}\n` : '') +
          `  Salin berkas kunci yang baru ke tempat penyimpanan salinannya sekarang. Cadangan yang dibuat sebelum rotasi masih memerlukan salinan berkas kunci lama.\n` +
          `  Copy the new key file to where its copy is kept now. Backups made before the rotation still need the old key file copy.\n`,
      );
      return 0;
    }
    const s = await keyStatus(ctx.db, ring);
    const lines = [`Berkas kunci / key file: ${s.file}`];
    try {
      const mode = statSync(s.file).mode & 0o777;
      if (mode & 0o077) lines.push(`  PERINGATAN / WARNING: izin berkas / file mode ${mode.toString(8)}; seharusnya / should be 600 (chmod 600)`);
    } catch {
      /* reported by keyStatus already */
    }
    for (const k of s.keys) {
      lines.push(
        `  ${k.id}  ${k.status === 'current' ? 'current (dipakai / in use)' : 'retired'}  dibuat / created ${k.created}  berkas / files: ${k.files}  informasi / items: ${k.items}`,
      );
    }
    for (const m of s.missing) lines.push(`  ${m.id}  TIDAK ADA DI BERKAS / MISSING FROM THE FILE  berkas / files: ${m.files}  informasi / items: ${m.items}`);
    io.stdout.write(lines.join('\n') + '\n');
    return s.missing.length ? 1 : 0;
  });
}

async function cmdClearance(io: CliIo, flags: { email: unknown; level: unknown }): Promise<number> {
  if (typeof flags.email !== 'string' || typeof flags.level !== 'string') {
    throw new UsageError('Pemakaian / usage: qgesy clearance --email E --level none|biasa|terbatas|rahasia|sangat_rahasia');
  }
  const email = flags.email;
  const level = flags.level;
  return withRuntime(io, true, async ({ ctx }) => {
    const r = await setClearanceByEmail(ctx, email, level);
    io.stdout.write(
      r.from === r.to
        ? `${r.name} <${email}> sudah berizin / already cleared: ${r.to}\n`
        : `Izin akses / clearance of ${r.name} <${email}>: ${r.from} -> ${r.to}\n`,
    );
    return 0;
  });
}

class CliError extends Error {}
/** Wrong arguments: one line on stderr and exit code 2, before anything is opened. */
class UsageError extends Error {}

const ANONYMISE_USAGE = 'qgesy anonymise --older-than TAHUN [--dry-run]';

async function cmdAnonymise(io: CliIo, flags: { olderThan: unknown; dryRun: unknown }, extra: string[]): Promise<number> {
  if (extra.length) throw new UsageError(`Argumen tidak dikenal / unknown argument: ${extra[0]} (${ANONYMISE_USAGE})`);
  if (flags.olderThan === undefined) throw new UsageError(`Sebutkan --older-than TAHUN / give --older-than YEARS (${ANONYMISE_USAGE})`);
  if (typeof flags.olderThan !== 'string') throw new UsageError(`--older-than perlu nilai / needs a value (${ANONYMISE_USAGE})`);
  if (flags.dryRun !== undefined && typeof flags.dryRun !== 'boolean')
    throw new UsageError(`--dry-run tidak menerima nilai / takes no value (${ANONYMISE_USAGE})`);
  const years = flags.olderThan.trim();
  if (!/^\d{1,3}$/.test(years) || Number(years) < 1 || Number(years) > 100) {
    throw new UsageError(`--older-than: bilangan bulat 1 sampai 100 / a whole number from 1 to 100, bukan / not "${flags.olderThan}" (${ANONYMISE_USAGE})`);
  }
  return withRuntime(io, true, async ({ ctx }) => {
    const r = await anonymiseClosedRequests(
      { ...ctx, actor: systemActor('qgesy anonymise') },
      { olderThanYears: Number(years), dryRun: flags.dryRun === true },
    );
    const cutoff = utcDate(r.cutoff);
    if (r.busy) {
      io.stdout.write('Proses lain sedang menganonimkan; coba lagi nanti. / Another run is in progress; try again later.\n');
      return 1;
    }
    const lines = r.dryRun
      ? [
          `Uji coba, tidak ada yang diubah / dry run, nothing changed: ${r.numbers.length} kasus selesai akan dianonimkan / closed cases would be anonymised`,
          `  (langkah terakhir sebelum / last step before ${cutoff}; ${r.identityScans} pindaian identitas / identity scans)`,
        ]
      : [
          `Dianonimkan / anonymised: ${r.numbers.length} kasus selesai / closed cases (langkah terakhir sebelum / last step before ${cutoff})`,
          `  ${r.identityScans} pindaian identitas dihapus / identity scans deleted, ${r.emailsDeleted} salinan email dihapus / email copies deleted`,
        ];
    for (const n of r.numbers) lines.push(`  ${n}`);
    if (r.blobsNotDeleted.length)
      lines.push(`PERINGATAN / WARNING: ${r.blobsNotDeleted.length} berkas pindaian tidak terhapus dari penyimpanan / scan files not deleted from the store`);
    io.stdout.write(lines.join('\n') + '\n');
    return r.blobsNotDeleted.length ? 1 : 0;
  });
}

const BLOBS_USAGE = 'qgesy blobs gc [--dry-run]';

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const counted = (s: { count: number; bytes: number }) => `${s.count} (${s.bytes} B, ${mb(s.bytes)})`;

async function cmdBlobs(io: CliIo, sub: string | undefined, flags: { dryRun: unknown }, extra: string[]): Promise<number> {
  if (sub !== 'gc' || extra.length) throw new UsageError(`Pemakaian / usage: ${BLOBS_USAGE}`);
  if (flags.dryRun !== undefined && typeof flags.dryRun !== 'boolean') throw new UsageError(`--dry-run tidak menerima nilai / takes no value (${BLOBS_USAGE})`);
  return withRuntime(io, true, async ({ ctx }) => {
    const r = await collectBlobGarbage({ ...ctx, actor: systemActor('qgesy blobs gc') }, { dryRun: flags.dryRun === true });
    if (r.busy) {
      io.stdout.write('Proses lain sedang membersihkan berkas; coba lagi nanti. / Another run is in progress; try again later.\n');
      return 1;
    }
    const days = r.graceMs / 86_400_000;
    const lines = [
      r.dryRun
        ? `Uji coba, tidak ada yang diubah / dry run, nothing changed: ${counted(r.deleted)} berkas akan dihapus / blobs would be deleted`
        : `Dihapus / deleted: ${counted(r.deleted)} berkas tak terpakai / unreferenced blobs`,
      `  tersimpan / stored: ${counted(r.stored)}; tak dirujuk / unreferenced: ${counted(r.unreferenced)}`,
      `  dalam masa tenggang ${days} hari / within the ${days}-day grace period: ${counted(r.waiting)}` +
        ` (${r.dryRun ? 'akan ditandai / would be marked' : 'baru ditandai / newly marked'}: ${r.newlyMarked}; ` +
        `${r.dryRun ? 'akan dilepas / would be unmarked' : 'dirujuk lagi / referenced again'}: ${r.unmarked})`,
    ];
    for (const k of r.deleted.keys) lines.push(`  ${k}`);
    if (r.failed.length) lines.push(`PERINGATAN / WARNING: ${r.failed.length} berkas tidak terhapus dari penyimpanan / blobs not deleted from the store`);
    io.stdout.write(lines.join('\n') + '\n');
    return r.failed.length ? 1 : 0;
  });
}

const DEADLINE_USAGE = 'qgesy deadline --from TTTT-BB-HH --days N | --period KUNCI';
const DEADLINE_FLAGS: Record<string, string> = { start: '--from', days: '--days', period: '--period' };

async function cmdDeadline(io: CliIo, flags: { from: unknown; days: unknown; period: unknown }, extra: string[]): Promise<number> {
  if (extra.length) throw new UsageError(`Argumen tidak dikenal / unknown argument: ${extra[0]} (${DEADLINE_USAGE})`);
  for (const [k, v] of Object.entries(flags)) {
    if (v !== undefined && typeof v !== 'string') throw new UsageError(`--${k} perlu nilai / needs a value (${DEADLINE_USAGE})`);
  }
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const parsed = ZDeadlineQuery.safeParse({ start: text(flags.from), days: text(flags.days), period: text(flags.period) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const flag = DEADLINE_FLAGS[String(issue.path[0])] ?? '';
    throw new UsageError(`${flag ? `${flag}: ` : ''}${issue.message} / ${validationMessage(issue.message, 'en')} (${DEADLINE_USAGE})`);
  }
  return withRuntime(io, true, async ({ ctx }) => {
    const { deadline: d, ifCutiBersamaWorks: alt, query } = await calculateDeadline(ctx, parsed.data);
    const day = (date: string) => `${date} ${dayName(date)}`;
    const lines = [
      `Tenggat / due: ${day(d.due)} (${d.workingDays} hari kerja dari / working days from ${day(d.start)}${query.period ? `, ${query.period.basis}` : ''})`,
    ];
    if (d.countFrom !== d.start) lines.push(`Hari ke-0 / day 0: ${day(d.countFrom)} (hari kerja berikutnya / next working day)`);
    if (alt.due !== d.due) lines.push(`Jika cuti bersama dihitung hari kerja / if cuti bersama counted as working days: ${day(alt.due)}`);
    for (const w of d.warnings) lines.push(`PERINGATAN / WARNING: ${w.messages.id} / ${w.messages.en}`);
    lines.push(`Hari yang tidak dihitung / days not counted: ${d.skipped.length}`);
    for (const s of d.skipped)
      lines.push(`${day(s.date)}: ${s.reasons.map((r) => (r.kind === 'weekend' ? r.name : `${r.name} (${r.kind.replace('_', ' ')})`)).join('; ')}`);
    io.stdout.write(lines.join('\n') + '\n');
    return 0;
  });
}

const CALENDAR_USAGE = 'qgesy calendar import <berkas.csv|berkas.ics> [--dry-run] [--skip-rejected] [--source TEKS]';

/** The same preview as /admin/kalender/impor; without --dry-run it is applied in one transaction. */
async function cmdCalendarImport(
  io: CliIo,
  sub: string | undefined,
  flags: { dryRun: unknown; skipRejected: unknown; source: unknown },
  extra: string[],
): Promise<number> {
  if (sub !== 'import' || extra.length !== 1) throw new UsageError(`Pemakaian / usage: ${CALENDAR_USAGE}`);
  if (flags.source !== undefined && typeof flags.source !== 'string') throw new UsageError(`--source perlu nilai / needs a value (${CALENDAR_USAGE})`);
  const file = extra[0]!;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    throw new CliError(`Berkas tidak dapat dibaca / cannot read the file: ${file}`);
  }
  let parsed;
  try {
    parsed = parseCalendarFile(bytes);
  } catch (err) {
    if (err instanceof AppError) throw new CliError(`${err.messages.id} / ${err.messages.en}`);
    throw err;
  }
  const source = typeof flags.source === 'string' ? flags.source : '';
  return withRuntime(io, true, async ({ ctx }) => {
    const sys = { ...ctx, actor: systemActor('qgesy calendar import') };
    const opts = { source, filename: path.basename(file) };
    let plan;
    try {
      plan = await previewCalendarImport(sys, parsed, opts);
    } catch (err) {
      if (err instanceof AppError && err.fields?.['file']) throw new CliError(`${err.fields['file'].id} / ${err.fields['file'].en}`);
      throw err;
    }
    const kind = (k: string) => (k === 'cuti_bersama' ? 'cuti bersama' : 'libur nasional');
    const day = (d: { date: string; name: string; kind: string }) => `${d.date} ${dayName(d.date)}: ${d.name} (${kind(d.kind)})`;
    const lines = [
      `Pratinjau impor / import preview: ${opts.filename}, tahun / year ${plan.years.join(', ')}`,
      `Ditambahkan / to add: ${plan.add.length}`,
      ...plan.add.map((d) => `  + ${day(d)}`),
      `Diubah / to change: ${plan.change.length}`,
      ...plan.change.map((c) => `  ~ ${day(c.after)} (sebelumnya / was: ${c.before.name}, ${kind(c.before.kind)})`),
      `Sudah tercatat / already present: ${plan.present.length}`,
      ...plan.present.map((d) => `  = ${day(d)}`),
      `Ditolak / rejected: ${plan.rejected.length}`,
      ...plan.rejected.map((r) => `  ! baris / line ${r.line}: ${r.reason.id} / ${r.reason.en} [${r.text}]`),
    ];
    io.stdout.write(lines.join('\n') + '\n');
    if (flags.dryRun === true) {
      io.stdout.write('Uji coba: tidak ada yang disimpan / dry run: nothing was saved\n');
      return 0;
    }
    if (plan.rejected.length && flags.skipRejected !== true) {
      io.stderr.write(
        'Ada baris yang ditolak: perbaiki berkas, atau ulangi dengan --skip-rejected / some lines were rejected: fix the file, or run again with --skip-rejected\n',
      );
      return 2;
    }
    if (!plan.add.length && !plan.change.length) {
      io.stdout.write('Tidak ada yang perlu diubah / nothing to change\n');
      return 0;
    }
    await applyCalendarImport(sys, payloadOf(parsed, opts), plan.token);
    io.stdout.write(`Disimpan / saved: ${plan.add.length} ditambahkan / added, ${plan.change.length} diubah / changed\n`);
    return 0;
  });
}

const REMINDERS_USAGE = 'qgesy reminders run [--date TTTT-BB-HH]';

async function cmdReminders(io: CliIo, sub: string | undefined, flags: { date: unknown }, extra: string[]): Promise<number> {
  if (sub !== 'run' || extra.length) throw new UsageError(`Pemakaian / usage: ${REMINDERS_USAGE}`);
  if (flags.date !== undefined && typeof flags.date !== 'string') throw new UsageError(`--date perlu nilai / needs a value (${REMINDERS_USAGE})`);
  const date = flags.date as string | undefined;
  if (date !== undefined && !parseIsoDate(date)) {
    throw new UsageError(`--date: Tanggal tidak valid; gunakan format TTTT-BB-HH / not a valid date; use YYYY-MM-DD (${REMINDERS_USAGE})`);
  }
  return withRuntime(io, true, async ({ ctx }) => {
    const r = await runReminders({ ...ctx, actor: systemActor('qgesy reminders') }, date === undefined ? {} : { date });
    const day = `${r.date} ${dayName(r.date)}`;
    if (r.nonWorking) {
      io.stdout.write(`${day}: bukan hari kerja (${r.nonWorking.join('; ')}); tidak ada yang dikirim / not a working day; nothing sent\n`);
      return 0;
    }
    io.stdout.write(
      `Pengingat / reminders ${day}: ${r.digests} ringkasan / digests, ${r.escalations} eskalasi / escalations ke kotak keluar / queued\n` +
        (r.alreadySent.digests || r.alreadySent.escalations
          ? `Sudah terkirim sebelumnya / already sent before: ${r.alreadySent.digests} ringkasan / digests, ${r.alreadySent.escalations} eskalasi / escalations\n`
          : ''),
    );
    return 0;
  });
}

/** Demo accounts have passwords printed on the console: never add them to a system with real accounts. */
async function refuseDemoOverRealData(ctx: Ctx, force: boolean): Promise<void> {
  if (force || !(await hasNonDemoUsers(ctx))) return;
  throw new CliError(
    'Basis data ini sudah berisi akun sungguhan; data contoh tidak dimuat. Pakai DATA_DIR lain untuk mencoba, atau --force bila memang sengaja.\n' +
      'This database already has real accounts; demo data was not loaded. Use another DATA_DIR to try it out, or --force if you really mean it.',
  );
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      demo: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      email: { type: 'string' },
      name: { type: 'string' },
      from: { type: 'string' },
      days: { type: 'string' },
      period: { type: 'string' },
      level: { type: 'string' },
      'drop-retired': { type: 'boolean', default: false },
      'older-than': { type: 'string' },
      'dry-run': { type: 'boolean' },
      'skip-rejected': { type: 'boolean' },
      source: { type: 'string' },
      date: { type: 'string' },
      checkpoint: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [cmd = 'serve', sub, ...rest] = positionals;
  if (values.help || cmd === 'help') {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  switch (cmd) {
    case 'serve':
      await cmdServe(io, { demo: values.demo === true, force: values.force === true });
      return -1; // keeps running
    case 'worker':
      await cmdWorker(io);
      return -1;
    case 'migrate':
      return withRuntime(io, true, async (rt) => {
        const { database } = rt;
        await prepareAuditChain(rt);
        const m = await database.migrationStatus();
        // With a key file in place, migrating also seals what is still plain (serve does it otherwise).
        if (existsSync(rt.config.encryptionKeyFile)) await sealPlainText(rt);
        io.stdout.write(`Migrasi selesai / migrations done: ${m.applied}/${m.expected}\n`);
        return 0;
      });
    case 'create-admin':
      await cmdCreateAdmin(io, { email: values.email as string | undefined, name: values.name as string | undefined });
      return 0;
    case 'seed-demo':
      return withRuntime(io, true, async (rt) => {
        const { ctx } = rt;
        await refuseDemoOverRealData(ctx, values.force === true);
        // The demo stores encrypted documents: make the key file here as serve would, and say so.
        await announceKeyFile(rt);
        const logins = await seedDemo(ctx);
        io.stdout.write(logins && logins.length ? formatLogins(logins) + '\n' : 'Data contoh sudah ada / demo data already present.\n');
        return 0;
      });
    case 'backup':
      if (!sub) throw new CliError('Sebutkan nama berkas: qgesy backup FILE / give a file name');
      await cmdBackup(io, sub);
      return 0;
    case 'restore':
      if (!sub) throw new CliError('Sebutkan nama berkas: qgesy restore FILE [--force] / give a file name');
      await cmdRestore(io, sub, values.force === true);
      return 0;
    case 'audit':
      if (sub === 'checkpoint' && !rest.length && values.checkpoint === undefined) return cmdAuditCheckpoint(io);
      if (sub !== 'verify' || rest.length) throw new CliError('Pemakaian / usage: qgesy audit verify [--checkpoint BARIS] | qgesy audit checkpoint');
      return cmdAuditVerify(io, values.checkpoint as string | undefined);
    case 'keys':
      return cmdKeys(io, sub, values['drop-retired'] === true);
    case 'clearance':
      return cmdClearance(io, { email: values.email, level: values.level });
    case 'anonymise':
      return cmdAnonymise(
        io,
        { olderThan: values['older-than'], dryRun: values['dry-run'] },
        [sub, ...rest].filter((x): x is string => x !== undefined),
      );
    case 'reviews':
      if (sub !== 'run' || rest.length) throw new CliError('Pemakaian / usage: qgesy reviews run');
      return withRuntime(io, true, async ({ ctx }) => {
        const r = await runExpiryReviews({ ...ctx, actor: systemActor('qgesy reviews run') });
        io.stdout.write(
          `Peninjauan pengecualian ${r.today} / exemption reviews: ${r.opened} dibuka / opened, ${r.reminded} pengingat / reminders, ${r.overdue} terlambat / overdue\n`,
        );
        return 0;
      });
    case 'deadline':
      return cmdDeadline(
        io,
        { from: values.from, days: values.days, period: values.period },
        [sub, ...rest].filter((x): x is string => x !== undefined),
      );
    case 'blobs':
      return cmdBlobs(
        io,
        sub,
        { dryRun: values['dry-run'] },
        rest.filter((x): x is string => x !== undefined),
      );
    case 'calendar':
      return cmdCalendarImport(
        io,
        sub,
        { dryRun: values['dry-run'], skipRejected: values['skip-rejected'], source: values.source },
        rest.filter((x): x is string => x !== undefined),
      );
    case 'reminders':
      return cmdReminders(
        io,
        sub,
        { date: values.date },
        rest.filter((x): x is string => x !== undefined),
      );
    default:
      throw new CliError(`Perintah tidak dikenal / unknown command: ${cmd}\n\n${USAGE}`);
  }
}

/**
 * Runs a command and turns expected failures into one clear line on stderr, without a stack trace.
 * Resolves to the exit code (-1: `serve` and `worker`, which keep running).
 */
export async function runMain(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await main(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`${err.message}\n`);
      return 2;
    }
    if (
      err instanceof ConfigError ||
      err instanceof CliError ||
      err instanceof DatabaseBusyError ||
      err instanceof KeyRingError ||
      err instanceof AuditKeyError
    ) {
      io.stderr.write(`${err.message}\n`);
    } else if (err instanceof AppError) {
      const fields = Object.entries(err.fields ?? {}).map(([k, m]) => `  ${k}: ${m.id} / ${m.en}\n`);
      io.stderr.write(`${err.messages.id} / ${err.messages.en}\n${fields.join('')}`);
    } else if (err && typeof err === 'object' && 'code' in err && (err as { code: string }).code === 'EADDRINUSE') {
      io.stderr.write(`Port sudah dipakai proses lain; atur PORT. / The port is already in use; set PORT.\n`);
    } else {
      io.stderr.write(`Terjadi kesalahan tak terduga / unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    }
    return 1;
  }
}

/** The `qgesy` process: runs the command and exits with its code. */
export async function run(argv: string[]): Promise<void> {
  const code = await runMain(argv, processIo());
  if (code >= 0) process.exit(code);
}

if (process.argv[1] && /main\.(?:ts|js)$/.test(process.argv[1])) {
  void run(process.argv.slice(2));
}
