import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableOfContents } from './toc.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

test('h3 sections nest under the h2 before them; other levels are left out', () => {
  const toc = tableOfContents([h(2, 'a'), h(3, 'a1'), h(4, 'deep'), h(3, 'a2'), h(2, 'b')]);
  assert.deepEqual(
    toc.map((entry) => [entry.slug, entry.children.map((child) => child.slug)]),
    [
      ['a', ['a1', 'a2']],
      ['b', []],
    ],
  );
});

test('an h3 before any h2 still gets an entry', () => {
  assert.deepEqual(
    tableOfContents([h(3, 'intro'), h(2, 'a')]).map((entry) => entry.slug),
    ['intro', 'a'],
  );
});
