import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, reviewDue } from './review.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test('a month later is the same calendar day, or the last day of a shorter month', () => {
  assert.deepEqual(addMonths(day('2026-12-02'), 12), day('2027-12-02'));
  assert.deepEqual(addMonths(day('2026-01-31'), 1), day('2026-02-28'));
  assert.deepEqual(addMonths(day('2028-02-29'), 12), day('2029-02-28'));
});

test('the next check is a year after the last one, unless the article sets its own date', () => {
  const published = day('2026-11-02');
  assert.deepEqual(
    reviewDue({ published, reviewed: day('2026-12-02') }, day('2026-12-02')).due,
    day('2027-12-02'),
  );
  assert.deepEqual(reviewDue({ published }, day('2026-12-02')).due, day('2027-11-02'));
  assert.deepEqual(
    reviewDue({ published, reviewed: day('2026-12-02'), nextReview: day('2027-06-01') }, day('2026-12-02'))
      .due,
    day('2027-06-01'),
  );
});

test('an article is overdue only once its next check has passed', () => {
  const dates = { published: day('2025-01-10'), nextReview: day('2026-12-01') };
  assert.equal(reviewDue(dates, day('2026-12-01')).overdue, false);
  assert.equal(reviewDue(dates, new Date('2026-12-01T23:59:00Z')).overdue, false);
  assert.equal(reviewDue(dates, day('2026-12-02')).overdue, true);
});
