import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readingMinutes } from './reading-time.ts';

test('reading time rounds to whole minutes and is never zero', () => {
  assert.equal(readingMinutes(0), 1);
  assert.equal(readingMinutes(1), 1);
  assert.equal(readingMinutes(900), 5);
});
