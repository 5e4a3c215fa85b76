// `qgesy calendar import <berkas>`: national holidays and cuti bersama from CSV or .ics, previewed, then applied.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { systemActor } from '../../context.js';
import { applyCalendarImport, payloadOf, previewCalendarImport } from '../../domain/calendar/import-calendar.js';
import { parseCalendarFile } from '../../domain/calendar/import-file.js';
import { dayName } from '../../domain/calendar/dates.js';
import { AppError } from '../../errors.js';
import { CliError, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { withRuntime } from '../runtime.js';

const CALENDAR_USAGE = 'qgesy calendar import <berkas.csv|berkas.ics> [--dry-run] [--skip-rejected] [--source TEKS]';

/** The same preview as /admin/kalender/impor; without --dry-run it is applied in one transaction. */
export async function cmdCalendarImport(
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
