// The `qgesy` command: reads the arguments and hands them to the command's file in src/cli/commands/ (the
// command table, help text and docs/cli.md: src/cli/commands.ts); turns expected failures into one line.
import { parseArgs } from 'node:util';
import { ConfigError } from './config/env.js';
import { DatabaseBusyError } from './db/client.js';
import { KeyRingError } from './documents/encryption.js';
import { AuditKeyError } from './domain/audit/audit-key.js';
import { AppError } from './errors.js';
import { usageText } from './cli/commands.js';
import { cmdAnonymise } from './cli/commands/anonymise.js';
import { cmdAuditCheckpoint, cmdAuditVerify } from './cli/commands/audit.js';
import { cmdBackup } from './cli/commands/backup.js';
import { cmdBlobs } from './cli/commands/blobs.js';
import { cmdCalendarImport } from './cli/commands/calendar.js';
import { cmdClearance } from './cli/commands/clearance.js';
import { cmdCreateAdmin } from './cli/commands/create-admin.js';
import { cmdDeadline } from './cli/commands/deadline.js';
import { cmdKeys } from './cli/commands/keys.js';
import { cmdMigrate } from './cli/commands/migrate.js';
import { cmdReminders } from './cli/commands/reminders.js';
import { cmdRestore } from './cli/commands/restore.js';
import { cmdReviews } from './cli/commands/reviews.js';
import { cmdSeedDemo } from './cli/commands/seed-demo.js';
import { cmdServe } from './cli/commands/serve.js';
import { cmdWorker } from './cli/commands/worker.js';
import { CliError, UsageError } from './cli/errors.js';
import { processIo, type CliIo } from './cli/io.js';
import { APP_VERSION } from './version.js';

const USAGE = usageText(APP_VERSION);

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
      return cmdMigrate(io);
    case 'create-admin':
      await cmdCreateAdmin(io, { email: values.email as string | undefined, name: values.name as string | undefined });
      return 0;
    case 'seed-demo':
      return cmdSeedDemo(io, { force: values.force === true });
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
      return cmdReviews(io, sub, rest);
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
