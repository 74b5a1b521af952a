/** An article is checked again within this many months of its last check, unless it says otherwise. */
export const REVIEW_INTERVAL_MONTHS = 12;

/** The same calendar day `months` later; a day the month lacks (31 April) becomes its last day. */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

export interface ReviewDates {
  published: Date;
  reviewed?: Date;
  nextReview?: Date;
}

/**
 * When the article is due to be checked again: its own `nextReview`, else a year after its last
 * check (or, never checked, after it was published). `overdue` from the day after it (`today`
 * may be any time of day: the build's clock).
 */
export function reviewDue({ published, reviewed, nextReview }: ReviewDates, today: Date) {
  const due = nextReview ?? addMonths(reviewed ?? published, REVIEW_INTERVAL_MONTHS);
  const calendarDay = (date: Date) => date.toISOString().slice(0, 10);
  return { due, overdue: calendarDay(due) < calendarDay(today) };
}
