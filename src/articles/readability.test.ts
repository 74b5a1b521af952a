import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fleschDouma, syllables } from './readability.ts';

test('Dutch vowel groups count as one syllable', () => {
  assert.equal(syllables('adem'), 2);
  assert.equal(syllables('ademhaling'), 4);
  assert.equal(syllables('zee'), 1);
  assert.equal(syllables('ruim'), 1);
});

test('short sentences with short words read more easily than long ones', () => {
  const easy = 'Je ademt in. Je ademt uit. Dat gaat vanzelf.';
  const hard =
    'De parasympathische activiteit van het autonome zenuwstelsel wordt gemoduleerd door respiratoire sinusaritmie en baroreflexgevoeligheid.';
  assert.ok(fleschDouma(easy) > 80);
  assert.ok(fleschDouma(hard) < 30);
});

test('headings, components and frontmatter do not count', () => {
  const text = 'Je ademt in. Je ademt uit.';
  assert.equal(
    fleschDouma(`---\ntitle: x\n---\n## Een heel lange kop vol moeilijkheden\n${text} <Exercise />`),
    fleschDouma(text),
  );
});
