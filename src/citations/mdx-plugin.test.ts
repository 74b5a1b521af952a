import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs, type Data } from 'satteri';
import { citationsPlugin, type CitationsFrontmatter } from './mdx-plugin.ts';

// A content folder of its own: two sources, and the article's place among the articles.
const content = mkdtempSync(join(tmpdir(), 'citations-plugin-'));
after(() => rmSync(content, { recursive: true }));
mkdirSync(join(content, 'articles'));
writeFileSync(
  join(content, 'sources.json'),
  JSON.stringify(
    ['russo2017', 'zaccaro2018', 'ma2017'].map((id) => ({
      id,
      type: 'book',
      title: id,
      custom: { design: 'book' },
    })),
  ),
);

function compile(mdx: string) {
  const frontmatter: CitationsFrontmatter = {};
  const { code } = mdxToJs(mdx, {
    mdastPlugins: [citationsPlugin(content)],
    fileURL: pathToFileURL(join(content, 'articles', 'a.mdx')),
    data: { astro: { frontmatter } } as unknown as Data,
  }) as { code: string };
  return { code, citations: frontmatter.citations };
}

test('sources are numbered by first use and keep their number; each marker learns its place', () => {
  const { code, citations } = compile(
    'Een <Cite id="zaccaro2018" />. Twee <Cite id="russo2017" />. Weer <Cite id={["russo2017", "zaccaro2018"]} />.\n',
  );
  assert.deepEqual(citations, [
    { id: 'zaccaro2018', number: 1, markers: [1, 3] },
    { id: 'russo2017', number: 2, markers: [2, 3] },
  ]);
  assert.match(
    code,
    /marker: 3,\s*cited: \[\{\s*"id": "zaccaro2018",\s*"number": 1\s*\}, \{\s*"id": "russo2017",\s*"number": 2/,
  );
});

test('an unknown id stops the build at its file, line and column, naming the bibliography', () => {
  assert.throws(
    () => compile('Tekst.\n\nHier <Cite id="russo2071" />.\n'),
    /articles\/a\.mdx:3:6: <Cite> names the unknown source id "russo2071"\. Use an id from .*sources\.json/,
  );
});

test('a page locator points into one source only', () => {
  assert.throws(
    () => compile('Tekst <Cite id={["russo2017", "ma2017"]} loc="p. 3" />.\n'),
    /<Cite loc="…"> can point into one source only/,
  );
});
