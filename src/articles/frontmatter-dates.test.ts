import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frontmatterDateErrors, isCalendarDate } from './frontmatter-dates.ts';

test('only real calendar days pass', () => {
  assert.equal(isCalendarDate('2025-08-12'), true);
  assert.equal(isCalendarDate('2024-02-29'), true);
  assert.equal(isCalendarDate('2025-02-29'), false);
  assert.equal(isCalendarDate('2025-13-45'), false);
  assert.equal(isCalendarDate('12-08-2025'), false);
});

test('bad dates in the frontmatter are named by field', () => {
  const source =
    '---\ntitle: x\npublished: 2025-13-45\nreviewed: "2025-08-12"\nupdated: gisteren\n---\nTekst';
  assert.deepEqual(frontmatterDateErrors(source), [
    'published: "2025-13-45" is not a real date. Write it as YYYY-MM-DD, for example 2025-08-12.',
    'updated: "gisteren" is not a real date. Write it as YYYY-MM-DD, for example 2025-08-12.',
  ]);
});

test('dates in the body are not frontmatter', () => {
  assert.deepEqual(frontmatterDateErrors('---\npublished: 2025-08-12\n---\npublished: 2025-99-99'), []);
});

test('the dates of listed changes are checked as typed too', () => {
  const source =
    "---\npublished: 2025-08-12\nchanges:\n  - date: 2025-09-31\n    text: 'x'\n  - text: 'y'\n    date: 2025-10-01\n---\n";
  assert.deepEqual(frontmatterDateErrors(source), [
    'changes: "2025-09-31" is not a real date. Write it as YYYY-MM-DD, for example 2025-08-12.',
  ]);
});
