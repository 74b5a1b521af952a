import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fleschDouma, syllables, wordsOf } from './readability.ts';

test('Dutch vowel groups count as one syllable', () => {
  assert.equal(syllables('adem'), 2);
  assert.equal(syllables('ademhaling'), 4);
  assert.equal(syllables('zee'), 1);
  assert.equal(syllables('ruim'), 1);
});

test('words keep their inner hyphens and apostrophes', () => {
  assert.deepEqual(wordsOf('Zo’n CO2-meting, 15 keer!'), ['Zo’n', 'CO2-meting', '15', 'keer']);
});

test('short sentences with short words read more easily than long ones', () => {
  const easy = ['Je ademt in. Je ademt uit.', 'Dat gaat vanzelf.'];
  const hard = [
    'De parasympathische activiteit van het autonome zenuwstelsel wordt gemoduleerd door respiratoire sinusaritmie en baroreflexgevoeligheid.',
  ];
  assert.ok(fleschDouma(easy) > 80);
  assert.ok(fleschDouma(hard) < 30);
});

test('each block ends a sentence, with or without a full stop', () => {
  assert.equal(fleschDouma(['Je ademt in', 'Je ademt uit']), fleschDouma(['Je ademt in. Je ademt uit.']));
  assert.equal(fleschDouma([]), 0);
});
