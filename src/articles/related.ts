export interface RelatedCandidate {
  id: string;
  category: { id: string };
  tags: readonly string[];
  published: Date;
}

/**
 * The articles a reader of `current` may want next: a shared category weighs more than one shared
 * tag; ties go to the newest. Articles with nothing in common are not suggested.
 */
export function relatedArticles<T extends RelatedCandidate>(
  all: readonly T[],
  current: RelatedCandidate,
  limit = 3,
): T[] {
  // Tags are unique per article (normalizeTags), so each shared one counts once.
  const tags = new Set(current.tags);
  const score = ({ category, tags: own }: RelatedCandidate) =>
    (category.id === current.category.id ? 2 : 0) + own.filter((tag) => tags.has(tag)).length;
  return all
    .filter((article) => article.id !== current.id)
    .map((article) => ({ article, score: score(article) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.article.published.getTime() - a.article.published.getTime())
    .slice(0, limit)
    .map(({ article }) => article);
}

/** Newest first, the order of every article list on the site. */
export function newestFirst<T extends { published: Date }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => b.published.getTime() - a.published.getTime());
}
