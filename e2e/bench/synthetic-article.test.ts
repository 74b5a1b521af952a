import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords } from '../../src/articles/reading-time.ts';
import { syntheticArticle } from './synthetic-article.ts';

const article = syntheticArticle(7, ['ademhaling', 'lichaam-en-spanning']);

test('a synthetic article is as long as a real one, with h2 and h3 sections', () => {
  const words = countWords(article);
  assert.ok(words > 1100 && words < 1700, `${words} words`);
  assert.equal(article.match(/^## /gm)?.length, 6);
  assert.equal(article.match(/^### /gm)?.length, 6);
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
  assert.equal(syntheticArticle(7, ['ademhaling', 'lichaam-en-spanning']), article);
  assert.notEqual(syntheticArticle(8, ['ademhaling', 'lichaam-en-spanning']), article);
});
