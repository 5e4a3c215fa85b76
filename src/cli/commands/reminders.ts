// `qgesy reminders run [--date TTTT-BB-HH]`: the day's deadline reminders and escalations queued.
import { systemActor } from '../../context.js';
import { dayName, parseIsoDate } from '../../domain/calendar/dates.js';
import { runReminders } from '../../domain/reminders/reminders.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { withRuntime } from '../runtime.js';

const REMINDERS_USAGE = 'qgesy reminders run [--date TTTT-BB-HH]';

export async function cmdReminders(io: CliIo, sub: string | undefined, flags: { date: unknown }, extra: string[]): Promise<number> {
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
