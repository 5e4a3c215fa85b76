// `qgesy backup FILE`: one .tar.gz archive of every table and stored file.
import path from 'node:path';
import { createBackup } from '../../backup/backup.js';
import { APP_VERSION } from '../../version.js';
import type { CliIo } from '../io.js';
import { withRuntime } from '../runtime.js';

export async function cmdBackup(io: CliIo, file: string): Promise<void> {
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
