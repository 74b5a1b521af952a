import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exerciseInText } from './placement.ts';

test('the exercise stays where the writer put it, or goes at the end', () => {
  assert.equal(exerciseInText('a.mdx', 'Tekst.\n\n<Exercise />\n\nMeer tekst.'), true);
  assert.equal(exerciseInText('a.mdx', 'Tekst zonder oefening.'), false);
});

test('placing it twice stops the build with the file and the fix', () => {
  assert.throws(
    () => exerciseInText('content/articles/a.mdx', '<Exercise />\n\n<Exercise/>'),
    /a\.mdx: <Exercise \/> appears 2 times\. Place it once/,
  );
});
