import { test } from 'node:test';
import assert from 'node:assert/strict';
import { designCounts, studyFacts, studyFactsProblem } from './study-design.ts';

const record = (custom: Record<string, unknown>) => ({
  id: 'x',
  type: 'article-journal',
  title: 'T',
  custom,
});

test('the study facts are read from custom, numbers only where the record has them', () => {
  assert.deepEqual(studyFacts(record({ design: 'randomised-trial', participants: 46 })), {
    design: 'randomised-trial',
    participants: 46,
  });
  assert.deepEqual(
    studyFacts(record({ design: 'meta-analysis', studies: 12, participants: 785, sample: 'x' })),
    {
      design: 'meta-analysis',
      studies: 12,
      participants: 785,
    },
  );
  assert.deepEqual(studyFacts(record({ design: 'theory', population: 'healthy adults' })), {
    design: 'theory',
  });
});

test('a record without a design, or with an unknown one, is named with the allowed values', () => {
  assert.match(
    studyFactsProblem('ma2017', undefined)!,
    /"ma2017" has no custom\.design.*one of: guideline, meta-analysis/,
  );
  assert.match(studyFactsProblem('ma2017', {})!, /no custom\.design/);
  assert.match(
    studyFactsProblem('ma2017', { design: 'rct' })!,
    /"ma2017" has custom\.design "rct", which is not a known kind of study\. Use one of: .*randomised-trial/,
  );
  assert.equal(studyFactsProblem('ma2017', { design: 'randomised-trial', participants: 40 }), undefined);
});

test('a participant or study count must be a whole number above zero', () => {
  assert.match(
    studyFactsProblem('x', { design: 'randomised-trial', participants: '40' })!,
    /custom\.participants "40"/,
  );
  assert.match(studyFactsProblem('x', { design: 'meta-analysis', studies: 0 })!, /custom\.studies 0/);
});

test('designs are counted in a fixed order, strongest kinds of evidence first', () => {
  assert.deepEqual(
    designCounts(['book', 'randomised-trial', 'lab-animal', 'randomised-trial', 'meta-analysis']),
    [
      ['meta-analysis', 1],
      ['randomised-trial', 2],
      ['lab-animal', 1],
      ['book', 1],
    ],
  );
  assert.deepEqual(designCounts([]), []);
});
