import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPreviewFonts, unicodeRange, woffToSfnt } from './preview-fonts.ts';

const woff = readFileSync(
  fileURLToPath(import.meta.resolve('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff')),
);

test('a WOFF font unpacks to the TrueType font it wraps, every table intact', () => {
  const sfnt = woffToSfnt(woff);
  const tables = woff.readUInt16BE(12);
  assert.equal(sfnt.readUInt32BE(0), woff.readUInt32BE(4), 'same font flavour');
  assert.equal(sfnt.readUInt16BE(4), tables);
  assert.equal(sfnt.length, woff.readUInt32BE(16), 'the size the WOFF header promises');
  for (let i = 0; i < tables; i++) {
    const entry = 12 + 16 * i;
    const [offset, length] = [sfnt.readUInt32BE(entry + 8), sfnt.readUInt32BE(entry + 12)];
    assert.equal(
      length,
      woff.readUInt32BE(44 + 20 * i + 12),
      `table ${sfnt.toString('latin1', entry, entry + 4)}`,
    );
    assert.ok(offset % 4 === 0 && offset + length <= sfnt.length);
  }
});

test('anything but a WOFF font is refused', () => {
  assert.throws(() => woffToSfnt(Buffer.from('not a font at all, not even close')), /not a WOFF 1.0 font/);
});

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

test('the fonts draw Dutch and other Latin text, and say which character they cannot', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'preview-fonts-'));
  after(() => rmSync(dir, { recursive: true }));
  const fonts = await loadPreviewFonts(dir);
  assert.equal(fonts.files.length, 4);
  assert.equal(fonts.undrawable('Neuriën, ĳs en Łódź — „zoemen” €5'), undefined);
  assert.equal(fonts.undrawable('Rust 🫁 en adem'), '🫁');
  assert.equal(fonts.undrawable('Дыхание'), 'Д');
});
