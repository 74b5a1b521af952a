import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { previewFonts, unicodeRange } from './preview-fonts.ts';

test('a unicode-range list covers its single code points and spans, nothing else', () => {
  const covers = unicodeRange('U+0000-00FF, U+0131,U+2000-206F');
  assert.deepEqual([0x41, 0xff, 0x131, 0x2014, 0x100, 0x1f601].map(covers), [
    true,
    true,
    true,
    true,
    false,
    false,
  ]);
});

test('the fonts are TrueType files that ship with the site', () => {
  const { files } = previewFonts();
  assert.equal(files.length, 4);
  for (const file of files) {
    assert.ok(existsSync(file), file);
    assert.equal(readFileSync(file).readUInt32BE(0), 0x00010000, `${file} is TrueType`);
  }
});

test('the fonts draw Dutch and other Latin text, and say which character they cannot', () => {
  const fonts = previewFonts();
  assert.equal(fonts.undrawable('Neuriën, ĳs en Łódź — „zoemen” €5'), undefined);
  assert.equal(fonts.undrawable('Rust 🫁 en adem'), '🫁');
  assert.equal(fonts.undrawable('Дыхание'), 'Д');
});
