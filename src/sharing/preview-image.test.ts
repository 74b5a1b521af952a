import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { articlePreviewImage, lightColours, sitePreviewImage } from './preview-image.ts';

test('the image colours are the light theme of tokens.css', () => {
  const colours = lightColours(readFileSync(new URL('../styles/tokens.css', import.meta.url), 'utf8'));
  assert.equal(colours.bg, '#f7f3ec');
  assert.equal(colours.accent, '#2f6b5a');
  assert.equal(colours.accentSoft, '#dcebe4');
});

test('an article image sits beside the article path and its alt text names title and category', () => {
  const image = articlePreviewImage({
    id: 'fascia',
    title: 'Fascia: wat bindweefsel doet',
    category: { data: { name: 'Lichaam en spanning' } } as Parameters<
      typeof articlePreviewImage
    >[0]['category'],
  });
  assert.equal(image.src, '/og/artikelen/fascia.png');
  assert.match(image.alt, /^Fascia: wat bindweefsel doet — Lichaam en spanning, op Ademruimte$/);
});

test('every other page has the site image, with alt text', () => {
  assert.equal(sitePreviewImage.src, '/og/ademruimte.png');
  assert.ok(sitePreviewImage.alt.length > 20);
});
