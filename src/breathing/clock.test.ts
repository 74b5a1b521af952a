import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClock } from './clock.ts';

test('elapsed time is the time since start minus the time spent paused', () => {
  let now = 1000;
  const clock = createClock(() => now);
  clock.reset();
  assert.equal(clock.elapsed(), 0);
  now = 3000;
  assert.equal(clock.elapsed(), 0, 'nothing runs before Start');
  clock.run();
  now = 5000;
  assert.equal(clock.elapsed(), 2000);
  clock.pause();
  now = 65_000;
  assert.equal(clock.elapsed(), 2000, 'a pause stops the clock');
  clock.pause();
  clock.run();
  now = 66_500;
  assert.equal(clock.elapsed(), 3500);
  clock.reset();
  assert.equal(clock.elapsed(), 0);
});
