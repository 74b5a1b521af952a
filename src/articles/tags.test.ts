import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeTags, tagSlug } from './tags.ts';

test('tags are trimmed, lowercased and deduplicated, in first-seen order', () => {
  assert.deepEqual(normalizeTags([' Trauma', 'trauma ', 'Nervus  Vagus', '', '  ']), [
    'trauma',
    'nervus vagus',
  ]);
});

test('tag slugs are readable and URL-safe', () => {
  assert.equal(tagSlug('nervus vagus'), 'nervus-vagus');
  assert.equal(tagSlug('één adem'), 'een-adem');
  assert.equal(tagSlug('co2 & o2'), 'co2-o2');
});
