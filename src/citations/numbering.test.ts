import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNumbering, groupNumbers, occurrenceLetter } from './numbering.ts';

test('sources are numbered by first use and keep their number when cited again', () => {
  const numbering = createNumbering();
  assert.deepEqual(numbering.cite(['kearney2022']), {
    index: 1,
    sources: [{ id: 'kearney2022', number: 1 }],
  });
  assert.deepEqual(numbering.cite(['hopper2007']).sources, [{ id: 'hopper2007', number: 2 }]);
  assert.deepEqual(numbering.cite(['kearney2022']), {
    index: 3,
    sources: [{ id: 'kearney2022', number: 1 }],
  });
  assert.deepEqual(numbering.sources(), [
    { id: 'kearney2022', number: 1, markers: [1, 3] },
    { id: 'hopper2007', number: 2, markers: [2] },
  ]);
});

test('one marker with several sources lists them by number, and each new one still gets the next number', () => {
  const numbering = createNumbering();
  numbering.cite(['sajko2009']);
  const marker = numbering.cite(['zaccaro2018', 'sajko2009', 'zaccaro2018']);
  assert.deepEqual(marker.sources, [
    { id: 'sajko2009', number: 1 },
    { id: 'zaccaro2018', number: 2 },
  ]);
  assert.deepEqual(numbering.sources()[0].markers, [1, 2]);
});

test('numbers group into lists and ranges', () => {
  assert.equal(groupNumbers([4]), '4');
  assert.equal(groupNumbers([1, 3]), '1, 3');
  assert.equal(groupNumbers([1, 2]), '1, 2');
  assert.equal(groupNumbers([2, 3, 4]), '2–4');
  assert.equal(groupNumbers([1, 3, 4, 5, 7, 8]), '1, 3–5, 7, 8');
});

test('repeated citations are lettered a, b, c… and go on past z', () => {
  assert.deepEqual([0, 1, 2].map(occurrenceLetter), ['a', 'b', 'c']);
  assert.equal(occurrenceLetter(25), 'z');
  assert.equal(occurrenceLetter(26), 'aa');
  assert.equal(occurrenceLetter(27), 'ab');
});
