// `qgesy anonymise --older-than TAHUN [--dry-run]`: requesters' personal data removed from old closed cases (and ground-b objections).
import { utcDate } from '../../domain/calendar/dates.js';
import { systemActor } from '../../context.js';
import { anonymiseClosedRequests } from '../../domain/privacy/retention.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { withRuntime } from '../runtime.js';

const ANONYMISE_USAGE = 'qgesy anonymise --older-than TAHUN [--dry-run]';

export async function cmdAnonymise(io: CliIo, flags: { olderThan: unknown; dryRun: unknown }, extra: string[]): Promise<number> {
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
          `  ${r.objectionNumbers.length} keberatan huruf b tanpa permohonan akan dianonimkan / ground-b objections without a request would be anonymised`,
        ]
      : [
          `Dianonimkan / anonymised: ${r.numbers.length} kasus selesai / closed cases (langkah terakhir sebelum / last step before ${cutoff})`,
          `  ${r.identityScans} pindaian identitas dihapus / identity scans deleted, ${r.emailsDeleted} salinan email dihapus / email copies deleted`,
          `  ${r.objectionNumbers.length} keberatan huruf b tanpa permohonan dianonimkan / ground-b objections without a request anonymised`,
        ];
    for (const n of [...r.numbers, ...r.objectionNumbers]) lines.push(`  ${n}`);
    if (r.blobsNotDeleted.length)
      lines.push(`PERINGATAN / WARNING: ${r.blobsNotDeleted.length} berkas pindaian tidak terhapus dari penyimpanan / scan files not deleted from the store`);
    io.stdout.write(lines.join('\n') + '\n');
    return r.blobsNotDeleted.length ? 1 : 0;
  });
}
