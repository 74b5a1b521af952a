import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changesByDay, latestChangesByDay } from './changes.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const changes = [
  { date: day('2026-01-05'), text: 'a' },
  { date: day('2026-12-02'), text: 'b' },
  { date: day('2026-01-05'), text: 'c' },
  { date: day('2026-12-02'), text: 'd' },
];

test('changes are grouped per day, newest day first, each day in the written order', () => {
  assert.deepEqual(
    changesByDay(changes).map(({ date, changes }) => [
      date.toISOString().slice(0, 10),
      changes.map((c) => c.text),
    ]),
    [
      ['2026-12-02', ['b', 'd']],
      ['2026-01-05', ['a', 'c']],
    ],
  );
  assert.deepEqual(changesByDay([]), []);
});

test('an article shows its newest changes and counts the older ones', () => {
  const { days, older } = latestChangesByDay(changes, 3);
  assert.deepEqual(
    days.map((group) => group.changes.map((c) => c.text)),
    [['b', 'd'], ['a']],
  );
  assert.equal(older, 1);
  assert.equal(latestChangesByDay(changes, 10).older, 0);
});
