// Dutch readers average roughly 200 words a minute on screen for informative text.
const WORDS_PER_MINUTE = 200;

/** Whole minutes, at least one: "4 min leestijd". */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
