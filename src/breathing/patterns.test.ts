import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ui } from '../i18n/nl.ts';
import { PATTERN_IDS, patterns } from './patterns.ts';
import { withHolds } from './timing.ts';

test('every pattern id has exactly one pattern, with a name, summary and explanation', () => {
  assert.deepEqual(
    patterns.map(({ id }) => id),
    [...PATTERN_IDS],
  );
  for (const { id, name } of patterns) {
    const { summary, explanation } = ui.exercises.patterns[id];
    assert.ok(name && summary && explanation.length > 0, id);
    assert.ok(summary.length <= 160, `${id}: the summary is also the page's meta description`);
  }
});

test('a pattern reads as text, in Dutch counts', () => {
  const text = (id: string, holds = true) =>
    ui.exercise.timing(withHolds(patterns.find((p) => p.id === id)!.steps, holds));
  assert.equal(text('verlengde-uitademing'), '4 tellen in, 6 tellen uit');
  assert.equal(text('rustig-ademen'), '5,5 tellen in, 5,5 tellen uit');
  assert.equal(text('cyclisch-zuchten'), '3 tellen in, 1 tel nog wat in, 6 tellen uit');
  assert.equal(text('box-ademhaling'), '4 tellen in, 4 tellen vasthouden, 4 tellen uit, 4 tellen vasthouden');
  assert.equal(text('box-ademhaling', false), '4 tellen in, 4 tellen uit');
});
