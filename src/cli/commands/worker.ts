// `qgesy worker`: every background job and no web server, beside web instances run with OUTBOX_WORKER=false.
import { stopSandbox } from '../../documents/sandbox.js';
import { startBackgroundJobs } from '../../jobs/background-jobs.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { openRuntime } from '../runtime.js';

export async function cmdWorker(io: CliIo): Promise<void> {
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
