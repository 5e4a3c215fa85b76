// `qgesy blobs gc [--dry-run]`: stored files no row refers to deleted after the grace period.
import { systemActor } from '../../context.js';
import { collectBlobGarbage } from '../../domain/blobs/gc.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { withRuntime } from '../runtime.js';

const BLOBS_USAGE = 'qgesy blobs gc [--dry-run]';

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const counted = (s: { count: number; bytes: number }) => `${s.count} (${s.bytes} B, ${mb(s.bytes)})`;

export async function cmdBlobs(io: CliIo, sub: string | undefined, flags: { dryRun: unknown }, extra: string[]): Promise<number> {
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
