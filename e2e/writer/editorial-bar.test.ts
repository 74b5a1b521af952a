import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { contentDir } from '../../src/site.ts';
import { articleFacts } from './article-facts.ts';

// The editorial bar every article meets, measured by the site's own Markdown pipeline.
const BAR = { words: 900, readingEase: 60, sources: 6, articleLinks: 2 };
const articlesDir = join(contentDir, 'articles');

for (const file of readdirSync(articlesDir).filter((name) => name.endsWith('.mdx'))) {
  test(`${file} meets the editorial bar`, async () => {
    const facts = await articleFacts(join(articlesDir, file), contentDir);
    const words = facts.words ?? 0;
    const ease = Math.round(facts.readingEase ?? 0);
    const sources = facts.citations?.length ?? 0;
    const links = facts.articleLinks ?? [];
    assert.ok(words >= BAR.words, `${file}: ${words} words of text; write at least ${BAR.words}.`);
    assert.ok(
      ease >= BAR.readingEase,
      `${file}: Flesch–Douma reading ease ${ease}; aim for ${BAR.readingEase} or more with shorter sentences and everyday words.`,
    );
    assert.ok(sources >= BAR.sources, `${file}: cites ${sources} sources; cite at least ${BAR.sources}.`);
    assert.ok(
      links.length >= BAR.articleLinks,
      `${file}: links to ${links.length} other articles; link to at least ${BAR.articleLinks}.`,
    );
    for (const link of links) {
      const slug = link.split('/')[2]!;
      assert.ok(
        existsSync(join(articlesDir, `${slug}.mdx`)),
        `${file}: links to ${link}, but there is no article ${slug}.mdx. Write it as /artikelen/<slug>/.`,
      );
    }
  });
}
