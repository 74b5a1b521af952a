import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggestedSearches } from './suggestions.ts';

const articles = [
  { tags: ['trauma', 'adem'] },
  { tags: ['psoas', 'adem'] },
  { tags: ['fascia', 'trauma'] },
  { tags: ['neus', 'adem'] },
];

test('the most shared tags come first, ties in alphabetical order', () => {
  assert.deepEqual(suggestedSearches(articles), ['adem', 'trauma', 'fascia', 'neus', 'psoas']);
});

test('respects the limit', () => {
  assert.deepEqual(suggestedSearches(articles, 2), ['adem', 'trauma']);
});

test('no articles, no suggestions', () => {
  assert.deepEqual(suggestedSearches([]), []);
});
