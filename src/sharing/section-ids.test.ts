import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionSlugger } from './section-ids.ts';

test('section ids are readable ASCII Dutch slugs', () => {
  const slug = sectionSlugger();
  assert.equal(slug('Neuriën en je neus'), 'neurien-en-je-neus');
  assert.equal(slug('Probeer het zelf: langer uitademen'), 'probeer-het-zelf-langer-uitademen');
  assert.equal(slug('Zacht, niet dieper'), 'zacht-niet-dieper');
});

test('a repeated heading gets a numbered id, in document order', () => {
  const slug = sectionSlugger();
  assert.deepEqual(['Samenvatting', 'Samenvatting', 'Samenvatting-1', 'Samenvatting'].map(slug), [
    'samenvatting',
    'samenvatting-1',
    'samenvatting-1-1',
    'samenvatting-2',
  ]);
});

test('a heading without letters or digits still gets an id', () => {
  const slug = sectionSlugger();
  assert.equal(slug('…?'), 'sectie');
  assert.equal(slug('!'), 'sectie-1');
});
