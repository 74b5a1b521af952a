import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToHtml } from 'satteri';
import { sectionIds, sectionSlugger } from './section-ids.ts';

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

test('each section heading gets a link beside it, named for the heading, with its text intact', async () => {
  const { html } = await markdownToHtml(
    '## Adem & ‘rust’ met `code`\n\nTekst.\n\n### Kort\n\n#### Niet gelinkt\n',
    { hastPlugins: sectionIds },
  );
  assert.match(
    html,
    /^<div class="section-heading section-heading--h2"><h2 id="adem-rust-met-code">Adem &amp; ‘rust’ met <code>code<\/code><\/h2><a class="heading-anchor" href="#adem-rust-met-code" data-copy-link=""><span aria-hidden="true">#<\/span><span class="visually-hidden" data-pagefind-ignore="">Link naar deze sectie: Adem &amp; ‘rust’ met code<\/span><\/a><\/div>/,
  );
  assert.match(html, /<div class="section-heading section-heading--h3"><h3 id="kort">Kort<\/h3><a /);
  assert.match(html, /<h4 id="niet-gelinkt">Niet gelinkt<\/h4>/);
});
