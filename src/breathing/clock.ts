/**
 * The one clock of a session: time since Start minus time spent paused. Everything else is derived
 * from it, so late timers never add up to drift.
 */
export function createClock(now: () => number) {
  let start = 0;
  let pausedAt: number | undefined = 0;
  return {
    /** Starts at zero, or resumes where it was paused. */
    run() {
      if (pausedAt !== undefined) start += now() - pausedAt;
      pausedAt = undefined;
    },
    pause() {
      pausedAt ??= now();
    },
    reset() {
      start = now();
      pausedAt = start;
    },
    elapsed: () => (pausedAt ?? now()) - start,
  };
}
