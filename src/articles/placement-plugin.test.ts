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

test('a placed exercise gets the pattern, length and address of its article', () => {
  const data = {
    astro: { frontmatter: { exercise: { pattern: 'box-ademhaling', minutes: 2 } } },
  } as unknown as Data;
  const { code } = mdxToJs('Tekst.\n\n<Exercise />\n', {
    mdastPlugins: [placementPlugin()],
    fileURL: pathToFileURL('/site/content/articles/de-psoas.mdx'),
    data,
  });
  assert.match(code, /pattern: "box-ademhaling",\s*minutes: 2,\s*articleUrl: "\/artikelen\/de-psoas\/"/);
});

test('without an exercise in the frontmatter, the placed one is the default', () => {
  const data = { astro: { frontmatter: {} } } as unknown as Data;
  const { code } = mdxToJs('<Exercise />\n', {
    mdastPlugins: [placementPlugin()],
    fileURL: pathToFileURL('/a/b.mdx'),
    data,
  });
  assert.match(code, /pattern: "rustig-ademen",\s*minutes: 3,\s*articleUrl: "\/artikelen\/b\/"/);
});
