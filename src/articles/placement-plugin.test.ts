import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { mdxToJs, type Data } from 'satteri';
import { placementPlugin, type PlacementFrontmatter } from './placement-plugin.ts';

const placed = (mdx: string) => {
  // Astro's processor hands plugins the frontmatter to add to, as this does.
  const frontmatter: PlacementFrontmatter = {};
  const data = { astro: { frontmatter } } as unknown as Data;
  mdxToJs(mdx, { mdastPlugins: [placementPlugin()], fileURL: pathToFileURL('/site/a.mdx'), data });
  return frontmatter.placed;
};

test('the blocks a writer placed are recorded, in the order of the text', () => {
  assert.deepEqual(placed('Tekst.\n\n<Help>\n\n- je koorts hebt.\n\n</Help>\n\n<Exercise />\n'), [
    'Help',
    'Exercise',
  ]);
  assert.deepEqual(placed('Tekst zonder blokken.\n'), []);
});

test('a block named in code or in a sentence is not placed', () => {
  assert.deepEqual(placed('Schrijf `<Exercise />` op een eigen regel.\n\n```\n<Help>\n```\n'), []);
});

test('placing a block twice stops the build at the second one, with the fix', () => {
  assert.throws(
    () => placed('<Exercise />\n\nTekst.\n\n<Exercise />\n'),
    /\/site\/a\.mdx:5:1: <Exercise \/> appears 2 times\. Place it once/,
  );
});
