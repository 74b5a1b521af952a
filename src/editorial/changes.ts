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
