import { test } from 'node:test';
import assert from 'node:assert/strict';
import { patterns, type Step } from './patterns.ts';
import { clockTime, fillAt, LEAD_IN_MS, phaseAt, sessionEndMs, timingErrors, withHolds } from './timing.ts';

const box: Step[] = [
  { kind: 'in', seconds: 4 },
  { kind: 'hold', seconds: 4 },
  { kind: 'out', seconds: 4 },
  { kind: 'hold', seconds: 4 },
];
const even: Step[] = [
  { kind: 'in', seconds: 5.5 },
  { kind: 'out', seconds: 5.5 },
];
const sigh: Step[] = [
  { kind: 'in', seconds: 3 },
  { kind: 'more', seconds: 1 },
  { kind: 'out', seconds: 6 },
];
const FAR = 1e9;
const at = (steps: readonly Step[], seconds: number, end = FAR) => phaseAt(steps, end, seconds * 1000);

test('"Klaar? 3-2-1" comes first, then the first inhale', () => {
  assert.equal(at(box, 0).kind, 'lead-in');
  assert.equal(at(box, 2.999).kind, 'lead-in');
  assert.equal(LEAD_IN_MS, 3000);
  assert.deepEqual(at(box, 3), { kind: 'in', count: 1, step: 0, startMs: 3000, endMs: 7000, from: 0, to: 1 });
});

test('each phase starts exactly on its boundary, breath after breath', () => {
  const kinds = [0, 4, 8, 12, 16, 20].map((s) => at(box, 3 + s));
  assert.deepEqual(
    kinds.map(({ kind }) => kind),
    ['in', 'hold', 'out', 'hold', 'in', 'hold'],
  );
  assert.deepEqual(
    kinds.map(({ count }) => count),
    [1, 2, 3, 4, 5, 6],
  );
  assert.equal(at(box, 3 + 4 - 0.001).kind, 'in');
  const late = at(box, 3 + 100 * 16 + 9);
  assert.equal(late.kind, 'out');
  assert.equal(late.count, 100 * 4 + 3);
});

test('half-second steps: 5.5 s in, 5.5 s out', () => {
  assert.equal(at(even, 3 + 5.499).kind, 'in');
  assert.equal(at(even, 3 + 5.5).kind, 'out');
  assert.equal(at(even, 3 + 11).kind, 'in');
  assert.equal(at(even, 3 + 11 * 30 + 5.5).startMs, 3000 + 335_500);
});

test('zero-length holds are skipped, and holds switched off become zero-length', () => {
  const noHolds = withHolds(box, false);
  assert.deepEqual(
    noHolds.map(({ seconds }) => seconds),
    [4, 0, 4, 0],
  );
  assert.deepEqual(
    [3, 7, 11, 15].map((s) => at(noHolds, s).kind),
    ['in', 'out', 'in', 'out'],
  );
  assert.equal(at(noHolds, 7).count, 2);
  assert.equal(withHolds(box, true), box);
});

test('the shape fills on the inhales, stays on a hold and empties on the exhale', () => {
  assert.deepEqual(
    [3, 6, 7].map((s) => [at(sigh, s).from, at(sigh, s).to]),
    [
      [0, 0.75],
      [0.75, 1],
      [1, 0],
    ],
  );
  assert.deepEqual([at(box, 7).from, at(box, 7).to], [1, 1]);
  assert.equal(fillAt(at(even, 3), 3000 + 2750), 0.5);
  assert.equal(fillAt(at(even, 3 + 5.5), 3000 + 11_000), 0);
});

test('a session ends after the exhale of the breath that reaches its length, and says it is done', () => {
  // 3 minutes of 10 s breaths: exactly 18 breaths.
  assert.equal(sessionEndMs([sigh[0]!, { kind: 'out', seconds: 7 }], 3), 3000 + 180_000);
  // 1 minute of box breathing: 4 breaths (64 s), without the last hold.
  const end = sessionEndMs(box, 1);
  assert.equal(end, 3000 + 3 * 16_000 + 12_000);
  assert.equal(phaseAt(box, end, end - 1).kind, 'out');
  assert.deepEqual(phaseAt(box, end, end), {
    kind: 'done',
    count: -1,
    step: -1,
    startMs: end,
    endMs: Infinity,
    from: 0,
    to: 0,
  });
  // 11 s breaths never fit a minute exactly: the last one is finished, not cut off.
  assert.equal(sessionEndMs(even, 1), 3000 + 6 * 11_000);
});

test('every pattern in the library is gentle and possible', () => {
  for (const { id, steps } of patterns) assert.deepEqual(timingErrors(steps), [], id);
});

test('fast, forced or impossible timings are refused', () => {
  assert.match(
    timingErrors([
      { kind: 'in', seconds: 2 },
      { kind: 'out', seconds: 2 },
    ]).join(),
    /too fast/,
  );
  assert.match(
    timingErrors([
      { kind: 'in', seconds: 6 },
      { kind: 'out', seconds: 3 },
    ]).join(),
    /exhale may not be shorter/,
  );
  assert.match(
    timingErrors([
      { kind: 'in', seconds: 4.3 },
      { kind: 'out', seconds: 6 },
    ]).join(),
    /half seconds/,
  );
  assert.match(
    timingErrors([...box.slice(0, 3), { kind: 'hold', seconds: 10 }]).join(),
    /step 4: 10 s is too long/,
  );
  assert.match(timingErrors([{ kind: 'out', seconds: 6 }]).join(), /starts with an inhale/);
  assert.match(
    timingErrors([
      { kind: 'in', seconds: 4 },
      { kind: 'in', seconds: 4 },
    ]).join(),
    /needs an exhale/,
  );
  assert.match(
    timingErrors([
      { kind: 'more', seconds: 1 },
      { kind: 'out', seconds: 6 },
    ]).join(),
    /second inhale follows/,
  );
});

test('time left reads like a clock, in whole seconds rounded up', () => {
  assert.equal(clockTime(272_400), '4:33');
  assert.equal(clockTime(60_000), '1:00');
  assert.equal(clockTime(59_001), '1:00');
  assert.equal(clockTime(9000), '0:09');
  assert.equal(clockTime(600_000), '10:00');
});
