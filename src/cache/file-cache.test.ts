import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileCache } from './file-cache.ts';

/** A cache in a fresh folder, and a making function that records its calls. */
function setup(shapedBy = 'look v1') {
  const temp = mkdtempSync(join(tmpdir(), 'file-cache-'));
  after(() => rmSync(temp, { recursive: true }));
  const dir = join(temp, 'made');
  const drawn: string[] = [];
  const draw = (title: string) => async () => {
    drawn.push(title);
    return Buffer.from(`png of ${title}`);
  };
  return { dir, drawn, draw, cached: fileCache(dir, shapedBy, 'png') };
}

test('what was made once is read back, not made again', async () => {
  const { drawn, draw, cached } = setup();
  const first = await cached({ title: 'Fascia' }, draw('Fascia'));
  const again = await cached({ title: 'Fascia' }, draw('Fascia'));
  assert.deepEqual(again, first);
  assert.deepEqual(drawn, ['Fascia']);
});

test('asked twice at once (two articles with one title), it is made once', async () => {
  const { drawn, draw, cached } = setup();
  const [first, second] = await Promise.all([
    cached({ title: 'Fascia' }, draw('Fascia')),
    cached({ title: 'Fascia' }, draw('Fascia')),
  ]);
  assert.deepEqual(second, first);
  assert.deepEqual(drawn, ['Fascia']);
});

test('a changed key is made anew', async () => {
  const { drawn, draw, cached } = setup();
  await cached({ title: 'Fascia' }, draw('Fascia'));
  await cached({ title: 'Fascia en pijn' }, draw('Fascia en pijn'));
  await cached({ title: 'Fascia', kicker: 'Lichaam' }, draw('Fascia, Lichaam'));
  assert.deepEqual(drawn, ['Fascia', 'Fascia en pijn', 'Fascia, Lichaam']);
});

test('a change in what shapes it makes everything anew, in the same folder', async () => {
  const { dir, drawn, draw, cached } = setup('look v1');
  await cached({ title: 'Fascia' }, draw('Fascia'));
  await fileCache(dir, 'look v2', 'png')({ title: 'Fascia' }, draw('Fascia in the new look'));
  assert.deepEqual(drawn, ['Fascia', 'Fascia in the new look']);
  assert.equal(readdirSync(dir).filter((file) => file.endsWith('.png')).length, 2);
});

test('the cache leaves only whole files behind', async () => {
  const { dir, draw, cached } = setup();
  await cached({ title: 'Fascia' }, draw('Fascia'));
  assert.deepEqual(
    readdirSync(dir).filter((file) => !file.endsWith('.png')),
    [],
  );
});
