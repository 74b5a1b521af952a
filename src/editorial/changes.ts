/** A correction as the article lists it. */
export interface Change {
  date: Date;
  text: string;
}

/** Changes grouped by calendar day, newest day first; within a day, in the order they were written. */
export function changesByDay<T extends Change>(changes: readonly T[]): { date: Date; changes: T[] }[] {
  const days = new Map<number, T[]>();
  for (const change of changes)
    days.set(change.date.getTime(), [...(days.get(change.date.getTime()) ?? []), change]);
  return [...days].sort(([a], [b]) => b - a).map(([time, changes]) => ({ date: new Date(time), changes }));
}

/**
 * The newest `count` changes, grouped by day, and how many older ones there are: an article shows
 * its latest corrections, the page of all changes shows every one.
 */
export function latestChangesByDay<T extends Change>(changes: readonly T[], count: number) {
  const newest = changesByDay(changes).flatMap((day) => day.changes);
  return { days: changesByDay(newest.slice(0, count)), older: Math.max(0, newest.length - count) };
}
