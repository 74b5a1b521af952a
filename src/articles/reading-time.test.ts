import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, readingMinutes } from './reading-time.ts';

test('counts prose words and skips components, imports and link targets', () => {
  const mdx = [
    "import X from './x.astro';",
    '## Een kop',
    'Rustig ademen <Cite id="russo2017" /> helpt [soms](/artikelen/fascia/).',
    '<Exercise />',
  ].join('\n');
  assert.equal(countWords(mdx), 6);
});

test('reading time rounds to whole minutes and is never zero', () => {
  assert.equal(readingMinutes('woord'), 1);
  assert.equal(readingMinutes(Array(900).fill('woord').join(' ')), 5);
});
