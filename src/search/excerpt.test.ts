import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptParts } from './excerpt.ts';

test('matches become marked runs between plain text', () => {
  assert.deepEqual(excerptParts('Waar ligt de <mark>psoas?</mark> Hij ligt <mark>diep.</mark>'), [
    { text: 'Waar ligt de ', marked: false },
    { text: 'psoas?', marked: true },
    { text: ' Hij ligt ', marked: false },
    { text: 'diep.', marked: true },
  ]);
});

test('escaped angle brackets come back as text, never as markup', () => {
  assert.deepEqual(excerptParts('&lt;b&gt;vet&lt;/b&gt; &amp; <mark>neus</mark>'), [
    { text: '<b>vet</b> &amp; ', marked: false },
    { text: 'neus', marked: true },
  ]);
});

test('an excerpt without matches is one plain run, an empty one has none', () => {
  assert.deepEqual(excerptParts('Rustig ademen.'), [{ text: 'Rustig ademen.', marked: false }]);
  assert.deepEqual(excerptParts(''), []);
});
