// The daily expiry-review job (UU KIP Ps 20) inside `qgesy serve`: runs soon after start and then every
// hour; a run does nothing more on a day it already ran (reviews open once, reminders are claimed), so
// the hourly beat only makes sure a day's work happens soon after the day begins, whenever the server
// was started. `qgesy reviews run` does one run for cron.
import type { Ctx } from '../context.js';
import { runExpiryReviews } from '../domain/exemptions/reviews.js';

type LogFn = (obj: Record<string, unknown>, msg?: string) => void;

export function startExpiryReviewJob(opts: { ctx: Ctx; logger: { info: LogFn; warn: LogFn }; everyMs?: number; firstAfterMs?: number }) {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (stopped || running) return;
    running = runExpiryReviews(opts.ctx)
      .then((r) => {
        if (r.opened || r.reminded || r.overdue) opts.logger.info({ ...r }, 'peninjauan pengecualian / exemption reviews');
      })
      .catch((err: unknown) => opts.logger.warn({ err }, 'exemption review run failed'))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(tick, opts.firstAfterMs ?? 30_000);
  const timer = setInterval(tick, opts.everyMs ?? 3_600_000);
  first.unref();
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
