// A job that runs inside `qgesy serve` after a first delay and then at an interval, one run at a time: a
// tick while a run is going joins that run. Timers are unref'd so that they never keep the process alive.

export type PeriodicJob<T> = { tick(): Promise<T>; stop(): void };

export function startPeriodicJob<T>(
  work: () => Promise<T>,
  opts: { firstDelayMs: number; intervalMs: number; onError: (err: unknown) => void },
): PeriodicJob<T> {
  let running: Promise<T> | null = null;
  function tick(): Promise<T> {
    if (running) return running;
    running = work().finally(() => (running = null));
    return running;
  }
  const run = () => void tick().catch(opts.onError);
  const first = setTimeout(run, opts.firstDelayMs);
  const every = setInterval(run, opts.intervalMs);
  first.unref();
  every.unref();
  return {
    tick,
    stop() {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
