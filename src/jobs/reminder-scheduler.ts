// Runs the daily reminders inside `serve` (and `worker`): every few minutes it checks whether today's run,
// from 07:00 in the body's time zone, has been done by this process; the run itself is idempotent in the
// database, so other instances and a cron `qgesy reminders run` never make it send twice.
import type { Ctx } from '../context.js';
import { dateInZone } from '../domain/calendar/dates.js';
import { serviceHours } from '../domain/requests/deadlines.js';
import { runReminders, type ReminderRun } from '../domain/reminders/reminders.js';
import { describeError } from './outbox-worker.js';

/** The digest goes out from 07:00 in the body's time zone, before the service opens. */
export const REMINDER_FROM_MINUTES = 7 * 60;

type LogFn = (obj: Record<string, unknown>, msg?: string) => void;

export type ReminderScheduler = {
  /** One check: runs today's reminders if it is time and this process has not done so yet. */
  tick(): Promise<ReminderRun | null>;
  stop(): Promise<void>;
};

export function startReminderScheduler(opts: { ctx: Ctx; logger?: { info: LogFn; error: LogFn } | undefined; pollMs?: number }): ReminderScheduler {
  const { ctx, logger } = opts;
  const pollMs = opts.pollMs ?? 10 * 60_000;
  let doneFor: string | null = null;
  let stopping = false;
  let chain: Promise<unknown> = Promise.resolve();

  async function check(): Promise<ReminderRun | null> {
    if (stopping) return null;
    const local = dateInZone(ctx.clock.now(), (await serviceHours(ctx)).timeZone);
    if (local.minutes < REMINDER_FROM_MINUTES || doneFor === local.date) return null;
    const run = await runReminders(ctx, { date: local.date });
    doneFor = local.date;
    if (!run.nonWorking && (run.digests || run.escalations)) {
      logger?.info(
        { date: run.date, digests: run.digests, escalations: run.escalations },
        'pengingat tenggat dikirim ke kotak keluar / deadline reminders queued',
      );
    }
    return run;
  }

  function tick(): Promise<ReminderRun | null> {
    const p = chain.then(check, check);
    chain = p.catch((err: unknown) => logger?.error({ err: describeError(err) }, 'pengingat tenggat gagal / deadline reminders failed'));
    return p;
  }

  const timer = setInterval(() => void tick().catch(() => {}), pollMs);
  timer.unref();
  // The first check soon after start, so that a server started after 07:00 sends that day's digest.
  const first = setTimeout(() => void tick().catch(() => {}), Math.min(pollMs, 30_000));
  first.unref();

  return {
    tick,
    async stop() {
      stopping = true;
      clearInterval(timer);
      clearTimeout(first);
      await chain.catch(() => {});
    },
  };
}
