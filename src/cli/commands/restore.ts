// `qgesy restore FILE [--force]`: a backup archive restored in one transaction.
import path from 'node:path';
import { restoreBackup } from '../../backup/restore.js';
import type { CliIo } from '../io.js';
import { withRuntime } from '../runtime.js';

export async function cmdRestore(io: CliIo, file: string, force: boolean): Promise<void> {
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
