import { afterEach, beforeEach, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Step } from './patterns.ts';
import { createSession, type Cues, type SessionState } from './session.ts';

const even: Step[] = [
  { kind: 'in', seconds: 4 },
  { kind: 'out', seconds: 6 },
];

// The session's clock is Date.now under mocked time: time moves only when a test moves it, and
// the timers fall due as it does.
// Each test's sessions stop before the mocked timers are reset (timer ids start anew).
const made: { stop(): void }[] = [];
beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 0 }));
afterEach(() => {
  for (const guide of made.splice(0)) guide.stop();
  mock.timers.reset();
});
// A millisecond at a time: a timer set while another fires falls due in the same advance.
const advance = (ms: number) => {
  for (let i = 0; i < ms; i++) mock.timers.tick(1);
};

/** A session, what it last showed, and that as the guide's label would say it. */
function session(cues: Cues = { vibrate: false }) {
  let shown: SessionState = { status: 'idle', countdown: '', left: '', progress: 0 };
  let updates = 0;
  const guide = createSession(
    () => Date.now(),
    (state) => ((shown = state), updates++),
    () => cues,
  );
  made.push(guide);
  return {
    guide,
    shown: () => shown,
    updates: () => updates,
    label: () => (shown.status === 'paused' ? 'paused' : (shown.phase?.kind ?? 'idle')),
  };
}

test('a session runs a lead-in, then in and out phases, and ends after the last exhale', () => {
  const { guide, shown, label } = session();
  guide.start(even, 1);
  assert.equal(label(), 'lead-in');
  assert.equal(shown().countdown, '3');
  advance(3000);
  assert.equal(label(), 'in');
  assert.equal(shown().countdown, '4');
  advance(1000);
  assert.equal(shown().countdown, '3');
  advance(3000);
  assert.equal(label(), 'out');
  // One minute is six 10 s breaths: done after the sixth exhale, at 3 + 60 s.
  advance(63_000 - 7000 - 1);
  assert.equal(label(), 'out');
  advance(1);
  assert.equal(label(), 'done');
  assert.equal(shown().status, 'idle');
});

test('the time left in the session counts down, and the progress grows to the end', () => {
  const { guide, shown } = session();
  // One minute of 10 s breaths after the 3 s lead-in: 63 s in all.
  guide.start(even, 1);
  assert.equal(shown().left, '1:03');
  assert.equal(shown().progress, 0);
  advance(3000);
  assert.equal(shown().left, '1:00');
  advance(31_500);
  assert.equal(shown().left, '0:29');
  assert.ok(Math.abs(shown().progress - 34.5 / 63) < 0.02);
  advance(28_500);
  assert.equal(shown().phase?.kind, 'done');
  assert.equal(shown().left, '');
  assert.equal(shown().progress, 1);
  guide.stop();
  assert.equal(shown().progress, 0);
});

test('pause stops the clock; start resumes where it was', () => {
  const { guide, shown, label } = session();
  guide.start(even, 1);
  advance(5000);
  guide.pause();
  assert.equal(label(), 'paused');
  advance(60_000);
  assert.equal(guide.elapsed(), 5000);
  assert.equal(label(), 'paused');
  guide.start(even, 1);
  assert.equal(label(), 'in');
  assert.equal(shown().countdown, '2');
});

test('stop returns to the start, and the next start begins anew', () => {
  const { guide, shown, label } = session();
  guide.start(even, 1);
  advance(8000);
  guide.stop();
  assert.equal(label(), 'idle');
  assert.equal(shown().countdown, '');
  guide.start(even, 1);
  assert.equal(label(), 'lead-in');
});

test('the guide is updated once a second at most, never per frame', () => {
  const { guide, updates } = session();
  guide.start(even, 1);
  const before = updates();
  advance(10_000);
  assert.ok(updates() - before <= 10, `${updates() - before} updates in 10 s`);
});

test('starting one session pauses the one that was running', () => {
  const first = session();
  const second = session();
  first.guide.start(even, 1);
  second.guide.start(even, 1);
  assert.equal(first.shown().status, 'paused');
  assert.equal(second.shown().status, 'running');
});

test('with vibration on, an inhale gives one pulse and an exhale two; the lead-in none', () => {
  const pulses: unknown[] = [];
  Object.defineProperty(navigator, 'vibrate', {
    value: (pattern: unknown) => pulses.push(pattern),
    configurable: true,
  });
  const { guide } = session({ vibrate: true });
  guide.start(even, 1);
  advance(3000 + 4000);
  assert.deepEqual(pulses, [200, [150, 100, 150]]);
});

test('with tones on, each phase’s tone is set on the audio clock for when that phase begins', () => {
  const starts: number[] = [];
  let stopped = 0;
  const node = {
    connect: (next: unknown) => next,
    gain: { setValueAtTime() {}, linearRampToValueAtTime() {} },
  };
  const audio = {
    currentTime: 100,
    destination: {},
    createGain: () => node,
    createOscillator: () => ({
      ...node,
      frequency: { value: 0 },
      start: (when: number) => starts.push(when),
      stop: (when?: number) => when === undefined && stopped++,
    }),
  } as unknown as AudioContext;
  const { guide } = session({ audio, vibrate: false });
  guide.start(even, 1);
  // The first inhale begins after the 3 s lead-in: its tone is set for then, once.
  advance(2000);
  assert.deepEqual(starts, [103]);
  advance(1000);
  assert.deepEqual(starts, [103, 104]);
  // Pausing cancels the tone still to come.
  guide.pause();
  assert.equal(stopped, 1);
});
