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
  const tags = new Set(current.tags);
  // Every article page ranks every article: one pass keeping the best few, rather than sorting
  // all; a candidate that cannot make the list costs a score and one comparison.
  const best: { article: T; score: number }[] = [];
  const beats = (score: number, published: Date, other: { article: T; score: number }) =>
    score > other.score || (score === other.score && published > other.article.published);
  for (const article of all) {
    if (article.id === current.id) continue;
    let score = article.category.id === current.category.id ? 2 : 0;
    for (const tag of article.tags) if (tags.has(tag)) score++;
    if (score === 0 || (best.length === limit && !beats(score, article.published, best[limit - 1]))) continue;
    const place = best.findIndex((other) => beats(score, article.published, other));
    best.splice(place === -1 ? best.length : place, 0, { article, score });
    best.length = Math.min(best.length, limit);
  }
  return best.map(({ article }) => article);
}

/** Newest first, the order of every article list on the site. */
export function newestFirst<T extends { published: Date }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => b.published.getTime() - a.published.getTime());
}
