/**
 * Keeps the screen on while `keep(true)` holds (the Screen Wake Lock API). The browser lets go of
 * the lock when the tab is hidden, so it is taken again when the reader comes back.
 */
export function screenAwake() {
  let lock: Promise<WakeLockSentinel | void> | undefined;
  let wanted = false;
  const take = () => {
    if (wanted && !lock && document.visibilityState === 'visible')
      lock = navigator.wakeLock.request('screen').then(
        (sentinel) => {
          sentinel.addEventListener('release', () => (lock = undefined));
          return sentinel;
        },
        () => (lock = undefined),
      );
  };
  document.addEventListener('visibilitychange', take);
  return (on: boolean) => {
    wanted = on;
    if (on) take();
    else void lock?.then((sentinel) => sentinel?.release());
  };
}
