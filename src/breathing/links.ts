import { patternUrl } from '../routes.ts';

/** The anchor of a page's main exercise and the query key that picks its pattern. */
export const EXERCISE_ANCHOR = 'oefening';

/**
 * The link that opens the exercise with this pattern: the article itself when there is one (the
 * pattern in the query), otherwise the pattern's own page.
 */
export function exerciseLink(pattern: string, articleUrl?: string): string {
  return articleUrl
    ? `${articleUrl}?${EXERCISE_ANCHOR}=${encodeURIComponent(pattern)}#${EXERCISE_ANCHOR}`
    : `${patternUrl(pattern)}#${EXERCISE_ANCHOR}`;
}

/** The pattern an exercise link asks for, if it is one we know. */
export function linkedPattern<T extends string>(search: string, known: readonly T[]): T | undefined {
  const wanted = new URLSearchParams(search).get(EXERCISE_ANCHOR);
  return known.find((id) => id === wanted);
}
