import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newestFirst, relatedArticles } from './related.ts';

const day = (d: number) => new Date(Date.UTC(2025, 0, d));
const trauma = { id: 'trauma', category: { id: 'stress' }, tags: ['trauma', 'adem'], published: day(1) };
const psoas = { id: 'psoas', category: { id: 'lichaam' }, tags: ['spier'], published: day(2) };
const fascia = { id: 'fascia', category: { id: 'lichaam' }, tags: ['trauma'], published: day(3) };
const neus = { id: 'neus', category: { id: 'adem' }, tags: ['adem'], published: day(4) };
const stress = { id: 'stress', category: { id: 'stress' }, tags: [], published: day(5) };

test('a shared category outranks a shared tag, newest breaks ties, unrelated is left out', () => {
  const ids = relatedArticles([trauma, psoas, fascia, neus, stress], trauma).map((a) => a.id);
  assert.deepEqual(ids, ['stress', 'neus', 'fascia']);
});

test('never suggests the article itself and respects the limit', () => {
  assert.deepEqual(
    relatedArticles([psoas, fascia, trauma], psoas, 1).map((a) => a.id),
    ['fascia'],
  );
});

test('lists are newest first', () => {
  assert.deepEqual(
    newestFirst([trauma, neus, psoas]).map((a) => a.id),
    ['neus', 'psoas', 'trauma'],
  );
});
