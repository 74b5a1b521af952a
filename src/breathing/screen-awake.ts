let lock: Promise<WakeLockSentinel | void> | undefined;

/**
 * Keeps the screen on (the Screen Wake Lock API) until called with false. The browser lets go of
 * the lock when the tab is hidden; the guide pauses then, and resuming takes it again.
 */
export function keepScreenOn(on: boolean): void {
  if (on) lock ??= navigator.wakeLock.request('screen').catch(() => {});
  else {
    void lock?.then((sentinel) => sentinel?.release());
    lock = undefined;
  }
}
