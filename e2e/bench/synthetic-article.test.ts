import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mdxToJs, type Data } from 'satteri';
import { textPlugin, type TextFrontmatter } from '../../src/articles/text-plugin.ts';
import { syntheticArticle } from './synthetic-article.ts';

const ids = {
  categories: ['ademhaling', 'lichaam-en-spanning'],
  sources: ['zaccaro2018', 'russo2017', 'ma2017', 'bae2021', 'boulding2016', 'lehrer2014', 'fede2021'],
  articles: ['de-psoas', 'fascia', 'neusademhaling'],
};
const article = syntheticArticle(7, ids);

test('a synthetic article is built like a real one: length, sections, citations, an exercise', () => {
  const facts: TextFrontmatter = {};
  mdxToJs(article, {
    mdastPlugins: [textPlugin()],
    data: { astro: { frontmatter: facts } } as unknown as Data,
  });
  const words = facts.words ?? 0;
  assert.ok(words > 1100 && words < 1700, `${words} words`);
  assert.equal(article.match(/^## /gm)?.length, 6);
  assert.equal(article.match(/^### /gm)?.length, 6);
  const cited = [...article.matchAll(/<Cite id="([a-z0-9]+)" \/>/g)].map(([, id]) => id);
  assert.ok(cited.length >= 5 && cited.length <= 20, `${cited.length} citations`);
  assert.ok(new Set(cited).size >= 6, 'cites at least six different sources');
  assert.equal(article.match(/\]\(\/artikelen\/[a-z-]+\/\)/g)?.length, 2);
  assert.equal(article.match(/^<Exercise \/>$/gm)?.length, 1);
  assert.match(article, /\nexercise:\n {2}pattern: [a-z-]+\n {2}minutes: 3\n/);
});

test('its frontmatter holds what the schema asks for', () => {
  assert.match(
    article,
    /^---\ntitle: 'Synthetisch artikel 7: .+'\ndescription: '.+'\npublished: 2024-01-08\n/,
  );
  assert.match(article, /\ncategory: lichaam-en-spanning\n/);
  assert.ok(/description: '(.+)'/.exec(article)![1]!.length <= 160);
});

test('the same number always gives the same article', () => {
  assert.equal(syntheticArticle(7, ids), article);
  assert.notEqual(syntheticArticle(8, ids), article);
});
