import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { previewImageCache } from './preview-image-cache.ts';

/** A cache in a fresh folder, and a drawing function that counts its calls. */
function setup(shapedBy = 'look v1') {
  const dir = join(mkdtempSync(join(tmpdir(), 'preview-cache-')), 'images');
  const drawn: string[] = [];
  const draw = (title: string) => async () => {
    drawn.push(title);
    return Buffer.from(`png of ${title}`);
  };
  return { dir, drawn, draw, cached: previewImageCache(dir, shapedBy) };
}

test('a card drawn once is read back, not drawn again', async () => {
  const { drawn, draw, cached } = setup();
  const first = await cached({ title: 'Fascia' }, draw('Fascia'));
  const again = await cached({ title: 'Fascia' }, draw('Fascia'));
  assert.deepEqual(again, first);
  assert.deepEqual(drawn, ['Fascia']);
});

test('a changed title or kicker is drawn anew', async () => {
  const { drawn, draw, cached } = setup();
  await cached({ title: 'Fascia' }, draw('Fascia'));
  await cached({ title: 'Fascia en pijn' }, draw('Fascia en pijn'));
  await cached({ title: 'Fascia', kicker: 'Lichaam' }, draw('Fascia, Lichaam'));
  assert.deepEqual(drawn, ['Fascia', 'Fascia en pijn', 'Fascia, Lichaam']);
});

test('a changed look draws every card anew, the cache folder is shared', async () => {
  const { dir, drawn, draw, cached } = setup('look v1');
  await cached({ title: 'Fascia' }, draw('Fascia'));
  await previewImageCache(dir, 'look v2')({ title: 'Fascia' }, draw('Fascia in the new look'));
  assert.deepEqual(drawn, ['Fascia', 'Fascia in the new look']);
  assert.equal(readdirSync(dir).filter((file) => file.endsWith('.png')).length, 2);
});

test('the cache leaves only whole images behind', async () => {
  const { dir, draw, cached } = setup();
  await cached({ title: 'Fascia' }, draw('Fascia'));
  assert.deepEqual(
    readdirSync(dir).filter((file) => !file.endsWith('.png')),
    [],
  );
});
