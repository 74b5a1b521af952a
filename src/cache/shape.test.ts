import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileCache } from './file-cache.ts';
import { shapeOf } from './shape.ts';

/** A project in a temporary folder: a feature folder of two modules, a package and a font. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'cache-shape-'));
  after(() => rmSync(root, { recursive: true }));
  const write = (file: string, text: string) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  write('src/citations/format.ts', 'export const format = () => 1;');
  write('src/citations/labels.ts', "export const label = 'Boek';");
  write('src/citations/format.test.ts', 'test();');
  write('node_modules/citeproc/package.json', '{ "version": "2.4.63" }');
  write('fonts/sans.ttf', 'glyphs');
  const shape = { folders: ['src/citations'], packages: ['citeproc'], files: ['fonts/sans.ttf'] };
  return { root, write, shape: () => shapeOf(shape, root) };
}

test('a change to any module of the feature folder, a package or a font changes the shape', () => {
  const { write, shape } = project();
  const seen = new Set([shape()]);
  write('src/citations/labels.ts', "export const label = 'Boek (naslagwerk)';");
  seen.add(shape());
  write('node_modules/citeproc/package.json', '{ "version": "2.4.64" }');
  seen.add(shape());
  write('fonts/sans.ttf', 'new glyphs');
  seen.add(shape());
  assert.equal(seen.size, 4);
});

test('tests and untouched files do not change it', () => {
  const { write, shape } = project();
  const before = shape();
  write('src/citations/format.test.ts', 'test(); test();');
  assert.equal(shape(), before);
});

test('a cached output is made anew once a module it depends on changes', async () => {
  const { root, write, shape } = project();
  const made: string[] = [];
  const make = (label: string) => async () => {
    made.push(label);
    return Buffer.from(label);
  };
  await fileCache(join(root, 'cache'), shape(), 'json')({ id: 'x' }, make('first'));
  await fileCache(join(root, 'cache'), shape(), 'json')({ id: 'x' }, make('again'));
  write('src/citations/labels.ts', "export const label = 'Book';");
  await fileCache(join(root, 'cache'), shape(), 'json')({ id: 'x' }, make('after the edit'));
  assert.deepEqual(made, ['first', 'after the edit']);
});
