export interface RelatedCandidate {
  id: string;
  category: { id: string };
  tags: readonly string[];
  published: Date;
}

/**
 * Articles a reader of `current` may want next: a shared category weighs more than one shared
 * tag; ties go to the newest. Articles with nothing in common are not suggested.
 */
export function relatedArticles<T extends RelatedCandidate>(
  current: RelatedCandidate,
  all: readonly T[],
  limit = 3,
): T[] {
  const score = (other: RelatedCandidate) =>
    (other.category.id === current.category.id ? 2 : 0) +
    other.tags.filter((tag) => current.tags.includes(tag)).length;
  // Every article page ranks every article, so each is scored once rather than in each comparison.
  return all
    .map((article) => ({ article, score: score(article) }))
    .filter(({ article, score }) => article.id !== current.id && score > 0)
    .sort((a, b) => b.score - a.score || b.article.published.getTime() - a.article.published.getTime())
    .slice(0, limit)
    .map(({ article }) => article);
}

/** Newest first, the order of every article list on the site. */
export function newestFirst<T extends { published: Date }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => b.published.getTime() - a.published.getTime());
}
