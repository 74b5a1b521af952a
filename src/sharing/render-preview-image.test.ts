import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { lightColours } from './preview-image.ts';
import { previewImageRenderer, titleSize, UndrawableTextError } from './render-preview-image.ts';

const look = {
  siteName: 'Ademruimte',
  colours: lightColours(readFileSync(new URL('../styles/tokens.css', import.meta.url), 'utf8')),
  logoSvg: readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8'),
  footer: 'ademruimte.nl',
};
const render = previewImageRenderer(look);

test('a card renders offline as a 1200 × 630 PNG, Dutch accents and quotes included', async () => {
  const png = await render({ title: 'Neuriën en je neus: „zoemen” helpt', kicker: 'Ademhaling' });
  const { format, width, height } = await sharp(png).metadata();
  assert.deepEqual({ format, width, height }, { format: 'png', width: 1200, height: 630 });
});

test('longer titles get a smaller type size', () => {
  assert.ok(titleSize('Fascia') > titleSize('Ademwerk en trauma: wat je adem wel en niet kan, en waarom'));
  assert.ok(titleSize('x'.repeat(60)) > titleSize('x'.repeat(120)));
});

test('text the font cannot draw is refused, not drawn as empty boxes', async () => {
  await assert.rejects(
    render({ title: 'Rustig ademen 🫁' }),
    (error) => error instanceof UndrawableTextError && error.text === '🫁',
  );
});
