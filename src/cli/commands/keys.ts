// `qgesy keys status | rotate [--drop-retired]`: the master keys in the key file and what they wrap; a new
// master key with every data key re-wrapped.
import { statSync } from 'node:fs';
import type { Db } from '../../db/client.js';
import { keyStatus, rotateKeys } from '../../domain/classified/keys.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { withRuntime } from '../runtime.js';

export async function cmdKeys(io: CliIo, sub: string | undefined, dropRetired: boolean): Promise<number> {
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
