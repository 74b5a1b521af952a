import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spreadAmong } from './build-order.ts';

test('images are spread evenly among pages, both in their own order', () => {
  assert.deepEqual(spreadAmong(['a', 'b', 'c', 'd'], ['1', '2']), ['a', 'b', '1', 'c', 'd', '2']);
  assert.deepEqual(spreadAmong(['a', 'b'], ['1', '2', '3', '4']), ['a', '1', '2', 'b', '3', '4']);
});

test('nothing is lost when either list is empty', () => {
  assert.deepEqual(spreadAmong([], ['1', '2']), ['1', '2']);
  assert.deepEqual(spreadAmong(['a', 'b'], []), ['a', 'b']);
});
