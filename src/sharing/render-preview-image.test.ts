import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { lightColours, PREVIEW_SIZE } from './preview-image.ts';
import {
  BAND,
  LINE_HEIGHT,
  previewImageRenderer,
  TITLE_LINES,
  titleSize,
  UndrawableTextError,
} from './render-preview-image.ts';

const BAND_END = BAND.top + BAND.height;

const look = {
  siteName: 'Ademruimte',
  colours: lightColours(readFileSync(new URL('../styles/tokens.css', import.meta.url), 'utf8')),
  logoSvg: readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8'),
  footer: 'ademruimte.nl',
};
const render = previewImageRenderer(look);

/** The first and last row below the header and above the footer with anything but background in them. */
async function inkRows(png: Buffer) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  // The top right corner is always background.
  const ground = data.readUIntBE((info.width - 1) * info.channels, 3);
  const rows: number[] = [];
  for (let y = BAND.top; y < BAND_END; y++)
    for (let x = BAND.left; x < info.width - BAND.left; x++)
      if (data.readUIntBE((y * info.width + x) * info.channels, 3) !== ground) {
        rows.push(y);
        break;
      }
  return { first: rows[0], last: rows.at(-1)! };
}

test('a card renders offline as a PNG of the preview size, Dutch accents and quotes included', async () => {
  const png = await render({ title: 'Neuriën en je neus: „zoemen” helpt', kicker: 'Ademhaling' });
  const { format, width, height } = await sharp(png).metadata();
  assert.deepEqual({ format, width, height }, { format: 'png', ...PREVIEW_SIZE });
});

test('kicker and title sit in the middle of the space between header and footer', async () => {
  const { first, last } = await inkRows(await render({ title: 'Fascia', kicker: 'Lichaam' }));
  const above = first - BAND.top;
  const below = BAND_END - last;
  assert.ok(Math.abs(above - below) <= 12, `${above} px above, ${below} px below`);
});

test('an overlong title is cut to four lines instead of running into the footer', async () => {
  const title = Array.from({ length: 40 }, (_, i) => `woord${i}`).join(' ');
  const { first, last } = await inkRows(await render({ title }));
  const fourLines = (TITLE_LINES - 1) * Math.round(titleSize(title) * LINE_HEIGHT) + titleSize(title);
  assert.ok(last - first <= fourLines, `${last - first} px of title, four lines are ${fourLines} px`);
  assert.ok(last < BAND_END, 'the title ends above the footer');
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
