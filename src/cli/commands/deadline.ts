// `qgesy deadline --from TTTT-BB-HH (--days N | --period KUNCI)`: a working-day deadline and every day not counted.
import { calculateDeadline, ZDeadlineQuery } from '../../domain/calendar/calculate-deadline.js';
import { dayName } from '../../domain/calendar/dates.js';
import { validationMessage } from '../../domain/messages/validation.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { withRuntime } from '../runtime.js';

const DEADLINE_USAGE = 'qgesy deadline --from TTTT-BB-HH --days N | --period KUNCI';
const DEADLINE_FLAGS: Record<string, string> = { start: '--from', days: '--days', period: '--period' };

export async function cmdDeadline(io: CliIo, flags: { from: unknown; days: unknown; period: unknown }, extra: string[]): Promise<number> {
  if (extra.length) throw new UsageError(`Argumen tidak dikenal / unknown argument: ${extra[0]} (${DEADLINE_USAGE})`);
  for (const [k, v] of Object.entries(flags)) {
    if (v !== undefined && typeof v !== 'string') throw new UsageError(`--${k} perlu nilai / needs a value (${DEADLINE_USAGE})`);
  }
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const parsed = ZDeadlineQuery.safeParse({ start: text(flags.from), days: text(flags.days), period: text(flags.period) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const flag = DEADLINE_FLAGS[String(issue.path[0])] ?? '';
    throw new UsageError(`${flag ? `${flag}: ` : ''}${validationMessage(issue.message, 'id')} / ${validationMessage(issue.message, 'en')} (${DEADLINE_USAGE})`);
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
