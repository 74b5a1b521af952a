import { createClock } from './clock.ts';
import { tone } from './sound.ts';
import type { Step } from './patterns.ts';
import { clockTime, phaseAt, sessionEndMs, type Phase } from './timing.ts';

export type Status = 'idle' | 'running' | 'paused';

/** What a session shows: the view renders it, nothing else. */
export interface SessionState {
  status: Status;
  /** Undefined before Start and after Stop. */
  phase?: Phase;
  /** Whole seconds left in this phase, as shown ("3"), or '' when none. */
  countdown: string;
  /** Time left in the session, as shown ("4:32"), or '' when none. */
  left: string;
  /** How much of the session is done, 0–1. */
  progress: number;
}

/** How the reader wants each phase marked, asked afresh at each one: a tone, a pulse. */
export interface Cues {
  /** Set when tones are on: the next phase's tone is scheduled on its clock, so it sounds on time. */
  audio?: AudioContext;
  vibrate: boolean;
}

const isInhale = (kind: Phase['kind']) => kind === 'in' || kind === 'more';

const IDLE: SessionState = { status: 'idle', countdown: '', left: '', progress: 0 };

// The session that is running on this page: starting another one pauses it.
let running: { pause(): void } | undefined;

/**
 * One breathing session: a clock (`now`, passed in so a test can run it on a clock of its own),
 * the timer that wakes it once a second or at the next phase, and the one-running-guide rule.
 * Everything shown is derived from the clock, nothing counted.
 */
export function createSession(now: () => number, show: (state: SessionState) => void, cues: () => Cues) {
  const clock = createClock(now);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let nextTone: OscillatorNode | undefined;
  let steps: readonly Step[] = [];
  let endMs = 0;
  let state = IDLE;
  const set = (patch: Partial<SessionState>) => show((state = { ...state, ...patch }));

  const halt = () => {
    clearTimeout(timer);
    clock.pause();
    nextTone?.stop();
    if (running === session) running = undefined;
  };

  // Runs at phase changes and once a second in between.
  const tick = (resumed = false) => {
    const elapsed = clock.elapsed();
    const phase = phaseAt(steps, endMs, elapsed);
    const changed = phase.count !== state.phase?.count;
    const { audio, vibrate } = cues();
    if (changed && vibrate && (isInhale(phase.kind) || phase.kind === 'out'))
      navigator.vibrate?.(isInhale(phase.kind) ? 200 : [150, 100, 150]);
    const next = phaseAt(steps, endMs, phase.endMs);
    if ((changed || resumed) && audio && next.kind !== 'hold' && next.kind !== 'done')
      nextTone = tone(audio, audio.currentTime + (phase.endMs - elapsed) / 1000, isInhale(next.kind));
    if (phase.kind === 'done') {
      halt();
      return set({ ...IDLE, phase, progress: 1 });
    }
    // A new phase object only when the phase changes: between, only the clocks move.
    set({
      ...(changed && { phase }),
      countdown: String(Math.ceil((phase.endMs - elapsed) / 1000)),
      left: clockTime(endMs - elapsed),
      progress: elapsed / endMs,
    });
    timer = setTimeout(tick, (phase.endMs - elapsed) % 1000 || 1000);
  };

  const session = {
    /** Time in the session, paused time left out: where the shape is now. */
    elapsed: clock.elapsed,
    /** Starts anew from idle (these steps, this length), or resumes a paused session. */
    start(newSteps: readonly Step[], minutes: number) {
      if (running !== session) running?.pause();
      running = session;
      if (state.status === 'idle') {
        clock.reset();
        steps = newSteps;
        endMs = sessionEndMs(steps, minutes);
        state = { ...state, phase: undefined };
      }
      clock.run();
      set({ status: 'running' });
      tick(true);
    },
    pause() {
      if (state.status !== 'running') return;
      halt();
      set({ status: 'paused' });
    },
    stop() {
      halt();
      set({ ...IDLE, phase: undefined });
    },
  };
  return session;
}
