import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdxToJs, type Data } from 'satteri';
import { fleschDouma } from './readability.ts';
import { textPlugin, type TextFrontmatter } from './text-plugin.ts';

const facts = (mdx: string) => {
  const frontmatter: TextFrontmatter = {};
  mdxToJs(mdx, { mdastPlugins: [textPlugin()], data: { astro: { frontmatter } } as unknown as Data });
  return frontmatter;
};

test('words are what a reader reads: no components, code, link targets or frontmatter', () => {
  const mdx = [
    '---',
    'title: Een titel met woorden',
    '---',
    '',
    "import X from './x.astro';",
    '',
    '## Een kop',
    '',
    'Rustig ademen <Cite id="russo2017" /> helpt [soms](/artikelen/fascia/).',
    '',
    '<Exercise />',
    '',
    '```',
    'code telt niet mee',
    '```',
    '',
    '- Een punt in een lijst.',
  ].join('\n');
  assert.equal(facts(mdx).words, 2 + 4 + 5);
});

test('reading ease is measured on paragraphs and list items, not headings', () => {
  const { readingEase } = facts(
    '## Een heel lange kop vol moeilijkheden\n\nJe ademt in. Je ademt uit.\n\n- Zacht.\n',
  );
  assert.equal(readingEase, fleschDouma(['Je ademt in. Je ademt uit.', 'Zacht.']));
});

test('links to other articles are listed once each, without query or fragment', () => {
  const { articleLinks } = facts(
    'Zie [de psoas](/artikelen/de-psoas/), [nog eens](/artikelen/de-psoas/#samenvatting) en [bronnen](/bronnen/).\n',
  );
  assert.deepEqual(articleLinks, ['/artikelen/de-psoas/']);
});
