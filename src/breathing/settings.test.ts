import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY } from './settings.ts';

test('the key carries a version, past the one whose default held the breath', () => {
  assert.match(SETTINGS_KEY, /\.v\d+$/);
  assert.notEqual(SETTINGS_KEY, 'ademruimte.oefening.v1');
});

test('holding the breath is off until the reader switches it on', () => {
  assert.equal(DEFAULT_SETTINGS.holds, false);
  assert.equal(parseSettings('{"sound":true}').holds, false);
});

test('nothing stored, or corrupt storage, gives the defaults', () => {
  for (const raw of [null, '', '{', 'null', '42', '"text"', '[]'])
    assert.deepEqual(parseSettings(raw), DEFAULT_SETTINGS, String(raw));
  assert.deepEqual(DEFAULT_SETTINGS, {
    holds: false,
    sound: false,
    vibration: false,
    calm: false,
    awake: false,
  });
});

test('stored choices come back', () => {
  const stored = { minutes: 7, holds: true, sound: true, vibration: true, calm: true, awake: true };
  assert.deepEqual(parseSettings(JSON.stringify(stored)), stored);
});

test('each bad field falls back on its own', () => {
  assert.deepEqual(parseSettings('{"minutes":45,"holds":"no","sound":true,"calm":1}'), {
    ...DEFAULT_SETTINGS,
    sound: true,
  });
  for (const minutes of [0, 11, 2.5, '3', -1, null])
    assert.equal(parseSettings(JSON.stringify({ minutes })).minutes, undefined);
  assert.equal(parseSettings('{"minutes":1}').minutes, 1);
  assert.equal(parseSettings('{"minutes":10}').minutes, 10);
});
